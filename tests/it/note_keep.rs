//! Nothing a reader writes in a note is lost, on ratatui's
//! TestBackend: two app windows on one data folder each saving the same note merge their
//! changes against the note as each editor opened it: the shared text once, each
//! window's changes, and where both changed the same place both versions between marking
//! lines, this window's first; the status line says which happened. A window shows a
//! note another window saved; the external editor's save is as careful; and the built-in
//! editor's PgUp, PgDn, Ctrl-Home and Ctrl-End reach every part of a long note; a save that
//! fails keeps what was typed for the next `e`, and for the app's end. The draft saved when a
//! signal ends the app is in `note_keep_tmux`.

use crate::common;

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toli::app::action::{Edited, Message};
use toli::app::keymap::key_action;
use toli::app::state::Overlay;
use toli::app::study::attach_store;
use toli::app::{Action, App, update};
use toli::lang::Lang;
use toli::store::Store;

use common::{loaded, screen, sized};

/// An app window at 80×24 on the fixture corpus, its notes in `dir`, the built-in editor.
fn window(lang: Lang, dir: &Path) -> App {
    let fx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let mut a = sized(loaded(vec![fx]), lang, 80, 24);
    a.study.editor = None;
    attach_store(&mut a, Store::at(dir.to_path_buf()));
    common::open(&mut a, "cluster");
    a
}

/// Presses a key as the event loop would.
fn key(a: &mut App, code: KeyCode, mods: KeyModifiers) {
    let action = key_action(a, KeyEvent::new(code, mods))
        .unwrap_or_else(|| panic!("{code:?} {mods:?} is bound"));
    update(a, action);
}

