//! The one door: [`update`] applies a [`Message`] (a user's [`Action`], a reload, a search
//! answer, the editor closing, the clock) to the [`App`], hands each feature its part, and
//! returns the [`Effects`] for the event loop to carry out.

use ratatui::layout::Rect;

use super::action::{Action, Message};
use super::effect::{Effect, Effects};
pub use super::find::find_matches;
use super::find::{find_action, find_step};
pub use super::navigation::navigate;
use super::navigation::{back, click, focus_pane, forward, move_sel, page_height, wheel};
pub use super::reading::{clamp_scroll, current_doc};
use super::reading::{follow, step_link};
use super::search::search_action;
use super::state::{App, Overlay, Pane, Search, Then};
use super::study::NoteEdit;

/// The full screen.
pub(super) fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// Applies `message` to `app`; returns what the event loop must do outside the app.
pub fn update(app: &mut App, message: impl Into<Message>) -> Effects {
    let mut effects = Effects::new();
    match message.into() {
        Message::Action(action) => act(app, action, &mut effects),
        Message::Reloaded(fresh) => {
            // What a letter command changed points into the old corpus.
            app.typing = Default::default();
            app.apply(*fresh);
        }
        Message::SearchAnswered(answer) => super::search_worker::answered(app, answer),
        Message::NoteEdited {
            id,
            edited: Ok(edited),
        } => super::study::note_edited(app, &id, edited),
        Message::NoteEdited {
            edited: Err(failure),
            ..
        } => super::study::note_edit_failed(app, failure),
        Message::Tick { now } => {
            super::study::refresh_notes(app);
            super::present::tick(app, now);
        }
        Message::NotesFollow(follows) => super::present::notes_follow(app, follows),
        Message::PresentSyncFailed(e) => {
            let why = e.why(&app.l10n, app.settings.lang);
            let told = app.tf(
                "present-sync-failed",
                &[("why", why), ("folder", e.folder())],
            );
            app.status.say(told);
        }
    }
    effects
}

