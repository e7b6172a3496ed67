//! `toli notes --full` and `toli notes --out FILE`: every note whole under its entry's title,
//! with the id and the day, in the order of the titles in the language chosen (Mongolian
//! alphabetical order in Mongolian, as the plain list and the app's `E`); a Markdown or HTML
//! file to hand on (a link in a note reads as its entry's title), which replaces a file toli
//! did not write only with `--force`, and names a file it replaces.

use crate::common::{in_order, on_corpus_with_data};

use toli::store::{Store, notes};

/// Notes on four entries of the fixture corpus and one not loaded. By id they come
/// cluster, gone-entry, park-a, policy-act, rec-funding; by title in Mongolian «А парк»,
/// «Кластер», «Санхүүжилт», «Технологи дамжуулах тухай хууль»; in English "Cluster",
/// "Funding", "Park A", "Technology Transfer Act"; the one not loaded last.
fn with_notes() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    let store = Store::at(data.path().to_path_buf());
    for (id, text) in [
        (
            "cluster",
            "Ask about Porter.\n\nКластер гэж юу вэ?\nХоёр дахь мөр.\n",
        ),
        ("policy-act", "Хуулийн 5-р зүйл: [[park-a]].\n"),
        ("park-a", "Паркийн менежер.\n"),
        ("rec-funding", "Санхүүжилтийн эх үүсвэр.\n"),
        ("gone-entry", "Kept though the entry is gone.\n"),
    ] {
        notes::save(&store, id, text).expect("save");
    }
    data
}

fn run(data: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = on_corpus_with_data(data).args(args).output().expect("run");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn full_prints_every_note_whole_under_its_title_in_the_language_s_order() {
    let data = with_notes();
    let (ok, mn, _) = run(data.path(), &["--lang", "mn", "notes", "--full"]);
    assert!(ok, "{mn}");
    assert!(mn.starts_with("# Миний тэмдэглэлүүд\n"), "{mn}");
    in_order(
        &mn,
        &[
            "## А парк\n",
            "## Кластер\n\n`cluster` · сүүлд өөрчилсөн: ",
            "Ask about Porter.\n\nКластер гэж юу вэ?\nХоёр дахь мөр.\n",
            "## Санхүүжилт\n",
            "## Технологи дамжуулах тухай хууль\n",
            "Хуулийн 5-р зүйл: [[park-a]].",
            "`gone-entry`",
        ],
    );
    let (ok, en, _) = run(data.path(), &["notes", "--full"]);
    assert!(ok, "{en}");
    in_order(
        &en,
        &[
            "# My notes\n",
            "## Cluster\n\n`cluster` · last changed ",
            "## Funding\n",
            "## Park A\n",
            "## Technology Transfer Act\n",
            "`gone-entry`",
        ],
    );
    // The plain list comes in the same order.
    let (_, list, _) = run(data.path(), &["--lang", "mn", "notes"]);
    let ids: Vec<&str> = (list.lines())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        ids,
        [
            "park-a",
            "cluster",
            "rec-funding",
            "policy-act",
            "gone-entry"
        ]
    );
}

#[test]
fn out_writes_markdown_and_never_over_a_file_toli_did_not_write_unasked() {
    let data = with_notes();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("notes.md");
    let path = file.to_str().expect("a path");
    let (ok, said, _) = run(data.path(), &["--lang", "mn", "notes", "--out", path]);
    assert!(ok, "{said}");
    assert_eq!(said, format!("5 тэмдэглэлийг {path} файлд бичлээ\n"));
    let md = std::fs::read_to_string(&file).expect("written");
    assert!(
        md.starts_with("<!-- written by toli notes -->\n# Миний тэмдэглэлүүд"),
        "{md}"
    );
    in_order(
        &md,
        &["## А парк", "## Кластер", "Хоёр дахь мөр.", "## Санхүүжилт"],
    );
    // Read where toli is not, a link names its entry.
    assert!(md.contains("Хуулийн 5-р зүйл: А парк."), "{md}");
    // Written again: toli's own file is replaced, and named.
    let (ok, said, _) = run(data.path(), &["notes", "--out", path]);
    assert!(ok);
    assert!(
        said.contains(&format!("{path} held notes toli wrote earlier: replaced")),
        "{said}"
    );
    // A file of the reader's own is kept, and the refusal says how to replace it.
    std::fs::write(&file, "my own text\n").expect("own file");
    let (ok, _, err) = run(data.path(), &["notes", "--out", path]);
    assert!(!ok);
    assert!(
        err.contains("was not written by toli") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("kept"),
        "my own text\n"
    );
    let (ok, said, _) = run(data.path(), &["notes", "--out", path, "--force"]);
    assert!(ok);
    assert!(
        said.contains("was a file toli did not write: replaced"),
        "{said}"
    );
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .contains("## Cluster")
    );
}

