//! The search overlay's preview of the selected result, as fzf and television show one: the
//! entry's title and kind, its summary, its key facts and the snippet that matched, with the
//! matched characters highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::corpus::facts::facts;
use crate::inert::inert;
use crate::search::Hit;
use crate::search::highlight::plain;

/// Key facts shown at most; the entry view has the rest.
const MAX_FACTS: usize = 4;

/// `text` with the characters at `marks` in the highlight style.
fn marked(text: &str, marks: &[usize], th: &Theme) -> Vec<Span<'static>> {
    text.chars()
        .enumerate()
        .map(|(n, c)| {
            let style = if marks.contains(&n) {
                th.highlight
            } else {
                th.base
            };
            Span::styled(c.to_string(), style)
        })
        .collect()
}

/// The preview's lines for `hit`, in the app's language.
pub fn lines(app: &App, hit: &Hit, th: &Theme) -> Vec<Line<'static>> {
    let e = app.corpus.entry(hit.entry);
    let kind = app.t(&format!("kind-{}", e.kind.name()));
    let title = inert(e.title.show(app.settings.lang)).into_owned();
    let mut out = vec![Line::from(vec![
        Span::styled(title, th.title.add_modifier(Modifier::BOLD)),
        Span::styled(format!("  {kind} · {}", inert(&e.id)), th.dim),
    ])];
    let summary = plain(e.summary.show(app.settings.lang));
    if !summary.trim().is_empty() {
        out.push(Line::from(Span::styled(
            inert(summary.trim()).into_owned(),
            th.base,
        )));
    }
    let facts = facts(&app.corpus, hit.entry, app.settings.lang);
    for f in facts.iter().take(MAX_FACTS) {
        out.push(Line::from(vec![
            Span::styled(format!("{}: ", app.t(f.label)), th.dim),
            Span::styled(inert(&f.value).into_owned(), th.base),
        ]));
    }
    let snippet = inert(&hit.snippet).replace('\n', " ");
    if !snippet.trim().is_empty() {
        let mut spans = vec![Span::styled(
            format!("{}: ", app.t("search-matched")),
            th.dim,
        )];
        spans.extend(marked(&snippet, &hit.snippet_highlights, th));
        out.push(Line::from(spans));
    }
    out
}

/// Draws the preview of `hit` in `r`, wrapped to its width (what does not fit is cut).
pub fn draw(frame: &mut Frame, r: Rect, app: &App, hit: &Hit, th: &Theme) {
    let para = Paragraph::new(lines(app, hit, th))
        .style(th.base)
        .wrap(Wrap { trim: false });
    frame.render_widget(para, r);
}
