//! Snapshots (`src/cache/`, `src/corpus/snapshot.rs`): a start that reads them shows exactly
//! what a start that parses shows, edited files are never answered from an old snapshot, and a
//! damaged snapshot is only a slower start (or, when one entry's part is damaged, that entry
//! says so once).

use crate::common;

use std::path::Path;

use assert_cmd::Command;

/// `toli` with its cache in `cache` and one content folder, in English.
fn toli(cache: &Path, content: &Path) -> Command {
    let mut cmd = common::toli_en();
    cmd.arg("--content")
        .arg(content)
        .env("TOLI_CACHE_DIR", cache);
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn snapshots(cache: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(cache)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

const ENTRY: &str = "---\nid: own-park\nkind: case\ntitle: {en: Our park, mn: Манай парк}\n\
summary: {en: A park of ours., mn: Манай нэг парк.}\ncountry: MN\ntype: park\n\
sources: [{id: src-unctad-2025, locator: p. 1}]\n---\n\
::: en\nSee [[cluster]].\n::: mn\n[[cluster]]-г үзнэ үү.\n";

#[test]
fn a_start_from_snapshots_shows_what_a_parsing_start_shows() {
    let cache = tempfile::tempdir().expect("tempdir");
    let content = tempfile::tempdir().expect("tempdir");
    std::fs::write(content.path().join("own-park.md"), ENTRY).expect("write");
    let no_cache = tempfile::tempdir().expect("tempdir");
    let off = |args: &[&str]| {
        let mut cmd = toli(no_cache.path(), content.path());
        cmd.env("TOLI_CACHE_DIR", "").args(args);
        stdout(&mut cmd)
    };
    let on = |args: &[&str]| stdout(toli(cache.path(), content.path()).args(args));

    let queries: [&[&str]; 11] = [
        &["show", "cluster", "--json"],
        &["show", "own-park", "--json"],
        &["show", "cluster"],
        &["search", "klaster", "--json"],
        &["search", "манай парк", "--json"],
        &["search", "klaster"],
        &["check", "--json"],
        // Plain lists print from the snapshot's head, decoding no entry.
        &["list"],
        &["list", "--kind", "stage"],
        &["list", "--kind", "finding"],
        &["--lang", "mn", "list", "--kind", "case"],
    ];
    let parsed: Vec<String> = queries.iter().map(|q| off(q)).collect();
    assert!(
        snapshots(no_cache.path()).is_empty(),
        "TOLI_CACHE_DIR= turns snapshots off"
    );

    // The first start writes the snapshots, later starts read them.
    for round in 0..2 {
        for (q, want) in queries.iter().zip(&parsed) {
            assert_eq!(&on(q), want, "round {round}: {q:?}");
        }
    }
    let names = snapshots(cache.path());
    assert!(
        names.contains(&"corpus-builtin.bin".to_string()),
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| n.starts_with("corpus-")).count(),
        2,
        "{names:?}"
    );
    for prefix in ["index-", "loaded-"] {
        assert_eq!(
            names.iter().filter(|n| n.starts_with(prefix)).count(),
            1,
            "{names:?}"
        );
    }
}

#[test]
fn the_built_in_corpus_alone_keeps_one_corpus_snapshot() {
    let cache = tempfile::tempdir().expect("tempdir");
    let mut cmd = common::toli_en();
    cmd.env("TOLI_CACHE_DIR", cache.path());
    let first = stdout(cmd.args(["show", "cluster"]));
    assert_eq!(stdout(&mut cmd), first);
    let names = snapshots(cache.path());
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("loaded-"), "{names:?}");
}

#[test]
fn an_entry_damaged_in_its_snapshot_is_read_again_from_its_file() {
    let cache = tempfile::tempdir().expect("tempdir");
    let content = tempfile::tempdir().expect("tempdir");
    std::fs::write(content.path().join("own-park.md"), ENTRY).expect("write");
    let show = || {
        let out = stdout(toli(cache.path(), content.path()).args(["show", "own-park", "--json"]));
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        (v["title"]["en"].clone(), v["summary"]["en"].clone())
    };
    let good = show();
    assert_eq!(good.0, "Our park");
    let loaded = snapshots(cache.path())
        .into_iter()
        .find(|n| n.starts_with("loaded-"))
        .expect("corpus snapshot");
    let path = cache.path().join(&loaded);
    let mut bytes = std::fs::read(&path).expect("read");
    // The last part is the last entry loaded: the folder's own entry, so 8 bytes from the end
    // is inside it.
    let last = bytes.len() - 8;
    bytes[last] ^= 1;
    std::fs::write(&path, &bytes).expect("damage");
    assert_eq!(
        show(),
        good,
        "the entry comes from its file, not a placeholder"
    );
    let rewritten = std::fs::read(&path).expect("a fresh snapshot replaced the damaged one");
    assert_ne!(rewritten, bytes);
    assert_eq!(show(), good);
}

