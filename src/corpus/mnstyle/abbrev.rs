//! Abbreviations used in a Mongolian body before they are spelled out: the house form
//! (content/GLOSSARY.md, "an abbreviation at its first use in a Mongolian body") gives the
//! words, inflected as the sentence needs, then the abbreviation in brackets —
//! «шинжлэх ухаан, технологи, инновацийн (ШУТИ) парк» — and the bare abbreviation after it.

/// An abbreviation the check knows, with the words it stands for.
struct Abbreviation {
    abbr: &'static str,
    /// The words as content/GLOSSARY.md spells them out, in the nominative.
    words: &'static str,
    /// The start of the words that every case form shares, lower-case, one space between
    /// words (`сургуул` for сургууль, сургуулийн).
    stems: &'static [&'static str],
}

/// The abbreviations whose first use in a Mongolian body must be spelled out; the words are
/// the rows of content/GLOSSARY.md ("science, technology and innovation (STI)", "feasibility
/// study", "ICT", "research and development (R&D)", "foreign direct investment", "APEC",
/// "Higher School of Economics (HSE)", "Global Innovation Index", "SME", "ADB").
const ABBREVIATIONS: &[Abbreviation] = &[
    Abbreviation {
        abbr: "ШУТИ",
        words: "шинжлэх ухаан, технологи, инноваци",
        stems: &[
            "шинжлэх ухаан, технологи, инноваци",
            "шинжлэх ухаан, технологи инноваци",
        ],
    },
    Abbreviation {
        abbr: "ТЭЗҮ",
        words: "техник, эдийн засгийн үндэслэл",
        stems: &["техник, эдийн засгийн үндэслэл"],
    },
    Abbreviation {
        abbr: "МХХТ",
        words: "мэдээлэл, харилцаа холбооны технологи",
        stems: &["мэдээлэл, харилцаа холбооны технологи"],
    },
    Abbreviation {
        abbr: "СХ",
        words: "судалгаа, хөгжүүлэлт",
        stems: &["судалгаа, хөгжүүлэлт"],
    },
    Abbreviation {
        abbr: "ГШХО",
        words: "гадаадын шууд хөрөнгө оруулалт",
        stems: &["гадаадын шууд хөрөнгө оруулалт"],
    },
    Abbreviation {
        abbr: "АНДЭЗХАБ",
        words: "Ази, Номхон далайн эдийн засгийн хамтын ажиллагаа",
        stems: &["ази, номхон далайн эдийн засгийн хамтын ажиллагаа"],
    },
    Abbreviation {
        abbr: "ЭЗДС",
        words: "Эдийн засгийн дээд сургууль",
        stems: &["эдийн засгийн дээд сургуул"],
    },
    Abbreviation {
        abbr: "ДИИ",
        words: "Дэлхийн инновацийн индекс",
        stems: &["дэлхийн инновацийн индекс"],
    },
    Abbreviation {
        abbr: "ЖДҮ",
        words: "жижиг, дунд үйлдвэр",
        stems: &["жижиг, дунд үйлдвэр"],
    },
    Abbreviation {
        abbr: "АХБ",
        words: "Азийн хөгжлийн банк",
        stems: &["азийн хөгжлийн банк"],
    },
];

/// The first bare use of an abbreviation in a text, at its byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstUse {
    pub start: usize,
    pub abbr: String,
    /// The spelled-out form to write: the words, then the abbreviation in brackets.
    pub words: String,
}

/// Whether `c` can be part of a word next to an abbreviation.
fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// The byte offsets where `abbr` stands as a word of its own (not inside «…»).
fn uses(text: &str, abbr: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(abbr) {
        let start = from + i;
        let end = start + abbr.len();
        from = end;
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(is_letter) || after.is_some_and(is_letter) {
            continue;
        }
        // A quoted title («…») keeps its own words.
        let open = text[..start].rfind('«');
        let close = text[..start].rfind('»');
        if open.is_some_and(|o| close.is_none_or(|c| c < o)) {
            continue;
        }
        out.push(start);
    }
    out
}

/// Whether the text before a use ends with the words spelled out and an opening bracket:
/// «…технологи, инновацийн (» right before «ШУТИ».
fn spelled_out_before(before: &str, a: &Abbreviation) -> bool {
    let Some(words) = before.trim_end().strip_suffix('(') else {
        return false;
    };
    // The last words, lower-case, with every run of spaces or line ends made one space.
    let tail: String = words
        .chars()
        .rev()
        .take(120)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    a.stems.iter().any(|stem| {
        tail.rfind(stem)
            .is_some_and(|i| tail[i + stem.len()..].chars().all(is_letter))
    })
}

/// The abbreviations of `text` whose first use (outside «…») is not spelled out.
pub fn find(text: &str) -> Vec<FirstUse> {
    ABBREVIATIONS
        .iter()
        .filter_map(|a| {
            let &start = uses(text, a.abbr).first()?;
            (!spelled_out_before(&text[..start], a)).then(|| FirstUse {
                start,
                abbr: a.abbr.to_string(),
                words: format!("{} ({})", a.words, a.abbr),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_first_use_is_found_a_spelled_out_one_is_not() {
        let bare = "Монгол Улс ШУТИ-ийн паркийг байгуулна. Шинжлэх ухаан, технологи, инновацийн (ШУТИ) парк.";
        assert_eq!(
            find(bare),
            [FirstUse {
                start: "Монгол Улс ".len(),
                abbr: "ШУТИ".into(),
                words: "шинжлэх ухаан, технологи, инноваци (ШУТИ)".into(),
            }]
        );
        let spelled = "Шинжлэх ухаан, технологи,\nинновацийн (ШУТИ) парк; ШУТИ-ийн бодлого.";
        assert_eq!(find(spelled), []);
    }

    #[test]
    fn quoted_titles_and_longer_words_do_not_count() {
        assert_eq!(find("«ШУТИ-ийн парк хөгжлийн хэрэгсэл болох нь» бүлэг"), []);
        assert_eq!(find("БСХ болон СХЗ"), []);
        // After the quote, the first bare use is the one to spell out.
        let found = find("«ШУТИ» бүлэгт ШУТИ-ийн тухай");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, "«ШУТИ» бүлэгт ".len());
    }

    #[test]
    fn each_abbreviation_keeps_its_case_ending_on_the_words() {
        for text in [
            "судалгаа, хөгжүүлэлтийн (СХ) чадавх",
            "техник, эдийн засгийн үндэслэлээ (ТЭЗҮ) дахин хийх",
            "гадаадын шууд хөрөнгө оруулалтад (ГШХО) нээлттэй",
            "мэдээлэл, харилцаа холбооны технологийн (МХХТ) үйлчилгээ",
        ] {
            assert_eq!(find(text), [], "{text}");
        }
        assert_eq!(find("судалгааны (СХ) зардал").len(), 1);
    }
}
