//! The status line: the focused context's key hints from the keymap (never a hand-written
//! list), or a notice; the language, theme and mouse state on the right. Also the notice shown
//! when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::app::keymap::{active, hints};
use crate::inert::inert;
use crate::markdown::wrap::str_width;

pub fn draw(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    let mut right = format!(
        " {} · {}",
        app.lang.code().to_uppercase(),
        app.t(app.theme.label_id())
    );
    if app.both {
        right.push_str(" · EN|MN");
    }
    if !app.mouse {
        right.push_str(&format!(" · {}", app.t("tui-mouse-off")));
    }
    right.push(' ');
    // Groups of spans that are shown whole or not at all.
    let mut groups: Vec<Vec<Span>> = vec![vec![Span::raw(" ")]];
    if let Some(n) = &app.notice {
        // A long notice is shortened rather than dropped.
        let room = (r.width as usize).saturating_sub(str_width(&right) + 1);
        let n = super::fit(&inert(n), room);
        groups.push(vec![Span::styled(n, th.notice)]);
    } else {
        // The help key first, so every screen says how to learn the rest.
        let mut all: Vec<(String, &str)> = active(app).into_iter().flat_map(hints).collect();
        if let Some(i) = all.iter().position(|(_, h)| *h == "hint-help") {
            let help = all.remove(i);
            all.insert(0, help);
        }
        for (keys, hint) in all {
            groups.push(vec![
                Span::styled(keys, th.key),
                Span::raw(format!(" {}  ", app.t(hint))),
            ]);
        }
    }
    let room = (r.width as usize).saturating_sub(str_width(&right));
    if let Some(n) = groups.get_mut(1).filter(|_| app.notice.is_some())
        && let Some(span) = n.first_mut()
        && str_width(&span.content) + 1 > room
    {
        // A long notice (a reload problem: path:line:col: message) keeps its start.
        let text = head(&span.content, room.saturating_sub(2));
        span.content = text.into();
    }
    let mut used = 0;
    let mut left = Vec::new();
    for g in groups {
        let w: usize = g.iter().map(|s| str_width(&s.content)).sum();
        if used + w > room {
            break;
        }
        used += w;
        left.extend(g);
    }
    left.push(Span::raw(" ".repeat(room - used)));
    left.push(Span::styled(right, th.dim));
    frame.render_widget(Paragraph::new(Line::from(left)).style(th.status), r);
}

/// The start of `s` that fits in `cols` columns, then a `…`.
fn head(s: &str, cols: usize) -> String {
    if cols == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 1;
    for c in s.chars() {
        let w = crate::markdown::wrap::char_width(c);
        if used + w > cols {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

pub fn too_small(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    if r.width == 0 || r.height == 0 {
        return;
    }
    let msg = Paragraph::new(app.t("tui-too-small"))
        .style(th.base)
        .wrap(Wrap { trim: true });
    frame.render_widget(msg, r);
}
