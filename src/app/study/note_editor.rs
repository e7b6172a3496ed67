//! The small built-in note editor, used when neither $VISUAL nor $EDITOR is set: type, Enter
//! for a new line, Backspace and Delete, arrows, Ctrl-S saves, Esc cancels. The text is kept
//! as lines of characters with a cursor (line, column in characters); a long line shows
//! wrapped over several screen rows ([`super::soft_wrap`]), Up and Down move by screen row,
//! PgUp and PgDn by a screenful of rows, Home and End to the line's ends, Ctrl-Home and
//! Ctrl-End to the note's. Edits, word keys and undo are in [`edit`] and [`undo`], the
//! cursor's moves in [`moves`], what the view shows of the note in [`view`]; this module holds
//! the text and applies the editor's keys.

use super::save_note;
use super::soft_wrap::row_starts;
use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};
use undo::History;

/// The text being edited and the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEditor {
    /// The entry the note is on.
    pub id: String,
    pub lines: Vec<Vec<char>>,
    pub row: usize,
    pub col: usize,
    /// The text as it was opened (or last saved): what Esc goes back to.
    pub opened: String,
    /// Esc (or Ctrl-C) was pressed once over unsaved changes and the warning is showing.
    pub warned: bool,
    /// The first screen row shown: a line and a row of its wrap.
    pub top: (usize, usize),
    /// The screen column Up and Down keep to while they move, across shorter rows.
    pub goal: Option<usize>,
    /// The note as it was on disk when the editor opened (none: there was none): a save
    /// compares the file with it, so a text another window saved meanwhile is kept.
    pub read: Option<String>,
    /// Changes whenever the text does, and differs between editors: whoever keeps a copy of
    /// the draft knows when to take it again ([`super::draft`]).
    pub version: u64,
    /// The edits that can be undone and redone.
    pub history: History,
}

#[path = "note_editor_edit.rs"]
mod edit;
#[path = "note_editor_moves.rs"]
mod moves;
#[path = "note_editor_undo.rs"]
pub mod undo;
#[path = "note_editor_view.rs"]
mod view;

/// The next [`NoteEditor::version`]: unique in the process.
fn next_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl NoteEditor {
    /// An editor on `text`, the cursor at its end.
    pub fn new(id: &str, text: &str) -> NoteEditor {
        let mut lines: Vec<Vec<char>> = text
            .trim_end_matches('\n')
            .split('\n')
            .map(|l| l.trim_end_matches('\r').chars().collect())
            .collect();
        if lines.is_empty() {
            lines.push(Vec::new());
        }
        let row = lines.len() - 1;
        let col = lines[row].len();
        let mut ed = NoteEditor {
            id: id.to_string(),
            lines,
            row,
            col,
            opened: String::new(),
            warned: false,
            top: (0, 0),
            goal: None,
            read: None,
            version: next_version(),
            history: History::default(),
        };
        ed.opened = ed.text();
        ed
    }

    /// An editor on the note as read from disk (none: there is no note yet). A note already
    /// written opens with the cursor on a fresh line after it, so what the reader types next
    /// starts a line of its own instead of running on from the last sentence.
    pub fn on_disk(id: &str, read: Option<String>) -> NoteEditor {
        let mut ed = NoteEditor::new(id, read.as_deref().unwrap_or(""));
        if !ed.opened.is_empty() {
            ed.lines.push(Vec::new());
            ed.row = ed.lines.len() - 1;
            ed.col = 0;
        }
        ed.read = read;
        ed
    }

    /// An editor on `text`, written on the note `read` from disk, whose save failed: it is
    /// unsaved from the start (Esc warns, Ctrl-S saves it, a signal saves it).
    pub fn unsaved(id: &str, read: Option<String>, text: &str) -> NoteEditor {
        let mut ed = NoteEditor::new(id, text);
        ed.opened = read
            .as_deref()
            .map_or_else(String::new, |r| NoteEditor::new(id, r).text());
        ed.read = read;
        ed
    }

    /// The text's length in characters, newlines counted (without building it).
    pub fn chars(&self) -> usize {
        self.lines.iter().map(|l| l.len() + 1).sum()
    }

    /// Whether the text differs from what was opened.
    pub fn changed(&self) -> bool {
        self.text() != self.opened
    }

    /// Whether leaving now would lose typed text: the first Esc or Ctrl-C over changes warns
    /// and says how to save; the second leaves.
    pub fn hold_unsaved(&mut self) -> bool {
        let hold = !self.warned && self.changed();
        self.warned = hold;
        hold
    }

    /// The text, lines joined with newlines and ending in one (empty lines at the end are
    /// not kept; a note of only blanks is empty).
    pub fn text(&self) -> String {
        let s: Vec<String> = self.lines.iter().map(|l| l.iter().collect()).collect();
        let s = s.join("\n");
        if s.trim().is_empty() {
            String::new()
        } else {
            s.trim_end_matches('\n').to_string() + "\n"
        }
    }

    /// The screen rows of line `n` at `width` columns (see [`row_starts`]).
    fn starts(&self, n: usize, width: usize) -> Vec<usize> {
        row_starts(&self.lines[n], width)
    }
}

