//! The `?` help overlay: every key of the keymap by context, in the current language, under two
//! pinned lines on what typing letters in the panes does (Cyrillic searches, Latin letters are
//! commands). During a presentation it lists the presentation's keys only: the audience sees
//! it on the projector.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::block;
use super::layout::{centered, inner};
use super::theme::Theme;
use crate::app::App;
use crate::app::keymap::{Ctx, hints, hints_shown};
use crate::markdown::wrap::str_width;

/// The contexts the help lists: the presentation's own keys while one runs, every context else.
pub fn contexts(app: &App) -> &'static [Ctx] {
    if app.present.is_some() {
        &[Ctx::Presenting]
    } else {
        &Ctx::ALL
    }
}

/// Lines above each context's keys: its heading and a blank line before it, when the help lists
/// more than one context (a presentation's keys need no heading, and fit one screen without).
fn heading_lines(app: &App) -> usize {
    if contexts(app).len() > 1 { 2 } else { 0 }
}

/// What typing letters in the panes does, pinned above the keys (not during a presentation,
/// whose keys the help lists alone).
pub const TYPING: [&str; 3] = [
    "help-typing-cyrillic",
    "help-typing-latin",
    "help-typing-capitals",
];

/// The rows pinned above the scrolled keys: [`TYPING`] and a blank row.
fn intro_rows(app: &App) -> u16 {
    if app.present.is_some() {
        0
    } else {
        TYPING.len() as u16 + 1
    }
}

/// The help text as lines.
pub fn lines(app: &App, th: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let headed = heading_lines(app) > 0;
    for &ctx in contexts(app) {
        let hs = hints_shown(ctx, app.settings.lang);
        if headed {
            if !out.is_empty() {
                out.push(Line::from(""));
            }
            out.push(Line::from(Span::styled(app.t(ctx.title_id()), th.heading)));
        }
        let w = hs.iter().map(|(k, _)| str_width(k)).max().unwrap_or(0);
        for (keys, hint) in hs {
            let pad = " ".repeat(w - str_width(&keys) + 2);
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(keys, th.key),
                Span::raw(pad),
                Span::raw(app.t(hint)),
            ]));
        }
    }
    out
}

/// The line where `ctx`'s section starts (its heading).
pub fn section_start(app: &App, ctx: Ctx) -> usize {
    let mut line = 0;
    for &c in contexts(app) {
        if c == ctx {
            return line;
        }
        line += hints(c).len() + heading_lines(app);
    }
    0
}

/// The number of help lines.
pub fn total_lines(app: &App) -> usize {
    let headings = heading_lines(app);
    contexts(app)
        .iter()
        .map(|c| hints(*c).len() + headings)
        .sum::<usize>()
        .saturating_sub(headings.min(1))
}

/// Where the keys are drawn inside the help box `r`: below the pinned rows, when the box has
/// room for them and a few keys.
fn keys_area(app: &App, r: Rect) -> Rect {
    let i = inner(r);
    let pinned = intro_rows(app);
    if i.height < pinned + 4 {
        return i;
    }
    Rect::new(i.x, i.y + pinned, i.width, i.height - pinned)
}

/// The rows of keys visible on `app`'s screen.
pub fn page(app: &App) -> usize {
    let r = centered(Rect::new(0, 0, app.size.0, app.size.1), 72, 40);
    (keys_area(app, r).height as usize).max(1)
}

/// The largest useful scroll on `app`'s screen.
pub fn max_scroll(app: &App) -> usize {
    total_lines(app).saturating_sub(page(app))
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, scroll: usize, th: &Theme) {
    let r = centered(screen, 72, 40);
    frame.render_widget(Clear, r);
    super::paint(frame, r, th.base);
    frame.render_widget(
        block(Line::from(format!(" {} ", app.t("tui-help"))), true, th),
        r,
    );
    let all = lines(app, th);
    let i = keys_area(app, r);
    let pinned = inner(r);
    if i != pinned {
        let intro: Vec<Line> = TYPING
            .iter()
            .map(|id| Line::from(Span::styled(app.t(id), th.dim)))
            .collect();
        frame.render_widget(Paragraph::new(intro), pinned);
    }
    let scroll = scroll.min(all.len().saturating_sub(i.height as usize));
    let visible: Vec<Line> = all.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), i);
}
