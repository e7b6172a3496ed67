//! Which letters a word's key ([`super::translit`]) can start with, told from the word's first
//! char alone: a cheap test that passes over a written word before it is keyed when no word
//! sought starts with any of them.

use std::sync::LazyLock;

use super::translit::{KeyBuilder, word_key};

/// A set of key letters (a–z, 0–9), a bit each. [`ANY`] when a char does not tell.
pub type Letters = u64;

/// Every letter: what a char whose key starts otherwise, or is empty (ь), can start.
pub const ANY: Letters = u64::MAX;

/// The bit of key letter `b`; [`ANY`] for a byte no key word starts with.
fn bit(b: u8) -> Letters {
    match b {
        b'a'..=b'z' => 1 << (b - b'a'),
        b'0'..=b'9' => 1 << (26 + b - b'0'),
        _ => ANY,
    }
}

/// The letters the keys `keys` start with (an empty key starts with none).
pub fn first_letters<'k>(keys: impl IntoIterator<Item = &'k str>) -> Letters {
    (keys.into_iter())
        .filter_map(|k| k.bytes().next())
        .fold(0, |set, b| set | bit(b))
}

/// The letters the key of a word starting with `c` can start with: `c`'s own first letter,
/// or the one a following letter rewrites it to (kh → h, zh → j, ts → c, ye and yo → e).
fn of_char(c: char, b: &mut KeyBuilder) -> Letters {
    let key = word_key(c.encode_utf8(&mut [0; 4]), b);
    let Some(&first) = key.as_bytes().first() else {
        return ANY;
    };
    let rewritten = match first {
        b'k' => bit(b'h'),
        b'z' => bit(b'j'),
        b't' => bit(b'c'),
        b'i' => bit(b'e'),
        _ => 0,
    };
    bit(first) | rewritten
}

/// [`of_char`] for ASCII and the Cyrillic block (U+0400–U+04FF), worked out once.
struct Table {
    ascii: [Letters; 0x80],
    cyrillic: [Letters; 0x100],
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut b = KeyBuilder::new(false);
    let of = |c: u32, b: &mut KeyBuilder| char::from_u32(c).map_or(ANY, |c| of_char(c, b));
    Table {
        ascii: std::array::from_fn(|i| of(i as u32, &mut b)),
        cyrillic: std::array::from_fn(|i| of(0x400 + i as u32, &mut b)),
    }
});

/// The letters the key of a word starting with `c` can start with ([`ANY`] outside ASCII and
/// Cyrillic).
pub fn of(c: char) -> Letters {
    let table = &*TABLE;
    let c = c as usize;
    match c {
        0..0x80 => table.ascii[c],
        0x400..0x500 => table.cyrillic[c - 0x400],
        _ => ANY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_letter_can_start_as_itself_or_as_what_it_makes_with_the_next() {
        let set = |s: &str| first_letters(s.split(' '));
        assert_eq!(of('K'), set("k h"));
        assert_eq!(of('х'), set("h"));
        assert_eq!(of('я'), set("i e"));
        assert_eq!(of('ү'), set("o"));
        assert_eq!(of('7'), set("7"));
        assert_eq!(of('ь'), ANY);
        assert_eq!(of('é'), ANY);
        assert_eq!(first_letters(["", "eksport", "goide"]), set("e g"));
    }

    proptest! {
        /// Whatever follows, a word's key starts with a letter its first char allows.
        #[test]
        fn a_key_starts_with_a_letter_its_first_char_allows(
            w in "[ktzyKTZYктзяюьё]?[hxseoHXSEOхсеоь]?[a-zA-Z0-9а-яёөүА-ЯЁӨҮьъ]{0,6}"
        ) {
            let key = word_key(&w, &mut KeyBuilder::new(false)).to_owned();
            let first = w.chars().next().map_or(ANY, of);
            if let Some(&b) = key.as_bytes().first() {
                prop_assert!(first & bit(b) != 0, "{w} keyed {key}");
            }
        }
    }
}
