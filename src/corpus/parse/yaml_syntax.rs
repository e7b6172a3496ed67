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

mod brackets;
mod flow;
mod indent;
mod keys;
mod quote;

use super::yaml_scan::unclosed_flow;
use brackets::{after_value, open_flow};
use indent::{indented_less, indented_more, key_indented_more};
use keys::{colon_in_value, no_colon, repeated_key};
use quote::open_quote;

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
        if let Some(f) = after_value(&lines, r.at)
            .or_else(|| indented_less(&lines, r.at.0))
            .or_else(|| key_indented_more(&lines, r.at.0))
        {
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

/// The fault's line as its patch writes it, for a fault of indentation: the author's own line
/// with the spaces it needs, to show them what to write.
pub(super) fn lined_up(front: &str, fault: &Fault) -> Option<String> {
    let Some(Patch::Indent { .. }) = fault.patch else {
        return None;
    };
    let fixed = patched(front, fault)?;
    Some(
        fixed
            .split('\n')
            .nth(fault.line.checked_sub(1)?)?
            .to_string(),
    )
}

#[cfg(test)]
fn fault_of(front: &str) -> Fault {
    let err = serde_yaml::from_str::<serde_yaml::Value>(front).expect_err("a syntax error");
    fault(front, &err)
}

/// The fault in `front` as (line, column, code, name).
#[cfg(test)]
fn said(front: &str) -> (usize, usize, &'static str, String) {
    let f = fault_of(front);
    (f.line, f.column, f.code, f.name)
}
