//! The built-in note editor wraps long lines at word ends to its width (a
//! 150-character line showed only its tail), on ratatui's TestBackend: snapshots in both
//! languages at 80×24 and 120×40, the cursor on screen and moving by screen row, and the saved
//! text exactly what was typed (wrapping is display only).

use crate::common;

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use toli::app::state::Overlay;
use toli::app::study::attach_store;
use toli::app::{Action, App, update};
use toli::lang::Lang;
use toli::store::Store;

use common::{keys, loaded, screen, sized};

/// The walk's line: 150 characters of Mongolian.
pub const LONG_MN: &str = "Оюутнуудыг сургалтад ашиглаж, хоршоодын удирдлагатай уулзалт хийх \
     төлөвлөгөө гаргах ба кластерийн гишүүдийн хамтын ажиллагааг бэхжүүлэх арга хэмжээ авна";
const LONG_EN: &str = "Use the students in the training, plan a meeting with the cooperatives' \
     managers and take steps to strengthen the cooperation of the cluster's members";

fn app(lang: Lang, w: u16, h: u16, dir: &std::path::Path) -> App {
    let fx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let mut a = sized(loaded(vec![fx]), lang, w, h);
    a.study.editor = None;
    attach_store(&mut a, Store::at(dir.to_path_buf()));
    a
}

/// The editor open on `cluster` with `text` typed into it.
fn typed(a: &mut App, text: &str) {
    common::open(a, "cluster");
    update(a, Action::EditNote);
    assert!(matches!(a.overlay, Some(Overlay::Note(_))));
    for c in text.chars() {
        match c {
            '\n' => update(a, Action::NewLine),
            c => update(a, Action::Input(c)),
        };
    }
}

/// The editor's rows of text on screen: the lines between its box's side borders.
fn editor_rows(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    let rows: Vec<String> = (0..area.height)
        .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    let top = rows
        .iter()
        .position(|r| r.contains("╭") && (r.contains("note") || r.contains("тэмдэглэл")))
        .expect("the editor's box");
    let left = rows[top].chars().position(|c| c == '╭').expect("corner");
    let right = rows[top]
        .chars()
        .rev()
        .position(|c| c == '╮')
        .expect("corner");
    let right = rows[top].chars().count() - right - 1;
    (rows.iter().skip(top + 1))
        .take_while(|r| r.chars().nth(left).is_none_or(|c| c != '╰'))
        .map(|r| {
            let text: String = r.chars().skip(left + 1).take(right - left - 1).collect();
            text.trim_end().to_string()
        })
        .collect()
}

/// Where the cursor is drawn: the one cell in the selected style in the editor's text.
fn cursor_cell(a: &App, buf: &Buffer) -> (u16, u16) {
    let th = toli::ui::theme::theme(a.settings.theme, a.settings.no_color);
    let screen = toli::ui::overlay_screen(a, buf.area);
    let text = toli::ui::study::note_editor::text_area(a, screen);
    let cells: Vec<(u16, u16)> = (text.y..text.bottom())
        .flat_map(|y| (text.x..text.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].bg == th.selected.bg.unwrap_or_default())
        .collect();
    assert_eq!(cells.len(), 1, "one cursor cell: {cells:?}");
    cells[0]
}

#[test]
fn a_long_line_wraps_at_word_ends_in_both_languages_and_sizes() {
    for (lang, name, line) in [(Lang::Mn, "mn", LONG_MN), (Lang::En, "en", LONG_EN)] {
        for (w, h) in [(80, 24), (120, 40)] {
            let dir = tempfile::tempdir().expect("tempdir");
            let mut a = app(lang, w, h, dir.path());
            typed(&mut a, line);
            let term = screen(&a);
            let buf = term.backend().buffer();
            // The note's rows, above the rows naming the editor's keys.
            let area =
                toli::ui::study::note_editor::text_area(&a, toli::ui::overlay_screen(&a, buf.area));
            let rows = editor_rows(buf);
            let text: Vec<&str> = rows[..usize::from(area.height)]
                .iter()
                .map(|r| r.trim())
                .filter(|r| !r.is_empty())
                .collect();
            // Every word on screen, in order, none cut: the rows put together are the line.
            let joined = text.join(" ");
            assert_eq!(joined, line, "{name} {w}x{h}: {rows:#?}");
            insta::assert_snapshot!(format!("note_wrap_{name}_{w}x{h}"), term.backend());
        }
    }
}

