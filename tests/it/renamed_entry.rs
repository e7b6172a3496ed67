//! Walk 24, C-4: a coach's own entry whose id changed (its file still there, the same title)
//! leaves its note and bookmark on the old id. The app says so when the reload shows it, the
//! `b` and `E` lists name the new id beside the old one, and `c` there carries the note and the
//! bookmark over — a note already on the new id kept before it, never replaced; `toli notes`
//! and `toli bookmarks` name the new id with the command, `toli notes --move OLD NEW`, that
//! does the same from the shell. Both languages.

use crate::common;

use std::path::{Path, PathBuf};

use toli::app::action::Message;
use toli::app::reload::Fresh;
use toli::app::study::attach_store;
use toli::app::{Action, App, update};
use toli::corpus::load::{Sources, load};
use toli::lang::Lang;
use toli::store::{Store, notes};

const NOTE: &str = "Тэмдэглэл 16: өөрийн жишээ, Увс.\n";

/// The coach's entry, `id` in the file `cases/manai-klaster.md`.
fn entry(id: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: Uvs sea-buckthorn growers\n  \
         mn: Увсын чацаргана тариалагчид\nsummary:\n  en: s\n  mn: с\n---\n::: en\nBody.\n\n\
         ::: mn\nБие.\n"
    )
}

/// The coach's folder holding `manai-klaster`, and the data folder.
fn folders() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = dir.path().join("ws");
    std::fs::create_dir_all(ws.join("cases")).expect("mkdir");
    std::fs::write(ws.join("cases/manai-klaster.md"), entry("manai-klaster")).expect("write");
    let data = dir.path().join("data");
    (dir, ws, data)
}

fn sources(ws: &Path) -> Sources {
    Sources {
        builtin: false,
        dirs: vec![
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content"),
            ws.to_path_buf(),
        ],
    }
}

/// The app on the coach's folder, `w` columns wide.
fn coach(ws: &Path, data: &Path, lang: Lang, w: u16) -> App {
    let src = sources(ws);
    let mut a = common::sized(load(&src).corpus, lang, w, 30);
    a.study.editor = None;
    a.content = toli::present::sync::Loaded::of(&src);
    attach_store(&mut a, Store::at(data.to_path_buf()));
    a
}

/// The entry bookmarked and noted, then its id changed in its file while the app runs.
fn renamed_while_open(ws: &Path, data: &Path, lang: Lang) -> App {
    let mut a = coach(ws, data, lang, 120);
    common::open(&mut a, "manai-klaster");
    update(&mut a, Action::ToggleBookmark);
    assert!(toli::app::study::save_note(
        &mut a,
        "manai-klaster",
        None,
        NOTE
    ));
    let file = ws.join("cases/manai-klaster.md");
    std::fs::write(&file, entry("uvs-chatsargana")).expect("write");
    let saved = std::fs::canonicalize(&file).expect("the file");
    let fresh = Fresh::edited(load(&sources(ws)), vec![saved]);
    update(&mut a, Message::Reloaded(Box::new(fresh)));
    a
}

/// The screen's text with its frame's columns and runs of spaces squeezed out, to read a row
/// the list wraps.
fn squeezed(a: &App) -> String {
    let text = common::screen(a).backend().to_string();
    let words: Vec<&str> = (text.lines())
        .flat_map(|l| l.trim_matches('"').split('│'))
        .flat_map(str::split_whitespace)
        .collect();
    words.join(" ")
}

fn bookmarked(a: &App) -> Vec<&str> {
    (a.study.bookmarks.items.iter())
        .map(|b| b.id.as_str())
        .collect()
}

