//! The ASCII key: one spelling for Cyrillic text and for Mongolian typed in Latin letters.
//!
//! Cyrillic is first transliterated letter by letter after MNS 5217 without diacritics (ө→o,
//! ү→u, х→h, ц→c, ч→ch, ш→sh, ж→j, ё→e, ю→yu, я→ya, й and ы→i, ь and ъ dropped). The Latin
//! result, and any Latin text or query, is then *canonicalized* so that the spellings people
//! actually type collapse into one:
//!
//! | typed            | key | for            |
//! |------------------|-----|----------------|
//! | kh, h, x         | h   | х              |
//! | ts, c            | c   | ц              |
//! | zh, j            | j   | ж              |
//! | ye, yo, e        | e   | е, ё, э        |
//! | o, u, ö, ü       | o   | о, у, ө, ү     |
//! | y, i             | i   | й, ы, и        |
//!
//! (o and u share a key because ө is typed both ways: "khovsgol", "huvsgul" → Хөвсгөл.)
//! Everything else that is not a letter or digit becomes a space, so keys split into words on
//! spaces. Canonicalization is idempotent: the key of a key is itself.
//!
//! [`Key`] keeps, for every byte of the key, the char index in the source it came from, so a
//! match in the key can be highlighted in the original Cyrillic.

use super::fold::fold_char;

/// An ASCII key and, per key byte, the source char it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct Key {
    pub text: String,
    pub src: Vec<u32>,
}

impl Key {
    /// Source char positions of key bytes `start..end`, deduplicated, ascending.
    pub fn source_chars(&self, start: usize, end: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.src[start.min(self.src.len())..end.min(self.src.len())]
            .iter()
            .map(|&c| c as usize)
            .collect();
        out.dedup();
        out
    }
}

/// Builds a key one source char at a time. Reusable: [`KeyBuilder::clear`] keeps the buffers.
#[derive(Debug, Default)]
pub struct KeyBuilder {
    out: String,
    src: Vec<u32>,
    /// The last byte of `out` is an `i` typed as `y` (so a following e/o makes е/ё).
    from_y: bool,
    /// Whether to record source positions.
    track: bool,
}

impl KeyBuilder {
    pub fn new(track: bool) -> KeyBuilder {
        KeyBuilder {
            out: String::new(),
            src: Vec::new(),
            from_y: false,
            track,
        }
    }

