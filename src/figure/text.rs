//! Draws a figure as plain text: horizontal bars with values and units, or a table.

use unicode_width::UnicodeWidthStr;

use super::{format_value, ordered_rows, row_unit};
use crate::corpus::model::{ChartKind, Entry, KindFields};
use crate::lang::Lang;

fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// The figure as lines at most `width` columns wide (bars shrink to fit).
pub fn render(entry: &Entry, lang: Lang, width: usize) -> Vec<String> {
    let KindFields::Figure { chart, columns, .. } = &entry.fields else {
        return Vec::new();
    };
    let rows = ordered_rows(entry);
    let labels: Vec<String> = rows
        .iter()
        .map(|r| {
            let l = r.label.show(lang);
            match r.year {
                Some(y) => format!("{l} ({y})"),
                None => l.to_string(),
            }
        })
        .collect();
    let values: Vec<String> = rows
        .iter()
        .map(|r| match r.value {
            Some(v) => {
                let unit = row_unit(entry, r, lang)
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default();
                format!("{}{unit}", format_value(v))
            }
            None => String::new(),
        })
        .collect();
    let label_w = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let mut out = Vec::new();
    if *chart == ChartKind::Table || rows.iter().all(|r| r.value.is_none()) {
        let mut header = vec![String::new()];
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
            header.push(String::new());
        }
        table.insert(0, header);
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
        for row in table {
            let line: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(c, s)| pad(s, widths[c]))
                .collect();
            out.push(line.join("  ").trim_end().to_string());
        }
        return out;
    }
    let max = rows.iter().filter_map(|r| r.value).fold(0.0f64, f64::max);
    let value_w = values.iter().map(|v| v.width()).max().unwrap_or(0);
    let bar_w = width.saturating_sub(label_w + value_w + 4).max(1);
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
        out.push(
            format!("{}  {}  {v}", pad(l, label_w), pad(&bar, bar_w))
                .trim_end()
                .to_string(),
        );
    }
    out
}
