//! A note whose save failed comes back in the next run of toli: the real binary in tmux, at
//! 80×24 in Mongolian, twice in one shell. The first run's save fails (the notes folder went
//! bad) and it quits naming the file that keeps the text; meanwhile the note is saved again
//! as another window would. The second run says in the status line that the note is back,
//! `E` marks it as not saved, `e` opens the kept text, and one Ctrl-S saves it merged with the
//! note saved since — neither text lost — and removes the kept copy.

use std::path::Path;

use crate::common::tmux::{CACHE, Tmux};

const OLD: &str = "Хуучин тэмдэглэл";
const TYPED: &str = " НЭМЭЛТ: эхний удаа";
const THEIRS: &str = "Өөр цонхны мөр";

/// The copies of the note on `cluster` kept in the test's temporary folder.
fn kept_copies(dir: &Path) -> Vec<String> {
    (std::fs::read_dir(dir.join("tmp")).expect("tmp").flatten())
        .filter_map(|d| std::fs::read_to_string(d.path().join("cluster.md")).ok())
        .collect()
}

#[test]
fn a_note_not_saved_comes_back_in_the_next_run_and_one_save_merges_it() {
    let Some(t) = Tmux::run(80, 24, |dir| {
        let notes = dir.join("data/notes");
        std::fs::create_dir_all(&notes).expect("notes folder");
        std::fs::create_dir_all(dir.join("tmp")).expect("tmp");
        std::fs::write(notes.join("cluster.md"), format!("{OLD}\n")).expect("a note");
        let d = dir.display();
        let toli = format!(
            "env VISUAL= EDITOR= TMPDIR={d}/tmp TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={d}/state \
             TOLI_DATA_DIR={d}/data {bin} --no-builtin --content {root}/tests/fixtures/content \
             --lang mn",
            bin = env!("CARGO_BIN_EXE_toli"),
            root = env!("CARGO_MANIFEST_DIR"),
        );
        // The second run waits for the test to put the folder right.
        format!(
            "cd {d}; {toli} 2>first.txt; echo FIRST-RUN-ENDED; \
             while [ ! -e go ]; do sleep 0.1; done; {toli}; sleep 60"
        )
    }) else {
        return;
    };
    let dir = t.dir().to_path_buf();
    t.wait_for("Төрлүүд");
    t.keys(&["l", "Enter"]);
    t.wait_for("· cluster");
    t.keys(&["e"]);
    t.wait_for("Ctrl-S");
    t.text(TYPED);
    t.wait_for("НЭМЭЛТ: эхний удаа");
    // The notes folder goes bad under the editor (a file in its place, whoever runs the
    // test): the save fails, and so does the one made as toli quits.
    std::fs::rename(dir.join("data/notes"), dir.join("notes.away")).expect("mv");
    std::fs::write(dir.join("data/notes"), "not a folder").expect("write");
    t.keys(&["C-s"]);
    t.wait_for("Тэмдэглэл хадгалагдсангүй");
    t.keys(&["q"]);
    t.wait_for("FIRST-RUN-ENDED");
    let stderr = std::fs::read_to_string(dir.join("first.txt")).expect("stderr");
    assert!(
        stderr.contains("файлд байна"),
        "the copy is named: {stderr}"
    );
    assert_eq!(kept_copies(&dir), [format!("{OLD}{TYPED}\n")]);

    // The folder put right, and the note saved again meanwhile, as another window would.
    std::fs::remove_file(dir.join("data/notes")).expect("rm");
    std::fs::rename(dir.join("notes.away"), dir.join("data/notes")).expect("mv back");
    let note = dir.join("data/notes/cluster.md");
    std::fs::write(&note, format!("{OLD}\n{THEIRS}\n")).expect("saved since");
    std::fs::write(dir.join("go"), "").expect("go");

    // The next run says the note is back, in plain words.
    let screen = t.wait_for("сэргээлээ");
    let said = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains(
            "Өмнө нь хадгалагдаагүй «Кластер» бичлэгийн тэмдэглэлийг сэргээлээ: e дарж \
             хадгалбал сүүлд хадгалсан тэмдэглэлтэй нэгтгэнэ"
        ),
        "{screen}"
    );
    // `E` lists it as not saved; Enter opens its entry, `e` the text kept.
    t.keys(&["E"]);
    t.wait_for("хадгалагдаагүй: Хуучин тэмдэглэл НЭМЭЛТ");
    t.keys(&["Enter"]);
    t.wait_gone("хадгалагдаагүй:");
    t.keys(&["e"]);
    let editor = t.wait_for("Ctrl-S");
    assert!(editor.contains("НЭМЭЛТ: эхний удаа"), "{editor}");
    // One save puts it in its place, merged with the note saved since.
    t.keys(&["C-s"]);
    t.wait_for("өөр цонхонд бас хадгалсан байна");
    let saved = std::fs::read_to_string(&note).expect("note");
    assert!(
        saved.contains(&format!("{OLD}{TYPED}")),
        "ours kept: {saved}"
    );
    assert!(saved.contains(THEIRS), "theirs kept: {saved}");
    assert!(
        kept_copies(&dir).is_empty(),
        "the kept copy goes once saved"
    );
    let folders = std::fs::read_dir(dir.join("tmp")).expect("tmp").count();
    assert_eq!(folders, 0, "its folder goes with it");
}
