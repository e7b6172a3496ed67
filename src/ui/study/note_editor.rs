//! The built-in note editor: the entry's title, the text with a visible cursor, and under it
//! its keys, named from the key table. Long lines wrap at words to the editor's width (display
//! only, see `app::study::soft_wrap`); the view scrolls to keep the cursor in sight, and marks
//! on the border say when the note goes on above or below it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::App;
use crate::app::keymap::{Ctx, first_key};
use crate::app::study::note_editor::NoteEditor;
use crate::app::study::soft_wrap::{locate, row_starts, shown};
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{fit, paint, scroll_marks};

/// The editor's box on `screen`.
fn area(screen: Rect) -> Rect {
    centered(screen, 80, 20)
}

/// The hints the editor's own key rows name, in order: saving and leaving first, the help
/// (F1: every key of the editor), then the editing keys a reader would not guess. The status line under the screen lists all the
/// editor's keys, as far as it has room.
const KEY_HINTS: [&str; 11] = [
    "hint-save-note",
    "hint-cancel",
    "hint-help",
    "hint-undo",
    "hint-delete-word",
    "hint-delete-next",
    "hint-delete-to-line-start",
    "hint-delete-to-line-end",
    "hint-redo",
    "hint-word-left",
    "hint-word-right",
];

/// Between two keys on a key row.
const SEP: &str = " · ";

/// The editor's key rows at `width` columns: each of [`KEY_HINTS`] as its first key in the
/// table and what it does, put on the first row with room for it whole; at most `rows` rows,
/// so that a hint with room on none is left out.
fn key_rows(app: &App, width: usize, rows: usize) -> Vec<Vec<(String, String)>> {
    let mut out: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    for hint in KEY_HINTS {
        let Some(key) = first_key(Ctx::NoteEditor, hint) else {
            continue;
        };
        let text = app.t(hint);
        let w = str_width(&key) + 1 + str_width(&text);
        let sep = str_width(SEP);
        match out.iter().position(|(used, _)| used + sep + w <= width) {
            Some(n) => {
                out[n].0 += sep + w;
                out[n].1.push((key, text));
            }
            None if out.len() < rows && w <= width => out.push((w, vec![(key, text)])),
            None => {}
        }
    }
    out.into_iter().map(|(_, row)| row).collect()
}

/// The most key rows in a box `inner_height` rows high inside: a quarter of it, one to three.
fn max_key_rows(inner_height: u16) -> usize {
    usize::from(inner_height / 4).clamp(1, 3)
}

/// Where the note's text is shown on `screen` (the rows under it name the editor's keys).
pub fn text_area(app: &App, screen: Rect) -> Rect {
    let i = inner(area(screen));
    let keys = key_rows(app, usize::from(i.width), max_key_rows(i.height)).len();
    let keys = u16::try_from(keys).unwrap_or(u16::MAX);
    Rect::new(i.x, i.y, i.width, i.height.saturating_sub(keys))
}

/// A screen row of the note: its text, and the cursor's place in it (a char index into the
/// row's characters, which may be its end) on the cursor's row.
type ScreenRow = (Vec<char>, Option<usize>);

/// The screen rows of the note from the view's top, and whether the note goes on below them.
fn screen_rows(ed: &NoteEditor, width: usize, height: usize) -> (Vec<ScreenRow>, bool) {
    let (line, row) = ed.view_top(width, height);
    let mut out = Vec::with_capacity(height);
    for (n, text) in ed.lines.iter().enumerate().skip(line) {
        let starts = row_starts(text, width);
        let cursor_row = (n == ed.row).then(|| locate(text, &starts, ed.col, width).0);
        let first = if n == line { row } else { 0 };
        for r in first..starts.len() {
            if out.len() == height {
                return (out, true);
            }
            let start = starts[r];
            let end = starts.get(r + 1).copied().unwrap_or(text.len());
            let cursor = (cursor_row == Some(r)).then(|| {
                // A hanging space's cursor shows at the start of the next row.
                ed.col.clamp(start, end) - start
            });
            out.push((text[start..end].to_vec(), cursor));
        }
    }
    (out, false)
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, ed: &NoteEditor, th: &Theme) {
    let r = area(screen);
    frame.render_widget(Clear, r);
    paint(frame, r, th.base);
    let entry = app.corpus.get(&ed.id).map_or(ed.id.clone(), |e| {
        e.title.show(app.settings.lang).to_string()
    });
    let title = format!(" {}: {} ", app.t("note-title"), inert(&entry));
    let title = fit(&title, r.width.saturating_sub(2) as usize);
    let i = inner(r);
    let text = text_area(app, screen);
    let (w, h) = (text.width as usize, text.height as usize);
    let (rows, below) = screen_rows(ed, w.max(1), h);
    // Marks on the border say the note goes on above or below, and which keys show it.
    let mark = |id: &str, hints: [&str; 2]| {
        let keys: Vec<String> = (hints.iter())
            .filter_map(|h| first_key(Ctx::NoteEditor, h))
            .collect();
        app.tf(id, &[("keys", keys.join(", "))])
    };
    let above = ed.view_top(w.max(1), h) > (0, 0);
    let frame_block = scroll_marks(
        Line::from(title),
        r.width,
        above.then(|| mark("note-more-above", ["hint-page-up", "hint-note-start"])),
        below.then(|| mark("note-more-below", ["hint-page-down", "hint-note-end"])),
        th,
    );
    frame.render_widget(frame_block, r);
    let lines: Vec<Line> = (rows.into_iter())
        .map(|(chars, cursor)| {
            let run = |cs: &[char]| cs.iter().map(|&c| shown(c)).collect::<String>();
            match cursor {
                None => Line::from(run(&chars)),
                Some(at) => {
                    let (before, rest) = chars.split_at(at.min(chars.len()));
                    // At the line's end the cursor is a blank cell after the text.
                    let (under, after) = match rest.split_first() {
                        Some((&c, after)) => (shown(c).into_owned(), run(after)),
                        None => (" ".to_string(), String::new()),
                    };
                    Line::from(vec![
                        Span::raw(run(before)),
                        Span::styled(under, th.selected),
                        Span::raw(after),
                    ])
                }
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), text);
    let keys: Vec<Line> = key_rows(app, i.width as usize, max_key_rows(i.height))
        .into_iter()
        .map(|row| {
            let mut spans = Vec::new();
            for (n, (key, what)) in row.into_iter().enumerate() {
                if n > 0 {
                    spans.push(Span::styled(SEP, th.dim));
                }
                spans.push(Span::styled(key, th.key));
                spans.push(Span::styled(format!(" {what}"), th.dim));
            }
            Line::from(spans)
        })
        .collect();
    let keys_area = Rect::new(i.x, text.bottom(), i.width, i.bottom() - text.bottom());
    frame.render_widget(Paragraph::new(keys), keys_area);
}
