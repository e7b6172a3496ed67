//! The built-in note editor: the entry's title, the text with a visible cursor, and how to save
//! or cancel. The view scrolls to keep the cursor in sight.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::App;
use crate::app::study::note_editor::NoteEditor;
use crate::inert::inert;
use crate::markdown::wrap::char_width;
use crate::ui::layout::{centered, inner, list_offset};
use crate::ui::theme::Theme;
use crate::ui::{block, fit, paint};

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, ed: &NoteEditor, th: &Theme) {
    let r = centered(screen, 80, 20);
    frame.render_widget(Clear, r);
    paint(frame, r, th.base);
    let entry = app.corpus.get(&ed.id).map_or(ed.id.clone(), |e| {
        e.title.show(app.settings.lang).to_string()
    });
    let title = format!(" {}: {} ", app.t("note-title"), inert(&entry));
    let title = fit(&title, r.width.saturating_sub(2) as usize);
    frame.render_widget(block(Line::from(title), true, th), r);
    let i = inner(r);
    let h = i.height.saturating_sub(1) as usize;
    let w = i.width as usize;
    let top = list_offset(ed.row, h);
    let mut lines = Vec::new();
    for (n, line) in ed.lines.iter().enumerate().skip(top).take(h) {
        // Scroll sideways so the cursor stays visible on its line.
        let left = if n == ed.row {
            (ed.col + 1).saturating_sub(w)
        } else {
            0
        };
        let mut spans = Vec::new();
        let mut used = 0;
        for (k, c) in line.iter().enumerate().skip(left) {
            let cw = char_width(*c).max(1);
            if used + cw > w {
                break;
            }
            used += cw;
            let shown = inert(&c.to_string()).into_owned();
            if n == ed.row && k == ed.col {
                spans.push(Span::styled(shown, th.selected));
            } else {
                spans.push(Span::raw(shown));
            }
        }
        if n == ed.row && ed.col >= line.len() && used < w {
            spans.push(Span::styled(" ", th.selected));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(i.x, i.y, i.width, h as u16),
    );
    if i.height > 0 {
        let help = Paragraph::new(fit(&app.t("note-help"), w)).style(th.dim);
        frame.render_widget(help, Rect::new(i.x, i.bottom() - 1, i.width, 1));
    }
}
