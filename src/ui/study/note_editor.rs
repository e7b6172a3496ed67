//! The built-in note editor: the entry's title, the text with a visible cursor, and how to save
//! or cancel. The text is drawn by the editor's `TextArea` widget, which wraps long lines and
//! scrolls to keep the cursor in sight; the cursor takes the theme's selection colours here.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use crate::app::App;
use crate::app::study::note_editor::NoteEditor;
use crate::inert::inert;
use crate::ui::layout::{centered, inner};
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
    let text = Rect::new(i.x, i.y, i.width, i.height.saturating_sub(1));
    let area = ed.widget();
    frame.render_widget(area, text);
    // The widget has scrolled while drawing: the cursor's cell is its place in the wrapped text
    // less the scroll.
    let cursor = area.screen_cursor();
    let (top, left) = area.scroll_offset();
    let at = (cursor.row.checked_sub(top.into()))
        .zip(cursor.col.checked_sub(left.into()))
        .and_then(|(y, x)| {
            Some(Position::new(
                text.x + u16::try_from(x).ok()?,
                text.y + u16::try_from(y).ok()?,
            ))
        });
    if let Some(at) = at
        && text.contains(at)
        && let Some(cell) = frame.buffer_mut().cell_mut(at)
    {
        cell.set_style(th.selected);
    }
    if i.height > 0 {
        let help = Paragraph::new(fit(&app.t("note-help"), i.width as usize)).style(th.dim);
        frame.render_widget(help, Rect::new(i.x, i.bottom() - 1, i.width, 1));
    }
}
