//! Draws a figure as plain text: horizontal bars with values and units, or a table; values and
//! columns of numbers set to the right.

use unicode_width::UnicodeWidthStr;

use super::{Units, labels_with_years, ordered_rows, row_texts, shared_unit};
use crate::corpus::model::{ChartKind, Entry, KindFields};
use crate::lang::Lang;
use crate::markdown::wrap::wrap_words;

fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// `text` set to the right of `width` columns.
fn pad_left(text: &str, width: usize) -> String {
    let w = text.width();
    format!("{}{text}", " ".repeat(width.saturating_sub(w)))
}

/// Whether column `c` of `table` (header first) holds numbers.
fn numbers_column(table: &[Vec<String>], c: usize) -> bool {
    let cells: Vec<&str> = table
        .iter()
        .skip(1)
        .filter_map(|r| r.get(c))
        .map(String::as_str)
        .collect();
    crate::numeric::is_numeric_column(&cells)
}

/// One row of a table told as a record: its label, then each non-empty cell with its column's
/// name (empty for an unnamed column, such as the values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub label: &'a str,
    pub fields: Vec<(&'a str, &'a str)>,
}

/// The rows of `table` (the header is `table[0]`, the label is each row's first cell) as
/// records: the layout used wherever a table is too wide for its columns — `toli figure` here,
/// the app's figure view and presentation slides.
pub fn records_of(table: &[Vec<String>]) -> Vec<Record<'_>> {
    let Some((header, rows)) = table.split_first() else {
        return Vec::new();
    };
    rows.iter()
        .map(|row| {
            let mut cells = row.iter().map(String::as_str).zip(
                header
                    .iter()
                    .map(String::as_str)
                    .chain(std::iter::repeat("")),
            );
            let label = cells.next().map_or("", |(label, _)| label);
            let fields = cells
                .filter(|(cell, _)| !cell.is_empty())
                .map(|(cell, column)| (column, cell))
                .collect();
            Record { label, fields }
        })
        .collect()
}

/// A table too wide for `width`, one record per row: the row's label, then each cell under its
/// column's name, wrapped (the header is `table[0]`).
fn records(table: &[Vec<String>], width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for (i, record) in records_of(table).into_iter().enumerate() {
        if i > 0 {
            out.push(String::new());
        }
        out.extend(wrap_words(record.label, width, 0));
        for (column, cell) in record.fields {
            let line = if column.is_empty() {
                format!("  {cell}")
            } else {
                format!("  {column}: {cell}")
            };
            out.extend(wrap_words(&line, width, 4));
        }
    }
    out
}

/// Whether the figure is drawn as a table (a table chart, or rows without values).
pub fn is_table(entry: &Entry) -> bool {
    match &entry.fields {
        KindFields::Figure { chart, rows, .. } => {
            *chart == ChartKind::Table || rows.iter().all(|r| r.value.is_none())
        }
        _ => false,
    }
}

/// The figure as lines at most `width` columns wide: bars shrink to fit, and a table whose
/// columns do not fit becomes one record per row.
pub fn render(entry: &Entry, lang: Lang, width: usize) -> Vec<String> {
    let KindFields::Figure { columns, .. } = &entry.fields else {
        return Vec::new();
    };
    let rows = ordered_rows(entry);
    // A unit every row shares heads the values once; else each value carries its own.
    let shared = shared_unit(entry, lang);
    let units = Units::of(shared);
    let texts = row_texts(entry, lang, units);
    let labels = labels_with_years(&rows, &texts);
    let values: Vec<String> = texts.into_iter().map(|t| t.value).collect();
    let label_w = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let mut out = Vec::new();
    if is_table(entry) {
        let mut header = vec![super::label_head(entry, lang).to_string()];
        header.extend(columns.iter().map(|c| c.show(lang).to_string()));
        let has_values = rows.iter().any(|r| r.value.is_some());
        let mut table: Vec<Vec<String>> = rows
            .iter()
            .zip(&labels)
            .zip(&values)
            .map(|((r, l), v)| {
                let mut cells = vec![l.clone()];
                cells.extend(r.cells.iter().map(|c| c.show(lang).to_string()));
                if has_values {
                    cells.push(v.clone());
                }
                cells
            })
            .collect();
        if has_values {
            header.push(super::value_head(entry, lang));
        }
        table.insert(0, header);
        super::said_once::blank_repeats(&mut table, has_values);
        let ncols = table.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..ncols)
            .map(|c| {
                table
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|s| s.width())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let total = widths.iter().sum::<usize>() + 2 * ncols.saturating_sub(1);
        if total > width {
            if has_values && shared.is_none() {
                // A record says a value with its own unit under no column name.
                if let Some(last) = table.first_mut().and_then(|h| h.last_mut()) {
                    last.clear();
                }
            }
            return match has_values {
                true => records(&super::said_once::value_first(&table), width),
                false => records(&table, width),
            };
        }
        let right: Vec<bool> = (0..ncols)
            .map(|c| c > 0 && (numbers_column(&table, c) || (has_values && c + 1 == ncols)))
            .collect();
        for row in &table {
            let line: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(c, s)| match right[c] {
                    true => pad_left(s, widths[c]),
                    false => pad(s, widths[c]),
                })
                .collect();
            out.push(line.join("  ").trim_end().to_string());
        }
        return out;
    }
    let max = rows.iter().filter_map(|r| r.value).fold(0.0f64, f64::max);
    let value_w = values.iter().map(|v| v.width()).max().unwrap_or(0);
    // Labels too long to leave a bar of `MIN_BAR` beside them go on a line of their own.
    const MIN_BAR: usize = 10;
    let stacked = label_w + value_w + 4 + MIN_BAR > width;
    let beside = if stacked { 0 } else { label_w + 2 };
    let bar_w = width.saturating_sub(beside + value_w + 2).max(1);
    if let Some(unit) = shared {
        out.extend(wrap_words(
            &crate::corpus::values::capitalized(unit),
            width,
            0,
        ));
    }
    for ((r, l), v) in rows.iter().zip(&labels).zip(&values) {
        let frac = match r.value {
            Some(x) if max > 0.0 && x > 0.0 => x / max,
            _ => 0.0,
        };
        let cells = (frac * bar_w as f64).round() as usize;
        let bar = if cells == 0 && frac > 0.0 {
            "▏".to_string()
        } else {
            "█".repeat(cells)
        };
        if stacked {
            out.extend(wrap_words(l, width, 0));
            out.push(format!("{}  {}", pad(&bar, bar_w), pad_left(v, value_w)));
        } else {
            out.push(
                format!(
                    "{}  {}  {}",
                    pad(l, label_w),
                    pad(&bar, bar_w),
                    pad_left(v, value_w)
                )
                .trim_end()
                .to_string(),
            );
        }
    }
    out
}
