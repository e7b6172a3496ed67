//! The items of a list in front matter: the nth item of a block or flow list, and a key or a
//! value inside it (a tour step's `minutes`, a figure id in a step's `figures`).

use super::line::{char_column, find_word, flow_items, indent, is_content, key_column};
use super::{Locator, Scope};

impl<'a> Locator<'a> {
    /// Item `n` (from 0) of the list that is the value of the key ending at byte `after` of
    /// line `i`: where the item starts (line index, byte), and the lines (or, in a flow list,
    /// the bytes of its line) it takes.
    pub(super) fn item(&self, i: usize, after: usize, n: usize) -> Option<((usize, usize), Scope)> {
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

#[cfg(test)]
mod tests {
    use super::super::Locator;

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
}