/// Applies an action while the editor is open.
pub fn action(app: &mut App, action: Action) -> Then {
    let (width, height) = text_size(app);
    let Some(Overlay::Note(ed)) = &mut app.overlay else {
        return Then::Stay;
    };
    if action != Action::Escape {
        ed.warned = false;
    }
    match action {
        Action::Input(c) => ed.insert(c),
        Action::Paste(text) => ed.paste(&text),
        Action::NewLine => ed.newline(),
        Action::DeleteChar => ed.backspace(),
        Action::DeleteForward => ed.delete(),
        Action::DeleteWord => ed.delete_word(),
        Action::DeleteToLineStart => ed.delete_to_line_start(),
        Action::DeleteToLineEnd => ed.delete_to_line_end(),
        Action::CursorWordLeft => ed.word_left(),
        Action::CursorWordRight => ed.word_right(),
        // The guard undoes (or redoes); with nothing to, the status line says so.
        Action::Undo if !ed.undo() => app.status.say(app.t("note-nothing-to-undo")),
        Action::Redo if !ed.redo() => app.status.say(app.t("note-nothing-to-redo")),
        Action::CursorLeft => ed.left(),
        Action::CursorRight => ed.right(),
        Action::CursorUp => ed.up(width),
        Action::CursorDown => ed.down(width),
        Action::CursorLineStart => ed.line_start(),
        Action::CursorLineEnd => ed.line_end(),
        Action::PageUp => ed.page_up(width, height),
        Action::PageDown => ed.page_down(width, height),
        Action::Top => ed.note_start(),
        Action::Bottom => ed.note_end(),
        Action::SaveNote => {
            let (id, read, text) = (ed.id.clone(), ed.read.clone(), ed.text());
            save_note(app, &id, read.as_deref(), &text);
            return Then::Close;
        }
        Action::Escape if ed.hold_unsaved() => app.status.say(app.t("note-unsaved-keys")),
        Action::Escape => {
            let id = ed.id.clone();
            super::let_go_unsaved(app, &id);
            app.status.say(app.t("note-cancelled"));
            return Then::Close;
        }
        _ => {}
    }
    if let Some(Overlay::Note(ed)) = &mut app.overlay {
        ed.scroll_into_view(width, height);
    }
    Then::Stay
}

/// The columns and rows the editor shows the note in, on the app's screen now.
fn text_size(app: &App) -> (usize, usize) {
    let screen = crate::ui::overlay_screen(app, crate::app::update::screen(app));
    let r = crate::ui::study::note_editor::text_area(app, screen);
    (usize::from(r.width), usize::from(r.height))
}

/// Ctrl-C over the editor: the first over unsaved text warns, naming what each key does; the
/// second saves the text and lets the app quit, so a note typed is never lost to a key (text
/// emptied is not saved: the note as it was stays). Returns whether the app may quit now.
pub fn quit(app: &mut App) -> bool {
    let Some(Overlay::Note(ed)) = &mut app.overlay else {
        return true;
    };
    if ed.hold_unsaved() {
        app.status.say(app.t("note-unsaved-keys"));
        return false;
    }
    let (id, read, text) = (ed.id.clone(), ed.read.clone(), ed.text());
    if !ed.changed() || text.trim().is_empty() {
        return true;
    }
    save_note(app, &id, read.as_deref(), &text)
}

#[cfg(test)]
#[path = "note_editor_tests.rs"]
mod tests;