fn type_text(a: &mut App, text: &str) {
    for c in text.chars() {
        key(a, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn ctrl_s(a: &mut App) {
    key(a, KeyCode::Char('s'), KeyModifiers::CONTROL);
}

/// The clock's turn of the event loop (what reads notes changed on disk).
fn tick(a: &mut App) {
    update(a, Message::Tick { now: 1 });
}

fn note_file(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("notes/cluster.md")).expect("the note")
}

fn shown(a: &App) -> String {
    screen(a).backend().to_string()
}

const A: &str = "A: анхны тэмдэглэл";
const B: &str = "B: хоёр дахь хүний тэмдэглэл";

/// Opens the editor and writes `text` in place of the note's first line (Ctrl-Home, Ctrl-K).
fn rewrite_first_line(w: &mut App, text: &str) {
    type_text(w, "e");
    key(w, KeyCode::Home, KeyModifiers::CONTROL);
    key(w, KeyCode::Char('k'), KeyModifiers::CONTROL);
    type_text(w, text);
}

/// The walk's steps: two windows open the editor on one note and each rewrites its line; b
/// saves, then a. Both texts are in the file, a's first, marked; a says so and shows the
/// file; b shows it after its next turn, in the entry view and in the `E` list; b's next save
/// starts from it and loses nothing.
#[test]
fn two_windows_saving_one_note_keep_both_texts() {
    let dir = tempfile::tempdir().expect("tempdir");
    toli::store::notes::save(&Store::at(dir.path().into()), "cluster", "хуучин\n").expect("save");
    let mut a = window(Lang::Mn, dir.path());
    let mut b = window(Lang::Mn, dir.path());
    rewrite_first_line(&mut a, A);
    rewrite_first_line(&mut b, B);
    ctrl_s(&mut b);
    assert_eq!(note_file(dir.path()), format!("{B}\n"));
    // a learns of it while typing.
    tick(&mut a);
    assert!(matches!(a.overlay, Some(Overlay::Note(_))));
    let told = a.status.notice.clone().unwrap_or_default();
    assert!(
        told.starts_with("Энэ тэмдэглэлийг өөр цонхонд дөнгөж сая хадгаллаа"),
        "{told}"
    );
    ctrl_s(&mut a);
    let both = format!(
        "--- Энэ toli цонхонд хадгалсан ---\n{A}\n--- Өөр toli цонхонд хадгалсан ---\n{B}\n--- Хоёр хувилбарын төгсгөл ---\n"
    );
    assert_eq!(note_file(dir.path()), both);
    let told = a.status.notice.clone().unwrap_or_default();
    assert!(
        told.starts_with("Энэ тэмдэглэлийг өөр цонхонд бас хадгалсан байна"),
        "{told}"
    );
    assert_eq!(a.study.notes.get("cluster"), Some(&both));
    let view = shown(&a);
    assert!(view.contains(&format!("│ {A}")), "{view}");
    assert!(view.contains(&format!("│ {B}")), "{view}");

    // b still shows its own text until its next turn reads the file.
    tick(&mut b);
    assert_eq!(b.study.notes.get("cluster"), Some(&both));
    let view = shown(&b);
    assert!(view.contains(&format!("│ {A}")), "{view}");
    type_text(&mut b, "E");
    let list = shown(&b);
    // The list shows the note's first line written, not the mark before a's text, and says
    // the note holds two versions.
    assert!(
        list.contains(&format!("✎ сонгох хоёр хувилбартай: {A}")),
        "{list}"
    );
    update(&mut b, Action::Escape);
    // b's next edit starts from what is on disk, and its save keeps all of it.
    // The editor opens on a fresh line after the note.
    type_text(&mut b, "e");
    type_text(&mut b, "нэмэлт");
    ctrl_s(&mut b);
    assert_eq!(note_file(dir.path()), format!("{}нэмэлт\n", both));
    assert_eq!(b.status.notice.as_deref(), Some("Тэмдэглэл хадгалагдлаа"));
}

/// Walks 13 and 24 (C1, C-5): the note has 27 lines; each window adds a line at its end, b
/// saves, then a. The 27 lines stay once, the two added lines follow one after the other,
/// b's (saved first) on top, with no marking lines, and a says the changes were merged.
#[test]
fn lines_added_in_two_windows_keep_the_shared_note_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shared: String = (1..=27)
        .map(|n| format!("Мөр {n}: хамтын санхүүжилтийн жишээ — Литвийн ваучер.\n"))
        .collect();
    toli::store::notes::save(&Store::at(dir.path().into()), "cluster", &shared).expect("save");
    let mut a = window(Lang::Mn, dir.path());
    let mut b = window(Lang::Mn, dir.path());
    for (w, line) in [(&mut a, "A цонх: нэмэлт"), (&mut b, "B цонх: өөр нэмэлт")]
    {
        type_text(w, "e");
        key(w, KeyCode::End, KeyModifiers::CONTROL);
        type_text(w, line);
    }
    ctrl_s(&mut b);
    ctrl_s(&mut a);
    let file = note_file(dir.path());
    assert_eq!(
        file,
        format!("{shared}B цонх: өөр нэмэлт\nA цонх: нэмэлт\n"),
        "{file}"
    );
    let told = a.status.notice.clone().unwrap_or_default();
    assert_eq!(
        told,
        "Энэ тэмдэглэлийг өөр цонхонд бас хадгалсан байна: тэр цонхны болон таны өөрчлөлтийг нэгтгэлээ"
    );
    assert_eq!(a.study.notes.get("cluster"), Some(&file));
}

/// Changes in different places of the note merge without marks, and the status line says
/// the changes were merged: a rewrote the first line, b added one at the end.
#[test]
fn changes_in_different_places_merge_and_say_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().into());
    toli::store::notes::save(&store, "cluster", "one\ntwo\nthree\n").expect("save");
    let mut a = window(Lang::En, dir.path());
    let mut b = window(Lang::En, dir.path());
    type_text(&mut a, "e");
    key(&mut a, KeyCode::Home, KeyModifiers::CONTROL);
    type_text(&mut a, "A: ");
    type_text(&mut b, "e");
    key(&mut b, KeyCode::End, KeyModifiers::CONTROL);
    type_text(&mut b, "B: added");
    ctrl_s(&mut b);
    ctrl_s(&mut a);
    let file = note_file(dir.path());
    assert!(file.starts_with("A: one\ntwo\nthree\nB: added"), "{file:?}");
    assert!(!file.contains("---"), "{file:?}");
    assert_eq!(
        a.status.notice.as_deref(),
        Some("Another window had saved this note too: its changes and yours are merged")
    );
    assert_eq!(a.study.notes.get("cluster"), Some(&file));
}

