//! The status line: the focused context's key hints from the keymap (never a hand-written
//! list), or a notice; the language, theme and mouse state on the right. Also the notice shown
//! when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::app::keymap::{Ctx, active, hints};
use crate::inert::inert;
use crate::markdown::wrap::str_width;

pub fn draw(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    let mut right = format!(
        " {} · {}",
        app.settings.lang.code().to_uppercase(),
        app.t(app.settings.theme.label_id())
    );
    if app.settings.both {
        // The reader's language is the left column.
        right.push_str(&format!(
            " · {}|{}",
            app.settings.lang.code().to_uppercase(),
            app.settings.lang.other().code().to_uppercase()
        ));
    }
    if !app.settings.mouse {
        right.push_str(&format!(" · {}", app.t("tui-mouse-off")));
    }
    right.push(' ');
    // Groups of spans that are shown whole or not at all.
    let mut groups: Vec<Vec<Span>> = vec![vec![Span::raw(" ")]];
    if let Some(n) = &app.status.notice {
        // A long notice is shortened rather than dropped.
        let room = (r.width as usize).saturating_sub(str_width(&right) + 1);
        let n = super::fit(&inert(n), room);
        groups.push(vec![Span::styled(n, th.notice)]);
    } else {
        let room = (r.width as usize).saturating_sub(str_width(&right) + 1);
        groups.extend(hint_groups(app, th, room));
    }
    let room = (r.width as usize).saturating_sub(str_width(&right));
    if let Some(n) = groups.get_mut(1).filter(|_| app.status.notice.is_some())
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

/// The global keys every screen with the panes names: search, help, language.
const ESSENTIALS: [&str; 3] = ["hint-search", "hint-help", "hint-lang"];

/// The search hint of the panes' status bar where it fits: `/` searches in Latin letters too.
const LATIN_SEARCH: &str = "hint-search-latin";

/// The hint groups in the order they are shown: the focused pane's first keys, then the
/// essentials (always, when the global keys apply), then the rest while they fit in `room`.
fn hint_groups<'a>(app: &App, th: &Theme, room: usize) -> Vec<Vec<Span<'a>>> {
    let group = |keys: String, hint: &str| {
        vec![
            Span::styled(keys, th.key),
            Span::raw(format!(" {}  ", app.t(hint))),
        ]
    };
    let width = |g: &Vec<Span>| -> usize { g.iter().map(|s| str_width(&s.content)).sum() };
    let ctxs = active(app);
    if !ctxs.contains(&Ctx::Global) {
        // An overlay: the help key first, so every screen says how to learn the rest, then
        // how to close it; quitting the app last. What does not fit at the end is dropped.
        let mut all: Vec<(String, &str)> = ctxs.into_iter().flat_map(hints).collect();
        all.sort_by_key(|(_, h)| overlay_hint_rank(h));
        return all.into_iter().map(|(k, h)| group(k, h)).collect();
    }
    let global = hints(Ctx::Global);
    let pane: Vec<(String, &str)> = ctxs
        .iter()
        .filter(|c| **c != Ctx::Global)
        .flat_map(|c| hints(*c))
        .collect();
    // Essentials show their first key only ("/", not "/,Ctrl-K") to leave room for the pane.
    // The search hint says that `/` searches in Latin letters too (Cyrillic typed in the panes
    // searches at once, Latin letters are commands), unless that leaves no room for the pane's
    // first key.
    let essentials_with = |search: &str| -> Vec<Vec<Span>> {
        ESSENTIALS
            .iter()
            .filter_map(|id| global.iter().find(|(_, h)| h == id))
            .map(|(keys, hint)| {
                let hint = if *hint == "hint-search" { search } else { hint };
                group(keys.split(',').next().unwrap_or(keys).to_string(), hint)
            })
            .collect()
    };
    let first_pane = pane.first().map_or(0, |(k, h)| width(&group(k.clone(), h)));
    let mut essentials = essentials_with(LATIN_SEARCH);
    if essentials.iter().map(&width).sum::<usize>() + first_pane > room {
        essentials = essentials_with("hint-search");
    }
    let mut left = room.saturating_sub(essentials.iter().map(&width).sum());
    let mut out = Vec::new();
    for (keys, hint) in pane {
        let g = group(keys, hint);
        if width(&g) > left {
            break;
        }
        left -= width(&g);
        out.push(g);
    }
    out.extend(essentials);
    for (keys, hint) in global.into_iter().filter(|(_, h)| !ESSENTIALS.contains(h)) {
        let g = group(keys, hint);
        if width(&g) > left {
            break;
        }
        left -= width(&g);
        out.push(g);
    }
    out
}

/// Where an overlay's hint goes among its others (a stable sort keeps the table's order
/// within a rank): help, then closing or cancelling, then the rest, then quitting the app.
fn overlay_hint_rank(hint: &str) -> u8 {
    match hint {
        "hint-help" => 0,
        "hint-close" | "hint-cancel" | "hint-leave-present" | "hint-leave-ask" => 1,
        "hint-quit" => 3,
        _ => 2,
    }
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
