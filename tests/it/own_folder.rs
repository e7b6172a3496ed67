//! A coach's own entries on a day their folder is not loaded: their bookmarks
//! and notes say the entry is not loaded this time and name the folder to open, in the app's
//! lists and status line, `toli bookmarks` and `toli notes` (and their JSON) — never that the
//! entry is gone from the knowledge base.

use crate::common;

use std::path::{Path, PathBuf};

use serde_json::Value;
use toli::app::study::attach_store;
use toli::app::{Action, App, update};
use toli::corpus::load::{Sources, load};
use toli::lang::Lang;
use toli::store::Store;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The coach's own folder: the study fixtures, loaded beside the app's fixture content.
fn mine() -> PathBuf {
    fixtures().join("study")
}

/// The app on the fixture content, with the coach's folder when `with_mine`, on the store in
/// `data`, at 200×30 (wide enough for a whole row of the lists).
fn coach(data: &Path, with_mine: bool, lang: Lang) -> App {
    let mut dirs = vec![fixtures().join("content")];
    if with_mine {
        dirs.push(mine());
    }
    let sources = Sources {
        builtin: false,
        dirs,
    };
    let mut app = common::sized(load(&sources).corpus, lang, 200, 30);
    app.study.editor = None;
    app.content = toli::present::sync::Loaded::of(&sources);
    attach_store(&mut app, Store::at(data.to_path_buf()));
    app
}

/// A bookmark and a note on `lt-laser`, made with the coach's folder loaded.
fn bookmarked_and_noted() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = coach(data.path(), true, Lang::En);
    common::open(&mut a, "lt-laser");
    let m = toli::app::keymap::key_action(
        &a,
        crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char('m'),
            crossterm::event::KeyModifiers::NONE,
        ),
    )
    .expect("m is bound");
    update(&mut a, m);
    assert!(toli::app::study::save_note(
        &mut a,
        "lt-laser",
        None,
        "Met the laser makers."
    ));
    data
}

#[test]
fn without_its_folder_the_app_says_the_entry_is_not_loaded_and_names_the_folder() {
    let data = bookmarked_and_noted();
    let folder = mine().display().to_string();
    for (lang, why) in [
        (
            Lang::En,
            format!("not loaded this time — open its folder with --content {folder}"),
        ),
        (
            Lang::Mn,
            format!("энэ удаа ачаалагдаагүй — хавтсыг нь --content {folder} сонголтоор заана уу"),
        ),
    ] {
        let mut a = coach(data.path(), false, lang);
        assert!(a.corpus.get("lt-laser").is_none(), "not loaded this run");
        for open_list in [Action::OpenBookmarks, Action::OpenNotes] {
            update(&mut a, open_list.clone());
            let rows = common::rows(&a).join("\n");
            let listed = column_from(&common::rows(&a), "lt-laser (");
            assert!(
                listed.starts_with(&format!("lt-laser ({why})")),
                "{lang:?} {open_list:?}: {listed}\n{rows}"
            );
            assert!(
                !rows.contains("no longer") && !rows.contains("байхгүй болсон"),
                "{rows}"
            );
            update(&mut a, Action::Open);
            let said = a.status.notice.clone().unwrap_or_default();
            assert!(said.contains("lt-laser") && said.ends_with(&why), "{said}");
            update(&mut a, Action::Escape);
        }
    }
    // With the folder loaded again, the entry is there.
    let a = coach(data.path(), true, Lang::En);
    assert!(a.corpus.get("lt-laser").is_some());
}

/// The text of a list box from where `start` is written, its rows joined: the column from
/// there to the box's right border, on that row and the rows below, until one is blank.
fn column_from(rows: &[String], start: &str) -> String {
    let Some((top, at)) = (rows.iter().enumerate())
        .find_map(|(n, r)| r.find(start).map(|b| (n, r[..b].chars().count())))
    else {
        return String::new();
    };
    let first: Vec<char> = rows[top].chars().collect();
    let end = (at..first.len())
        .find(|&c| first[c] == '│')
        .unwrap_or(first.len());
    let mut parts = Vec::new();
    for row in &rows[top..] {
        let chars: Vec<char> = row.chars().collect();
        let part: String = chars[at.min(chars.len())..end.min(chars.len())]
            .iter()
            .collect();
        let part = part.trim();
        if part.is_empty() || part.starts_with('✎') {
            break;
        }
        parts.push(part.to_string());
    }
    parts.join(" ")
}

fn toli(data: &Path) -> assert_cmd::Command {
    let mut cmd = common::toli_en();
    cmd.args(["--no-builtin", "--content", "tests/fixtures/content"])
        .env("TOLI_DATA_DIR", data)
        .env_remove("TOLI_CONTENT");
    cmd
}

