//! A `{` or `[` left open, a comma missing between the fields of a closed one, and text after
//! a value that already ended.

use super::super::yaml_scan::{byte_at, closes, column_of, key_of};
use super::{Fault, Patch, flow};

/// The `{` or `[` at `opened` (1-based) when it never closes; when it does, the comma missing
/// at `stopped`.
pub(super) fn open_flow(
    lines: &[&str],
    opened: (usize, usize),
    stopped: (usize, usize),
) -> Option<Fault> {
    let first = lines.get(opened.0.checked_sub(1)?)?;
    let open_byte = byte_at(first, opened.1);
    let bracket = first[open_byte..].chars().next()?;
    let (code, closer) = match bracket {
        '{' => ("map-not-closed", '}'),
        '[' => ("list-not-closed", ']'),
        _ => return None,
    };
    if closes(lines, opened.0 - 1, open_byte) {
        let line = lines.get(stopped.0.checked_sub(1)?)?;
        let at = byte_at(line, stopped.1);
        if let Some(f) = colon_in_flow_value(line, stopped.0, at) {
            return Some(f);
        }
        // The key or item before the parser's stop: `{en: x mn: y}` stops at `mn`'s colon.
        let start = line[..at]
            .trim_end_matches(|c: char| c != ' ' && c != ',' && c != '{' && c != '[')
            .len();
        let name = line[start..]
            .split([':', ',', '}', ']'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_string();
        let insert = line[..start].trim_end().len();
        return Some(Fault {
            line: stopped.0,
            column: column_of(line, start),
            code: "missing-comma",
            name,
            patch: Some(Patch::Insert {
                at: insert,
                text: ",".into(),
            }),
        });
    }
    if let Some(f) = flow::unclosed_inside(lines, opened) {
        return Some(f);
    }
    Some(Fault {
        line: opened.0,
        column: opened.1,
        code,
        name: closer.to_string(),
        patch: Some(Patch::Insert {
            at: first.trim_end().len(),
            text: closer.to_string(),
        }),
    })
}

/// The fields written inside `{ }` in the format: a word before a colon among them is a field
/// whose comma is missing, not a colon inside the value before it.
const FLOW_FIELDS: [&str; 13] = [
    "en", "mn", "id", "locator", "label", "value", "unit", "year", "entry", "note", "minutes",
    "figures", "cells",
];

/// `{en: Parks: a review, mn: …}`: the parser stops after `Parks`, where the map's field
/// `en` already has a value and `: ` cannot start another. Named at the value, with the field
/// as it should be written (the value in quotes), and patched so.
fn colon_in_flow_value(line: &str, line_no: usize, at: usize) -> Option<Fault> {
    let item_start = line[..at].rfind([',', '{'])? + 1;
    let (key, value_from) = {
        let item = &line[item_start..at];
        let colon = item.find(": ")?;
        let key = item[..colon].trim();
        let simple = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
        if !simple {
            return None;
        }
        let rest = &item[colon + 1..];
        (
            key,
            item_start + colon + 1 + (rest.len() - rest.trim_start().len()),
        )
    };
    let value_end = at + line[at..].find([',', '}'])?;
    let value = line[value_from..value_end].trim_end();
    if !value.contains(':') || value.starts_with(['"', '\'', '[', '{']) {
        return None;
    }
    // `{en: x mn: y}`: the word before the colon is a field of such maps, a comma is missing.
    let before_colon = value.split(':').next().unwrap_or_default();
    let word = before_colon.rsplit(' ').next().unwrap_or_default();
    if FLOW_FIELDS.contains(&word) {
        return None;
    }
    let patch = (!value.contains('"')).then(|| Patch::Rewrite {
        from: value_from,
        text: format!("\"{value}\"{}", &line[value_from + value.len()..]),
    });
    Some(Fault {
        line: line_no,
        column: column_of(line, value_from),
        code: "colon-in-flow-value",
        name: format!("{key}: \"{value}\""),
        patch,
    })
}

/// Text after a value that ended on its line: a `]` or `}` that closes nothing, or more after
/// the closing bracket or quote (`related: [a], [b]`).
pub(super) fn after_value(lines: &[&str], at: (usize, usize)) -> Option<Fault> {
    let line = lines.get(at.0.checked_sub(1)?)?;
    let from = byte_at(line, at.1);
    let rest = &line[from..];
    let first = rest.chars().next()?;
    if matches!(first, ']' | '}') {
        return Some(Fault {
            line: at.0,
            column: at.1,
            code: "extra-closer",
            name: first.to_string(),
            patch: Some(Patch::Rewrite {
                from,
                text: rest[first.len_utf8()..].to_string(),
            }),
        });
    }
    let ended = line[..from].trim_end().ends_with([']', '}', '"', '\'']);
    (ended && key_of(line).is_some()).then(|| Fault {
        line: at.0,
        column: at.1,
        code: "after-value",
        name: rest.trim_end().chars().take(40).collect(),
        patch: Some(Patch::Rewrite {
            from,
            text: String::new(),
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{fault_of, patched, said};

    #[test]
    fn an_unclosed_brace_or_bracket_is_named_where_it_opens() {
        assert_eq!(
            said("id: x\nsummary: {en: x, mn: y\nsources: []\n"),
            (2, 10, "map-not-closed", "}".into())
        );
        assert_eq!(
            said("id: x\nrelated: [a, b\n"),
            (2, 10, "list-not-closed", "]".into())
        );
        assert_eq!(
            said("id: x\ntitle: [\n"),
            (2, 8, "list-not-closed", "]".into())
        );
    }

    /// Walk 13, T1: one `]` missing in a list inside a map is named at its `[`, with the item
    /// to close it after, not as a `}` or commas missing further on; the patch makes the line
    /// read as meant.
    #[test]
    fn a_list_left_open_inside_a_map_closes_before_the_map_s_next_field() {
        let front =
            "aliases: {en: [provincial cluster, mn: [орон нутгийн кластер]}\nrelated: [a]\n";
        assert_eq!(
            said(front),
            (1, 15, "list-closes-after", "provincial cluster".into())
        );
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert!(
            fixed.starts_with("aliases: {en: [provincial cluster], mn: [орон нутгийн кластер]}\n"),
            "{fixed}"
        );
        // The map not closed either: the list first, then the map, each where it belongs.
        let front = "aliases: {en: [provincial cluster, mn: [орон нутгийн кластер]\nrelated: [a]\n";
        assert_eq!(
            said(front),
            (1, 15, "list-closes-after", "provincial cluster".into())
        );
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert_eq!(said(&fixed), (1, 10, "map-not-closed", "}".into()));
    }

    /// A closer of the wrong kind leaves the bracket inside it open: that bracket is named,
    /// closed after its last item; a closer with nothing of its kind open, or one after which
    /// the brackets close where the value ends once it is read as the right one, is a slip for
    /// the right one; one in brackets that close without it is extra. Each patch leaves nothing
    /// else to report.
    #[test]
    fn nested_brackets_closed_by_the_wrong_kind_are_named_where_they_open() {
        let cases = [
            (
                "aliases: {en: [a, b], mn: {x: [c, d}}\n",
                (1, 31, "list-closes-after", "d"),
            ),
            ("aliases: [a, {b: c]\n", (1, 14, "map-closes-after", "b: c")),
            ("aliases: {en: [a, b}\n", (1, 15, "list-closes-after", "b")),
            ("related: [a, b}\nid: x\n", (1, 15, "wrong-closer", "]")),
            // `}` for `]` with the map going on after it: the slip, not an unclosed list.
            (
                "tags: {en: [a, b}, mn: [в]}\nid: x\n",
                (1, 17, "wrong-closer", "]"),
            ),
            (
                "tags: {en: [a, b},\n       mn: [в]}\nid: x\n",
                (1, 17, "wrong-closer", "]"),
            ),
            // A closer in brackets that close without it: remove it.
            ("related: [a}, b]\nid: x\n", (1, 12, "extra-closer", "}")),
        ];
        for (front, (line, column, code, name)) in cases {
            assert_eq!(
                said(front),
                (line, column, code, name.to_string()),
                "{front}"
            );
            let fixed = patched(front, &fault_of(front)).expect("patch");
            assert!(
                serde_yaml::from_str::<serde_yaml::Value>(&fixed).is_ok(),
                "{fixed}"
            );
        }
    }

    /// A `: ` inside a value of a `{ }` map is named at the value, with the value in quotes
    /// to write, not as a comma missing before it; the patch makes the map read.
    #[test]
    fn a_colon_inside_a_value_of_a_flow_map_is_named_at_the_value() {
        let front = "title: {en: Parks: a review, mn: Паркууд}\nid: x\n";
        assert_eq!(
            said(front),
            (
                1,
                13,
                "colon-in-flow-value",
                "en: \"Parks: a review\"".into()
            )
        );
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert_eq!(
            fixed,
            "title: {en: \"Parks: a review\", mn: Паркууд}\nid: x\n"
        );
        let front = "title: {en: Parks, mn: Паркууд: тойм}\nid: x\n";
        assert_eq!(
            said(front),
            (1, 24, "colon-in-flow-value", "mn: \"Паркууд: тойм\"".into())
        );
    }

    #[test]
    fn a_missing_comma_in_a_closed_map_is_named_before_the_next_key() {
        assert_eq!(
            said("title: {en: x mn: y}\n"),
            (1, 15, "missing-comma", "mn".into())
        );
    }

    #[test]
    fn text_after_a_closed_value_is_named() {
        assert_eq!(
            said("related: [a]]\nid: x\n"),
            (1, 13, "extra-closer", "]".into())
        );
        let front = "related: [a], [b]\nid: x\n";
        assert_eq!(said(front), (1, 13, "after-value", ", [b]".into()));
        assert_eq!(
            patched(front, &fault_of(front)).as_deref(),
            Some("related: [a]\nid: x\n")
        );
    }
}
