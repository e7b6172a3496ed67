//! Finds where a key or a value sits in hand-written YAML front matter, so that problems found
//! after parsing (a broken link, a missing language) can still name a line and column.
//!
//! YAML parsers that serde uses keep no positions once a value is built; front matter is
//! written in block style by people, so following indentation finds keys reliably. Flow
//! mappings (`title: {en: a, mn: b}`) are searched within their line. When nothing is found the
//! caller falls back to the nearest enclosing key, then to the first line of the front matter.

mod items;
mod line;

use line::{char_column, find_word, indent, is_content, key_column};

/// A view of front matter lines that answers "where is this key / value?".
pub struct Locator<'a> {
    lines: Vec<&'a str>,
    /// File line of `lines[0]`.
    first_line: usize,
    /// Top-level keys read as another (a misspelt `adressed_by` read as `addressed_by`): the
    /// known name, then the name as written, so that places in its value are found.
    renamed: Vec<(String, String)>,
}

/// Where the next key of a path is looked for: lines, and on one of them only a span of
/// bytes (an item of a flow list, `cells: [{en: a}, {en: b}]`).
struct Scope {
    lines: std::ops::Range<usize>,
    span: Option<(usize, usize, usize)>,
}

impl<'a> Locator<'a> {
    pub fn new(front_matter: &'a str, first_line: usize) -> Self {
        Locator {
            lines: front_matter.split('\n').collect(),
            first_line,
            renamed: Vec::new(),
        }
    }

    /// This locator, finding each known top-level key of `renamed` (known, as written) where
    /// it is written under its other name.
    pub fn renaming(mut self, renamed: Vec<(String, String)>) -> Self {
        self.renamed = renamed;
        self
    }

    /// The block of lines belonging to the key on line `i` (its own line and deeper ones).
    fn block(&self, i: usize) -> std::ops::Range<usize> {
        let base = indent(self.lines[i]);
        let mut end = i + 1;
        while end < self.lines.len() {
            let l = self.lines[end];
            if is_content(l) && indent(l) <= base && !l.trim_start().starts_with('-') {
                break;
            }
            if is_content(l) && indent(l) < base {
                break;
            }
            end += 1;
        }
        i..end
    }

    /// Line index and byte column of a key path such as `["title", "mn"]`; a number is the
    /// place of an item in the list of the key before it (`["rows", "2", "value"]`: the
    /// third row's `value`), a block list of `- ` items or a flow list on the key's line.
    fn find_key(&self, path: &[&str]) -> Option<(usize, usize)> {
        let mut scope = Scope {
            lines: 0..self.lines.len(),
            span: None,
        };
        // The line, byte column and length of the last key found (0 for an item).
        let mut found: Option<(usize, usize, usize)> = None;
        let written = path.first().and_then(|top| {
            let (_, as_written) = self.renamed.iter().find(|(known, _)| known == top)?;
            let at_top = |name: &str| self.lines.iter().any(|l| key_column(l, name) == Some(0));
            (!at_top(top)).then_some(as_written.as_str())
        });
        for (n, seg) in path.iter().enumerate() {
            let seg = match written {
                Some(as_written) if n == 0 => as_written,
                _ => *seg,
            };
            if let Ok(n) = seg.parse::<usize>() {
                let (i, col, len) = found?;
                let (at, inner) = self.item(i, col + len, n)?;
                found = Some((at.0, at.1, 0));
                scope = inner;
                continue;
            }
            let (i, col) = scope.lines.clone().find_map(|i| {
                let line = self.lines[i];
                match scope.span {
                    Some((l, from, to)) if l == i => {
                        key_column(&line[from..to], seg).map(|c| (i, from + c))
                    }
                    _ => key_column(line, seg).map(|c| (i, c)),
                }
            })?;
            found = Some((i, col, seg.len()));
            scope = match scope.span {
                Some((l, _, to)) if l == i => Scope {
                    lines: i..i + 1,
                    span: Some((i, col, to)),
                },
                _ => Scope {
                    lines: self.block(i),
                    span: None,
                },
            };
        }
        found.map(|(i, col, _)| (i, col))
    }

    /// Whether the key path is written (with a value or without).
    pub fn has_key(&self, path: &[&str]) -> bool {
        self.find_key(path).is_some()
    }

    /// File line and column of the deepest part of `path` that exists.
    pub fn key(&self, path: &[&str]) -> (usize, usize) {
        for n in (1..=path.len()).rev() {
            if let Some((i, col)) = self.find_key(&path[..n]) {
                return (self.first_line + i, char_column(self.lines[i], col));
            }
        }
        (self.first_line, 1)
    }

    /// File line and column where the value of a key path starts when it is written on the
    /// key's line (`position: first` → at `first`), else of the key.
    pub fn value_start(&self, path: &[&str]) -> (usize, usize) {
        let Some((i, col)) = self.find_key(path) else {
            return self.key(path);
        };
        if path.last().is_some_and(|s| s.parse::<usize>().is_ok()) {
            // An item of a list: it starts where it was found.
            return (self.first_line + i, char_column(self.lines[i], col));
        }
        let line = self.lines[i];
        let key = path
            .iter()
            .rev()
            .find(|s| s.parse::<usize>().is_err())
            .map_or(0, |k| k.len());
        let after = (col + key).min(line.len());
        let rest = &line[after..];
        let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
        let Some(value) = rest.strip_prefix(':') else {
            return self.key(path);
        };
        let value_at = line.len() - value.trim_start().len();
        if value.trim().is_empty() || value.trim_start().starts_with('#') {
            return (self.first_line + i, char_column(line, col));
        }
        (self.first_line + i, char_column(line, value_at))
    }

