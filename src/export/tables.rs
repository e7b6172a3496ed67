//! Tables that fit their column: each table gets the narrowest width at which it still reads
//! as a table as a `rec-N` class (N in em, see `table_fit`), and every data cell the header of
//! its column as `data-label`, so that in a column narrower than that the stylesheet shows one
//! record per block ("Column: value" lines) instead of breaking words inside cells. Columns of
//! numbers are marked `num` (aligned right).

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::svg::escape;
pub use super::table_fit::records_class;
use crate::numeric::is_numeric_column;

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
pub(super) fn cell_texts(table: &[Event]) -> Vec<Vec<String>> {
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
    let numeric: Vec<bool> = columns
        .iter()
        .map(|c| is_numeric_column(c.get(1..).unwrap_or_default()))
        .collect();
    let num = |col: usize| {
        if numeric.get(col).copied().unwrap_or(false) {
            " class=\"num\""
        } else {
            ""
        }
    };
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
            Event::Start(Tag::TableCell) if in_head => {
                out.push(html(format!("<th{}>", num(col))));
            }
            Event::End(TagEnd::TableCell) if in_head => {
                col += 1;
                out.push(html("</th>".into()));
            }
            Event::Start(Tag::TableCell) => {
                let label = head.get(col).map_or(String::new(), |h| escape(h.trim()));
                out.push(html(format!("<td{} data-label=\"{label}\">", num(col))));
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

    #[test]
    fn columns_of_numbers_are_marked_to_align_right() {
        let out = html(
            "| Field | Graduates | Share |\n|---|---|---|\n| business | 5,827 | 20.3% |\n| medicine | 4,779 | 16.7 % |\n",
        );
        assert!(
            out.contains("<th>Field</th><th class=\"num\">Graduates</th>"),
            "{out}"
        );
        assert!(
            out.contains("<td data-label=\"Field\">business</td>"),
            "{out}"
        );
        assert!(
            out.contains("<td class=\"num\" data-label=\"Share\">16.7 %</td>"),
            "{out}"
        );
    }
}