#[test]
fn the_app_offers_and_c_carries_the_note_and_bookmark_to_the_new_id() {
    for (lang, offer, hint, carried) in [
        (
            Lang::En,
            "`manai-klaster` is now `uvs-chatsargana` (same file): c in the b or E list carries \
             its note and bookmark over",
            "now `uvs-chatsargana` (same file): c carries the note and bookmark there",
            "Your note and bookmark on `manai-klaster` are now on «Uvs sea-buckthorn growers»",
        ),
        (
            Lang::Mn,
            "`manai-klaster` бичлэг одоо `uvs-chatsargana` болсон (нэг файлд): тэмдэглэл, \
             хавчуургыг нь b, E жагсаалтад c дарж шилжүүлнэ",
            "одоо `uvs-chatsargana` (нэг файлд): c дарвал тэмдэглэл, хавчуургыг нь тийш шилжүүлнэ",
            "`manai-klaster` бичлэгийн тэмдэглэл, хавчуургыг «Увсын чацаргана тариалагчид» бичлэг \
             рүү шилжүүллээ",
        ),
    ] {
        let (_dir, ws, data) = folders();
        let mut a = renamed_while_open(&ws, &data, lang);
        assert_eq!(a.status.notice.as_deref(), Some(offer), "{lang:?}");
        update(&mut a, Action::OpenBookmarks);
        // The list's row beside the old id, drawn wrapped to the window.
        let listed = toli::app::study::absent::listed(&a, "manai-klaster");
        assert!(listed.ends_with(hint), "{lang:?}: {listed}");
        let shown = squeezed(&a);
        let first = hint.split(" (").next().unwrap_or_default();
        assert!(shown.contains(first), "{lang:?}: {shown}");
        update(&mut a, Action::CarryOver);
        assert_eq!(a.status.notice.as_deref(), Some(carried), "{lang:?}");
        assert_eq!(bookmarked(&a), ["uvs-chatsargana"], "{lang:?}");
        assert_eq!(
            a.study.notes.get("uvs-chatsargana").map(String::as_str),
            Some(NOTE)
        );
        assert!(!a.study.notes.contains_key("manai-klaster"));
        // On disk too: the note's file is the new id's, the old one gone.
        let store = Store::at(data.clone());
        assert_eq!(
            notes::load(&store, "uvs-chatsargana").0.as_deref(),
            Some(NOTE)
        );
        assert_eq!(notes::load(&store, "manai-klaster").0, None);
        // The entry shows its note and bookmark again.
        update(&mut a, Action::Escape);
        common::open(&mut a, "uvs-chatsargana");
        let shown = squeezed(&a);
        let (mark, note) = match lang {
            Lang::En => ("✓ bookmarked", "My note"),
            Lang::Mn => ("✓ хавчуургатай", "Миний тэмдэглэл"),
        };
        assert!(
            shown.contains(mark) && shown.contains(note),
            "{lang:?}: {shown}"
        );
    }
}

/// A note written on the new id meanwhile is kept: `c` in the `E` list puts the old id's note
/// after it, and says so.
#[test]
fn a_note_already_on_the_new_id_is_kept_before_the_one_carried() {
    for (lang, said) in [
        (
            Lang::En,
            "Your note on `manai-klaster` is now on «Uvs sea-buckthorn growers», after the note \
             it already had; so is the bookmark",
        ),
        (
            Lang::Mn,
            "`manai-klaster` бичлэгийн тэмдэглэлийг «Увсын чацаргана тариалагчид» бичлэгийн \
             тэмдэглэлийн ард нэмж, хавчуургыг мөн шилжүүллээ",
        ),
    ] {
        let (_dir, ws, data) = folders();
        let mut a = renamed_while_open(&ws, &data, lang);
        assert!(toli::app::study::save_note(
            &mut a,
            "uvs-chatsargana",
            None,
            "Шинэ мөр.\n"
        ));
        update(&mut a, Action::OpenNotes);
        // The note on the old id is listed last (its entry is not loaded).
        update(&mut a, Action::Down);
        update(&mut a, Action::CarryOver);
        assert_eq!(a.status.notice.as_deref(), Some(said), "{lang:?}");
        let both = format!("Шинэ мөр.\n{NOTE}");
        let store = Store::at(data.clone());
        assert_eq!(
            notes::load(&store, "uvs-chatsargana").0.as_deref(),
            Some(both.as_str())
        );
        assert_eq!(notes::load(&store, "manai-klaster").0, None);
        assert_eq!(bookmarked(&a), ["uvs-chatsargana"]);
    }
}

/// `c` on a bookmark whose place no entry took says there is nothing to carry and how to move
/// it by hand; nothing changes.
#[test]
fn c_on_an_entry_nothing_replaced_moves_nothing() {
    let (_dir, ws, data) = folders();
    let mut a = coach(&ws, &data, Lang::En, 120);
    common::open(&mut a, "manai-klaster");
    update(&mut a, Action::ToggleBookmark);
    std::fs::remove_file(ws.join("cases/manai-klaster.md")).expect("remove");
    let fresh = Fresh::edited(load(&sources(&ws)), Vec::new());
    update(&mut a, Message::Reloaded(Box::new(fresh)));
    update(&mut a, Action::OpenBookmarks);
    update(&mut a, Action::CarryOver);
    let said = a.status.notice.clone().unwrap_or_default();
    assert_eq!(
        said,
        "No entry of yours took the place of `manai-klaster`: nothing to carry (by hand: toli \
         notes --move)"
    );
    assert_eq!(bookmarked(&a), ["manai-klaster"]);
}

