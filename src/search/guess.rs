//! The entry a search finds for a name that no entry has, as `toli check` guesses it: the
//! name's words read as the search reads a query — synonyms (`SYNONYMS.yaml`, the shipped
//! file and each folder's: `firm` → "Absorptive capacity of firms"), either alphabet
//! (`klaster-hogjil` → «Кластерийн хөгжлийн үе шат»), case forms and word forms. The search
//! index is built only when a guess first needs it.

use std::cell::OnceCell;
use std::sync::Arc;

use super::query::{Query, Word};
use super::question::words_held;
use super::synonyms::Synonyms;
use super::{Detail, Field, SearchIndex, SearchOptions};
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

/// The entry for which `fits` holds among those a search for the words of `name` (an id: its
/// `-` between words) finds holding every word, none of them only by a near spelling, and that
/// each word alone finds too, whose own id, title or alias shares the most of the id's words
/// (itself or through a synonym: `hurdasguur` → Accelerator), best first of equals; none when
/// no such name shares more than half of them: an unrelated guess misleads (`incubator-center`
/// is not the Ulaanbaatar Innovation Hub, which holds both words in its text).
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
        let words = Query::parse(&query).words;
        let mut best: Option<(usize, usize)> = None;
        for e in (found.into_iter())
            .filter(|i| alone.iter().all(|holders| holders.contains(i)))
            .filter(|&i| fits(corpus.entry(i)))
        {
            let shared = self.words_shared(index, e, &words);
            if best.is_none_or(|(most, _)| shared > most) {
                best = Some((shared, e));
            }
        }
        let (shared, e) = best?;
        (2 * shared > words.len()).then(|| corpus.entry(e).id.as_str())
    }
}

impl SearchGuess<'_> {
    /// How many of `words` entry `e`'s id, titles and aliases hold, each word itself
    /// ([`words_held`]) or as a member of a synonym group it names.
    fn words_shared(&self, index: &SearchIndex, e: usize, words: &[Word]) -> usize {
        let own = |field, _| matches!(field, Field::Id | Field::Title | Field::Alias);
        let names: Vec<&str> = (index.index.shorts.of_where(e, own))
            .map(|s| s.words)
            .collect();
        let holds = |keys: &[String]| {
            let member: Vec<Word> = keys.iter().map(|k| Word::keyed(k)).collect();
            let member: Vec<&Word> = member.iter().collect();
            (names.iter()).any(|n| words_held(&member, n) as usize == member.len())
        };
        let found = self.synonyms.find(words);
        (0..words.len())
            .filter(|&i| {
                holds(std::slice::from_ref(&words[i].key))
                    || (found.iter())
                        .filter(|f| f.start <= i && i < f.start + f.len)
                        .any(|&f| self.synonyms.others(f).any(holds))
            })
            .count()
    }

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
