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
        Some(Overlay::Help { scroll, .. }) => *scroll,
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

/// `?` over a list — the bookmarks (`b`), the notes (`E`), the matrix (`X`), the facets (`f`)
/// and the problems (`!`) — lists that list's keys and no others, from the key table as the status
/// line's hints are, in both languages (the snapshot below shows the list under the help); closing the help
/// (Esc, `?` or `q`) goes back to the list with the same row chosen.
#[test]
fn help_over_a_list_lists_its_keys_and_closes_back_to_it() {
    use toli::app::keymap::{Ctx, hints_shown};
    use toli::app::state::OverlayKind;
    // Every window, each named: a new one is listed here or said to be tested elsewhere.
    let windows: Vec<(char, OverlayKind, Ctx)> = (common::overlays::all().iter())
        .filter_map(|&kind| match kind {
            OverlayKind::Bookmarks => Some(('b', kind, Ctx::Bookmarks)),
            OverlayKind::Recent => Some(('H', kind, Ctx::Recent)),
            OverlayKind::Notes => Some(('E', kind, Ctx::NotesList)),
            OverlayKind::Matrix => Some(('X', kind, Ctx::Matrix)),
            OverlayKind::Facets => Some(('f', kind, Ctx::Facets)),
            OverlayKind::Problems => Some(('!', kind, Ctx::Problems)),
            // The help itself; the search box and the note editor, where `?` is typed
            // (help_inputs.rs); the citation, which closes on any key.
            OverlayKind::Help | OverlayKind::Search | OverlayKind::Note | OverlayKind::Citation => {
                None
            }
        })
        .collect();
    for lang in Lang::ALL {
        for &(opens, kind, ctx) in &windows {
            for close in [KeyCode::Esc, KeyCode::Char('?'), KeyCode::Char('q')] {
                let dir = tempfile::tempdir().expect("tempdir");
                let mut a = app(lang, 80, 24);
                toli::app::study::attach_store(
                    &mut a,
                    toli::store::Store::at(dir.path().to_path_buf()),
                );
                for id in ["it-park", "cluster"] {
                    common::open(&mut a, id);
                    press(&mut a, KeyCode::Char('m'));
                    assert!(toli::app::study::save_note(&mut a, id, None, "A note\n"));
                }
                press(&mut a, KeyCode::Char(opens));
                press(&mut a, KeyCode::Char('j'));
                let list = a.overlay.clone();
                assert_eq!(list.as_ref().map(OverlayKind::from), Some(kind), "{opens}");
                press(&mut a, KeyCode::Char('?'));
                assert!(
                    matches!(a.overlay, Some(Overlay::Help { .. })),
                    "{lang:?} {opens}: ? opened no help"
                );
                let shown = text(&a);
                // The help opens at the list's own keys, under the list's heading, and lists
                // every one of them.
                let heading = a.t(ctx.title_id());
                let first_heading = shown
                    .lines()
                    .flat_map(|row| row.split('│'))
                    .find_map(|cell| {
                        (Ctx::ALL.into_iter())
                            .map(|c| a.t(c.title_id()))
                            .find(|h| cell.trim() == h)
                    })
                    .unwrap_or_default();
                assert_eq!(first_heading, heading, "{lang:?} {opens}:\n{shown}");
                let mut seen = shown.clone();
                let keys: Vec<(String, String)> = (hints_shown(ctx, lang).into_iter())
                    .map(|(k, h)| (k, a.t(h)))
                    .collect();
                let all_listed = |seen: &str| keys.iter().all(|(k, h)| lists(seen, k, h));
                while !all_listed(&seen) {
                    let before = scroll(&a);
                    press(&mut a, KeyCode::PageDown);
                    assert!(
                        scroll(&a) > before,
                        "{lang:?} {opens}: keys missing:\n{seen}"
                    );
                    seen.push_str(&text(&a));
                }
                // Only the list's: the panes' keys ("everywhere" ones included) do not work
                // in it.
                press(&mut a, KeyCode::End);
                seen.push_str(&text(&a));
                for other in Ctx::ALL.into_iter().filter(|c| *c != ctx) {
                    let heading = a.t(other.title_id());
                    assert!(
                        !(seen.lines().flat_map(|row| row.split('│'))).any(|c| c.trim() == heading),
                        "{lang:?} {opens}: {other:?} listed over the list:\n{seen}"
                    );
                }
                press(&mut a, close);
                assert_eq!(
                    format!("{:?}", a.overlay),
                    format!("{list:?}"),
                    "{lang:?} {opens} {close:?}: closing the help did not go back to the list"
                );
            }
        }
    }
}

/// The help over the bookmarks, at 80×24 in both languages: the bookmarks' keys, the list
/// under it.
#[test]
fn help_over_the_bookmarks_snapshots() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = app(lang, 80, 24);
        toli::app::study::attach_store(&mut a, toli::store::Store::at(dir.path().to_path_buf()));
        common::open(&mut a, "it-park");
        press(&mut a, KeyCode::Char('m'));
        press(&mut a, KeyCode::Char('b'));
        press(&mut a, KeyCode::Char('?'));
        insta::assert_snapshot!(
            format!("help_over_bookmarks_{}_80x24", lang.code()),
            screen(&a).backend()
        );
        // Every small size draws it without a panic, the box no taller than the screen.
        for w in 0..24 {
            for h in 0..8 {
                a.size = (w, h);
                let _ = screen(&a);
            }
        }
    }
}
