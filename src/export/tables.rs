//! Tables that fit their column: each table gets the narrowest width at which its longest words
//! still fit as a `rec-N` class (N in rem), and every data cell the header of its column as
//! `data-label`, so that in a column narrower than that the stylesheet shows one record per
//! block ("Column: value" lines) instead of breaking words inside cells.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::svg::{escape, text_width};

/// Widths at which a table turns into records, in rem (see style.css).
const STEPS: [u32; 5] = [30, 40, 50, 60, 80];

/// The class for a table whose columns hold `columns` (each the texts of one column, header
/// first): `rec-N` for the smallest step its whole words need, `rec-all` when none is enough,
/// nothing for a table that always fits.
pub fn records_class(columns: &[Vec<String>]) -> &'static str {
    // Body text is 16 px (text_width measures 13 px), headers bold; each cell has 17 px of
    // padding and border.
    let need: f64 = columns
        .iter()
        .map(|cells| {
            cells
                .iter()
                .flat_map(|c| c.split_whitespace())
                .map(|w| text_width(w) * 16.0 / 13.0 * 1.1)
                .fold(0.0, f64::max)
                + 17.0
        })
        .sum();
    let rem = need / 16.0;
    if rem <= 20.0 {
        return "";
    }
    match STEPS.iter().find(|&&s| f64::from(s) >= rem) {
        Some(30) => "rec-30",
        Some(40) => "rec-40",
        Some(50) => "rec-50",
        Some(60) => "rec-60",
        Some(_) => "rec-80",
        None => "rec-all",
    }
}

/// Markdown tables rendered by hand (as HTML events) with a records class and labelled cells;
/// every other event passes through.
pub fn label_tables(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut rest = events.into_iter();
    while let Some(event) = rest.next() {
        if !matches!(event, Event::Start(Tag::Table(_))) {
            out.push(event);
            continue;
        }
        let mut table: Vec<Event> = Vec::new();
        for e in rest.by_ref() {
            if matches!(e, Event::End(TagEnd::Table)) {
                break;
            }
            table.push(e);
        }
        render(table, &mut out);
    }
    out
}

/// The text of each cell, row by row (the head first), for measuring and labelling.
fn cell_texts(table: &[Event]) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for e in table {
        match e {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                if let Some(r) = rows.last_mut() {
                    r.push(String::new());
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = rows.last_mut().and_then(|r| r.last_mut()) {
                    c.push_str(t);
                }
            }
            _ => {}
        }
    }
    rows
}

fn render<'a>(table: Vec<Event<'a>>, out: &mut Vec<Event<'a>>) {
    let rows = cell_texts(&table);
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let columns: Vec<Vec<String>> = (0..width)
        .map(|c| rows.iter().filter_map(|r| r.get(c).cloned()).collect())
        .collect();
    let head: Vec<String> = rows.first().cloned().unwrap_or_default();
    let html = |s: String| Event::Html(CowStr::from(s));
    out.push(html(format!(
        "<table class=\"{}\">",
        records_class(&columns)
    )));
    let (mut in_head, mut col) = (false, 0);
    let mut body_open = false;
    for e in table {
        match e {
            Event::Start(Tag::TableHead) => {
                in_head = true;
                col = 0;
                out.push(html("<thead><tr>".into()));
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                out.push(html("</tr></thead>".into()));
            }
            Event::Start(Tag::TableRow) => {
                if !body_open {
                    body_open = true;
                    out.push(html("<tbody>".into()));
                }
                col = 0;
                out.push(html("<tr>".into()));
            }
            Event::End(TagEnd::TableRow) => out.push(html("</tr>".into())),
            Event::Start(Tag::TableCell) if in_head => out.push(html("<th>".into())),
            Event::End(TagEnd::TableCell) if in_head => out.push(html("</th>".into())),
            Event::Start(Tag::TableCell) => {
                let label = head.get(col).map_or(String::new(), |h| escape(h.trim()));
                out.push(html(format!("<td data-label=\"{label}\">")));
            }
            Event::End(TagEnd::TableCell) => {
                col += 1;
                out.push(html("</td>".into()));
            }
            other => out.push(other),
        }
    }
    if body_open {
        out.push(html("</tbody>".into()));
    }
    out.push(html("</table>".into()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> String {
        let events: Vec<Event> =
            pulldown_cmark::Parser::new_ext(markdown, crate::markdown::options()).collect();
        let mut out = String::new();
        pulldown_cmark::html::push_html(&mut out, label_tables(events).into_iter());
        out
    }

    #[test]
    fn cells_carry_their_column_header_and_wide_tables_a_records_class() {
        let small = html("| Stage | Reach |\n|---|---|\n| Local | *aimag* |\n");
        assert!(
            small.contains("<table class=\"\"><thead><tr><th>Stage</th>"),
            "{small}"
        );
        assert!(
            small.contains("<td data-label=\"Reach\"><em>aimag</em></td>"),
            "{small}"
        );
        let wide = html(
            "| Park | Industry | Ownership | Licensed | Remark | Established |\n|---|---|---|---|---|---|\n| Bagakhangai | mining-metallurgy-chemical | private | 2021 | expired | 2008 |\n",
        );
        assert!(wide.contains("<table class=\"rec-"), "{wide}");
    }
}
