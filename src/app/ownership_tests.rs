//! The rule that keeps the state easy to change: each feature's sub-state of [`super::App`] is
//! assigned only in its own module (others call its methods), and only `update/` opens and
//! closes overlays. This test reads the sources under `src/app` (test code left out) and names
//! every assignment made elsewhere, with path:line.

use std::path::{Path, PathBuf};

use regex::Regex;

/// Each field of [`super::App`] and the module (file, or folder) that owns it; a field set
/// only when the app is built is owned by `state.rs`. The test reads the fields from
/// `state.rs`, so a new one fails until it is listed here.
const OWNERS: &[(&str, &str)] = &[
    ("nav", "navigation.rs"),
    ("reading", "reading.rs"),
    ("settings", "settings.rs"),
    ("status", "status.rs"),
    ("study", "study/"),
    ("overlay", "update/"),
    ("size", "update/"),
    ("search_worker", "search"),
    ("last_query", "search"),
    ("present", "present.rs"),
    ("corpus", "reload.rs"),
    ("index", "reload.rs"),
    ("gone", "reload"),
    ("typing", "update/"),
    ("present_places", "present.rs"),
    ("l10n", "state.rs"),
    ("check_command", "state.rs"),
    ("content", "state.rs"),
    ("session_file", "state.rs"),
];

/// The fields of `pub struct App` in `src/app/state.rs`.
fn app_fields(state: &str) -> Vec<String> {
    let field = Regex::new(r"^    pub (\w+):").expect("regex");
    state
        .split("pub struct App {")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .expect("pub struct App { … } in state.rs")
        .lines()
        .filter_map(|line| field.captures(line).map(|c| c[1].to_string()))
        .collect()
}

#[test]
fn every_field_of_the_app_has_an_owner() {
    let state = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app/state.rs");
    let fields = app_fields(&std::fs::read_to_string(state).expect("read state.rs"));
    assert!(fields.len() > 10, "read the App's fields: {fields:?}");
    let listed: Vec<&str> = OWNERS.iter().map(|(field, _)| *field).collect();
    let unowned: Vec<&String> = fields
        .iter()
        .filter(|f| !listed.contains(&f.as_str()))
        .collect();
    assert!(
        unowned.is_empty(),
        "add each to OWNERS in src/app/ownership_tests.rs with the module that changes it: {unowned:?}"
    );
    let stale: Vec<&&str> = listed
        .iter()
        .filter(|l| !fields.iter().any(|f| f == *l))
        .collect();
    assert!(stale.is_empty(), "no longer fields of App: {stale:?}");
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/app").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.to_string_lossy().ends_with("tests.rs")
        {
            out.push(path);
        }
    }
}

#[test]
fn each_sub_state_is_assigned_only_by_its_own_module() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut wrong = Vec::new();
    for (field, owner) in OWNERS {
        // `x.field.a = …`, `x.field.a[i] += …`, `x.field = …` (not `==`), `x.field.a.push(…)`
        // and the other changing calls of std collections; owners are path
        // prefixes under src/app (`search` covers search.rs and search_worker.rs).
        let place = format!(r"\b(?:app|self|a)\.{field}");
        let assignment = format!(r"{place}(?:\.\w+)?(?:\[[^\]]*\])?\s*(?:=[^=]|\+=|-=)");
        let call =
            r"\.(?:push|pop|clear|insert|remove|toggle|take|resize|extend|truncate|retain)\(";
        let assigned = Regex::new(&format!(r"{assignment}|{place}\.\w+{call}")).expect("regex");
        for file in &files {
            let rel = file.strip_prefix(&root).expect("inside src/app");
            let rel = rel.to_string_lossy().replace('\\', "/");
            if rel.starts_with(owner) {
                continue;
            }
            let text = std::fs::read_to_string(file).expect("read");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                if assigned.is_match(line) {
                    wrong.push(format!("src/app/{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "assign these through the owning module's methods instead:\n{}",
        wrong.join("\n")
    );
}
