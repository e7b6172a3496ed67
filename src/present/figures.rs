//! The charts a tour step shows over it: the ids its `figures` lists that name figure entries,
//! in that order, each once. The presenter's `f` goes through them and a tour's handout prints
//! them, so one list in the tour file drives both.

use crate::corpus::Corpus;
use crate::corpus::model::{Kind, KindFields};

/// The figures among `ids` (a step's `figures`), in order and each once, leaving out the step's
/// own entry `step` and ids that name no figure (`toli check` reports those).
pub fn shown(corpus: &Corpus, step: Option<usize>, ids: &[String]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for id in ids {
        if let Some(i) = corpus.index_of(id)
            && Some(i) != step
            && corpus.entry(i).kind == Kind::Figure
            && !out.contains(&i)
        {
            out.push(i);
        }
    }
    out
}

/// The figures shown at the steps of tour `tour` that name entry `index`, in step order, each
/// once (a tour may come back to an entry).
pub fn shown_with(corpus: &Corpus, tour: usize, index: usize) -> Vec<usize> {
    let KindFields::Tour { steps } = &corpus.entry(tour).fields else {
        return Vec::new();
    };
    let mut out: Vec<usize> = Vec::new();
    for s in steps
        .iter()
        .filter(|s| corpus.index_of(&s.entry) == Some(index))
    {
        for f in shown(corpus, Some(index), &s.figures) {
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};

    #[test]
    fn a_step_shows_the_figures_it_lists_in_order_and_only_figures() {
        let corpus = load(&Sources::builtin()).corpus;
        let idx = |id: &str| corpus.index_of(id).expect(id);
        let step = idx("it-park");
        let ids: Vec<String> = [
            "fig-it-park-revenue",
            "cluster",
            "no-such-entry",
            "fig-ict-service-exports",
            "fig-it-park-revenue",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            shown(&corpus, Some(step), &ids),
            [idx("fig-it-park-revenue"), idx("fig-ict-service-exports")]
        );
        let own = idx("fig-industrial-technology-parks");
        assert!(
            shown(
                &corpus,
                Some(own),
                &["fig-industrial-technology-parks".into()]
            )
            .is_empty(),
            "a figure step does not show itself over itself"
        );
        assert!(
            shown(&corpus, Some(step), &[]).is_empty(),
            "none listed: none"
        );
    }

    #[test]
    fn the_sti_tour_shows_the_charts_its_text_names_at_their_steps() {
        let corpus = load(&Sources::builtin()).corpus;
        let idx = |id: &str| corpus.index_of(id).expect(id);
        let tour = idx("tour-sti-parks-mongolia");
        let at = |step: &str| -> Vec<&str> {
            shown_with(&corpus, tour, idx(step))
                .into_iter()
                .map(|f| corpus.id(f))
                .collect()
        };
        assert_eq!(
            at("finding-stem-graduates-13-9-percent"),
            ["fig-graduates-by-field-2023"]
        );
        assert_eq!(
            at("finding-ict-service-exports-gap"),
            ["fig-ict-service-exports"]
        );
        assert_eq!(at("it-park"), ["fig-it-park-revenue"]);
        // Step 2 cites the report's Figures 9 and 12: the table of what the report says of them.
        assert_eq!(
            at("finding-rd-expenditure-0-1-percent-gdp"),
            ["fig-mongolia-rd-indicators"]
        );
        assert!(at("unctad-finding-1").is_empty(), "its text names no chart");
    }
}
