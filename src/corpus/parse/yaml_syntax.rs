//! A YAML syntax error said where the author made it, and patched so the rest can be read.
//!
//! The parser reports where it gave up, which is often lines after the slip: an unclosed quote
//! swallows the lines below it until the next quote, an unclosed `{` is noticed at the next
//! field. So the error is read together with the text: a quote still open at the error is the
//! fault, at the column where it opened (inside brackets, closed before what follows it, see
//! [`flow`]); a `[` or `{` that never closes is the fault at its own column, and so is one a
//! closer of the other kind ends (`{en: [a, mn: [b]}`), with where its closer goes; a key with
//! no colon, a line indented more or less than the key above, or a missing
//! comma are named on their line. Each fault comes with a patch (close the quote, line up the
//! key, …) so that the file can be read again and its other problems found in the same run.

mod flow;

use super::yaml_scan::{
    byte_at, closes, column_of, is_entry_field, key_of, line_above, quote_spans, spaces_for,
    unclosed_flow,
};

/// What went wrong, where (line and column from 1, in the front matter), and how to patch it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Fault {
    pub line: usize,
    pub column: usize,
    /// `teach-yaml-<code>` names the message; `name` is its one argument.
    pub code: &'static str,
    pub name: String,
    patch: Option<Patch>,
}

/// A change to one line (0-based) that removes the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Patch {
    /// Insert `text` at byte `at`.
    Insert { at: usize, text: String },
    /// Insert `text` at byte `at` of another line (0-based) than the fault's.
    InsertOn {
        line: usize,
        at: usize,
        text: String,
    },
    /// Replace the line's leading spaces by `spaces` spaces.
    Indent { spaces: usize },
    /// Put the rest of the line from byte `from` in double quotes.
    Quote { from: usize },
    /// Replace the line from byte `from` by `text`.
    Rewrite { from: usize, text: String },
}

/// The parser's error in parts: its problem, where it stopped, and the construct it was in.
struct Reported<'a> {
    problem: &'a str,
    at: (usize, usize),
    context: &'a str,
    context_at: Option<(usize, usize)>,
}

fn reported<'a>(message: &'a str, err: &serde_yaml::Error) -> Reported<'a> {
    let (head, context) = message.split_once(", while ").unwrap_or((message, ""));
    let problem = head.split(" at line ").next().unwrap_or(head);
    let (context, context_at) = match context.split_once(" at line ") {
        Some((what, mark)) => (what, line_column(mark)),
        None => (context, None),
    };
    let at = err
        .location()
        .map_or((1, 1), |l| (l.line().max(1), l.column().max(1)));
    Reported {
        problem,
        at,
        context,
        context_at,
    }
}

/// `4 column 10` → (4, 10).
fn line_column(mark: &str) -> Option<(usize, usize)> {
    let (line, column) = mark.split_once(" column ")?;
    Some((line.trim().parse().ok()?, column.trim().parse().ok()?))
}

/// The fault behind the parser's `err` on `front` (front matter text).
pub(super) fn fault(front: &str, err: &serde_yaml::Error) -> Fault {
    let message = err.to_string();
    let r = reported(&message, err);
    let lines: Vec<&str> = front.split('\n').collect();
    if let Some(f) = open_quote(&lines, &r).or_else(|| flow::wrong_closer(&lines, r.at)) {
        return f;
    }
    let at_error = |code: &'static str, name: String| Fault {
        line: r.at.0,
        column: r.at.1,
        code,
        name,
        patch: None,
    };
    let p = r.problem;
    if p.starts_with("did not find expected ',' or") {
        let opened = r.context_at.or_else(|| unclosed_flow(&lines, r.at.0));
        if let Some(f) = opened.and_then(|at| open_flow(&lines, at, r.at)) {
            return f;
        }
    } else if p.starts_with("could not find expected ':'") {
        let (line, column) = r.context_at.unwrap_or(r.at);
        return no_colon(&lines, line, column);
    } else if p.starts_with("mapping values are not allowed") {
        return indented_more(&lines, r.at).unwrap_or_else(|| colon_in_value(&lines, r.at));
    } else if p.starts_with("did not find expected key")
        || p.starts_with("did not find expected '-' indicator")
    {
        if let Some(f) = after_value(&lines, r.at).or_else(|| indented_less(&lines, r.at.0)) {
            return f;
        }
    } else if p.starts_with("block sequence entries are not allowed") {
        return at_error("dash-after-key", String::new());
    } else if p.starts_with("found character that cannot start any token") {
        return at_error("bad-character", String::new());
    } else if let Some((_, rest)) = p.split_once("duplicate entry with key \"") {
        let name = rest.split('"').next().unwrap_or(rest);
        return repeated_key(&lines, r.at.0, name)
            .unwrap_or_else(|| at_error("duplicate", name.to_string()));
    }
    if let Some(opened) = unclosed_flow(&lines, r.at.0)
        && let Some(f) = open_flow(&lines, opened, r.at)
    {
        return f;
    }
    at_error("unreadable", r.problem.to_string())
}

