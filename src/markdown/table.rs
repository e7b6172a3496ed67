//! Markdown tables for the terminal: columns sized to their content, shrunk (widest first) to
//! fit the width, cells wrapped inside their column, a rule under the header row.

use pulldown_cmark::Alignment;
use ratatui::style::Style;

use super::wrap::{Glyph, glyphs, width, wrap};

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

    /// A table too narrow for its columns: each cell on its own lines, rows between rules.
    fn stacked(self, max: usize, border: Style) -> Vec<Vec<Glyph>> {
        let mut out = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            if r > 0 {
                out.push(glyphs(&"─".repeat(max.max(1)), border, None));
            }
            for cell in row {
                out.extend(wrap(cell, max));
            }
        }
        out
    }

    /// The table as lines of at most `max` columns (when at all possible).
    pub fn layout(self, max: usize, border: Style) -> Vec<Vec<Glyph>> {
        let cols = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        if cols == 0 {
            return Vec::new();
        }
        let mut widths = vec![1usize; cols];
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(width(cell));
            }
        }
        let seps = 3 * (cols - 1);
        if cols + seps > max {
            return self.stacked(max, border);
        }
        let room = max.saturating_sub(seps).max(cols);
        while widths.iter().sum::<usize>() > room {
            let Some((i, _)) = widths.iter().enumerate().max_by_key(|(_, w)| **w) else {
                break;
            };
            if widths[i] <= 1 {
                break;
            }
            widths[i] -= 1;
        }
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
                    let (left, right) = match self.aligns.get(c) {
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
