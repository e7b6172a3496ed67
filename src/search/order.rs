//! The order of results: best score first, equal scores by the shorter title, then in
//! alphabetical order of titles; and stages in their order: results that are stages of one
//! model and scored alike (within one tier, see [`super::rank`]) are listed by their position
//! in the model, so "cluster development stages" or "MCS хөтөлбөр" reads 1, 2, 3, 4.

use super::hits::Dress;
use super::{Cand, Found, SearchIndex, SearchOptions, rank};
use crate::corpus::Corpus;
use crate::corpus::model::Kind;
use crate::lang::Lang;

impl SearchIndex {
    /// Best score first; among equal scores the shorter title, then alphabetical order of
    /// titles in `lang`.
    pub(super) fn sort(&self, cands: &mut [Cand], corpus: &Corpus, lang: Lang) {
        cands.sort_unstable_by(self.order(corpus, lang));
    }

    /// The comparison [`SearchIndex::sort`] sorts by. Titles' ranks differ from entry to
    /// entry, so it leaves no ties: however a list is sorted, it comes out the same.
    pub(super) fn order<'a>(
        &'a self,
        corpus: &'a Corpus,
        lang: Lang,
    ) -> impl Fn(&Cand, &Cand) -> std::cmp::Ordering + 'a {
        let title_len = &self.index.title_len;
        let len = |c: &Cand| title_len.get(c.entry).copied().unwrap_or(0);
        let rank = move |c: &Cand| corpus.title_rank(c.entry, lang);
        move |a, b| {
            b.score
                .cmp(&a.score)
                .then(len(a).cmp(&len(b)))
                .then(rank(a).cmp(&rank(b)))
        }
    }

    /// A `kind:`-only query: the entries of the kind, in alphabetical order of titles.
    pub(super) fn list_kind(
        &self,
        corpus: &Corpus,
        n: usize,
        kind_ok: &impl Fn(usize) -> bool,
        opts: &SearchOptions,
    ) -> Found {
        let mut v: Vec<Cand> = (0..n)
            .filter(|&e| kind_ok(e))
            .map(|entry| Cand { entry, score: 0 })
            .collect();
        let total = v.len();
        let exact = true;
        v.sort_unstable_by_key(|c| corpus.title_rank(c.entry, opts.lang));
        v.truncate(opts.limit);
        let hits = (v.into_iter())
            .map(|c| {
                let dress = Dress {
                    detail: opts.detail,
                    shown: opts.lang,
                    figure: None,
                    noun: None,
                    counted_as: &[],
                    cyrillic: false,
                };
                self.hit(corpus, c, &[], &[], dress)
            })
            .collect();
        Found {
            hits,
            total,
            exact,
            complete: None,
            near_only: Vec::new(),
            read_as: None,
        }
    }
}

/// Reorders each run of adjacent stages of one model in `cands` (sorted best first) whose
/// scores are within a tier of the run's first, or apart only by what a question asks for
/// (one stage states a length of time, the next does not), by their position.
pub(super) fn stages_in_order(cands: &mut [Cand], corpus: &Corpus) {
    let model =
        |c: &Cand| (corpus.kind(c.entry) == Kind::Stage).then(|| corpus.head().order(c.entry).0);
    let mut start = 0;
    while start < cands.len() {
        let Some(first) = model(&cands[start]) else {
            start += 1;
            continue;
        };
        let top = cands[start].score;
        let end = (start + 1..cands.len())
            .find(|&i| {
                model(&cands[i]) != Some(first) || top - cands[i].score >= rank::WANTED + rank::TIER
            })
            .unwrap_or(cands.len());
        cands[start..end].sort_by_key(|c| corpus.head().order(c.entry).1);
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::load::{Sources, load};
    use crate::lang::Lang;
    use crate::search::{SearchIndex, SearchOptions};

    /// The stages of a model found together come in their order, in either language.
    #[test]
    fn stages_found_together_come_in_their_order() {
        let c = load(&Sources::builtin()).corpus;
        let ix = SearchIndex::build(&c);
        for (q, lang, model) in [
            ("MCS хөтөлбөр хэдэн сар", Lang::Mn, "mcs-business-park"),
            (
                "кластерийн хөгжлийн үе шат",
                Lang::Mn,
                "cluster-development-stages",
            ),
            (
                "cluster development stages",
                Lang::En,
                "cluster-development-stages",
            ),
        ] {
            let positions: Vec<u32> = ix
                .search(&c, q, &SearchOptions::in_lang(lang))
                .iter()
                .filter(|h| c.head().order(h.entry).0 == model)
                .map(|h| c.head().order(h.entry).1)
                .take(4)
                .collect();
            assert!(positions.len() >= 3, "{q}: {positions:?}");
            assert!(positions.is_sorted(), "{q}: {positions:?}");
        }
    }
}
