//! The status line: the focused context's key hints from the keymap (never a hand-written
//! list), or a notice (on two rows when one does not hold it); the language, theme and mouse
//! state on the right. Also the notice shown when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::app::keymap::{Ctx, active, hints, hints_shown};
use crate::inert::inert;
use crate::markdown::wrap::str_width;

/// The right end of the status line: language, theme, both languages, mouse off.
fn right_part(app: &App) -> String {
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
    right
}

/// The columns a notice has beside the right end on a status line `width` wide: all but a
/// leading space and the right end.
pub fn notice_room(app: &App, width: u16) -> usize {
    (width as usize).saturating_sub(str_width(&right_part(app)) + 1)
}

/// The columns a notice has on a row of its own: all but a space at each end. A notice too
/// long to go beside the right end takes whole rows, and the right end follows it on its last
/// row where it fits there, else gives way while the notice shows — a sentence is never split
/// by it.
pub fn notice_row_room(width: u16) -> usize {
    (width as usize).saturating_sub(2)
}

/// The most rows a notice takes: one that does not fit one line goes on to a second, so that
/// its end — usually what to do — is read whole.
pub const NOTICE_ROWS: usize = 2;

/// `notice` broken at spaces into lines of `room` columns; past `rows` lines the last one kept
/// is cut with `…` (a long path in a reload problem keeps its start).
pub fn notice_lines(notice: &str, room: usize, rows: usize) -> Vec<String> {
    let mut lines = crate::markdown::wrap::wrap_words(notice, room, 0);
    if lines.len() > rows {
        let rest = lines.split_off(rows).join(" ");
        if let Some(last) = lines.last_mut() {
            *last = head(&format!("{last} {rest}"), room);
        }
    }
    lines.iter().map(|l| super::fit(l, room)).collect()
}

/// Whether `notice` goes on one row beside the right end.
fn beside(app: &App, notice: &str, width: u16) -> bool {
    str_width(notice) <= notice_room(app, width)
}

/// The status line's rows on a screen `width` wide: two while a notice needs them, else one.
pub fn rows(app: &App, width: u16) -> u16 {
    match &app.status.notice {
        Some(n) if !beside(app, &inert(n), width) => NOTICE_ROWS as u16,
        _ => 1,
    }
}

