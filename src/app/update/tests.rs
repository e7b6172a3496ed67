//! The one door's own tests: effects for the event loop, and what the editor and the clock
//! report coming in as messages.

use super::*;
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::settings::ThemeName;
use crate::corpus::Corpus;
use crate::lang::Lang;

fn app() -> App {
    App::new(Corpus::default(), Lang::En, ThemeName::Dark, false)
}

#[test]
fn quitting_and_the_mouse_are_effects_for_the_event_loop() {
    let mut a = app();
    assert_eq!(update(&mut a, Action::Quit), vec![Effect::Quit]);
    assert_eq!(
        update(&mut a, Action::ToggleMouse),
        vec![Effect::CaptureMouse(false)]
    );
    assert!(!a.settings.mouse);
    assert_eq!(update(&mut a, Action::Down), Effects::new());
}

#[test]
fn what_the_editor_and_the_clock_report_comes_in_through_update() {
    use crate::app::action::Edited;
    use crate::app::study::NoteEditFailure;
    use crate::store::{Cause, SaveError, Store};
    let mut a = app();
    let dir = tempfile::tempdir().expect("tempdir");
    crate::app::study::attach_store(&mut a, Store::at(dir.path().to_path_buf()));
    let told = |a: &mut App, edited: Result<Edited, NoteEditFailure>| {
        let id = "x".to_string();
        let effects = update(a, Message::NoteEdited { id, edited });
        assert!(effects.is_empty());
        a.status.notice.clone().unwrap_or_default()
    };
    // Why the editor could not be used, in plain words, never the system's.
    let failure = NoteEditFailure::Editor("vi".into());
    assert_eq!(
        told(&mut a, Err(failure)),
        "Could not start the editor “vi”: check VISUAL or EDITOR in your shell's settings"
    );
    let note = std::path::Path::new("/d/toli/notes/x.md");
    let failure = NoteEditFailure::Note(SaveError::new(note, Cause::ReadOnly));
    assert_eq!(
        told(&mut a, Err(failure)),
        "Note not saved: its folder is on a read-only disk. Set TOLI_DATA_DIR to a \
         writable folder instead of /d/toli/notes"
    );
    let copy = std::path::Path::new("/tmp/x.md");
    let failure = NoteEditFailure::Copy(SaveError::new(copy, Cause::Full));
    assert_eq!(
        told(&mut a, Err(failure)),
        "Note not opened: its copy could not be made. Check that the temporary folder is \
         writable and has room, or set TMPDIR: /tmp"
    );
    let kept = std::path::Path::new("/tmp/toli-note-1/x.md");
    let failure = NoteEditFailure::CopyKept(SaveError::new(kept, Cause::Unreadable));
    assert_eq!(
        told(&mut a, Err(failure)),
        "Note not saved: the editor's copy could not be read as text. What you wrote is \
         kept in the folder /tmp/toli-note-1"
    );
    assert!(a.study.notes.is_empty());
    // What the editor left in its copy is saved, shown and said.
    let from_vi = Edited {
        read: None,
        text: "From vi\n".into(),
        copy: None,
    };
    assert_eq!(told(&mut a, Ok(from_vi)), "Note saved");
    let file = dir.path().join("notes/x.md");
    assert_eq!(std::fs::read_to_string(&file).expect("saved"), "From vi\n");
    assert_eq!(
        a.study.notes.get("x").map(String::as_str),
        Some("From vi\n")
    );
    // Its save failing is told in the same words as Ctrl-S's: a file where the notes
    // folder should be stops it whoever runs the test. The text stays in the app.
    std::fs::remove_dir_all(dir.path().join("notes")).expect("rm");
    std::fs::write(dir.path().join("notes"), "not a folder").expect("write");
    let more = Edited {
        read: Some("From vi\n".into()),
        text: "From vi, more\n".into(),
        copy: None,
    };
    let folder = dir.path().join("notes").display().to_string();
    assert_eq!(
        told(&mut a, Ok(more)),
        format!(
            "Note not saved. Check that its folder is writable and its disk has space, \
             then save again: {folder}"
        )
    );
    assert_eq!(
        a.study.notes.get("x").map(String::as_str),
        Some("From vi, more\n")
    );
    // The kept copy of that text, made for the reader, is not left behind by the test.
    let kept = crate::app::study::unsaved::of(&a, "x").and_then(|u| u.copy.clone());
    crate::store::edit_copy::discard(&kept.expect("a copy of the text is kept"));
    // Why the notes view was not told where the talk is, in plain words, with the folder.
    let state = std::path::Path::new("/run/user/1000/toli/present-t-1.json");
    update(
        &mut a,
        Message::PresentSyncFailed(SaveError::new(state, Cause::Full)),
    );
    assert_eq!(
        a.status.notice.as_deref(),
        Some(
            "Could not tell the notes screen where the talk is: the disk is full. Folder: \
             /run/user/1000/toli"
        )
    );
    // Without a presentation the clock moves nothing.
    update(&mut a, Message::Tick { now: 5 });
    assert!(a.present.is_none());
}