/// A key written twice in one map (`title:` with `en:` twice): the second, found from line
/// `from` (1-based) on as the next line with the key at the first one's column.
fn repeated_key(lines: &[&str], from: usize, name: &str) -> Option<Fault> {
    let mut first: Option<usize> = None;
    for (i, line) in lines.iter().enumerate().skip(from.saturating_sub(1)) {
        let Some((column, key, _)) = key_of(line) else {
            continue;
        };
        match first {
            Some(c) if key == name && column == c => {
                return Some(Fault {
                    line: i + 1,
                    column,
                    code: "duplicate",
                    name: name.to_string(),
                    patch: None,
                });
            }
            Some(c) if column < c => return None,
            None if key == name => first = Some(column),
            _ => {}
        }
    }
    None
}

/// `front` with `fault` patched, if it can be.
pub(super) fn patched(front: &str, fault: &Fault) -> Option<String> {
    let patch = fault.patch.as_ref()?;
    let mut lines: Vec<String> = front.split('\n').map(str::to_string).collect();
    if let Patch::InsertOn { line, at, text } = patch {
        let line = lines.get_mut(*line)?;
        line.insert_str((*at).min(line.len()), text);
        return Some(lines.join("\n"));
    }
    let line = lines.get_mut(fault.line.checked_sub(1)?)?;
    match patch {
        Patch::Insert { at, text } | Patch::InsertOn { at, text, .. } => {
            line.insert_str((*at).min(line.len()), text);
        }
        Patch::Indent { spaces } => {
            let rest = line.trim_start_matches(' ').to_string();
            *line = format!("{}{rest}", " ".repeat(*spaces));
        }
        Patch::Rewrite { from, text } => {
            line.truncate((*from).min(line.len()));
            line.push_str(text);
        }
        Patch::Quote { from } => {
            let (key, value) = line.split_at((*from).min(line.len()));
            *line = format!("{key} \"{}\"", value.trim());
        }
    }
    Some(lines.join("\n"))
}

/// A quote that opens a value and is still open where the parser gave up (or never closes).
fn open_quote(lines: &[&str], r: &Reported) -> Option<Fault> {
    let spans = quote_spans(lines);
    let context_quote = r
        .context
        .starts_with("scanning a quoted scalar")
        .then_some(r.context_at)
        .flatten();
    let span = spans.iter().find(|s| {
        Some((s.line + 1, s.column)) == context_quote
            || (s.line < r.at.0 && s.closes_on.is_none_or(|c| c + 1 >= r.at.0))
    })?;
    let line = lines[span.line];
    // Inside brackets, the quote closes where the rest of the line still closes them.
    let quote = byte_at(line, span.column);
    let open = flow::open_before(lines, span.line, quote);
    if !open.is_empty()
        && let Some((at, quoted)) = flow::quote_close(line, quote, &open)
    {
        return Some(Fault {
            line: span.line + 1,
            column: span.column,
            code: "quote-closes-after",
            name: flow::shortened(quoted),
            patch: Some(Patch::Insert {
                at,
                text: span.quote.to_string(),
            }),
        });
    }
    Some(Fault {
        line: span.line + 1,
        column: span.column,
        code: "quote-not-closed",
        name: span.quote.to_string(),
        patch: Some(Patch::Insert {
            at: quote_end(line),
            text: span.quote.to_string(),
        }),
    })
}