/// The cursor shows after the last word typed, Up goes to the row above at the same column,
/// Down comes back, and what is saved is the line as typed.
#[test]
fn the_cursor_moves_by_screen_row_and_the_note_is_saved_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = app(Lang::Mn, 80, 24, dir.path());
    typed(&mut a, LONG_MN);
    let end = cursor_cell(&a, screen(&a).backend().buffer());
    keys(&mut a, &[Action::CursorUp]);
    let up = cursor_cell(&a, screen(&a).backend().buffer());
    assert_eq!((up.0, up.1 + 1), end, "one row up, the same column");
    keys(&mut a, &[Action::CursorUp, Action::CursorUp]);
    let top = cursor_cell(&a, screen(&a).backend().buffer());
    assert_eq!(
        top.1 + 1,
        up.1,
        "on the first row, which Up does not leave: {top:?}"
    );
    keys(&mut a, &[Action::CursorDown]);
    assert_eq!(cursor_cell(&a, screen(&a).backend().buffer()), up);
    keys(&mut a, &[Action::CursorDown]);
    assert_eq!(cursor_cell(&a, screen(&a).backend().buffer()), end);
    keys(&mut a, &[Action::CursorLineEnd, Action::SaveNote]);
    let saved = std::fs::read_to_string(dir.path().join("notes/cluster.md")).expect("saved");
    assert_eq!(
        saved,
        format!("{LONG_MN}\n"),
        "wrapping changes nothing saved"
    );
}

/// A note longer than the editor scrolls by screen rows, the cursor's row always on screen.
#[test]
fn a_note_taller_than_the_editor_keeps_the_cursor_in_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = app(Lang::En, 80, 24, dir.path());
    let text = format!("{LONG_EN}\n").repeat(6);
    typed(&mut a, &text);
    for _ in 0..40 {
        cursor_cell(&a, screen(&a).backend().buffer());
        keys(&mut a, &[Action::CursorUp]);
    }
    let Some(Overlay::Note(ed)) = &a.overlay else {
        panic!("the editor is open");
    };
    assert_eq!((ed.row, ed.col), (0, 0), "up at the note's first row");
    let rows = editor_rows(screen(&a).backend().buffer());
    assert!(rows[0].starts_with("Use the students"), "{rows:#?}");
}

/// A note longer than the editor says so on its border: `↓` with the keys
/// that show the rest at its top, `↑` at its end, both between; the marks name the keys of
/// the key table.
#[test]
fn a_long_note_marks_more_above_and_below() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = app(Lang::Mn, 80, 24, dir.path());
    let text: String = (1..=40).map(|n| format!("Мөр {n}: тэмдэглэл\n")).collect();
    typed(&mut a, text.trim_end());
    let border = |a: &App| {
        let rows = common::rows(a);
        let top = rows
            .iter()
            .position(|r| r.contains("тэмдэглэл: "))
            .expect("box");
        let bottom = (rows.iter().skip(top))
            .position(|r| r.contains('╰'))
            .expect("bottom")
            + top;
        (rows[top].clone(), rows[bottom].clone())
    };
    let (top, bottom) = border(&a);
    assert!(top.contains("↑ дээр нь бас бий: PgUp, Ctrl-Home"), "{top}");
    assert!(!bottom.contains('↓'), "at the end: {bottom}");
    keys(&mut a, &[Action::Top]);
    let (top, bottom) = border(&a);
    assert!(!top.contains('↑'), "at the start: {top}");
    assert!(bottom.contains("↓ үргэлжлэл: PgDn, Ctrl-End"), "{bottom}");
    keys(&mut a, &[Action::PageDown]);
    insta::assert_snapshot!("note_long_marks_mn_80x24", screen(&a).backend());
}