/// A key as the terminal sends it, through the key table and the one door.
fn key(a: &mut App, code: crossterm::event::KeyCode, mods: crossterm::event::KeyModifiers) {
    use crossterm::event::{Event, KeyEvent};
    let event = Event::Key(KeyEvent::new(code, mods));
    if let Some(action) = crate::app::keymap::event_action(a, &event) {
        update(a, action);
    }
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        key(a, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

use crossterm::event::{KeyCode, KeyModifiers};

/// F1 in the search box and in the note editor opens the help over them (`?` is typed there),
/// and every key that closes the help (Esc, F1, `?`, q) gives back the question typed so far,
/// or the note with its cursor and undo history, as they were: typing goes on where it
/// stopped, and Ctrl-Z undoes what was typed before the help.
#[test]
fn the_question_and_the_note_survive_the_help_opened_from_them() {
    use crate::app::state::Overlay;
    use crate::app::study::note_editor::NoteEditor;
    let closers = [
        (KeyCode::Esc, KeyModifiers::NONE),
        (KeyCode::F(1), KeyModifiers::NONE),
        (KeyCode::Char('?'), KeyModifiers::NONE),
        (KeyCode::Char('q'), KeyModifiers::NONE),
    ];
    for (close, mods) in closers {
        // The search box: `?` is part of the question, F1 the help.
        let mut a = app();
        key(&mut a, KeyCode::Char('/'), KeyModifiers::NONE);
        typed(&mut a, "what is a clu?");
        key(&mut a, KeyCode::Backspace, KeyModifiers::NONE);
        let before = format!("{:?}", a.overlay);
        key(&mut a, KeyCode::F(1), KeyModifiers::NONE);
        assert!(
            matches!(&a.overlay, Some(Overlay::Help { over: Some(o), .. })
                if matches!(**o, Overlay::Search(_))),
            "F1 opens the help over the search box: {:?}",
            a.overlay
        );
        key(&mut a, close, mods);
        assert_eq!(format!("{:?}", a.overlay), before, "{close:?}");
        typed(&mut a, "ster");
        assert_eq!(
            a.search_box().map(|s| s.query.as_str()),
            Some("what is a cluster"),
            "{close:?}"
        );

        // The note editor: text, cursor and undo history as they were.
        let mut a = app();
        a.overlay = Some(Overlay::Note(NoteEditor::new("x", "")));
        typed(&mut a, "first line?");
        key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
        typed(&mut a, "second wordy");
        key(&mut a, KeyCode::Char('w'), KeyModifiers::CONTROL);
        key(&mut a, KeyCode::Left, KeyModifiers::NONE);
        let before = a.note_editor().cloned().expect("the editor is open");
        key(&mut a, KeyCode::F(1), KeyModifiers::NONE);
        assert!(
            matches!(&a.overlay, Some(Overlay::Help { over: Some(o), .. })
                if matches!(**o, Overlay::Note(_))),
            "F1 opens the help over the note editor: {:?}",
            a.overlay
        );
        // Under the help the editor is still there for a signal's save to find.
        assert_eq!(a.note_editor(), Some(&before));
        key(&mut a, close, mods);
        assert_eq!(a.note_editor(), Some(&before), "{close:?}");
        typed(&mut a, "X");
        assert_eq!(
            a.note_editor().map(NoteEditor::text).as_deref(),
            Some("first line?\nsecondX \n"),
            "{close:?}: typing goes on at the cursor"
        );
        key(&mut a, KeyCode::Char('z'), KeyModifiers::CONTROL);
        key(&mut a, KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(
            a.note_editor().map(NoteEditor::text).as_deref(),
            Some("first line?\nsecond wordy\n"),
            "{close:?}: the undo history from before the help"
        );
    }
}

/// Ctrl-C over the help opened from a note with unsaved text brings the editor back with its
/// warning, as over the editor itself: the app does not quit and drop the note; a signal
/// ending the app under the help finds the note to save.
#[test]
fn ctrl_c_over_the_help_from_the_note_editor_does_not_lose_the_note() {
    use crate::app::state::Overlay;
    use crate::app::study::note_editor::NoteEditor;
    let mut a = app();
    let dir = tempfile::tempdir().expect("tempdir");
    crate::app::study::attach_store(&mut a, crate::store::Store::at(dir.path().to_path_buf()));
    a.overlay = Some(Overlay::Note(NoteEditor::new("x", "")));
    typed(&mut a, "unsaved");
    key(&mut a, KeyCode::F(1), KeyModifiers::NONE);
    // A signal ending the app now saves the note under the help.
    let draft = crate::app::study::unsaved_draft(&a);
    assert!(
        draft.is_some(),
        "the draft a signal saves is found under the help"
    );
    let effects = update(&mut a, Action::Quit);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(
        matches!(a.overlay, Some(Overlay::Note(_))),
        "{:?}",
        a.overlay
    );
    assert_eq!(
        a.note_editor().map(NoteEditor::text).as_deref(),
        Some("unsaved\n")
    );
    assert!(a.status.notice.is_some(), "the editor's warning is said");
}

/// F1 over the entry view's find bar (where `?` is typed too) opens the help at the find
/// bar's keys; closing it gives back the bar with what was typed, still typing.
#[test]
fn f1_over_the_find_bar_closes_back_to_it() {
    use crate::app::state::Overlay;
    let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let mut a = App::new(corpus, Lang::En, ThemeName::Dark, false);
    navigate(&mut a, 0);
    key(&mut a, KeyCode::Char('f'), KeyModifiers::CONTROL);
    typed(&mut a, "clu?");
    key(&mut a, KeyCode::F(1), KeyModifiers::NONE);
    assert!(
        matches!(a.overlay, Some(Overlay::Help { .. })),
        "{:?}",
        a.overlay
    );
    let find = |a: &App| {
        a.reading
            .find
            .as_ref()
            .map(|f| (f.query.clone(), f.editing))
    };
    assert_eq!(find(&a), Some(("clu?".to_string(), true)));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert!(a.overlay.is_none());
    typed(&mut a, "s");
    assert_eq!(find(&a), Some(("clu?s".to_string(), true)));
}

/// Esc in the entry view closes an open find bar first and stays in the entry; the next Esc
/// goes back to the list (tests/it/tui_keys.rs pins the chosen link's Esc).
#[test]
fn esc_closes_the_find_bar_before_leaving_the_entry() {
    use crate::app::state::Pane;
    let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let mut a = App::new(corpus, Lang::En, ThemeName::Dark, false);
    a.nav.focus = Pane::List;
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    key(&mut a, KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert!(a.reading.finding(), "Ctrl-F opens the find bar");
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!a.reading.finding());
    assert_eq!(
        a.nav.focus,
        Pane::Entry,
        "the first Esc closes only the find bar"
    );
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.nav.focus, Pane::List);
}
