//! A YAML or serde error in front matter as a diagnostic: the field it concerns, the file line
//! and column of the key (found again in the text, as serde reports positions inside the front
//! matter only), and the problem in words a content author can act on, with a "did you mean"
//! for a misspelt field or value. What each field should look like is `field_shapes`.

use super::super::locate::Locator;
use super::super::split::Parts;
use super::field_shapes::{known_fields, shape_of};
use crate::diagnostic::{Diagnostic, Problem, Shape};
use crate::suggest::closest;

pub(super) fn yaml_diagnostic(
    path: &str,
    parts: &Parts,
    loc: &Locator,
    err: &serde_path_to_error::Error<serde_yaml::Error>,
) -> Diagnostic {
    yaml_diagnostic_at(path, parts, loc, &err.path().to_string(), err.inner())
}

/// [`yaml_diagnostic`] for the error `inner` of the field at the serde path `field`
/// (`rows[2].value`), which may name a list item by its place in the file rather than in the
/// value the error came from.
pub(super) fn yaml_diagnostic_at(
    path: &str,
    parts: &Parts,
    loc: &Locator,
    field: &str,
    inner: &serde_yaml::Error,
) -> Diagnostic {
    let field = field.to_string();
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
    let segs = segments(&field);
    let at_key = loc.key(&segs);
    let (line, col) = match inner.location() {
        Some(l) if parts.front_matter_line + l.line() > at_key.0 => {
            (parts.front_matter_line + l.line() - 1, l.column())
        }
        _ => at_key,
    };
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let segs = nested(&field, name);
        let (l, c) = loc.key(&segs);
        let parent = &segs[..segs.len() - 1];
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::UnknownField {
                field: segs.join("."),
            },
        )
        .suggesting(closest(name, known_fields(parent)));
    }
    if let Some(rest) = detail.strip_prefix(crate::corpus::bi::UNEXPECTED_KEY) {
        // `summary:` with `sources:` lined up under its `en` and `mn`.
        let key = rest.split('`').next().unwrap_or(rest);
        let (l, c) = loc.key(&nested(&field, key));
        let lines: Vec<&str> = parts.front_matter.split('\n').collect();
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::UnexpectedKey {
                field: display_path(&field),
                key: key.to_string(),
                entry_field: super::yaml_scan::is_entry_field(&lines, key),
            },
        );
    }
    if let Some(rest) = detail.strip_prefix(crate::corpus::bi::NOT_TEXT) {
        // `summary: {en: 42, …}`: the number YAML read, to write in quotes.
        let (lang, written) = rest.split_once("` ").unwrap_or((rest, ""));
        let (l, c) = loc.value_start(&nested(&field, lang));
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::WrongShape {
                field: format!("{}.{lang}", display_path(&field)),
                shape: Shape::Text,
                number: Some(written.to_string()),
            },
        );
    }
    if let Some(rest) = detail.strip_prefix(crate::corpus::bi::LIST_FOR_TEXT) {
        // `summary: {en: …, mn: [- …, - …]}` or `actor: [- …, - …]`: the value to write.
        let (lang, value) = rest.split_once("` ").unwrap_or((rest, ""));
        let at = if lang.is_empty() {
            segs.clone()
        } else {
            nested(&field, lang)
        };
        let (l, c) = loc.key(&at);
        let key = at.last().copied().unwrap_or_default();
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::WrongShape {
                field: at.join("."),
                shape: Shape::ListForText,
                number: Some(format!("{key}: {value}")),
            },
        );
    }
    if let Some(rest) = detail.strip_prefix(crate::corpus::bi::TEXT_FOR_LIST) {
        // `tags: {en: cluster policy, funding}`: the list to write.
        let (lang, list) = rest.split_once("` ").unwrap_or((rest, ""));
        let at = nested(&field, lang);
        let (l, c) = loc.key(&at);
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::WrongShape {
                field: at.join("."),
                shape: Shape::TextForList,
                number: Some(format!("{lang}: {list}")),
            },
        );
    }
    if let Some(name) = detail
        .strip_prefix("duplicate field `")
        .or_else(|| detail.strip_prefix("duplicate entry with key \""))
    {
        let name = name.split(['`', '"']).next().unwrap_or(name);
        let (l, c) = loc
            .repeated_key(&nested(&field, name))
            .unwrap_or((line, col));
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::Yaml {
                detail: syntax_code("duplicate", name),
            },
        );
    }
    let problem = if let Some(rest) = detail.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        Problem::MissingField {
            field: nested(&field, name).join("."),
            kind: None,
        }
    } else if let Some(rest) = detail.strip_prefix("unknown variant `") {
        // `chart: pie`: a controlled value, reported with the values allowed.
        let value = rest.split('`').next().unwrap_or(rest).to_string();
        let allowed: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
        let field_name = segs.last().copied().unwrap_or_default().to_string();
        return Diagnostic::new(
            path,
            at_key.0,
            at_key.1,
            Problem::BadValue {
                field: field_name,
                expected: allowed.join(", "),
                named: crate::diagnostic::Named::Plain,
                value: value.clone(),
            },
        )
        .suggesting(closest(&value, allowed.iter().copied()));
    } else if field == "." || field.is_empty() {
        if is_type_error(&detail) {
            Problem::Yaml {
                detail: syntax_code("not-a-mapping", ""),
            }
        } else {
            Problem::Yaml {
                detail: plain_syntax(&detail),
            }
        }
    } else if let Some(shape) = shape_of(&segs).filter(|_| is_type_error(&detail)) {
        let (l, c) = loc.value_start(&segs);
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::WrongShape {
                field: display_path(&field),
                shape,
                number: written_number(&detail, shape),
            },
        );
    } else if is_type_error(&detail) {
        Problem::WrongType {
            field: display_path(&field),
            detail,
        }
    } else {
        Problem::Yaml {
            detail: plain_syntax(&detail),
        }
    };
    Diagnostic::new(path, line, col, problem)
}

