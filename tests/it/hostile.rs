//! Hostile and broken content: each case gets a diagnostic (or loads harmlessly) in bounded time
//! and memory, the rest of the corpus still loads, and nothing reaches the terminal as a command.

use assert_cmd::Command;
use toli::corpus::load::{Outcome, Sources, load};

fn entry(id: &str, body: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle: {{en: T, mn: Т}}\nsummary: {{en: S, mn: С}}\n---\n::: en\n{body}\n::: mn\nх\n"
    )
}

/// Loads a folder holding a good entry plus `files`; asserts the good entry survived.
fn load_with(files: &[(&str, Vec<u8>)]) -> (Outcome, Vec<String>) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("good.md"), entry("good", "fine")).expect("write");
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    });
    assert!(
        outcome.corpus.get("good").is_some(),
        "the good entry must survive"
    );
    let codes = outcome
        .diagnostics
        .iter()
        .filter(|d| d.problem.code() != "unsourced")
        .map(|d| {
            format!(
                "{}:{}",
                d.path.rsplit('/').next().unwrap_or(""),
                d.problem.code()
            )
        })
        .collect();
    (outcome, codes)
}

#[test]
fn a_ten_megabyte_file_is_refused_with_a_diagnostic() {
    let mut big = entry("big", "x").into_bytes();
    big.resize(10 * 1024 * 1024, b'a');
    let (_, codes) = load_with(&[("big.md", big)]);
    assert_eq!(codes, ["big.md:too-large"]);
}

#[test]
fn ten_thousand_nested_quotes_and_lists_load() {
    let quotes = ">".repeat(10_000) + " deep";
    let lists = "- ".repeat(10_000) + "item";
    let (outcome, codes) = load_with(&[
        ("q.md", entry("q", &quotes).into_bytes()),
        ("l.md", entry("l", &lists).into_bytes()),
    ]);
    assert!(codes.is_empty(), "{codes:?}");
    assert_eq!(outcome.corpus.len(), 3);
}

#[test]
fn a_hundred_thousand_character_line_loads() {
    let line = "слово ".repeat(20_000);
    let (outcome, codes) = load_with(&[("long.md", entry("long", &line).into_bytes())]);
    assert!(codes.is_empty(), "{codes:?}");
    assert!(outcome.corpus.get("long").is_some());
}

#[test]
fn a_yaml_alias_bomb_is_refused() {
    let mut fm = String::from(
        "---\nid: bomb\nkind: definition\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        fm.push_str(&format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    fm.push_str("---\n::: en\nx\n");
    let (_, codes) = load_with(&[("bomb.md", fm.into_bytes())]);
    assert_eq!(codes.len(), 1, "{codes:?}");
    assert!(codes[0].starts_with("bomb.md:"), "{codes:?}");
}

#[test]
fn deep_yaml_nesting_is_refused() {
    let deep = format!(
        "---\nid: deep\nkind: definition\nrelated: {}{}\n---\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (_, codes) = load_with(&[("deep.md", deep.into_bytes())]);
    assert_eq!(codes.len(), 1, "{codes:?}");
    assert_eq!(codes, ["deep.md:too-deep"]);
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_content_folder_are_refused() {
    let outside = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        outside.path().join("secret.md"),
        entry("secret", "do not read"),
    )
    .expect("write");
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("good.md"), entry("good", "fine")).expect("write");
    std::os::unix::fs::symlink(outside.path().join("secret.md"), dir.path().join("link.md"))
        .expect("symlink");
    std::os::unix::fs::symlink(outside.path(), dir.path().join("dir-link")).expect("symlink");
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    });
    assert!(outcome.corpus.get("secret").is_none());
    let refused = outcome
        .diagnostics
        .iter()
        .filter(|d| d.problem.code() == "outside-root")
        .count();
    assert_eq!(refused, 2);
}

#[test]
fn links_that_look_like_paths_are_not_entry_links() {
    let (outcome, codes) = load_with(&[(
        "p.md",
        entry(
            "p",
            "[x](../../etc/passwd) [y](/etc/passwd) [z](file:///etc/passwd)",
        )
        .into_bytes(),
    )]);
    assert!(codes.is_empty(), "{codes:?}");
    let i = outcome.corpus.index_of("p").expect("p");
    assert!(outcome.corpus.links(i).is_empty());
}

#[test]
fn show_prints_escape_sequences_inert() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hostile = "---\nid: evil\nkind: definition\ntitle: {en: \"Evil \\e[2J\\e]52;c;aGk=\\a\", mn: \"Муу \\u202E\"}\nsummary: {en: \"\\x9b31m\", mn: с}\n---\n::: en\nBody \u{1b}[31mred\u{1b}[0m and \u{200B}zero width.\n::: mn\nх\n";
    std::fs::write(dir.path().join("evil.md"), hostile).expect("write");
    for lang in ["en", "mn"] {
        let out = Command::cargo_bin("toli")
            .expect("binary")
            .env(
                "TOLI_CACHE_DIR",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
            )
            .args(["--no-builtin", "--content"])
            .arg(dir.path())
            .args(["show", "evil", "--lang", lang])
            .output()
            .expect("run");
        let text = String::from_utf8(out.stdout).expect("utf8");
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{text:?}"
        );
        assert!(
            !text.contains('\u{202E}') && !text.contains('\u{200B}'),
            "{text:?}"
        );
        if lang == "en" {
            assert!(text.contains("Evil ^[[2J^[]52;c;aGk=^G"), "{text}");
            assert!(text.contains("Body ^[[31mred"), "{text}");
        } else {
            assert!(text.contains("Муу <U+202E>"), "{text}");
        }
    }
}