/// A window that changed nothing, or emptied the note, leaves the other window's text as it
/// is and shows it; in English too.
#[test]
fn a_save_that_adds_nothing_keeps_the_other_window_s_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    toli::store::notes::save(&Store::at(dir.path().into()), "cluster", "old\n").expect("save");
    let mut a = window(Lang::En, dir.path());
    let mut b = window(Lang::En, dir.path());
    type_text(&mut a, "e");
    type_text(&mut b, "e");
    // Backspace joins the fresh line the editor opens on to the note's last line.
    key(&mut b, KeyCode::Backspace, KeyModifiers::NONE);
    type_text(&mut b, " and new");
    ctrl_s(&mut b);
    // a saves its unchanged text.
    ctrl_s(&mut a);
    assert_eq!(note_file(dir.path()), "old and new\n");
    assert_eq!(
        a.status.notice.as_deref(),
        Some("Another window saved this note meanwhile: its text is kept as it is")
    );
    assert!(shown(&a).contains("│ old and new"), "{}", shown(&a));
    // a empties it, not knowing of another change: the other text stays.
    type_text(&mut a, "e");
    type_text(&mut b, "e");
    key(&mut b, KeyCode::Backspace, KeyModifiers::NONE);
    type_text(&mut b, "!");
    ctrl_s(&mut b);
    for _ in 0..="old and new".len() {
        key(&mut a, KeyCode::Backspace, KeyModifiers::NONE);
    }
    ctrl_s(&mut a);
    assert_eq!(note_file(dir.path()), "old and new!\n");
    assert!(shown(&a).contains("│ old and new!"), "{}", shown(&a));
}

/// The external editor changes a copy; when another window saved the note meanwhile, its save
/// merges the two against the note as the copy was made, as the built-in editor's does, and
/// the copy is gone.
#[test]
fn an_external_editor_s_save_keeps_a_text_saved_meanwhile() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().into());
    toli::store::notes::save(&store, "cluster", "old\nkept\nend\n").expect("save");
    let copy = toli::store::notes::EditCopy::new(&store, "cluster").expect("a copy");
    assert_eq!(copy.read.as_deref(), Some("old\nkept\nend\n"));
    assert_eq!(copy.path.file_name(), Some("cluster.md".as_ref()));
    assert_eq!(
        std::fs::read_to_string(&copy.path).expect("copy"),
        "old\nkept\nend\n"
    );
    // The reader writes in the copy while another window saves the note.
    std::fs::write(&copy.path, "old, mine\nkept\nend\n").expect("edit");
    toli::store::notes::save(&store, "cluster", "old\nkept\nend\ntheirs\n").expect("save");
    let mut a = window(Lang::En, dir.path());
    a.study.editor = Some("vi".into());
    let edited = Ok(Edited {
        read: copy.read.clone(),
        text: copy.text().expect("read back"),
        copy: None,
    });
    let folder = copy.path.parent().expect("folder").to_path_buf();
    drop(copy);
    assert!(!folder.exists(), "the copy's folder goes with it");
    let id = "cluster".to_string();
    update(&mut a, Message::NoteEdited { id, edited });
    assert_eq!(note_file(dir.path()), "old, mine\nkept\nend\ntheirs\n");
    assert_eq!(
        a.status.notice.as_deref(),
        Some("Another window had saved this note too: its changes and yours are merged")
    );
    // Left unchanged: nothing is written, and the note on disk is shown.
    toli::store::notes::save(&store, "cluster", "later\n").expect("save");
    let edited = Ok(Edited {
        read: Some("old\n".into()),
        text: "old\n".into(),
        copy: None,
    });
    let id = "cluster".to_string();
    update(&mut a, Message::NoteEdited { id, edited });
    assert_eq!(note_file(dir.path()), "later\n");
    assert_eq!(
        a.study.notes.get("cluster").map(String::as_str),
        Some("later\n")
    );
}

