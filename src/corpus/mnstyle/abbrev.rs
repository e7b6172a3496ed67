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
    /// Whether it also ends the proper names of parks («Налайхын ҮТП»), which need no
    /// spelling out.
    in_park_names: bool,
}

/// The abbreviations whose first use in a Mongolian body must be spelled out; the words are
/// the rows of content/GLOSSARY.md ("science, technology and innovation (STI)", "feasibility
/// study", "ICT", "research and development (R&D)", "foreign direct investment", "APEC",
/// "Higher School of Economics (HSE)", "Global Innovation Index", "SME", "ADB", "SIP
/// (abbreviation)", "ITP (abbreviation)", and IASP as the row "an abbreviation at its first use
/// in a Mongolian body" glosses it).
const ABBREVIATIONS: &[Abbreviation] = &[
    Abbreviation {
        abbr: "ШУТИ",
        words: "шинжлэх ухаан, технологи, инноваци",
        stems: &[
            "шинжлэх ухаан, технологи, инноваци",
            "шинжлэх ухаан, технологи инноваци",
        ],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "ТЭЗҮ",
        words: "техник, эдийн засгийн үндэслэл",
        stems: &["техник, эдийн засгийн үндэслэл"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "МХХТ",
        words: "мэдээлэл, харилцаа холбооны технологи",
        stems: &["мэдээлэл, харилцаа холбооны технологи"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "СХ",
        words: "судалгаа, хөгжүүлэлт",
        stems: &["судалгаа, хөгжүүлэлт"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "ГШХО",
        words: "гадаадын шууд хөрөнгө оруулалт",
        stems: &["гадаадын шууд хөрөнгө оруулалт"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "АНДЭЗХАБ",
        words: "Ази, Номхон далайн эдийн засгийн хамтын ажиллагаа",
        stems: &["ази, номхон далайн эдийн засгийн хамтын ажиллагаа"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "ЭЗДС",
        words: "Эдийн засгийн дээд сургууль",
        stems: &["эдийн засгийн дээд сургуул"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "ДИИ",
        words: "Дэлхийн инновацийн индекс",
        stems: &["дэлхийн инновацийн индекс"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "ЖДҮ",
        words: "жижиг, дунд үйлдвэр",
        stems: &["жижиг, дунд үйлдвэр"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "АХБ",
        words: "Азийн хөгжлийн банк",
        stems: &["азийн хөгжлийн банк"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "ШУИП",
        words: "шинжлэх ухаан, инновацийн парк",
        stems: &["шинжлэх ухаан, инновацийн парк"],
        in_park_names: false,
    },
    Abbreviation {
        abbr: "ҮТП",
        words: "үйлдвэр, технологийн парк",
        stems: &["үйлдвэр, технологийн парк"],
        in_park_names: true,
    },
    Abbreviation {
        abbr: "IASP",
        words: "Шинжлэх ухааны парк, инновацийн бүсийн олон улсын холбоо",
        stems: &["шинжлэх ухааны парк, инновацийн бүсийн олон улсын холбоо"],
        in_park_names: false,
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

/// Words that make the abbreviation after them a kind, not a park's name («нэг ч ҮТП»,
/// «Ихэнх ҮТП», «дөрвөн ҮТП»): particles, quantifiers and counting words, lower-case.
const NOT_A_NAME: &[&str] = &[
    "ч",
    "нэг",
    "хоёр",
    "гурван",
    "дөрвөн",
    "таван",
    "зургаан",
    "долоон",
    "найман",
    "есөн",
    "арван",
    "ихэнх",
    "олон",
    "цөөн",
    "бүх",
    "бүр",
    "зарим",
    "аль",
    "ямар",
    "хэд",
    "хэдэн",
    "эдгээр",
    "тэдгээр",
    "энэ",
    "тэр",
    "тус",
    "бусад",
];

/// Capitalised words that name no park: the country and its government («Монголын ҮТП»,
/// «Засгийн газрын ҮТП»), lower-case.
const NOT_A_PARK: &[&str] = &["монгол", "монголын", "улс", "улсын", "засгийн"];

/// How many words before the abbreviation a park's name may start: «Багахангайн шил, шилэн
/// эдлэлийн ҮТП».
const NAME_WORDS: usize = 4;

/// Whether the use at `start..end` ends a park's proper name: one park (not «ҮТП-ууд»), named
/// by a capitalised word a few words before it in the same phrase — «Налайхын ҮТП»,
/// «Налайхын барилгын материалын ҮТП-ийг», «[[itp-erdenet|Эрдэнэтийн ҮТП]]», «Эрдэнэт
/// Технопарк ҮТП» — with no counting word between («Монголын цөөн ҮТП»).
fn in_park_name(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    if after.starts_with("-ууд") || after.starts_with("-үүд") {
        return false;
    }
    let mut before = &text[..start];
    for _ in 0..NAME_WORDS {
        before = before.trim_end();
        // A comma may part the words of a name («шил, шилэн эдлэлийн»).
        before = before.strip_suffix(',').unwrap_or(before).trim_end();
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
            .last()
            .map_or(before.len(), |(i, _)| i);
        let word = &before[word_start..];
        before = &before[..word_start];
        let Some(first) = word.chars().next() else {
            // Punctuation or markup ends the phrase before a name was found.
            return false;
        };
        let lower = word.to_lowercase();
        if word.chars().any(|c| c.is_ascii_digit()) || NOT_A_NAME.contains(&lower.as_str()) {
            return false;
        }
        if first.is_uppercase() {
            return !NOT_A_PARK.contains(&lower.as_str());
        }
    }
    false
}

/// The words of `before` without the link or emphasis markup that ends them:
/// «[Үйлдвэр, технологийн парк](industrial-technology-park)» → «[Үйлдвэр, технологийн парк»,
/// «[[id|… парк]]» → «[[id|… парк».
fn without_markup_end(before: &str) -> &str {
    let words = before.trim_end_matches(['*', '_']);
    if let Some(inner) = words.strip_suffix("]]") {
        return inner;
    }
    if let Some(link) = words.strip_suffix(')')
        && let Some(i) = link.rfind("](")
        && !link[i + 2..].contains(char::is_whitespace)
    {
        return &words[..i];
    }
    words
}

/// Whether the text before a use ends with the words spelled out and an opening bracket:
/// «…технологи, инновацийн (» right before «ШУТИ»; the words may be a link's text.
fn spelled_out_before(before: &str, a: &Abbreviation) -> bool {
    let Some(words) = before.trim_end().strip_suffix('(') else {
        return false;
    };
    let words = without_markup_end(words.trim_end());
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

/// The abbreviations of `text` whose first use (outside «…», and for ҮТП outside a park's
/// name) is not spelled out.
pub fn find(text: &str) -> Vec<FirstUse> {
    ABBREVIATIONS
        .iter()
        .filter_map(|a| {
            let start = uses(text, a.abbr).into_iter().find(|&start| {
                !(a.in_park_names && in_park_name(text, start, start + a.abbr.len()))
            })?;
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

    #[test]
    fn parks_and_their_association_are_spelled_out_too() {
        for (text, abbr) in [
            ("Монголын ШУИП-ийн загвар", "ШУИП"),
            ("нэг ч ҮТП төлөвлөсний дагуу ажиллахгүй", "ҮТП"),
            ("IASP-ийн тодорхойлолтоор", "IASP"),
        ] {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].abbr, abbr);
        }
        assert_eq!(
            find("IASP-ийн тодорхойлолт")[0].words,
            "Шинжлэх ухааны парк, инновацийн бүсийн олон улсын холбоо (IASP)"
        );
        for text in [
            "шинжлэх ухаан, инновацийн паркийн (ШУИП) загварт ойр; ШУИП-ийн",
            "ихэнх үйлдвэр, технологийн парк (ҮТП) хөнгөн үйлдвэрт; ҮТП-ийн сан",
            "Шинжлэх ухааны парк, инновацийн бүсийн олон улсын холбооны (IASP) бага хурал; IASP-ийн",
        ] {
            assert_eq!(find(text), [], "{text}");
        }
    }

    #[test]
    fn a_link_s_text_spells_out_the_words() {
        for text in [
            "[Үйлдвэр, технологийн парк](industrial-technology-park) (ҮТП) бол; ҮТП-ийн",
            "[[industrial-technology-park|Үйлдвэр, технологийн парк]] (ҮТП) доод; ҮТП-ийн",
            "**шинжлэх ухаан, инновацийн парк** (ШУИП) дээд; ШУИП загвар",
        ] {
            assert_eq!(find(text), [], "{text}");
        }
        // A link's text ends the words; a web address in brackets is no link text.
        assert_eq!(find("[парк](industrial-technology-park) (ҮТП)").len(), 1);
    }

    #[test]
    fn a_park_s_proper_name_with_itp_needs_no_spelling_out() {
        for text in [
            "Налайхын ҮТП нь барилгын материалын парк.",
            "Налайхын барилгын материалын ҮТП-ийг тайланд нэрлэсэн.",
            "Багахангайн шил, шилэн эдлэлийн ҮТП нь 2021 онд",
            "Эрдэнэт хүнс само ҮТП нь хувийн өмчийн парк",
            "Эрдэнэт Технопарк ҮТП нь",
            "[[itp-nalaikh|Налайхын]], [[itp-baganuur|Багануурын ҮТП-ийн]] хамт",
            "Эрдэсплазм ХХК-ийн шилний ҮТП: тусгай зөвшөөрөл",
        ] {
            assert_eq!(find(text), [], "{text}");
        }
        // Parks in general are not a name: many of them, counted, or the country's.
        for text in [
            "Монголын ҮТП-ууд хөнгөн үйлдвэрт төвлөрдөг",
            "Монголын цөөн ҮТП-ийн нэг",
            "Ихэнх ҮТП хөнгөн үйлдвэрт төвлөрсөн",
            "[[finding|Аль ч ҮТП төлөвлөсний дагуу ажиллахгүй]]",
            "дөрвөн ҮТП-ийн төсөл",
            "11 ҮТП тусгай статус авсан",
            "тайланд ҮТП-ийг үнэлэхдээ",
            "Засгийн газрын ҮТП-ийн бодлого",
        ] {
            assert_eq!(find(text).len(), 1, "{text}");
        }
        // After a park's name, the first use of ҮТП for parks in general is the one to spell
        // out.
        let text = "Дарханы ҮТП-ийг 2017 онд байгуулсан. Ихэнх ҮТП хөнгөн үйлдвэрт төвлөрсөн.";
        let found = find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, text.find("ҮТП хөнгөн").unwrap_or_default());
    }
}
