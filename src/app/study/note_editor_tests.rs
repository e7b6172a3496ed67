//! The built-in note editor's tests: typing, moving by character, screen row and page, the
//! view following the cursor, and leaving over unsaved text.

use super::*;

fn typed(ed: &mut NoteEditor, s: &str) {
    for c in s.chars() {
        if c == '\n' {
            ed.newline();
        } else {
            ed.insert(c);
        }
    }
}

#[test]
fn typing_newlines_and_backspace() {
    let mut ed = NoteEditor::new("x", "");
    typed(&mut ed, "Асуух\nPorter");
    assert_eq!(ed.text(), "Асуух\nPorter\n");
    for _ in 0..7 {
        ed.backspace();
    }
    assert_eq!(ed.text(), "Асуух\n");
    assert_eq!((ed.row, ed.col), (0, 5));
}

#[test]
fn arrows_move_within_the_text() {
    let mut ed = NoteEditor::new("x", "ab\nlonger line\n");
    assert_eq!((ed.row, ed.col), (1, 11));
    ed.up(80);
    assert_eq!((ed.row, ed.col), (0, 2));
    ed.right();
    assert_eq!((ed.row, ed.col), (1, 0));
    ed.left();
    ed.left();
    assert_eq!((ed.row, ed.col), (0, 1));
    ed.insert('X');
    ed.down(80);
    ed.newline();
    assert_eq!(ed.text(), "aXb\nlo\nnger line\n");
    ed.up(80);
    ed.up(80);
    ed.up(80);
    ed.left();
    ed.left();
    ed.left();
    ed.left();
    assert_eq!((ed.row, ed.col), (0, 0));
    ed.backspace();
    assert_eq!(ed.text(), "aXb\nlo\nnger line\n");
}

#[test]
fn a_saved_note_comes_back_as_it_was() {
    for text in [
        "",
        "one\n",
        "a\n\nb\n",
        "tab\there\n",
        "Монгол 漢字\n  indented\n",
    ] {
        assert_eq!(NoteEditor::new("x", text).text(), text, "{text:?}");
    }
    // Windows line ends are read as lines; the saved text has plain newlines.
    assert_eq!(NoteEditor::new("x", "a\r\nb\r\n").text(), "a\nb\n");
}

/// A long line shows over several screen rows (m13): Up and Down move a row at a time
/// within it, keeping their column, and on to the lines around it.
#[test]
fn up_and_down_move_by_screen_row() {
    // At 8 columns: "one two " / "three" / "four".
    let mut ed = NoteEditor::new("x", "one two three\nfour\n");
    assert_eq!((ed.row, ed.col), (1, 4));
    ed.up(8);
    assert_eq!((ed.row, ed.col), (0, 12), "the wrapped line's last row");
    ed.up(8);
    assert_eq!((ed.row, ed.col), (0, 4), "the row above, same column");
    ed.up(8);
    assert_eq!((ed.row, ed.col), (0, 4), "the first row stays");
    ed.down(8);
    ed.down(8);
    assert_eq!((ed.row, ed.col), (1, 4), "back to where it started");
    // A shorter row on the way does not lose the column.
    let mut ed = NoteEditor::new("x", "abcdefgh\nab\nabcdefgh\n");
    ed.up(80);
    ed.up(80);
    assert_eq!((ed.row, ed.col), (0, 8));
    ed.line_start();
    ed.right();
    ed.right();
    ed.right();
    ed.down(80);
    assert_eq!((ed.row, ed.col), (1, 2));
    ed.down(80);
    assert_eq!((ed.row, ed.col), (2, 3));
}

/// The view follows the cursor over wrapped rows: it scrolls only as far as it must, and
/// the cursor's row is always on screen.
#[test]
fn the_view_keeps_the_cursor_on_screen() {
    let long = "word ".repeat(40); // 10 full rows of 20 columns, and one for the cursor
    let text = format!("first\n{long}\nlast\n");
    let mut ed = NoteEditor::new("x", &text);
    ed.scroll_into_view(20, 5);
    // Cursor on "last": 1 + 11 + 1 rows, the last five shown.
    assert_eq!(ed.top, (1, 7));
    for _ in 0..3 {
        ed.up(20);
        ed.scroll_into_view(20, 5);
    }
    assert_eq!(ed.top, (1, 7), "moving within the screen does not scroll");
    for _ in 0..6 {
        ed.up(20);
        ed.scroll_into_view(20, 5);
    }
    assert_eq!((ed.row, ed.cursor_at(20).0), (1, 2));
    assert_eq!(ed.top, (1, 2), "scrolled up just as far as the cursor went");
    for _ in 0..3 {
        ed.up(20);
    }
    ed.scroll_into_view(20, 5);
    assert_eq!((ed.row, ed.top), (0, (0, 0)));
    // A view shorter than before (a resize) still shows the cursor.
    let mut ed = NoteEditor::new("x", &text);
    ed.scroll_into_view(20, 13);
    assert_eq!(ed.top, (0, 0));
    assert_eq!(ed.view_top(20, 3), (1, 9));
}