/// A note changed on disk while the entry is shown (another window, a text editor) shows in
/// the entry view after the loop's next turn, and a note removed there goes.
#[test]
fn a_note_changed_on_disk_shows_on_the_next_turn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().into());
    toli::store::notes::save(&store, "cluster", "first\n").expect("save");
    let mut a = window(Lang::En, dir.path());
    assert!(shown(&a).contains("│ first"));
    // Written in place, as some editors do (the folder itself does not change).
    std::fs::write(dir.path().join("notes/cluster.md"), "second, longer\n").expect("write");
    tick(&mut a);
    assert!(shown(&a).contains("│ second, longer"), "{}", shown(&a));
    std::fs::remove_file(dir.path().join("notes/cluster.md")).expect("rm");
    tick(&mut a);
    assert!(!shown(&a).contains("My note"), "{}", shown(&a));
    assert!(a.study.notes.is_empty());
}

/// In the built-in editor PgUp and PgDn move a screenful of rows and Ctrl-Home and Ctrl-End
/// go to the note's start and end (40 presses of ↑ did not reach the top
/// of a 28-paragraph note); the text typed there is saved there.
#[test]
fn page_keys_and_ctrl_home_reach_the_top_of_a_long_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paragraphs: String = (1..=28)
        .map(|n| {
            format!(
                "Мөр {n}: урт тэмдэглэлийн туршилт — ишлэл, тоо баримт 120 компани, 43 ажилтан.\n"
            )
        })
        .collect();
    toli::store::notes::save(&Store::at(dir.path().into()), "cluster", &paragraphs).expect("save");
    let mut a = window(Lang::Mn, dir.path());
    type_text(&mut a, "e");
    let row = |a: &App| match &a.overlay {
        Some(Overlay::Note(ed)) => ed.row,
        _ => panic!("the editor is open"),
    };
    assert_eq!(row(&a), 28, "opened on a fresh line after the note");
    key(&mut a, KeyCode::PageUp, KeyModifiers::NONE);
    let after_one = row(&a);
    assert!(
        after_one < 28 && after_one > 15,
        "a screenful up: {after_one}"
    );
    key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(row(&a), 28, "and back down");
    key(&mut a, KeyCode::Home, KeyModifiers::CONTROL);
    assert_eq!(row(&a), 0);
    let top = shown(&a);
    assert!(
        top.contains("Мөр 1: урт"),
        "the note's start is on screen:\n{top}"
    );
    type_text(&mut a, "Эхэнд: ");
    key(&mut a, KeyCode::End, KeyModifiers::CONTROL);
    assert_eq!(row(&a), 28);
    key(&mut a, KeyCode::Backspace, KeyModifiers::NONE);
    type_text(&mut a, " Төгсгөлд.");
    ctrl_s(&mut a);
    let saved = note_file(dir.path());
    assert!(saved.starts_with("Эхэнд: Мөр 1: урт"), "{saved}");
    assert!(saved.ends_with("43 ажилтан. Төгсгөлд.\n"), "{saved}");
}