/// Where a missing closing quote goes on `line`: its end, but before the `}` or `]` that close
/// a flow the quote sits in.
fn quote_end(line: &str) -> usize {
    let trimmed = line.trim_end();
    let opens = trimmed.matches(['{', '[']).count();
    let body = trimmed.trim_end_matches(['}', ']', ' ']);
    if opens > 0 && body.len() < trimmed.len() {
        body.len()
    } else {
        trimmed.len()
    }
}

/// The `{` or `[` at `opened` (1-based) when it never closes; when it does, the comma missing
/// at `stopped`.
fn open_flow(lines: &[&str], opened: (usize, usize), stopped: (usize, usize)) -> Option<Fault> {
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

/// A line with a key but no colon (`related cluster`), said with the line as it should be.
fn no_colon(lines: &[&str], line: usize, column: usize) -> Fault {
    let text = lines
        .get(line.saturating_sub(1))
        .copied()
        .unwrap_or_default();
    let start = byte_at(text, column);
    let written = text[start..].trim_end();
    let (key, rest) = written.split_once(' ').unwrap_or((written, ""));
    let rest = rest.trim();
    let list = matches!(
        super::yaml_error::shape_of(&[key]),
        Some(
            crate::diagnostic::Shape::IdList
                | crate::diagnostic::Shape::TextList
                | crate::diagnostic::Shape::SourceList
        )
    );
    let fix = match (rest.is_empty(), list) {
        (true, _) => format!("{key}: …"),
        (false, true) if !rest.starts_with('[') => format!("{key}: [{rest}]"),
        (false, _) => format!("{key}: {rest}"),
    };
    Fault {
        line,
        column,
        code: "no-colon",
        name: fix.clone(),
        patch: Some(Patch::Rewrite {
            from: start,
            text: if rest.is_empty() {
                format!("{key}:")
            } else {
                fix.clone()
            },
        }),
    }
}

/// A key indented deeper than the key above, which holds a value and so cannot hold it.
fn indented_more(lines: &[&str], at: (usize, usize)) -> Option<Fault> {
    let line = lines.get(at.0.checked_sub(1)?)?;
    let (column, name, _) = key_of(line)?;
    if column + name.chars().count() != at.1 {
        return None;
    }
    let (above_column, above, holds_value) = key_of(line_above(lines, at.0)?)?;
    if column <= above_column || !holds_value {
        return None;
    }
    Some(Fault {
        line: at.0,
        column,
        code: "indent-more",
        name: above.to_string(),
        patch: Some(Patch::Indent {
            spaces: spaces_for(line, above_column),
        }),
    })
}

/// Text after a value that ended on its line: a `]` or `}` that closes nothing, or more after
/// the closing bracket or quote (`related: [a], [b]`).
fn after_value(lines: &[&str], at: (usize, usize)) -> Option<Fault> {
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

/// A key indented less than the key above but more than any key it could belong to; at the
/// column of the dashes of a list above, it is an item whose `- ` was forgotten.
fn indented_less(lines: &[&str], at_line: usize) -> Option<Fault> {
    let line = lines.get(at_line.checked_sub(1)?)?;
    let (column, name, _) = key_of(line)?;
    let (above_column, above, _) = key_of(line_above(lines, at_line)?)?;
    if column >= above_column {
        return None;
    }
    if is_item_column(lines, at_line, column, name) {
        return Some(Fault {
            line: at_line,
            column,
            code: "missing-dash",
            name: name.to_string(),
            patch: Some(Patch::Rewrite {
                from: byte_at(line, column),
                text: format!("- {}", line.trim_start()),
            }),
        });
    }
    // A field of the entry itself indented by mistake (` sources:` under `summary`) belongs at
    // the beginning of the line, whatever the lines above it.
    if is_entry_field(lines, name) {
        return Some(Fault {
            line: at_line,
            column,
            code: "indent-top",
            name: name.to_string(),
            patch: Some(Patch::Indent { spaces: 0 }),
        });
    }
    Some(Fault {
        line: at_line,
        column,
        code: "indent-less",
        name: above.to_string(),
        patch: Some(Patch::Indent {
            spaces: spaces_for(line, above_column),
        }),
    })
}

/// True when a list item above `line` (1-based), in the same block, has its `-` at `column`
/// and `name` starts a new item: the item above starts with it or already has it (else the
/// key belongs to that item, indented too little: `- id: a` then `  locator: x`).
fn is_item_column(lines: &[&str], line: usize, column: usize, name: &str) -> bool {
    let mut keys = Vec::new();
    for above in lines[..line.saturating_sub(1).min(lines.len())]
        .iter()
        .rev()
    {
        let body = above.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let at = above.len() - body.len() + 1;
        if at < column {
            return false;
        }
        keys.extend(key_of(above).map(|(_, key, _)| key));
        if at == column && body.starts_with("- ") {
            return key_of(above).is_none() || keys.contains(&name);
        }
    }
    false
}

/// `title: Parks: a review`: the value is quoted to read on.
fn colon_in_value(lines: &[&str], at: (usize, usize)) -> Fault {
    let patch = lines.get(at.0.saturating_sub(1)).and_then(|line| {
        let (column, name, _) = key_of(line)?;
        let from = byte_at(line, column) + name.len() + 1;
        let value = line[from..].trim();
        (!value.contains(['"', '\\'])).then_some(Patch::Quote { from })
    });
    Fault {
        line: at.0,
        column: at.1,
        code: "colon-in-value",
        name: String::new(),
        patch,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault_of(front: &str) -> Fault {
        let err = serde_yaml::from_str::<serde_yaml::Value>(front).expect_err("a syntax error");
        fault(front, &err)
    }

    fn said(front: &str) -> (usize, usize, &'static str, String) {
        let f = fault_of(front);
        (f.line, f.column, f.code, f.name)
    }

    #[test]
    fn an_unclosed_quote_is_named_where_it_opens() {
        let front = "id: q\ntitle:\n  en: Q\n  mn: \"Эвдэрсэн\nsummary: x\nsources:\n  - id: a\n    locator: \"S II\"\n";
        assert_eq!(said(front), (4, 7, "quote-not-closed", "\"".into()));
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert!(serde_yaml::from_str::<serde_yaml::Value>(&fixed).is_ok());
    }

    #[test]
    fn a_quote_open_to_the_end_or_inside_braces_is_found() {
        assert_eq!(said("id: x\ntitle: 'abc\nsummary: x\n").0, 2);
        let front = "summary: {en: x, mn: \"х}\nsources:\n  - locator: \"S\"\n";
        assert_eq!(said(front), (1, 22, "quote-closes-after", "х".into()));
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert!(
            fixed.starts_with("summary: {en: x, mn: \"х\"}\n"),
            "{fixed}"
        );
    }

    #[test]
    fn a_quote_that_closes_on_a_later_line_is_fine_until_the_error() {
        let front = "title: \"abc\n  def\"\nsummary: \"oops\n";
        assert_eq!(said(front), (3, 10, "quote-not-closed", "\"".into()));
    }

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

    /// A quote left open inside brackets closes where the rest of the line still closes
    /// them: in a map before the next field, in a list at the item's end, commas and all.
    #[test]
    fn a_quote_left_open_inside_brackets_closes_before_what_follows_it() {
        let cases = [
            (
                "title: {en: \"Parks, a review, mn: Паркууд}\n",
                "Parks, a review",
                "title: {en: \"Parks, a review\", mn: Паркууд}\n",
            ),
            (
                "aliases: {en: [\"a, b], mn: [c]}\n",
                "a, b",
                "aliases: {en: [\"a, b\"], mn: [c]}\n",
            ),
        ];
        for (front, name, fixed) in cases {
            assert_eq!(said(front).2, "quote-closes-after", "{front}");
            assert_eq!(said(front).3, name, "{front}");
            assert_eq!(patched(front, &fault_of(front)).as_deref(), Some(fixed));
        }
    }

    /// A key at the column of a list's dashes that the item above does not have belongs to
    /// that item, indented too little; one the item above starts with starts a new item.
    #[test]
    fn a_key_under_a_dash_is_a_new_item_only_when_the_item_above_has_it() {
        let front = "sources:\n  - id: a\n  locator: x\nid: y\n";
        assert_eq!(said(front), (3, 3, "indent-less", "id".into()));
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert_eq!(fixed, "sources:\n  - id: a\n    locator: x\nid: y\n");
        let front = "sources:\n  - id: a\n    locator: x\n  id: b\nid: y\n";
        assert_eq!(said(front), (4, 3, "missing-dash", "id".into()));
    }

    /// A key given twice inside a map is named at its second line, as one given twice at
    /// the top is, not as YAML that cannot be read.
    #[test]
    fn a_key_given_twice_in_a_map_is_named_where_it_is_repeated() {
        assert_eq!(
            said("id: x\ntitle:\n  en: A\n  mn: Б\n  en: B\nsummary: s\n"),
            (5, 3, "duplicate", "en".into())
        );
        assert_eq!(
            said("rows:\n  - label: a\n    value: 1\n  - label: b\n    value: 2\n    value: 3\n"),
            (6, 5, "duplicate", "value".into())
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
    fn a_key_without_a_colon_is_shown_with_one() {
        assert_eq!(
            said("id: x\nrelated cluster\nsources: []\n"),
            (2, 1, "no-colon", "related: [cluster]".into())
        );
        assert_eq!(said("id: x\nkind definition\n").3, "kind: definition");
    }

    #[test]
    fn indentation_is_compared_with_the_key_above() {
        assert_eq!(
            said("summary:\n  en: x\n   mn: y\n"),
            (3, 4, "indent-more", "en".into())
        );
        assert_eq!(
            said("summary:\n  en: x\n mn: y\nid: x\n"),
            (3, 2, "indent-less", "en".into())
        );
        assert_eq!(
            said("sources:\n  - id: a\n     locator: x\n"),
            (3, 6, "indent-more", "id".into())
        );
        let front = "sources:\n  - id: a\n   locator: x\n";
        assert_eq!(said(front), (3, 4, "indent-less", "id".into()));
        assert_eq!(
            patched(front, &fault_of(front)).as_deref(),
            Some("sources:\n  - id: a\n    locator: x\n")
        );
    }

    /// A field of the entry indented by mistake under a map is told to start the line, not to
    /// line up with the key above (walk 9, finding 3).
    #[test]
    fn an_entry_field_indented_by_mistake_belongs_at_the_start_of_the_line() {
        let front = "id: soum-lab\nkind: definition\nsummary:\n  en: A.\n  mn: Б.\n sources:\n  - id: src-a\n    locator: x\n";
        assert_eq!(said(front), (6, 2, "indent-top", "sources".into()));
        assert_eq!(
            patched(front, &fault_of(front)).as_deref(),
            Some(
                "id: soum-lab\nkind: definition\nsummary:\n  en: A.\n  mn: Б.\nsources:\n  - id: src-a\n    locator: x\n"
            )
        );
        // A field of another kind is no field of this entry: line it up as before.
        let front = "id: x\nkind: definition\nsummary:\n  en: A.\n  mn: Б.\n author: y\n";
        assert_eq!(said(front), (6, 2, "indent-less", "mn".into()));
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

    #[test]
    fn a_list_item_without_its_dash_is_named() {
        let front = "sources:\n  - id: a\n    locator: x\n  id: b\n";
        assert_eq!(said(front), (4, 3, "missing-dash", "id".into()));
        assert_eq!(
            patched(front, &fault_of(front)).as_deref(),
            Some("sources:\n  - id: a\n    locator: x\n  - id: b\n")
        );
    }

    #[test]
    fn a_colon_inside_a_value_is_told_apart_from_indentation() {
        assert_eq!(said("title: Parks: a review\n").2, "colon-in-value");
        assert_eq!(said("id: x\n kind: y\n").2, "indent-more");
    }
}
