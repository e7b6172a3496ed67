//! The findings × actions matrix view (`X`): the [`Matrix`] with a focused cell moved by
//! arrows/hjkl, n/N to the next/previous mark; Enter opens the focused finding, `a` the focused
//! action, and Backspace on that entry comes back to the matrix where it was. Drawn by
//! `ui/matrix.rs`.

use super::action::Action;
use super::state::{App, Overlay, Then};
use crate::matrix::Matrix;

/// The matrix and the focused cell.
#[derive(Debug, Clone, Default)]
pub struct MatrixView {
    pub matrix: Matrix,
    /// The focused finding (row) and action (column).
    pub row: usize,
    pub col: usize,
}

impl MatrixView {
    pub fn new(matrix: Matrix) -> MatrixView {
        MatrixView {
            matrix,
            row: 0,
            col: 0,
        }
    }

    /// Focuses `entry`'s row or column when it is a finding, an action or a recommendation
    /// of the matrix, on a marked cell of it where there is one.
    pub fn focus_on(&mut self, entry: usize) {
        let m = &self.matrix;
        let marked = |row: usize, col: usize| m.marks[row][col].is_some();
        if let Some(row) = m.findings.iter().position(|&f| f == entry) {
            self.row = row;
            self.col = (0..m.actions.len()).find(|&c| marked(row, c)).unwrap_or(0);
        } else if let Some(col) = m.actions.iter().position(|&a| a == entry).or_else(|| {
            let g = m.groups.iter().find(|g| g.recommendation == entry)?;
            Some(g.columns.start).filter(|_| !g.columns.is_empty())
        }) {
            self.col = col;
            self.row = (0..m.findings.len()).find(|&r| marked(r, col)).unwrap_or(0);
        }
    }

    /// Moves the focus by rows and columns, staying inside the matrix.
    pub fn step(&mut self, rows: isize, cols: isize) {
        let clamp = |cur: usize, d: isize, len: usize| -> usize {
            (cur as isize)
                .saturating_add(d)
                .clamp(0, len.saturating_sub(1) as isize) as usize
        };
        self.row = clamp(self.row, rows, self.matrix.findings.len());
        self.col = clamp(self.col, cols, self.matrix.actions.len());
    }

    /// Moves to the next (or previous) marked cell in reading order: along the row, then on
    /// to the following (preceding) rows. Stays put when there is none.
    pub fn next_mark(&mut self, forward: bool) {
        let cols = self.matrix.actions.len();
        let cells = self.matrix.findings.len() * cols;
        if cols == 0 {
            return;
        }
        let here = self.row * cols + self.col;
        let marked = |n: &usize| {
            self.matrix
                .marks
                .get(n / cols)
                .and_then(|r| r.get(n % cols))
                .is_some_and(|m| m.is_some())
        };
        let found = if forward {
            (here + 1..cells).find(marked)
        } else {
            (0..here).rev().find(marked)
        };
        if let Some(n) = found {
            self.row = n / cols;
            self.col = n % cols;
        }
    }

    /// The focused finding's entry.
    pub fn finding(&self) -> Option<usize> {
        self.matrix.findings.get(self.row).copied()
    }

    /// The focused action's entry.
    pub fn action(&self) -> Option<usize> {
        self.matrix.actions.get(self.col).copied()
    }
}

/// The matrix of the whole corpus, focused on the entry being read: a finding's row (at its
/// first mark), an action's column (at the first finding it answers), a recommendation's
/// first column; else the first cell.
pub fn opened(app: &App) -> Overlay {
    let mut view = MatrixView::new(Matrix::build(&app.corpus, app.settings.lang));
    if let Some(entry) = app.current() {
        view.focus_on(entry);
    }
    Overlay::Matrix(view)
}

