//! A note whose save failed comes back in the next run of toli: the real binary in tmux, at
//! 80×24 in Mongolian, run again in one shell. The first run's save fails (the notes folder
//! went bad) and it quits naming the file that keeps the text. A later run says in the status
//! line that the note is back and `E` marks it as not saved; `e` opens the kept text, and one
//! Ctrl-S saves it — merged with the note saved since, neither text lost — and removes the
//! kept copy. A run that quits without `e` on it writes no note for the reader: the text stays
//! kept, stderr says where, `toli notes` lists it, and the run after brings it back again.

use std::path::Path;

use crate::common;
use crate::common::note_tmux::{OLD, kept_copies, press_e_on_cluster, save_old_note, toli};
use crate::common::tmux::Tmux;

const TYPED: &str = " НЭМЭЛТ: эхний удаа";
const THEIRS: &str = "Өөр цонхны мөр";

/// The shell line: toli's first run with the built-in editor on [`OLD`], its stderr in
/// `run-1.txt`; then `more` runs, the run N (from 2) once the test makes the file `go-N`, its
/// stderr in `run-N.txt`. Each run's end says `RUN-N-ENDED`.
fn runs(dir: &Path, more: usize) -> String {
    std::fs::create_dir_all(dir.join("tmp")).expect("tmp");
    save_old_note(dir);
    let d = dir.display();
    let toli = toli(dir, &format!("VISUAL= EDITOR= TMPDIR={d}/tmp"));
    let mut line = format!("cd {d}; {toli} 2>run-1.txt; echo RUN-1-ENDED");
    for n in 2..=more + 1 {
        line += &format!(
            "; while [ ! -e go-{n} ]; do sleep 0.1; done; {toli} 2>run-{n}.txt; echo RUN-{n}-ENDED"
        );
    }
    line + "; sleep 60"
}

/// The first run: [`TYPED`] is added to the note on `cluster`, whose folder goes bad under the
/// editor (a file in its place, whoever runs the test), so its save fails, and so does the one
/// made as toli quits; stderr names the copy that keeps the text. The folder is then put right.
fn first_run_fails_to_save(t: &Tmux) {
    let dir = t.dir();
    press_e_on_cluster(t);
    t.wait_for("Ctrl-S");
    // Backspace joins the fresh line the editor opens on to the old text's last line.
    t.keys(&["BSpace"]);
    t.text(TYPED);
    t.wait_for("НЭМЭЛТ: эхний удаа");
    std::fs::rename(dir.join("data/notes"), dir.join("notes.away")).expect("mv");
    std::fs::write(dir.join("data/notes"), "not a folder").expect("write");
    t.keys(&["C-s"]);
    t.wait_for("Тэмдэглэл хадгалагдсангүй");
    t.keys(&["q"]);
    t.wait_for("RUN-1-ENDED");
    let stderr = std::fs::read_to_string(dir.join("run-1.txt")).expect("stderr");
    assert!(
        stderr.contains("файлд байна"),
        "the copy is named: {stderr}"
    );
    assert_eq!(kept_copies(dir), [format!("{OLD}{TYPED}\n")]);
    std::fs::remove_file(dir.join("data/notes")).expect("rm");
    std::fs::rename(dir.join("notes.away"), dir.join("data/notes")).expect("mv back");
}

/// Lets the run `n` start.
fn go(t: &Tmux, n: usize) {
    std::fs::write(t.dir().join(format!("go-{n}")), "").expect("go");
}

#[test]
fn a_note_not_saved_comes_back_in_the_next_run_and_one_save_merges_it() {
    let Some(t) = Tmux::run(80, 24, |dir| runs(dir, 1)) else {
        return;
    };
    first_run_fails_to_save(&t);
    // The note saved again meanwhile, as another window would.
    let note = t.dir().join("data/notes/cluster.md");
    std::fs::write(&note, format!("{OLD}\n{THEIRS}\n")).expect("saved since");
    go(&t, 2);

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
        kept_copies(t.dir()).is_empty(),
        "the kept copy goes once saved"
    );
    let folders = std::fs::read_dir(t.dir().join("tmp")).expect("tmp").count();
    assert_eq!(folders, 0, "its folder goes with it");
}

/// A run that brings the note back and quits without `e` on it has not been asked to save
/// it: the note file stays as it was, the text stays kept (stderr says where, `toli notes`
/// lists it), and the next run brings it back again, where `e` and Ctrl-S save it.
#[test]
fn a_note_brought_back_and_never_opened_stays_kept_for_the_next_run() {
    let Some(t) = Tmux::run(80, 24, |dir| runs(dir, 2)) else {
        return;
    };
    first_run_fails_to_save(&t);
    go(&t, 2);
    let screen = t.wait_for("сэргээлээ");
    assert!(screen.contains("«Кластер»"), "{screen}");
    t.keys(&["q"]);
    t.wait_for("RUN-2-ENDED");
    let note = t.dir().join("data/notes/cluster.md");
    assert_eq!(
        std::fs::read_to_string(&note).expect("note"),
        format!("{OLD}\n"),
        "no note is written for the reader"
    );
    assert_eq!(kept_copies(t.dir()), [format!("{OLD}{TYPED}\n")]);
    let copy = (std::fs::read_dir(t.dir().join("tmp"))
        .expect("tmp")
        .flatten())
    .map(|d| d.path().join("cluster.md"))
    .find(|p| p.exists())
    .expect("the copy");
    let stderr = std::fs::read_to_string(t.dir().join("run-2.txt")).expect("stderr");
    let still = format!(
        "toli: Хадгалагдаагүй «cluster» бичлэгийн тэмдэглэл {} файлд хэвээр байна",
        copy.display()
    );
    assert!(stderr.contains(&still), "{stderr}");
    assert!(!stderr.contains("хадгаллаа"), "not saved: {stderr}");
    // `toli notes` lists it, marked not saved, with the file that holds it.
    let listed = common::toli_en()
        .env("TMPDIR", t.dir().join("tmp"))
        .env("TOLI_DATA_DIR", t.dir().join("data"))
        .args(["--no-builtin", "--content"])
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/content"
        ))
        .arg("notes")
        .output()
        .expect("toli notes");
    let out = String::from_utf8_lossy(&listed.stdout);
    let kept = format!("[not saved; kept in {}]", copy.display());
    assert!(out.contains(&kept), "{out}");

    // The run after brings it back again; `E` lists it, `e` there opens the text kept, and
    // one save puts it in its place.
    go(&t, 3);
    t.wait_for("сэргээлээ");
    t.keys(&["E"]);
    t.wait_for("хадгалагдаагүй: Хуучин тэмдэглэл НЭМЭЛТ");
    t.keys(&["e"]);
    let editor = t.wait_for("Ctrl-S");
    assert!(editor.contains("НЭМЭЛТ: эхний удаа"), "{editor}");
    t.keys(&["C-s"]);
    t.wait_for("Тэмдэглэл хадгалагдлаа");
    assert_eq!(
        std::fs::read_to_string(&note).expect("note"),
        format!("{OLD}{TYPED}\n")
    );
    assert!(kept_copies(t.dir()).is_empty(), "the copy goes once saved");
}
