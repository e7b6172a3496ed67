//! A comma inside a value of a `{ }` map: `label: {en: Washing and combing, mn: Угаах, самнах}`,
//! on one line or spread over several. YAML ends the value at the comma and reads what follows
//! (`самнах`) as a key of its own, so the parser later speaks of an unexpected key or a repeated
//! one (`2023`); in a `[ ]` list of `key: value` items it reads the words as an item of their
//! own. Found here in the text, before it is read: the value as the author meant it is put in
//! quotes, so the rest of the file can be checked in the same run, and the author is told to
//! write the quotes.

/// A value cut by a comma: where it starts (1-based line and column in the front matter), the
/// words YAML took for a key or an item, and the value written as it reads whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CutValue {
    pub line: usize,
    pub column: usize,
    /// The words after the first comma, read as a key or an item (`самнах`).
    pub cut_off: String,
    /// `key: "value, words"`: the value in quotes, as it is to be written (on one line).
    pub fixed: String,
    /// In a `[ ]` list, where the words were read as an item of their own; else in `{ }`.
    pub in_list: bool,
    /// Byte range of the value in the front matter and the quoted text to put there (its line
    /// breaks kept, so every later line keeps its number).
    from: usize,
    to: usize,
    quoted: String,
}

/// One item of a `{ }` map or `[ ]` list: its byte range, and for `key: value` the key and
/// the value's first byte.
struct Item {
    start: usize,
    end: usize,
    key: Option<(String, usize)>,
}

/// A bracket open at this point, which may span lines: which one, where its current item
/// starts, its items so far, and the value start of the current item, when it has a key.
struct Level {
    open: char,
    item_start: usize,
    key: Option<(String, usize)>,
    items: Vec<Item>,
}

/// Every value of a `{ }` map, or of a `key: value` item of a `[ ]` list, that a comma cut
/// (`front` is the front matter); the brackets may span lines.
pub(super) fn cut_values(front: &str) -> Vec<CutValue> {
    let mut out = Vec::new();
    let mut levels: Vec<Level> = Vec::new();
    // A quote opens a value only where one starts; elsewhere it is a letter (`don't`).
    let mut at_value_start = true;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut prev = '\n';
    let mut chars = front.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\n' {
            comment = false;
            if levels.is_empty() {
                // A line outside brackets ends any value; a quote left open there is the
                // syntax checker's to name.
                quote = None;
                at_value_start = true;
            }
            prev = c;
            continue;
        }
        if comment {
            continue;
        }
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
            '#' if prev.is_whitespace() => {
                comment = true;
                continue;
            }
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
                level.items.push(Item {
                    start: level.item_start,
                    end: at,
                    key: level.key.take(),
                });
                level.item_start = at + 1;
                if c != ',' {
                    if let Some(closed) = levels.pop() {
                        out.extend(cut_in(front, &closed));
                    }
                    prev = c;
                    at_value_start = false;
                    continue;
                }
            }
            ':' if matches!(next, None | Some(' ' | '\n' | ',' | '}' | ']')) => {
                if let Some(level) = levels.last_mut()
                    && level.key.is_none()
                {
                    let key = front[level.item_start..at].trim().to_string();
                    let rest = &front[at + 1..];
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
            ':' => matches!(next, None | Some(' ' | '\n')),
            '-' => prev.is_whitespace() && matches!(next, Some(' ' | '\n')),
            _ => false,
        };
        prev = c;
    }
    out
}

/// `front` with every cut value put in quotes.
pub(super) fn quoted(front: &str, cuts: &[CutValue]) -> String {
    let mut text = front.to_string();
    let mut ordered: Vec<&CutValue> = cuts.iter().collect();
    // From the end back, so earlier byte ranges stay where they were.
    ordered.sort_by_key(|c| std::cmp::Reverse(c.from));
    for cut in ordered {
        if text.is_char_boundary(cut.from) && text.is_char_boundary(cut.to) {
            text.replace_range(cut.from..cut.to, &cut.quoted);
        }
    }
    text
}

/// In the items of one closed bracket, each `key: value` followed by items without a key:
/// the commas cut the value. In a `[ ]` list only when its first item is `key: value`, a
/// list of pairs; otherwise its commas part items, as they should.
fn cut_in(front: &str, closed: &Level) -> Vec<CutValue> {
    let items = &closed.items;
    let in_list = closed.open == '[';
    if in_list && items.first().is_none_or(|item| item.key.is_none()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let Some((key, value_at)) = &items[i].key else {
            i += 1;
            continue;
        };
        let pieces = items[i + 1..]
            .iter()
            .take_while(|item| item.key.is_none() && !front[item.start..item.end].trim().is_empty())
            .count();
        let value = front[*value_at..items[i].end].trim_end();
        let plain = !value.is_empty() && !value.starts_with(['"', '\'', '[', '{', '&', '*', '!']);
        if pieces > 0 && plain {
            let last = &items[i + pieces];
            let whole = front[*value_at..last.end].trim_end();
            let line_start = front[..*value_at].rfind('\n').map_or(0, |n| n + 1);
            out.push(CutValue {
                line: front[..*value_at].matches('\n').count() + 1,
                column: front[line_start..*value_at].chars().count() + 1,
                cut_off: one_line(&front[items[i + 1].start..items[i + 1].end]),
                fixed: format!("{key}: {}", in_quotes(&one_line(whole))),
                in_list,
                from: *value_at,
                to: *value_at + whole.len(),
                quoted: in_quotes(whole),
            });
        }
        i += 1 + pieces;
    }
    out
}

/// `text` on one line: each line break with the spaces around it one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn a_map_spread_over_lines_is_read_across_them() {
        let front = "title: {en: Washing,\n  mn: Угаах, самнах}\nsummary: A, b\n";
        assert_eq!(
            said(front),
            [(2, 7, "самнах".into(), "mn: \"Угаах, самнах\"".into())]
        );
        assert_eq!(
            quoted(front, &cut_values(front)),
            "title: {en: Washing,\n  mn: \"Угаах, самнах\"}\nsummary: A, b\n"
        );
        // A value that itself runs onto the next line keeps its line break inside the quotes
        // (YAML reads it as a space), so every later line keeps its number; the fix is said
        // on one line.
        let front = "label: {en: Washing and combing, mn: Угаах,\n    самнах}\nid: x\n";
        let cuts = cut_values(front);
        assert_eq!(cuts.len(), 1, "{cuts:?}");
        assert_eq!(cuts[0].fixed, "mn: \"Угаах, самнах\"");
        let fixed = quoted(front, &cuts);
        assert_eq!(fixed.lines().count(), front.lines().count());
        let read: serde_yaml::Value = serde_yaml::from_str(&fixed).expect("reads");
        assert_eq!(read["label"]["mn"].as_str(), Some("Угаах, самнах"));
    }

    #[test]
    fn a_comma_in_a_list_of_pairs_cuts_the_value_but_parts_plain_items() {
        let front = "steps: [entry: cluster, note: Open, then ask]\n";
        let cuts = cut_values(front);
        assert_eq!(cuts.len(), 1, "{cuts:?}");
        assert!(cuts[0].in_list);
        assert_eq!(cuts[0].cut_off, "then ask");
        assert_eq!(cuts[0].fixed, "note: \"Open, then ask\"");
        for front in [
            "related: [a,\n  b, c]\n",
            "aliases: {en: [SIP,\n    STI park], mn: [ШУТП]}\n",
            "title: {en: A, # a comment, with a comma\n  mn: Б}\n",
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
