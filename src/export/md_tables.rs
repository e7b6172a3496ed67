//! Tables in a Markdown handout's bodies: a column of numbers that the content leaves without
//! an alignment is aligned right (`---:`), as in the HTML handout, so that its values can be
//! compared down the column. Everything else is left as written.

use pulldown_cmark::{Alignment, Event, Parser, Tag, TagEnd};

use crate::numeric::is_numeric_column;

/// `markdown` with the delimiter row of each table rewritten so that its columns of numbers
/// align right (a column given an alignment keeps it).
pub fn align_numbers(markdown: &str) -> String {
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut events = Parser::new_ext(markdown, crate::markdown::options()).into_offset_iter();
    while let Some((event, range)) = events.next() {
        let Event::Start(Tag::Table(aligns)) = event else {
            continue;
        };
        let table: Vec<Event> = events
            .by_ref()
            .map(|(e, _)| e)
            .take_while(|e| !matches!(e, Event::End(TagEnd::Table)))
            .collect();
        let rows = super::tables::cell_texts(&table);
        let wanted: Vec<Alignment> = aligns
            .iter()
            .enumerate()
            .map(|(n, &a)| {
                let body: Vec<&str> = rows
                    .iter()
                    .skip(1)
                    .map(|r| r.get(n).map_or("", String::as_str))
                    .collect();
                if a == Alignment::None && is_numeric_column(&body) {
                    Alignment::Right
                } else {
                    a
                }
            })
            .collect();
        if wanted != aligns
            && let Some(edit) = delimiter_row(markdown, range.start, &wanted)
        {
            edits.push(edit);
        }
    }
    let mut out = markdown.to_string();
    for (range, row) in edits.into_iter().rev() {
        out.replace_range(range, &row);
    }
    out
}

/// Where the delimiter row of the table starting at `start` is, and that row written with
/// `aligns` (keeping whatever precedes it on its line, such as a quote's `>`).
fn delimiter_row(
    markdown: &str,
    start: usize,
    aligns: &[Alignment],
) -> Option<(std::ops::Range<usize>, String)> {
    let head_end = start + markdown.get(start..)?.find('\n')? + 1;
    let rest = markdown.get(head_end..)?;
    let line = rest.split('\n').next()?.trim_end_matches('\r');
    let cells_at = line.find(['|', ':', '-'])?;
    let cells = line[cells_at..].trim();
    let cells = cells.strip_prefix('|').unwrap_or(cells);
    let cells = cells.strip_suffix('|').unwrap_or(cells);
    if cells.split('|').count() != aligns.len() {
        return None;
    }
    let written: Vec<&str> = aligns
        .iter()
        .map(|a| match a {
            Alignment::None => "---",
            Alignment::Left => ":---",
            Alignment::Center => ":---:",
            Alignment::Right => "---:",
        })
        .collect();
    let row = format!("{}|{}|", &line[..cells_at], written.join("|"));
    Some((head_end..head_end + line.len(), row))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_of_numbers_align_right_and_given_alignments_stay() {
        let table = "Text before.\n\n| field | graduates | share | note |\n|---|---|:---|---|\n| business | 5,827 | 20.3% | – |\n| medicine | 4,779 | 16.7 % | – |\n\nAfter.\n";
        let out = align_numbers(table);
        assert!(
            out.contains("| field | graduates | share | note |\n|---|---:|:---|---|\n"),
            "{out}"
        );
        assert_eq!(
            out.replace("|---|---:|:---|---|", "|---|---|:---|---|"),
            table
        );
    }

    #[test]
    fn a_table_in_a_quote_keeps_its_marker_and_text_without_tables_is_unchanged() {
        let quoted = "> | a | n |\n> |---|---|\n> | x | 1 |\n";
        assert_eq!(
            align_numbers(quoted),
            "> | a | n |\n> |---|---:|\n> | x | 1 |\n"
        );
        let plain = "No table | here.\n\n- 12\n";
        assert_eq!(align_numbers(plain), plain);
    }
}
