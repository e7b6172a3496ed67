//! The facet panel: the active filters on top, then each facet with its values and counts;
//! selected values are ticked, values with no entries left are dimmed. Marks on the border say
//! when the list goes on above or below what is shown.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::layout::{centered, inner, list_offset};
use super::theme::Theme;
use super::{block, fit, paint, scroll_marks};
use crate::app::App;
use crate::app::facet_panel::{Row, label, rows};
use crate::app::keymap::{Ctx, first_key};
use crate::markdown::wrap::str_width;

/// The active filters as one line ("Country: Mongolia · Year: 2008"), or None.
pub fn active_filters(app: &App) -> Option<String> {
    if app.nav.filters.is_empty() {
        return None;
    }
    let parts: Vec<String> = app
        .nav
        .filters
        .selected
        .iter()
        .map(|(f, v)| format!("{}: {}", app.t(f.title_id()), label(app, *f, v)))
        .collect();
    Some(parts.join(" · "))
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, selected: usize, th: &Theme) {
    let r = centered(screen, 64, 40);
    frame.render_widget(Clear, r);
    paint(frame, r, th.base);
    let shown: usize = app.nav.lists.iter().map(Vec::len).sum();
    let title = format!(
        " {} ",
        app.tf("facets-title", &[("count", shown.to_string())])
    );
    let i = inner(r);
    if i.height == 0 {
        frame.render_widget(block(Line::from(title), true, th), r);
        return;
    }
    let head = match active_filters(app) {
        Some(a) => Line::from(vec![
            Span::styled(format!("{}: ", app.t("facets-active")), th.dim),
            Span::styled(fit(&a, (i.width as usize).saturating_sub(12)), th.notice),
        ]),
        None => Line::from(Span::styled(app.t("facets-none"), th.dim)),
    };
    frame.render_widget(Paragraph::new(head), Rect::new(i.x, i.y, i.width, 1));
    let body = Rect::new(i.x, i.y + 1, i.width, i.height.saturating_sub(1));
    let w = body.width as usize;
    let mut lines = Vec::new();
    let mut sel_line = 0;
    let mut n = 0;
    for row in rows(app) {
        match row {
            Row::Heading(f) => {
                if !lines.is_empty() {
                    lines.push(Line::from(""));
                }
                lines.push(Line::from(Span::styled(app.t(f.title_id()), th.heading)));
            }
            Row::Value {
                facet,
                value,
                count,
            } => {
                if n == selected {
                    sel_line = lines.len();
                }
                n += 1;
                let on = app.nav.filters.contains(facet, &value);
                let tick = if on { "[x] " } else { "[ ] " };
                let name = label(app, facet, &value);
                let count = count.to_string();
                let name = fit(&name, w.saturating_sub(6 + count.len()));
                let pad = w.saturating_sub(4 + str_width(&name) + count.len() + 1);
                let style = if count == "0" { th.dim } else { th.base };
                lines.push(Line::from(vec![
                    Span::styled(format!(" {tick}"), if on { th.key } else { th.dim }),
                    Span::styled(name, style),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(count, th.dim),
                ]));
            }
        }
    }
    let h = body.height as usize;
    let off = list_offset(sel_line, h);
    // Marks on the border say the list goes on above or below, and which keys show it.
    let mark = |id: &str, hints: [&str; 2]| {
        let keys: Vec<String> = (hints.iter())
            .filter_map(|h| first_key(Ctx::Facets, h))
            .collect();
        app.tf(id, &[("keys", keys.join(", "))])
    };
    let frame_block = scroll_marks(
        Line::from(title),
        r.width,
        (off > 0).then(|| mark("facets-more-above", ["hint-up", "hint-page-up"])),
        (off + h < lines.len()).then(|| mark("facets-more-below", ["hint-down", "hint-page-down"])),
        th,
    );
    frame.render_widget(frame_block, r);
    let visible: Vec<Line> = lines.into_iter().skip(off).take(h).collect();
    frame.render_widget(Paragraph::new(visible), body);
    if sel_line >= off && sel_line < off + h {
        paint(
            frame,
            Rect::new(body.x, body.y + (sel_line - off) as u16, body.width, 1),
            th.selected,
        );
    }
}
