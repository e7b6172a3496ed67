//! Mongolian typed in chat Latin: the letters people type for the Cyrillic ones no Latin
//! letter stands for. `w` for в (`tosow`, төсөв) and `i` for the soft or hard sign
//! (`haritsuulalt`, харьцуулалт) are how the word is written in that spelling, not slips of
//! typing: a word the corpus holds nowhere as typed, which these letters read as a word it
//! holds, is searched as that word (and the reader is not told it is missing).

use super::SearchIndex;
use super::query::Word;

/// The shortest word, in key letters, read through these letters: shorter words are too
/// often another word one letter away.
const READ_FROM: usize = 5;

/// True for a key's consonants (the key writes every vowel as a, e, i or o).
fn is_consonant(b: u8) -> bool {
    b.is_ascii_lowercase() && !matches!(b, b'a' | b'e' | b'i' | b'o')
}

/// The readings of the Latin key `key` through the chat letters, likeliest first: every `w`
/// as в (`v`); then, one at a time from the left, an `i` typed for a soft or hard sign (which
/// the key leaves out) after a consonant, before a consonant or at the word's end.
fn readings(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let key = match key.contains('w') {
        true => {
            let v = key.replace('w', "v");
            out.push(v.clone());
            v
        }
        false => key.to_string(),
    };
    let b = key.as_bytes();
    for p in 2..b.len() {
        let sign = b[p] == b'i'
            && is_consonant(b[p - 1])
            && b.get(p + 1).is_none_or(|&next| is_consonant(next));
        if sign {
            out.push(format!("{}{}", &key[..p], &key[p + 1..]));
        }
    }
    out
}

/// The key `key` stands for in chat Latin, when the corpus holds no word starting with `key`
/// but `holds` one starting with a reading of it ([`readings`]).
pub fn chat_reading(key: &str, holds: impl Fn(&str) -> bool) -> Option<String> {
    if key.len() < READ_FROM || !key.is_ascii() || holds(key) {
        return None;
    }
    readings(key)
        .into_iter()
        .find(|r| r.len() >= READ_FROM - 1 && holds(r))
}

impl SearchIndex {
    /// Reads the Latin words of a query the corpus holds nowhere as typed through the chat
    /// letters ([`chat_reading`]): `tosow` is searched as төсөв.
    pub(super) fn read_chat_latin(&self, words: &mut [Word]) {
        let ti = &self.index.tokens;
        let holds = |k: &str| !ti.prefix_range(k).is_empty();
        for w in words.iter_mut().filter(|w| !w.exact && !w.is_cyrillic()) {
            if let Some(read) = chat_reading(&w.key, holds) {
                w.key = read;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::translit::key_text;

    /// The keys of a few corpus words, as the index holds them.
    fn holds(k: &str) -> bool {
        [
            "tosov",
            "tosol",
            "harcoolalt",
            "harcoolaltin",
            "hon",
            "tehnologi",
        ]
        .iter()
        .any(|t| t.starts_with(k))
    }

    fn read(typed: &str) -> Option<String> {
        chat_reading(&key_text(typed), holds)
    }

    #[test]
    fn w_is_read_as_v() {
        assert_eq!(read("tosow").as_deref(), Some(key_text("төсөв").as_str()));
    }

    #[test]
    fn i_for_the_soft_sign_is_read_as_the_word() {
        let meant = key_text("харьцуулалт");
        assert_eq!(read("haritsuulalt"), Some(meant));
        assert_eq!(read("haritsuulaltin").as_deref(), Some("harcoolaltin"));
    }

    #[test]
    fn a_word_held_as_typed_or_not_read_as_a_held_word_is_left() {
        assert_eq!(read("tosol"), None, "held as typed");
        assert_eq!(read("tehnologi"), None, "held as typed");
        assert_eq!(read("tosox"), None, "no chat letter");
        // An `i` between vowels, or after one, is a vowel, not a sign.
        assert_eq!(read("haicoolalt"), None);
        assert_eq!(read("honi"), None, "too short to be read");
    }
}