/// Puts a file where the notes folder of `dir` is (its note moved aside): every save of a
/// note fails, whoever runs the test. Returns what puts the folder back.
fn break_notes(dir: &Path) -> impl Fn() {
    let notes = dir.join("notes");
    let away = dir.join("notes.away");
    if notes.exists() {
        std::fs::rename(&notes, &away).expect("move the notes aside");
    } else {
        std::fs::create_dir_all(&away).expect("mkdir");
    }
    std::fs::write(&notes, "not a folder").expect("a file in its place");
    move || {
        std::fs::remove_file(&notes).expect("rm");
        std::fs::rename(&away, &notes).expect("put the notes back");
    }
}

/// The editor open now: its text.
fn editor_text(a: &App) -> String {
    match &a.overlay {
        Some(Overlay::Note(ed)) => ed.text(),
        _ => panic!("the editor is open"),
    }
}

/// A save that fails keeps what was typed: the entry view shows it, a reload of
/// the notes does not replace it with the note on disk, and the next `e` opens it — not the
/// note on disk — so that, the folder put right, Ctrl-S saves it. The built-in editor.
#[test]
fn a_note_whose_save_failed_opens_again_with_what_was_typed() {
    let dir = tempfile::tempdir().expect("tempdir");
    toli::store::notes::save(&Store::at(dir.path().into()), "cluster", "old\n").expect("save");
    let mut a = window(Lang::En, dir.path());
    type_text(&mut a, "e");
    key(&mut a, KeyCode::Backspace, KeyModifiers::NONE);
    type_text(&mut a, " and mine");
    let repair = break_notes(dir.path());
    ctrl_s(&mut a);
    let told = a.status.notice.clone().unwrap_or_default();
    assert!(told.starts_with("Note not saved"), "{told}");
    assert!(a.overlay.is_none(), "Ctrl-S closes the editor");
    assert!(shown(&a).contains("│ old and mine"), "{}", shown(&a));
    repair();
    tick(&mut a);
    assert!(shown(&a).contains("│ old and mine"), "{}", shown(&a));
    type_text(&mut a, "e");
    assert_eq!(editor_text(&a), "old and mine\n");
    // Unsaved from the start: Esc warns first.
    update(&mut a, Action::Escape);
    assert!(matches!(a.overlay, Some(Overlay::Note(_))), "Esc warns");
    type_text(&mut a, "!");
    ctrl_s(&mut a);
    assert_eq!(note_file(dir.path()), "old and mine!\n");
    assert_eq!(a.status.notice.as_deref(), Some("Note saved"));
    assert!(toli::app::study::unsaved::of(&a, "cluster").is_none());
    // Saved, the next edit opens the note on disk again.
    std::fs::write(dir.path().join("notes/cluster.md"), "changed on disk\n").expect("write");
    tick(&mut a);
    type_text(&mut a, "e");
    assert_eq!(editor_text(&a), "changed on disk\n");
}

/// Over the text kept from a failed save, the built-in editor's second Esc — after the
/// warning that Esc discards it — lets it go: the entry shows the note on disk again and the
/// next `e` opens that; the copy in the temporary folder stays, with the text.
#[test]
fn the_second_esc_lets_a_kept_text_go_and_leaves_its_copy() {
    let dir = tempfile::tempdir().expect("tempdir");
    toli::store::notes::save(&Store::at(dir.path().into()), "cluster", "old\n").expect("save");
    let mut a = window(Lang::En, dir.path());
    type_text(&mut a, "e");
    key(&mut a, KeyCode::Backspace, KeyModifiers::NONE);
    type_text(&mut a, " and mine");
    let repair = break_notes(dir.path());
    ctrl_s(&mut a);
    repair();
    let copy = toli::app::study::unsaved::of(&a, "cluster").and_then(|k| k.copy.clone());
    let copy = copy.expect("a copy of the text is kept");
    type_text(&mut a, "e");
    update(&mut a, Action::Escape);
    assert_eq!(
        a.status.notice.as_deref(),
        Some(
            "Unsaved note: Ctrl-S saves it, Esc now discards the changes, Ctrl-C saves it and quits"
        )
    );
    update(&mut a, Action::Escape);
    assert!(a.overlay.is_none());
    assert!(shown(&a).contains("│ old"), "{}", shown(&a));
    assert!(!shown(&a).contains("and mine"), "{}", shown(&a));
    assert!(toli::app::study::unsaved::of(&a, "cluster").is_none());
    type_text(&mut a, "e");
    assert_eq!(editor_text(&a), "old\n");
    assert_eq!(
        std::fs::read_to_string(&copy).expect("kept"),
        "old and mine\n"
    );
    toli::store::edit_copy::discard(&copy);
}