#[test]
fn an_edited_file_is_read_again() {
    let cache = tempfile::tempdir().expect("tempdir");
    let content = tempfile::tempdir().expect("tempdir");
    let file = content.path().join("own-park.md");
    std::fs::write(&file, ENTRY).expect("write");
    let title = |cmd: &mut Command| {
        let v: serde_json::Value =
            serde_json::from_str(&stdout(cmd.args(["show", "own-park", "--json"]))).expect("json");
        v["title"]["en"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(title(&mut toli(cache.path(), content.path())), "Our park");
    assert_eq!(title(&mut toli(cache.path(), content.path())), "Our park");
    // Same size, new text: the modification time tells.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&file, ENTRY.replace("Our park", "New park")).expect("write");
    assert_eq!(title(&mut toli(cache.path(), content.path())), "New park");
    let found = stdout(toli(cache.path(), content.path()).args(["search", "new park"]));
    assert!(found.contains("own-park"), "{found}");

    // A new file in the folder is found too.
    std::fs::write(
        content.path().join("second.md"),
        ENTRY.replace("own-park", "second-park"),
    )
    .expect("write");
    let list = stdout(toli(cache.path(), content.path()).args(["list", "--kind", "case"]));
    assert!(list.contains("second-park"), "{list}");
}

/// The synonyms are kept in the corpus snapshot: a folder's `SYNONYMS.yaml` added, changed or
/// removed is read again.
#[test]
fn an_edited_synonyms_file_is_read_again() {
    let cache = tempfile::tempdir().expect("tempdir");
    let content = tempfile::tempdir().expect("tempdir");
    std::fs::write(content.path().join("own-park.md"), ENTRY).expect("write");
    let synonyms = content.path().join("SYNONYMS.yaml");
    let finds_own_park = || {
        let out = toli(cache.path(), content.path())
            .args(["search", "gizmo", "--limit", "1000"])
            .output()
            .expect("run");
        String::from_utf8_lossy(&out.stdout).contains("own-park")
    };
    assert!(!finds_own_park(), "no synonyms yet");
    std::fs::write(&synonyms, "- [gizmo, ours]\n").expect("write");
    assert!(finds_own_park(), "added");
    assert!(finds_own_park(), "from the snapshot");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&synonyms, "- [gizmo, gadget]\n").expect("write");
    assert!(!finds_own_park(), "changed");
    std::fs::write(&synonyms, "- [gizmo, ours]\n").expect("write");
    assert!(finds_own_park(), "changed back");
    std::fs::remove_file(&synonyms).expect("remove");
    assert!(!finds_own_park(), "removed");
}

#[test]
fn damaged_snapshots_are_only_a_slower_start() {
    let cache = tempfile::tempdir().expect("tempdir");
    let content = tempfile::tempdir().expect("tempdir");
    std::fs::write(content.path().join("own-park.md"), ENTRY).expect("write");
    let want = stdout(toli(cache.path(), content.path()).args(["search", "cluster", "--json"]));
    let names = snapshots(cache.path());
    assert!(names.len() >= 3, "{names:?}");
    for (i, name) in names.iter().enumerate() {
        let path = cache.path().join(name);
        let bytes = std::fs::read(&path).expect("read");
        let damaged: Vec<u8> = match i % 3 {
            0 => bytes[..bytes.len() / 2].to_vec(),
            1 => bytes.iter().map(|b| b ^ 0x5a).collect(),
            _ => {
                let mut b = bytes.clone();
                let at = b.len() - 100;
                b[at..].fill(0xff);
                b
            }
        };
        std::fs::write(&path, damaged).expect("damage");
    }
    for _ in 0..2 {
        let got = stdout(toli(cache.path(), content.path()).args(["search", "cluster", "--json"]));
        assert_eq!(got, want);
    }
}

#[test]
fn an_unusable_cache_folder_changes_nothing() {
    let content = tempfile::tempdir().expect("tempdir");
    std::fs::write(content.path().join("own-park.md"), ENTRY).expect("write");
    let not_a_dir = content.path().join("own-park.md");
    let got = stdout(toli(&not_a_dir, content.path()).args(["show", "own-park"]));
    assert!(got.contains("Our park"), "{got}");
}