    pub fn clear(&mut self) {
        self.out.clear();
        self.src.clear();
        self.from_y = false;
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    fn emit(&mut self, b: u8, at: u32) {
        self.from_y = false;
        self.out.push(char::from(b));
        if self.track {
            self.src.push(at);
        }
    }

    fn pop(&mut self) -> Option<u32> {
        self.out.pop()?;
        if self.track { self.src.pop() } else { Some(0) }
    }

    fn last(&self) -> Option<u8> {
        self.out.as_bytes().last().copied()
    }

    /// Feeds one lower-case ASCII letter or digit, applying the canonical rules.
    fn letter(&mut self, b: u8, at: u32) {
        match b {
            b'h' | b'x' => loop {
                match self.last() {
                    Some(b'k') => {
                        self.pop();
                    }
                    Some(b'z') => {
                        let from = self.pop().unwrap_or(at);
                        self.emit(b'j', from);
                        return;
                    }
                    _ => {
                        self.emit(b'h', at);
                        return;
                    }
                }
            },
            b's' if self.last() == Some(b't') => {
                let from = self.pop().unwrap_or(at);
                self.emit(b'c', from);
            }
            b'e' | b'o' if self.from_y => {
                let from = self.pop().unwrap_or(at);
                self.emit(b'e', from);
            }
            b'u' => self.emit(b'o', at),
            b'y' => {
                self.emit(b'i', at);
                self.from_y = true;
            }
            _ => self.emit(b, at),
        }
    }

    fn letters(&mut self, s: &[u8], at: u32) {
        for &b in s {
            self.letter(b, at);
        }
    }

    /// Feeds one source char (any script) found at char index `at`.
    pub fn push(&mut self, c: char, at: u32) {
        if c.is_ascii_alphanumeric() {
            self.letter(c.to_ascii_lowercase() as u8, at);
            return;
        }
        if c.is_ascii() {
            self.emit(b' ', at);
            return;
        }
        if let Some(latin) = cyrillic(super::fold::lower_char(c)) {
            self.letters(latin.as_bytes(), at);
            return;
        }
        let c = fold_char(c);
        if c.is_ascii_alphanumeric() {
            self.letter(c as u8, at);
            return;
        }
        match cyrillic(c) {
            Some(latin) => self.letters(latin.as_bytes(), at),
            None => self.emit(b' ', at),
        }
    }

    /// The key built so far. The builder can be reused after [`Self::clear`].
    pub fn text(&self) -> &str {
        &self.out
    }

    /// Takes the key out, leaving the builder empty.
    pub fn take(&mut self) -> Key {
        self.from_y = false;
        Key {
            text: std::mem::take(&mut self.out),
            src: std::mem::take(&mut self.src),
        }
    }
}

/// The MNS 5217 Latin letters (without diacritics) of a folded Cyrillic letter; "" for ь and ъ.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "j",
        'з' => "z",
        'и' | 'й' | 'ы' | 'і' | 'ї' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ү' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "ch",
        'ш' | 'щ' => "sh",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// The Latin letters of one Cyrillic letter (either case), as the key spells them before it
/// canonicalizes (MNS 5217 without diacritics: х→h, ц→c, ж→j, ө→o); "" for ь and ъ; None for
/// a char that is not a Cyrillic letter.
pub fn latin_letters(c: char) -> Option<&'static str> {
    cyrillic(super::fold::lower_char(c))
}

/// The key of `s` with source positions.
pub fn key(s: &str) -> Key {
    let mut b = KeyBuilder::new(true);
    // Most keys are about as long as their text in bytes (a Cyrillic letter is two bytes).
    b.out.reserve(s.len());
    b.src.reserve(s.len());
    for (i, c) in s.chars().enumerate() {
        b.push(c, i as u32);
    }
    b.take()
}

/// The key of `s` without positions.
pub fn key_text(s: &str) -> String {
    let mut b = KeyBuilder::new(false);
    b.out.reserve(s.len());
    for c in s.chars() {
        b.push(c, 0);
    }
    b.out
}

