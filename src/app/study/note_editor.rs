//! The small built-in note editor, used when neither $VISUAL nor $EDITOR is set: type, Enter
//! for a new line, Backspace, arrows, Ctrl-S saves, Esc cancels. The text is kept as lines of
//! characters with a cursor (line, column in characters); a long line shows wrapped over
//! several screen rows ([`super::soft_wrap`]), Up and Down move by screen row, Home and End to
//! the line's ends.

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
        };
        ed.opened = ed.text();
        ed
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
        self.lines[self.row].insert(self.col, c);
        self.col += 1;
    }

    pub fn newline(&mut self) {
        self.goal = None;
        let rest = self.lines[self.row].split_off(self.col);
        self.row += 1;
        self.lines.insert(self.row, rest);
        self.col = 0;
    }

    pub fn backspace(&mut self) {
        self.goal = None;
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
        Action::SaveNote => {
            let (id, text) = (ed.id.clone(), ed.text());
            save_note(app, &id, &text);
            return Then::Close;
        }
        Action::Escape if ed.hold_unsaved() => app.status.say(app.t("note-unsaved-keys")),
        Action::Escape => {
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
    let (id, text) = (ed.id.clone(), ed.text());
    if !ed.changed() || text.trim().is_empty() {
        return true;
    }
    save_note(app, &id, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(ed: &mut NoteEditor, s: &str) {
        for c in s.chars() {
            if c == '\n' {
                ed.newline();
            } else {
                ed.insert(c);
            }
        }
    }

    #[test]
    fn typing_newlines_and_backspace() {
        let mut ed = NoteEditor::new("x", "");
        typed(&mut ed, "Асуух\nPorter");
        assert_eq!(ed.text(), "Асуух\nPorter\n");
        for _ in 0..7 {
            ed.backspace();
        }
        assert_eq!(ed.text(), "Асуух\n");
        assert_eq!((ed.row, ed.col), (0, 5));
    }

    #[test]
    fn arrows_move_within_the_text() {
        let mut ed = NoteEditor::new("x", "ab\nlonger line\n");
        assert_eq!((ed.row, ed.col), (1, 11));
        ed.up(80);
        assert_eq!((ed.row, ed.col), (0, 2));
        ed.right();
        assert_eq!((ed.row, ed.col), (1, 0));
        ed.left();
        ed.left();
        assert_eq!((ed.row, ed.col), (0, 1));
        ed.insert('X');
        ed.down(80);
        ed.newline();
        assert_eq!(ed.text(), "aXb\nlo\nnger line\n");
        ed.up(80);
        ed.up(80);
        ed.up(80);
        ed.left();
        ed.left();
        ed.left();
        ed.left();
        assert_eq!((ed.row, ed.col), (0, 0));
        ed.backspace();
        assert_eq!(ed.text(), "aXb\nlo\nnger line\n");
    }

    #[test]
    fn a_saved_note_comes_back_as_it_was() {
        for text in [
            "",
            "one\n",
            "a\n\nb\n",
            "tab\there\n",
            "Монгол 漢字\n  indented\n",
        ] {
            assert_eq!(NoteEditor::new("x", text).text(), text, "{text:?}");
        }
        // Windows line ends are read as lines; the saved text has plain newlines.
        assert_eq!(NoteEditor::new("x", "a\r\nb\r\n").text(), "a\nb\n");
    }

    /// A long line shows over several screen rows (m13): Up and Down move a row at a time
    /// within it, keeping their column, and on to the lines around it.
    #[test]
    fn up_and_down_move_by_screen_row() {
        // At 8 columns: "one two " / "three" / "four".
        let mut ed = NoteEditor::new("x", "one two three\nfour\n");
        assert_eq!((ed.row, ed.col), (1, 4));
        ed.up(8);
        assert_eq!((ed.row, ed.col), (0, 12), "the wrapped line's last row");
        ed.up(8);
        assert_eq!((ed.row, ed.col), (0, 4), "the row above, same column");
        ed.up(8);
        assert_eq!((ed.row, ed.col), (0, 4), "the first row stays");
        ed.down(8);
        ed.down(8);
        assert_eq!((ed.row, ed.col), (1, 4), "back to where it started");
        // A shorter row on the way does not lose the column.
        let mut ed = NoteEditor::new("x", "abcdefgh\nab\nabcdefgh\n");
        ed.up(80);
        ed.up(80);
        assert_eq!((ed.row, ed.col), (0, 8));
        ed.line_start();
        ed.right();
        ed.right();
        ed.right();
        ed.down(80);
        assert_eq!((ed.row, ed.col), (1, 2));
        ed.down(80);
        assert_eq!((ed.row, ed.col), (2, 3));
    }

    /// The view follows the cursor over wrapped rows: it scrolls only as far as it must, and
    /// the cursor's row is always on screen.
    #[test]
    fn the_view_keeps_the_cursor_on_screen() {
        let long = "word ".repeat(40); // 10 full rows of 20 columns, and one for the cursor
        let text = format!("first\n{long}\nlast\n");
        let mut ed = NoteEditor::new("x", &text);
        ed.scroll_into_view(20, 5);
        // Cursor on "last": 1 + 11 + 1 rows, the last five shown.
        assert_eq!(ed.top, (1, 7));
        for _ in 0..3 {
            ed.up(20);
            ed.scroll_into_view(20, 5);
        }
        assert_eq!(ed.top, (1, 7), "moving within the screen does not scroll");
        for _ in 0..6 {
            ed.up(20);
            ed.scroll_into_view(20, 5);
        }
        assert_eq!((ed.row, ed.cursor_at(20).0), (1, 2));
        assert_eq!(ed.top, (1, 2), "scrolled up just as far as the cursor went");
        for _ in 0..3 {
            ed.up(20);
        }
        ed.scroll_into_view(20, 5);
        assert_eq!((ed.row, ed.top), (0, (0, 0)));
        // A view shorter than before (a resize) still shows the cursor.
        let mut ed = NoteEditor::new("x", &text);
        ed.scroll_into_view(20, 13);
        assert_eq!(ed.top, (0, 0));
        assert_eq!(ed.view_top(20, 3), (1, 9));
    }

    #[test]
    fn home_and_end_move_within_the_line() {
        let mut ed = NoteEditor::new("x", "first\nsecond line\n");
        ed.line_start();
        ed.insert('>');
        ed.line_end();
        ed.insert('!');
        assert_eq!(ed.text(), "first\n>second line!\n");
    }

    #[test]
    fn leaving_over_unsaved_text_warns_once() {
        let mut ed = NoteEditor::new("x", "kept\n");
        assert!(!ed.hold_unsaved(), "nothing typed: Esc leaves at once");
        ed.insert('?');
        assert!(ed.hold_unsaved(), "the first Esc over changes warns");
        assert!(!ed.hold_unsaved(), "the second leaves");
        ed.warned = false;
        ed.backspace();
        assert!(!ed.hold_unsaved(), "typed and taken back is no change");
    }

    #[test]
    fn an_empty_note_is_empty_text() {
        let mut ed = NoteEditor::new("x", "   ");
        assert_eq!(ed.text(), "");
        ed.insert('\u{1b}');
        assert_eq!(ed.text(), "");
    }
}