/// The number a value written for a number field starts with (`2015 он`, `2025он`: `2015`,
/// `2025`), to suggest it whole; none when the number goes on with a separator (`1,200`, and
/// `12.5` for a whole number). A whole number among words is that number (`March 2016`:
/// `2016`); none when there are several or separators (`Q3 2016`, `1-5 March`).
fn written_number(detail: &str, shape: Shape) -> Option<String> {
    let value = detail.split_once("string \"")?.1;
    let value = &value[..value.rfind("\", expected").unwrap_or(value.len())];
    let whole = match shape {
        // A year: one in four digits, or written with letters like digits (`20I5`).
        Shape::Year => {
            let year = |n: &String| n.parse().is_ok_and(crate::corpus::dates::is_year);
            return crate::corpus::dates::year_meant(value)
                .or_else(|| written_number(detail, Shape::WholeNumber).filter(year));
        }
        Shape::WholeNumber => true,
        Shape::Number => false,
        _ => return None,
    };
    let digits = value.len() - value.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, rest) = value.split_at(digits);
    let fraction = rest
        .strip_prefix('.')
        .map(|f| f.len() - f.trim_start_matches(|c: char| c.is_ascii_digit()).len())
        .filter(|&n| n > 0 && !whole);
    let (number, rest) = match fraction {
        Some(n) => value.split_at(digits + 1 + n),
        None => (number, rest),
    };
    let goes_on =
        rest.starts_with(['.', ',']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    if number.is_empty() && whole {
        // Words around one whole number (`March 2016`, `Finding 3`): that number.
        let runs: Vec<&str> = value
            .split(|c: char| !c.is_ascii_digit())
            .filter(|r| !r.is_empty())
            .collect();
        let alone = !value.contains(['.', ',', ':', '/', '-']);
        return (runs.len() == 1 && alone).then(|| runs[0].to_string());
    }
    (!number.is_empty() && !goes_on).then(|| number.to_string())
}

/// True for errors about a value's type or shape (as opposed to YAML syntax).
fn is_type_error(detail: &str) -> bool {
    [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
        "expected a map",
        "invalid length",
    ]
    .iter()
    .any(|p| detail.starts_with(p))
}

/// The message of a YAML syntax error: `teach:<code>:<name>` when toli knows how to say what to
/// do (see `Problem::Yaml`'s rendering in `teach-yaml-*`), else the parser's own words.
fn plain_syntax(detail: &str) -> String {
    let known = [
        ("mapping values are not allowed", "colon-in-value"),
        ("did not find expected ',' or ']'", "unclosed-list"),
        ("did not find expected ',' or '}'", "unclosed-map"),
        ("found unexpected end of stream", "unclosed-quote"),
        ("did not find expected key", "indent"),
        (
            "found character that cannot start any token",
            "bad-character",
        ),
    ];
    known
        .iter()
        .find(|(start, _)| detail.starts_with(start))
        .map_or_else(|| detail.to_string(), |(_, code)| syntax_code(code, ""))
}