/// Walk 26 (D-2): a memo made of notes names its sources. Under each note, the entry's
/// citation as `toli cite` prints it in the run's language — in `--full`, the Markdown file
/// and the HTML page; an entry this run did not load has none.
#[test]
fn each_note_written_out_carries_its_entry_s_citation_as_cite_prints_it() {
    let data = with_notes();
    let cite = |lang: &str, id: &str| {
        let (ok, line, err) = run(data.path(), &["--lang", lang, "cite", id]);
        assert!(ok, "{err}");
        line.trim_end().to_string()
    };
    let (park_en, park_mn) = (cite("en", "park-a"), cite("mn", "park-a"));
    assert!(park_en.contains(" — Source"), "{park_en}");
    let (ok, en, _) = run(data.path(), &["notes", "--full"]);
    assert!(ok, "{en}");
    in_order(
        &en,
        &[
            "## Park A\n",
            "Паркийн менежер.\n",
            &format!("\n*Cite as:* {park_en}\n"),
            "## Technology Transfer Act\n",
        ],
    );
    let cited = en.matches("*Cite as:*").count();
    assert_eq!(cited, 4, "one per loaded entry, none for gone-entry: {en}");
    let gone = en.find("`gone-entry`").expect("the note not loaded");
    assert!(!en[gone..].contains("Cite as"), "{en}");
    let dir = tempfile::tempdir().expect("tempdir");
    let md = dir.path().join("memo.md");
    let (ok, said, _) = run(
        data.path(),
        &[
            "--lang",
            "mn",
            "notes",
            "--out",
            md.to_str().expect("a path"),
        ],
    );
    assert!(ok, "{said}");
    let md = std::fs::read_to_string(&md).expect("written");
    in_order(
        &md,
        &[
            "## А парк",
            "Паркийн менежер.",
            &format!("*Ишлэл:* {park_mn}\n"),
            "## Кластер",
        ],
    );
    let html = dir.path().join("memo.html");
    let (ok, said, _) = run(
        data.path(),
        &["notes", "--out", html.to_str().expect("a path")],
    );
    assert!(ok, "{said}");
    let html = std::fs::read_to_string(&html).expect("written");
    let cell = format!("<p class=\"note-cite\"><em>Cite as:</em> {park_en}</p></article>");
    assert!(html.contains(&cell), "{html}");
}

#[test]
fn out_writes_html_to_print_and_a_pdf_name_gets_the_html_beside_it() {
    let data = with_notes();
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = dir.path().join("notes.pdf");
    let (ok, said, _) = run(
        data.path(),
        &[
            "--lang",
            "mn",
            "notes",
            "--out",
            pdf.to_str().expect("a path"),
        ],
    );
    assert!(ok, "{said}");
    assert!(!pdf.exists(), "toli writes no PDF");
    let html = std::fs::read_to_string(dir.path().join("notes.html")).expect("notes.html");
    assert!(said.contains("toli PDF биш, HTML бичдэг"), "{said}");
    assert!(said.contains("--print-to-pdf="), "{said}");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"mn\">"),
        "{html}"
    );
    in_order(
        &html,
        &[
            "<h2>А парк</h2>",
            "<h2>Кластер</h2>",
            "<p>Кластер гэж юу вэ?\nХоёр дахь мөр.</p>",
        ],
    );
}

#[test]
fn no_notes_write_no_file_and_the_help_names_the_export() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("notes.md");
    let (ok, _, err) = run(
        data.path(),
        &["notes", "--out", file.to_str().expect("a path")],
    );
    assert!(ok);
    assert!(err.contains("No notes yet"), "{err}");
    assert!(!file.exists());
    let (ok, help, _) = run(data.path(), &["help", "notes"]);
    assert!(ok);
    assert!(help.contains("--full") && help.contains("--out"), "{help}");
    let (_, help, _) = run(data.path(), &["--lang", "mn", "help", "notes"]);
    assert!(help.contains("бүтнээр нь"), "{help}");
}