/// PgUp and PgDn move a screenful of rows less one, by screen row (walk 10, finding 6: a
/// long note had no way to its top), the view with them; Ctrl-Home and Ctrl-End go to the
/// note's first and last character.
#[test]
fn page_keys_and_the_note_s_ends() {
    // 30 lines of two rows each at 20 columns: 60 screen rows.
    let text: String = (0..30)
        .map(|n| format!("line {n:02} {}\n", "word ".repeat(3)))
        .collect();
    let (w, h) = (20, 10);
    let mut ed = NoteEditor::new("x", &text);
    ed.scroll_into_view(w, h);
    assert_eq!((ed.row, ed.top), (29, (25, 0)), "opened at the end");
    ed.page_up(w, h);
    ed.scroll_into_view(w, h);
    // Nine rows up: from line 29's second row to line 25's first; the view as far.
    assert_eq!((ed.row, ed.cursor_at(w).0), (25, 0));
    assert_eq!(ed.top, (20, 1));
    for _ in 0..10 {
        ed.page_up(w, h);
        ed.scroll_into_view(w, h);
    }
    assert_eq!((ed.row, ed.top), (0, (0, 0)), "PgUp stops at the top");
    ed.page_down(w, h);
    ed.scroll_into_view(w, h);
    assert_eq!((ed.row, ed.cursor_at(w).0, ed.top), (4, 1, (4, 1)));
    for _ in 0..10 {
        ed.page_down(w, h);
        ed.scroll_into_view(w, h);
    }
    assert_eq!(ed.row, 29, "PgDn stops at the end");
    assert_eq!(
        ed.top,
        (25, 0),
        "the last row at the view's bottom, no blank below"
    );
    ed.note_start();
    ed.scroll_into_view(w, h);
    assert_eq!((ed.row, ed.col, ed.top), (0, 0, (0, 0)));
    ed.insert('>');
    ed.note_end();
    ed.scroll_into_view(w, h);
    assert_eq!(
        (ed.row, ed.col),
        (29, text.lines().last().map_or(0, |l| l.chars().count()))
    );
    assert_eq!(ed.top, (25, 0));
    ed.insert('<');
    assert!(ed.text().starts_with(">line 00"), "{}", ed.text());
    assert!(ed.text().ends_with("word <\n"), "{}", ed.text());
    // A note shorter than the screen: the keys stay in it.
    let mut ed = NoteEditor::new("x", "one\ntwo\n");
    ed.page_up(w, h);
    assert_eq!((ed.row, ed.col, ed.top), (0, 3, (0, 0)));
    ed.page_down(w, h);
    assert_eq!((ed.row, ed.col, ed.top), (1, 3, (0, 0)));
}

#[test]
fn home_and_end_move_within_the_line() {
    let mut ed = NoteEditor::new("x", "first\nsecond line\n");
    ed.line_start();
    ed.insert('>');
    ed.line_end();
    ed.insert('!');
    assert_eq!(ed.text(), "first\n>second line!\n");
}

#[test]
fn leaving_over_unsaved_text_warns_once() {
    let mut ed = NoteEditor::new("x", "kept\n");
    assert!(!ed.hold_unsaved(), "nothing typed: Esc leaves at once");
    ed.insert('?');
    assert!(ed.hold_unsaved(), "the first Esc over changes warns");
    assert!(!ed.hold_unsaved(), "the second leaves");
    ed.warned = false;
    ed.backspace();
    assert!(!ed.hold_unsaved(), "typed and taken back is no change");
}

#[test]
fn an_empty_note_is_empty_text() {
    let mut ed = NoteEditor::new("x", "   ");
    assert_eq!(ed.text(), "");
    ed.insert('\u{1b}');
    assert_eq!(ed.text(), "");
}
