//! What the note editor shows: where the cursor falls on its line's screen rows, and which
//! screen row is at the top of a view so that the cursor stays in it (wrapping only the lines
//! between the two, so a key costs about the same on any size of note).

use super::NoteEditor;
use crate::app::study::soft_wrap::{locate, row_starts};

impl NoteEditor {
    /// The cursor's screen row within its line and its column, at `width` columns.
    pub fn cursor_at(&self, width: usize) -> (usize, usize) {
        let line = &self.lines[self.row];
        locate(line, &row_starts(line, width), self.col, width)
    }

    /// The first screen row to show in a view of `width` × `height` so that the cursor is in
    /// it: the view's top as it was when the cursor is still in view, else moved just as far as
    /// it must; and never leaving empty rows under the note's end while text above is hidden
    /// (after an undo took lines away, the text above comes down to fill the view). Wraps only
    /// the lines between the top and the cursor, and a screenful at the note's end.
    pub fn view_top(&self, width: usize, height: usize) -> (usize, usize) {
        let height = height.max(1);
        let top = self.top_for_cursor(width, height);
        top.min(self.last_screen_top(width, height))
    }

    /// The top of a view whose last row is the note's last: a screenful above its end, or the
    /// note's start when it is shorter.
    fn last_screen_top(&self, width: usize, height: usize) -> (usize, usize) {
        let l = self.lines.len() - 1;
        let end = (l, self.starts(l, width).len() - 1);
        self.rows_up(end, height - 1, width)
    }

    /// The screen row `above` rows up from `(l, r)`, or the note's first.
    fn rows_up(
        &self,
        (mut l, mut r): (usize, usize),
        mut above: usize,
        width: usize,
    ) -> (usize, usize) {
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

    /// The view's top that keeps the cursor in view, moved no further than it must.
    fn top_for_cursor(&self, width: usize, height: usize) -> (usize, usize) {
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
        self.rows_up(cursor, height - 1, width)
    }

    /// Moves the view's top so that the cursor is in view (see [`NoteEditor::view_top`]).
    pub fn scroll_into_view(&mut self, width: usize, height: usize) {
        self.top = self.view_top(width, height);
    }
}
