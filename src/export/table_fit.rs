//! Whether a table reads better as a table or as one record per block at a given width. Widths
//! are in em of the table's text, so that one decision holds for the screen (16 px text) and
//! for print (10.5 pt text): the stylesheet's container queries are written in em too.
//!
//! A table fits at a width when its columns' longest unbreakable pieces fit side by side and,
//! laid out as a browser shares the width (each column gets its narrowest width plus a share of
//! the rest in proportion to its wish), it is no taller than the same rows as records.

use super::svg::{FONT, text_width};

/// Widths at which a table can turn into records, in em (see style.css): 20 is a phone, 38 one
/// of two language columns on a wide screen, 46 an A4 page (in print and on screen).
pub const STEPS: [u32; 6] = [20, 30, 38, 46, 60, 80];

/// Padding and borders of a cell, in em.
const PADDING: f64 = 1.2;
/// A record's border, padding and margin, in lines.
const RECORD_FRAME: usize = 1;

/// The width of `text` in em (on the generous side, see `text_width`).
fn em(text: &str) -> f64 {
    text_width(text) / FONT
}

/// The pieces a browser may not break: words, split after their hyphens and dashes
/// («Шэньжэнь–Хонконг–Гуанжоу» breaks after each dash).
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .flat_map(|w| w.split_inclusive(['-', '–', '—']))
}

/// The number of lines `text` takes in a box `width` em wide (a piece wider than the box takes
/// as many lines as it needs).
fn lines(text: &str, width: f64) -> usize {
    let (mut count, mut used) = (0usize, 0.0f64);
    let space = em(" ");
    for piece in pieces(text) {
        let w = em(piece);
        if count > 0 && used + space + w <= width {
            used += space + w;
        } else {
            count += (w / width).ceil().max(1.0) as usize;
            used = w % width;
        }
    }
    count.max(1)
}

/// The narrowest (longest piece) and widest (longest cell) a column wishes to be, in em with
/// its padding; the header (first text) is bold, a tenth wider.
fn wishes(column: &[String]) -> (f64, f64) {
    let bold = |n: usize| if n == 0 { 1.1 } else { 1.0 };
    let (mut min, mut max) = (0.0f64, 0.0f64);
    for (n, cell) in column.iter().enumerate() {
        for p in pieces(cell) {
            min = min.max(em(p) * bold(n));
        }
        max = max.max(em(cell.trim()) * bold(n));
    }
    (min + PADDING, max.max(min) + PADDING)
}

/// True when the table whose columns hold `columns` (each the texts of one column, header
/// first) reads well as a table `width` em wide.
pub fn table_fits(columns: &[Vec<String>], width: f64) -> bool {
    match (as_table(columns, width), as_records(columns, width)) {
        (Some(table), records) => table <= records,
        (None, _) => false,
    }
}

/// The lines the table takes `width` em wide, as a table when it reads well as one, else as
/// records (header included).
pub fn height(columns: &[Vec<String>], width: f64) -> usize {
    let records = as_records(columns, width);
    match as_table(columns, width) {
        Some(table) if table <= records => table,
        _ => records,
    }
}

/// The lines of the table set `width` em wide as a table, laid out as a browser shares the
/// width (each column gets its narrowest width plus a share of the rest in proportion to its
/// wish); `None` when its columns' longest pieces do not fit side by side.
fn as_table(columns: &[Vec<String>], width: f64) -> Option<usize> {
    let wish: Vec<(f64, f64)> = columns.iter().map(|c| wishes(c)).collect();
    let least: f64 = wish.iter().map(|w| w.0).sum();
    let most: f64 = wish.iter().map(|w| w.1).sum();
    if least > width {
        return None;
    }
    let share = if most > least {
        ((width - least) / (most - least)).min(1.0)
    } else {
        1.0
    };
    let widths: Vec<f64> = wish
        .iter()
        .map(|(min, max)| min + (max - min) * share - PADDING)
        .collect();
    let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
    let cell = |c: usize, r: usize| columns[c].get(r).map_or("", String::as_str);
    let table: usize = (0..rows)
        .map(|r| {
            (0..columns.len())
                .map(|c| lines(cell(c, r), widths[c]))
                .max()
                .unwrap_or(1)
        })
        .sum();
    Some(table)
}

/// The lines of the table's rows told as records, one block per row `width` em wide.
fn as_records(columns: &[Vec<String>], width: f64) -> usize {
    let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
    let cell = |c: usize, r: usize| columns[c].get(r).map_or("", String::as_str);
    (1..rows)
        .map(|r| {
            RECORD_FRAME
                + (0..columns.len())
                    .filter(|&c| !cell(c, r).trim().is_empty())
                    .map(|c| match cell(c, 0).trim() {
                        "" => lines(cell(c, r), width - PADDING),
                        head => lines(&format!("{head}: {}", cell(c, r)), width - PADDING),
                    })
                    .sum::<usize>()
        })
        .sum()
}

/// The class for a table whose columns hold `columns`: `rec-N` when it reads as a table from
/// N em on (records below), `rec-all` when it never does, nothing when it always does.
pub fn records_class(columns: &[Vec<String>]) -> &'static str {
    if table_fits(columns, f64::from(STEPS[0])) {
        return "";
    }
    match STEPS.iter().find(|&&s| table_fits(columns, f64::from(s))) {
        Some(20) => "rec-20",
        Some(30) => "rec-30",
        Some(38) => "rec-38",
        Some(46) => "rec-46",
        Some(60) => "rec-60",
        Some(_) => "rec-80",
        None => "rec-all",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(rows: &[&[&str]]) -> Vec<Vec<String>> {
        let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
        (0..width)
            .map(|c| {
                rows.iter()
                    .map(|r| r.get(c).copied().unwrap_or("").to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn lines_wrap_at_spaces_and_after_hyphens() {
        assert_eq!(lines("one two", 40.0), 1);
        assert_eq!(lines("mining-metallurgy-chemical", 7.0), 3);
        assert_eq!(lines("Шэньжэнь–Хонконг–Гуанжоу", 7.0), 3);
        assert_eq!(lines("", 5.0), 1);
    }

    #[test]
    fn a_narrow_table_always_fits() {
        let small = columns(&[&["Stage", "Reach"], &["Local", "aimag"]]);
        assert!(table_fits(&small, 20.0));
        assert_eq!(records_class(&small), "");
    }

    #[test]
    fn five_columns_of_short_values_fit_an_a4_page_but_not_a_phone() {
        let mut rows: Vec<&[&str]> = vec![&[
            "",
            "Industry type",
            "Ownership type",
            "Year licensed",
            "Remarks",
        ]];
        let row: &[&str] = &[
            "9. Bagakhangai glass and glass products ITP",
            "Mining-metallurgy-chemical industry",
            "Privately owned",
            "2021",
            "Needs to change status",
        ];
        rows.extend(std::iter::repeat_n(row, 14));
        let parks = columns(&rows);
        assert!(table_fits(&parks, 46.0));
        assert!(!table_fits(&parks, 20.0));
        let class = records_class(&parks);
        assert!(["rec-38", "rec-46"].contains(&class), "{class}");
    }

    #[test]
    fn a_table_of_long_paragraphs_in_many_columns_is_records_on_paper() {
        let long = "a sentence of many words that goes on and on about the thing in question";
        let row: Vec<&str> = std::iter::repeat_n(long, 8).collect();
        let rows: Vec<&[&str]> = vec![&row, &row, &row];
        let wide = columns(&rows);
        assert!(!table_fits(&wide, 46.0));
    }
}
