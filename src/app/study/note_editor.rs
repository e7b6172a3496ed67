//! The small built-in note editor, used when neither $VISUAL nor $EDITOR is set: type, Enter
//! for a new line, Backspace, arrows, Ctrl-S saves, Esc cancels. The text is kept as lines of
//! characters with a cursor (line, column in characters).

use super::save_note;
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
        if c.is_control() {
            return;
        }
        self.lines[self.row].insert(self.col, c);
        self.col += 1;
    }

    pub fn newline(&mut self) {
        let rest = self.lines[self.row].split_off(self.col);
        self.row += 1;
        self.lines.insert(self.row, rest);
        self.col = 0;
    }

    pub fn backspace(&mut self) {
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
        if self.col > 0 {
            self.col -= 1;
        } else if self.row > 0 {
            self.row -= 1;
            self.col = self.lines[self.row].len();
        }
    }

    pub fn right(&mut self) {
        if self.col < self.lines[self.row].len() {
            self.col += 1;
        } else if self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = 0;
        }
    }

    pub fn line_start(&mut self) {
        self.col = 0;
    }

    pub fn line_end(&mut self) {
        self.col = self.lines[self.row].len();
    }

    pub fn up(&mut self) {
        if self.row > 0 {
            self.row -= 1;
            self.col = self.col.min(self.lines[self.row].len());
        }
    }

    pub fn down(&mut self) {
        if self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = self.col.min(self.lines[self.row].len());
        }
    }
}

/// Applies an action while the editor is open.
pub fn action(app: &mut App, action: Action) -> Then {
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
        Action::CursorUp => ed.up(),
        Action::CursorDown => ed.down(),
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
    Then::Stay
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
        ed.up();
        assert_eq!((ed.row, ed.col), (0, 2));
        ed.right();
        assert_eq!((ed.row, ed.col), (1, 0));
        ed.left();
        ed.left();
        assert_eq!((ed.row, ed.col), (0, 1));
        ed.insert('X');
        ed.down();
        ed.newline();
        assert_eq!(ed.text(), "aXb\nlo\nnger line\n");
        ed.up();
        ed.up();
        ed.up();
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
