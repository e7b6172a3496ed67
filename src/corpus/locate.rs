//! Finds where a key or a value sits in hand-written YAML front matter, so that problems found
//! after parsing (a broken link, a missing language) can still name a line and column.
//!
//! YAML parsers that serde uses keep no positions once a value is built; front matter is
//! written in block style by people, so following indentation finds keys reliably. Flow
//! mappings (`title: {en: a, mn: b}`) are searched within their line. When nothing is found the
//! caller falls back to the nearest enclosing key, then to the first line of the front matter.

/// A view of front matter lines that answers "where is this key / value?".
pub struct Locator<'a> {
    lines: Vec<&'a str>,
    /// File line of `lines[0]`.
    first_line: usize,
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '-']).len()
}

fn is_content(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with('#')
}

/// Where the next key of a path is looked for: lines, and on one of them only a span of
/// bytes (an item of a flow list, `cells: [{en: a}, {en: b}]`).
struct Scope {
    lines: std::ops::Range<usize>,
    span: Option<(usize, usize, usize)>,
}

/// The items of a flow list whose `[` ends before byte `from` of `line`, up to its `]` (or
/// the line's end): each item's first and last-plus-one byte, spaces left out.
fn flow_items(line: &str, from: usize) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut start = from;
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut end = line.len();
    // The last character other than a space: a quote opens only where a value starts.
    let mut last = '[';
    for (b, c) in line[from..].char_indices().map(|(b, c)| (b + from, c)) {
        let starts_value = matches!(last, '[' | '{' | ',' | ':');
        if c != ' ' {
            last = c;
        }
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if starts_value => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') if depth == 0 => {
                end = b;
                break;
            }
            (None, ']' | '}') => depth -= 1,
            (None, ',') if depth == 0 => {
                items.push((start, b));
                start = b + 1;
            }
            (None, '#') if depth == 0 && line[..b].ends_with(' ') => {
                end = b;
                break;
            }
            _ => {}
        }
    }
    items.push((start, end));
    items
        .into_iter()
        .filter_map(|(a, b)| {
            let text = &line[a..b];
            let lead = text.len() - text.trim_start().len();
            (!text.trim().is_empty()).then(|| (a + lead, a + text.trim_end().len()))
        })
        .collect()
}

/// Byte column where `key:` starts in `line`, as a YAML key (after indentation, `- ` or `{`/`,`).
fn key_column(line: &str, key: &str) -> Option<usize> {
    if key.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(pos) = line[from..].find(key) {
        let at = from + pos;
        let before = line[..at].trim_end();
        let starts_key = before.is_empty()
            || before.ends_with('-')
            || before.ends_with('{')
            || before.ends_with(',');
        let rest = &line[at + key.len()..];
        let quoted_rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
        if starts_key && (rest.starts_with(':') || quoted_rest.starts_with(':')) {
            return Some(at);
        }
        from = at + key.len();
    }
    None
}

fn char_column(line: &str, byte: usize) -> usize {
    line[..byte.min(line.len())].chars().count() + 1
}

