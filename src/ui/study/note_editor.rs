//! The built-in note editor: the entry's title, the text with a visible cursor, and how to save
//! or cancel. Long lines wrap at words to the editor's width (display only, see
//! `app::study::soft_wrap`); the view scrolls to keep the cursor in sight.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::App;
use crate::app::study::note_editor::NoteEditor;
use crate::app::study::soft_wrap::{locate, row_starts, shown};
use crate::inert::inert;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{block, fit, paint};

/// The editor's box on `screen`.
fn area(screen: Rect) -> Rect {
    centered(screen, 80, 20)
}

/// Where the note's text is shown on `screen` (the row under it says how to save).
pub fn text_area(screen: Rect) -> Rect {
    let i = inner(area(screen));
    Rect::new(i.x, i.y, i.width, i.height.saturating_sub(1))
}

/// The screen rows of the note from the view's top: each row's text, and the cursor's place
/// in it (a char index into the row's characters, which may be its end) on the cursor's row.
fn screen_rows(ed: &NoteEditor, width: usize, height: usize) -> Vec<(Vec<char>, Option<usize>)> {
    let (line, row) = ed.view_top(width, height);
    let mut out = Vec::with_capacity(height);
    for (n, text) in ed.lines.iter().enumerate().skip(line) {
        let starts = row_starts(text, width);
        let cursor_row = (n == ed.row).then(|| locate(text, &starts, ed.col, width).0);
        let first = if n == line { row } else { 0 };
        for r in first..starts.len() {
            if out.len() == height {
                return out;
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
    out
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
    frame.render_widget(block(Line::from(title), true, th), r);
    let i = inner(r);
    let text = text_area(screen);
    let (w, h) = (text.width as usize, text.height as usize);
    let lines: Vec<Line> = (screen_rows(ed, w.max(1), h).into_iter())
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
    if i.height > 0 {
        let help = Paragraph::new(fit(&app.t("note-help"), i.width as usize)).style(th.dim);
        frame.render_widget(help, Rect::new(i.x, i.bottom() - 1, i.width, 1));
    }
}
