//! The tour's agenda over a presentation (`a`): the tour's title and summary, then every step
//! by number and title, the steps done dimmed and the current one marked — an opening slide,
//! and a "where are we" at any point of the talk.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::present::title_block;
use super::theme::Theme;
use crate::app::App;
use crate::inert::inert;
use crate::markdown::wrap::{str_width, wrap_words};
use crate::present::deck::Deck;

/// The agenda as lines `width` wide.
pub fn lines(app: &App, d: &Deck, th: &Theme, width: usize) -> Vec<Line<'static>> {
    let lang = app.settings.lang;
    let mut out = Vec::new();
    if let Some(t) = app.corpus.index_of(&d.tour) {
        let tour = app.corpus.entry(t);
        out.extend(title_block(app, tour, lang, th, width));
        for l in wrap_words(&inert(tour.summary.show(lang)), width, 0) {
            out.push(Line::from(Span::styled(l, th.dim)));
        }
        out.push(Line::from(""));
    }
    let number_width = d.steps.len().to_string().len();
    for (k, step) in d.steps.iter().enumerate() {
        let title = match step.entry {
            Some(i) if i < app.corpus.len() => {
                inert(app.corpus.entry(i).title.show(lang)).into_owned()
            }
            _ => step.id.clone(),
        };
        let mark = if k == d.step { "▸ " } else { "  " };
        let number = format!("{mark}{:>number_width$}. ", k + 1);
        let style = if k == d.step {
            th.heading.add_modifier(Modifier::BOLD)
        } else if k < d.step {
            th.dim
        } else {
            th.base
        };
        let indent = str_width(&number);
        let wrapped = wrap_words(&title, width.saturating_sub(indent).max(1), 0);
        for (n, l) in wrapped.into_iter().enumerate() {
            let lead = if n == 0 {
                number.clone()
            } else {
                " ".repeat(indent)
            };
            out.push(Line::from(vec![
                Span::styled(lead, style),
                Span::styled(l, style),
            ]));
        }
    }
    out
}
