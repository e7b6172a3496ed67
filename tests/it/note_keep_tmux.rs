//! A note being typed in the built-in editor is saved when the app is ended from outside:
//! its terminal closing (SIGHUP to a terminal gone, as when a window is
//! closed or SSH drops), and SIGTERM or SIGHUP sent to it; so is what an external editor has
//! saved in its copy of the note. An external editor that cannot be used says why in the
//! reader's words; what it wrote whose save failed opens in it again, and toli ending with it
//! still not saved names the file that holds it; Ctrl-C typed in it is its own. The real
//! binary in tmux, at 80×24 in Mongolian, on a note saved before; the terminal is given back
//! sane when it is still there.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common;
use crate::common::note_tmux::{OLD, kept_copies, press_e_on_cluster, save_old_note, toli};
use crate::common::tmux::{Tmux, recorded};
const TYPED: &str = " НЭМЭЛТ: терминал хаагдахад";

/// toli in Mongolian on the fixture corpus with the built-in editor, a note on `cluster`
/// saved before, its pid in `pid`; after it the shell records `stty -a` and waits.
fn start() -> Option<Tmux> {
    start_with(|_| "VISUAL= EDITOR=".into())
}

/// [`start`] with the editor variables `editor(folder)` for toli (`VISUAL= EDITOR=`: the
/// built-in editor).
fn start_with(editor: impl FnOnce(&Path) -> String) -> Option<Tmux> {
    start_in(editor, "")
}

/// [`start_with`], toli's stderr written to the file `stderr.txt` of the test's folder.
fn start_logged(editor: impl FnOnce(&Path) -> String) -> Option<Tmux> {
    start_in(editor, "2>stderr.txt")
}

/// [`start_with`], `redirect` after toli's arguments (run in the test's folder).
fn start_in(editor: impl FnOnce(&Path) -> String, redirect: &str) -> Option<Tmux> {
    Tmux::run(80, 24, |dir| {
        save_old_note(dir);
        recorded(dir, &format!("{} {redirect}", toli(dir, &editor(dir))))
    })
}

/// Opens the editor on `cluster` and types [`TYPED`] after the old text, unsaved: Backspace
/// first, from the fresh line the editor opens on, to continue the old text's line.
fn type_a_draft(t: &Tmux) {
    press_e_on_cluster(t);
    t.wait_for("Ctrl-S");
    t.keys(&["BSpace"]);
    t.text(TYPED);
    t.wait_for("НЭМЭЛТ: терминал хаагдахад");
}

