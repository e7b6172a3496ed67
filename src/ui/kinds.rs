//! The kinds pane: every kind with its number of entries.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::layout::inner;
use super::theme::Theme;
use super::{block, list::rows};
use crate::app::App;
use crate::app::state::Pane;
use crate::corpus::model::Kind;
use crate::markdown::wrap::str_width;

pub fn draw(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    let focused = app.nav.focus == Pane::Kinds;
    let title = format!(" {} ", app.t("tui-kinds"));
    frame.render_widget(block(Line::from(title), focused, th), r);
    let w = inner(r).width as usize;
    let items: Vec<Line<'static>> = Kind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let name = app.t(&format!("kinds-{}", k.name()));
            let count = app.nav.lists[i].len().to_string();
            let pad = w.saturating_sub(str_width(&name) + count.len()).max(1);
            let style = if count == "0" { th.dim } else { th.base };
            Line::from(vec![
                Span::styled(name, style),
                Span::raw(" ".repeat(pad)),
                Span::styled(count, th.dim),
            ])
        })
        .collect();
    rows(frame, inner(r), items, app.nav.kind, focused, th);
}
