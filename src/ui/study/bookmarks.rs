//! The bookmarks view: each bookmarked entry's kind and title, newest last.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::App;
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{block, list::rows, paint};

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, selected: usize, th: &Theme) {
    let r = centered(screen, 80, 30);
    frame.render_widget(Clear, r);
    paint(frame, r, th.base);
    let title = format!(
        " {} ({}) ",
        app.t("bookmarks-title"),
        app.study.bookmarks.items.len()
    );
    frame.render_widget(block(Line::from(title), true, th), r);
    let i = inner(r);
    if app.study.bookmarks.items.is_empty() {
        let msg = Paragraph::new(app.t("bookmarks-empty"))
            .style(th.dim)
            .wrap(ratatui::widgets::Wrap { trim: true });
        frame.render_widget(msg, i);
        return;
    }
    let kind_of = |id: &str| {
        app.corpus.get(id).map_or("?".to_string(), |e| {
            app.t(&format!("kind-{}", e.kind.name()))
        })
    };
    let kind_w = app
        .study
        .bookmarks
        .items
        .iter()
        .map(|b| str_width(&kind_of(&b.id)))
        .max()
        .unwrap_or(0);
    let items: Vec<Line<'static>> = app
        .study
        .bookmarks
        .items
        .iter()
        .map(|b| {
            let kind = kind_of(&b.id);
            let pad = " ".repeat(kind_w.saturating_sub(str_width(&kind)) + 1);
            let title = match app.corpus.get(&b.id) {
                Some(e) => Span::raw(inert(e.title.show(app.settings.lang)).into_owned()),
                None => Span::styled(
                    format!("{} ({})", inert(&b.id), app.t("bookmarks-missing")),
                    th.dim,
                ),
            };
            let note = if app.study.notes.contains_key(&b.id) {
                Span::styled(format!("  ✎ {}", app.t("note-title")), th.dim)
            } else {
                Span::raw("")
            };
            Line::from(vec![Span::styled(kind + &pad, th.dim), title, note])
        })
        .collect();
    rows(frame, i, items, selected, true, th);
}
