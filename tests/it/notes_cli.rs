//! `toli notes`: the notes in the data folder with their entry's title (in the chosen language)
//! and first line, JSON with the full text, an empty folder, and notes printed inert.

use crate::common::on_corpus_with_data;

use serde_json::Value;
use toli::store::{Store, notes};

fn with_notes() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    let store = Store::at(data.path().to_path_buf());
    notes::save(
        &store,
        "cluster",
        "\nAsk about Porter.\nКластер гэж юу вэ?\n",
    )
    .expect("save");
    notes::save(&store, "gone-entry", "Kept though the entry is gone.").expect("save");
    data
}

#[test]
fn notes_list_id_title_and_first_line_in_either_language() {
    let data = with_notes();
    let out = on_corpus_with_data(data.path())
        .arg("notes")
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("cluster "), "{text}");
    assert!(lines[0].contains("Cluster"), "{text}");
    assert!(lines[0].ends_with("Ask about Porter."), "{text}");
    assert!(!text.contains("Кластер гэж"), "only the first line: {text}");
    // An entry not loaded says so, not a bare `?` (`own_folder`).
    assert!(
        lines[1].starts_with("gone-entry ") && lines[1].contains(" (not loaded this time — "),
        "{text}"
    );
    let out = on_corpus_with_data(data.path())
        .args(["--lang", "mn", "notes"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Кластер"));
}

#[test]
fn notes_json_has_both_titles_and_the_full_text() {
    let data = with_notes();
    let out = on_corpus_with_data(data.path())
        .args(["notes", "--json"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[0]["id"], "cluster");
    assert_eq!(v[0]["title"]["mn"], "Кластер");
    assert_eq!(v[0]["note"], "\nAsk about Porter.\nКластер гэж юу вэ?\n");
    assert_eq!(v[1]["id"], "gone-entry");
    assert!(v[1]["title"].is_null());
    assert_eq!(v[0]["loaded"], true);
    assert_eq!(v[1]["loaded"], false, "said, not only a null title");
}

#[test]
fn no_notes_prints_nothing_and_notes_print_inert() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = on_corpus_with_data(data.path())
        .arg("notes")
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let out = on_corpus_with_data(data.path())
        .args(["notes", "--json"])
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    let store = Store::at(data.path().to_path_buf());
    notes::save(&store, "cluster", "x\u{1b}]0;owned\u{7}").expect("save");
    let out = on_corpus_with_data(data.path())
        .arg("notes")
        .output()
        .expect("run");
    assert!(
        !out.stdout.contains(&0x1b),
        "no escape reaches the terminal"
    );
}

/// `toli search` finds the reader's notes as the app's search does: the entry
/// whose note holds every word comes first, marked ✎ (and `"note": true` in JSON), and the
/// count takes it in; another reader's empty data folder finds nothing of it.
#[test]
fn search_finds_the_readers_notes_as_the_app_does() {
    let data = with_notes();
    let out = on_corpus_with_data(data.path())
        .args(["search", "Porter"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap_or_default();
    assert!(first.starts_with("cluster "), "{text}");
    assert!(first.contains("✎ Cluster"), "{text}");
    let out = on_corpus_with_data(data.path())
        .args(["search", "Porter", "--json"])
        .output()
        .expect("run");
    let items: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(items[0]["id"], "cluster", "{items}");
    assert_eq!(items[0]["note"], true, "{items}");
    let empty = tempfile::tempdir().expect("tempdir");
    let out = on_corpus_with_data(empty.path())
        .args(["search", "Porter", "--json"])
        .output()
        .expect("run");
    let items: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert!(
        items
            .as_array()
            .is_none_or(|a| a.iter().all(|i| i["note"].is_null())),
        "{items}"
    );
}

/// A note whose save failed, kept in the temporary folder, is listed too, after the note saved
/// on its entry, marked not saved with the file that holds it (JSON: `kept`), and stderr says
/// how to save it; a note that begins with two versions of a place shows its first real line,
/// said to hold two versions, never the marking line.
#[test]
fn notes_list_a_note_not_saved_and_one_holding_two_versions() {
    let data = with_notes();
    let store = Store::at(data.path().to_path_buf());
    notes::save(
        &store,
        "gone-entry",
        "--- Saved in this toli window ---\nMine\n--- Saved in another toli window ---\n\
         Theirs\n--- End of the two versions ---\n",
    )
    .expect("save");
    let copy = toli::store::edit_copy::keep_text(&store, "cluster", None, "Not saved yet\n")
        .expect("kept");
    let out = on_corpus_with_data(data.path())
        .arg("notes")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].ends_with("Ask about Porter."), "{text}");
    let named = format!("[not saved; kept in {}] Not saved yet", copy.display());
    assert!(
        lines[1].starts_with("cluster ") && lines[1].ends_with(&named),
        "{text}"
    );
    assert!(
        lines[2].ends_with("— two versions to choose from: Mine"),
        "{text}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("toli: The note marked “not saved” is kept in the temporary folder"),
        "{stderr}"
    );
    // In Mongolian the same: the one note, no entry named (none is given to the message).
    let out = on_corpus_with_data(data.path())
        .args(["--lang", "mn", "notes"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "toli: «хадгалагдаагүй» гэсэн тэмдэглэл түр хавтсанд байна: toli програмыг нээж, \
             тэр бичлэг дээр e дарж хадгална уу."
        ),
        "{stderr}"
    );
    let out = on_corpus_with_data(data.path())
        .args(["notes", "--json"])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[1]["note"], "Not saved yet\n");
    assert_eq!(v[1]["kept"], copy.display().to_string());
    assert!(v[0].get("kept").is_none(), "{v}");
    toli::store::edit_copy::discard(&copy);
}

