//! Two app windows on one data folder (a laptop with two terminals), on ratatui's
//! TestBackend: a bookmark removed in one stays removed when the other bookmarks something,
//! in either order, and each window's `b` list and ✓ marks follow what the other saved.

use crate::common;

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toli::app::action::Message;
use toli::app::keymap::key_action;
use toli::app::study::attach_store;
use toli::app::{App, update};
use toli::lang::Lang;
use toli::store::Store;

use common::{loaded, screen, sized};

/// An app window at 100×30 in English on the fixture corpus, its data in `dir`.
fn window(dir: &Path) -> App {
    let fx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let mut a = sized(loaded(vec![fx]), Lang::En, 100, 30);
    a.study.editor = None;
    attach_store(&mut a, Store::at(dir.to_path_buf()));
    a
}

fn press(a: &mut App, c: char) {
    let action = key_action(a, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        .unwrap_or_else(|| panic!("{c} is bound"));
    update(a, action);
}

/// `m` on the entry `id`.
fn bookmark(a: &mut App, id: &str) {
    common::open(a, id);
    press(a, 'm');
}

/// The clock's turn of the event loop.
fn tick(a: &mut App) {
    update(a, Message::Tick { now: 1 });
}

fn on_disk(dir: &Path) -> Vec<String> {
    let (b, _) = toli::store::bookmarks::Bookmarks::load(&Store::at(dir.to_path_buf()));
    b.items.into_iter().map(|b| b.id).collect()
}

fn text(a: &App) -> String {
    screen(a).backend().to_string()
}

/// The walk's C-2 and C-3: window B, open since before, lists what A bookmarked when `b`
/// opens; B removes one; A, still showing it, bookmarks another: the removed one stays out.
#[test]
fn a_removal_in_the_second_window_sticks_and_each_list_follows_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = window(dir.path());
    let mut b = window(dir.path());
    bookmark(&mut a, "it-park");
    bookmark(&mut a, "cluster");
    assert_eq!(on_disk(dir.path()), ["it-park", "cluster"]);

    press(&mut b, 'b');
    let list = text(&b);
    assert!(list.contains("Bookmarks (2)"), "{list}");
    assert!(list.contains("IT Park"), "{list}");
    press(&mut b, 'd');
    assert_eq!(on_disk(dir.path()), ["cluster"]);

    // A bookmarks something before its clock has turned: B's removal still sticks.
    bookmark(&mut a, "finding-1");
    assert_eq!(on_disk(dir.path()), ["cluster", "finding-1"]);
    // B's open list follows what A added, on its next turn.
    tick(&mut b);
    assert!(text(&b).contains("Bookmarks (2)"), "{}", text(&b));
}

/// The other order: the first window removes, the second (which listed it) adds; and the
/// ✓ on an entry goes when the other window removed its bookmark.
#[test]
fn a_removal_in_the_first_window_sticks_and_the_check_mark_follows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = window(dir.path());
    bookmark(&mut a, "it-park");
    bookmark(&mut a, "cluster");
    let mut b = window(dir.path());
    common::open(&mut b, "it-park");
    assert!(text(&b).contains("✓ bookmarked"), "{}", text(&b));

    common::open(&mut a, "it-park");
    press(&mut a, 'm');
    assert_eq!(on_disk(dir.path()), ["cluster"]);
    tick(&mut b);
    assert!(!text(&b).contains("✓ bookmarked"), "{}", text(&b));

    bookmark(&mut b, "finding-1");
    assert_eq!(on_disk(dir.path()), ["cluster", "finding-1"]);
    press(&mut a, 'b');
    assert!(text(&a).contains("Bookmarks (2)"), "{}", text(&a));
}
