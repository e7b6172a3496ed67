//! The small built-in note editor, used when neither $VISUAL nor $EDITOR is set: type, Enter
//! for a new line, Backspace, arrows, Ctrl-Z/Ctrl-Y undo and redo, Ctrl-S saves, Esc cancels.
//! The text and cursor are a `ratatui_textarea::TextArea`; keys come in as the note editor's own
//! actions from the key table and are applied through the widget's methods, so the widget never
//! reads a key itself.

use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::save_note;
use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};

/// The note being edited: the entry it is on, and its text with the cursor.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    /// The entry the note is on.
    pub id: String,
    area: TextArea<'static>,
}

impl NoteEditor {
    /// An editor on `text`, the cursor at its end.
    pub fn new(id: &str, text: &str) -> NoteEditor {
        let lines: Vec<String> = text
            .trim_end_matches('\n')
            .split('\n')
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect();
        let mut area = TextArea::new(lines);
        // Long lines wrap at word boundaries (a word wider than the box is cut), so a note reads
        // as prose; the view sets the cursor's style from the theme.
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(ratatui::style::Style::default());
        area.set_cursor_style(ratatui::style::Style::default());
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        NoteEditor {
            id: id.to_string(),
            area,
        }
    }

    /// The text, lines joined with newlines (and a final newline unless empty).
    pub fn text(&self) -> String {
        let s = self.area.lines().join("\n");
        if s.trim().is_empty() {
            String::new()
        } else {
            s + "\n"
        }
    }

    /// The cursor as (line, character in the line).
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    /// The widget, for the view to draw.
    pub fn widget(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Types `c` at the cursor; control characters are not typed.
    pub fn insert(&mut self, c: char) {
        if !c.is_control() {
            self.area.insert_char(c);
        }
    }

    /// Pastes `text` at the cursor as one change: its lines become lines, carriage returns and
    /// control characters other than tabs are left out.
    pub fn paste(&mut self, text: &str) {
        let clean: String = text
            .chars()
            .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
            .collect();
        self.area.insert_str(clean);
    }

    pub fn newline(&mut self) {
        self.area.insert_newline();
    }

    /// Deletes the character before the cursor, or joins the line with the one above.
    pub fn backspace(&mut self) {
        self.area.delete_char();
    }

    /// One character left, to the end of the line above at the start of a line.
    pub fn left(&mut self) {
        self.area.move_cursor(CursorMove::Back);
    }

    /// One character right, to the start of the next line at the end of a line.
    pub fn right(&mut self) {
        self.area.move_cursor(CursorMove::Forward);
    }

    /// One row up on the screen, keeping the column where the row is long enough.
    pub fn up(&mut self) {
        self.area.move_cursor(CursorMove::Up);
    }

    /// One row down on the screen.
    pub fn down(&mut self) {
        self.area.move_cursor(CursorMove::Down);
    }

    pub fn undo(&mut self) {
        self.area.undo();
    }

    pub fn redo(&mut self) {
        self.area.redo();
    }
}

/// Applies an action while the editor is open.
pub fn action(app: &mut App, action: Action) -> Then {
    let Some(Overlay::Note(ed)) = &mut app.overlay else {
        return Then::Stay;
    };
    match action {
        Action::Input(c) => ed.insert(c),
        Action::Paste(text) => ed.paste(&text),
        Action::NewLine => ed.newline(),
        Action::DeleteChar => ed.backspace(),
        Action::CursorLeft => ed.left(),
        Action::CursorRight => ed.right(),
        Action::CursorUp => ed.up(),
        Action::CursorDown => ed.down(),
        Action::Undo => ed.undo(),
        Action::Redo => ed.redo(),
        Action::SaveNote => {
            let (id, text) = (ed.id.clone(), ed.text());
            save_note(app, &id, &text);
            return Then::Close;
        }
        Action::Escape => {
            app.status.say(app.t("note-cancelled"));
            return Then::Close;
        }
        _ => {}
    }
    Then::Stay
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
        assert_eq!(ed.cursor(), (0, 5));
    }

    #[test]
    fn arrows_move_within_the_text() {
        let mut ed = NoteEditor::new("x", "ab\nlonger line\n");
        assert_eq!(ed.cursor(), (1, 11));
        ed.up();
        assert_eq!(ed.cursor(), (0, 2));
        ed.right();
        assert_eq!(ed.cursor(), (1, 0));
        ed.left();
        ed.left();
        assert_eq!(ed.cursor(), (0, 1));
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
        assert_eq!(ed.cursor(), (0, 0));
        ed.backspace();
        assert_eq!(ed.text(), "aXb\nlo\nnger line\n");
    }

    #[test]
    fn an_empty_note_is_empty_text() {
        let mut ed = NoteEditor::new("x", "   ");
        assert_eq!(ed.text(), "");
        ed.insert('\u{1b}');
        assert_eq!(ed.text(), "");
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
    fn a_paste_is_one_change_with_its_lines_and_no_control_characters() {
        let mut ed = NoteEditor::new("x", "start");
        ed.paste("one\r\ntwo\u{1b}[31m\tthree\rfour");
        assert_eq!(ed.text(), "startone\ntwo[31m\tthreefour\n");
        ed.undo();
        assert_eq!(ed.text(), "start\n");
        ed.redo();
        assert_eq!(ed.text(), "startone\ntwo[31m\tthreefour\n");
    }

    #[test]
    fn undo_and_redo_step_through_the_changes() {
        let mut ed = NoteEditor::new("x", "");
        typed(&mut ed, "ab\nв");
        ed.backspace();
        ed.undo();
        assert_eq!(ed.text(), "ab\nв\n");
        ed.undo();
        ed.undo();
        assert_eq!(ed.text(), "ab\n");
        ed.redo();
        assert_eq!(ed.text(), "ab\n\n");
        assert_eq!(ed.cursor(), (1, 0));
    }
}
