//! The coach's evening in a real terminal (user walk 21, C-6 and C-7): a note typed in the
//! built-in editor, where Ctrl-W on the fresh line it opens on takes only the line break, the
//! notes window `E` listing the notes in Mongolian alphabetical order of their titles, and
//! `toli notes --out` in the shell writing them, whole and in the same order, to a file to hand
//! on. The real binary in tmux, 80×24, in Mongolian, on the fixture corpus.

use crate::common::in_order;
use crate::common::note_tmux::{press_e_on_cluster, save_old_note, toli};
use crate::common::tmux::{Tmux, on_fixtures};

/// Notes saved before the app starts, beside the one on `cluster`: by title «Итгэлцэл бий
/// болгох», «МТ Парк», «Өсөлт», «Үүсэл» (ө before ү in the alphabet, after it in code points).
const SAVED: [(&str, &str); 4] = [
    ("stage-emergence", "Үүслийн шатны тэмдэглэл"),
    ("stage-growth", "Өсөлтийн шатны тэмдэглэл"),
    ("it-park", "Паркийн тэмдэглэл"),
    ("rec-1", "Итгэлцлийн тэмдэглэл"),
];

#[test]
fn a_note_typed_in_the_app_is_listed_and_exported_in_mongolian_title_order() {
    let Some(t) = Tmux::run(80, 24, |dir| {
        save_old_note(dir);
        for (id, text) in SAVED {
            std::fs::write(dir.join(format!("data/notes/{id}.md")), format!("{text}\n"))
                .expect("a note");
        }
        format!("{}; sleep 60", toli(dir, "VISUAL= EDITOR="))
    }) else {
        return;
    };
    // The editor opens on a fresh line after the old note: a word, Enter, then Ctrl-W on the
    // new empty line takes only the line break, and what is typed next continues the word's
    // line.
    press_e_on_cluster(&t);
    t.wait_for("Ctrl-S");
    t.text("Санхүүжилт");
    t.keys(&["Enter", "C-w"]);
    t.text(" хоёр дахь санаа");
    t.wait_for("Санхүүжилт хоёр дахь санаа");
    t.keys(&["C-s"]);
    t.wait_for("Тэмдэглэл хадгалагдлаа");
    let note = std::fs::read_to_string(t.dir().join("data/notes/cluster.md")).expect("saved");
    assert_eq!(
        note, "Хуучин тэмдэглэл\nСанхүүжилт хоёр дахь санаа\n",
        "Ctrl-W at the line's start took only the line break"
    );
    // The notes window: the titles in Mongolian alphabetical order.
    t.keys(&["Escape"]);
    t.keys(&["E"]);
    let screen = t.wait_for("Миний тэмдэглэлүүд");
    // The window's rows, below its title (the entry pane's title above names «Кластер» too).
    let (_, list) = screen.split_once("Миний тэмдэглэлүүд").expect("the window");
    in_order(
        list,
        &[
            "Итгэлцэл бий болгох",
            "Кластер",
            "МТ Парк",
            "Өсөлт",
            "Үүсэл",
        ],
    );
    // Enter on the third row opens «МТ Парк».
    t.keys(&["Down", "Down", "Enter"]);
    t.wait_for("· it-park");
    // From the shell: the notes written to a Markdown file, in the same order, each whole.
    let dir = t.dir().to_path_buf();
    let out = dir.join("handed-on.md");
    let line = format!(
        "{} notes --out {}; sleep 60",
        on_fixtures(&dir, "", "--lang mn"),
        out.display()
    );
    t.open_window("shell", &line);
    t.window("shell").wait_for("5 тэмдэглэлийг");
    let md = std::fs::read_to_string(&out).expect("the notes' file");
    in_order(
        &md,
        &[
            "## Итгэлцэл бий болгох\n\n`rec-1` · сүүлд өөрчилсөн: ",
            "## Кластер\n",
            "Хуучин тэмдэглэл\nСанхүүжилт хоёр дахь санаа\n",
            "## МТ Парк\n",
            "## Өсөлт\n",
            "## Үүсэл\n",
        ],
    );
}
