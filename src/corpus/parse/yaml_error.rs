//! A YAML or serde error in front matter as a diagnostic: the field it concerns, the file line
//! and column of the key (found again in the text, as serde reports positions inside the front
//! matter only), and the problem in words a content author can act on.

use super::super::locate::Locator;
use super::super::split::Parts;
use crate::diagnostic::{Diagnostic, Problem};

pub(super) fn yaml_diagnostic(
    path: &str,
    parts: &Parts,
    loc: &Locator,
    err: &serde_path_to_error::Error<serde_yaml::Error>,
) -> Diagnostic {
    let field = err.path().to_string();
    let inner = err.inner();
    let message = inner.to_string();
    // serde_yaml appends " at line L column C"; the position is reported separately.
    let detail = message.split(" at line ").next().unwrap_or(&message);
    // serde_yaml prefixes value errors with the path ("position: invalid type: …").
    let detail = detail
        .strip_prefix(field.as_str())
        .and_then(|d| d.strip_prefix(": "))
        .unwrap_or(detail)
        .to_string();
    // serde_yaml's position is exact for values it was reading; for values it buffered first
    // (bilingual fields) it can point at the document start, so never report before the key.
    let segs: Vec<&str> = field
        .split(['.', '[', ']'])
        .filter(|s| !s.is_empty())
        .collect();
    let at_key = loc.key(&segs);
    let (line, col) = match inner.location() {
        Some(l) if parts.front_matter_line + l.line() > at_key.0 => {
            (parts.front_matter_line + l.line() - 1, l.column())
        }
        _ => at_key,
    };
    let problem = if let Some(rest) = detail.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let (l, c) = loc.key(&nested(&field, name));
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::UnknownField {
                field: joined(&field, name),
            },
        );
    } else if let Some(rest) = detail.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let (l, c) = loc
            .repeated_key(&nested(&field, name))
            .unwrap_or((line, col));
        return Diagnostic::new(path, l, c, Problem::Yaml { detail });
    } else if let Some(rest) = detail.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        Problem::MissingField {
            field: joined(&field, name),
        }
    } else if is_type_error(&detail) {
        if field == "." || field.is_empty() {
            Problem::Yaml {
                detail: "the front matter must be a mapping of fields".into(),
            }
        } else {
            Problem::WrongType { field, detail }
        }
    } else {
        Problem::Yaml { detail }
    };
    Diagnostic::new(path, line, col, problem)
}

/// Front matter never needs deeper `[`/`{` nesting than this; the YAML parser slows down
/// quadratically on pathological nesting, so deeper input is refused before parsing.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Line and column (1-based) where flow nesting first exceeds [`MAX_FLOW_DEPTH`], if it does.
pub(super) fn too_deep(yaml: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, line) in yaml.split('\n').enumerate() {
        let mut quote: Option<char> = None;
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some((i + 1, col + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// True for errors about a value's type or shape (as opposed to YAML syntax).
fn is_type_error(detail: &str) -> bool {
    [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
        "expected a map",
    ]
    .iter()
    .any(|p| detail.starts_with(p))
}

/// Path segments of a serde path (`sources[0].id`) with `name` appended.
fn nested<'a>(field: &'a str, name: &'a str) -> Vec<&'a str> {
    let mut segs: Vec<&str> = field
        .split(['.', '[', ']'])
        .filter(|s| !s.is_empty())
        .collect();
    segs.push(name);
    segs
}

/// `field.name`, or `name` at the top level.
fn joined(field: &str, name: &str) -> String {
    if field == "." || field.is_empty() {
        name.to_string()
    } else {
        format!("{field}.{name}")
    }
}
