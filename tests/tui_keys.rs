//! Issue 19 on ratatui's TestBackend: the status line's essentials at 80 columns, help paging,
//! facets that never strand the list, matrix jumps and return, theme notices, presenting cues and
//! the citation notice.

mod common;

use std::path::PathBuf;

use toli::app::state::Pane;
use toli::app::{Action, App, update};
use toli::lang::Lang;

use common::{keys, loaded, screen, sized};

fn app(lang: Lang, w: u16, h: u16) -> App {
    sized(loaded(vec![fixture()]), lang, w, h)
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

/// The last line of the drawn screen.
fn status(a: &App) -> String {
    let t = screen(a);
    let buf = t.backend().buffer();
    let y = buf.area.height - 1;
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

#[test]
fn status_line_at_80_columns_always_names_search_help_and_language() {
    for lang in [Lang::En, Lang::Mn] {
        let mut a = app(lang, 80, 24);
        for pane in [Pane::Kinds, Pane::List, Pane::Entry] {
            keys(&mut a, &[Action::FocusRight, Action::Open]);
            a.focus = pane;
            let s = status(&a);
            for key in ["/ ", "? ", "L "] {
                assert!(s.contains(key), "{lang:?} {pane:?}: {s}");
            }
            let first = toli::app::keymap::hints(match pane {
                Pane::Kinds => toli::app::keymap::Ctx::Kinds,
                Pane::List => toli::app::keymap::Ctx::List,
                Pane::Entry => toli::app::keymap::Ctx::Entry,
            })[0]
                .0
                .clone();
            assert!(
                s.trim_start().starts_with(&first),
                "the pane's first key leads: {s}"
            );
        }
        update(&mut a, Action::ToggleLang);
    }
}
