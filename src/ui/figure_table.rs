//! The figure widget's table: for `chart: table` figures and rows without values — a label
//! column, the figure's `columns`, and the values with the unit as their header, each column
//! sized by its content to share the width (never below its longest word while that fits, the
//! room left where it saves the most lines; a header may take two lines) and its cells wrapped
//! to fit. A table whose cells would not fit
//! whole (a word wider than its column, or more lines than allowed) is told one record per row
//! instead, as `toli figure` prints it, so no value is ever cut.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Text};
use ratatui::widgets::{Cell, Row, Table, Widget};
use unicode_width::UnicodeWidthStr;

use super::{Body, FigureView, safe};
use crate::corpus::model::KindFields;
use crate::figure::columns::{SizedRow, fit_columns};
use crate::figure::layout::{column_widths, number_marker, wrap, wrap_hanging};
use crate::figure::ordered_rows;
use crate::figure::text::records_of;
use crate::markdown::render::Rendered;
use crate::markdown::wrap::{Glyph, glyphs, wrap as wrap_glyphs};
use crate::ui::theme::Theme;

impl FigureView<'_> {
    pub(super) fn table(&self, width: usize, budget: usize, stack: bool) -> Body {
        let KindFields::Figure { columns, .. } = &self.entry.fields else {
            return Body::Bars(Vec::new());
        };
        let rows = ordered_rows(self.entry);
        let has_values = rows.iter().any(|r| r.value.is_some());
        let mut header: Vec<String> = vec![safe(crate::figure::label_head(self.entry, self.lang))];
        header.extend(columns.iter().map(|c| safe(c.show(self.lang))));
        // A unit every row shares heads the value column; else each value carries its own.
        let shared = crate::figure::shared_unit(self.entry, self.lang);
        let texts = self.texts(shared.is_none());
        let mut cells: Vec<Vec<String>> = rows
            .iter()
            .zip(&texts)
            .map(|(r, (label, v))| {
                let mut c = vec![label.clone()];
                c.extend(r.cells.iter().map(|x| safe(x.show(self.lang))));
                if has_values {
                    c.push(v.clone());
                }
                c
            })
            .collect();
        if has_values {
            header.push(safe(&crate::figure::value_head(self.entry, self.lang)));
        }
        let ncols = cells
            .iter()
            .map(Vec::len)
            .chain([header.len()])
            .max()
            .unwrap_or(1);
        for c in cells.iter_mut().chain([&mut header]) {
            c.resize(ncols, String::new());
        }
        // A column's natural width is its widest cell, or its header (set on two lines when
        // cells may wrap).
        let wraps = budget > 1;
        let header_width = |h: &str| if wraps { two_line_width(h) } else { h.width() };
        let natural: Vec<usize> = (0..ncols)
            .map(|i| {
                cells
                    .iter()
                    .map(|r| r[i].width())
                    .chain([header_width(&header[i])])
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect();
        // Where cells wrap, a column keeps room for its longest word.
        let least: Vec<usize> = (0..ncols)
            .filter(|_| wraps)
            .map(|i| {
                cells
                    .iter()
                    .chain([&header])
                    .flat_map(|r| r[i].split_whitespace().map(UnicodeWidthStr::width))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let available = width.saturating_sub(ncols - 1);
        let widths = if wraps {
            // Columns sized by their content: the header may take two lines, a cell `budget`.
            let sized: Vec<SizedRow> = [(&header, budget.min(2))]
                .into_iter()
                .chain(cells.iter().map(|r| (r, budget)))
                .map(|(cells, most_lines)| SizedRow { cells, most_lines })
                .collect();
            fit_columns(&sized, &natural, &least, available)
        } else {
            column_widths(&natural, &least, available)
        };
        let whole = |row: &Vec<String>, lines: usize| {
            row.iter()
                .zip(&widths)
                .enumerate()
                .all(|(i, (s, &w))| match i {
                    0 => label_fits(s, w, lines),
                    _ => cell_fits(s, w, lines),
                })
        };
        if stack && !(whole(&header, budget.min(2)) && cells.iter().all(|r| whole(r, budget))) {
            return Body::Records(self.records(&rows, columns, has_values, width));
        }
        // A numbered row label hangs its continuation lines under its name.
        let fit = |row: &Vec<String>, lines: usize| -> Vec<Vec<String>> {
            row.iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (s, &w))| match i {
                    0 => wrap_hanging(s, w, lines),
                    _ => wrap(s, w, lines),
                })
                .collect()
        };
        Body::Table {
            header: fit(&header, budget.min(2)),
            rows: cells.iter().map(|r| fit(r, budget)).collect(),
            widths: widths.iter().map(|&w| w as u16).collect(),
            values: has_values,
        }
    }
}

impl FigureView<'_> {
    /// The table one record per row: the label in bold, then each cell under its column's name
    /// (the value with its unit last), continuation lines indented.
    fn records(
        &self,
        rows: &[&crate::corpus::model::FigureRow],
        columns: &[crate::corpus::model::Bi<String>],
        has_values: bool,
        width: usize,
    ) -> Vec<Line<'static>> {
        let mut header = vec![String::new()];
        header.extend(columns.iter().map(|c| safe(c.show(self.lang))));
        let texts = self.texts(true);
        let mut table = vec![header];
        for (r, (label, v)) in rows.iter().zip(&texts) {
            let mut row = vec![label.clone()];
            row.extend(r.cells.iter().map(|x| safe(x.show(self.lang))));
            if has_values {
                row.resize(columns.len() + 1, String::new());
                row.push(v.clone());
            }
            table.push(row);
        }
        let bold = self.th.base.add_modifier(Modifier::BOLD);
        let mut out = Vec::new();
        for (i, record) in records_of(&table).into_iter().enumerate() {
            if i > 0 {
                out.push(Line::default());
            }
            let hang = number_marker(record.label);
            let hang = if hang * 3 <= width { hang } else { 0 };
            out.extend(wrapped(&glyphs(record.label, bold, None), width, hang));
            for (column, cell) in record.fields {
                let mut g = glyphs("  ", self.th.base, None);
                if !column.is_empty() {
                    g.extend(glyphs(&format!("{column}: "), self.th.dim, None));
                }
                g.extend(glyphs(cell, self.th.base, None));
                out.extend(wrapped(&g, width, 4));
            }
        }
        out
    }
}

