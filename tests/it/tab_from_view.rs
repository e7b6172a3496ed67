//! Tab and Shift-Tab start from what the reader is looking at: the find bar's match, or the
//! view after scrolling, not the link chosen (or the first one) at the top of the entry.

use crossterm::event::KeyCode;
use toli::app::Action;
use toli::app::reading::current_doc;
use toli::lang::Lang;
use toli::markdown::render::Target;

use crate::common::{keys, open, press, rows, shipped, sized};

/// The entry the selected link opens.
fn selected_target(a: &toli::app::App) -> Option<String> {
    let (doc, _) = current_doc(a)?;
    match doc.targets.get(a.reading.link?)? {
        Target::Entry(id) => Some(id.clone()),
        _ => None,
    }
}

/// A coach at 80×24 finds a "linked from" item at the end of the sea-buckthorn case with
/// Ctrl-F and presses Tab: the link on the match's line is chosen and stays on screen.
#[test]
fn tab_after_a_find_chooses_the_link_at_the_match() {
    let mut a = sized(shipped(), Lang::Mn, 80, 24);
    open(&mut a, "sea-buckthorn-cluster");
    // A link chosen near the top before reading on, as the walk's coach had.
    press(&mut a, KeyCode::Tab);
    let first = selected_target(&a);
    press(&mut a, KeyCode::Char('G'));
    keys(&mut a, &[Action::OpenFind]);
    keys(
        &mut a,
        &[Action::Paste("платформд шинэ".into()), Action::Open],
    );
    press(&mut a, KeyCode::Tab);
    assert_eq!(
        selected_target(&a).as_deref(),
        Some("sbt-finding-research-gaps"),
        "the first Tab after the find (before it: {first:?})"
    );
    let screen = rows(&a).join("\n");
    assert!(
        screen.contains("платформд шинэ"),
        "the match stays on screen:\n{screen}"
    );
}

/// Scrolled down with a link chosen at the top, Tab takes the first link on screen and
/// Shift-Tab the last one on screen; with a link on screen chosen, Tab steps from it.
#[test]
fn tab_after_scrolling_starts_from_the_view() {
    for lang in [Lang::Mn, Lang::En] {
        let mut a = sized(shipped(), lang, 80, 24);
        open(&mut a, "sea-buckthorn-cluster");
        press(&mut a, KeyCode::Tab);
        let top_link = a.reading.link.expect("a link at the top");
        for _ in 0..3 {
            press(&mut a, KeyCode::PageDown);
        }
        let (doc, rect) = current_doc(&a).expect("entry");
        let view = a.reading.scroll..a.reading.scroll + rect.height as usize;
        let on_screen: Vec<usize> = (0..doc.targets.len())
            .filter(|&l| doc.link_line(l).is_some_and(|x| view.contains(&x)))
            .collect();
        assert!(on_screen.len() >= 2, "{lang:?}: links on the third page");
        assert!(!on_screen.contains(&top_link), "{lang:?}: scrolled past it");
        press(&mut a, KeyCode::Tab);
        assert_eq!(a.reading.link, on_screen.first().copied(), "{lang:?}: Tab");
        assert!(
            view.contains(&a.reading.scroll),
            "{lang:?}: no jump back up"
        );
        press(&mut a, KeyCode::Tab);
        assert_eq!(
            a.reading.link,
            on_screen.get(1).copied(),
            "{lang:?}: on from it"
        );
        let mut a = sized(shipped(), lang, 80, 24);
        open(&mut a, "sea-buckthorn-cluster");
        press(&mut a, KeyCode::Tab);
        for _ in 0..3 {
            press(&mut a, KeyCode::PageDown);
        }
        press(&mut a, KeyCode::BackTab);
        assert_eq!(
            a.reading.link,
            on_screen.last().copied(),
            "{lang:?}: Shift-Tab"
        );
    }
}
