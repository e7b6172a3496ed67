//! The help overlay (`?`, F1): every key of the keymap by context, in the current language, under
//! pinned lines on what typing letters in the panes does (a letter no key uses starts a
//! search). The focused pane's keys come first and the keys that work everywhere (quit,
//! search, bookmarks, notes, present) right after them, then the other contexts; marks on the
//! border say there is more below or above. During a presentation it lists the presentation's
//! keys only: the audience sees it on the projector. Opened over a list (bookmarks, notes …),
//! the search box or the note editor it lists that window's keys only, the window drawn
//! under it. Descriptions wrap under
//! themselves on a narrow screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::layout::{centered, inner};
use super::theme::Theme;
use crate::app::App;
use crate::app::keymap::{Ctx, hints_shown, overlay_ctx};
use crate::app::state::{Overlay, Pane};
use crate::markdown::wrap::str_width;

/// The contexts the help lists: the presentation's own keys while one runs, or those of the
/// window it is opened over (bookmarks, notes, the matrix …, the search box, the note
/// editor, the find bar: the panes' keys, "everywhere" ones included, do not work there);
/// else every context, the focused pane's first and the keys
/// that work everywhere next (a reader looking for how to bookmark, take a note or quit finds
/// them by paging down), then the others in their order.
pub fn contexts(app: &App) -> Vec<Ctx> {
    if app.present.is_some() {
        return vec![Ctx::Presenting];
    }
    if let Some(list) = list_under(app) {
        return vec![list];
    }
    let pane = match app.nav.focus {
        Pane::Kinds => Ctx::Kinds,
        Pane::List => Ctx::List,
        Pane::Entry => Ctx::Entry,
    };
    let first = [pane, Ctx::Global];
    first
        .into_iter()
        .chain(Ctx::ALL.into_iter().filter(|c| !first.contains(c)))
        .collect()
}

/// The context of the window (bookmarks, notes, the matrix …, the find bar) the help is
/// opened over, or is being opened over; `None` over the panes.
fn list_under(app: &App) -> Option<Ctx> {
    match &app.overlay {
        Some(Overlay::Help { over: Some(o), .. }) => Some(overlay_ctx(o)),
        Some(Overlay::Help { over: None, .. }) | None => find_bar(app),
        Some(open) => Some(overlay_ctx(open)),
    }
}

/// The find bar, when a find in the entry is being typed: its keys are the ones that work.
fn find_bar(app: &App) -> Option<Ctx> {
    app.reading.typing_find().then_some(Ctx::FindBar)
}

/// Lines above each context's keys: its heading and a blank line before it (a presentation's
/// keys need no heading, and fit one screen without; a list's keys are headed by its name).
fn heading_lines(app: &App) -> usize {
    if app.present.is_some() { 0 } else { 2 }
}

/// What typing letters in the panes does, pinned above the keys (not during a presentation,
/// whose keys the help lists alone).
pub const TYPING: [&str; 3] = [
    "help-typing-cyrillic",
    "help-typing-latin",
    "help-typing-capitals",
];

/// The rows pinned above the scrolled keys: [`TYPING`] and a blank row (over the panes only:
/// in a list letters do not search).
fn intro_rows(app: &App) -> u16 {
    if app.present.is_some() || list_under(app).is_some() {
        0
    } else {
        TYPING.len() as u16 + 1
    }
}

/// A row of the help text, before it is styled.
enum Row {
    Blank,
    Heading(Ctx),
    /// Keys (none on the lines a description wraps onto), the columns before the
    /// description, and the description's text on this line.
    Key {
        keys: Option<String>,
        pad: usize,
        text: String,
    },
}

/// The fewest columns a description is wrapped in beside its keys; with fewer, it goes on
/// the lines under its keys.
const DESCRIPTION_MIN: usize = 10;
/// The columns a description should have beside its keys: where the widest keys would leave
/// fewer, they stand on lines of their own.
const DESCRIPTION_ROOM: usize = 20;

