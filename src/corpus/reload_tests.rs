//! Tests of the live-reload merge on real folders: edits, broken edits, deletions, id changes.

use std::fs;
use std::path::Path;

use super::*;
use crate::corpus::load::{Sources, load};
use crate::lang::Lang;

fn entry(id: &str, en: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: {en}\n  mn: Тодорхойлолт\nsummary:\n  en: s\n  mn: с\n---\n::: en\nBody {en}.\n\n::: mn\nБие.\n"
    )
}

fn sources(dir: &Path) -> Sources {
    Sources {
        builtin: false,
        dirs: vec![dir.to_path_buf()],
    }
}

fn title(c: &Corpus, id: &str) -> Option<String> {
    c.get(id).map(|e| e.title.show(Lang::En).to_string())
}

fn setup() -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.md"), entry("alpha", "Alpha")).unwrap();
    fs::write(dir.path().join("b.md"), entry("beta", "Beta")).unwrap();
    let first = load(&sources(dir.path()));
    assert!(
        first
            .diagnostics
            .iter()
            .all(|d| d.severity() == Severity::Warning),
        "{:?}",
        first.diagnostics
    );
    (dir, first.corpus)
}

#[test]
fn an_edit_replaces_the_entry() {
    let (dir, before) = setup();
    fs::write(dir.path().join("a.md"), entry("alpha", "Alpha two")).unwrap();
    let m = merge(&before, load(&sources(dir.path())));
    assert_eq!(title(&m.corpus, "alpha").as_deref(), Some("Alpha two"));
    assert!(m.kept.is_empty() && m.broken.is_empty() && m.headline().is_none());
}

#[test]
fn a_broken_edit_keeps_the_last_good_version_with_its_diagnostic() {
    let (dir, before) = setup();
    fs::write(
        dir.path().join("a.md"),
        "---\nid: alpha\nkind: definition\ntitle: [unclosed\n---\n",
    )
    .unwrap();
    let m = merge(&before, load(&sources(dir.path())));
    assert_eq!(title(&m.corpus, "alpha").as_deref(), Some("Alpha"));
    assert_eq!(title(&m.corpus, "beta").as_deref(), Some("Beta"));
    assert_eq!(m.kept, ["alpha"]);
    let d = m.headline().unwrap();
    assert!(d.path.ends_with("a.md"), "{}", d.path);
    assert_eq!(d.line, 4);
    // Keeping it again on the next reload (still broken) works from the merged corpus.
    let again = merge(&m.corpus, load(&sources(dir.path())));
    assert_eq!(title(&again.corpus, "alpha").as_deref(), Some("Alpha"));
}

#[test]
fn a_deleted_file_removes_its_entry() {
    let (dir, before) = setup();
    fs::remove_file(dir.path().join("a.md")).unwrap();
    let m = merge(&before, load(&sources(dir.path())));
    assert!(m.corpus.get("alpha").is_none());
    assert_eq!(m.corpus.len(), 1);
}

#[test]
fn a_changed_id_leaves_no_ghost() {
    let (dir, before) = setup();
    fs::write(dir.path().join("a.md"), entry("gamma", "Gamma")).unwrap();
    let m = merge(&before, load(&sources(dir.path())));
    assert!(m.corpus.get("alpha").is_none());
    assert_eq!(title(&m.corpus, "gamma").as_deref(), Some("Gamma"));
    assert_eq!(m.corpus.len(), 2);
}

#[test]
fn a_broken_file_never_hides_a_good_file_with_the_same_id() {
    let (dir, before) = setup();
    fs::write(dir.path().join("a.md"), "---\nid: alpha\n").unwrap();
    fs::write(dir.path().join("c.md"), entry("alpha", "Alpha elsewhere")).unwrap();
    let m = merge(&before, load(&sources(dir.path())));
    assert_eq!(
        title(&m.corpus, "alpha").as_deref(),
        Some("Alpha elsewhere")
    );
    assert!(m.kept.is_empty());
}

#[test]
fn a_broken_override_of_a_builtin_entry_keeps_the_override() {
    let dir = tempfile::tempdir().unwrap();
    let src = Sources {
        builtin: true,
        dirs: vec![dir.path().to_path_buf()],
    };
    let base = load(&Sources::builtin());
    let id = base.corpus.entry(0).id.clone();
    fs::write(dir.path().join("x.md"), entry(&id, "My own")).unwrap();
    let before = load(&src).corpus;
    assert_eq!(title(&before, &id).as_deref(), Some("My own"));
    fs::write(
        dir.path().join("x.md"),
        format!("---\nid: {id}\nkind: [\n---\n"),
    )
    .unwrap();
    let m = merge(&before, load(&src));
    assert_eq!(title(&m.corpus, &id).as_deref(), Some("My own"));
    assert_eq!(m.corpus.len(), base.corpus.len());
}

/// A folder with entry alpha, its sources, and the watcher's channel of fresh loads.
fn watched_alpha() -> (
    tempfile::TempDir,
    Sources,
    std::sync::mpsc::Receiver<(Outcome, Vec<std::path::PathBuf>)>,
) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.md"), entry("alpha", "Alpha")).unwrap();
    let src = sources(dir.path());
    let first = load(&src);
    let rx = crate::corpus::watch::watch(src.clone(), first.fingerprint.clone(), |o, changed| {
        (o, changed)
    })
    .expect("watching");
    (dir, src, rx)
}

#[test]
fn the_watcher_reloads_on_edits_but_not_on_reads() {
    let (dir, src, rx) = watched_alpha();
    // Reading the files (as every load does) is not a change: nothing may arrive.
    for _ in 0..3 {
        let _ = load(&src);
        let _ = fs::read(dir.path().join("a.md")).unwrap();
    }
    let quiet = rx.recv_timeout(std::time::Duration::from_millis(1500));
    assert!(quiet.is_err(), "a reload without an edit");
    fs::write(dir.path().join("a.md"), entry("alpha", "Alpha edited")).unwrap();
    let (fresh, changed) = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("a reload after the edit");
    assert_eq!(
        title(&fresh.corpus, "alpha").as_deref(),
        Some("Alpha edited")
    );
    // The load names the file saved, for the app to say what the edit did.
    assert!(changed.iter().any(|p| p.ends_with("a.md")), "{changed:?}");
    // And the reload's own reads do not start another.
    assert!(
        rx.recv_timeout(std::time::Duration::from_millis(1500))
            .is_err()
    );
}

#[test]
fn the_watcher_sees_a_save_by_rename() {
    // Editors and `sed -i` write a new file beside the old one and rename it over.
    let (dir, _src, rx) = watched_alpha();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let tmp = dir.path().join(".a.md.swp");
    fs::write(&tmp, entry("alpha", "Alpha renamed")).unwrap();
    fs::rename(&tmp, dir.path().join("a.md")).unwrap();
    let (fresh, changed) = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("a reload after the save");
    assert_eq!(
        title(&fresh.corpus, "alpha").as_deref(),
        Some("Alpha renamed")
    );
    assert!(
        changed.iter().any(|p| p.ends_with("a.md")),
        "the file renamed over: {changed:?}"
    );
}
