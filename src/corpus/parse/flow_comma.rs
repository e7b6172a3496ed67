//! A comma inside a value of a `{ }` map: `label: {en: Washing and combing, mn: Угаах, самнах}`.
//! YAML ends the value at the comma and reads what follows (`самнах`) as a key of its own, so
//! the parser later speaks of an unexpected key or a repeated one (`2023`). Found here in the
//! text, before it is read: the value as the author meant it is put in quotes, so the rest of
//! the file can be checked in the same run, and the author is told to write the quotes.

/// A value cut by a comma: where it starts (1-based line and column in the front matter), the
/// words YAML took for a key, and the value written as it reads whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CutValue {
    pub line: usize,
    pub column: usize,
    /// The words after the first comma, read as a key (`самнах`).
    pub cut_off: String,
    /// `key: "value, words"`: the value in quotes, as it is to be written.
    pub fixed: String,
    /// Byte range of the value in its line and the quoted text to put there.
    from: usize,
    to: usize,
    quoted: String,
}

/// One item of a `{ }` map on a line: its byte range, and for `key: value` the key and the
/// value's first byte.
struct Item {
    start: usize,
    end: usize,
    key: Option<(String, usize)>,
}

/// A bracket open on the line: which one, where its current item starts, its items so far,
/// and the value start of the current item, when it has a key.
struct Level {
    open: char,
    item_start: usize,
    key: Option<(String, usize)>,
    items: Vec<Item>,
}

/// Every value of a one-line `{ }` map that a comma cut (`front` is the front matter).
pub(super) fn cut_values(front: &str) -> Vec<CutValue> {
    front
        .split('\n')
        .enumerate()
        .flat_map(|(i, line)| on_line(i + 1, line))
        .collect()
}

/// `front` with every cut value put in quotes.
pub(super) fn quoted(front: &str, cuts: &[CutValue]) -> String {
    let mut lines: Vec<String> = front.split('\n').map(str::to_string).collect();
    let mut ordered: Vec<&CutValue> = cuts.iter().collect();
    // From the line's end back, so earlier byte ranges stay where they were.
    ordered.sort_by_key(|c| (c.line, std::cmp::Reverse(c.from)));
    for cut in ordered {
        if let Some(line) = lines.get_mut(cut.line - 1) {
            line.replace_range(cut.from..cut.to, &cut.quoted);
        }
    }
    lines.join("\n")
}

fn on_line(line_no: usize, line: &str) -> Vec<CutValue> {
    let mut out = Vec::new();
    let mut levels: Vec<Level> = Vec::new();
    // A quote opens a value only where one starts; elsewhere it is a letter (`don't`).
    let mut at_value_start = true;
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if let Some(q) = quote {
            if c == q && !(q == '"' && prev == '\\') {
                quote = None;
            }
            prev = c;
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        match c {
            '"' | '\'' if at_value_start => quote = Some(c),
            '#' if prev == ' ' || at == 0 => break,
            '{' | '[' if at_value_start => levels.push(Level {
                open: c,
                item_start: at + 1,
                key: None,
                items: Vec::new(),
            }),
            ',' | '}' | ']' if !levels.is_empty() => {
                let Some(level) = levels.last_mut() else {
                    break;
                };
                if level.open == '{' {
                    level.items.push(Item {
                        start: level.item_start,
                        end: at,
                        key: level.key.take(),
                    });
                }
                level.item_start = at + 1;
                if c != ',' {
                    if let Some(closed) = levels.pop()
                        && closed.open == '{'
                    {
                        out.extend(cut_in(line_no, line, &closed.items));
                    }
                    prev = c;
                    at_value_start = false;
                    continue;
                }
            }
            ':' if matches!(next, None | Some(' ' | ',' | '}' | ']')) => {
                if let Some(level) = levels.last_mut()
                    && level.open == '{'
                    && level.key.is_none()
                {
                    let key = line[level.item_start..at].trim().to_string();
                    let rest = &line[at + 1..];
                    let value_at = at + 1 + (rest.len() - rest.trim_start().len());
                    level.key = Some((key, value_at));
                }
            }
            _ => {}
        }
        at_value_start = match c {
            ' ' => at_value_start,
            '{' | '[' => true,
            ',' => !levels.is_empty(),
            ':' => matches!(next, None | Some(' ')),
            '-' => prev == ' ' && next == Some(' '),
            _ => false,
        };
        prev = c;
    }
    out
}

