//! A note being typed survives `kill -9` (a dead battery), which no signal handler sees: the
//! draft kept beside the notes once the keys stop is offered back at the next start, the
//! status line says so, and `e` opens it; the saved note is never written over by it. The
//! real binary in tmux, at 80×24 in Mongolian.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::note_tmux::{OLD, press_e_on_cluster, save_old_note, toli};
use crate::common::tmux::{Tmux, recorded};

const TYPED: &str = " KILL9 ҮЕД БИЧИЖ БАЙСАН";

/// Waits (at most 20 s) for the draft of the note on `cluster` to be kept; whether it was.
fn draft_kept(dir: &Path) -> bool {
    let path = dir.join("data/drafts/cluster.json");
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if std::fs::read_to_string(&path).is_ok_and(|d| d.contains("KILL9")) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn a_note_typed_when_toli_is_killed_is_offered_back_at_the_next_start() {
    let Some(t) = Tmux::run(80, 24, |dir| {
        save_old_note(dir);
        recorded(dir, &toli(dir, "VISUAL= EDITOR="))
    }) else {
        return;
    };
    press_e_on_cluster(&t);
    t.wait_for("Ctrl-S");
    t.keys(&["BSpace"]);
    t.text(TYPED);
    t.wait_for("KILL9 ҮЕД");
    assert!(draft_kept(t.dir()), "no draft kept:\n{}", t.capture());
    t.signal("-KILL");
    assert!(t.ended(), "toli still runs after kill -9");
    let note = std::fs::read_to_string(t.dir().join("data/notes/cluster.md")).expect("the note");
    assert_eq!(
        note,
        format!("{OLD}\n"),
        "the saved note is not written over"
    );

    t.open_window("again", &toli(t.dir(), "VISUAL= EDITOR="));
    let w = t.window("again");
    let screen = w.wait_for("Өмнө нь хадгалагдаагүй");
    assert!(screen.contains("e дарж"), "{screen}");
    w.keys(&["l", "Enter"]);
    w.wait_for("· cluster");
    w.keys(&["e"]);
    w.wait_for("Ctrl-S");
    let screen = w.wait_for("KILL9 ҮЕД БИЧИЖ БАЙСАН");
    assert!(screen.contains(OLD), "{screen}");
    // Saved: the note holds it and the draft is gone.
    w.keys(&["C-s"]);
    w.wait_for("Тэмдэглэл хадгалагдлаа");
    let note = std::fs::read_to_string(t.dir().join("data/notes/cluster.md")).expect("the note");
    assert_eq!(note, format!("{OLD}{TYPED}\n"));
    w.keys(&["q"]);
    let draft = t.dir().join("data/drafts/cluster.json");
    let start = Instant::now();
    while draft.exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!draft.exists(), "the draft stays after the save");
}
