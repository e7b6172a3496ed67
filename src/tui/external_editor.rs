//! A note in the reader's own editor (`$VISUAL` or `$EDITOR`): the terminal is handed to it
//! over a copy of the note, and taken back when it ends; the app then saves from the copy.

use std::io;
use std::sync::atomic::Ordering;

use crossterm::execute;

use super::signals::EDITOR_HAS_TERMINAL;
use super::terminal::set_mouse;
use crate::app::study::NoteEditFailure;
use crate::app::study::draft::DraftKeeper;
use crate::app::{App, Message};
use crate::store::notes::EditCopy;

/// Opens a copy of the note on `id` in the user's editor ($VISUAL or $EDITOR, which may carry
/// arguments): leaves the alternate screen and raw mode, waits for the editor, then restores
/// the screen. Returns the [`Message::NoteEdited`] that has the app save what the editor left
/// (or show why the editor could not be used); none when there was nothing to edit.
pub(super) fn edit_externally(
    terminal: &mut ratatui::DefaultTerminal,
    app: &App,
    id: String,
    drafts: &DraftKeeper,
) -> io::Result<Option<Message>> {
    use crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    let (Some(store), Some(editor)) = (&app.study.store, &app.study.editor) else {
        return Ok(None);
    };
    // The editor changes a copy: the note is saved from it as the built-in editor saves, so
    // a text another window saved meanwhile is kept; a note whose save failed opens as the
    // reader left it, from the copy kept of it. If the note cannot be copied (its folder
    // cannot be made, it cannot be read, no room in the temporary folder), say so and stay open.
    let copy = match crate::app::study::unsaved::of(app, &id) {
        Some(kept) => EditCopy::reopen(&id, kept.read.clone(), kept.copy.as_deref(), &kept.text),
        None => EditCopy::new(store, &id),
    };
    let copy = match copy {
        Ok(copy) => copy,
        Err(e) => {
            let edited = Err(NoteEditFailure::from(e));
            return Ok(Some(Message::NoteEdited { id, edited }));
        }
    };
    let mut words = editor.split_whitespace();
    let Some(program) = words.next() else {
        return Ok(None);
    };
    set_mouse(false);
    disable_raw_mode()?;
    execute!(io::stdout(), LeaveAlternateScreen)?;
    // Should a signal end the app while the editor runs, what it has saved in the copy so far
    // is saved as the note.
    let pending = crate::app::study::draft_of(app, &id, copy.read.as_deref(), "");
    drafts.editing(pending.map(|draft| (draft, copy.path.clone())));
    EDITOR_HAS_TERMINAL.store(true, Ordering::SeqCst);
    let status = std::process::Command::new(program)
        .args(words)
        .arg(&copy.path)
        .status();
    EDITOR_HAS_TERMINAL.store(false, Ordering::SeqCst);
    drafts.editing(None);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    terminal.clear()?;
    set_mouse(app.settings.mouse);
    let edited = match status {
        Err(_) => Err(NoteEditFailure::Editor(editor.clone())),
        Ok(_) => match copy.text() {
            // The copy stays until the app has saved the note from it, and is kept if that
            // fails.
            Ok(text) => Ok(crate::app::action::Edited {
                read: copy.read.clone(),
                text,
                copy: Some(copy.keep()),
            }),
            // What the reader wrote stays in the copy, which is kept for them.
            Err(e) => {
                copy.keep();
                Err(NoteEditFailure::CopyKept(e))
            }
        },
    };
    Ok(Some(Message::NoteEdited { id, edited }))
}