#[test]
fn toli_bookmarks_and_notes_print_the_same_not_a_bare_question_mark() {
    let data = bookmarked_and_noted();
    let folder = mine().display().to_string();
    let why = format!("(not loaded this time — open its folder with --content {folder})");
    for command in ["bookmarks", "notes"] {
        let out = toli(data.path()).arg(command).output().expect("run");
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("lt-laser"), "{command}: {text}");
        assert!(text.contains(&why), "{command}: {text}");
        assert!(!text.contains(" ? "), "{command}: {text}");

        let out = toli(data.path())
            .args([command, "--json"])
            .output()
            .expect("run");
        let items: Value = serde_json::from_slice(&out.stdout).expect("json");
        let item = &items[0];
        assert_eq!(item["id"], "lt-laser", "{items}");
        assert_eq!(item["title"], Value::Null, "{items}");
        assert_eq!(item["loaded"], false, "{items}");
        assert_eq!(item["folder"], folder.as_str(), "{items}");

        // Loaded: its title, and the folder it comes from.
        let out = toli(data.path())
            .args(["--content", "tests/fixtures/study", command, "--json"])
            .output()
            .expect("run");
        let items: Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(items[0]["loaded"], true, "{items}");
        assert_eq!(
            items[0]["title"]["en"], "Lithuanian laser cluster",
            "{items}"
        );
        assert_eq!(items[0]["folder"], folder.as_str(), "{items}");
    }
    let out = toli(data.path())
        .args(["--lang", "mn", "bookmarks"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!(
            "(энэ удаа ачаалагдаагүй — хавтсыг нь --content {folder}"
        )),
        "{text}"
    );
}

/// A bookmark made before folders were remembered (an old store) still reads, and says how
/// to load one's own folder.
#[test]
fn an_old_bookmark_with_no_folder_says_how_to_load_one_s_own() {
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        data.path().join("bookmarks.json"),
        r#"{"version":1,"bookmarks":[{"id":"darkhan-wool","added":1}]}"#,
    )
    .expect("write");
    let out = toli(data.path()).arg("bookmarks").output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("darkhan-wool") && text.contains("--content FOLDER or TOLI_CONTENT"),
        "{text}"
    );
}

/// A store with a bookmark on `lt-laser` and a note on `ru-strategy`, both of the coach's
/// folder, made before folders were remembered (no `folders.json`).
fn old_store() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        data.path().join("bookmarks.json"),
        r#"{"version":1,"bookmarks":[{"id":"lt-laser","added":1}]}"#,
    )
    .expect("write");
    std::fs::create_dir_all(data.path().join("notes")).expect("mkdir");
    std::fs::write(data.path().join("notes/ru-strategy.md"), "A note.\n").expect("write");
    data
}

fn remembered(data: &Path) -> Value {
    let text = std::fs::read_to_string(data.join("folders.json")).expect("folders.json");
    serde_json::from_str::<Value>(&text).expect("json")["folders"].clone()
}

/// The app remembers, as it starts, the folder of each bookmarked or noted entry it loaded
/// (README); `toli bookmarks`, `toli notes` and `toli show` run with the folder loaded do the
/// same, so a later run without it names the folder to open whichever ran first.
#[test]
fn a_command_line_run_with_the_folder_loaded_remembers_it_as_the_app_does() {
    let folder = mine().display().to_string();
    let both = serde_json::json!({"lt-laser": folder, "ru-strategy": folder});
    let app = old_store();
    coach(app.path(), true, Lang::En);
    assert_eq!(remembered(app.path()), both, "the app");
    for command in [&["bookmarks"][..], &["notes"], &["show", "cluster"]] {
        let data = old_store();
        let out = toli(data.path())
            .args(["--content", "tests/fixtures/study"])
            .args(command)
            .output()
            .expect("run");
        assert!(out.status.success(), "{command:?}");
        assert_eq!(remembered(data.path()), both, "{command:?}");
        // Without the folder, the entry is told as not loaded, with its folder.
        let out = toli(data.path()).arg("bookmarks").output().expect("run");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(&format!("open its folder with --content {folder}")),
            "{command:?}: {text}"
        );
    }
    // Without a folder loaded there is nothing to remember: nothing is written.
    let data = old_store();
    let out = toli(data.path())
        .args(["show", "cluster"])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(!data.path().join("folders.json").exists());
}

/// A `folders.json` that cannot be read is kept (set aside, as a damaged bookmarks file is),
/// said once with its name, its folder and what to do — on stderr from the command line, in
/// the status line of the app — and never saved over; the run goes on without it.
#[test]
fn a_damaged_folders_file_is_kept_said_once_and_never_saved_over() {
    let kept = |data: &Path| -> Vec<String> {
        std::fs::read_dir(data)
            .expect("read_dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("folders.json.corrupt-"))
            .collect()
    };
    let data = old_store();
    std::fs::write(data.path().join("folders.json"), "{not json").expect("write");
    let run = || {
        toli(data.path())
            .args(["--content", "tests/fixtures/study", "bookmarks"])
            .output()
            .expect("run")
    };
    let out = run();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    let aside = kept(data.path());
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(
        said.contains(&format!("was damaged, kept as {}", aside[0]))
            && said.contains("rename it back")
            && said.contains(&format!("Folder: {}", data.path().display())),
        "{said}"
    );
    let text = std::fs::read_to_string(data.path().join(&aside[0])).expect("kept");
    assert_eq!(text, "{not json");
    // The run went on: its bookmark listed, its folder remembered in a new file.
    assert!(String::from_utf8_lossy(&out.stdout).contains("Lithuanian laser cluster"));
    assert_eq!(
        remembered(data.path())["lt-laser"],
        mine().display().to_string()
    );
    let again = run();
    assert!(
        !String::from_utf8_lossy(&again.stderr).contains("folders.json"),
        "said once"
    );

    // The app says it in the status line, in the reader's language.
    let data = old_store();
    std::fs::write(data.path().join("folders.json"), "{not json").expect("write");
    let app = coach(data.path(), true, Lang::Mn);
    let told = app.status.notice.clone().unwrap_or_default();
    let aside = kept(data.path());
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(
        told.contains("folders.json") && told.contains(&format!("{} нэрээр", aside[0])),
        "{told}"
    );
}
