//! The citation window (`y`): the citation just sent to the terminal's clipboard, wrapped whole,
//! so a reader whose terminal dropped it can read it or select it by hand.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::App;
use crate::inert::inert;
use crate::lang::Lang;
use crate::markdown::wrap::str_width;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{block, paint};

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, text: &str, th: &Theme) {
    let hint = if app.settings.mouse {
        "cite-window-hint-mouse"
    } else {
        "cite-window-hint"
    };
    let hint = app.t(hint);
    // As tall as the wrapped text: each line and a blank after it, then the hint, in borders
    // (one row to spare, as words wrap before the edge).
    let width = usize::from(screen.width.min(90).saturating_sub(2)).max(1);
    let rows = |l: &str| str_width(l).div_ceil(width).max(1);
    let height = text.lines().map(|l| rows(l) + 1).sum::<usize>() + rows(&hint) + 3;
    let r = centered(screen, 90, u16::try_from(height).unwrap_or(u16::MAX));
    frame.render_widget(Clear, r);
    paint(frame, r, th.base);
    let title = format!(" {} ", app.t("cite-title"));
    frame.render_widget(block(Line::from(title), true, th), r);
    // One line per language in `Lang::ALL` order: the reader's own language first.
    let mut own: Vec<&str> = text.lines().collect();
    if let Some(at) = Lang::ALL.iter().position(|l| *l == app.settings.lang)
        && at < own.len()
    {
        let line = own.remove(at);
        own.insert(0, line);
    }
    let mut lines: Vec<Line> = own
        .into_iter()
        .flat_map(|l| [Line::from(inert(l).into_owned()), Line::from("")])
        .collect();
    lines.push(Line::from(Span::styled(hint, th.dim)));
    let body = Paragraph::new(lines).wrap(Wrap { trim: false });
    frame.render_widget(body, inner(r));
}
