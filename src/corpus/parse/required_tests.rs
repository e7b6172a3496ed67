//! A required field (one `corpus::kinds` describes with what it holds) missing from a file
//! leaves no entry, for every kind and every such field: `toli check` then lists the file as
//! not loaded, as its error says, and search does not show a half entry.

use super::parse_entry;
use crate::corpus::kinds::{COMMON, fields};
use crate::corpus::model::Kind;
use crate::diagnostic::Problem;

/// `text` without the top-level `key:` line and the lines indented under it.
fn without(text: &str, key: &str) -> String {
    let mut out = String::new();
    let mut under = false;
    for line in text.lines() {
        if line.starts_with(&format!("{key}:")) {
            under = true;
            continue;
        }
        if under && (line.starts_with(' ') || line.starts_with("- ")) {
            continue;
        }
        under = false;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn a_file_missing_any_required_field_does_not_load() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let mut files: Vec<_> = (std::fs::read_dir(&dir).expect("the fixture corpus"))
        .map(|f| f.expect("a file").path())
        .collect();
    files.sort();
    let mut kinds = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("text");
        let whole = parse_entry("x.md", &text, false);
        let Some(kind) = whole.entry.as_ref().map(|e| e.kind) else {
            panic!("{} does not load: {:?}", path.display(), whole.diagnostics);
        };
        kinds.push(kind);
        let required = (fields(kind).iter().chain(COMMON))
            .filter(|f| f.about.is_some() && !["id", "kind"].contains(&f.name));
        for field in required {
            let cut = without(&text, field.name);
            assert_ne!(
                cut,
                text,
                "{} has no `{}:` line",
                path.display(),
                field.name
            );
            let parsed = parse_entry("x.md", &cut, false);
            assert!(
                parsed.entry.is_none(),
                "{kind:?} without `{}` loads: {:?}",
                field.name,
                parsed.diagnostics
            );
            assert!(
                parsed.diagnostics.iter().any(|d| matches!(
                    &d.problem,
                    Problem::MissingField { field: f, .. } | Problem::MissingCoded { field: f, .. }
                        if f == field.name
                )),
                "{kind:?} without `{}`: {:?}",
                field.name,
                parsed.diagnostics
            );
        }
    }
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds, Kind::ALL, "a fixture entry of every kind");
}
