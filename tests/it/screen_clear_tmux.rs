//! What another program (or a toli killed before it gave the terminal back) left on the
//! alternate screen is gone once toli starts, and Ctrl-L clears what is written over it while
//! it runs, over the panes and over the note editor alike: the real binary in tmux.

use crate::common::tmux::{Tmux, on_fixtures};

/// A line of leftovers, as a crashed program's screen holds them.
const LEFTOVER: &str =
    "GARBAGE-ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ";

/// A shell that switches to the alternate screen and fills it with [`LEFTOVER`] lines, then
/// runs toli in English on the fixture corpus there.
fn start_over_leftovers() -> Option<Tmux> {
    Tmux::run(80, 24, |dir| {
        format!(
            "printf '\\033[?1049h'; for i in $(seq 30); do echo {LEFTOVER}; done; {}; sleep 60",
            on_fixtures(dir, "VISUAL= EDITOR=", "--lang en")
        )
    })
}

/// Writes `text` to the pane's terminal from outside toli, as another program would.
fn scribble(t: &Tmux, text: &str) {
    let tty = t.format("#{pane_tty}");
    std::fs::write(&tty, text).expect("the pane's terminal takes the text");
}

#[test]
fn leftovers_on_the_alternate_screen_are_cleared_at_start() {
    let Some(t) = start_over_leftovers() else {
        return;
    };
    t.wait_for("Kinds");
    t.settle();
    let screen = t.capture();
    assert!(!screen.contains("ZZZZ"), "leftovers stayed:\n{screen}");
    assert!(!screen.contains("GARBAGE"), "leftovers stayed:\n{screen}");
}

#[test]
fn ctrl_l_repaints_the_whole_screen_in_the_panes_and_in_the_note_editor() {
    let Some(t) = start_over_leftovers() else {
        return;
    };
    t.wait_for("Kinds");
    t.settle();
    scribble(&t, "\x1b[12;30HSCRIBBLED-OVER-THE-PANES");
    t.wait_for("SCRIBBLED-OVER-THE-PANES");
    t.keys(&["C-l"]);
    t.wait_gone("SCRIBBLED-OVER-THE-PANES");
    let screen = t.wait_for("Kinds");
    assert!(
        screen.contains("Definition"),
        "the panes are drawn again:\n{screen}"
    );

    // Over the note editor, where letters are typed: Ctrl-L repaints and types nothing.
    t.keys(&["l", "Enter", "l", "e"]);
    t.wait_for("Ctrl-S");
    // A key that is no letter first: a letter at once after `e` would go on with a word.
    t.keys(&["BSpace"]);
    t.text("kept text");
    t.wait_for("kept text");
    scribble(&t, "\x1b[20;5HSCRIBBLED-OVER-THE-NOTE");
    t.wait_for("SCRIBBLED-OVER-THE-NOTE");
    t.keys(&["C-l"]);
    t.wait_gone("SCRIBBLED-OVER-THE-NOTE");
    let screen = t.wait_for("kept text");
    assert!(
        screen.contains("Ctrl-S"),
        "the editor is still open:\n{screen}"
    );
}
