//! The search overlay (`/`, Ctrl-K): the query, then live results with the kind and the title's
//! matched characters highlighted, and a snippet.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::layout::{centered, inner, list_offset};
use super::theme::Theme;
use super::{block, list::rows};
use crate::app::App;
use crate::app::state::Search;
use crate::inert::inert;
use crate::markdown::wrap::str_width;

/// The overlay's rectangle on `screen`.
pub fn area(screen: Rect) -> Rect {
    centered(screen, 100, 24)
}

/// Where the results are listed.
pub fn results_area(screen: Rect) -> Rect {
    let i = inner(area(screen));
    Rect::new(
        i.x,
        i.y + 2.min(i.height),
        i.width,
        i.height.saturating_sub(2),
    )
}

/// The hit on screen row `row` of the results.
pub fn hit_at(s: &Search, results: Rect, row: u16) -> Option<usize> {
    let off = list_offset(s.selected, results.height as usize);
    let i = off + row.checked_sub(results.y)? as usize;
    (i < s.hits.len()).then_some(i)
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, s: &Search, th: &Theme) {
    let r = area(screen);
    frame.render_widget(Clear, r);
    super::paint(frame, r, th.base);
    frame.render_widget(
        block(Line::from(format!(" {} ", app.t("tui-search"))), true, th),
        r,
    );
    let i = inner(r);
    let input = Line::from(vec![
        Span::styled("> ", th.key),
        Span::raw(inert(&s.query).into_owned()),
        Span::styled("▏", th.key),
    ]);
    frame.render_widget(
        Paragraph::new(input),
        Rect::new(i.x, i.y, i.width, i.height.min(1)),
    );
    let res = results_area(screen);
    if s.hits.is_empty() {
        let msg = if s.query.trim().is_empty() {
            app.t("tui-search-prompt")
        } else if app.searching() {
            app.t("tui-searching")
        } else {
            app.tf("cli-no-results", &[("query", s.query.clone())])
        };
        frame.render_widget(Paragraph::new(inert(&msg).into_owned()).style(th.dim), res);
        return;
    }
    let kind_w = s
        .hits
        .iter()
        .map(|h| str_width(&app.t(&format!("kind-{}", app.corpus.entry(h.entry).kind.name()))))
        .max()
        .unwrap_or(0);
    let items: Vec<Line<'static>> = s
        .hits
        .iter()
        .map(|h| {
            let e = app.corpus.entry(h.entry);
            let kind = app.t(&format!("kind-{}", e.kind.name()));
            let pad = kind_w.saturating_sub(str_width(&kind));
            let mut spans = vec![Span::styled(format!("{kind}{} ", " ".repeat(pad)), th.dim)];
            let title = e.title.show(app.lang);
            let marks = h
                .title_highlights
                .get(app.lang)
                .cloned()
                .unwrap_or_default();
            for (n, c) in inert(title).chars().enumerate() {
                let style = if marks.contains(&n) {
                    th.highlight
                } else {
                    th.base
                };
                spans.push(Span::styled(c.to_string(), style));
            }
            let snippet = inert(&h.snippet).replace('\n', " ");
            spans.push(Span::styled(format!("  {}", snippet.trim()), th.dim));
            Line::from(spans)
        })
        .collect();
    rows(frame, res, items, s.selected, true, th);
}
