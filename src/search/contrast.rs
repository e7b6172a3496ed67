//! A question comparing two things ("difference between a science park and an industrial
//! technology park", «X, Y хоёрын ялгаа») is answered best by an entry that contrasts them,
//! when there is one: an entry a named side links to, whose title, aliases, tags or summary
//! hold every word of the question and whose title or summary says it contrasts ("vs",
//! "distinct", «ялгаатай» …). It is named one step above the sides, whose own definitions
//! follow it.

use super::index::FIELDS;
use super::question::Question;
use super::strategy::Plan;
use super::{Field, SearchIndex, rank};
use crate::corpus::Corpus;
use crate::corpus::model::Entry;
use crate::lang::Lang;
use crate::text::fold;

/// Words by which a title or summary says it contrasts things, lower-cased. A word of the
/// text starting with one of them counts («ялгаатай», «харьцуулсан», "differs").
const CUES: &[&str] = &[
    "vs",
    "versus",
    "compared",
    "comparison",
    "contrast",
    "differ",
    "distinct",
    "unlike",
    "whereas",
    "ялгаа",
    "харьцуул",
];

impl SearchIndex {
    /// For a comparing question, names each entry that contrasts its sides (see the module
    /// doc) one step above the best-named side.
    pub(super) fn contrast_before_its_sides(
        &self,
        corpus: &Corpus,
        focus: &mut [u32],
        plan: &Plan,
        best: &[Vec<u32>],
        asked: &Question,
        ok: &[usize],
    ) {
        if !asked.compares || plan.content.len() < 2 {
            return;
        }
        let top = ok.iter().filter_map(|&e| focus.get(e)).copied().max();
        let Some(top) = top.filter(|&t| t > 0) else {
            return;
        };
        let sides: Vec<usize> = (ok.iter().copied())
            .filter(|&e| focus.get(e).is_some_and(|&f| f > 0))
            .collect();
        let holds_all = |e: usize| {
            plan.content.iter().all(|&i| {
                let p = best[i].get(e).copied().unwrap_or(0);
                p > 0
                    && matches!(
                        FIELDS[rank::unpack_place(p).0],
                        Field::Title | Field::Alias | Field::Tag | Field::Summary
                    )
            })
        };
        let mut contrasting: Vec<usize> = (sides.iter())
            .flat_map(|&s| corpus.links(s).iter().copied())
            .filter(|&c| ok.binary_search(&c).is_ok() && holds_all(c))
            .filter(|&c| says_it_contrasts(corpus.entry(c)))
            .collect();
        contrasting.sort_unstable();
        contrasting.dedup();
        for c in contrasting {
            if let Some(slot) = focus.get_mut(c) {
                *slot = (*slot).max(top + 1);
            }
        }
    }
}

/// Whether `e`'s title or summary, in either language, holds a word of [`CUES`].
fn says_it_contrasts(e: &Entry) -> bool {
    [Lang::En, Lang::Mn].into_iter().any(|l| {
        [e.title.show(l), e.summary.show(l)]
            .into_iter()
            .any(has_cue)
    })
}

fn has_cue(text: &str) -> bool {
    text.split(|c: char| !fold::is_word_char(c))
        .map(fold::lower)
        .any(|w| CUES.iter().any(|cue| w.starts_with(cue)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contrast_is_said_in_either_language() {
        assert!(has_cue("Diversification vs differentiation"));
        assert!(has_cue("three related but distinct upgrading routes"));
        assert!(has_cue("харилцан холбоотой боловч ялгаатай гурван зам"));
        assert!(!has_cue(
            "Start-ups, accelerators and incubators for corporate diversification"
        ));
        assert!(
            !has_cue("an individual study"),
            "a cue starts a word; it is not found inside one"
        );
    }
}
