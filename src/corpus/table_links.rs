//! `[[id|text]]` inside a Markdown table row: the `|` ends the cell, so the reader sees
//! «[[id» and loses the text. Found here for `toli check`, with the link rewritten as
//! `[text](id)`, which tables keep whole.

/// A piped wiki link in a table row: where it starts (byte offset), as written, and the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipedInTable {
    pub start: usize,
    pub found: String,
    pub fix: String,
}

/// Every `[[id|text]]` written on a table row (a line starting with `|`) of `text`.
pub fn find(text: &str) -> Vec<PipedInTable> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('|') {
            let mut from = 0;
            while let Some(open) = line[from..].find("[[").map(|i| from + i) {
                let Some(close) = line[open..].find("]]").map(|i| open + i) else {
                    break;
                };
                let inner = &line[open + 2..close];
                if let Some((id, shown)) = inner.split_once('|') {
                    out.push(PipedInTable {
                        start: line_start + open,
                        found: line[open..close + 2].to_string(),
                        fix: format!("[{shown}]({id})"),
                    });
                }
                from = close + 2;
            }
        }
        line_start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piped_links_in_table_rows_are_found_with_their_fix() {
        let text = "A [[a|b]] in prose.\n| x | [[cluster|кластерийн]] and [[stage]] |\n";
        let found = find(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].found, "[[cluster|кластерийн]]");
        assert_eq!(found[0].fix, "[кластерийн](cluster)");
        assert_eq!(&text[found[0].start..found[0].start + 2], "[[");
    }
}
