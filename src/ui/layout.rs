//! Where each pane goes for a terminal size: kinds → list → entry with a status line (two rows
//! while a long notice needs them, see `ui::status::rows`), widths proportional to the terminal
//! with minimums; while reading, fewer panes wherever the lists would leave the entry narrower
//! than [`MIN_READING`]; a "too small" notice below 20×5; zoom (`z`) and the projector theme
//! show the entry alone while it has the focus; `z` in the list gives it the kinds pane's width
//! while it has the focus. The same function serves drawing and mouse
//! hit-testing, so clicks land where things are drawn.

use ratatui::layout::Rect;

use super::theme::ThemeName;
use crate::app::state::{App, Pane};

/// The narrowest entry pane drawn beside the lists while reading; narrower, the entry is
/// drawn alone.
pub const MIN_READING: u16 = 64;
/// Reading text is at most this wide; wider panes give the rest to the links' side column
/// and leave what is left blank.
pub const MAX_READING: u16 = 100;

/// Below this size only a notice is drawn.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;

/// The rectangles of one frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    pub kinds: Option<Rect>,
    pub list: Option<Rect>,
    pub entry: Option<Rect>,
    pub status: Option<Rect>,
    /// Set when the terminal is too small for any pane.
    pub too_small: Option<Rect>,
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

fn split(r: Rect, widths: &[u16]) -> Vec<Rect> {
    let mut x = r.x;
    let mut out = Vec::new();
    for (i, w) in widths.iter().enumerate() {
        let w = if i + 1 == widths.len() {
            r.right().saturating_sub(x)
        } else {
            (*w).min(r.right().saturating_sub(x))
        };
        out.push(Rect::new(x, r.y, w, r.height));
        x = x.saturating_add(w);
    }
    out
}

/// The kinds pane's width that shows every kind's name and count: the longest of them, a space
/// and the borders.
fn kinds_needed(app: &App) -> u16 {
    let widest = crate::corpus::model::Kind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let name = app.t(&format!("kinds-{}", k.name()));
            let count = app
                .nav
                .lists
                .get(i)
                .map_or(1, |l| l.len().to_string().len());
            crate::markdown::wrap::str_width(&name) + 1 + count
        })
        .max()
        .unwrap_or(0);
    u16::try_from(widest + 2).unwrap_or(u16::MAX).min(28)
}

/// The panes for `area`.
pub fn areas(area: Rect, app: &App) -> Areas {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Areas {
            too_small: Some(area),
            ..Areas::default()
        };
    }
    // A long notice takes a second row where the screen has rows to spare.
    let rows = if area.height > MIN_HEIGHT {
        super::status::rows(app, area.width)
    } else {
        1
    };
    let main = Rect::new(area.x, area.y, area.width, area.height - rows);
    let status = Some(Rect::new(area.x, area.bottom() - rows, area.width, rows));
    let w = area.width;
    // In u32: a terminal thousands of columns wide must not overflow.
    let part = |n: u32, d: u32| u16::try_from(u32::from(w) * n / d).unwrap_or(u16::MAX);
    // Wide enough for the longest kind's name and count in the language shown.
    let kinds_w = part(12, 100).clamp(kinds_needed(app).max(18), 28);
    let list_w = part(26, 100).clamp(24, 60);
    let mut a = Areas {
        status,
        ..Areas::default()
    };
    // The entry's width beside both lists, and beside the entry list alone.
    let three = w.saturating_sub(kinds_w + list_w);
    let two = w.saturating_sub(list_w);
    let reading = app.nav.focus == Pane::Entry;
    let wide_list = app.nav.wide_list && app.nav.focus == Pane::List;
    let min_entry = if app.settings.both {
        2 * MIN_READING
    } else {
        MIN_READING
    };
    if reading && (app.reading.zoom || (app.settings.theme == ThemeName::Projector)) {
        // Zoomed or presenting: the entry alone, as large as the screen allows; `h` or `z`
        // brings the lists back.
        a.entry = Some(main);
    } else if wide_list && w >= 80 {
        // `z` in the list: the list takes the kinds pane's width as well; the entry's stays.
        let r = split(main, &[kinds_w + list_w, 0]);
        (a.list, a.entry) = (Some(r[0]), Some(r[1]));
    } else if w >= 80 && (!reading || three >= min_entry) {
        let r = split(main, &[kinds_w, list_w, 0]);
        (a.kinds, a.list, a.entry) = (Some(r[0]), Some(r[1]), Some(r[2]));
    } else if w >= 50 && (!reading || two >= min_entry) {
        if app.nav.focus == Pane::Kinds {
            let r = split(main, &[part(2, 5), 0]);
            (a.kinds, a.list) = (Some(r[0]), Some(r[1]));
        } else {
            let list = if wide_list {
                part(3, 5)
            } else {
                list_w.min(w / 3)
            };
            let r = split(main, &[list, 0]);
            (a.list, a.entry) = (Some(r[0]), Some(r[1]));
        }
    } else {
        // One pane: wherever the lists would leave the entry narrower than a comfortable
        // reading width, it is drawn alone.
        match app.nav.focus {
            Pane::Kinds => a.kinds = Some(main),
            Pane::List => a.list = Some(main),
            Pane::Entry => a.entry = Some(main),
        }
    }
    a
}

/// Where the entry document is drawn: the pane's inside without the scrollbar column and the
/// find bar, at most the reading width and a side column; with both languages, the left
/// (current language) and right columns.
pub fn doc_areas(entry: Rect, app: &App) -> (Rect, Option<Rect>) {
    let i = inner(entry);
    let find = u16::from(app.reading.find.is_some());
    // One language: the reading text, and beside it the links' side column where it fits
    // (see crate::app::side_column).
    let side = crate::app::side_column::GAP + crate::app::side_column::SIDE_MAX;
    let cap = if app.settings.both {
        2 * MAX_READING + 1
    } else if crate::app::side_column::wanted(app) {
        MAX_READING + u16::try_from(side).unwrap_or(0)
    } else {
        MAX_READING
    };
    let body = Rect::new(
        i.x,
        i.y,
        i.width.saturating_sub(1).min(cap),
        i.height.saturating_sub(find),
    );
    if app.settings.both && body.width >= 20 {
        let half = body.width / 2;
        let left = Rect::new(body.x, body.y, half.saturating_sub(1), body.height);
        let right = Rect::new(
            body.x + half + 1,
            body.y,
            body.width - half - 1,
            body.height,
        );
        (left, Some(right))
    } else {
        (body, None)
    }
}

/// A centred rectangle for overlays.
pub fn centered(area: Rect, max_w: u16, max_h: u16) -> Rect {
    let w = area
        .width
        .saturating_sub(4)
        .min(max_w)
        .max(area.width.min(10));
    let h = area
        .height
        .saturating_sub(2)
        .min(max_h)
        .max(area.height.min(5));
    Rect::new(
        area.x + area.width.saturating_sub(w) / 2,
        area.y + area.height.saturating_sub(h) / 2,
        w.min(area.width),
        h.min(area.height),
    )
}

/// The first row shown of a list of `len` rows `height` tall with `selected` visible.
pub fn list_offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        return selected;
    }
    (selected + 1).saturating_sub(height)
}
