//! F1, the help from where `?` is typed: the search box, the note editor and the find bar, on
//! ratatui's TestBackend. The help lists the keys of where it was opened (from the key table,
//! as the status line's hints), their hint rows name F1, the help's status line offers paging only
//! when the keys do not fit, and closing it gives back the question or the note as it was.

use crate::common;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use toli::app::App;
use toli::app::keymap::{Ctx, hints_shown};
use toli::app::state::Overlay;
use toli::lang::Lang;

use common::{loaded, press, rows, sized};

fn app(lang: Lang, w: u16, h: u16) -> App {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    sized(loaded(vec![root]), lang, w, h)
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        press(a, KeyCode::Char(c));
    }
}

/// The search box with part of a question typed (a `?` in it), in `lang`.
fn searching(lang: Lang) -> App {
    let mut a = app(lang, 80, 24);
    press(&mut a, KeyCode::Char('/'));
    typed(
        &mut a,
        match lang {
            Lang::En => "what is a clus?",
            Lang::Mn => "кластер гэж юу вэ?",
        },
    );
    a
}

/// The note editor on `cluster` with a note begun, in `lang`, its store in `dir`.
fn noting(lang: Lang, dir: &std::path::Path) -> App {
    let mut a = app(lang, 80, 24);
    toli::app::study::attach_store(&mut a, toli::store::Store::at(dir.to_path_buf()));
    common::open(&mut a, "cluster");
    press(&mut a, KeyCode::Char('e'));
    assert!(
        matches!(a.overlay, Some(Overlay::Note(_))),
        "{:?}",
        a.overlay
    );
    typed(
        &mut a,
        match lang {
            Lang::En => "Ask who buys from whom?",
            Lang::Mn => "Хэн хэнээс юу авдаг вэ?",
        },
    );
    a
}

/// The status line (the screen's last row).
fn status(a: &App) -> String {
    rows(a).last().cloned().unwrap_or_default()
}

/// Whether the screen lists each of `ctx`'s keys with its hint (on one row, the hint after
/// the keys), and no other context's heading.
fn lists_only(a: &App, shown: &str, ctx: Ctx) {
    for (keys, hint) in hints_shown(ctx, a.settings.lang) {
        let hint = a.t(hint);
        assert!(
            shown.lines().any(|row| row
                .find(&format!(" {keys} "))
                .is_some_and(|at| row[at..].contains(&hint))),
            "{ctx:?}: {keys} {hint} not listed:\n{shown}"
        );
    }
    for other in Ctx::ALL.into_iter().filter(|c| *c != ctx) {
        let heading = a.t(other.title_id());
        assert!(
            !(shown.lines().flat_map(|row| row.split('│'))).any(|c| c.trim() == heading),
            "{other:?} listed over {ctx:?}:\n{shown}"
        );
    }
}

/// F1 in the search box, both languages at 80×24: the help over it lists the search box's
/// keys, ↑ for the last search among them, and fits, so its status line offers no paging;
/// the search box's own status line names F1 first. `?` is typed into the question.
#[test]
fn f1_in_the_search_box_lists_its_keys() {
    for lang in Lang::ALL {
        let mut a = searching(lang);
        let hints = status(&a);
        assert!(
            hints
                .trim_start()
                .starts_with(&format!("F1 {}", a.t("hint-help"))),
            "{lang:?}: the search box's hints name F1 first: {hints}"
        );
        press(&mut a, KeyCode::F(1));
        assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
        let shown = rows(&a).join("\n");
        lists_only(&a, &shown, Ctx::Search);
        assert!(shown.contains(&a.t("hint-up-last-search")), "{shown}");
        let hints = status(&a);
        for paging in ["hint-page-down", "hint-scroll-down", "hint-top"] {
            assert!(
                !hints.contains(&a.t(paging)),
                "{lang:?}: the help fits, yet the status line offers {paging}: {hints}"
            );
        }
        assert!(hints.contains(&a.t("hint-close")), "{hints}");
        insta::assert_snapshot!(
            format!("help_from_search_{}_80x24", lang.code()),
            common::screen(&a).backend()
        );
    }
}

/// F1 in the note editor, both languages at 80×24: the help over it lists the editor's keys
/// (Ctrl-W, Ctrl-U/K, Ctrl-Z/Y, Alt-b/f, save, cancel …); they do not fit, so its status
/// line offers paging, and paging reaches them all. The editor's key rows name F1.
#[test]
fn f1_in_the_note_editor_lists_its_keys() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = noting(lang, dir.path());
        let help = format!("F1 {}", a.t("hint-help"));
        assert!(
            rows(&a).iter().any(|r| r.contains(&help)),
            "{lang:?}: the editor names F1:\n{}",
            rows(&a).join("\n")
        );
        press(&mut a, KeyCode::F(1));
        assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
        insta::assert_snapshot!(
            format!("help_from_note_{}_80x24", lang.code()),
            common::screen(&a).backend()
        );
        let hints = status(&a);
        assert!(
            hints.contains(&format!(" {}", a.t("hint-page-down"))),
            "{lang:?}: the help does not fit, yet no paging is offered: {hints}"
        );
        let mut seen = rows(&a).join("\n");
        for _ in 0..5 {
            press(&mut a, KeyCode::PageDown);
            seen.push('\n');
            seen.push_str(&rows(&a).join("\n"));
        }
        lists_only(&a, &seen, Ctx::NoteEditor);
    }
}

/// F1 in the find bar (Ctrl-F in an entry, both languages at 80×24): the help lists the find
/// bar's keys alone, from its top, without the panes' lines about typing (it
/// opened the whole help scrolled to the find bar's section, under those lines); closing it
/// gives back the find as it was typed.
#[test]
fn f1_in_the_find_bar_lists_its_keys() {
    use crossterm::event::{KeyEvent, KeyModifiers};
    for lang in Lang::ALL {
        let mut a = app(lang, 80, 24);
        common::open(&mut a, "cluster");
        let ctrl_f = KeyEvent::new(KeyCode::Char('f'), KeyModifiers::CONTROL);
        let find = toli::app::keymap::key_action(&a, ctrl_f).expect("Ctrl-F is bound");
        toli::app::update(&mut a, find);
        typed(&mut a, "clust");
        let before = status(&a);
        press(&mut a, KeyCode::F(1));
        assert!(matches!(a.overlay, Some(Overlay::Help { scroll: 0, .. })));
        let shown = rows(&a).join("\n");
        lists_only(&a, &shown, Ctx::FindBar);
        let typing = a.t(toli::ui::help::TYPING[0]);
        assert!(!shown.contains(&typing), "{lang:?}: {shown}");
        press(&mut a, KeyCode::Esc);
        assert!(a.overlay.is_none());
        assert_eq!(status(&a), before, "{lang:?}: the find comes back as typed");
    }
}
