//! Text pasted into the built-in note editor keeps its lines: a terminal sends each line break
//! of a paste as a carriage return, which the editor dropped, running the lines together (user
//! walk, app15). The real binary in tmux at 80×24 in Mongolian, pasting with `paste-buffer`.

use crate::common::note_tmux::{OLD, press_e_on_cluster, save_old_note, toli};
use crate::common::tmux::Tmux;

#[test]
fn a_pasted_note_keeps_its_lines_and_tabs() {
    let Some(t) = Tmux::run(80, 24, |dir| {
        save_old_note(dir);
        format!("{}; sleep 60", toli(dir, "VISUAL= EDITOR="))
    }) else {
        return;
    };
    press_e_on_cluster(&t);
    t.wait_for("Ctrl-S");
    // At the end of the old note's line: a line break first, as the reader would paste.
    t.keys(&["End"]);
    // tmux sends each line break as the carriage return a terminal sends.
    let pasted = "\nНэгдүгээр мөр\nХоёрдугаар мөр\tтабтай\nГуравдугаар мөр";
    let ok = t.cmd(&["set-buffer", pasted]).status().expect("set-buffer");
    assert!(ok.success());
    let ok = (t.cmd(&["paste-buffer", "-p", "-t", "e2e"]).status()).expect("paste");
    assert!(ok.success());
    let screen = t.wait_for("Гуравдугаар мөр");
    assert!(
        !screen.contains("мөрХоёр"),
        "the lines ran together:\n{screen}"
    );
    t.keys(&["C-s"]);
    t.wait_for("Тэмдэглэл хадгалагдлаа");
    let note = std::fs::read_to_string(t.dir().join("data/notes/cluster.md")).expect("note");
    assert_eq!(
        note,
        format!("{OLD}\nНэгдүгээр мөр\nХоёрдугаар мөр    табтай\nГуравдугаар мөр\n")
    );
}
