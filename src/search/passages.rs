//! The passages of a text as closeness reads them, and their words, in one pass over its bytes:
//! a passage is a line cut after each sentence's end (a full stop, question or exclamation mark
//! followed by a space, not "4.2"); its words are the runs of letters and digits
//! [`for_each_raw_word`](crate::text::translit::for_each_raw_word) finds.

use std::ops::ControlFlow;

use crate::text::fold::is_word_char;
use crate::text::key_start::{self, Letters};

/// What [`read`] finds, in the text's order.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Piece<'t> {
    /// A word as written.
    Word(&'t str),
    /// The end of a passage (also after one without words).
    End,
}

/// Dashes, quotes, spaces and other signs between words.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// Whether the char at `i` of `text` is part of a word, the char, and its length in bytes: as
/// for_each_raw_word tells, with its byte-level fast paths for ASCII and the two-byte Cyrillic
/// block (U+0400–U+04FF); anything else is decoded as a char.
#[inline(always)]
fn char_at(text: &str, i: usize) -> (bool, u32, usize) {
    let bytes = text.as_bytes();
    let x = bytes[i];
    if x < 0x80 {
        (x.is_ascii_alphanumeric(), u32::from(x), 1)
    } else if (0xD0..=0xD3).contains(&x) && i + 1 < bytes.len() {
        let c = (u32::from(x & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
        (!(0x482..=0x489).contains(&c), c, 2)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        // General Punctuation (dashes, quotes) holds no letter or digit: no table look-up.
        let word = !GENERAL_PUNCTUATION.contains(&c) && is_word_char(c);
        (word, u32::from(c), c.len_utf8())
    }
}

/// The bytes a run of word chars is read over without decoding: ASCII letters and digits,
/// UTF-8 continuation bytes, and the leads of the Cyrillic letters U+0400–U+047F and
/// U+04C0–U+04FF. Any other byte starts a char [`char_at`] decodes (U+0480–U+04BF, led by
/// 0xD2, holds ү but also signs that are not letters).
const IN_RUN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        t[b] = x.is_ascii_alphanumeric() || matches!(x, 0x80..=0xBF | 0xD0 | 0xD1 | 0xD3);
        b += 1;
    }
    t
};

/// Reads `text`, calling `f` with each word whose key can start with one of `starts` (the
/// others are passed over unread, see [`key_start`]) and after each passage, until `f` breaks.
pub(super) fn read<'t>(
    text: &'t str,
    starts: Letters,
    mut f: impl FnMut(Piece<'t>) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let bytes = text.as_bytes();
    // Where the word being read started, and whether it is sought.
    let mut word: Option<(usize, bool)> = None;
    let sought = |c: u32| char::from_u32(c).map_or(key_start::ANY, key_start::of) & starts != 0;
    let mut i = 0;
    while i < bytes.len() {
        if IN_RUN[usize::from(bytes[i])] {
            // A char boundary here: an ASCII letter or digit, or a two-byte Cyrillic letter.
            if word.is_none() {
                word = Some((i, sought(char_at(text, i).1)));
            }
            i += 1;
            while i < bytes.len() && IN_RUN[usize::from(bytes[i])] {
                i += 1;
            }
            continue;
        }
        let (is_word, c, len) = char_at(text, i);
        if is_word {
            if word.is_none() {
                word = Some((i, sought(c)));
            }
        } else {
            if let Some((from, true)) = word {
                f(Piece::Word(&text[from..i]))?;
            }
            word = None;
            let x = bytes[i];
            let end = x == b'\n'
                || (matches!(x, b'.' | b'?' | b'!')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace));
            if end {
                f(Piece::End)?;
            }
        }
        i += len;
    }
    if let Some((from, true)) = word {
        f(Piece::Word(&text[from..]))?;
    }
    f(Piece::End)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::key_start::ANY;
    use crate::text::translit::for_each_raw_word;
    use proptest::prelude::*;

    /// The passages of `text` as lists of words, each word sought.
    fn passages(text: &str, starts: Letters) -> Vec<Vec<&str>> {
        let mut all = vec![Vec::new()];
        let _ = read(text, starts, |p| {
            match p {
                Piece::Word(w) => all.last_mut().expect("a passage").push(w),
                Piece::End => all.push(Vec::new()),
            }
            ControlFlow::Continue(())
        });
        all.pop();
        all.retain(|p| !p.is_empty());
        all
    }

    #[test]
    fn a_line_is_cut_at_each_sentence_end() {
        let text = "One park. Its 4.2 ha? Yes! end\nНэг цэцэрлэг.Тийм";
        assert_eq!(
            passages(text, ANY),
            [
                vec!["One", "park"],
                vec!["Its", "4", "2", "ha"],
                vec!["Yes"],
                vec!["end"],
                vec!["Нэг", "цэцэрлэг", "Тийм"],
            ]
        );
        assert!(passages("", ANY).is_empty());
    }

    #[test]
    fn a_word_no_sought_key_starts_like_is_passed_over() {
        let starts = key_start::first_letters(["park", "ceceerleg"]);
        let text = "One park. Its 4.2 ha? Нэг цэцэрлэг";
        assert_eq!(passages(text, starts), [vec!["park"], vec!["цэцэрлэг"]]);
    }

    #[test]
    fn general_punctuation_holds_no_word_char() {
        assert!(GENERAL_PUNCTUATION.clone().all(|c| !is_word_char(c)));
    }

    #[test]
    fn reading_stops_when_told() {
        let mut seen = Vec::new();
        let stopped = read("a b. c", ANY, |p| {
            seen.push(format!("{p:?}"));
            match p {
                Piece::Word("b") => ControlFlow::Break(()),
                _ => ControlFlow::Continue(()),
            }
        });
        assert_eq!(stopped, ControlFlow::Break(()));
        assert_eq!(seen, ["Word(\"a\")", "Word(\"b\")"]);
    }

    /// The passages as read in three passes: the lines, each cut at its sentences' ends, and
    /// the raw words of each.
    fn passages_in_three_passes(text: &str) -> Vec<Vec<&str>> {
        let mut all = Vec::new();
        for line in text.lines() {
            let mut start = 0;
            let bytes = line.as_bytes();
            for i in 0..bytes.len() {
                let end = matches!(bytes[i], b'.' | b'?' | b'!')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace);
                if end || i + 1 == bytes.len() {
                    let mut words = Vec::new();
                    for_each_raw_word(&line[start..=i], |w| words.push(w));
                    all.push(words);
                    start = i + 1;
                }
            }
        }
        all.retain(|p| !p.is_empty());
        all
    }

    proptest! {
        /// The same passages and words as lines, sentences and raw words read one by one.
        #[test]
        fn one_pass_reads_what_three_passes_read(
            text in "[a-zA-Z0-9а-яөүА-ЯёЁӨҮѐӒҚ .?!\n\r,:é·҂\u{483}«»–😀-]{0,60}"
        ) {
            prop_assert_eq!(passages(&text, ANY), passages_in_three_passes(&text));
        }
    }
}
