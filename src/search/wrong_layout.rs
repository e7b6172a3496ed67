//! A query typed with the Latin layout active while meaning Mongolian (`mfvf.` for «төсөв»,
//! `heel,` for «хууль»): when a word typed is not one the corpus holds and the same keys read
//! on the Mongolian layout ([`crate::text::mn_keyboard`]) make words it does hold, that
//! reading is searched instead and named in [`Found::read_as`], for the reader to be told.
//!
//! A query whose words the corpus holds is never read again, so a real Latin query
//! (`klaster`, `huuli`, `budget`) keeps its results and costs nothing more. One holding a
//! word the corpus does not costs a look-up of the reading's words in the token index, and a
//! second search only when each of them is a whole word of the corpus (or a case form of
//! one): a word the reading only begins (`bom` → «мүт») is not taken for what was meant. As
//! the token index keys Cyrillic and Latin alike (`йууу` and `юу` may share a key), the best
//! entries the reading finds must also hold each of its words in their Mongolian text.

use super::query::{Query, Word};
use super::stem::stem;
use super::{Found, SearchIndex, SearchOptions, fold, question};
use crate::corpus::Corpus;
use crate::text::mn_keyboard::as_typed_on_mongolian;

/// The fewest letters of a word the reading must hold: two letters read from the Latin
/// layout make the start of too many words to say what was meant.
const LETTERS_MEANT: usize = 3;

impl SearchIndex {
    /// `typed` (what `query` found as typed), or what the query's Mongolian reading finds
    /// when the query holds a word the corpus does not (or finds nothing) and every word of
    /// the reading that is not a question or function word is a whole word of the corpus, one
    /// of them at least [`LETTERS_MEANT`] letters long.
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
        let words = Query::parse(&reading).words;
        let mut content = words.iter().filter(|w| !question::is_light(&w.key));
        let long = |w: &Word| w.letters() >= LETTERS_MEANT;
        if !words.iter().any(|w| !question::is_light(&w.key) && long(w))
            || !content.all(|w| self.holds_whole(w))
        {
            return typed;
        }
        let read = self.find_as_typed(corpus, &reading, opts);
        if read.hits.is_empty() || !read.near_only.is_empty() {
            return typed;
        }
        let content: Vec<&Word> = (words.iter())
            .filter(|w| !question::is_light(&w.key))
            .collect();
        let best: Vec<usize> = read.hits.iter().take(BEST_READ).map(|h| h.entry).collect();
        if !content
            .iter()
            .all(|w| in_mongolian_text(corpus, &best, &w.lower))
        {
            return typed;
        }
        Found {
            read_as: Some(reading),
            ..read
        }
    }
}

/// How many of the reading's best entries are read for its words.
const BEST_READ: usize = 5;

/// Whether the Mongolian title, summary or body of one of `entries` has a word that starts
/// with `word` (lower case), or with all of it but its last letter (`хуул` in «хууль»).
fn in_mongolian_text(corpus: &Corpus, entries: &[usize], word: &str) -> bool {
    let shorter: String = match word.chars().count() >= 4 {
        true => word.chars().take(word.chars().count() - 1).collect(),
        false => word.to_string(),
    };
    entries.iter().any(|&e| {
        let entry = corpus.entry(e);
        [&entry.title.mn, &entry.summary.mn, &entry.body.mn]
            .into_iter()
            .flatten()
            .any(|text| {
                fold::lower(text)
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.starts_with(word) || w.starts_with(&shorter))
            })
    })
}

impl SearchIndex {
    /// Whether the corpus holds `w` as a whole word, or a case form of it (the same stem).
    fn holds_whole(&self, w: &Word) -> bool {
        let tokens = &self.index.tokens;
        if tokens.find(&w.key).is_some() {
            return true;
        }
        let word_stem = stem(&w.key);
        (tokens.prefix_range(word_stem)).any(|t| tokens.stem(t) == word_stem)
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
