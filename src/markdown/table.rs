//! Markdown tables for the terminal: columns sized to their content, shrunk (widest first) to
//! fit the width but never below their longest word, cells wrapped between words, a rule under
//! the header row; one record per row when the columns cannot fit. A column of numbers with no
//! alignment of its own is set to the right, so it can be compared down the column. The app and
//! `toli show` share it.

use pulldown_cmark::Alignment;
use ratatui::style::Style;

use super::wrap::{Glyph, char_width, glyphs, width, wrap};

/// The display width of the longest run of non-spaces in `cell`.
fn longest_word(cell: &[Glyph]) -> usize {
    let (mut best, mut cur) = (0, 0);
    for g in cell {
        if g.ch == ' ' || g.ch == '\n' {
            cur = 0;
        } else {
            cur += char_width(g.ch);
            best = best.max(cur);
        }
    }
    best
}

/// Whether every cell of column `c` below the header is a number or a gap, and at least one a
/// number.
fn numbers_column(rows: &[Vec<Vec<Glyph>>], c: usize) -> bool {
    let text = |cell: &Vec<Glyph>| cell.iter().map(|g| g.ch).collect::<String>();
    let cells: Vec<String> = rows
        .iter()
        .skip(1)
        .filter_map(|r| r.get(c))
        .map(text)
        .collect();
    crate::numeric::is_numeric_column(&cells)
}

/// A table being collected from parser events.
pub struct Table {
    aligns: Vec<Alignment>,
    rows: Vec<Vec<Vec<Glyph>>>,
    row: Vec<Vec<Glyph>>,
}

impl Table {
    pub fn new(aligns: Vec<Alignment>) -> Table {
        Table {
            aligns,
            rows: Vec::new(),
            row: Vec::new(),
        }
    }

    pub fn cell(&mut self, glyphs: Vec<Glyph>) {
        self.row.push(glyphs);
    }

    pub fn end_row(&mut self) {
        let row = std::mem::take(&mut self.row);
        self.rows.push(row);
    }

    /// A table too narrow for its columns: one record per row — the first cell, then each
    /// other cell under its column's header — with rules between records.
    fn stacked(self, max: usize, border: Style) -> Vec<Vec<Glyph>> {
        let Some((header, rows)) = self.rows.split_first() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            if r > 0 {
                out.push(glyphs(&"─".repeat(max.clamp(1, 20)), border, None));
            }
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let label = header.get(c).filter(|h| !h.is_empty());
                let mut line = match label {
                    Some(h) => {
                        let mut l = h.clone();
                        l.extend(glyphs(": ", border, None));
                        l
                    }
                    None => Vec::new(),
                };
                line.extend(cell.iter().copied());
                let indent = if c == 0 { 0 } else { 2 };
                for (i, wrapped) in wrap(&line, max.saturating_sub(indent).max(1))
                    .into_iter()
                    .enumerate()
                {
                    let pad = if c == 0 || i == 0 { indent } else { indent + 2 };
                    let mut l = glyphs(&" ".repeat(pad.min(max / 2)), Style::default(), None);
                    l.extend(wrapped);
                    out.push(l);
                }
            }
        }
        out
    }

    /// The table as lines of at most `max` columns (when at all possible). Columns shrink
    /// (widest first) but never below their longest word; when even that does not fit, one
    /// record per row.
    pub fn layout(self, max: usize, border: Style) -> Vec<Vec<Glyph>> {
        let cols = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        if cols == 0 {
            return Vec::new();
        }
        let mut widths = vec![1usize; cols];
        let mut words = vec![1usize; cols];
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(width(cell));
                words[i] = words[i].max(longest_word(cell));
            }
        }
        let seps = 3 * (cols - 1);
        if words.iter().sum::<usize>() + seps > max {
            return self.stacked(max, border);
        }
        let room = max.saturating_sub(seps).max(cols);
        while widths.iter().sum::<usize>() > room {
            let Some((i, _)) = widths
                .iter()
                .enumerate()
                .filter(|(i, w)| **w > words[*i])
                .max_by_key(|(_, w)| **w)
            else {
                break;
            };
            widths[i] -= 1;
        }
        let aligns: Vec<Alignment> = (0..cols)
            .map(|c| match self.aligns.get(c) {
                Some(Alignment::None) | None if numbers_column(&self.rows, c) => Alignment::Right,
                Some(a) => *a,
                None => Alignment::None,
            })
            .collect();
        let sep = glyphs(" │ ", border, None);
        let mut out = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            let cells: Vec<Vec<Vec<Glyph>>> = (0..cols)
                .map(|c| {
                    let cell = row.get(c).cloned().unwrap_or_default();
                    wrap(&cell, widths[c])
                })
                .collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(1);
            for i in 0..height {
                let mut line = Vec::new();
                for (c, cell) in cells.iter().enumerate() {
                    if c > 0 {
                        line.extend(sep.iter().copied());
                    }
                    let text = cell.get(i).cloned().unwrap_or_default();
                    let pad = widths[c].saturating_sub(width(&text));
                    let (left, right) = match aligns.get(c) {
                        Some(Alignment::Right) => (pad, 0),
                        Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                        _ => (0, pad),
                    };
                    line.extend(glyphs(&" ".repeat(left), Style::default(), None));
                    line.extend(text);
                    if c + 1 < cols {
                        line.extend(glyphs(&" ".repeat(right), Style::default(), None));
                    }
                }
                out.push(line);
            }
            if r == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                out.push(glyphs(&rule.join("─┼─"), border, None));
            }
        }
        out
    }
}
