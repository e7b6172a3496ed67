//! The entry a search finds for a name that no entry has, as `toli check` guesses it: the
//! name's words read as the search reads a query — synonyms (`SYNONYMS.yaml`, the shipped
//! file and each folder's: `firm` → "Absorptive capacity of firms"), either alphabet
//! (`klaster-hogjil` → «Кластерийн хөгжлийн үе шат»), case forms and word forms. The search
//! index is built only when a guess first needs it.

use std::cell::OnceCell;
use std::sync::Arc;

use super::synonyms::Synonyms;
use super::{Detail, SearchIndex, SearchOptions};
use crate::corpus::Corpus;
use crate::corpus::link_guess::WordSearch;
use crate::corpus::model::Entry;

/// How many of the search's best entries a guess looks through for one of the kind it needs.
const LOOKED_AT: usize = 20;

/// The search over a corpus, for guesses.
pub struct SearchGuess<'a> {
    corpus: &'a Corpus,
    synonyms: &'a Synonyms,
    index: OnceCell<SearchIndex>,
}

impl<'a> SearchGuess<'a> {
    /// Guesses over `corpus` reading words with `synonyms` (the shipped ones and the folders').
    pub fn new(corpus: &'a Corpus, synonyms: &'a Synonyms) -> SearchGuess<'a> {
        SearchGuess {
            corpus,
            synonyms,
            index: OnceCell::new(),
        }
    }
}

/// The best entry for which `fits` holds among those a search for the words of `name` (an
/// id: its `-` between words) finds holding every word, none of them only by a near spelling,
/// and that each word alone finds too: an unrelated guess misleads.
impl<'a> WordSearch<'a> for SearchGuess<'a> {
    fn first(&self, name: &str, fits: &dyn Fn(&Entry) -> bool) -> Option<&'a str> {
        let query = name.replace(['-', '_'], " ");
        let index = self.index.get_or_init(|| {
            SearchIndex::build(self.corpus).with_synonyms(Some(Arc::new(self.synonyms.clone())))
        });
        let found = self.holding_every_word(index, &query, LOOKED_AT)?;
        // A word that alone finds nothing (a part of a synonym, `tuslakh` of `tuslakh tov`)
        // asks nothing of the guess.
        let alone: Vec<Vec<usize>> = (query.split_whitespace())
            .filter_map(|word| self.holding_every_word(index, word, self.corpus.len()))
            .filter(|holders| !holders.is_empty())
            .collect();
        let corpus = self.corpus;
        (found.into_iter())
            .filter(|i| alone.iter().all(|holders| holders.contains(i)))
            .map(|i| corpus.entry(i))
            .find(|e| fits(e))
            .map(|e| e.id.as_str())
    }
}

impl SearchGuess<'_> {
    /// The first `limit` entries a search for `query` finds holding every word it reads,
    /// best first; none when a word is found only by a near spelling or the keys are read
    /// as typed on the other keyboard layout.
    fn holding_every_word(
        &self,
        index: &SearchIndex,
        query: &str,
        limit: usize,
    ) -> Option<Vec<usize>> {
        let opts = SearchOptions {
            limit,
            detail: Detail::Ranked,
            ..SearchOptions::default()
        };
        let found = index.find(self.corpus, query, &opts);
        if !found.near_only.is_empty() || found.read_as.is_some() {
            return None;
        }
        let whole = found.complete.unwrap_or(found.total);
        Some(found.hits.iter().take(whole).map(|hit| hit.entry).collect())
    }
}
