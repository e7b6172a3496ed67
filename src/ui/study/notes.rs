//! The notes list (`E`): each noted entry's kind, title and the note's first line.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::App;
use crate::app::study::notes::first_line;
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{block, list::rows, paint};

pub fn draw(
    frame: &mut Frame,
    screen: ratatui::layout::Rect,
    app: &App,
    selected: usize,
    th: &Theme,
) {
    let r = centered(screen, 100, 30);
    frame.render_widget(Clear, r);
    paint(frame, r, th.base);
    let title = format!(" {} ({}) ", app.t("notes-title"), app.study.notes.len());
    frame.render_widget(block(Line::from(title), true, th), r);
    let i = inner(r);
    if app.study.notes.is_empty() {
        let msg = Paragraph::new(app.t("notes-empty"))
            .style(th.dim)
            .wrap(Wrap { trim: true });
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
        .notes
        .keys()
        .map(|id| str_width(&kind_of(id)))
        .max()
        .unwrap_or(0);
    let items: Vec<Line<'static>> = app
        .study
        .notes
        .iter()
        .map(|(id, note)| {
            let kind = kind_of(id);
            let pad = " ".repeat(kind_w.saturating_sub(str_width(&kind)) + 1);
            let title = match app.corpus.get(id) {
                Some(e) => Span::raw(inert(e.title.show(app.settings.lang)).into_owned()),
                None => Span::styled(
                    format!("{} ({})", inert(id), app.t("notes-missing")),
                    th.dim,
                ),
            };
            let first = Span::styled(format!("  ✎ {}", inert(first_line(note))), th.dim);
            Line::from(vec![Span::styled(kind + &pad, th.dim), title, first])
        })
        .collect();
    rows(frame, i, items, selected, true, th);
}