/// Calls `f` with every word of `s` as written: the runs of letters and digits that
/// [`for_each_word`] turns into keys one by one.
pub fn for_each_raw_word<'a>(s: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = s.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let x = bytes[i];
        // Byte-level fast paths for ASCII and the two-byte Cyrillic block (U+0400–U+04FF) the
        // corpus is written in; anything else is decoded as a char.
        let (word, len) = if x < 0x80 {
            (x.is_ascii_alphanumeric(), 1)
        } else if (0xD0..=0xD3).contains(&x) && i + 1 < bytes.len() {
            let c = (u32::from(x & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
            (!(0x482..=0x489).contains(&c), 2)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (super::fold::is_word_char(c), c.len_utf8())
        };
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                f(&s[from..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(from) = start {
        f(&s[from..]);
    }
}

/// The key of one word as [`for_each_word`] makes it, built in `b`.
pub fn word_key<'b>(word: &str, b: &'b mut KeyBuilder) -> &'b str {
    b.clear();
    for c in word.chars() {
        b.push(c, 0);
    }
    b.text()
}

/// Calls `f` with the key of every word of `s` (words are split on non-alphanumerics).
pub fn for_each_word(s: &str, b: &mut KeyBuilder, mut f: impl FnMut(&str)) {
    for_each_raw_word(s, |w| {
        let k = word_key(w, b);
        if !k.is_empty() {
            f(k);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The keys of the words of `s` as a key is built char by char over the whole text: what
    /// keying word by word must give.
    fn reference_words(s: &str, b: &mut KeyBuilder, mut f: impl FnMut(&str)) {
        b.clear();
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let x = bytes[i];
            let word = if x < 0x80 {
                i += 1;
                if x.is_ascii_alphanumeric() {
                    b.letter(x.to_ascii_lowercase(), 0);
                    continue;
                }
                false
            } else {
                let c = s[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8();
                let word = crate::text::fold::is_word_char(c);
                if word {
                    b.push(c, 0);
                }
                word
            };
            if !word && !b.is_empty() {
                f(b.text());
                b.clear();
            }
        }
        if !b.is_empty() {
            f(b.text());
        }
        b.clear();
    }

    #[test]
    fn latin_typed_mongolian_meets_cyrillic() {
        assert_eq!(key_text("кластер"), key_text("klaster"));
        assert_eq!(key_text("КЛАСТЕР"), key_text("klaster"));
        assert_eq!(key_text("чацаргана"), key_text("chatsargana"));
        assert_eq!(key_text("чацаргана"), key_text("chacargana"));
        for typed in ["khovsgol", "hovsgol", "huvsgul", "xovsgol", "Khövsgöl"] {
            assert_eq!(key_text("Хөвсгөл"), key_text(typed), "{typed}");
        }
        assert_eq!(key_text("инкубатор"), key_text("inkubator"));
        assert_eq!(key_text("жижиг"), key_text("zhizhig"));
        assert_eq!(key_text("ёс"), key_text("yos"));
        assert_eq!(key_text("үйлдвэр"), key_text("uildver"));
        assert_eq!(key_text("үйлдвэр"), key_text("uyldver"));
        assert_eq!(key_text("дэмжлэг"), key_text("demjleg"));
        assert_eq!(key_text("Монгол Улс"), "mongol ols");
    }

    #[test]
    fn positions_point_back_into_cyrillic() {
        let k = key("Хөвсгөл нуур");
        assert_eq!(k.text.len(), k.src.len());
        let at = k.text.find("sgol").expect("found");
        assert_eq!(k.source_chars(at, at + 4), vec![3, 4, 5, 6]);
        let k = key("чацаргана");
        assert_eq!(k.text, "chacargana");
        assert_eq!(k.source_chars(0, 2), vec![0]);
    }

    #[test]
    fn words_split_on_punctuation() {
        let mut b = KeyBuilder::new(false);
        let mut words = Vec::new();
        for_each_word("STI-park, Хөвсгөл аймгийн", &mut b, |w| {
            words.push(w.to_string())
        });
        assert_eq!(words, vec!["sti", "park", "hovsgol", "aimgiin"]);
    }

    proptest! {
        #[test]
        fn raw_words_give_the_keys_of_for_each_word(s in "\\PC{0,60}") {
            let mut b = KeyBuilder::new(false);
            let mut direct = Vec::new();
            reference_words(&s, &mut b, |w| direct.push(w.to_string()));
            let mut by_word = Vec::new();
            for_each_word(&s, &mut b, |w| by_word.push(w.to_string()));
            prop_assert_eq!(direct, by_word);
        }

        #[test]
        fn key_is_idempotent(s in "[a-zA-Zа-яА-ЯөүӨҮёЁ0-9 .-]{0,40}") {
            let once = key_text(&s);
            prop_assert_eq!(key_text(&once), once.clone());
        }

        #[test]
        fn key_is_idempotent_on_anything(s in "\\PC{0,30}") {
            let once = key_text(&s);
            prop_assert_eq!(key_text(&once), once.clone());
        }

        #[test]
        fn key_positions_are_inside_and_ordered(s in "\\PC{0,40}") {
            let k = key(&s);
            let n = s.chars().count() as u32;
            prop_assert_eq!(k.text.len(), k.src.len());
            prop_assert!(k.text.is_ascii());
            prop_assert!(k.src.iter().all(|&p| p < n));
            prop_assert!(k.src.windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