pub fn draw(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    let right = right_part(app);
    if let Some(n) = &app.status.notice {
        let n = inert(n);
        let one_row = beside(app, &n, r.width);
        let room = if one_row {
            notice_room(app, r.width)
        } else {
            notice_row_room(r.width)
        };
        let lines = notice_lines(&n, room, r.height.max(1) as usize);
        let last = lines.len().saturating_sub(1);
        let rows: Vec<Line> = lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let mut spans = vec![Span::raw(" "), Span::styled(text.clone(), th.notice)];
                // The right end after the notice's last row, where it fits there whole.
                let free = (r.width as usize).saturating_sub(1 + str_width(&text));
                if i == last && free >= str_width(&right) {
                    spans.push(Span::raw(" ".repeat(free - str_width(&right))));
                    spans.push(Span::styled(right.clone(), th.dim));
                }
                Line::from(spans)
            })
            .collect();
        frame.render_widget(Paragraph::new(rows).style(th.status), r);
        return;
    }
    // Groups of spans that are shown whole or not at all.
    let mut groups: Vec<Vec<Span>> = vec![vec![Span::raw(" ")]];
    let room = (r.width as usize).saturating_sub(str_width(&right) + 1);
    groups.extend(hint_groups(app, th, room));
    let mut room = (r.width as usize).saturating_sub(str_width(&right));
    let mut left: Vec<Span> = fitting(groups, &mut room).into_iter().flatten().collect();
    left.push(Span::raw(" ".repeat(room)));
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
        // how to close it; quitting the app last. What does not fit is passed over.
        // Where the hints name Cyrillic keys too (`d/б`) and do not all fit with all their
        // keys, each names its first key, so that as many show as without them; help lists
        // every key.
        let lang = app.settings.lang;
        let twins = lang == crate::lang::Lang::Mn && ctxs.iter().any(|c| c.takes_cyrillic_keys());
        let paged = paged_hints(app);
        let mut all: Vec<(String, &str)> = ctxs
            .into_iter()
            .flat_map(|c| hints_shown(c, lang))
            .filter(|(_, h)| !paged.contains(h))
            .collect();
        all.sort_by_key(|(_, h)| overlay_hint_rank(h));
        let groups: Vec<Vec<Span>> = all.iter().map(|(k, h)| group(k.clone(), h)).collect();
        if !twins || groups.iter().map(&width).sum::<usize>() <= room {
            return groups;
        }
        return all
            .into_iter()
            .map(|(k, h)| group(k.split(',').next().unwrap_or(&k).to_string(), h))
            .collect();
    }
    let global = hints(Ctx::Global);
    let mut pane: Vec<(String, &str)> = ctxs
        .iter()
        .filter(|c| **c != Ctx::Global)
        .flat_map(|c| hints(*c))
        .collect();
    // The pane's hints always shown: its first key (Tab through an entry's links), and before
    // it, reading an entry reached by a link or a search, the way back: a coach following
    // links must see how to return.
    let mut lead = 1;
    if ctxs.contains(&Ctx::Entry)
        && !app.nav.back.is_empty()
        && let Some(back) = global.iter().find(|(_, h)| *h == "hint-back")
    {
        let first_key = back.0.split(',').next().unwrap_or(&back.0).to_string();
        pane.insert(0, (first_key, back.1));
        lead = 2;
    }
    // With entries read before (earlier in this run or in an earlier one), the recently read list comes
    // next, always shown too: the reader back the next morning sees where to find them.
    let reading = app.read_now().map(|p| p.entry);
    let read_before = !app.nav.read_before.is_empty()
        || (app.nav.opened.iter()).any(|v| Some(v.place.entry) != reading);
    let recent_led = read_before
        && ctxs
            .iter()
            .any(|c| matches!(c, Ctx::Kinds | Ctx::List | Ctx::Entry));
    if recent_led && let Some(recent) = global.iter().find(|(_, h)| *h == "hint-recent") {
        pane.insert(lead, recent.clone());
        lead += 1;
    }
    // Essentials show their first key only ("/", not "/,Ctrl-K") to leave room for the pane.
    // The search hint says that `/` searches in Latin letters too (Cyrillic typed in the panes
    // searches at once, Latin letters are commands), unless that leaves no room for the pane's
    // leading hints; where even the plain one leaves none, the language key says it in one
    // word (the language shown is named on the right), and then the leading hints in fewer.
    let essentials_with = |search: &str, short: bool| -> Vec<Vec<Span>> {
        ESSENTIALS
            .iter()
            .filter_map(|id| global.iter().find(|(_, h)| h == id))
            .map(|(keys, hint)| {
                let hint = match *hint {
                    "hint-search" => search,
                    hint if short => short_hint(hint),
                    hint => hint,
                };
                group(keys.split(',').next().unwrap_or(keys).to_string(), hint)
            })
            .collect()
    };
    let fits = |essentials: &[Vec<Span>], pane: &[(String, &str)]| {
        let leading: usize = (pane.iter().take(lead))
            .map(|(k, h)| width(&group(k.clone(), h)))
            .sum();
        essentials.iter().map(&width).sum::<usize>() + leading <= room
    };
    let mut essentials = essentials_with(LATIN_SEARCH, false);
    if !fits(&essentials, &pane) {
        essentials = essentials_with("hint-search", false);
    }
    if !fits(&essentials, &pane) {
        essentials = essentials_with("hint-search", true);
    }
    if !fits(&essentials, &pane) {
        for (_, hint) in pane.iter_mut().take(lead) {
            *hint = short_hint(hint);
        }
    }
    let mut left = room.saturating_sub(essentials.iter().map(&width).sum());
    let pane = pane.into_iter().map(|(keys, hint)| group(keys, hint));
    let mut out = fitting(pane, &mut left);
    out.extend(essentials);
    let global = (global.into_iter())
        .filter(|(_, h)| !(ESSENTIALS.contains(h) || recent_led && *h == "hint-recent"));
    out.extend(fitting(
        global.map(|(keys, hint)| group(keys, hint)),
        &mut left,
    ));
    out
}

/// The hints the status line leaves out now: over a help that fits its window whole, the
/// help's moves (scrolling, paging, top and bottom: the keys of its table that move), which
/// would move nothing.
fn paged_hints(app: &App) -> Vec<&'static str> {
    use crate::app::action::Action;
    if !matches!(app.overlay, Some(crate::app::state::Overlay::Help { .. }))
        || super::help::max_scroll(app) > 0
    {
        return Vec::new();
    }
    (Ctx::Help.bindings().iter())
        .filter(|b| {
            matches!(
                b.action,
                Action::Up
                    | Action::Down
                    | Action::PageUp
                    | Action::PageDown
                    | Action::Top
                    | Action::Bottom
            )
        })
        .map(|b| b.hint)
        .collect()
}

/// The groups of spans that fit in `room` columns, in their order, `room` left with what
/// remains: a group too wide for what is left is passed over and the next ones still tried,
/// so one long hint does not hide the shorter keys after it in the table.
fn fitting<'a>(
    groups: impl IntoIterator<Item = Vec<Span<'a>>>,
    room: &mut usize,
) -> Vec<Vec<Span<'a>>> {
    let mut out = Vec::new();
    for g in groups {
        let w: usize = g.iter().map(|s| str_width(&s.content)).sum();
        if w <= *room {
            *room -= w;
            out.push(g);
        }
    }
    out
}

/// A pane hint in fewer words, for a status line that has no room for it in full.
fn short_hint(hint: &str) -> &str {
    match hint {
        "hint-next-link" => "hint-next-link-short",
        "hint-lang" => "hint-lang-short",
        _ => hint,
    }
}

/// Where an overlay's hint goes among its others (a stable sort keeps the table's order
/// within a rank): help, then closing or cancelling, then the rest, then quitting the app.
fn overlay_hint_rank(hint: &str) -> u8 {
    match hint {
        "hint-help" => 0,
        "hint-close" | "hint-cancel" | "hint-leave-present" | "hint-leave-ask" => 1,
        "hint-quit" | "hint-quit-save-note" => 3,
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

#[cfg(test)]
#[path = "status_tests.rs"]
mod tests;
