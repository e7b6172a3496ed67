//! One line of front matter read as YAML: its indentation, where a key starts, the items of a
//! flow list, a whole id in it, and a byte offset as the column a person counts.

pub(super) fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '-']).len()
}

pub(super) fn is_content(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with('#')
}

/// The items of a flow list whose `[` ends before byte `from` of `line`, up to its `]` (or
/// the line's end): each item's first and last-plus-one byte, spaces left out.
pub(super) fn flow_items(line: &str, from: usize) -> Vec<(usize, usize)> {
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
pub(super) fn key_column(line: &str, key: &str) -> Option<usize> {
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

pub(super) fn char_column(line: &str, byte: usize) -> usize {
    line[..byte.min(line.len())].chars().count() + 1
}

/// Byte offset of `value` in `line` from byte `from` on, as a whole id (not part of a longer
/// one).
pub(super) fn find_word(line: &str, value: &str, from: usize) -> Option<usize> {
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
