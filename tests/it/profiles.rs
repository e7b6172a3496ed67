//! Walk 26 P-4: on a shared workshop laptop each person keeps their own bookmarks, notes and
//! place with `--profile NAME` (or `TOLI_PROFILE`); the bookmarks window says whose they are, or
//! that everyone using the computer shares them and how to keep one's own.

use std::path::Path;

use crate::common::tmux::{CACHE, Tmux, on_fixtures};

/// `toli bookmarks --json` on the fixtures with data in `dir`, under `profile` when given.
fn bookmarks_json(dir: &Path, profile: Option<&str>) -> serde_json::Value {
    let mut cmd = assert_cmd::Command::cargo_bin("toli").expect("binary");
    cmd.env("TOLI_CACHE_DIR", CACHE)
        .env("TOLI_DATA_DIR", dir.join("data"))
        .env("TOLI_STATE_DIR", dir.join("state"))
        .env_remove("TOLI_PROFILE")
        .args(["--no-builtin", "--content"])
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/content"
        ));
    if let Some(p) = profile {
        cmd.args(["--profile", p]);
    }
    let out = cmd.args(["bookmarks", "--json"]).output().expect("runs");
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn a_profile_keeps_its_bookmarks_apart_and_the_window_names_it() {
    let Some(t) = Tmux::run(100, 30, |dir: &Path| {
        let toli = on_fixtures(dir, "TOLI_PROFILE=", "--lang en --profile Saraa");
        format!(
            "{toli}; {}; sleep 60",
            on_fixtures(dir, "TOLI_PROFILE=", "--lang en")
        )
    }) else {
        return;
    };
    t.wait_for("Kinds");
    t.keys(&["m"]);
    t.wait_for("Bookmarked");
    t.keys(&["b"]);
    let screen = t.wait_for("Bookmarks (1)");
    assert!(screen.contains("Profile: Saraa"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_gone("Bookmarks (1)");
    t.keys(&["q"]);
    // The second run, without a profile, shares nobody's bookmarks with Saraa and says how
    // to keep one's own.
    t.wait_for("Kinds");
    t.keys(&["b"]);
    let screen = t.wait_for("Bookmarks (0)");
    assert!(
        screen.contains("Shared by all who use this computer · your own: toli --profile NAME"),
        "{screen}"
    );
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    let saraa = bookmarks_json(t.dir(), Some("Saraa"));
    assert_eq!(saraa.as_array().map(Vec::len), Some(1), "{saraa}");
    let shared = bookmarks_json(t.dir(), None);
    assert_eq!(shared.as_array().map(Vec::len), Some(0), "{shared}");
}

#[test]
fn a_profile_name_that_cannot_name_a_folder_is_refused_in_plain_words() {
    for (lang, said) in [
        ("en", "can hold only letters, digits, - and _"),
        ("mn", "хэрэглэгчийн нэрэнд зөвхөн үсэг, цифр"),
    ] {
        let out = assert_cmd::Command::cargo_bin("toli")
            .expect("binary")
            .env("TOLI_CACHE_DIR", CACHE)
            .args(["--lang", lang, "--profile", "../other", "bookmarks"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(said) && err.contains("«../other»"), "{err}");
    }
}
