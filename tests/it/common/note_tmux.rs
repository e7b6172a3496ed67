//! The tmux note suites' one set-up: toli in Mongolian on the fixture corpus, its data in the
//! test's folder with a note on `cluster` saved before ([`OLD`]), the keys that open that note,
//! and the copies of it kept in the test's temporary folder when a save fails.

use std::path::Path;

use super::tmux::{Tmux, on_fixtures};

/// The note on `cluster` saved before the test starts.
pub const OLD: &str = "Хуучин тэмдэглэл";

/// Writes [`OLD`] as the note on `cluster` in `dir`'s data folder.
pub fn save_old_note(dir: &Path) {
    let notes = dir.join("data/notes");
    std::fs::create_dir_all(&notes).expect("notes folder");
    std::fs::write(notes.join("cluster.md"), format!("{OLD}\n")).expect("a note");
}

/// The shell words that run toli in Mongolian on the fixture corpus with its state and data
/// in `dir`, after the variables `env` (the editor's, `TMPDIR`).
pub fn toli(dir: &Path, env: &str) -> String {
    on_fixtures(dir, env, "--lang mn")
}

/// From the app's start: goes to the entry `cluster` and presses `e` on it.
pub fn press_e_on_cluster(t: &Tmux) {
    t.wait_for("Төрлүүд");
    t.keys(&["l", "Enter"]);
    t.wait_for("· cluster");
    t.keys(&["e"]);
}

/// The copies of the note on `cluster` kept in the folder `tmp` of `dir`, with what each holds.
pub fn kept_copies(dir: &Path) -> Vec<String> {
    (std::fs::read_dir(dir.join("tmp")).expect("tmp").flatten())
        .filter_map(|d| std::fs::read_to_string(d.path().join("cluster.md")).ok())
        .collect()
}