impl<'a> Locator<'a> {
    pub fn new(front_matter: &'a str, first_line: usize) -> Self {
        Locator {
            lines: front_matter.split('\n').collect(),
            first_line,
        }
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
        for seg in path {
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

    /// Item `n` (from 0) of the list that is the value of the key ending at byte `after` of
    /// line `i`: where the item starts (line index, byte), and the lines (or, in a flow list,
    /// the bytes of its line) it takes.
    fn item(&self, i: usize, after: usize, n: usize) -> Option<((usize, usize), Scope)> {
        let line = self.lines[i];
        let rest = line.get(after..)?;
        let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
        let value = rest.strip_prefix(':')?;
        let start = line.len() - value.trim_start().len();
        if line[start..].starts_with('[') {
            let (from, to) = flow_items(line, start + 1).into_iter().nth(n)?;
            return Some((
                (i, from),
                Scope {
                    lines: i..i + 1,
                    span: Some((i, from, to)),
                },
            ));
        }
        if !(value.trim().is_empty() || value.trim_start().starts_with('#')) {
            return None;
        }
        let block = self.block(i);
        let mut dash: Option<usize> = None;
        let mut starts = Vec::new();
        for k in block.clone().skip(1) {
            let l = self.lines[k];
            let lead = l.len() - l.trim_start_matches(' ').len();
            if is_content(l) && l[lead..].starts_with('-') && dash.is_none_or(|d| d == lead) {
                dash = Some(lead);
                starts.push(k);
            }
        }
        let first = *starts.get(n)?;
        let end = starts.get(n + 1).copied().unwrap_or(block.end);
        let l = self.lines[first];
        let dash_at = l.len() - l.trim_start_matches(' ').len();
        let after_dash = &l[dash_at + 1..];
        let content = if after_dash.trim().is_empty() {
            dash_at
        } else {
            l.len() - after_dash.trim_start().len()
        };
        Some((
            (first, content),
            Scope {
                lines: first..end,
                span: None,
            },
        ))
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

    /// File line and column of the value of `key` in item `index` (0-based) of the block list
    /// under `list` (`steps:` then `- entry: …` items; the key itself when its value is not on
    /// its line), else of the item's dash when it lacks the key, else of `list`.
    pub fn item_value(&self, list: &str, index: usize, key: &str) -> (usize, usize) {
        let Some((start, _)) = self.find_key(&[list]) else {
            return self.key(&[list]);
        };
        let mut dash_at: Option<usize> = None;
        let mut item: Option<usize> = None;
        let mut item_line: Option<(usize, usize)> = None;
        for i in self.block(start).skip(1) {
            let line = self.lines[i];
            if !is_content(line) {
                continue;
            }
            let lead = line.len() - line.trim_start_matches(' ').len();
            if line[lead..].starts_with('-') && dash_at.is_none_or(|d| d == lead) {
                dash_at = Some(lead);
                item = Some(item.map_or(0, |k| k + 1));
                if item == Some(index) {
                    item_line = Some((self.first_line + i, char_column(line, lead)));
                }
            }
            match item {
                Some(k) if k > index => break,
                Some(k) if k == index => {
                    if let Some(col) = key_column(line, key) {
                        let after = &line[col + key.len()..];
                        let after = after.strip_prefix(['"', '\'']).unwrap_or(after);
                        let value = after.strip_prefix(':').unwrap_or(after).trim_start();
                        let at = if value.is_empty() || value.starts_with('#') {
                            col
                        } else {
                            line.len() - value.len()
                        };
                        return (self.first_line + i, char_column(line, at));
                    }
                }
                _ => {}
            }
        }
        item_line.unwrap_or_else(|| self.key(&[list]))
    }

    /// The text of the value of `key` in item `index` of the block list under `list`, as
    /// written on its line (`1868.30`), up to a comma, brace or comment; `None` when the item
    /// or its key is not found.
    pub fn item_value_text(&self, list: &str, index: usize, key: &str) -> Option<&'a str> {
        let (line, column) = self.item_value(list, index, key);
        let text = self.lines.get(line.checked_sub(self.first_line)?)?;
        let start = text.char_indices().nth(column.checked_sub(1)?)?.0;
        let value = &text[start..];
        let value = value.split([',', '}', '#']).next()?.trim();
        (!value.is_empty()).then_some(value)
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

    /// File line and column of `value` in the `key` of item `index` (0-based) of the block list
    /// under `list` — `figures: [fig-a, fig-b]` on the key's line or a block list under it —,
    /// else where `item_value` puts the key.
    pub fn item_list_value(
        &self,
        list: &str,
        index: usize,
        key: &str,
        value: &str,
    ) -> (usize, usize) {
        let found = self.item_value(list, index, key);
        let Some(start) = found.0.checked_sub(self.first_line) else {
            return found;
        };
        let Some(first) = self.lines.get(start) else {
            return found;
        };
        // The key's byte column: lines under it belong to it while indented deeper.
        let key_at = first
            .char_indices()
            .nth(found.1.saturating_sub(1))
            .map_or(first.len(), |(b, _)| b);
        for (i, line) in self.lines.iter().enumerate().skip(start) {
            if i > start && is_content(line) && indent(line) <= key_at {
                break;
            }
            let from = if i == start { key_at } else { 0 };
            if let Some(at) = find_word(line, value, from) {
                return (self.first_line + i, char_column(line, at));
            }
        }
        found
    }
}

/// Byte offset of `value` in `line` from byte `from` on, as a whole id (not part of a longer
/// one).
fn find_word(line: &str, value: &str, from: usize) -> Option<usize> {
    let mut from = from.min(line.len());
    while let Some(pos) = line.get(from..)?.find(value) {
        let at = from + pos;
        let end = at + value.len();
        let ok_before = line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
        let ok_after = line[end..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
        if ok_before && ok_after {
            return Some(at);
        }
        from = end;
    }
    None
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

    /// A step's figure id is found in that step's `figures`, flow or block, not where the same
    /// id is another step's entry.
    #[test]
    fn a_value_in_a_step_s_list_is_found_in_that_step() {
        let fm = "id: t\nsteps:\n  - entry: fig-a\n  - entry: b\n    figures: [fig-b, fig-a]\n  - entry: c\n    figures:\n      - fig-a\n    note: {en: fig-a, mn: x}\n  - {entry: d, figures: [fig-d]}";
        let loc = Locator::new(fm, 2);
        assert_eq!(loc.item_list_value("steps", 1, "figures", "fig-a"), (6, 22));
        assert_eq!(loc.item_list_value("steps", 1, "figures", "fig-b"), (6, 15));
        assert_eq!(loc.item_list_value("steps", 2, "figures", "fig-a"), (9, 9));
        assert_eq!(
            loc.item_list_value("steps", 3, "figures", "fig-d"),
            (11, 26)
        );
        // Not written there: the key.
        assert_eq!(loc.item_list_value("steps", 2, "figures", "fig-z"), (8, 5));
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
    fn item_value_finds_a_key_in_the_nth_list_item() {
        let fm = "id: t\nsteps:\n  - entry: a\n    minutes: 5\n  - entry: b\n  - entry: c\n    note: {en: x, mn: y}\n    minutes: ten\nrelated: [a]";
        let loc = Locator::new(fm, 2);
        assert_eq!(loc.item_value("steps", 0, "minutes"), (5, 14));
        assert_eq!(loc.item_value("steps", 2, "minutes"), (9, 14));
        assert_eq!(
            loc.item_value("steps", 1, "minutes"),
            (6, 3),
            "an item without the key: its dash"
        );
        assert_eq!(loc.item_value("steps", 9, "minutes"), (3, 1));
    }

    /// A number's text as written, trailing zeros kept (YAML reads `1868.30` as 1868.3).
    #[test]
    fn item_value_text_is_a_value_as_written() {
        let fm = "rows:\n  - label: {en: a}\n    value: 1868.30  # Table 1\n  - {label: b, value: 59.37}\n  - label: c";
        let loc = Locator::new(fm, 2);
        assert_eq!(loc.item_value_text("rows", 0, "value"), Some("1868.30"));
        assert_eq!(loc.item_value_text("rows", 1, "value"), Some("59.37"));
        // No key: the item's own line, which the caller does not read as its number.
        assert_eq!(loc.item_value_text("rows", 2, "value"), Some("- label: c"));
    }

    #[test]
    fn an_empty_value_points_at_its_key() {
        // Found by fuzzing: an empty link target used to loop forever.
        let loc = Locator::new(FM, 2);
        assert_eq!(loc.value(&["related"], ""), (10, 1));
    }
}
