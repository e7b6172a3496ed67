//! A light Mongolian stemmer on ASCII keys ([`super::translit`]), so that a word and its case
//! forms meet: хууль, хуулийн, хуулинд, khuuliin and huulind all stem to `hool`; ном and номыг
//! to `nom`; кластерууд, кластеруудын and кластерт to `klaster`.
//!
//! One case ending is taken off (genitive, accusative, dative-locative, ablative,
//! instrumental, comitative, directional), then one plural ending, then a final vowel (the
//! vowel Mongolian drops or adds before an ending: чацаргана → чацарганын, хууль → хуулийн).
//! A stem keeps at least three letters and a vowel, so short words are left whole and two
//! letters never match everything.

/// Case endings in key form (ы, и, й → i; у, ү, о, ө → o; е, э → e; ь dropped), longest first
/// within each length so that `iin` is tried before `in`. The forms with a linking н or г
/// (-наас, -гаар) are left out: they would cut the н or г of stems that end in one
/// (чацарган-аас, байгууллаг-аас).
const CASE: &[&str] = &[
    "iin", "iig", "nii", "aas", "ees", "oos", "ias", "ios", "aar", "eer", "oor", "iar", "ior",
    "tai", "tei", "toi", "roo", "loo", "in", "ni", "ig", "nd", "n", "g", "d", "t",
];

/// Plural endings in key form: -ууд/-үүд, -нууд/-нүүд, -чууд, -нар.
const PLURAL: &[&str] = &["chood", "nood", "ood", "nar"];

/// Endings of one letter are taken off only after a vowel (`n`, `g`) or from a longer word.
const SHORTEST_STEM: usize = 3;

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o')
}

fn has_vowel(s: &str) -> bool {
    s.bytes().any(is_vowel)
}

/// `s` without the first of `endings` it ends with, if what is left is a stem.
fn strip<'a>(s: &'a str, endings: &[&str]) -> Option<&'a str> {
    endings.iter().find_map(|e| {
        let rest = s.strip_suffix(e)?;
        let after_vowel = rest.bytes().last().is_some_and(is_vowel);
        let one = e.len() == 1;
        let ok = rest.len() >= SHORTEST_STEM
            && has_vowel(rest)
            && (!one || matches!(*e, "d" | "t") || after_vowel)
            && (!one || rest.len() >= 4);
        ok.then_some(rest)
    })
}

/// Whether `key` is nothing but a case ending (the `-ийн` of `ШУТИ-ийн`, `Socratus-iin`).
pub fn is_case_ending(key: &str) -> bool {
    CASE.contains(&key) || PLURAL.contains(&key) || matches!(key, "i" | "ii")
}

/// The stem of a word's key (ASCII, as [`super::translit::key_text`] makes it).
pub fn stem(key: &str) -> &str {
    if key.len() < 4 || !key.is_ascii() || key.bytes().any(|b| b.is_ascii_digit()) {
        return key;
    }
    // A plural ending at the end of the word is not a case ending (кластерууд, not кластеруу-д).
    let s = match strip(key, PLURAL) {
        Some(s) => s,
        None => {
            let s = strip(key, CASE).unwrap_or(key);
            strip(s, PLURAL).unwrap_or(s)
        }
    };
    match s.as_bytes() {
        [.., v] if s.len() > SHORTEST_STEM && is_vowel(*v) => &s[..s.len() - 1],
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::translit::key_text;

    fn st(word: &str) -> String {
        stem(&key_text(word)).to_string()
    }

    /// Real word forms from the corpus: each row's forms share one stem.
    #[test]
    fn word_forms_share_a_stem() {
        let table: &[&[&str]] = &[
            &[
                "хууль",
                "хуулийн",
                "хуулинд",
                "хуулиар",
                "хуулиас",
                "khuuliin",
                "huulind",
            ],
            &["ном", "номыг", "номын", "номоор"],
            &[
                "кластер",
                "кластерийн",
                "кластерт",
                "кластерууд",
                "кластеруудын",
                "klasteriin",
            ],
            &[
                "чацаргана",
                "чацарганын",
                "чацарганаас",
                "chatsargana",
                "chatsarganyn",
            ],
            &["инноваци", "инновацийн", "инновацид", "innovatsiin"],
            &["технологи", "технологийн", "технологиор"],
            &["парк", "паркийн", "паркууд", "паркуудын", "паркаас"],
            &["бодлого", "бодлогын", "бодлогоор"],
            &[
                "байгууллага",
                "байгууллагын",
                "байгууллагууд",
                "байгууллагатай",
            ],
            &["улс", "улсын", "улсаас"],
            &["Сократус", "Сократусын"],
            &["санаачилга", "санаачилгын", "санаачилгаар"],
            &["хот", "хотын", "хотод", "хотоос", "хотруу"],
            &["сургууль", "сургуулийн", "сургуульд"],
        ];
        for forms in table {
            let first = st(forms[0]);
            for f in &forms[1..] {
                assert_eq!(st(f), first, "{f} should stem like {}", forms[0]);
            }
        }
    }

    /// Stems stay long enough to mean something: different words keep different stems.
    #[test]
    fn short_words_and_different_words_stay_apart() {
        for word in ["нд", "ын", "хэн", "ийн", "аас", "он", "cl", "2012"] {
            assert_eq!(st(word), key_text(word), "{word} is left whole");
        }
        for (a, b) in [
            ("кластер", "кластерчлал"),
            ("хууль", "хуулга"),
            ("парк", "парламент"),
            ("ном", "номхон"),
            ("цахим", "цахилгаан"),
        ] {
            assert_ne!(st(a), st(b), "{a} and {b}");
        }
        assert!(st("номыг").len() >= 3);
    }

    #[test]
    fn case_endings_alone() {
        assert!(is_case_ending(&key_text("ийн")));
        assert!(is_case_ending(&key_text("ын")));
        assert!(is_case_ending("iin"));
        assert!(!is_case_ending("park"));
    }
}