/// The marker a YAML diagnostic's detail carries for a message of `teach.ftl`.
pub(super) fn syntax_code(code: &str, name: &str) -> String {
    format!("{}{code}:{name}", crate::diagnostic::TEACH_YAML)
}

/// The segments of a serde path (`sources[0].id` → `sources`, `0`, `id`).
fn segments(field: &str) -> Vec<&str> {
    field
        .split(['.', '[', ']'])
        .filter(|s| !s.is_empty() && *s != "?")
        .collect()
}

/// Path segments of a serde path with `name` appended, unless the path already ends with it
/// (serde names the unknown key itself in its path).
fn nested<'a>(field: &'a str, name: &'a str) -> Vec<&'a str> {
    let mut segs = segments(field);
    if segs.last() != Some(&name) {
        segs.push(name);
    }
    segs
}

/// A serde path as people read it: `sources[0].locator` stays, the root `.` becomes empty.
/// serde's `?` (a place inside a value it buffered) is no name an author wrote, so it is left out.
fn display_path(field: &str) -> String {
    segments(field).iter().fold(String::new(), |mut path, seg| {
        match seg.parse::<usize>() {
            Ok(_) => path.push_str(&format!("[{seg}]")),
            Err(_) if path.is_empty() => path.push_str(seg),
            Err(_) => path.push_str(&format!(".{seg}")),
        }
        path
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Walk 13, T2: a number field written with words after the number is told that number.
    #[test]
    fn a_number_field_is_told_the_number_its_value_starts_with() {
        let said = |value: &str, shape| {
            written_number(
                &format!("invalid type: string \"{value}\", expected u32"),
                shape,
            )
        };
        assert_eq!(said("2015 он", Shape::WholeNumber).as_deref(), Some("2015"));
        assert_eq!(said("2025он", Shape::WholeNumber).as_deref(), Some("2025"));
        assert_eq!(
            said("2015-2020", Shape::WholeNumber).as_deref(),
            Some("2015")
        );
        assert_eq!(said("59.37 сая", Shape::Number).as_deref(), Some("59.37"));
        assert_eq!(said("12 %", Shape::Number).as_deref(), Some("12"));
        assert_eq!(
            said("March 2016", Shape::WholeNumber).as_deref(),
            Some("2016")
        );
        assert_eq!(said("он 2015", Shape::WholeNumber).as_deref(), Some("2015"));
        // A year is four digits: never the start of a mistyped one (`20I5`: not `20`).
        assert_eq!(said("20I5", Shape::Year).as_deref(), Some("2015"));
        assert_eq!(said("2O15", Shape::Year).as_deref(), Some("2015"));
        assert_eq!(said("2015 он", Shape::Year).as_deref(), Some("2015"));
        assert_eq!(said("20I", Shape::Year), None);
        assert_eq!(said("soon", Shape::Year), None);
        assert_eq!(said("20 years", Shape::Year), None);
        for (value, shape) in [
            ("March 1-5 2016", Shape::WholeNumber),
            ("Q3 2016", Shape::WholeNumber),
            ("about 1.5", Shape::WholeNumber),
            ("12.5", Shape::WholeNumber),
            ("1,200", Shape::Number),
            ("2015", Shape::Text),
        ] {
            assert_eq!(said(value, shape), None, "{value}");
        }
    }

    #[test]
    fn paths_read_as_written_without_serdes_unknown_places() {
        assert_eq!(display_path("title.?"), "title");
        assert_eq!(display_path("sources[0].locator"), "sources[0].locator");
        assert_eq!(display_path("."), "");
    }

    #[test]
    fn nested_paths_do_not_repeat_the_unknown_key() {
        assert_eq!(nested("titel", "titel"), ["titel"]);
        assert_eq!(nested("sources[0]", "lokator"), ["sources", "0", "lokator"]);
        assert_eq!(nested(".", "x"), ["x"]);
    }
}
