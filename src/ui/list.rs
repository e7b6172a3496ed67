//! The entry list pane: the titles of the selected kind's entries in the current language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout::{inner, list_offset};
use super::theme::Theme;
use super::{block, paint};
use crate::app::App;
use crate::app::state::Pane;
use crate::corpus::model::{Kind, KindFields};
use crate::inert::inert;

/// Draws `rows` inside `r` with row `selected` highlighted and kept visible.
pub fn rows(
    frame: &mut Frame,
    r: Rect,
    rows: Vec<Line<'static>>,
    selected: usize,
    focused: bool,
    th: &Theme,
) {
    let h = r.height as usize;
    let off = list_offset(selected, h);
    let visible: Vec<Line> = rows.into_iter().skip(off).take(h).collect();
    let n = visible.len();
    frame.render_widget(Paragraph::new(visible), r);
    if selected >= off && selected < off + n {
        let row = Rect::new(r.x, r.y + (selected - off) as u16, r.width, 1);
        let style = if focused {
            th.selected
        } else {
            th.selected_unfocused
        };
        paint(frame, row, style);
    }
}

pub fn draw(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    let kind = Kind::ALL[app.kind];
    let mut title = format!(
        " {} ({}) ",
        app.t(&format!("kinds-{}", kind.name())),
        app.list().len()
    );
    if !app.filters.is_empty() {
        title.push_str(&format!("⧩ {} ", app.t("facets-filtered")));
    }
    let focused = app.focus == Pane::List;
    frame.render_widget(block(Line::from(title), focused, th), r);
    let items: Vec<Line<'static>> = app
        .list()
        .iter()
        .map(|&i| {
            let e = app.corpus.entry(i);
            let mut spans = Vec::new();
            if app.bookmarks.contains(&e.id) {
                spans.push(Span::styled("✓ ", th.key));
            }
            if app.notes.contains_key(&e.id) {
                spans.push(Span::styled("✎ ", th.key));
            }
            if let KindFields::Stage { position, .. } = e.fields {
                spans.push(Span::styled(format!("{position}. "), th.dim));
            }
            let (title, fallback) = e.title.text(app.lang);
            spans.push(Span::raw(inert(title).into_owned()));
            if fallback {
                spans.push(Span::styled(" *", th.dim));
            }
            Line::from(spans)
        })
        .collect();
    if items.is_empty() {
        let msg = Paragraph::new(app.t("tui-empty-list")).style(th.dim);
        frame.render_widget(msg, inner(r));
        return;
    }
    rows(frame, inner(r), items, app.sel[app.kind], focused, th);
}
