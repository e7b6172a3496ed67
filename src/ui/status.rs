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
        let mut all: Vec<(String, &str)> = ctxs
            .into_iter()
            .flat_map(|c| hints_shown(c, lang))
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
    let global = global.into_iter().filter(|(_, h)| !ESSENTIALS.contains(h));
    out.extend(fitting(
        global.map(|(keys, hint)| group(keys, hint)),
        &mut left,
    ));
    out
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
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::lang::Lang;
    use crate::ui::theme::ThemeName;

    /// The title a message names is cut to this many columns (see `app::cite`).
    const TITLE: &str = "Шинжлэх ухаан, технологийн паркийн бодл…";

    /// Every message said in the status line, with arguments as long as they get (titles as
    /// cut, the longest kind names); ids said from the app's code must be listed here.
    fn samples(app: &App) -> Vec<(&'static str, Vec<(&'static str, String)>)> {
        let longest_kind = |app: &App| {
            crate::corpus::model::Kind::ALL
                .iter()
                .map(|k| app.t(&format!("kinds-{}", k.name())))
                .max_by_key(|n| str_width(n))
                .unwrap_or_default()
        };
        let kind = longest_kind(app);
        let title = || ("title", TITLE.to_string());
        vec![
            ("mouse-released", vec![]),
            ("keys-latin-letter-is-no-command", vec![("key", "w".into())]),
            ("mouse-captured", vec![]),
            ("search-query-cut", vec![("max", "256".into())]),
            ("note-unsaved-keys", vec![]),
            ("note-saved", vec![]),
            ("note-cancelled", vec![]),
            ("cite-copied", vec![title()]),
            ("bookmark-added", vec![title()]),
            ("bookmark-removed", vec![title()]),
            ("bookmark-removed-undo-keys", vec![title()]),
            ("bookmark-restored", vec![title()]),
            ("bookmark-nothing-to-restore", vec![]),
            ("facets-moved", vec![("from", kind.clone()), ("to", kind)]),
            ("facets-nothing", vec![]),
            ("tui-no-figures", vec![]),
            ("tui-zoom-nothing", vec![]),
            ("tui-wide-list-nothing", vec![]),
            ("theme-changed", vec![("theme", app.t("theme-projector"))]),
            ("present-pick-tour", vec![]),
            ("present-no-figures", vec![]),
            ("present-leave-ask", vec![]),
            (
                "present-resumed",
                vec![("step", "12".into()), ("total", "12".into())],
            ),
            (
                "present-no-such-step",
                vec![("step", "120".into()), ("total", "12".into())],
            ),
            ("present-sync-failed", vec![]),
            (
                "reload-problems",
                vec![
                    ("place", "key-cluster-stage-definitions.md:1234".into()),
                    ("errors", "12".into()),
                ],
            ),
            (
                "teach-load-errors",
                vec![
                    ("errors", "12".into()),
                    ("warnings", "3".into()),
                    ("command", "toli check".into()),
                ],
            ),
            (
                "present-remember-failed",
                vec![("reason", "No space left on device (os error 28)".into())],
            ),
            (
                "store-save-failed",
                vec![("reason", "Permission denied (os error 13)".into())],
            ),
        ]
    }

    /// Every status message is read whole at 80 columns, in both languages: on one line or on
    /// the second the status line then takes, never cut.
    #[test]
    fn every_status_message_fits_at_80_columns() {
        for lang in Lang::ALL {
            let app = App::new(Corpus::default(), lang, ThemeName::Projector, false);
            for (id, args) in samples(&app) {
                let text = app.tf(id, &args);
                let room = if beside(&app, &text, 80) {
                    notice_room(&app, 80)
                } else {
                    notice_row_room(80)
                };
                let lines = crate::markdown::wrap::wrap_words(&text, room, 0);
                assert!(
                    lines.len() <= NOTICE_ROWS && lines.iter().all(|l| str_width(l) <= room),
                    "{id} ({lang:?}) takes {} lines of {room}: {text:?}",
                    lines.len()
                );
                assert_eq!(notice_lines(&text, room, NOTICE_ROWS).join(" "), text);
            }
        }
    }

    /// The status rows of `app` drawn on a screen `width` × 24, each trimmed.
    fn drawn_status(app: &App, width: u16) -> Vec<String> {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, 24))
            .expect("terminal");
        t.draw(|f| crate::ui::draw(f, app)).expect("draw");
        let buf = t.backend().buffer();
        let rows = rows(app, width);
        (24 - rows..24)
            .map(|y| {
                (0..width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .collect()
    }

    /// At 80 columns, in both languages, with the mouse on or off and one or both languages
    /// shown, every status message reads whole and in order on the bottom rows: the language
    /// and theme indicator comes after its end or not at all, never inside the sentence.
    #[test]
    fn the_indicator_never_splits_a_status_message() {
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for lang in Lang::ALL {
            for (mouse, both) in [(true, false), (false, false), (false, true)] {
                let mut app = App::new(Corpus::default(), lang, ThemeName::Dark, false);
                app.settings.mouse = mouse;
                app.settings.both = both;
                let indicator = squash(&right_part(&app));
                for (id, args) in samples(&app) {
                    let text = app.tf(id, &args);
                    app.status.say(text.clone());
                    let rows = drawn_status(&app, 80);
                    let shown = squash(&rows.join(" "));
                    let message = squash(&text);
                    let rest = shown.strip_prefix(&message).map(str::trim);
                    assert!(
                        rest.is_some_and(|r| r.is_empty() || r == indicator),
                        "{id} ({lang:?}, mouse {mouse}, both {both}) is not read whole before \
                         the indicator:\n{}",
                        rows.join("\n")
                    );
                }
            }
        }
    }

    /// A message id the app says in the status line is one [`samples`] checks.
    #[test]
    fn every_status_message_said_is_checked() {
        let app = App::new(Corpus::default(), Lang::En, ThemeName::Dark, false);
        let known: Vec<&str> = samples(&app).iter().map(|(id, _)| *id).collect();
        let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app")];
        let mut said = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let code = std::fs::read_to_string(&path).unwrap_or_default();
                for (at, _) in code.match_indices(".say(") {
                    let call = &code[at..];
                    let call = &call[..call.find(';').unwrap_or(call.len())];
                    let Some(id) = call
                        .split('"')
                        .nth(1)
                        .filter(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                    else {
                        continue;
                    };
                    said += 1;
                    assert!(
                        known.contains(&id),
                        "{}: {id} is not checked",
                        path.display()
                    );
                }
            }
        }
        assert!(said > 10, "the scan finds the messages said ({said})");
    }

    /// A pane hint's short form says it in fewer columns than the full one, in both languages
    /// (a missing message would show as its id, longer still).
    #[test]
    fn short_hints_are_shorter_in_both_languages() {
        let app = App::new(Corpus::default(), Lang::En, ThemeName::Dark, false);
        for full in ["hint-next-link", "hint-lang"] {
            let short = short_hint(full);
            assert_ne!(short, full);
            for lang in Lang::ALL {
                let (s, f) = (app.l10n.t(lang, short), app.l10n.t(lang, full));
                assert!(
                    s != short && str_width(&s) < str_width(&f),
                    "{lang:?}: {s} / {f}"
                );
            }
        }
    }

    /// A hint too wide for what is left is passed over, and a shorter one after it still
    /// shows, in the table's order.
    #[test]
    fn a_hint_that_does_not_fit_is_passed_over_not_the_rest() {
        let group = |text: &'static str| vec![Span::raw(text)];
        let mut room = 13;
        let shown = fitting(
            [
                group("a b  "),
                group("a long hint  "),
                group("c d  "),
                group("e  "),
            ],
            &mut room,
        );
        let texts: Vec<String> = shown.iter().map(|g| g[0].content.to_string()).collect();
        assert_eq!(texts, ["a b  ", "c d  ", "e  "]);
        assert_eq!(room, 0);
    }

    #[test]
    fn a_notice_too_long_for_two_lines_keeps_its_start() {
        let long = "a/b/c.md:3:1: ".to_string() + &"word ".repeat(40);
        let lines = notice_lines(&long, 30, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("a/b/c.md:3:1:"));
        assert!(
            lines[1].ends_with('…') && str_width(&lines[1]) <= 30,
            "{lines:?}"
        );
    }
}
