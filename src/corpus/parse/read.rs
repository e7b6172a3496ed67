//! The second half of reading a file: its front matter (tabs, depth, YAML read past errors),
//! its id and kind checked, then the entry built and its Mongolian and tour steps checked.

use super::Parsed;
use super::before_yaml::{MAX_FLOW_DEPTH, tab_indents, too_deep};
use super::build;
use super::date_key;
use super::file_name;
use super::recover;
use super::stand_in;
use super::untab;
use crate::corpus::id_like::id_like;
use crate::corpus::locate::Locator;
use crate::corpus::model::Kind;
use crate::diagnostic::{Diagnostic, Problem};

/// Reads the front matter and sections of one file into its entry, with every problem found.
pub(super) fn read_parts(
    path: &str,
    parts: &crate::corpus::split::Parts,
    builtin: bool,
    lists: &crate::corpus::mnstyle::Lists,
) -> Parsed {
    let mut out = Parsed::default();
    let diag = |line, col, problem| Diagnostic::new(path, line, col, problem);
    // Tabs are reported, then read as spaces (column for column) so the rest can be checked.
    let tabs = tab_indents(&parts.front_matter);
    for (line, col) in &tabs {
        out.diagnostics.push(diag(
            parts.front_matter_line + line - 1,
            *col,
            Problem::TabIndent { loaded: false },
        ));
    }
    for (line, col) in untab::tabs_in_values(&parts.front_matter) {
        out.diagnostics.push(diag(
            parts.front_matter_line + line - 1,
            col,
            Problem::TabInValue,
        ));
    }
    let front_matter = if tabs.is_empty() {
        std::borrow::Cow::Borrowed(parts.front_matter.as_str())
    } else {
        std::borrow::Cow::Owned(untab::untab(&parts.front_matter))
    };
    let loc = Locator::new(&front_matter, parts.front_matter_line);

    if let Some((line, col)) = too_deep(&front_matter) {
        out.diagnostics.push(diag(
            parts.front_matter_line + line - 1,
            col,
            Problem::TooDeep {
                limit: MAX_FLOW_DEPTH,
            },
        ));
        return out;
    }
    let read = recover::read(path, parts, &loc, &front_matter);
    out.diagnostics.extend(read.diagnostics);
    let Some(raw) = read.raw else {
        return out;
    };
    let dropped = read.dropped;
    let patched = read.patched;
    let unread_rows = read.unread_rows;
    // A line patched to read on may show other problems that are only the patch's echo.
    let echo =
        |d: &Diagnostic| patched.contains(&d.line) && !matches!(d.problem, Problem::Yaml { .. });
    out.lines = crate::corpus::KeyLines {
        id: loc.key(&["id"]).0,
        position: loc.key(&["position"]).0,
        total: loc.key(&["total"]).0,
    };
    let Some(id) = raw.id.clone() else {
        if !dropped.iter().any(|f| f == "id") {
            out.diagnostics.push(diag(
                parts.front_matter_line,
                1,
                Problem::MissingField {
                    field: "id".into(),
                    kind: None,
                },
            ));
        }
        return out;
    };
    if !crate::markdown::links::is_entry_id(&id) {
        let (l, c) = loc.key(&["id"]);
        let stem = std::path::Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        out.diagnostics.push(diag(
            l,
            c,
            Problem::BadId {
                value: shortened(&id, 40),
                meant: id_like(&id).or_else(|| id_like(&stem)),
            },
        ));
        return out;
    }
    if let Some(problem) = file_name::check(path, &id) {
        let (l, c) = loc.key(&["id"]);
        out.diagnostics.push(diag(l, c, problem));
    }
    // A missing or unknown kind is reported; the rest is checked against a stand-in kind, but
    // makes no entry.
    let (kind, stand_in) = match raw.kind.as_deref() {
        None if dropped.iter().any(|f| f == "kind") => match stand_in::stand_in(path, None) {
            Some(kind) => (kind, true),
            None => return out,
        },
        None => {
            // The kind of the folder it is in, when named for one, is the example given.
            let folder_kind = stand_in::stand_in(path, None);
            out.diagnostics.push(diag(
                parts.front_matter_line,
                1,
                Problem::MissingField {
                    field: "kind".into(),
                    kind: folder_kind,
                },
            ));
            match folder_kind {
                Some(kind) => (kind, true),
                None => return out,
            }
        }
        Some(name) => match Kind::parse(name) {
            Some(kind) => (kind, false),
            None => {
                let (l, c) = loc.value_start(&["kind"]);
                let guess = stand_in::stand_in(path, Some(name));
                let suggestion = crate::corpus::kind_guess::guess(name)
                    .map(|(_, offered)| offered)
                    .or(guess.map(Kind::name));
                out.diagnostics.push(
                    diag(
                        l,
                        c,
                        Problem::BadValue {
                            field: "kind".into(),
                            value: name.to_string(),
                            expected: Kind::ALL.map(Kind::name).join(", "),
                            named: crate::diagnostic::Named::Kinds,
                        },
                    )
                    .suggesting(suggestion),
                );
                match guess {
                    Some(kind) => (kind, true),
                    None => return out,
                }
            }
        },
    };
    // A key naming a date is the kind's own date field.
    date_key::suggest(kind, &mut out.diagnostics);
    // A misspelt field read as the one it was meant to be: its links are found where written.
    let renamed = out
        .diagnostics
        .iter()
        .filter_map(|d| match (&d.problem, &d.suggestion) {
            (Problem::UnknownField { field }, Some(known)) => {
                Some((known.to_string(), field.clone()))
            }
            _ => None,
        })
        .collect();
    let loc = loc.renaming(renamed);
    let mut built = build::build(path, &loc, kind, parts, id, raw, builtin);
    date_key::suggest(kind, &mut built.diagnostics);
    // A field taken out as bad, or misspelt as a known one, is reported once, not as missing.
    let suggested: Vec<String> = out
        .diagnostics
        .iter()
        .filter(|d| matches!(d.problem, Problem::UnknownField { .. }))
        .filter_map(|d| d.suggestion.as_deref().map(str::to_string))
        .collect();
    out.diagnostics
        .extend(built.diagnostics.into_iter().filter(|d| {
            let reported = match &d.problem {
                Problem::MissingField { field, .. } | Problem::EmptyField { field, .. } => {
                    dropped.contains(field) || suggested.contains(field)
                }
                Problem::Unsourced => dropped.iter().any(|f| f == "sources"),
                _ => false,
            };
            !reported
        }));
    if let Some(entry) = &built.entry {
        out.diagnostics.extend(crate::corpus::mnstyle::check(
            path, parts, &loc, entry, lists,
        ));
        if let crate::corpus::model::KindFields::Tour { steps } = &entry.fields {
            let ids: Vec<&str> = steps.iter().map(|s| s.entry.as_str()).collect();
            out.diagnostics
                .extend(crate::corpus::tour_refs::check(path, parts, &ids));
        }
    }
    out.link_sites = built.sites;
    // Fields read from patched text are checked, but a file with a syntax error loads nothing,
    // nor does a figure with a row taken out.
    let loads = patched.is_empty() && !stand_in && unread_rows.is_empty();
    if !loads && let Some(entry) = &built.entry {
        out.diagnostics
            .extend(unloaded_total(path, &loc, entry, &unread_rows));
    }
    out.entry = built.entry.filter(|_| loads);
    out.diagnostics.retain(|d| !echo(d));
    // A tab read as spaces that let the entry load whole is said as such: a warning.
    if out.entry.is_some() {
        for d in &mut out.diagnostics {
            if let Problem::TabIndent { loaded } = &mut d.problem {
                *loaded = true;
            }
        }
    }
    out
}

/// The total of a figure that does not load, checked as a loaded one's is
/// (`figure::validate`) over its rows, or said unchecked when a row could not be read.
fn unloaded_total(
    path: &str,
    loc: &Locator,
    entry: &crate::corpus::model::Entry,
    unread_rows: &[usize],
) -> Vec<Diagnostic> {
    let crate::corpus::model::KindFields::Figure { total: Some(_), .. } = &entry.fields else {
        return Vec::new();
    };
    let (line, _) = loc.key(&["total"]);
    let problems = match unread_rows.first() {
        Some(&row) => vec![Problem::FigureTotalUnread { row }],
        None => crate::figure::validate::validate(entry),
    };
    problems
        .into_iter()
        .map(|problem| Diagnostic::new(path, line, 1, problem))
        .collect()
}

/// `text` cut to `max` characters with an ellipsis, for quoting a value in a message.
pub(super) fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
