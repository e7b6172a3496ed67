//! Refining the best candidates: quoted phrases checked in the entries themselves, the exact-
//! letter and title bonuses added, and how many entries hold the phrases counted.

use super::hits::states_count;
use super::phrase::has_phrase;
use super::query::Word;
use super::{Cand, SearchIndex, rank, traits};
use crate::corpus::Corpus;
use std::cmp::Ordering;

/// Up to this many entries holding a quoted phrase's words are checked for the phrase itself to
/// count them all; beyond, checking stops once the list is full (each check reads the entry).
pub const PHRASES_COUNTED: usize = 1_000;

/// The best candidates read for a count of the thing a question asks how many of (each read
/// decodes the entry): the first two screens', so that a short question («хэдэн парк»), whose
/// first screen is the entries named most briefly, still finds the entries that count parks.
pub const COUNTS_READ: usize = 16;

/// A query's quoted phrases, and per phrase the fields each entry could hold it in.
pub(super) struct Phrases<'a> {
    pub phrases: &'a [String],
    pub fields: &'a [Vec<u16>],
}

impl Phrases<'_> {
    /// Whether entry `e` holds every phrase (entries are read only here: a corpus from a
    /// snapshot decodes them on use).
    fn all_in(&self, ix: &SearchIndex, corpus: &Corpus, e: usize) -> bool {
        let found = |(p, f): (&String, &Vec<u16>)| {
            has_phrase(corpus.entry(e), ix.index.shorts.of(e), p, f[e])
        };
        self.phrases.iter().zip(self.fields).all(found)
    }
}

impl SearchIndex {
    /// The first `want` of `cands` in the `order` given (best first) that hold the phrases,
    /// with their bonuses (for the query's content words and their keys); and with phrases,
    /// how many entries hold them and whether that count is exact (`None` without phrases:
    /// every candidate counts). Only as many candidates are sorted as are read.
    pub(super) fn refine(
        &self,
        corpus: &Corpus,
        mut cands: Vec<Cand>,
        order: &impl Fn(&Cand, &Cand) -> Ordering,
        phrases: &Phrases<'_>,
        (content, qkey): (&[Word], &str),
        want: usize,
    ) -> (Vec<Cand>, Option<(usize, bool)>) {
        let checked_all = cands.len() <= PHRASES_COUNTED;
        if !phrases.phrases.is_empty() && checked_all {
            cands.retain(|c| phrases.all_in(self, corpus, c.entry));
        }
        let left_to_check = !phrases.phrases.is_empty() && !checked_all;
        let total = cands.len();
        let mut refined = Vec::with_capacity(want.min(cands.len()));
        let (mut held, mut stopped) = (0, false);
        for c in in_order(cands, order, want + 1) {
            if refined.len() >= want {
                stopped = true;
                break;
            }
            if left_to_check && !phrases.all_in(self, corpus, c.entry) {
                continue;
            }
            held += 1;
            let bonus = self.bonus(c.entry, content, qkey);
            refined.push(Cand {
                entry: c.entry,
                score: c.score + bonus,
            });
        }
        let counted = match (phrases.phrases.is_empty(), left_to_check) {
            (true, _) => None,
            (false, false) => Some((total, true)),
            (false, true) => Some((held, !stopped)),
        };
        (refined, counted)
    }

    /// For a question asking how many of `counted`, [`rank::COUNTED`] to each of the first
    /// [`COUNTS_READ`] of `cands` (best first) that counts it in its key figures, summary or
    /// table; only those carrying a count are read.
    pub(super) fn count_bonus(&self, corpus: &Corpus, cands: &mut [Cand], counted: Option<&Word>) {
        let Some(noun) = counted else {
            return;
        };
        for c in cands.iter_mut().take(COUNTS_READ) {
            let carries = (self.index.traits.get(c.entry)).is_some_and(|t| t & traits::COUNT != 0);
            if carries && states_count(corpus.entry(c.entry), noun) {
                c.score += rank::COUNTED;
            }
        }
    }
}

/// `cands` in `order`, sorted a block at a time as they are read (the first block `first`
/// long, each next one four times the last): reading the best few of a long list sorts only
/// those. With an order that leaves no ties, they come in the order sorting them all gives.
fn in_order(
    mut cands: Vec<Cand>,
    order: &impl Fn(&Cand, &Cand) -> Ordering,
    first: usize,
) -> impl Iterator<Item = Cand> {
    let (mut read, mut sorted, mut block) = (0, 0, first.max(1));
    std::iter::from_fn(move || {
        if read == sorted {
            let rest = cands.get_mut(sorted..).filter(|r| !r.is_empty())?;
            let k = block.min(rest.len());
            if k < rest.len() {
                rest.select_nth_unstable_by(k - 1, order);
            }
            rest[..k].sort_unstable_by(order);
            sorted += k;
            block = block.saturating_mul(4);
        }
        let c = cands.get(read).copied();
        read += 1;
        c
    })
}

#[cfg(test)]
mod tests {
    use super::{Cand, in_order};

    proptest::proptest! {
        /// Read block by block, a list comes in the order sorting it whole gives, however
        /// much of it is read.
        #[test]
        fn read_in_order_as_sorted_whole(
            scores in proptest::collection::vec(0i64..5, 0..300),
            first in 0usize..40,
            read in 0usize..320,
        ) {
            let cands: Vec<Cand> = (scores.iter().enumerate())
                .map(|(entry, &score)| Cand { entry, score })
                .collect();
            let order = |a: &Cand, b: &Cand| b.score.cmp(&a.score).then(a.entry.cmp(&b.entry));
            let mut whole = cands.clone();
            whole.sort_by(order);
            let got: Vec<usize> = in_order(cands, &order, first).take(read).map(|c| c.entry).collect();
            let want: Vec<usize> = whole.iter().take(read).map(|c| c.entry).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }
}
