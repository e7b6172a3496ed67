//! Text pasted into the built-in note editor keeps its line breaks: the real
//! binary in tmux, at 80×24 in Mongolian. `tmux paste-buffer -p` sends a bracketed paste with
//! each line break as CR, as xterm and VTE do; the note shows two lines and is saved as two.
//! Ctrl-Z and Ctrl-Y take the paste back and put it back.

use crate::common::note_tmux::{press_e_on_cluster, toli};
use crate::common::tmux::Tmux;

const FIRST: &str = "Хуулсан мөр 1: ноолуурын экспорт";
const SECOND: &str = "Хуулсан мөр 2: эх сурвалж";

#[test]
fn a_multi_line_paste_keeps_its_line_breaks() {
    let Some(t) = Tmux::run(80, 24, |dir| {
        format!("{}; sleep 60", toli(dir, "VISUAL= EDITOR="))
    }) else {
        return;
    };
    press_e_on_cluster(&t);
    t.wait_for("Ctrl-S");
    let ok = (t.cmd(&["set-buffer", &format!("{FIRST}\n{SECOND}")]))
        .status()
        .expect("set-buffer");
    assert!(ok.success());
    // Without -r tmux sends each line break as CR.
    let ok = (t.cmd(&["paste-buffer", "-p", "-t", "e2e"]))
        .status()
        .expect("paste");
    assert!(ok.success());
    let screen = t.wait_for(SECOND);
    let rows: Vec<&str> = screen.lines().collect();
    let first = rows.iter().position(|r| r.contains(FIRST)).expect("first");
    assert!(
        rows[first + 1].contains(SECOND) && !rows[first].contains(SECOND),
        "two lines on screen:\n{screen}"
    );
    // Ctrl-Z reaches the editor in a real terminal and takes the paste back whole; Ctrl-Y
    // puts it back.
    t.keys(&["C-z"]);
    t.wait_gone(FIRST);
    t.keys(&["C-y"]);
    t.wait_for(SECOND);
    t.keys(&["C-s"]);
    t.wait_for("Тэмдэглэл хадгалагдлаа");
    let note = t.dir().join("data/notes/cluster.md");
    let saved = std::fs::read_to_string(&note).expect("the note saved");
    assert_eq!(saved, format!("{FIRST}\n{SECOND}\n"));
}
