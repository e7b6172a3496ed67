//! A question asking when things in the plural came — «ямар хуулиуд хэзээ гарсан» (which laws
//! came when), "which laws came when" — is answered best by the entry that lists them by date,
//! when there is one (a question asking how many, or why, about things in the plural is about
//! them, not about a list):
//! the entry whose title or aliases hold the word asked about and which links to the most
//! other entries holding it in theirs (at least [`LISTS_FROM`]). It is named one step above them, as a
//! comparison's contrast is above its sides ([`super::contrast`]).

use super::index::FIELDS;
use super::query::Word;
use super::question::Question;
use super::strategy::Plan;
use super::{Field, SearchIndex, english, rank, stem};
use crate::corpus::Corpus;

/// How many of the named entries a list must link to.
const LISTS_FROM: usize = 3;

impl SearchIndex {
    /// For a date question with a word typed in the plural, names each entry listing what it
    /// asks about (see the module doc) one step above the best-named of them.
    pub(super) fn list_before_its_items(
        &self,
        corpus: &Corpus,
        focus: &mut [u32],
        plurals: &[usize],
        best: &[Vec<u32>],
        asked: &Question,
        ok: &[usize],
    ) {
        if !asked.date || plurals.is_empty() {
            return;
        }
        let in_its_name = |i: usize, e: usize| {
            let p = best[i].get(e).copied().unwrap_or(0);
            p > 0 && matches!(FIELDS[rank::unpack_place(p).0], Field::Title | Field::Alias)
        };
        // The things asked about: entries whose title or aliases hold a plural's word.
        let items: Vec<usize> = (ok.iter().copied())
            .filter(|&e| plurals.iter().any(|&i| in_its_name(i, e)))
            .collect();
        let top = (items.iter().filter_map(|&e| focus.get(e)).copied())
            .max()
            .unwrap_or(0);
        // The list is the entry linking to the most of them (at least LISTS_FROM): entries
        // about one law link to a few others, a list of them to all.
        let listed: Vec<(usize, usize)> = (items.iter().copied())
            .map(|c| {
                let links = corpus.links(c);
                (c, items.iter().filter(|e| links.contains(e)).count())
            })
            .collect();
        let most = listed.iter().map(|&(_, n)| n).max().unwrap_or(0);
        let lists = (listed.iter())
            .filter(|&&(_, n)| n == most && n >= LISTS_FROM)
            .map(|&(c, _)| c);
        for c in lists {
            if let Some(slot) = focus.get_mut(c) {
                *slot = (*slot).max(top + 1);
            }
        }
    }
}

/// Whether a query word is typed in the plural: a Mongolian plural ending (кластерууд,
/// хуулиуд, in either alphabet; with a case ending after it too), or an English "s" the
/// stemmer takes off ("laws", "programmes"; not "business").
fn is_plural(w: &Word) -> bool {
    stem::is_plural(&w.key)
        || (!w.is_cyrillic()
            && w.key.ends_with('s')
            && !w.key.ends_with("ss")
            && english::stem(&w.key).len() < w.key.len())
}

/// The words of a query (indices) typed in the plural, among those it searches for.
pub(super) fn plural_words(words: &[Word], plan: &Plan) -> Vec<usize> {
    (plan.content.iter().chain(&plan.frequent).copied())
        .filter(|&i| words.get(i).is_some_and(is_plural))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_in_either_language() {
        for w in [
            "хуулиуд",
            "хуулиудыг",
            "huuliud",
            "паркуудын",
            "laws",
            "programmes",
        ] {
            assert!(
                is_plural(&crate::search::query::Query::parse(w).words[0]),
                "{w}"
            );
        }
        for w in ["хууль", "хуулийн", "law", "business", "парк"] {
            assert!(
                !is_plural(&crate::search::query::Query::parse(w).words[0]),
                "{w}"
            );
        }
    }
}