fn load_dir(dir: &std::path::Path) -> Outcome {
    load(&Sources {
        builtin: false,
        dirs: vec![dir.to_path_buf()],
    })
}

#[test]
fn symlink_loops_are_walked_once_without_false_duplicates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::write(root.join("good.md"), entry("good", "fine")).expect("write");
    std::fs::create_dir(root.join("sub")).expect("mkdir");
    std::fs::write(root.join("sub/deep.md"), entry("deep", "fine")).expect("write");
    for (link, to) in [("a", "."), ("b", "."), ("c", "."), ("sub/up", "..")] {
        std::os::unix::fs::symlink(to, root.join(link)).expect("symlink");
    }
    let outcome = load_dir(root);
    assert_eq!(outcome.corpus.len(), 2);
    let problems: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.problem.code() != "unsourced")
        .map(|d| format!("{}: {}", d.path, d.problem.code()))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_fifo_named_like_an_entry_is_reported_not_waited_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("good.md"), entry("good", "fine")).expect("write");
    let fifo = dir.path().join("x.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let outcome = load_dir(dir.path());
    assert!(outcome.corpus.get("good").is_some());
    let fifo_problem = outcome
        .diagnostics
        .iter()
        .find(|d| d.path.ends_with("x.md"))
        .expect("the FIFO is reported");
    assert_eq!(fifo_problem.problem.code(), "unreadable");
    // The one-shot commands finish too.
    Command::cargo_bin("toli")
        .expect("binary")
        .args(["--no-builtin", "--content"])
        .arg(dir.path())
        .arg("list")
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .success()
        .stdout(predicates::str::contains("good"));
}

/// A snapshot damaged inside one entry's part is refused whole: commands read the files again
/// and print the real entry, never a placeholder.
#[test]
fn a_damaged_cache_snapshot_is_discarded_and_the_files_read_again() {
    let cache = tempfile::tempdir().expect("tempdir");
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("toli")
            .expect("binary")
            .env("TOLI_CACHE_DIR", cache.path())
            .args(args)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let before = run(&["show", "cluster", "--json"]);
    let snapshots: Vec<_> = std::fs::read_dir(cache.path())
        .expect("cache written")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("loaded-"))
        })
        .collect();
    assert!(!snapshots.is_empty(), "a corpus snapshot was written");
    for path in &snapshots {
        let mut bytes = std::fs::read(path).expect("read");
        // Past the header and the head: inside the entries' parts.
        let at = bytes.len() * 3 / 4;
        bytes[at] ^= 0x5a;
        std::fs::write(path, &bytes).expect("damage");
    }
    for args in [
        &["show", "cluster", "--json"][..],
        &["list", "--json"],
        &["show", "cluster"],
    ] {
        let out = run(args);
        assert!(
            !out.contains("could not be read from toli's cache"),
            "{args:?}"
        );
    }
    assert_eq!(run(&["show", "cluster", "--json"]), before);
}

/// An edit that keeps the file's size and puts its modification time back (`touch -r`) is
/// still seen: the snapshot key includes the inode change time.
#[test]
fn a_same_size_edit_with_the_old_mtime_is_not_served_stale() {
    let cache = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("x.md");
    let reference = cache.path().join("reference");
    std::fs::write(&file, entry("x", "Alpha text")).expect("write");
    std::fs::copy(&file, &reference).expect("copy keeps a reference time");
    let touched = std::process::Command::new("touch")
        .arg("-r")
        .arg(&file)
        .arg(&reference)
        .status()
        .expect("touch runs");
    assert!(touched.success());
    let show = || {
        let out = Command::cargo_bin("toli")
            .expect("binary")
            .env("TOLI_CACHE_DIR", cache.path().join("c"))
            .args(["--no-builtin", "--content"])
            .arg(dir.path())
            .args(["show", "x"])
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    assert!(show().contains("Alpha text"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&file, entry("x", "Omega text")).expect("same-size edit");
    let touched = std::process::Command::new("touch")
        .arg("-r")
        .arg(&reference)
        .arg(&file)
        .status()
        .expect("touch runs");
    assert!(touched.success());
    assert!(show().contains("Omega text"), "the edit is seen");
}

/// An id of 70,000 characters is an error in `check`, and `list` and `search` still print.
#[test]
fn a_huge_id_is_refused_by_check_and_breaks_no_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = "a".repeat(70_000);
    std::fs::write(dir.path().join("long.md"), entry(&id, "text")).expect("write");
    std::fs::write(dir.path().join("good.md"), entry("good", "text")).expect("write");
    let run = |args: &[&str]| {
        Command::cargo_bin("toli")
            .expect("binary")
            .args(["--no-builtin", "--content"])
            .arg(dir.path())
            .args(args)
            .timeout(std::time::Duration::from_secs(30))
            .output()
            .expect("runs")
    };
    let check = run(&["check"]);
    let said = String::from_utf8_lossy(&check.stdout).to_string()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(said.contains("at most 100 characters"), "{said}");
    assert!(said.len() < 2_000, "the id is not printed whole");
    for args in [&["list"][..], &["search", "text"]] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("good"),
            "{args:?}"
        );
    }
}
