//! The find bar at the bottom of the entry view (Ctrl-F; n/N move between matches).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::App;
use crate::app::state::Find;
use crate::inert::inert;

pub fn draw(frame: &mut Frame, r: Rect, app: &App, f: &Find, count: usize, th: &Theme) {
    let cursor = if f.editing { "▏" } else { "" };
    let result = if f.query.is_empty() {
        String::new()
    } else if count == 0 {
        app.t("tui-find-none")
    } else {
        format!("{}/{}", f.current + 1, count)
    };
    let line = Line::from(vec![
        Span::styled(format!("{}: ", app.t("tui-find")), th.key),
        Span::raw(inert(&f.query).into_owned()),
        Span::raw(cursor),
        Span::raw("  "),
        Span::styled(result, th.dim),
    ]);
    frame.render_widget(Paragraph::new(line).style(th.status), r);
}
