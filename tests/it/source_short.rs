//! The source line under an entry's title names who published the source and when, short
//! («НҮБХХБХ, 2025»), then the place in it, in both languages; it is the link to the source.

use crossterm::event::KeyCode;
use toli::lang::Lang;

use crate::common::{open, press, rows, shipped, sized};

/// The walk's official reading the planned capacities of the parks at 80×24.
#[test]
fn the_entry_header_names_who_and_when_first() {
    for (lang, said) in [
        (Lang::Mn, "Эх сурвалж: НҮБХХБХ, 2025 — "),
        (Lang::En, "Source: UNCTAD, 2025 — "),
    ] {
        let mut a = sized(shipped(), lang, 80, 24);
        open(&mut a, "fig-itp-planned-capacities");
        let screen = rows(&a).join("\n");
        assert!(screen.contains(said), "{lang:?}:\n{screen}");
        // The short form is the link to the source: the first Tab, then Enter.
        press(&mut a, KeyCode::Tab);
        press(&mut a, KeyCode::Enter);
        let shown = a.current().map(|e| a.corpus.entry(e).id.clone());
        assert_eq!(shown.as_deref(), Some("src-unctad-2025"), "{lang:?}");
    }
}
