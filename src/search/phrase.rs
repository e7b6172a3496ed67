//! Quoted phrases: which fields of each entry hold every word of one, and whether its text
//! holds the phrase itself, any run of whitespace or markup matching one space.

use super::fields::fields_text;
use super::shorts::Short;
use super::{Field, SearchIndex, fold};
use crate::corpus::model::Entry;
use crate::lang::Lang;

impl SearchIndex {
    /// For each entry, the fields (posting-mask bits) in which every word of `phrase` occurs
    /// as a whole word: an entry with none cannot contain the phrase, so it is not searched.
    pub(super) fn phrase_fields(&self, phrase: &str, n: usize) -> Vec<u16> {
        let ti = &self.index.tokens;
        let mut all = vec![u16::MAX; n];
        for w in super::translit::key_text(&super::query::phrase_words(phrase))
            .split(' ')
            .filter(|w| !w.is_empty())
        {
            let mut here = vec![0u16; n];
            if let Some(t) = ti.find(w) {
                for p in ti.postings(t) {
                    if let Some(m) = here.get_mut(p.entry as usize) {
                        *m |= p.mask;
                    }
                }
            }
            for (a, h) in all.iter_mut().zip(here) {
                *a &= h;
            }
        }
        all
    }
}

/// Whether the lower-cased phrase occurs in the entry, looking only in the fields and languages
/// of `mask` (posting-mask bits, see [`SearchIndex::phrase_fields`]). Any run of whitespace or
/// markup in the text matches one space of the phrase.
pub(super) fn has_phrase<'a>(
    e: &Entry,
    mut shorts: impl Iterator<Item = Short<'a>>,
    phrase: &str,
    mask: u16,
) -> bool {
    let bit = |f: Field, l: Lang| mask & super::index::field_bit(f, l) != 0;
    shorts.any(|s| bit(s.field, s.lang) && contains_phrase(s.lower, phrase))
        || Lang::ALL.into_iter().any(|l| {
            [(Field::Summary, &e.summary), (Field::Body, &e.body)]
                .into_iter()
                .any(|(f, t)| bit(f, l) && t.get(l).is_some_and(|t| contains_phrase(t, phrase)))
                // The kind fields' text is made only where the phrase's words all occur.
                || bit(Field::Fields, l) && contains_phrase(&fields_text(e, l), phrase)
        })
}

/// Case-insensitive phrase search without allocating: chars compare lower-cased, and a space in
/// the phrase matches any run of whitespace and Markdown markup.
pub(super) fn contains_phrase(text: &str, phrase: &str) -> bool {
    let skip = |c: char| c.is_whitespace() || matches!(c, '*' | '_' | '[' | ']' | '`');
    let Some(first) = phrase.chars().next() else {
        return true;
    };
    // Only places where the first letter occurs (in any case) can start the phrase; memchr
    // finds them far faster than walking every char.
    let mut starts: Vec<usize> = Vec::new();
    for variant in fold::case_variants(first) {
        let mut buf = [0u8; 4];
        let needle = variant.encode_utf8(&mut buf).as_bytes();
        starts.extend(memchr::memmem::find_iter(text.as_bytes(), needle));
    }
    starts.sort_unstable();
    let word = |c: Option<char>| c.is_some_and(fold::is_word_char);
    starts.into_iter().any(|i| {
        // Quoted words are whole words: the phrase starts and ends at word boundaries.
        if word(phrase.chars().next()) && word(text[..i].chars().next_back()) {
            return false;
        }
        let mut t = text[i..].chars().peekable();
        for p in phrase.chars() {
            if p == ' ' {
                let mut any = false;
                while t.peek().is_some_and(|&c| skip(c)) {
                    t.next();
                    any = true;
                }
                if !any {
                    return false;
                }
            } else if t.next().map(fold::lower_char) != Some(p) {
                return false;
            }
        }
        !(word(phrase.chars().next_back()) && word(t.next()))
    })
}
