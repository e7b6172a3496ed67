//! Editing in the note editor: every change of the text goes through one replacement of a
//! stretch of it ([`NoteEditor::splice`]), recorded for undo ([`super::undo`]). Typing,
//! pasting (a CR, LF or CRLF is one line break), Backspace and Delete, a word or a line's part
//! deleted, moving by word, undo and redo. A word is a run of characters other than white
//! space, as the search box's Ctrl-W takes it; line ends count as white space when moving by
//! word, while deleting a word stays within its line.

use super::undo::{Kind, Pos, Step, end_of};
use super::{NoteEditor, next_version};

impl NoteEditor {
    /// The text from `from` to `to`, lines joined with newlines.
    fn slice(&self, from: Pos, to: Pos) -> String {
        if from.0 == to.0 {
            return self.lines[from.0][from.1..to.1].iter().collect();
        }
        let mut s: String = self.lines[from.0][from.1..].iter().collect();
        for line in &self.lines[from.0 + 1..to.0] {
            s.push('\n');
            s.extend(line);
        }
        s.push('\n');
        s.extend(&self.lines[to.0][..to.1]);
        s
    }

    /// Replaces the text from `from` to `to` (`from` not after `to`) with `text`, whose
    /// newlines break lines. Returns the text removed and where `text` ends.
    fn splice(&mut self, from: Pos, to: Pos, text: &str) -> (String, Pos) {
        let removed = self.slice(from, to);
        let tail = self.lines[to.0].split_off(to.1);
        if to.0 > from.0 {
            self.lines.drain(from.0 + 1..=to.0);
        }
        self.lines[from.0].truncate(from.1);
        let mut parts = text.split('\n');
        self.lines[from.0].extend(parts.next().unwrap_or_default().chars());
        let rest: Vec<Vec<char>> = parts.map(|p| p.chars().collect()).collect();
        let last = from.0 + rest.len();
        self.lines.splice(from.0 + 1..from.0 + 1, rest);
        let end = (last, self.lines[last].len());
        self.lines[last].extend(tail);
        self.version = next_version();
        (removed, end)
    }

    /// Replaces the text from `from` to `to` with `text` as one edit of `kind`: the cursor
    /// goes after `text`, and the edit can be undone. Nothing removed and nothing put is no
    /// edit.
    fn edit(&mut self, from: Pos, to: Pos, text: &str, kind: Kind) {
        self.goal = None;
        if from == to && text.is_empty() {
            return;
        }
        let before = (self.row, self.col);
        let (removed, after) = self.splice(from, to, text);
        (self.row, self.col) = after;
        self.history.record(Step {
            from,
            removed,
            inserted: text.to_string(),
            before,
            after,
            kind,
        });
    }

    fn cursor(&self) -> Pos {
        (self.row, self.col)
    }

