//! Reading front matter into a [`RawEntry`] so that every bad field is reported in one run.
//!
//! serde stops at the first error. When that happens the front matter is read again as a plain
//! YAML tree and deserialized repeatedly, each time reporting the error found and taking out
//! the field it lies in (or, for a misspelt key inside a map, just that key), until the rest
//! reads. A YAML syntax error leaves no tree: it is named where it was made, the text patched
//! (`yaml_syntax`) and read again, so the file's other problems are found in the same run; the
//! entry of a file with a syntax error is not loaded.

use serde_yaml::{Mapping, Value};

use super::super::locate::Locator;
use super::super::split::Parts;
use super::RawEntry;
use super::field_shapes::known_fields;
use super::item_lists::{self, TakenItems};
use super::yaml_error::{syntax_code, yaml_diagnostic, yaml_diagnostic_at};
use super::yaml_syntax;
use crate::diagnostic::{Diagnostic, LINED_UP, Problem};
use crate::suggest::closest;

/// The fields read, the problems found, and the top-level fields taken out because they were
/// bad (their "missing" reports would only repeat the problem).
pub(super) struct Read {
    pub raw: Option<RawEntry>,
    pub diagnostics: Vec<Diagnostic>,
    pub dropped: Vec<String>,
    /// File lines patched to read past syntax errors: the fields were read from patched text,
    /// so they are checked, but make no entry, and other problems on these lines are echoes.
    pub patched: Vec<usize>,
    /// The figure rows taken out because they could not be read (their places in the file,
    /// from 0): the other rows are checked, but the entry is not made without them.
    pub unread_rows: Vec<usize>,
}

/// Syntax errors patched in one file before giving up on reading the rest.
const MAX_PATCHES: usize = 16;

/// Fields whose values are names from a fixed list, accepted in any case.
const CASED_ENUMS: &[&str] = &["chart", "order"];

pub(super) fn read(path: &str, parts: &Parts, loc: &Locator, front_matter: &str) -> Read {
    let cuts = super::flow_comma::cut_values(front_matter);
    if cuts.is_empty() {
        return read_text(path, parts, loc, front_matter);
    }
    // A value a comma cut is read whole, in the quotes the author is told to write; its line
    // is patched, so the entry does not load, and the parser's echoes on it are not said.
    let mut read = read_text(
        path,
        parts,
        loc,
        &super::flow_comma::quoted(front_matter, &cuts),
    );
    let lines: Vec<usize> = cuts
        .iter()
        .map(|c| parts.front_matter_line + c.line - 1)
        .collect();
    let mut diagnostics: Vec<Diagnostic> = cuts
        .iter()
        .map(|c| {
            Diagnostic::new(
                path,
                parts.front_matter_line + c.line - 1,
                c.column,
                Problem::Yaml {
                    detail: syntax_code(
                        match c.in_list {
                            true => "comma-in-flow-item",
                            false => "comma-in-flow-value",
                        },
                        &format!("{}{LINED_UP}{}", c.cut_off, c.fixed),
                    ),
                },
            )
        })
        .collect();
    read.diagnostics.retain(|d| !lines.contains(&d.line));
    diagnostics.append(&mut read.diagnostics);
    read.diagnostics = diagnostics;
    read.patched.extend(lines);
    read
}

/// [`read`] on front matter with no value cut by a comma.
fn read_text(path: &str, parts: &Parts, loc: &Locator, front_matter: &str) -> Read {
    let de = serde_yaml::Deserializer::from_str(front_matter);
    let first = match serde_path_to_error::deserialize::<_, RawEntry>(de) {
        Ok(raw) => {
            return Read {
                raw: Some(raw),
                diagnostics: Vec::new(),
                dropped: Vec::new(),
                patched: Vec::new(),
                unread_rows: Vec::new(),
            };
        }
        Err(err) => err,
    };
    let not_read = |diagnostics| Read {
        raw: None,
        diagnostics,
        dropped: Vec::new(),
        patched: Vec::new(),
        unread_rows: Vec::new(),
    };
    match serde_yaml::from_str::<Value>(front_matter) {
        Ok(Value::Mapping(map)) => recover(path, parts, loc, map),
        Err(err) if is_syntax(&err) => read_past_syntax(path, parts, loc, front_matter, err),
        _ => not_read(vec![yaml_diagnostic(path, parts, loc, &first)]),
    }
}

/// The lines of the syntax errors among `diagnostics`.
fn diagnostics_lines(diagnostics: &[Diagnostic]) -> Vec<usize> {
    diagnostics
        .iter()
        .filter(|d| matches!(d.problem, Problem::Yaml { .. }))
        .map(|d| d.line)
        .collect()
}

/// True for an error in how the text is written (not a duplicate key or an alias bomb, which
/// the typed reading reports).
fn is_syntax(err: &serde_yaml::Error) -> bool {
    let message = err.to_string();
    err.location().is_some()
        && !["duplicate", "recursion limit", "repetition limit"]
            .iter()
            .any(|p| message.starts_with(p))
}