/// The fewest columns that set `text` on at most two lines with no word broken.
fn two_line_width(text: &str) -> usize {
    let whole = text.width();
    let longest = text.split_whitespace().map(UnicodeWidthStr::width).max();
    (longest.unwrap_or(0)..whole)
        .find(|&w| cell_fits(text, w, 2))
        .unwrap_or(whole)
}

/// Whether row label `text` wraps into `width` columns in at most `lines` lines with no word
/// broken, its continuation lines hanging under its name.
fn label_fits(text: &str, width: usize, lines: usize) -> bool {
    text.split_whitespace().all(|w| w.width() <= width)
        && wrap_hanging(text, width, usize::MAX).len() <= lines
}

/// Whether `text` wraps into `width` columns in at most `lines` lines with no word broken.
fn cell_fits(text: &str, width: usize, lines: usize) -> bool {
    text.split_whitespace().all(|w| w.width() <= width)
        && wrap(text, width, usize::MAX).len() <= lines
}

/// `g` wrapped to `width`, continuation lines indented by `indent` columns.
fn wrapped(g: &[Glyph], width: usize, indent: usize) -> Vec<Line<'static>> {
    let mut r = Rendered::default();
    for (n, l) in wrap_glyphs(g, width.saturating_sub(indent).max(1))
        .into_iter()
        .enumerate()
    {
        let mut line = if n > 0 {
            glyphs(&" ".repeat(indent), Style::default(), None)
        } else {
            Vec::new()
        };
        line.extend(l);
        r.push(&line);
    }
    r.lines
}

pub(super) fn render(body: &Body, area: Rect, buf: &mut Buffer, th: &Theme) {
    let Body::Table {
        widths,
        header,
        rows,
        values,
    } = body
    else {
        return;
    };
    let last = widths.len().saturating_sub(1);
    let row = |cells: &Vec<Vec<String>>, style: Style| {
        let height = cells.iter().map(Vec::len).max().unwrap_or(1) as u16;
        let cells: Vec<Cell> = cells
            .iter()
            .enumerate()
            .map(|(i, lines)| {
                let text = Text::from(
                    lines
                        .iter()
                        .map(|l| Line::from(l.clone()))
                        .collect::<Vec<_>>(),
                );
                let text = if *values && i == last && i > 0 {
                    text.alignment(Alignment::Right)
                } else {
                    text
                };
                Cell::from(text)
            })
            .collect();
        Row::new(cells).height(height).style(style)
    };
    let table = Table::new(
        rows.iter().map(|r| row(r, th.base)),
        widths.iter().map(|&w| Constraint::Length(w)),
    )
    .header(row(header, th.heading))
    .column_spacing(1);
    Widget::render(table, area, buf);
}
