//! The presentation's footer: the tour's title, a prompt or a hint on the left, the step counter
//! and the clock on the right, nothing of it cut (see [`footer`]).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::app::App;
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::present::deck::{Deck, clock_label};

/// The footer: the tour's title (or the jump prompt) on the left, "k / n · mm:ss" on the right.
/// Nothing in it is cut: the tour's title is shown whole or left out, and a prompt or hint too
/// long to stand beside the clock drops the clock first (the counter stays).
pub fn footer(app: &App, d: &Deck, th: &Theme, r: Rect) -> Line<'static> {
    let counter = format!("{} ", d.counter());
    let right = match d.clock_hidden {
        true => counter.clone(),
        false => format!(
            "{}   {} ",
            d.counter(),
            clock_label(
                &app.l10n,
                app.settings.lang,
                d.elapsed_secs(),
                d.paused_at.is_some()
            )
        ),
    };
    let total = d.steps.len().to_string();
    let said = match (&d.jump, &app.status.notice) {
        // A number the tour does not have, kept to be corrected: what was wrong, then the
        // prompt with it; where that does not fit beside the counter, in fewer words.
        (Some(j), _) if d.jump_wrong => {
            let wrong = app.tf(
                "present-no-such-step",
                &[("step", j.clone()), ("total", total.clone())],
            );
            let long = format!(" {wrong} · {}: {j}▏", app.t("present-jump-prompt"));
            match str_width(&long) + str_width(&counter) + 2 <= r.width as usize {
                true => Some(long),
                false => Some(format!(
                    " {}: {j}▏",
                    app.tf("present-jump-wrong", &[("total", total)])
                )),
            }
        }
        (Some(j), _) => Some(format!(
            " {}: {j}▏",
            app.tf("present-jump-range", &[("total", total)])
        )),
        (None, Some(n)) => Some(format!(" {}", inert(n))),
        (None, None) if d.answer.is_some() => Some(format!(
            " {}",
            app.tf(
                "present-answer-footer",
                &[("step", (d.step + 1).to_string())]
            )
        )),
        (None, None) if d.agenda => Some(format!(" {}", app.t("present-agenda-footer"))),
        (None, None) if d.aside.is_some() => {
            let (k, n) = d.aside_place(&app.corpus).unwrap_or((1, 1));
            Some(format!(
                " {}",
                app.tf(
                    "present-aside",
                    &[("shown", k.to_string()), ("total", n.to_string())]
                )
            ))
        }
        (None, None) => None,
    };
    // At least two spaces between the two sides.
    let width = r.width as usize;
    let fits = |left: &str, right: &str| str_width(left) + str_width(right) + 2 <= width;
    let (left, right) = match said {
        Some(left) if fits(&left, &right) => (left, right),
        Some(left) => {
            // The last resort on a very narrow screen: the prompt cut with "…".
            let room = width.saturating_sub(str_width(&counter) + 2);
            (super::fit(&left, room), counter.clone())
        }
        None => {
            // The tour's title; its id if a live reload took the tour away.
            let title = match app.corpus.index_of(&d.tour) {
                Some(i) => format!(
                    " {}",
                    inert(app.corpus.entry(i).title.show(app.settings.lang))
                ),
                None => format!(" {}", inert(&d.tour)),
            };
            let title = if fits(&title, &right) {
                title
            } else {
                String::new()
            };
            (title, right)
        }
    };
    let right = if fits("", &right) { right } else { counter };
    let gap = width.saturating_sub(str_width(&left) + str_width(&right));
    let left_style = if d.jump.is_some() || d.leaving {
        th.key
    } else if app.status.notice.is_some() {
        th.notice
    } else {
        th.dim
    };
    Line::from(vec![
        Span::styled(left, left_style),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, th.key),
    ])
}