/// Names each syntax error where it was made and patches it, until the text reads (then its
/// fields are checked as usual) or a fault cannot be patched.
fn read_past_syntax(
    path: &str,
    parts: &Parts,
    loc: &Locator,
    front_matter: &str,
    mut err: serde_yaml::Error,
) -> Read {
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut text = front_matter.to_string();
    for _ in 0..MAX_PATCHES {
        let fault = yaml_syntax::fault(&text, &err);
        let line = parts.front_matter_line + fault.line - 1;
        // A fault toli cannot name after a patch may be the patch's own echo.
        let echo = fault.code == "unreadable" && !diagnostics.is_empty();
        if echo
            || diagnostics
                .iter()
                .any(|d| (d.line, d.column) == (line, fault.column))
        {
            break;
        }
        let name = match yaml_syntax::lined_up(&text, &fault) {
            Some(lined_up) => format!("{}{LINED_UP}{lined_up}", fault.name),
            None => fault.name.clone(),
        };
        diagnostics.push(Diagnostic::new(
            path,
            line,
            fault.column,
            Problem::Yaml {
                detail: syntax_code(fault.code, &name),
            },
        ));
        let Some(next) = yaml_syntax::patched(&text, &fault) else {
            break;
        };
        text = next;
        match serde_yaml::from_str::<Value>(&text) {
            Ok(Value::Mapping(map)) => {
                let mut read = recover(path, parts, loc, map);
                let lines = diagnostics_lines(&diagnostics);
                read.diagnostics.retain(|d| !lines.contains(&d.line));
                diagnostics.append(&mut read.diagnostics);
                read.diagnostics = diagnostics;
                read.patched = lines;
                return read;
            }
            Err(next) if is_syntax(&next) => err = next,
            _ => break,
        }
    }
    Read {
        raw: None,
        diagnostics,
        dropped: Vec::new(),
        patched: Vec::new(),
        unread_rows: Vec::new(),
    }
}

fn recover(path: &str, parts: &Parts, loc: &Locator, mut map: Mapping) -> Read {
    for name in CASED_ENUMS {
        if let Some(Value::String(s)) = map.get_mut(*name) {
            *s = s.to_lowercase();
        }
    }
    let mut out = Read {
        raw: None,
        diagnostics: Vec::new(),
        dropped: Vec::new(),
        patched: Vec::new(),
        unread_rows: Vec::new(),
    };
    // Misspelt keys read under the name they were meant to have (already reported).
    let mut renamed: Vec<Vec<String>> = Vec::new();
    let mut taken = TakenItems::default();
    // Each round takes out or renames one key, and renames only to names not yet present, so
    // this ends.
    loop {
        match serde_path_to_error::deserialize::<_, RawEntry>(Value::Mapping(map.clone())) {
            Ok(raw) => {
                out.raw = Some(raw);
                out.unread_rows = taken.rows();
                return out;
            }
            Err(err) => {
                let segs: Vec<String> = err
                    .path()
                    .to_string()
                    .split(['.', '[', ']'])
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                let unknown = unknown_key(&err.inner().to_string());
                // A renamed key's own value is not right either: its misspelling was the news.
                let in_renamed = renamed.iter().any(|r| segs.starts_with(r));
                // An item's place in the file, counting the items taken out before it.
                let item = taken.item_of(&segs);
                if !in_renamed {
                    let field = match &item {
                        Some((list, place)) => {
                            item_lists::in_file(&err.path().to_string(), list, *place)
                        }
                        None => err.path().to_string(),
                    };
                    out.diagnostics
                        .push(yaml_diagnostic_at(path, parts, loc, &field, err.inner()));
                }
                let unknown = unknown.filter(|_| !in_renamed);
                match take_out(&mut map, &segs, unknown.as_deref(), &mut out.dropped) {
                    Taken::Nothing => {
                        out.unread_rows = taken.rows();
                        return out;
                    }
                    Taken::Renamed(to) => renamed.push(to),
                    Taken::Removed => {}
                    Taken::Item => {
                        if let Some((list, place)) = item {
                            taken.record(&list, place);
                        }
                    }
                }
            }
        }
    }
}

/// The key named by an "unknown field" error.
fn unknown_key(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    Some(rest.split('`').next()?.to_string())
}

/// What [`take_out`] did.
enum Taken {
    Nothing,
    Removed,
    /// An item of an item list ([`item_lists`]) taken out alone.
    Item,
    /// A misspelt key now under its meant name, at this path.
    Renamed(Vec<String>),
}