    /// File line and column of the second occurrence of a key path (a duplicated key).
    pub fn repeated_key(&self, path: &[&str]) -> Option<(usize, usize)> {
        let (first, _) = self.find_key(path)?;
        let last = path.last()?;
        let base = indent(self.lines[first]);
        (first + 1..self.lines.len()).find_map(|i| {
            let col = key_column(self.lines[i], last)?;
            (indent(self.lines[i]) == base)
                .then(|| (self.first_line + i, char_column(self.lines[i], col)))
        })
    }

    /// File line and column of `value` inside the block of `key` (e.g. a link id under
    /// `related`), else of the key itself.
    pub fn value(&self, key: &[&str], value: &str) -> (usize, usize) {
        if value.is_empty() {
            return self.key(key);
        }
        if let Some((start, _)) = self.find_key(key) {
            for i in self.block(start) {
                let line = self.lines[i];
                if let Some(at) = find_word(line, value, 0) {
                    return (self.first_line + i, char_column(line, at));
                }
            }
        }
        self.key(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FM: &str = "id: a\ntitle:\n  en: A\n  mn: Б\nsources:\n  - id: src-x\n    locator: p. 1\n  - {id: src-y, locator: p. 2}\nrelated: [b, c-d, c]\nsummary: {en: s, mn: с}";

    #[test]
    fn finds_nested_and_flow_keys() {
        let loc = Locator::new(FM, 2);
        assert_eq!(loc.key(&["id"]), (2, 1));
        assert_eq!(loc.key(&["title", "mn"]), (5, 3));
        assert_eq!(loc.key(&["summary", "mn"]), (11, 18));
        assert_eq!(loc.key(&["sources", "0", "locator"]), (8, 5));
        assert_eq!(loc.key(&["sources", "1", "locator"]), (9, 17));
    }

    /// A key under a list item is looked for in that item, block or flow: the third row's
    /// `value`, not the first one written; an item without the key falls back to the item.
    #[test]
    fn a_number_in_a_path_is_the_place_of_a_list_item() {
        let fm = "rows:\n  - label: {en: a}\n    cells: [{en: x, mn: х}, {en: \"y, z\"}]\n  - label: b\n    value: 1\n  - {label: c, value: 'it''s'}\n  -\n    label: d\n    value: abc\nrelated: [a, b]";
        let loc = Locator::new(fm, 2);
        assert_eq!(loc.key(&["rows", "1", "value"]), (6, 5));
        assert_eq!(loc.value_start(&["rows", "1", "value"]), (6, 12));
        assert_eq!(loc.key(&["rows", "2", "value"]), (7, 16));
        assert_eq!(loc.value_start(&["rows", "3", "value"]), (10, 12));
        assert_eq!(
            loc.key(&["rows", "0", "value"]),
            (3, 5),
            "no value: the row"
        );
        assert_eq!(loc.key(&["rows", "0", "cells", "1"]), (4, 29));
        assert_eq!(loc.key(&["rows", "0", "cells", "1", "en"]), (4, 30));
        assert_eq!(loc.key(&["rows", "0", "cells", "0", "mn"]), (4, 21));
        assert_eq!(loc.key(&["rows", "0", "cells", "1", "mn"]), (4, 29));
        assert_eq!(loc.value_start(&["related", "1"]), (11, 14));
        assert_eq!(
            loc.key(&["rows", "7", "value"]),
            (2, 1),
            "no such row: the list"
        );
    }

    #[test]
    fn empty_keys_and_multibyte_lines_are_safe() {
        let loc = Locator::new("?\nгарчиг: б\n", 2);
        assert_eq!(loc.key(&[""]), (2, 1));
        assert_eq!(loc.key(&["гарчиг"]), (3, 1));
    }

    #[test]
    fn falls_back_to_the_parent_key() {
        let loc = Locator::new(FM, 2);
        assert_eq!(loc.key(&["title", "fr"]), (3, 1));
        assert_eq!(loc.key(&["nothing"]), (2, 1));
    }

    #[test]
    fn finds_whole_values_in_a_block() {
        let loc = Locator::new(FM, 2);
        assert_eq!(loc.value(&["related"], "c"), (10, 19));
        assert_eq!(loc.value(&["sources"], "src-y"), (9, 10));
    }

    #[test]
    fn value_start_points_after_the_key() {
        let loc = Locator::new(
            "position: first\ntitle:\n  en: A\nsummary: {en: s, mn: 1}",
            2,
        );
        assert_eq!(loc.value_start(&["position"]), (2, 11));
        assert_eq!(loc.value_start(&["title"]), (3, 1));
        assert_eq!(loc.value_start(&["summary", "mn"]), (5, 22));
    }

    #[test]
    fn an_empty_value_points_at_its_key() {
        // Found by fuzzing: an empty link target used to loop forever.
        let loc = Locator::new(FM, 2);
        assert_eq!(loc.value(&["related"], ""), (10, 1));
    }
}