/// The external editor's copy whose save failed is kept with the text, for the next `e` to
/// open (the event loop reopens it, `note_keep_tmux`); the save that then succeeds removes
/// it. When the app ends with the note still not saved, it is saved once more; failing, the
/// line for stderr names the copy that holds the text.
#[test]
fn an_external_editor_s_copy_whose_save_failed_is_kept_until_it_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::at(dir.path().into());
    toli::store::notes::save(&store, "cluster", "old\n").expect("save");
    let mut a = window(Lang::En, dir.path());
    a.study.editor = Some("vi".into());
    let copy = toli::store::notes::EditCopy::new(&store, "cluster").expect("a copy");
    std::fs::write(&copy.path, "old\nmine\n").expect("edit");
    let edited = |copy: &Path| {
        Ok(Edited {
            read: Some("old\n".into()),
            text: std::fs::read_to_string(copy).expect("the copy"),
            copy: Some(copy.to_path_buf()),
        })
    };
    let copy = copy.keep();
    let repair = break_notes(dir.path());
    let id = "cluster".to_string();
    update(
        &mut a,
        Message::NoteEdited {
            id,
            edited: edited(&copy),
        },
    );
    let kept = toli::app::study::unsaved::of(&a, "cluster").cloned();
    assert_eq!(kept.and_then(|k| k.copy), Some(copy.clone()));
    assert_eq!(std::fs::read_to_string(&copy).expect("kept"), "old\nmine\n");
    // The app ends now: the save fails again, and stderr names the copy.
    let told = toli::app::study::unsaved::at_exit(&a, None);
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(told[0].starts_with("Note not saved"), "{told:?}");
    assert_eq!(
        told[1],
        format!(
            "What you wrote in the note on cluster is in {}.",
            copy.display()
        )
    );
    // The folder put right, the reopened copy's save succeeds and removes it.
    repair();
    let id = "cluster".to_string();
    update(
        &mut a,
        Message::NoteEdited {
            id,
            edited: edited(&copy),
        },
    );
    assert_eq!(note_file(dir.path()), "old\nmine\n");
    assert!(!copy.exists(), "the copy goes once the note is saved");
    assert!(toli::app::study::unsaved::of(&a, "cluster").is_none());
    assert!(toli::app::study::unsaved::at_exit(&a, None).is_empty());
}

/// Ended with a note not saved, the app saves it once more when its folder is right again,
/// and says so.
#[test]
fn a_note_not_saved_is_saved_when_the_app_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = window(Lang::Mn, dir.path());
    type_text(&mut a, "e");
    type_text(&mut a, "мөр");
    let repair = break_notes(dir.path());
    ctrl_s(&mut a);
    let copy = toli::app::study::unsaved::of(&a, "cluster").and_then(|k| k.copy.clone());
    let copy = copy.expect("a copy of the text is kept");
    assert_eq!(std::fs::read_to_string(&copy).expect("kept"), "мөр\n");
    repair();
    let told = toli::app::study::unsaved::at_exit(&a, None);
    assert_eq!(
        told,
        ["Бичиж байсан «cluster» бичлэгийн тэмдэглэлийг toli хаагдахаас өмнө хадгаллаа."]
    );
    assert_eq!(note_file(dir.path()), "мөр\n");
    assert!(!copy.exists());
}