/// Removes what the error at `segs` concerns: the misspelt key itself where it can be found
/// (renamed to the field it was meant to be when that is clear), else the item of an item
/// list it lies in, else the whole top-level field. A list left without items counts as taken
/// out whole, so it is not reported again as empty.
fn take_out(
    map: &mut Mapping,
    segs: &[String],
    unknown: Option<&str>,
    dropped: &mut Vec<String>,
) -> Taken {
    if let Some(name) = unknown {
        let mut parent: Vec<&str> = segs.iter().map(String::as_str).collect();
        if parent.last() == Some(&name) {
            parent.pop();
        }
        // A misspelt key is read as the field it was meant to be, so the rest reads as intended.
        let meant = closest(name, known_fields(&parent));
        let target = if parent.is_empty() {
            Some(&mut *map)
        } else {
            match descend(map, &parent) {
                Some(Value::Mapping(m)) => Some(m),
                _ => None,
            }
        };
        if let Some(m) = target
            && let Some(value) = m.remove(name)
        {
            if let Some(meant) = meant
                && !m.contains_key(meant)
            {
                m.insert(Value::String(meant.to_string()), value);
                let mut at: Vec<String> = parent.iter().map(|s| s.to_string()).collect();
                at.push(meant.to_string());
                return Taken::Renamed(at);
            }
            return Taken::Removed;
        }
    }
    let Some(top) = segs.first() else {
        return Taken::Nothing;
    };
    if item_lists::take_item(map, segs) {
        if matches!(map.get(top.as_str()), Some(Value::Sequence(items)) if items.is_empty()) {
            dropped.push(top.clone());
        }
        return Taken::Item;
    }
    if map.remove(top.as_str()).is_some() {
        dropped.push(top.clone());
        return Taken::Removed;
    }
    Taken::Nothing
}

/// The value at a path of keys and list indices.
fn descend<'a>(map: &'a mut Mapping, path: &[&str]) -> Option<&'a mut Value> {
    let (first, rest) = path.split_first()?;
    let mut value = map.get_mut(*first)?;
    for seg in rest {
        value = match (value, seg.parse::<usize>()) {
            (Value::Sequence(items), Ok(i)) => items.get_mut(i)?,
            (Value::Mapping(m), _) => m.get_mut(*seg)?,
            _ => return None,
        };
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::super::super::split::split;
    use super::*;

    fn read_text(front: &str) -> Read {
        let text = format!("---\n{front}---\n");
        let parts = split(&text).expect("splits");
        let loc = Locator::new(&parts.front_matter, parts.front_matter_line);
        read("x.md", &parts, &loc, &parts.front_matter)
    }

    #[test]
    fn a_misspelt_key_is_read_as_the_field_it_was_meant_to_be() {
        let read = read_text("id: x\ntitel: {en: T, mn: Т}\nsources:\n  - {id: a, lokator: p}\n");
        let raw = read.raw.expect("reads");
        assert_eq!(raw.title.and_then(|t| t.en).as_deref(), Some("T"));
        assert_eq!(
            raw.sources.and_then(|s| s[0].locator.en.clone()).as_deref(),
            Some("p")
        );
        let fields: Vec<String> = read
            .diagnostics
            .iter()
            .map(|d| format!("{:?} {:?}", d.problem, d.suggestion))
            .collect();
        assert_eq!(fields.len(), 2, "{fields:?}");
        assert!(read.dropped.is_empty());
    }

    #[test]
    fn bad_values_are_taken_out_and_named_as_dropped() {
        let read = read_text("id: x\ntitle: T\nyear: soon\nposition: first\nchart: Table\n");
        let raw = read.raw.expect("reads");
        assert_eq!(raw.chart, Some(crate::corpus::model::ChartKind::Table));
        assert_eq!(read.dropped, ["year", "position"]);
        assert_eq!(read.diagnostics.len(), 2);
    }

    /// Every field a kind describes as a year, written as words or a mistyped year, is told
    /// what a year looks like (the year meant, when clear), and the rest still reads.
    #[test]
    fn a_year_field_written_as_no_year_is_told_the_form_of_a_year() {
        use crate::corpus::dates::DateForm;
        use crate::diagnostic::Shape;
        let years: Vec<&str> = crate::corpus::model::Kind::ALL
            .into_iter()
            .flat_map(crate::corpus::kinds::fields)
            .filter(|f| f.date == Some(DateForm::Year))
            .map(|f| f.name)
            .collect();
        assert!(years.contains(&"established"), "{years:?}");
        for key in years {
            for (value, meant) in [("soon", None), ("20I5", Some("2015"))] {
                let read = read_text(&format!("id: x\ntitle: T\n{key}: {value}\n"));
                assert!(read.raw.is_some(), "{key}: the rest still reads");
                let problems: Vec<&Problem> = read.diagnostics.iter().map(|d| &d.problem).collect();
                assert!(
                    matches!(
                        problems[..],
                        [Problem::WrongShape { field, shape: Shape::Year, number }]
                            if field == key && number.as_deref() == meant
                    ),
                    "{key}: {value}: {problems:?}"
                );
                assert_eq!(read.diagnostics[0].line, 4, "{key}: {value}");
            }
        }
    }

    #[test]
    fn a_syntax_error_is_patched_and_the_rest_still_read() {
        let read = read_text("id: x\nrelated: [a, b\ntitle: T\nyear: soon\n");
        assert_eq!(read.patched, [3]);
        assert_eq!(read.raw.expect("reads").related, ["a", "b"]);
        let lines: Vec<usize> = read.diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, [3, 5]);
    }

    #[test]
    fn a_fault_that_cannot_be_patched_is_the_one_problem() {
        let read = read_text("id: x\ntags: - a\ntitle: T\n");
        assert!(read.raw.is_none());
        assert_eq!(read.diagnostics.len(), 1);
    }
}