/// In the items of one closed `{ }` map, each `key: value` followed by items without a key:
/// the commas cut the value.
fn cut_in(line_no: usize, line: &str, items: &[Item]) -> Vec<CutValue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let Some((key, value_at)) = &items[i].key else {
            i += 1;
            continue;
        };
        let pieces = items[i + 1..]
            .iter()
            .take_while(|item| item.key.is_none() && !line[item.start..item.end].trim().is_empty())
            .count();
        let value = line[*value_at..items[i].end].trim_end();
        let plain = !value.is_empty() && !value.starts_with(['"', '\'', '[', '{', '&', '*', '!']);
        if pieces > 0 && plain {
            let last = &items[i + pieces];
            let whole = line[*value_at..last.end].trim_end();
            let quoted = in_quotes(whole);
            out.push(CutValue {
                line: line_no,
                column: line[..*value_at].chars().count() + 1,
                cut_off: line[items[i + 1].start..items[i + 1].end]
                    .trim()
                    .to_string(),
                fixed: format!("{key}: {quoted}"),
                from: *value_at,
                to: *value_at + whole.len(),
                quoted,
            });
        }
        i += 1 + pieces;
    }
    out
}

/// `value` in the quotes YAML reads it whole with: double, or single when it holds a double
/// quote or a backslash.
fn in_quotes(value: &str) -> String {
    if value.contains(['"', '\\']) {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(front: &str) -> Vec<(usize, usize, String, String)> {
        cut_values(front)
            .into_iter()
            .map(|c| (c.line, c.column, c.cut_off, c.fixed))
            .collect()
    }

    #[test]
    fn a_comma_in_a_mongolian_label_is_a_cut_value() {
        let front = "rows:\n  - label: {en: Washing and combing, mn: Угаах, самнах}\n";
        assert_eq!(
            said(front),
            [(2, 42, "самнах".into(), "mn: \"Угаах, самнах\"".into())]
        );
        let fixed = quoted(front, &cut_values(front));
        assert_eq!(
            fixed,
            "rows:\n  - label: {en: Washing and combing, mn: \"Угаах, самнах\"}\n"
        );
        assert!(cut_values(&fixed).is_empty());
    }

    #[test]
    fn both_sides_cut_are_both_said_and_both_quoted() {
        let front = "title: {en: Graduates by field, 2023, mn: Төгсөгчид, 2023}\n";
        let cuts = said(front);
        assert_eq!(cuts.len(), 2, "{cuts:?}");
        assert_eq!(cuts[0].3, "en: \"Graduates by field, 2023\"");
        assert_eq!(cuts[1].3, "mn: \"Төгсөгчид, 2023\"");
        assert_eq!(
            quoted(front, &cut_values(front)),
            "title: {en: \"Graduates by field, 2023\", mn: \"Төгсөгчид, 2023\"}\n"
        );
    }

    #[test]
    fn lists_quotes_nested_lists_and_addresses_are_no_cut() {
        for front in [
            "aliases: {en: [SIP, STI park], mn: [ШУТП, \"үйлдвэр, парк\"]}\n",
            "label: {en: \"Washing, combing\", mn: 'Угаах, самнах'}\n",
            "related: [a, b, c]\n",
            "sources: [{id: src-a, locator: \"Section IV, Table 2\"}]\n",
            "website: {en: https://a.mn/x, mn: https://a.mn/y}\n",
            "summary: Washing, combing and {en: x, y} in a plain value\n",
            "tags: {en: [a, b], mn: [в, г],}\n",
        ] {
            assert_eq!(said(front), [], "{front}");
        }
    }

    #[test]
    fn a_locator_cut_by_its_comma_is_quoted_whole() {
        let front = "sources: [{id: src-a, locator: Section IV, Table 2}]\n";
        assert_eq!(
            said(front),
            [(
                1,
                32,
                "Table 2".into(),
                "locator: \"Section IV, Table 2\"".into()
            )]
        );
    }
}