/// Waits (at most 15 s) until the note holds the draft; its text.
fn wait_saved(dir: &Path) -> String {
    let path = dir.join("data/notes/cluster.md");
    let start = Instant::now();
    loop {
        let note = std::fs::read_to_string(&path).unwrap_or_default();
        if note.contains("НЭМЭЛТ") || start.elapsed() > Duration::from_secs(15) {
            return note;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The terminal closes under the editor: the draft is saved, and toli ends.
#[test]
fn a_draft_is_saved_when_the_terminal_closes() {
    let Some(t) = start() else { return };
    type_a_draft(&t);
    // Every pane's terminal goes: toli gets SIGHUP and reads nothing more.
    let _ = t.cmd(&["kill-server"]).status();
    assert_eq!(wait_saved(t.dir()), format!("{OLD}{TYPED}\n"));
    assert!(t.ended(), "toli still runs after its terminal closed");
}

/// SIGTERM or SIGHUP sent to toli while the terminal stays: the draft is saved, the terminal
/// is given back sane, and the shell is told, in the reader's language.
#[test]
fn a_draft_is_saved_on_sigterm_and_sighup() {
    for signal in ["-TERM", "-HUP"] {
        let Some(t) = start() else { return };
        type_a_draft(&t);
        t.signal(signal);
        assert_eq!(wait_saved(t.dir()), format!("{OLD}{TYPED}\n"), "{signal}");
        t.wait_for("«cluster» бичлэгийн тэмдэглэлийг toli хаагдахаас өмнө");
        t.assert_sane();
    }
}

/// toli ended while an external editor is open on the note: what the editor has saved in its
/// copy so far is saved as the note.
#[test]
fn what_an_external_editor_saved_is_kept_when_toli_is_ended() {
    let Some(t) = start_with(|dir| {
        // The editor saves a line in the copy it is given, says so, then stays open.
        let script = common::script(
            dir,
            "ed.sh",
            &format!(
                "for f; do :; done\nprintf '{TYPED}\\n' >> \"$f\"\necho SAVED-IN-EDITOR\nsleep 60\n"
            ),
        );
        // Ended from outside, toli leaves the editor's copy where it is: in the test's folder.
        let tmp = dir.join("tmp");
        std::fs::create_dir_all(&tmp).expect("tmp");
        format!(
            "VISUAL= EDITOR={} TMPDIR={}",
            script.display(),
            tmp.display()
        )
    }) else {
        return;
    };
    press_e_on_cluster(&t);
    t.wait_for("SAVED-IN-EDITOR");
    t.signal("-TERM");
    assert_eq!(wait_saved(t.dir()), format!("{OLD}\n{TYPED}\n"));
    assert!(t.ended(), "toli ended");
}

/// Opens the external editor on `cluster` with the editor variables `editor(folder)`; the
/// screen once it says `told`.
fn edit_told(editor: impl FnOnce(&Path) -> String, told: &str) -> Option<(Tmux, String)> {
    let t = start_with(editor)?;
    press_e_on_cluster(&t);
    let screen = t.wait_for(told);
    Some((t, screen))
}

/// An external editor that cannot be used says why in the reader's words, never the system's
/// ("Could not save: vi: No such file or directory (os error 2)"), and the note on disk stays
/// as it was: an editor that does not start is named; a temporary folder that takes no copy
/// is named; a copy the editor left as no text is kept, with what it holds.
#[test]
fn an_editor_that_cannot_be_used_is_told_in_plain_words() {
    let no_os_words = |screen: &str| {
        assert!(!screen.contains("os error"), "{screen}");
        assert!(!screen.contains("No such file"), "{screen}");
    };
    let Some((t, screen)) = edit_told(
        |_| "VISUAL= EDITOR=toli-no-such-editor".into(),
        "«toli-no-such-editor» засварлагчийг нээж чадсангүй",
    ) else {
        return;
    };
    no_os_words(&screen);
    let note = t.dir().join("data/notes/cluster.md");
    assert_eq!(
        std::fs::read_to_string(&note).expect("note"),
        format!("{OLD}\n")
    );

    let Some((t, screen)) = edit_told(
        |dir| {
            let ed = common::script(dir, "ed.sh", "echo EDITOR-RAN > \"$(dirname $0)/ran\"\n");
            let tmp = dir.join("no-such-folder");
            format!("VISUAL= EDITOR={} TMPDIR={}", ed.display(), tmp.display())
        },
        "Тэмдэглэл нээгдсэнгүй: түр хавтсанд хуулбар хийж чадсангүй",
    ) else {
        return;
    };
    no_os_words(&screen);
    assert!(!t.dir().join("ran").exists(), "the editor is not started");

    let Some((t, screen)) = edit_told(
        |dir| {
            let body = "for f; do :; done\nprintf '\\377\\376' > \"$f\"\n";
            let ed = common::script(dir, "ed.sh", body);
            let tmp = dir.join("tmp");
            std::fs::create_dir_all(&tmp).expect("tmp");
            format!("VISUAL= EDITOR={} TMPDIR={}", ed.display(), tmp.display())
        },
        "Тэмдэглэл хадгалагдсангүй: засварлагчийн хуулбарыг уншиж",
    ) else {
        return;
    };
    no_os_words(&screen);
    let note = t.dir().join("data/notes/cluster.md");
    assert_eq!(
        std::fs::read_to_string(&note).expect("note"),
        format!("{OLD}\n")
    );
    let kept: Vec<Vec<u8>> = std::fs::read_dir(t.dir().join("tmp"))
        .expect("tmp")
        .flatten()
        .filter_map(|d| std::fs::read(d.path().join("cluster.md")).ok())
        .collect();
    assert_eq!(kept, [b"\xff\xfe".to_vec()], "the copy is kept");
}

/// An editor that adds [`TYPED`] to its copy the first time, while the notes folder goes bad
/// under it (a file in its place, whoever runs the test: the save fails), and the next time
/// writes what it was given to `opened.txt`, changing nothing.
fn breaking_editor(dir: &Path) -> String {
    let body = format!(
        "for f; do :; done\nd=\"$(dirname \"$0\")\"\n\
         if [ -e \"$d/edited-once\" ]; then cp \"$f\" \"$d/opened.txt\"; exit 0; fi\n\
         touch \"$d/edited-once\"\nprintf '{TYPED}\\n' >> \"$f\"\n\
         mv \"$d/data/notes\" \"$d/notes.away\"\necho x > \"$d/data/notes\"\n"
    );
    let ed = common::script(dir, "ed.sh", &body);
    let tmp = dir.join("tmp");
    std::fs::create_dir_all(&tmp).expect("tmp");
    format!("VISUAL= EDITOR={} TMPDIR={}", ed.display(), tmp.display())
}

/// What an external editor saved, when saving it as the note fails (the notes folder went
/// bad), is not lost: the next `e` opens it — not the note on disk — and, the
/// folder put right, saves it; the copy that kept it then goes.
#[test]
fn an_external_edit_whose_save_failed_opens_again_on_the_next_e() {
    let Some(t) = start_with(breaking_editor) else {
        return;
    };
    press_e_on_cluster(&t);
    t.wait_for("Тэмдэглэл хадгалагдсангүй");
    assert_eq!(kept_copies(t.dir()), [format!("{OLD}\n{TYPED}\n")]);
    // The folder put right.
    std::fs::remove_file(t.dir().join("data/notes")).expect("rm");
    std::fs::rename(t.dir().join("notes.away"), t.dir().join("data/notes")).expect("mv back");
    t.keys(&["e"]);
    t.wait_for("Тэмдэглэл хадгалагдлаа");
    let opened = std::fs::read_to_string(t.dir().join("opened.txt")).expect("opened");
    assert_eq!(
        opened,
        format!("{OLD}\n{TYPED}\n"),
        "the editor got what was written"
    );
    let note = std::fs::read_to_string(t.dir().join("data/notes/cluster.md")).expect("note");
    assert_eq!(note, format!("{OLD}\n{TYPED}\n"));
    assert!(
        kept_copies(t.dir()).is_empty(),
        "the kept copy goes once saved"
    );
}

/// toli quits with that note still not saved: stderr says why, and names the file that holds
/// what was written.
#[test]
fn quitting_with_a_note_not_saved_names_the_file_that_holds_it() {
    let Some(t) = start_logged(breaking_editor) else {
        return;
    };
    press_e_on_cluster(&t);
    t.wait_for("Тэмдэглэл хадгалагдсангүй");
    t.keys(&["q"]);
    assert!(t.ended(), "toli quits");
    let stderr = std::fs::read_to_string(t.dir().join("stderr.txt")).expect("stderr");
    let copy = t.dir().join("tmp");
    let kept = (std::fs::read_dir(&copy).expect("tmp").flatten())
        .map(|d| d.path().join("cluster.md"))
        .find(|p| p.exists())
        .expect("the copy is kept");
    assert!(
        stderr.contains("toli: Тэмдэглэл хадгалагдсангүй"),
        "{stderr}"
    );
    let named = format!(
        "«cluster» бичлэгийн тэмдэглэлд таны бичсэн зүйл {} файлд байна.",
        kept.display()
    );
    assert!(stderr.contains(&named), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&kept).expect("kept"),
        format!("{OLD}\n{TYPED}\n")
    );
}

/// Ctrl-C typed in an external editor that reads the terminal in cooked mode (as `ed` does)
/// is the editor's: it gets the interrupt, and toli, which the terminal sends it to as well,
/// goes on — it saves what the editor wrote when it closes, and runs until it is quit.
#[test]
fn ctrl_c_in_a_cooked_mode_editor_is_the_editor_s_own() {
    let Some(t) = start_with(|dir| {
        // A line editor: says when it is interrupted, appends each line read until `done`.
        let body = "for f; do :; done\ntrap 'echo GOT-INTERRUPT' INT\necho EDITOR-READY\n\
                    while :; do if read line; then [ \"$line\" = done ] && break; \
                    printf '%s\\n' \"$line\" >> \"$f\"; fi; done\n";
        let ed = common::script(dir, "ed.sh", body);
        format!("VISUAL= EDITOR={}", ed.display())
    }) else {
        return;
    };
    press_e_on_cluster(&t);
    t.wait_for("EDITOR-READY");
    t.keys(&["C-c"]);
    t.wait_for("GOT-INTERRUPT");
    t.text("after-interrupt");
    t.keys(&["Enter"]);
    t.text("done");
    t.keys(&["Enter"]);
    t.wait_for("Тэмдэглэл хадгалагдлаа");
    let note = std::fs::read_to_string(t.dir().join("data/notes/cluster.md")).expect("note");
    assert_eq!(note, format!("{OLD}\nafter-interrupt\n"));
    assert!(t.running(), "toli still runs");
    // Its own Ctrl-C still ends it.
    t.keys(&["C-c"]);
    assert!(t.ended(), "toli quits on its own Ctrl-C");
}
