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

/// A note opened again from disk puts the cursor on a fresh line after it: what the reader
/// types next is a line of its own, not the end of the last sentence, and opening and
/// leaving without typing changes nothing.
#[test]
fn a_reopened_note_is_continued_on_a_new_line() {
    let mut ed = NoteEditor::on_disk("x", Some("Эхний санаа.\n".to_string()));
    assert!(!ed.changed());
    assert_eq!(ed.text(), "Эхний санаа.\n");
    typed(&mut ed, "Дараагийн санаа.");
    assert_eq!(ed.text(), "Эхний санаа.\nДараагийн санаа.\n");
    // A new note starts on its first line, with nothing before it.
    let mut new = NoteEditor::on_disk("x", None);
    typed(&mut new, "a");
    assert_eq!((new.text().as_str(), new.row), ("a\n", 0));
}

/// Undoing a long paste at a note's end brings the text above down to fill the view, its
/// last line at the bottom, instead of showing that line alone over empty rows.
#[test]
fn undo_of_a_long_paste_fills_the_view_again() {
    let note: String = (1..=33).map(|n| format!("line {n}\n")).collect();
    let mut ed = NoteEditor::new("x", &note);
    ed.scroll_into_view(40, 10);
    let pasted: String = (1..=30).map(|n| format!("pasted {n}\n")).collect();
    ed.paste(&pasted);
    ed.scroll_into_view(40, 10);
    assert!(ed.top.0 > 33, "the view follows the paste: {:?}", ed.top);
    assert!(ed.undo());
    ed.scroll_into_view(40, 10);
    assert_eq!(ed.text(), note);
    assert_eq!(ed.top, (23, 0), "lines 24 to 33 fill the ten rows");
    // A short note still starts at its top.
    let mut short = NoteEditor::new("x", "a\nb\n");
    short.top = (1, 0);
    assert_eq!(short.view_top(40, 10), (0, 0));
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

/// PgUp and PgDn move a screenful of rows less one, by screen row (a
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

/// A paste is one edit whose line breaks are CR, LF or CRLF (terminals send a
/// pasted line break as CR, and the lines ran together).
#[test]
fn a_pasted_cr_lf_or_crlf_is_one_line_break() {
    for sep in ["\r", "\n", "\r\n"] {
        let mut ed = NoteEditor::new("x", "");
        ed.paste(&format!("мөр 1{sep}мөр 2{sep}мөр 3"));
        assert_eq!(ed.text(), "мөр 1\nмөр 2\nмөр 3\n", "{sep:?}");
        assert_eq!((ed.row, ed.col), (2, 5), "{sep:?}");
    }
    // In the middle of a line, other control characters left out, tabs kept.
    let mut ed = NoteEditor::new("x", "ab");
    ed.left();
    ed.paste("1\r2\u{7}\t3");
    assert_eq!(ed.text(), "a1\n2\t3b\n");
    assert_eq!((ed.row, ed.col), (1, 3));
    assert!(ed.undo(), "a paste is one step");
    assert_eq!((ed.text(), ed.row, ed.col), ("ab\n".to_string(), 0, 1));
}

/// Delete takes the character after the cursor, and at a line's end joins the next line.
#[test]
fn delete_takes_the_character_after_the_cursor() {
    let mut ed = NoteEditor::new("x", "холбох. алдаатай үг\nдараа");
    ed.up(80);
    ed.line_end();
    for _ in 0..3 {
        ed.left();
    }
    ed.delete();
    assert_eq!(ed.text(), "холбох. алдаатайүг\nдараа\n");
    ed.line_end();
    ed.delete();
    assert_eq!(ed.text(), "холбох. алдаатайүгдараа\n");
    ed.note_end();
    ed.delete();
    assert_eq!(
        ed.text(),
        "холбох. алдаатайүгдараа\n",
        "nothing after the end"
    );
}

/// Ctrl-W and Alt-Backspace take the word before the cursor and the spaces after it, as in
/// the search box, within the line: at a line's start only the line break (the empty line a
/// reopened note continues on goes, the word above it stays), after spaces that open a line
/// only those spaces.
#[test]
fn delete_word_takes_the_word_before_the_cursor() {
    let mut ed = NoteEditor::on_disk("x", Some("холбох. алдаатай санхүүжилт\n".into()));
    assert_eq!(
        (ed.row, ed.col),
        (1, 0),
        "a reopened note continues on a new line"
    );
    ed.delete_word();
    assert_eq!(ed.text(), "холбох. алдаатай санхүүжилт\n");
    assert_eq!((ed.row, ed.col), (0, 27));
    ed.delete_word();
    assert_eq!(ed.text(), "холбох. алдаатай \n");
    ed.delete_word();
    assert_eq!(ed.text(), "холбох. \n");
    let mut ed = NoteEditor::new("x", "нэг хоёр\nгурав");
    ed.line_start();
    ed.delete_word();
    assert_eq!(
        (ed.text(), ed.row, ed.col),
        ("нэг хоёргурав\n".into(), 0, 8)
    );
    let mut ed = NoteEditor::new("x", "нэг хоёр\n   гурав");
    ed.line_start();
    ed.word_right();
    ed.word_left();
    assert_eq!((ed.row, ed.col), (1, 3));
    ed.delete_word();
    assert_eq!(
        (ed.text(), ed.row, ed.col),
        ("нэг хоёр\nгурав\n".into(), 1, 0)
    );
    ed.note_start();
    ed.delete_word();
    assert_eq!(ed.text(), "нэг хоёр\nгурав\n", "nothing before the start");
}

/// Ctrl-U and Ctrl-K take the line before and after the cursor; at the line's start or end
/// the line break.
#[test]
fn ctrl_u_and_ctrl_k_take_a_line_s_part() {
    let mut ed = NoteEditor::new("x", "one two\nthree four");
    ed.up(80);
    ed.line_start();
    for _ in 0..4 {
        ed.right();
    }
    ed.delete_to_line_end();
    assert_eq!(ed.text(), "one \nthree four\n");
    ed.delete_to_line_end();
    assert_eq!(ed.text(), "one three four\n");
    ed.delete_to_line_start();
    assert_eq!((ed.text(), ed.col), ("three four\n".into(), 0));
    ed.down(80);
    ed.line_start();
    assert_eq!(ed.row, 0, "one line left");
    let mut ed = NoteEditor::new("x", "a\nb");
    ed.line_start();
    ed.delete_to_line_start();
    assert_eq!(ed.text(), "ab\n");
}

/// Ctrl-← and Ctrl-→ (Alt-b, Alt-f) go by word, across lines (`X` went in at
/// the old place).
#[test]
fn word_keys_move_by_word() {
    let mut ed = NoteEditor::new("x", "холбох. алдаатай үг\nнэг");
    ed.up(80);
    ed.line_end();
    ed.word_left();
    ed.word_left();
    ed.insert('X');
    assert_eq!(ed.text(), "холбох. Xалдаатай үг\nнэг\n");
    ed.word_right();
    assert_eq!((ed.row, ed.col), (0, 17), "to the word's end");
    ed.word_right();
    assert_eq!((ed.row, ed.col), (0, 20));
    ed.word_right();
    assert_eq!((ed.row, ed.col), (1, 3), "on into the next line");
    ed.word_right();
    assert_eq!((ed.row, ed.col), (1, 3), "the note's end stays");
    ed.word_left();
    ed.word_left();
    assert_eq!((ed.row, ed.col), (0, 18));
    ed.note_start();
    ed.word_left();
    assert_eq!((ed.row, ed.col), (0, 0));
}

/// Ctrl-Z takes back whole edits, a typed run as one step and the cursor where it was; Ctrl-Y
/// makes them again; a new edit after an undo drops what could be redone.
#[test]
fn undo_takes_back_whole_edits_and_redo_makes_them_again() {
    let mut ed = NoteEditor::new("x", "kept\n");
    assert!(!ed.undo(), "nothing to undo yet");
    typed(&mut ed, " one two");
    ed.line_start();
    ed.delete_to_line_end();
    assert_eq!(ed.text(), "");
    assert!(ed.undo(), "the deleted line comes back");
    assert_eq!((ed.text(), ed.row, ed.col), ("kept one two\n".into(), 0, 0));
    assert!(ed.undo(), "the typed run as one step");
    assert_eq!((ed.text(), ed.row, ed.col), ("kept\n".into(), 0, 4));
    assert!(!ed.changed());
    assert!(!ed.undo());
    assert!(ed.redo());
    assert!(ed.redo());
    assert_eq!(ed.text(), "");
    assert!(!ed.redo(), "nothing more to redo");
    assert!(ed.undo());
    ed.insert('!');
    assert!(!ed.redo(), "a new edit drops the redo");
    assert_eq!(ed.text(), "!kept one two\n");
    // Backspace held down is one step; a move ends a typed run; Enter ends a line's run.
    let mut ed = NoteEditor::new("x", "");
    typed(&mut ed, "ab\ncd");
    ed.left();
    ed.insert('X');
    for _ in 0..3 {
        ed.backspace();
    }
    assert_eq!(ed.text(), "abd\n");
    ed.undo();
    assert_eq!(ed.text(), "ab\ncXd\n");
    ed.undo();
    assert_eq!(ed.text(), "ab\ncd\n");
    ed.undo();
    assert_eq!(
        (ed.text(), ed.lines.len()),
        ("ab\n".into(), 2),
        "the second line's run, its empty line kept in the editor"
    );
    ed.undo();
    assert_eq!(ed.text(), "", "the first line's, with its Enter");
    // Delete held down is one step too.
    let mut ed = NoteEditor::new("x", "abcd");
    ed.line_start();
    ed.delete();
    ed.delete();
    ed.undo();
    assert_eq!((ed.text(), ed.col), ("abcd\n".into(), 0));
}

/// Ctrl-Z with nothing to undo says so in the status line (it did nothing and
/// said nothing).
#[test]
fn undo_with_nothing_to_undo_says_so() {
    use crate::app::App;
    use crate::app::settings::ThemeName;
    use crate::corpus::Corpus;
    use crate::lang::Lang;
    let mut app = App::new(Corpus::default(), Lang::En, ThemeName::Dark, false);
    app.overlay = Some(Overlay::Note(NoteEditor::new("x", "kept\n")));
    action(&mut app, Action::Input('!'));
    action(&mut app, Action::Undo);
    assert_eq!(app.status.notice, None);
    action(&mut app, Action::Undo);
    assert_eq!(app.status.notice.as_deref(), Some("Nothing to undo"));
    match &app.overlay {
        Some(Overlay::Note(ed)) => assert_eq!(ed.text(), "kept\n"),
        other => panic!("the editor stays: {other:?}"),
    }
}

/// Any mix of edits and moves undone whole gives back the text opened, and redone whole the
/// text edited (fixed pseudo-random runs of keys).
#[test]
fn undoing_every_edit_gives_back_the_opened_text() {
    let opened = "нэг хоёр\n\nгурав дөрөв тав\nзургаа\n";
    for start in 0..50 {
        undo_a_run(opened, start);
    }
}

/// Runs 300 keys chosen from `seed` on `opened`, then undoes and redoes them all.
fn undo_a_run(opened: &str, start: u64) {
    let mut ed = NoteEditor::new("x", opened);
    let mut seed = start;
    for _ in 0..300 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        match (seed >> 33) % 16 {
            0 => ed.insert('ө'),
            1 => ed.insert(' '),
            2 => ed.newline(),
            3 => ed.backspace(),
            4 => ed.delete(),
            5 => ed.delete_word(),
            6 => ed.delete_to_line_start(),
            7 => ed.delete_to_line_end(),
            8 => ed.word_left(),
            9 => ed.word_right(),
            10 => ed.left(),
            11 => ed.right(),
            12 => ed.up(7),
            13 => ed.down(7),
            14 => ed.paste("а\r\nб\rв"),
            _ => ed.insert('x'),
        }
    }
    let edited = ed.text();
    let mut undone = 0;
    while ed.undo() {
        undone += 1;
    }
    assert!(
        (50..200).contains(&undone),
        "seed {start}: {undone} steps, fewer than are kept"
    );
    assert_eq!(ed.text(), opened);
    while ed.redo() {}
    assert_eq!(ed.text(), edited);
}