/// Applies an action while the matrix is shown.
pub fn action(app: &mut App, action: Action) -> Then {
    let page = crate::ui::matrix::grid_rows(super::update::screen(app)).max(1) as isize;
    let Some(Overlay::Matrix(v)) = &mut app.overlay else {
        return Then::Stay;
    };
    let far = isize::MAX / 4;
    match action {
        Action::Up | Action::Wheel { down: false, .. } => v.step(-1, 0),
        Action::Down | Action::Wheel { down: true, .. } => v.step(1, 0),
        Action::FocusLeft => v.step(0, -1),
        Action::FocusRight => v.step(0, 1),
        Action::PageUp => v.step(-page, 0),
        Action::PageDown => v.step(page, 0),
        Action::Top => v.step(-far, 0),
        Action::Bottom => v.step(far, 0),
        Action::Open | Action::OpenAction => {
            let to = if action == Action::Open {
                v.finding()
            } else {
                v.action()
            };
            if let Some(to) = to {
                let view = v.clone();
                app.nav.remember_matrix(view, to);
                return Then::Open(to);
            }
        }
        Action::FindNext => v.next_mark(true),
        Action::FindPrev => v.next_mark(false),
        Action::Escape | Action::OpenMatrix => return Then::Close,
        _ => {}
    }
    Then::Stay
}

/// Backspace on the entry opened from the matrix: the matrix again, focused where it was.
/// None (and the return forgotten) on any other entry.
pub fn back_to_matrix(app: &mut App) -> Option<Overlay> {
    match app.nav.take_matrix_return() {
        Some((view, entry)) if app.current() == Some(entry) => Some(Overlay::Matrix(view)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::{Group, Mark};

    fn view(rows: usize, cols: usize) -> MatrixView {
        MatrixView::new(Matrix {
            findings: (0..rows).collect(),
            actions: (100..100 + cols).collect(),
            groups: vec![Group {
                recommendation: 99,
                columns: 0..cols,
            }],
            marks: vec![vec![Some(Mark::Direct); cols]; rows],
        })
    }

    #[test]
    fn moving_stays_inside_the_matrix() {
        let mut v = view(3, 5);
        v.step(-1, -1);
        assert_eq!((v.row, v.col), (0, 0));
        v.step(1, 3);
        assert_eq!((v.row, v.col), (1, 3));
        assert_eq!((v.finding(), v.action()), (Some(1), Some(103)));
        v.step(isize::MAX / 4, isize::MAX / 4);
        assert_eq!((v.row, v.col), (2, 4));
        v.step(-10, -2);
        assert_eq!((v.row, v.col), (0, 2));
    }

    #[test]
    fn n_and_shift_n_jump_between_marks_along_rows() {
        let mut v = view(3, 30);
        for row in &mut v.matrix.marks {
            row.iter_mut().for_each(|m| *m = None);
        }
        v.matrix.marks[0][27] = Some(Mark::Direct);
        v.matrix.marks[2][1] = Some(Mark::Recommendation);
        v.next_mark(true);
        assert_eq!((v.row, v.col), (0, 27), "one press reaches the 28th action");
        v.next_mark(true);
        assert_eq!((v.row, v.col), (2, 1), "then on to the next row's mark");
        v.next_mark(true);
        assert_eq!((v.row, v.col), (2, 1), "the last mark stays");
        v.next_mark(false);
        assert_eq!((v.row, v.col), (0, 27));
    }

    #[test]
    fn it_opens_on_the_finding_action_or_recommendation_being_read() {
        let mut v = view(3, 4);
        for row in &mut v.matrix.marks {
            row.iter_mut().for_each(|m| *m = None);
        }
        v.matrix.marks[1][2] = Some(Mark::Direct);
        v.matrix.marks[2][3] = Some(Mark::Direct);
        v.focus_on(2);
        assert_eq!((v.row, v.col), (2, 3), "a finding: its row, at its mark");
        v.focus_on(102);
        assert_eq!(
            (v.row, v.col),
            (1, 2),
            "an action: its column, at its finding"
        );
        v.focus_on(0);
        assert_eq!((v.row, v.col), (0, 0), "a finding with no mark: its row");
        v.focus_on(99);
        assert_eq!(
            (v.row, v.col),
            (0, 0),
            "the recommendation: its first column"
        );
        v.focus_on(1);
        v.focus_on(500);
        assert_eq!((v.row, v.col), (1, 2), "another entry leaves the focus");
    }

    #[test]
    fn an_empty_matrix_has_nothing_focused() {
        let mut v = view(0, 0);
        v.step(1, 1);
        assert_eq!((v.row, v.col), (0, 0));
        assert_eq!((v.finding(), v.action()), (None, None));
    }
}