/// The coach with the note and bookmark on `manai-klaster`, made with the folder loaded; then
/// the id changed while toli was closed.
fn renamed_while_closed() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, ws, data) = folders();
    let mut a = coach(&ws, &data, Lang::En, 120);
    common::open(&mut a, "manai-klaster");
    update(&mut a, Action::ToggleBookmark);
    assert!(toli::app::study::save_note(
        &mut a,
        "manai-klaster",
        None,
        NOTE
    ));
    drop(a);
    std::fs::write(ws.join("cases/manai-klaster.md"), entry("uvs-chatsargana")).expect("write");
    (dir, ws, data)
}

/// The next start knows the new id by the file named after the old one, in the folder the
/// note was made from: the `E` list says so and `c` carries.
#[test]
fn the_next_start_names_the_new_id_by_the_file_named_after_the_old_one() {
    let (_dir, ws, data) = renamed_while_closed();
    let mut a = coach(&ws, &data, Lang::Mn, 120);
    update(&mut a, Action::OpenNotes);
    let listed = toli::app::study::absent::listed(&a, "manai-klaster");
    let hint =
        "одоо `uvs-chatsargana` (нэг файлд): c дарвал тэмдэглэл, хавчуургыг нь тийш шилжүүлнэ";
    assert!(listed.ends_with(hint), "{listed}");
    let shown = squeezed(&a);
    assert!(shown.contains("одоо `uvs-chatsargana`"), "{shown}");
    update(&mut a, Action::CarryOver);
    assert_eq!(bookmarked(&a), ["uvs-chatsargana"]);
    assert_eq!(
        a.study.notes.get("uvs-chatsargana").map(String::as_str),
        Some(NOTE)
    );
}

fn toli(ws: &Path, data: &Path) -> assert_cmd::Command {
    let mut cmd = common::toli_en();
    cmd.arg("--no-builtin")
        .arg("--content")
        .arg(ws)
        .env("TOLI_DATA_DIR", data);
    cmd
}

/// `toli notes` and `toli bookmarks` name the new id and the command; `toli notes --move`
/// carries both, says so, and a second time says there is nothing left (exit 1); an id this run
/// did not load moves nothing (exit 2). Both languages.
#[test]
fn toli_notes_move_carries_the_note_and_bookmark_from_the_shell() {
    let (_dir, ws, data) = renamed_while_closed();
    let told = "now `uvs-chatsargana`? toli notes --move manai-klaster uvs-chatsargana carries \
                its note and bookmark there";
    for command in ["notes", "bookmarks"] {
        let out = toli(&ws, &data)
            .env("COLUMNS", "400")
            .arg(command)
            .output()
            .expect("run");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(told), "{command}: {text}");
    }
    let out = toli(&ws, &data)
        .args(["--lang", "mn", "notes"])
        .env("COLUMNS", "400")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "одоо `uvs-chatsargana` болсон бол тэмдэглэл, хавчуургыг нь toli notes --move \
             manai-klaster uvs-chatsargana тушаалаар шилжүүлнэ"
        ),
        "{text}"
    );
    // A mistyped new id: refused, with the right one guessed.
    let out = toli(&ws, &data)
        .args(["notes", "--move", "manai-klaster", "uvs-chatsargan"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("No entry `uvs-chatsargan` in what this run loaded, so nothing was moved")
            && stderr.contains("uvs-chatsargana"),
        "{stderr}"
    );
    let store = Store::at(data.clone());
    assert_eq!(
        notes::load(&store, "manai-klaster").0.as_deref(),
        Some(NOTE)
    );
    // The move, in Mongolian.
    let out = toli(&ws, &data)
        .args([
            "--lang",
            "mn",
            "notes",
            "--move",
            "manai-klaster",
            "uvs-chatsargana",
        ])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        "`manai-klaster` бичлэгийн тэмдэглэл, хавчуургыг «Увсын чацаргана тариалагчид» бичлэг рүү \
         шилжүүллээ"
    );
    assert_eq!(
        notes::load(&store, "uvs-chatsargana").0.as_deref(),
        Some(NOTE)
    );
    assert_eq!(notes::load(&store, "manai-klaster").0, None);
    let (b, _) = toli::store::bookmarks::Bookmarks::load(&store);
    let ids: Vec<&str> = b.items.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["uvs-chatsargana"]);
    // Nothing left to move.
    let out = toli(&ws, &data)
        .args(["notes", "--move", "manai-klaster", "uvs-chatsargana"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("`manai-klaster` has no note or bookmark to carry")
    );
}
