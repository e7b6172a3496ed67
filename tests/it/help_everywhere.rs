//! The `?` help finds the keys that work everywhere (quit, search, bookmark, notes, present)
//! from any pane, on ratatui's TestBackend: it opens at the focused pane's keys with the
//! "everywhere" keys right after them, so paging down with Space reaches the bookmark key,
//! and marks on the border say there is more below (and, once scrolled, above).

use crate::common;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use toli::app::App;
use toli::app::state::{Overlay, Pane};
use toli::lang::Lang;

use common::{loaded, press, screen, sized};

fn app(lang: Lang, w: u16, h: u16) -> App {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    sized(loaded(vec![root]), lang, w, h)
}

fn text(a: &App) -> String {
    screen(a).backend().to_string()
}

fn scroll(a: &App) -> usize {
    match &a.overlay {
        Some(Overlay::Help { scroll }) => *scroll,
        other => panic!("help is not open: {other:?}"),
    }
}

/// Whether a row of `shown` lists `key` with its hint `hint` beside it.
fn lists(shown: &str, key: &str, hint: &str) -> bool {
    shown.lines().any(|row| {
        row.find(hint)
            .is_some_and(|at| row[..at].trim_end().ends_with(&format!(" {key}")))
    })
}

/// From each pane, at 80×24, in both languages: the help's first screen says there is more
/// below, and Space pages reach `m` (bookmark), `e` (note) and `q` (quit) before the help
/// ends — the "everywhere" keys come right after the focused pane's, not above where the help
/// opens. Scrolled, the top border says there is more above.
#[test]
fn paging_down_from_any_pane_reaches_the_keys_that_work_everywhere() {
    for lang in Lang::ALL {
        for focus in [Pane::Kinds, Pane::List, Pane::Entry] {
            let mut a = app(lang, 80, 24);
            common::open(&mut a, "cluster");
            match focus {
                Pane::Kinds => {
                    press(&mut a, KeyCode::Char('h'));
                    press(&mut a, KeyCode::Char('h'));
                }
                Pane::List => {
                    press(&mut a, KeyCode::Char('h'));
                }
                Pane::Entry => {}
            }
            assert_eq!(a.nav.focus, focus);
            press(&mut a, KeyCode::Char('?'));
            let first = text(&a);
            let heading = a.t(match focus {
                Pane::Kinds => "help-ctx-kinds",
                Pane::List => "help-ctx-list",
                Pane::Entry => "help-ctx-entry",
            });
            assert!(first.contains(&heading), "{lang:?} {focus:?}:\n{first}");
            assert!(
                first.contains(&a.t("help-more-below")),
                "{lang:?} {focus:?}: no mark says there is more below:\n{first}"
            );
            assert!(!first.contains(&a.t("help-more-above")), "{first}");
            let wanted = [
                ("m", a.t("hint-bookmark")),
                ("e", a.t("hint-note")),
                ("q,Ctrl-C", a.t("hint-quit")),
            ];
            let everywhere = a.t("help-ctx-global");
            let mut seen = String::new();
            let mut pages = 0;
            loop {
                let shown = text(&a);
                seen.push_str(&shown);
                if wanted.iter().all(|(k, h)| lists(&seen, k, h)) {
                    break;
                }
                let before = scroll(&a);
                press(&mut a, KeyCode::Char(' '));
                pages += 1;
                assert!(
                    scroll(&a) > before,
                    "{lang:?} {focus:?}: the help ended without {wanted:?}:\n{seen}"
                );
            }
            assert!(seen.contains(&everywhere), "{lang:?} {focus:?}");
            assert!(
                pages <= 2,
                "{lang:?} {focus:?}: {pages} pages to the bookmark key"
            );
            if pages > 0 {
                assert!(text(&a).contains(&a.t("help-more-above")), "{}", text(&a));
            }
        }
    }
}