/// The help's rows at `width` columns: each description beside its keys, wrapped under
/// itself when it is longer than the room (never cut mid-word: a word wider than the room
/// ends in `…`, as cut text does elsewhere). Keys wider than a third of the width stand on a
/// line of their own, their description under them, so that one long key (`Space,→,PgDn,Enter`)
/// does not narrow every description of its context.
fn rows(app: &App, width: usize) -> Vec<Row> {
    let mut out = Vec::new();
    let headed = heading_lines(app) > 0;
    for ctx in contexts(app) {
        let hs = hints_shown(ctx, app.settings.lang);
        if headed {
            if !out.is_empty() {
                out.push(Row::Blank);
            }
            out.push(Row::Heading(ctx));
        }
        let widths = hs.iter().map(|(k, _)| str_width(k));
        let all = widths.clone().max().unwrap_or(0);
        let key_col = match all <= width / 3 || 2 + all + 2 + DESCRIPTION_ROOM <= width {
            true => all,
            false => widths.filter(|w| *w <= width / 3).max().unwrap_or(0),
        };
        let at = 2 + key_col + 2;
        let (at, room) = match width.saturating_sub(at) >= DESCRIPTION_MIN {
            true => (at, width - at),
            // Too narrow for a column: descriptions go under their keys, a little in.
            false => (4.min(width), width.saturating_sub(4).max(1)),
        };
        for (keys, hint) in hs {
            let lines = crate::markdown::wrap::wrap_words(&app.t(hint), room, 0);
            let mut lines = lines.into_iter().map(|l| super::fit(&l, room));
            let beside = str_width(&keys) <= at.saturating_sub(4) && at > 4;
            let first = if beside { lines.next() } else { None };
            let pad = at.saturating_sub(2 + str_width(&keys)).max(2);
            out.push(Row::Key {
                keys: Some(keys),
                pad,
                text: first.unwrap_or_default(),
            });
            for text in lines {
                out.push(Row::Key {
                    keys: None,
                    pad: at,
                    text,
                });
            }
        }
    }
    out
}

/// The help's box on `screen`: 72 × 40 at most; over a list, no taller than its keys, so that
/// the list shows around it.
fn help_box(app: &App, screen: Rect) -> Rect {
    let r = centered(screen, 72, 40);
    if list_under(app).is_none() {
        return r;
    }
    let rows = rows(app, keys_area(app, r).width as usize).len();
    let tall = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    centered(screen, 72, tall.min(40))
}

/// `app`'s whole screen.
fn app_screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// The width the help's text is laid out for on `app`'s screen.
fn text_width(app: &App) -> usize {
    keys_area(app, centered(app_screen(app), 72, 40)).width as usize
}

/// The help text as lines, laid out for `app`'s screen.
pub fn lines(app: &App, th: &Theme) -> Vec<Line<'static>> {
    rows(app, text_width(app))
        .into_iter()
        .map(|row| match row {
            Row::Blank => Line::from(""),
            Row::Heading(ctx) => Line::from(Span::styled(app.t(ctx.title_id()), th.heading)),
            Row::Key {
                keys: Some(keys),
                pad,
                text,
            } => Line::from(vec![
                Span::raw("  "),
                Span::styled(keys, th.key),
                Span::raw(" ".repeat(pad)),
                Span::raw(text),
            ]),
            Row::Key {
                keys: None,
                pad,
                text,
            } => Line::from(vec![Span::raw(" ".repeat(pad)), Span::raw(text)]),
        })
        .collect()
}

/// The line where `ctx`'s section starts (its heading).
pub fn section_start(app: &App, ctx: Ctx) -> usize {
    rows(app, text_width(app))
        .iter()
        .position(|r| matches!(r, Row::Heading(c) if *c == ctx))
        .unwrap_or(0)
}

/// The number of help lines.
pub fn total_lines(app: &App) -> usize {
    rows(app, text_width(app)).len()
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
    let r = help_box(app, app_screen(app));
    (keys_area(app, r).height as usize).max(1)
}

/// The largest useful scroll on `app`'s screen.
pub fn max_scroll(app: &App) -> usize {
    total_lines(app).saturating_sub(page(app))
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, scroll: usize, th: &Theme) {
    let r = help_box(app, screen);
    frame.render_widget(Clear, r);
    super::paint(frame, r, th.base);
    let all = lines(app, th);
    let i = keys_area(app, r);
    let scroll = scroll.min(all.len().saturating_sub(i.height as usize));
    // Marks on the border say there are more keys below or above, and which keys show them.
    let frame_block = super::scroll_marks(
        Line::from(format!(" {} ", app.t("tui-help"))),
        r.width,
        (scroll > 0).then(|| app.t("help-more-above")),
        (scroll + (i.height as usize) < all.len()).then(|| app.t("help-more-below")),
        th,
    );
    frame.render_widget(frame_block, r);
    let pinned = inner(r);
    if i != pinned {
        let intro: Vec<Line> = TYPING
            .iter()
            .map(|id| super::fit(&app.t(id), pinned.width as usize))
            .map(|text| Line::from(Span::styled(text, th.dim)))
            .collect();
        frame.render_widget(Paragraph::new(intro), pinned);
    }
    let visible: Vec<Line> = all.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), i);
}