    /// A character typed at the cursor (control characters are not).
    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            self.goal = None;
            return;
        }
        let at = self.cursor();
        self.edit(at, at, c.encode_utf8(&mut [0; 4]), Kind::Typing);
    }

    /// Enter: the line breaks at the cursor.
    pub fn newline(&mut self) {
        let at = self.cursor();
        self.edit(at, at, "\n", Kind::Typing);
    }

    /// Text pasted at the cursor, as one edit: a CR, LF or CRLF is one line break (terminals
    /// send a pasted line break as CR), other control characters but tabs are left out.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text: String = (text.chars())
            .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
            .collect();
        let at = self.cursor();
        self.edit(at, at, &text, Kind::Other);
    }

    /// The place one character before `at` (the end of the line above at a line's start).
    fn before(&self, at: Pos) -> Option<Pos> {
        match at {
            (0, 0) => None,
            (row, 0) => Some((row - 1, self.lines[row - 1].len())),
            (row, col) => Some((row, col - 1)),
        }
    }

    /// The place one character after `at` (the start of the line below at a line's end).
    fn after(&self, at: Pos) -> Option<Pos> {
        let (row, col) = at;
        if col < self.lines[row].len() {
            Some((row, col + 1))
        } else if row + 1 < self.lines.len() {
            Some((row + 1, 0))
        } else {
            None
        }
    }

    /// Whether the character just before `at` (`back`) or at it is white space; a line end
    /// is; none at the note's ends.
    fn space_at(&self, at: Pos, back: bool) -> Option<bool> {
        let (row, col) = if back { self.before(at)? } else { at };
        let c = self.lines[row].get(col).copied();
        match c {
            Some(c) => Some(c.is_whitespace()),
            None => self.after((row, col)).map(|_| true),
        }
    }

    /// The start of the word before `at`, past the white space between.
    fn word_start(&self, mut at: Pos) -> Pos {
        for space in [true, false] {
            while self.space_at(at, true) == Some(space) {
                at = self.before(at).unwrap_or(at);
            }
        }
        at
    }

    /// The end of the word after `at`, past the white space before it.
    fn word_end(&self, mut at: Pos) -> Pos {
        for space in [true, false] {
            while self.space_at(at, false) == Some(space) {
                at = self.after(at).unwrap_or(at);
            }
        }
        at
    }

    /// Backspace: the character before the cursor (at a line's start, the line joins the
    /// one above).
    pub fn backspace(&mut self) {
        let at = self.cursor();
        let from = self.before(at).unwrap_or(at);
        self.edit(from, at, "", Kind::DeleteBack);
    }

    /// Delete: the character after the cursor (at a line's end, the line below joins it).
    pub fn delete(&mut self) {
        let at = self.cursor();
        let to = self.after(at).unwrap_or(at);
        self.edit(at, to, "", Kind::DeleteForward);
    }

    /// Ctrl-W, Alt-Backspace: the word before the cursor and the white space after it, within
    /// the line; at a line's start only the line break before it (as Backspace), never a word
    /// of the line above.
    pub fn delete_word(&mut self) {
        let at = self.cursor();
        let from = match at.1 {
            0 => self.before(at).unwrap_or(at),
            _ => self.word_start(at).max((at.0, 0)),
        };
        self.edit(from, at, "", Kind::Other);
    }

    /// Ctrl-U: the line before the cursor (at its start, the line break before it).
    pub fn delete_to_line_start(&mut self) {
        let at = self.cursor();
        let from = match at.1 {
            0 => self.before(at).unwrap_or(at),
            _ => (at.0, 0),
        };
        self.edit(from, at, "", Kind::Other);
    }

    /// Ctrl-K: the line after the cursor (at its end, the line break after it).
    pub fn delete_to_line_end(&mut self) {
        let at = self.cursor();
        let to = match self.lines[at.0].len() {
            end if end == at.1 => self.after(at).unwrap_or(at),
            end => (at.0, end),
        };
        self.edit(at, to, "", Kind::Other);
    }

    /// Ctrl-←, Alt-b: to the start of the word before the cursor.
    pub fn word_left(&mut self) {
        self.goal = None;
        (self.row, self.col) = self.word_start(self.cursor());
    }

    /// Ctrl-→, Alt-f: to the end of the word after the cursor.
    pub fn word_right(&mut self) {
        self.goal = None;
        (self.row, self.col) = self.word_end(self.cursor());
    }

    /// Ctrl-Z: takes back the last edit, the cursor where it was before it. Returns whether
    /// there was one.
    pub fn undo(&mut self) -> bool {
        self.goal = None;
        let Some(step) = self.history.undo().cloned() else {
            return false;
        };
        self.splice(step.from, end_of(step.from, &step.inserted), &step.removed);
        (self.row, self.col) = step.before;
        true
    }

    /// Ctrl-Y: makes the last edit undone again. Returns whether there was one.
    pub fn redo(&mut self) -> bool {
        self.goal = None;
        let Some(step) = self.history.redo().cloned() else {
            return false;
        };
        self.splice(step.from, end_of(step.from, &step.removed), &step.inserted);
        (self.row, self.col) = step.after;
        true
    }
}
