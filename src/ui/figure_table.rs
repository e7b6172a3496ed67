//! The figure widget's table: for `chart: table` figures and rows without values — a label
//! column, the figure's `columns`, and the values with the unit as their header, each column
//! shrunk to share the width and its cells wrapped (or cut with an ellipsis) to fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Cell, Row, Table, Widget};
use unicode_width::UnicodeWidthStr;

use super::{Body, FigureView, safe};
use crate::corpus::model::KindFields;
use crate::figure::layout::{column_widths, wrap};
use crate::figure::ordered_rows;
use crate::ui::theme::Theme;

impl FigureView<'_> {
    pub(super) fn table(&self, width: usize, budget: usize) -> Body {
        let KindFields::Figure { columns, unit, .. } = &self.entry.fields else {
            return Body::Bars(Vec::new());
        };
        let rows = ordered_rows(self.entry);
        let has_values = rows.iter().any(|r| r.value.is_some());
        let mut header: Vec<String> = vec![String::new()];
        header.extend(columns.iter().map(|c| safe(c.show(self.lang))));
        let values = self.values(&rows, false);
        let mut cells: Vec<Vec<String>> = rows
            .iter()
            .zip(&values)
            .map(|(r, v)| {
                let mut c = vec![self.label(r)];
                c.extend(r.cells.iter().map(|x| safe(x.show(self.lang))));
                if has_values {
                    c.push(v.clone());
                }
                c
            })
            .collect();
        if has_values {
            header.push(
                unit.as_ref()
                    .map_or(String::new(), |u| safe(u.show(self.lang))),
            );
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
        let natural: Vec<usize> = (0..ncols)
            .map(|i| {
                cells
                    .iter()
                    .chain([&header])
                    .map(|r| r[i].width())
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect();
        let widths = column_widths(&natural, width.saturating_sub(ncols - 1));
        let fit = |row: &Vec<String>, lines: usize| -> Vec<Vec<String>> {
            row.iter()
                .zip(&widths)
                .map(|(s, &w)| wrap(s, w, lines))
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
