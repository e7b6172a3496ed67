//! Moving the note editor's cursor: by character and to a line's ends (a character is one
//! position, whatever its width), by screen row (Up and Down keep to the column they started
//! from across shorter rows) and by screenful of rows, and to the note's start and end.

use super::NoteEditor;
use crate::app::study::soft_wrap::{col_at, locate};

impl NoteEditor {
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
}
