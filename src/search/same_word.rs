//! Whether a word written is the word typed, as the corpus search reads a typed word: the
//! same key (Cyrillic and Latin letters alike, [`crate::text::translit`]), a form of it (one
//! stem, a fleeting vowel, one verb root: [`super::stem`]) or one slip of typing apart on a
//! stem of five letters or more (`samber` for «самбар», `tariolagchdad` for «тариалагчдад»).
//! Used where a text is read without an index: the reader's own notes.

use super::stem::{same_stem, stem, stems_one_slip_apart, verb_root};
use crate::text::translit::key_text;

/// The words of `text` as keys, for [`reads_as`].
pub fn keys(text: &str) -> Vec<String> {
    key_text(text)
        .split(' ')
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether the key `written` is the typed key `typed` as search reads it: the word itself or
/// a word starting with it, a form of it, or one slip apart.
pub fn reads_as(typed: &str, written: &str) -> bool {
    written.starts_with(typed)
        || same_stem(typed, written)
        || verb_root(typed).is_some_and(|r| verb_root(written) == Some(r))
        || stems_one_slip_apart(stem(typed), stem(written))
}

/// Whether some word of `text` (its [`keys`]) reads as the typed key `typed`.
pub fn any_reads_as(typed: &str, words: &[String]) -> bool {
    words.iter().any(|w| reads_as(typed, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(typed: &str, text: &str) -> bool {
        let words = keys(text);
        keys(typed).iter().all(|t| any_reads_as(t, &words))
    }

    /// The walk's coach: her notes' words with the slips the corpus search forgives.
    #[test]
    fn slips_forms_and_scripts_meet_as_in_the_corpus_search() {
        let note = "Манай сумын чацарганын тариалагчдад LQ тооцоог хэрэглэх. \
                    Семинарт: 4 чиглэлийг самбарт бичих";
        for typed in [
            "samber",
            "semenar",
            "tariolagchdad",
            "tarialagchidad",
            "самбар",
            "семинар",
            "sumyn tarialagch",
            "LQ tootsoo",
            "чацаргана",
            "хэрэглэж",
        ] {
            assert!(finds(typed, note), "{typed}");
        }
        for typed in ["самбай", "суурь", "парк", "тариалан", "бичиг баримт"]
        {
            assert!(!finds(typed, note), "{typed}");
        }
    }
}
