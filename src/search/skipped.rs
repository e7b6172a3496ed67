//! Mongolian typed with a vowel left out: people typing Mongolian in Latin letters (and in a
//! hurry in Cyrillic) leave out an inner short vowel between two consonants — `honglolt` for
//! хөнгөлөлт (`hongololt`), `sanhuujlt` for санхүүжилт. Such a word is the word, not a slip
//! of typing: it matches as a case form does, and names a title word as the word would.

/// The shortest word typed, in key letters, read as a word with a vowel left out: shorter
/// words are too often another word one vowel away.
pub const SKIPPED_FROM: usize = 6;

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o')
}

/// Whether `typed` is `token` (or its start, for a word typed with a shorter ending) with one
/// inner vowel left out between two consonants, the letters before it typed as written:
/// `honglolt` is `hongololt` less its second `o`.
pub fn vowel_left_out(typed: &[u8], token: &[u8]) -> bool {
    if typed.len() < SKIPPED_FROM || token.len() <= typed.len() {
        return false;
    }
    let p = typed.iter().zip(token).take_while(|(a, b)| a == b).count();
    // The vowel left out is inside the word: after its first two letters, before its last.
    p >= 2
        && p < typed.len()
        && is_vowel(token[p])
        && !is_vowel(token[p - 1])
        && !is_vowel(token[p + 1])
        && token[p + 1..].starts_with(&typed[p..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::translit::key_text;

    fn left_out(typed: &str, written: &str) -> bool {
        vowel_left_out(key_text(typed).as_bytes(), key_text(written).as_bytes())
    }

    #[test]
    fn an_inner_vowel_left_out_is_the_word() {
        assert!(left_out("honglolt", "хөнгөлөлт"));
        assert!(
            left_out("honglolt", "хөнгөлөлтийн"),
            "the word with an ending"
        );
        assert!(left_out("sanhuujlt", "санхүүжилт"));
        assert!(left_out("klastr", "кластерийн"));
    }

    #[test]
    fn other_differences_are_not_a_vowel_left_out() {
        assert!(!left_out("honglolt", "хөнгөвчлөх"), "another word");
        assert!(!left_out("hongololt", "хөнгөлөлт"), "the word itself");
        assert!(!left_out("plnet", "planet"), "too short to tell");
        assert!(!left_out("hongolt", "хөнгөлөлт"), "a syllable left out");
        assert!(
            !left_out("sanaachlaga", "санаачилга"),
            "a vowel moved is a synonym's job"
        );
        assert!(
            !left_out("hugjlin", "хөгжлийн"),
            "a vowel beside another vowel is a slip of typing"
        );
        assert!(
            !left_out("nglolt", "ongololt"),
            "a word's first letters typed as written"
        );
    }
}
