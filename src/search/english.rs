//! English word forms: the Snowball English stemmer (rust-stemmers) on search keys, so that
//! "financing" finds "financial" and "finance", and "recommendations" finds "recommended".
//! Mongolian case forms are [`super::stem`]'s; this is for words typed in Latin letters.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Stems shorter than this are not looked up: "join" would find "joint".
pub const SHORTEST: usize = 5;

/// The English stem of a lower-case key.
pub fn stem(key: &str) -> Cow<'_, str> {
    ENGLISH.stem(key)
}

/// Whether `key` is a plural of four letters, its stem `st` and an "s" ("laws", "acts",
/// "jobs", "hubs"): too short for a prefix search to reach its singular (longer words reach it
/// through their first letters, see `matching`).
pub fn is_short_plural(key: &str, st: &str) -> bool {
    key.len() == 4 && st.len() == 3 && key.ends_with('s')
}

/// Whether `token` is a form of the word whose stem is `word_stem`: its own stem is that stem,
/// or that stem with a letter or two more (the stemmer leaves "financial" as `financi`, and
/// "financing" as `financ`).
pub fn same_word(word_stem: &str, token: &str) -> bool {
    let own = stem(token);
    own.starts_with(word_stem) && own.len() <= word_stem.len() + 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_meet_and_others_do_not() {
        let financ = stem("financing");
        assert_eq!(financ, "financ");
        for form in ["finance", "financial", "financed", "financing"] {
            assert!(same_word(&financ, form), "{form}");
        }
        let recommend = stem("recommendations");
        for form in ["recommend", "recommended", "recommendation"] {
            assert!(same_word(&recommend, form), "{form}");
        }
        assert!(!same_word(&financ, "financialisation"));
        for plural in ["laws", "acts", "hubs"] {
            assert!(is_short_plural(plural, &stem(plural)), "{plural}");
        }
        for word in ["law", "news", "business", "parks", "bus"] {
            assert!(!is_short_plural(word, &stem(word)), "{word}");
        }
        assert!(!same_word(&stem("cluster"), "clustering-policy"));
    }
}
