//! The problems window (`!`): how many errors and warnings the content has (or, with notes
//! alone, that it has no problems and notes to read), and which files did
//! not load (their entries missing until fixed), then each problem
//! whole (`path:line:col: error: …` with its advice), wrapped, and the `toli check` command that
//! lists them in a terminal. A live reload's status line names only the first problem and
//! this key; here it reads whole. Scrolls where the screen is too small (marks on the border).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::App;
use crate::inert::inert;
use crate::markdown::wrap::wrap_words;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{block, paint};

/// The window's widest.
const MAX_WIDTH: u16 = 100;

/// The window's rows, each with whether it is a heading, at `width` columns.
fn rows(app: &App, width: usize) -> Vec<(String, bool)> {
    let problems = &app.status.problems;
    let mut out = Vec::new();
    if problems.is_empty() {
        out.push((app.t("problems-none"), false));
    } else {
        let (errors, warnings) = crate::diagnostic::tally(problems);
        let count = if errors == 0 && warnings == 0 {
            // Only notes (an own entry replacing a shipped one): nothing to fix, but read them.
            app.tf(
                "problems-count-notes",
                &[("notes", problems.len().to_string())],
            )
        } else {
            app.tf(
                "problems-count",
                &[
                    ("errors", errors.to_string()),
                    ("warnings", warnings.to_string()),
                ],
            )
        };
        out.extend(wrap_words(&count, width, 0).into_iter().map(|l| (l, true)));
        let not_loaded = &app.status.not_loaded;
        if !not_loaded.is_empty() {
            let args = [
                ("files", not_loaded.len().to_string()),
                ("paths", inert(&not_loaded.join(", ")).into_owned()),
            ];
            let said = app.tf("problems-not-loaded", &args);
            out.extend(wrap_words(&said, width, 0).into_iter().map(|l| (l, true)));
        }
        for d in problems {
            out.push((String::new(), false));
            let text = inert(&d.render(&app.l10n, app.settings.lang)).into_owned();
            out.extend(wrap_words(&text, width, 2).into_iter().map(|l| (l, false)));
        }
    }
    out.push((String::new(), false));
    let check = app.tf(
        "problems-check",
        &[("command", inert(&app.check_command).into_owned())],
    );
    out.extend(wrap_words(&check, width, 2).into_iter().map(|l| (l, true)));
    out
}

/// The window's frame on `screen` and its rows.
fn parts(app: &App, screen: Rect) -> (Rect, Vec<(String, bool)>) {
    let width = usize::from(inner(centered(screen, MAX_WIDTH, 1)).width).max(1);
    let rows = rows(app, width);
    let wanted = u16::try_from(rows.len() + 2).unwrap_or(u16::MAX);
    (centered(screen, MAX_WIDTH, wanted), rows)
}

/// The rows shown at once on `screen`, and the largest useful scroll.
pub fn page_and_max(app: &App, screen: Rect) -> (usize, usize) {
    let (frame, rows) = parts(app, screen);
    let page = usize::from(inner(frame).height).max(1);
    (page, rows.len().saturating_sub(page))
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, scroll: usize, th: &Theme) {
    let (area, rows) = parts(app, screen);
    frame.render_widget(Clear, area);
    paint(frame, area, th.base);
    let page = usize::from(inner(area).height);
    let max = rows.len().saturating_sub(page);
    let scroll = scroll.min(max);
    let mut b = block(
        Line::from(format!(" {} ", app.t("problems-title"))),
        true,
        th,
    );
    if scroll < max {
        let more = Span::styled(format!(" {} ", app.t("cite-more-below")), th.key);
        b = b.title_bottom(Line::from(more).right_aligned());
    }
    if scroll > 0 {
        let more = Span::styled(format!(" {} ", app.t("cite-more-above")), th.key);
        b = b.title(Line::from(more).right_aligned());
    }
    frame.render_widget(b, area);
    let shown: Vec<Line> = rows
        .into_iter()
        .skip(scroll)
        .take(page)
        .map(|(text, heading)| match heading {
            true => Line::from(Span::styled(text, th.heading)),
            false => Line::from(text),
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inner(area));
}
