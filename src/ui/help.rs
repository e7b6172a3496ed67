//! The `?` help overlay: every key of the keymap by context, in the current language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::block;
use super::layout::{centered, inner};
use super::theme::Theme;
use crate::app::App;
use crate::app::keymap::{Ctx, hints};
use crate::markdown::wrap::str_width;

/// The help text as lines.
pub fn lines(app: &App, th: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for ctx in Ctx::ALL {
        let hs = hints(ctx);
        if !out.is_empty() {
            out.push(Line::from(""));
        }
        out.push(Line::from(Span::styled(app.t(ctx.title_id()), th.heading)));
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
pub fn section_start(ctx: Ctx) -> usize {
    let mut line = 0;
    for c in Ctx::ALL {
        if c == ctx {
            return line;
        }
        line += hints(c).len() + 2;
    }
    0
}

/// The number of help lines.
pub fn total_lines() -> usize {
    Ctx::ALL.iter().map(|c| hints(*c).len() + 2).sum::<usize>() - 1
}

/// The rows of help text visible on a screen of `size`.
pub fn page(size: (u16, u16)) -> usize {
    let r = centered(Rect::new(0, 0, size.0, size.1), 72, 40);
    (inner(r).height as usize).max(1)
}

/// The largest useful scroll on a screen of `size`.
pub fn max_scroll(size: (u16, u16)) -> usize {
    total_lines().saturating_sub(page(size))
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
    let i = inner(r);
    let scroll = scroll.min(all.len().saturating_sub(i.height as usize));
    let visible: Vec<Line> = all.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), i);
}
