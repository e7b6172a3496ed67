//! A query typed with the Latin layout active while meaning Mongolian (`mfvf.` for «төсөв»,
//! `heel,` for «хууль»): when a word typed is not one the corpus holds and the same keys read
//! on the Mongolian layout ([`crate::text::mn_keyboard`]) make words it does hold, that
//! reading is searched instead and named in [`Found::read_as`], for the reader to be told.
//!
//! A query whose words the corpus holds is never read again, so a real Latin query
//! (`klaster`, `huuli`, `budget`) keeps its results and costs nothing more; one holding a
//! word the corpus does not costs a second search, of the reading.

use super::{Found, SearchIndex, SearchOptions};
use crate::corpus::Corpus;
use crate::text::mn_keyboard::as_typed_on_mongolian;

/// The fewest letters of a word the reading must hold: two letters read from the Latin
/// layout make the start of too many words to say what was meant.
const LETTERS_MEANT: usize = 3;

impl SearchIndex {
    /// `typed` (what `query` found as typed), or what the query's Mongolian reading finds
    /// when the query holds a word the corpus does not (or finds nothing) and every word of
    /// the reading that filters is the corpus's, one of them at least [`LETTERS_MEANT`] long.
    pub(super) fn or_as_on_mongolian_keys(
        &self,
        corpus: &Corpus,
        query: &str,
        opts: &SearchOptions,
        typed: Found,
    ) -> Found {
        if typed.near_only.is_empty() && !typed.hits.is_empty() {
            return typed;
        }
        let Some(reading) = mongolian_reading(query) else {
            return typed;
        };
        let read = self.find_as_typed(corpus, &reading, opts);
        if read.hits.is_empty() || !read.near_only.is_empty() {
            return typed;
        }
        Found {
            read_as: Some(reading),
            ..read
        }
    }
}

/// `query` as the same keys type it on the Mongolian layout, its spaces made single, when it
/// is typed in Latin letters (no Cyrillic) and the reading holds a word of at least
/// [`LETTERS_MEANT`] letters.
fn mongolian_reading(query: &str) -> Option<String> {
    let latin = query.chars().any(|c| c.is_ascii_alphabetic());
    let cyrillic = query.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
    if !latin || cyrillic {
        return None;
    }
    let reading = as_typed_on_mongolian(query);
    let words: Vec<&str> = reading.split_whitespace().collect();
    let letters = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count();
    words
        .iter()
        .any(|w| letters(w) >= LETTERS_MEANT)
        .then(|| words.join(" "))
}

#[cfg(test)]
mod tests;
