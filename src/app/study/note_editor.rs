//! The small built-in note editor, used when neither $VISUAL nor $EDITOR is set: type, Enter
//! for a new line, Backspace, arrows, Ctrl-S saves, Esc cancels. The text is kept as lines of
//! characters with a cursor (line, column in characters); a long line shows wrapped over
//! several screen rows ([`super::soft_wrap`]), Up and Down move by screen row, PgUp and PgDn
//! by a screenful of rows, Home and End to the line's ends, Ctrl-Home and Ctrl-End to the
//! note's.

use super::save_note;
use super::soft_wrap::{col_at, locate, row_starts};
use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};

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
}

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
        };
        ed.opened = ed.text();
        ed
    }

    /// An editor on the note as read from disk (none: there is no note yet).
    pub fn on_disk(id: &str, read: Option<String>) -> NoteEditor {
        let mut ed = NoteEditor::new(id, read.as_deref().unwrap_or(""));
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

    /// The text, lines joined with newlines (and a final newline unless empty).
    pub fn text(&self) -> String {
        let s: Vec<String> = self.lines.iter().map(|l| l.iter().collect()).collect();
        let s = s.join("\n");
        if s.trim().is_empty() {
            String::new()
        } else {
            s + "\n"
        }
    }

    pub fn insert(&mut self, c: char) {
        self.goal = None;
        if c.is_control() {
            return;
        }
        self.version = next_version();
        self.lines[self.row].insert(self.col, c);
        self.col += 1;
    }

    pub fn newline(&mut self) {
        self.goal = None;
        self.version = next_version();
        let rest = self.lines[self.row].split_off(self.col);
        self.row += 1;
        self.lines.insert(self.row, rest);
        self.col = 0;
    }

    pub fn backspace(&mut self) {
        self.goal = None;
        self.version = next_version();
        if self.col > 0 {
            self.col -= 1;
            self.lines[self.row].remove(self.col);
        } else if self.row > 0 {
            let line = self.lines.remove(self.row);
            self.row -= 1;
            self.col = self.lines[self.row].len();
            self.lines[self.row].extend(line);
        }
    }

    pub fn left(&mut self) {
        self.goal = None;
        if self.col > 0 {
            self.col -= 1;
        } else if self.row > 0 {
            self.row -= 1;
            self.col = self.lines[self.row].len();
        }
    }

    pub fn right(&mut self) {
        self.goal = None;
        if self.col < self.lines[self.row].len() {
            self.col += 1;
        } else if self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = 0;
        }
    }

    pub fn line_start(&mut self) {
        self.goal = None;
        self.col = 0;
    }

    pub fn line_end(&mut self) {
        self.goal = None;
        self.col = self.lines[self.row].len();
    }

    /// The screen rows of line `n` at `width` columns (see [`row_starts`]).
    fn starts(&self, n: usize, width: usize) -> Vec<usize> {
        row_starts(&self.lines[n], width)
    }

    /// The cursor's screen row within its line and its column, at `width` columns.
    pub fn cursor_at(&self, width: usize) -> (usize, usize) {
        let line = &self.lines[self.row];
        locate(line, &row_starts(line, width), self.col, width)
    }

    /// Up one screen row, keeping to the column it started from.
    pub fn up(&mut self, width: usize) {
        let starts = self.starts(self.row, width);
        let (r, x) = locate(&self.lines[self.row], &starts, self.col, width);
        let x = *self.goal.get_or_insert(x);
        if r > 0 {
            self.col = col_at(&self.lines[self.row], &starts, r - 1, x, width);
        } else if self.row > 0 {
            self.row -= 1;
            let starts = self.starts(self.row, width);
            self.col = col_at(&self.lines[self.row], &starts, starts.len() - 1, x, width);
        }
    }

    /// Down one screen row, keeping to the column it started from.
    pub fn down(&mut self, width: usize) {
        let starts = self.starts(self.row, width);
        let (r, x) = locate(&self.lines[self.row], &starts, self.col, width);
        let x = *self.goal.get_or_insert(x);
        if r + 1 < starts.len() {
            self.col = col_at(&self.lines[self.row], &starts, r + 1, x, width);
        } else if self.row + 1 < self.lines.len() {
            self.row += 1;
            let starts = self.starts(self.row, width);
            self.col = col_at(&self.lines[self.row], &starts, 0, x, width);
        }
    }

    /// Up a screenful of rows (`height` less one, which stays in view), keeping the column;
    /// the view moves up as far, so the cursor keeps its place on the screen.
    pub fn page_up(&mut self, width: usize, height: usize) {
        let rows = height.saturating_sub(1).max(1);
        self.top = self.step_rows(self.top, rows, false, width);
        for _ in 0..rows {
            self.up(width);
        }
    }

    /// Down a screenful of rows (see [`NoteEditor::page_up`]); the view stops where the note's
    /// last row is at its bottom.
    pub fn page_down(&mut self, width: usize, height: usize) {
        let rows = height.saturating_sub(1).max(1);
        let last_line = self.lines.len() - 1;
        let end = (last_line, self.starts(last_line, width).len() - 1);
        let lowest = self.step_rows(end, height.max(1) - 1, false, width);
        self.top = self.step_rows(self.top, rows, true, width).min(lowest);
        for _ in 0..rows {
            self.down(width);
        }
    }

    /// The note's start: its first line, first column, at the top of the view.
    pub fn note_start(&mut self) {
        self.goal = None;
        (self.row, self.col, self.top) = (0, 0, (0, 0));
    }

    /// The note's end: its last line, after its last character.
    pub fn note_end(&mut self) {
        self.goal = None;
        self.row = self.lines.len() - 1;
        self.col = self.lines[self.row].len();
    }

    /// The screen row `n` rows below (`down`) or above `from` (a line and a row of its wrap),
    /// or the note's last or first row when it has fewer.
    fn step_rows(
        &self,
        from: (usize, usize),
        n: usize,
        down: bool,
        width: usize,
    ) -> (usize, usize) {
        let (mut l, mut r) = from;
        l = l.min(self.lines.len() - 1);
        r = r.min(self.starts(l, width).len() - 1);
        let mut left = n;
        while left > 0 {
            if down {
                let rows = self.starts(l, width).len();
                if r + left < rows {
                    return (l, r + left);
                }
                if l + 1 == self.lines.len() {
                    return (l, rows - 1);
                }
                left -= rows - r;
                (l, r) = (l + 1, 0);
            } else if r >= left {
                return (l, r - left);
            } else if l == 0 {
                return (0, 0);
            } else {
                left -= r + 1;
                l -= 1;
                r = self.starts(l, width).len() - 1;
            }
        }
        (l, r)
    }

    /// The first screen row to show in a view of `width` × `height` so that the cursor is in
    /// it: the view's top as it was when the cursor is still in view, else moved just as far as
    /// it must. Wraps only the lines between the top and the cursor (at most a screenful).
    pub fn view_top(&self, width: usize, height: usize) -> (usize, usize) {
        let height = height.max(1);
        let cursor_starts = self.starts(self.row, width);
        let cursor_row = locate(&self.lines[self.row], &cursor_starts, self.col, width).0;
        let cursor = (self.row, cursor_row);
        // The screen rows of line `l` (the cursor's wrapped once).
        let rows_of = |l: usize| match l == self.row {
            true => cursor_starts.len(),
            false => self.starts(l, width).len(),
        };
        let line = self.top.0.min(self.lines.len() - 1);
        let top = (line, self.top.1.min(rows_of(line) - 1));
        if cursor <= top {
            return cursor;
        }
        // Rows from the top down to the cursor's, counted while they fit.
        let mut rows = 0;
        let (mut l, mut r) = top;
        while (l, r) < cursor && rows < height {
            if l == cursor.0 {
                rows += cursor.1 - r;
                break;
            }
            rows += rows_of(l) - r;
            (l, r) = (l + 1, 0);
        }
        if rows < height {
            return top;
        }
        // The cursor on the last row: the rows above it are the screen's others.
        let (mut l, mut r) = cursor;
        let mut above = height - 1;
        while above > 0 {
            if r > 0 {
                let step = r.min(above);
                r -= step;
                above -= step;
            } else if l > 0 {
                l -= 1;
                r = self.starts(l, width).len() - 1;
                above -= 1;
            } else {
                break;
            }
        }
        (l, r)
    }

    /// Moves the view's top so that the cursor is in view (see [`NoteEditor::view_top`]).
    pub fn scroll_into_view(&mut self, width: usize, height: usize) {
        self.top = self.view_top(width, height);
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
        Action::Paste(text) => {
            for c in text.chars() {
                match c {
                    '\n' => ed.newline(),
                    '\r' => {}
                    c if c.is_control() && c != '\t' => {}
                    c => ed.insert(c),
                }
            }
        }
        Action::NewLine => ed.newline(),
        Action::DeleteChar => ed.backspace(),
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
    let r = crate::ui::study::note_editor::text_area(screen);
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
