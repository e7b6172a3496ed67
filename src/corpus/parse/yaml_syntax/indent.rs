//! A key indented more or less than the key above it, or a list item without its dash.

use super::super::yaml_scan::{byte_at, is_entry_field, key_of, line_above, spaces_for};
use super::{Fault, Patch};

/// A key indented deeper than the key above, which holds a value and so cannot hold it; the
/// parser stopped at its colon (`at`).
pub(super) fn indented_more(lines: &[&str], at: (usize, usize)) -> Option<Fault> {
    let line = lines.get(at.0.checked_sub(1)?)?;
    let (column, name, _) = key_of(line)?;
    if column + name.chars().count() != at.1 {
        return None;
    }
    key_indented_more(lines, at.0)
}

/// The key on `at_line` (1-based) indented deeper than the key above, which holds a value. The
/// parser stops at the key's colon after a plain value, at the key itself after a quoted one
/// (`en: "Cluster"` then `   mn: …`).
pub(super) fn key_indented_more(lines: &[&str], at_line: usize) -> Option<Fault> {
    let line = lines.get(at_line.checked_sub(1)?)?;
    let (column, _, _) = key_of(line)?;
    let (above_column, above, holds_value) = key_of(line_above(lines, at_line)?)?;
    if column <= above_column || !holds_value {
        return None;
    }
    Some(Fault {
        line: at_line,
        column,
        code: "indent-more",
        name: above.to_string(),
        patch: Some(Patch::Indent {
            spaces: spaces_for(line, above_column),
        }),
    })
}

/// A key indented less than the key above but more than any key it could belong to; at the
/// column of the dashes of a list above, it is an item whose `- ` was forgotten.
pub(super) fn indented_less(lines: &[&str], at_line: usize) -> Option<Fault> {
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
pub(super) fn is_item_column(lines: &[&str], line: usize, column: usize, name: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::super::{fault_of, patched, said};

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
        // After a quoted value the parser stops at the key, not at its colon (coach walk 21).
        for front in [
            "title:\n  en: \"Cluster\"\n   mn: Кластер\n",
            "title:\n  en: 'Cluster'\n   mn: \"Кластер\"\n",
        ] {
            assert_eq!(said(front), (3, 4, "indent-more", "en".into()), "{front}");
        }
        assert_eq!(
            patched(front, &fault_of(front)).as_deref(),
            Some("sources:\n  - id: a\n    locator: x\n")
        );
    }

    /// A field of the entry indented by mistake under a map is told to start the line, not to
    /// line up with the key above.
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
    fn a_list_item_without_its_dash_is_named() {
        let front = "sources:\n  - id: a\n    locator: x\n  id: b\n";
        assert_eq!(said(front), (4, 3, "missing-dash", "id".into()));
        assert_eq!(
            patched(front, &fault_of(front)).as_deref(),
            Some("sources:\n  - id: a\n    locator: x\n  - id: b\n")
        );
    }
}
