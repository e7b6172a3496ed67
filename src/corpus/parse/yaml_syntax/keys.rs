//! A key written wrong: given twice in one map, without its colon, or a value with a `: ` in
//! it that YAML reads as a key.

use super::super::yaml_scan::{byte_at, key_of};
use super::{Fault, Patch};

/// A key written twice in one map (`title:` with `en:` twice): the second, found from line
/// `from` (1-based) on as the next line with the key at the first one's column.
pub(super) fn repeated_key(lines: &[&str], from: usize, name: &str) -> Option<Fault> {
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

/// A line with a key but no colon (`related cluster`), said with the line as it should be.
pub(super) fn no_colon(lines: &[&str], line: usize, column: usize) -> Fault {
    let text = lines
        .get(line.saturating_sub(1))
        .copied()
        .unwrap_or_default();
    let start = byte_at(text, column);
    let written = text[start..].trim_end();
    let (key, rest) = written.split_once(' ').unwrap_or((written, ""));
    let rest = rest.trim();
    let list = matches!(
        super::super::field_shapes::shape_of(&[key]),
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

/// `title: Parks: a review`: the value is quoted to read on. The fault's name is the author's
/// own line as it should be written (`en: "A person who helps …"`), a long value cut short.
pub(super) fn colon_in_value(lines: &[&str], at: (usize, usize)) -> Fault {
    let line = lines
        .get(at.0.saturating_sub(1))
        .copied()
        .unwrap_or_default();
    let keyed = key_of(line).map(|(column, name, _)| {
        let from = byte_at(line, column) + name.len() + 1;
        (name, from, line[from..].trim())
    });
    let example = match keyed {
        Some((name, _, value)) => format!("{name}: {}", quoted(value)),
        None => quoted(line.trim_start_matches([' ', '-'])),
    };
    let patch = keyed
        .filter(|(_, _, value)| !value.contains(['"', '\\']))
        .map(|(_, from, _)| Patch::Quote { from });
    Fault {
        line: at.0,
        column: at.1,
        code: "colon-in-value",
        name: example,
        patch,
    }
}

/// The longest value an example shows whole; a longer one keeps its first words up to
/// `EXAMPLE_KEPT_CHARS` and ends in `…`.
const EXAMPLE_VALUE_CHARS: usize = 24;
const EXAMPLE_KEPT_CHARS: usize = 18;

/// `value` in the quotes YAML reads it with (single quotes when it holds a double quote or a
/// backslash), cut short after its first words when long.
fn quoted(value: &str) -> String {
    let value = value.trim();
    let shown = if value.chars().count() <= EXAMPLE_VALUE_CHARS {
        value.to_string()
    } else {
        let mut kept = String::new();
        for word in value.split(' ') {
            let longer = kept.chars().count() + word.chars().count() + 1;
            if !kept.is_empty() && longer > EXAMPLE_KEPT_CHARS {
                break;
            }
            if !kept.is_empty() {
                kept.push(' ');
            }
            kept.push_str(word);
        }
        let cut: String = kept.chars().take(EXAMPLE_KEPT_CHARS).collect();
        format!("{cut} …")
    };
    if shown.contains(['"', '\\']) {
        format!("'{}'", shown.replace('\'', "''"))
    } else {
        format!("\"{shown}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::super::said;

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
    fn a_key_without_a_colon_is_shown_with_one() {
        assert_eq!(
            said("id: x\nrelated cluster\nsources: []\n"),
            (2, 1, "no-colon", "related: [cluster]".into())
        );
        assert_eq!(said("id: x\nkind definition\n").3, "kind: definition");
    }

    #[test]
    fn a_colon_inside_a_value_is_told_apart_from_indentation() {
        assert_eq!(said("title: Parks: a review\n").2, "colon-in-value");
        assert_eq!(said("id: x\n kind: y\n").2, "indent-more");
    }

    /// The example is the author's own line with its value in quotes, a long value cut at a
    /// word, never a field they did not write.
    #[test]
    fn a_colon_in_a_value_is_shown_on_the_author_s_own_line() {
        let front =
            "summary:\n  en: A person who helps a cluster's members: work together, and plan\n";
        assert_eq!(
            said(front),
            (
                2,
                45,
                "colon-in-value",
                "en: \"A person who helps …\"".into()
            )
        );
        assert_eq!(
            said("title: Parks: a review\n").3,
            "title: \"Parks: a review\""
        );
        assert_eq!(
            said("summary:\n  mn: Кластер: хамтын ажил\n").3,
            "mn: \"Кластер: хамтын ажил\""
        );
        assert_eq!(
            said("title: Say \"hi\": twice\n").3,
            "title: 'Say \"hi\": twice'"
        );
    }
}