/// A note being typed when the app died leaves its draft in `drafts/ID.json`: `toli notes`
/// lists it marked "draft" with its file (JSON: `draft`), and stderr says what to do — open
/// toli, the entry, `e` — in both languages. A draft the note already holds is not listed.
#[test]
fn notes_list_a_draft_left_by_a_run_that_died() {
    use toli::store::draft_file::{self, NoteDraft};
    let data = with_notes();
    let store = Store::at(data.path().to_path_buf());
    for (id, text) in [
        ("cluster", "Ask about Porter.\nТипинг тасарсан"),
        ("gone-entry", "Kept though the entry is gone."),
    ] {
        let draft = NoteDraft {
            id: id.into(),
            read: None,
            text: text.into(),
        };
        draft_file::write(&store, &draft).expect("draft");
    }
    let file = draft_file::file(&store, "cluster").expect("an entry id");
    let out = on_corpus_with_data(data.path())
        .arg("notes")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    let named = format!(
        "[draft, not saved: toli closed while it was being written; kept in {}] Ask about Porter.",
        file.display()
    );
    assert!(
        lines[1].starts_with("cluster ") && lines[1].ends_with(&named),
        "{text}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "toli: The note marked “draft” was being written when toli closed without saving \
             it: open toli (the draft comes back), open its entry, press e and save it."
        ),
        "{stderr}"
    );
    let out = on_corpus_with_data(data.path())
        .args(["--lang", "mn", "notes"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("[ноорог, хадгалагдаагүй: бичиж байх үед toli хаагдсан; "),
        "{text}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "toli: «ноорог» гэсэн тэмдэглэлийг бичиж байх үед toli хадгалалгүй хаагдсан: toli \
             програмыг нээвэл ноорог сэргэнэ, тэр бичлэгийг нээж e дараад хадгална уу."
        ),
        "{stderr}"
    );
    let out = on_corpus_with_data(data.path())
        .args(["notes", "--json"])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let drafts: Vec<&Value> = (v.as_array().expect("a list").iter())
        .filter(|n| n.get("draft").is_some())
        .collect();
    assert_eq!(drafts.len(), 1, "{v}");
    assert_eq!(drafts[0]["id"], "cluster");
    assert_eq!(drafts[0]["draft"], file.display().to_string());
}