/// Applies a user's action: presentation, then the overlay on top, then the find bar, then the
/// panes each take it first.
fn act(app: &mut App, action: Action, effects: &mut Effects) {
    // Any action but the next letter ends what a letter command may take back.
    let after_letter = std::mem::take(&mut app.typing.after_letter);
    let taken = app.typing.taken.take();
    let action = match (action, taken) {
        (Action::ByLetter(letter, command), _) => {
            // A letter command right after another is moving about (`j j j`), not a word:
            // nothing to keep for taking it back.
            let before = (!after_letter).then(|| super::typing::Before::of(app));
            act(app, *command, effects);
            app.typing.taken = before.and_then(|b| b.taken(app, letter));
            app.typing.after_letter = true;
            return;
        }
        (Action::UnboundLetter(c), Some(taken)) if taken.typed_on() => {
            let typed = format!("{}{c}", taken.letter);
            taken.undo(app);
            app.status.clear();
            app.overlay = Some(Overlay::Search(Search::default()));
            super::search::search_action(app, Action::Paste(typed));
            return;
        }
        (action, _) => action,
    };
    // Quit comes from `q` outside inputs and from Ctrl-C everywhere; over a note with unsaved
    // changes the first Ctrl-C warns, as Esc does, and the second saves the note and quits.
    if action == Action::Quit {
        if super::study::note_editor::quit(app) {
            effects.push(Effect::Quit);
        }
        return;
    }
    if let Action::Resize { width, height } = action {
        let before = current_doc(app).map(|(d, _)| d.lines.len());
        app.size = (width, height);
        let after = current_doc(app).map(|(d, _)| d.lines.len());
        if let (Some(b), Some(a)) = (before, after)
            && b > 0
        {
            app.reading.scroll_to(app.reading.scroll * a / b);
        }
        clamp_scroll(app);
        return;
    }
    if app.present.is_some() {
        // `?` shows the keys over the slide; the help takes the keys until it closes.
        if matches!(app.overlay, Some(Overlay::Help { .. })) {
            if super::help::action(app, action) != Then::Stay {
                app.overlay = None;
            }
        } else if action == Action::Help {
            open_help(app);
        } else {
            super::present::present_action(app, action, effects);
        }
        return;
    }
    // The language and the theme switch over any overlay (its table binds them where a key
    // does not type into an input).
    match action {
        Action::ToggleLang => return app.set_lang(app.settings.lang.other()),
        Action::CycleTheme => return super::settings::cycle_theme(app),
        Action::ToggleMouse => return toggle_mouse(app, effects),
        _ => {}
    }
    if let Some(overlay) = &app.overlay {
        // `?` over a list (bookmarks, notes, the matrix …) lists its keys; closing the help
        // goes back to it.
        if action == Action::Help && !matches!(overlay, Overlay::Help { .. }) {
            return open_help(app);
        }
        let then = match overlay {
            Overlay::Search(_) => search_action(app, action),
            Overlay::Help { .. } => super::help::action(app, action),
            Overlay::Matrix(_) => super::matrix::action(app, action),
            Overlay::Facets { .. } => super::facet_panel::action(app, action),
            Overlay::Bookmarks { .. } => super::study::bookmarks::action(app, action),
            Overlay::Note(_) => super::study::note_editor::action(app, action),
            Overlay::Notes { .. } => super::study::notes::action(app, action),
            Overlay::Citation { .. } => super::cite::action(app, action),
            Overlay::Problems { .. } => super::problems::action(app, action),
        };
        match then {
            Then::Stay => {}
            Then::Close => {
                app.overlay = match app.overlay.take() {
                    Some(Overlay::Help { over, .. }) => over.map(|o| *o),
                    _ => None,
                }
            }
            Then::Open(entry) | Then::Edit(entry) => {
                app.overlay = None;
                navigate(app, entry);
                if matches!(then, Then::Edit(_)) {
                    edit_note(app, effects);
                }
            }
        }
        return;
    }
    if app.reading.find.as_ref().is_some_and(|f| f.editing) {
        return find_action(app, action);
    }
    app.status.clear();
    let page = page_height(app);
    match action {
        Action::Quit => effects.push(Effect::Quit),
        // Esc closes the find bar or lets go of the chosen link; with neither, it leaves the
        // entry for the list (which a narrow screen hides behind the entry).
        Action::Escape => match app.nav.focus == Pane::Entry && !app.reading.holds_something() {
            true => focus_pane(app, Pane::List),
            false => app.reading.escape(),
        },
        Action::Help => open_help(app),
        Action::OpenSearch => {
            app.overlay = Some(Overlay::Search(Search::default()));
        }
        Action::SearchFor(text) => {
            app.overlay = Some(Overlay::Search(Search::default()));
            super::search::search_action(app, Action::Paste(text));
        }
        // A Latin letter no key here uses starts a search with it, as a Mongolian letter does;
        // one that is a command in another pane also says what it does there.
        // Taken apart at the top of `act`.
        Action::ByLetter(_, command) => act(app, *command, effects),
        Action::UnboundLetter(c) => {
            app.overlay = Some(Overlay::Search(Search::default()));
            super::search::search_action(app, Action::Paste(c.to_string()));
            if !super::keymap::pane_uses(c).is_empty() {
                app.status.say(super::keymap::elsewhere::told(app, c));
            }
        }
        Action::OpenFind => {
            if app.current().is_some() {
                focus_pane(app, Pane::Entry);
                app.reading.open_find();
            }
        }
        Action::ToggleLang => app.set_lang(app.settings.lang.other()),
        Action::ToggleBoth => app.settings.toggle_both(),
        Action::ToggleZoom => super::reading::zoom(app),
        Action::WideList => super::navigation::widen_list(app),
        Action::CycleTheme => super::settings::cycle_theme(app),
        Action::ToggleMouse => {}
        Action::FocusLeft => focus_pane(
            app,
            match app.nav.focus {
                Pane::Entry => Pane::List,
                _ => Pane::Kinds,
            },
        ),
        Action::FocusRight | Action::Open if app.nav.focus != Pane::Entry => focus_pane(
            app,
            match app.nav.focus {
                Pane::Kinds => Pane::List,
                _ => Pane::Entry,
            },
        ),
        Action::FocusRight => {}
        Action::Open => {
            if let Some(l) = app.reading.link {
                follow(app, l);
            }
        }
        Action::Up => move_sel(app, -1, page),
        Action::Down => move_sel(app, 1, page),
        Action::PageUp => move_sel(app, -2, page),
        Action::PageDown => move_sel(app, 2, page),
        Action::Top => move_sel(app, -2, usize::MAX / 4),
        Action::Bottom => move_sel(app, 2, usize::MAX / 4),
        Action::NextLink => step_link(app, true),
        Action::PrevLink => step_link(app, false),
        Action::NextFigure => super::figures::next_figure(app),
        Action::Back => match super::matrix::back_to_matrix(app) {
            Some(matrix) => app.overlay = Some(matrix),
            None => back(app),
        },
        Action::Forward => forward(app),
        Action::FindNext => find_step(app, 1),
        Action::FindPrev => find_step(app, -1),
        Action::Click { col, row } => click(app, col, row),
        Action::Wheel { col, row, down } => wheel(app, col, row, down),
        Action::Input(_)
        | Action::Paste(_)
        | Action::DeleteChar
        | Action::ClearInput
        | Action::DeleteWord
        | Action::Resize { .. } => {}
        Action::Present => super::present::open(app),
        Action::CopyCitation => {
            if let Some((text, copy)) = super::cite::copy(app) {
                app.overlay = Some(Overlay::Citation { text, scroll: 0 });
                effects.push(copy);
            }
        }
        Action::NextStep
        | Action::PrevStep
        | Action::JumpStep
        | Action::Blank
        | Action::Leave
        | Action::OtherKey
        | Action::RestartClock
        | Action::ToggleClock
        | Action::PauseClock
        | Action::ToggleSummary
        | Action::ToggleAgenda => {}
        Action::OpenMatrix => app.overlay = Some(super::matrix::opened(app)),
        Action::OpenFacets => app.overlay = Some(Overlay::Facets { selected: 0 }),
        Action::ToggleBookmark => super::study::toggle_bookmark(app),
        Action::OpenBookmarks => {
            app.overlay = Some(Overlay::Bookmarks {
                selected: 0,
                removed: Vec::new(),
            });
        }
        Action::EditNote => edit_note(app, effects),
        Action::OpenNotes => {
            super::study::reload_notes(app);
            app.overlay = Some(Overlay::Notes { selected: 0 });
        }
        Action::OpenProblems => app.overlay = Some(Overlay::Problems { scroll: 0 }),
        Action::ClearFilters => {
            app.nav.clear_filters();
            super::facet_panel::apply_filters(app);
        }
        Action::OpenAction
        | Action::Toggle
        | Action::Remove
        | Action::Restore
        | Action::SaveNote => {}
        Action::NewLine
        | Action::CursorLeft
        | Action::CursorLineStart
        | Action::CursorLineEnd
        | Action::CursorRight
        | Action::CursorUp
        | Action::CursorDown
        | Action::CursorWordLeft
        | Action::CursorWordRight
        | Action::DeleteForward
        | Action::DeleteToLineStart
        | Action::DeleteToLineEnd
        | Action::Undo
        | Action::Redo => {}
    }
    clamp_scroll(app);
}

/// `?`: the help, over the overlay open now (a list), which comes back when it closes.
fn open_help(app: &mut App) {
    let scroll = super::help::first_scroll(app);
    let over = app.overlay.take().map(Box::new);
    app.overlay = Some(Overlay::Help { scroll, over });
}

/// `e`: the note on the entry shown, in `$EDITOR` (by the event loop) or the built-in editor.
fn edit_note(app: &mut App, effects: &mut Effects) {
    match super::study::edit_note(app) {
        Some(NoteEdit::External(id)) => effects.push(Effect::EditNote(id)),
        Some(NoteEdit::BuiltIn(editor)) => app.overlay = Some(Overlay::Note(editor)),
        None => {}
    }
}

/// `M` (in the panes, and in the citation window that asks for it): the terminal stops or
/// starts reporting the mouse, and the status line says what that means.
fn toggle_mouse(app: &mut App, effects: &mut Effects) {
    let captured = app.settings.toggle_mouse();
    app.status.say(app.t(if captured {
        "mouse-captured"
    } else {
        "mouse-released"
    }));
    effects.push(Effect::CaptureMouse(captured));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::lang::Lang;
    use crate::ui::theme::ThemeName;

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
}
