//! A Markdown table row with another number of cells than its header: a cell left out makes
//! the cells after it move left under the wrong headings, and a cell too many is not shown.
//! Found here for `toli check`, with the row's place and both counts.

/// A table row whose cells do not match its header's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowCells {
    /// Byte offset of the row's first `|` in the text.
    pub start: usize,
    pub cells: usize,
    pub columns: usize,
}

/// Every row of a table in `text` (lines starting with `|` under a header and its `|---|`
/// line) whose cells are fewer or more than the header's; fenced code is left out.
pub fn find(text: &str) -> Vec<RowCells> {
    let mut out = Vec::new();
    let mut columns: Option<usize> = None;
    let mut fenced = false;
    let mut offset = 0;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            columns = None;
            continue;
        }
        if fenced || !trimmed.starts_with('|') {
            columns = None;
            continue;
        }
        match columns {
            Some(n) => {
                let cells = cells(trimmed);
                if cells != n {
                    let lead = line.len() - line.trim_start().len();
                    out.push(RowCells {
                        start: start + lead,
                        cells,
                        columns: n,
                    });
                }
            }
            // A header: the next line is its delimiter row, skipped with it.
            None => {
                if let Some(next) = lines.get(i + 1).map(|l| l.trim())
                    && is_delimiter_row(next)
                {
                    columns = Some(cells(next));
                }
            }
        }
    }
    out
}

/// True for a table's `|---|:--:|` line.
fn is_delimiter_row(line: &str) -> bool {
    let inner = line.trim_start_matches('|').trim_end_matches('|');
    !inner.is_empty()
        && inner.contains('-')
        && inner.split('|').all(|cell| {
            let cell = cell.trim().trim_start_matches(':').trim_end_matches(':');
            !cell.is_empty() && cell.chars().all(|c| c == '-')
        })
}

/// The cells of a row: its `|`s less the outer ones, a `\|` and the `|` of a `[[id|text]]`
/// link not counted (that link is reported on its own).
fn cells(row: &str) -> usize {
    let inner = row.strip_prefix('|').unwrap_or(row);
    let inner = match inner.strip_suffix('|') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => inner,
    };
    let mut count = 1;
    let mut escaped = false;
    let mut in_link = false;
    let mut prev = '\0';
    for c in inner.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if prev == '[' => in_link = true,
            ']' if prev == ']' => in_link = false,
            '|' if !in_link => count += 1,
            _ => {}
        }
        prev = c;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row short of a cell or with one too many is found at its `|`; rows that match, an
    /// escaped `\|`, a piped link and a table in fenced code are not.
    #[test]
    fn rows_with_other_cells_than_the_header_are_found() {
        let text = "Prose | with a pipe.\n\n| a | b | c |\n|---|:-:|---|\n| 1 | 2 | 3 |\n| 1 | 2 |\n  | 1 | 2 | 3 | 4 |\n| x \\| y | [[id|t]] | z |\n\n```\n| a | b |\n|---|---|\n| 1 |\n```\n";
        let found = find(text);
        assert_eq!(
            found
                .iter()
                .map(|r| (r.cells, r.columns))
                .collect::<Vec<_>>(),
            vec![(2, 3), (4, 3)]
        );
        assert!(text[found[0].start..].starts_with("| 1 | 2 |\n"));
        assert!(text[found[1].start..].starts_with("| 1 | 2 | 3 | 4 |"));
    }

    #[test]
    fn a_table_ends_at_the_first_line_that_is_not_a_row() {
        let text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n| x |\n";
        assert!(find(text).is_empty());
    }
}
