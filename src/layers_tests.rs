//! The layers go one way (ARCHITECTURE.md, "The layers"): this test reads every file under
//! `src/` and names, with path:line, each `crate::…` path (outside comments) that reaches a
//! higher layer, and each shared module that names a layer at all.

use std::path::{Path, PathBuf};

/// The layers, lowest first, each with the top-level modules that belong to it. A file may
/// name its own layer, the layers before it and the shared modules.
const LAYERS: &[(&str, &[&str])] = &[
    ("cache", &["cache"]),
    (
        "corpus",
        &["corpus", "figure", "diagnostic", "reading", "matrix"],
    ),
    ("search", &["search"]),
    ("app", &["app"]),
    ("ui", &["ui"]),
    ("cli", &["cli", "tui", "export", "present", "main"]),
];

/// Modules outside the chain: named from anywhere, they name no layer.
const SHARED: &[&str] = &[
    "collate",
    "i18n",
    "inert",
    "lang",
    "markdown",
    "numeric",
    "safe_file",
    "shell",
    "store",
    "suggest",
    "text",
];

/// Back-edges not removed yet, each a file and the higher module it names, with the reason it
/// is still there. Remove a line when its edge goes; a line whose edge is gone fails the test.
const NOT_YET: &[(&str, &str)] = &[
    // A content folder's SYNONYMS.yaml is read with the load and parsed by the search's
    // `Synonyms`, which needs the search's word stems; the parsed table is kept in the
    // corpus snapshot with the entries, so a later start parses no YAML. The load's check
    // guesses a name no entry has with the search too (`search::guess`, reading those
    // synonyms), given to it as a `corpus::link_guess::WordSearch`.
    ("src/corpus/load.rs", "search"),
    ("src/corpus/snapshot.rs", "search"),
    // `present` holds both the app's state of a tour (deck, places, the sync file) and the
    // notes screen's own terminal loop: its app part is not split out yet.
    ("src/app/state.rs", "present"),
    ("src/app/present.rs", "present"),
    ("src/app/study/absent.rs", "present"),
    ("src/ui/agenda.rs", "present"),
    ("src/ui/present.rs", "present"),
    ("src/ui/present_footer.rs", "present"),
    // The geometry the app acts on (pages, scroll limits, where a click lands) is computed by
    // the views that draw it.
    ("src/app/help.rs", "ui"),
    ("src/app/problems.rs", "ui"),
    ("src/app/cite.rs", "ui"),
    ("src/app/search.rs", "ui"),
    ("src/app/matrix.rs", "ui"),
    ("src/app/present.rs", "ui"),
    ("src/app/study/note_editor.rs", "ui"),
    ("src/app/reading.rs", "ui"),
    ("src/app/navigation/moves.rs", "ui"),
    ("src/app/side_column.rs", "ui"),
    // The entry's document is built with the theme's colours and the figure's drawn lines.
    ("src/app/document.rs", "ui"),
    ("src/app/document/facts.rs", "ui"),
    // Tests that draw the app, or read the help's list of typing keys.
    ("src/app/search_worker.rs", "ui"),
    ("src/app/keymap/tests.rs", "ui"),
];

/// The layer's rank (0 lowest), or `None` for a shared module.
fn rank(module: &str) -> Option<Option<usize>> {
    if SHARED.contains(&module) {
        return Some(None);
    }
    LAYERS
        .iter()
        .position(|(_, members)| members.contains(&module))
        .map(Some)
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of `text` with each line's `//` comment blanked (lines keep their numbers).
fn code_only(text: &str) -> String {
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                ""
            } else {
                line.find(" //").map_or(line, |at| &line[..at])
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each top-level module `code` names as `crate::name` or inside `crate::{a, b::c}`, with the
/// line it is named on.
fn named(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let word = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        let line = code[..at].matches('\n').count() + 1;
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && !c.is_whitespace() => {
                        item_start = false;
                        let name = word(&group[i..]);
                        let line = line + group[..i].matches('\n').count();
                        out.push((line, name));
                    }
                    _ => {}
                }
            }
        } else {
            out.push((line, word(rest)));
        }
    }
    out
}

/// What a module of `rank` may name, for the message.
fn allowed(rank: Option<usize>) -> String {
    match rank {
        None => "only the other shared modules".to_string(),
        Some(r) => {
            let names: Vec<&str> = LAYERS[..=r].iter().map(|(name, _)| *name).collect();
            format!("only {} and the shared modules", names.join(", "))
        }
    }
}

/// The back-edges in the sources under `root`: (file, module named, message).
fn back_edges(root: &Path) -> (Vec<String>, Vec<(String, String, String)>) {
    let mut files = Vec::new();
    sources(root, &mut files);
    let mut unplaced = Vec::new();
    let mut edges = Vec::new();
    for file in files {
        let rel = file.strip_prefix(root).expect("inside src");
        let rel = rel.to_string_lossy().replace('\\', "/");
        let top = rel.split('/').next().unwrap_or_default();
        let top = top.strip_suffix(".rs").unwrap_or(top);
        if top == "lib" || top.ends_with("_tests") {
            continue;
        }
        let Some(own) = rank(top) else {
            unplaced.push(format!("src/{rel}: `{top}` is in no layer and not shared"));
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("read");
        for (line, name) in named(&code_only(&text)) {
            let Some(theirs) = rank(&name) else { continue };
            let Some(theirs) = theirs else { continue };
            if own.is_none_or(|own| theirs > own) {
                let layer = |r: Option<usize>| r.map_or("shared", |r| LAYERS[r].0);
                let message = format!(
                    "src/{rel}:{line}: names crate::{name} (layer {}) from layer {}, which may \
                     name {}",
                    layer(Some(theirs)),
                    layer(own),
                    allowed(own),
                );
                edges.push((format!("src/{rel}"), name, message));
            }
        }
    }
    (unplaced, edges)
}

#[test]
fn each_layer_names_only_the_layers_below_it_and_the_shared_modules() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let (unplaced, edges) = back_edges(&root);
    assert!(
        unplaced.is_empty(),
        "add each to LAYERS or SHARED in src/layers_tests.rs and to ARCHITECTURE.md:\n{}",
        unplaced.join("\n")
    );
    let new: Vec<&str> = edges
        .iter()
        .filter(|(file, name, _)| !NOT_YET.contains(&(file.as_str(), name.as_str())))
        .map(|(_, _, message)| message.as_str())
        .collect();
    assert!(
        new.is_empty(),
        "a layer names a higher one: move the item down to the layer both need, or the call \
         up to the layer that owns it (ARCHITECTURE.md, \"The layers\"):\n{}",
        new.join("\n")
    );
    let gone: Vec<String> = NOT_YET
        .iter()
        .filter(|(file, name)| !edges.iter().any(|(f, n, _)| f == file && n == name))
        .map(|(file, name)| format!("{file} → crate::{name}"))
        .collect();
    assert!(
        gone.is_empty(),
        "these back-edges are gone: remove them from NOT_YET in src/layers_tests.rs:\n{}",
        gone.join("\n")
    );
}

#[test]
fn a_path_is_read_alone_in_a_group_and_across_lines() {
    let code = "use crate::{\n    app::App,\n    ui::{a, b},\n};\nlet x = crate::search::go();\nmy_crate::cli";
    assert_eq!(
        named(code),
        [
            (2, "app".to_string()),
            (3, "ui".to_string()),
            (5, "search".to_string())
        ]
    );
    assert_eq!(code_only("a // crate::ui\n/// crate::cli\nb"), "a\n\nb");
}
