//! The reader's moves among the panes and entries: focusing a pane, opening an entry, moving
//! the selection or the scroll (keys, clicks, the wheel), back and forward, the wide list.
//! They change [`Navigation`](super::Navigation) through its methods only.

use super::{Pane, Place};
use crate::app::reading::{current_doc, follow};
use crate::app::state::App;
use crate::app::update::screen;
use crate::corpus::model::Kind;
use crate::ui::layout::{areas, inner, list_offset};

/// Shows place `p` in the entry view, which takes the focus: it is read (opened by a link, a
/// search or a window, or reached by Back or Forward).
fn restore(app: &mut App, p: Place) {
    app.select(p.entry);
    app.reading.at(p.scroll, p.link);
    app.nav.take_read();
    app.nav.focus_on(Pane::Entry);
    app.nav.opened_at(p, super::now_secs());
}

/// The place being left for another entry: the entry pane's while it has the focus, else the
/// entry last read there, else the selected entry (previewed, not read: Back returns to it,
/// but it is not added to the entries read).
fn leaving(app: &mut App) -> Option<(Place, bool)> {
    if app.nav.focus == Pane::Entry {
        app.nav.take_read();
        return app.place().map(|p| (p, true));
    }
    match app.nav.take_read() {
        Some(read) => Some((read, true)),
        None => app.place().map(|p| (p, false)),
    }
}

/// Moves the focus to `pane`. Leaving the entry pane remembers the entry read there; coming
/// back to it on another entry (Enter or `l` in a list, a click) puts that one on the back
/// stack, so Back returns to every entry read, in order.
pub(in crate::app) fn focus_pane(app: &mut App, pane: Pane) {
    match (app.nav.focus == Pane::Entry, pane == Pane::Entry) {
        (true, false) => app.nav.remember_read(app.place()),
        (false, true) => {
            if let Some(read) = app.nav.take_read()
                && app.current() != Some(read.entry)
            {
                app.nav.leave(read, true);
                app.nav.forget_forward();
            }
        }
        _ => {}
    }
    app.nav.focus_on(pane);
    // The entry the list showed is opened (Enter, `l`, a click): read from now on.
    if pane == Pane::Entry
        && let Some(place) = app.place()
    {
        app.nav.opened_at(place, super::now_secs());
    }
}

/// Opens entry `to`, remembering where we were.
pub fn navigate(app: &mut App, to: usize) {
    if app.current() == Some(to) {
        focus_pane(app, Pane::Entry);
        return;
    }
    if let Some((p, read)) = leaving(app) {
        app.nav.leave(p, read);
    }
    app.nav.forget_forward();
    restore(
        app,
        Place {
            entry: to,
            scroll: 0,
            link: None,
        },
    );
}

/// Up/Down (±1) and page moves (±2, by `page`) in the focused pane.
pub(in crate::app) fn move_sel(app: &mut App, delta: isize, page: usize) {
    let d = |cur: usize, len: usize| -> usize {
        let step = if delta.abs() > 1 {
            page.max(1) as isize * delta.signum()
        } else {
            delta
        };
        (cur as isize + step).clamp(0, len.saturating_sub(1) as isize) as usize
    };
    match app.nav.focus {
        Pane::Kinds => {
            app.nav.show_kind(d(app.nav.kind, Kind::ALL.len()));
            app.reading.to_top();
        }
        Pane::List => {
            let len = app.list().len();
            app.nav.select_row(d(app.nav.selected[app.nav.kind], len));
            app.reading.restart();
        }
        Pane::Entry => {
            let step = if delta.abs() > 1 { page.max(1) } else { 1 } as isize;
            app.reading.scroll_by(step * delta.signum());
        }
    }
}

/// The lines (or rows) a page move goes in the focused pane.
pub(in crate::app) fn page_height(app: &App) -> usize {
    let a = areas(screen(app), app);
    match app.nav.focus {
        Pane::Entry => current_doc(app).map_or(1, |(_, r)| r.height.saturating_sub(1) as usize),
        Pane::List => a.list.map_or(1, |r| inner(r).height as usize),
        Pane::Kinds => 1,
    }
}

/// A click focuses the pane under it and selects the kind, the entry or the link clicked.
pub(in crate::app) fn click(app: &mut App, col: u16, row: u16) {
    let a = areas(screen(app), app);
    let pos = (col, row).into();
    if let Some(r) = a.kinds.filter(|r| r.contains(pos)) {
        focus_pane(app, Pane::Kinds);
        let i = inner(r);
        let k = list_offset(app.nav.kind, i.height as usize) + row.saturating_sub(i.y) as usize;
        if row >= i.y && k < Kind::ALL.len() {
            app.nav.show_kind(k);
            app.reading.to_top();
        }
    } else if let Some(r) = a.list.filter(|r| r.contains(pos)) {
        focus_pane(app, Pane::List);
        let i = inner(r);
        // Rows as drawn: a stage model's heading is not an entry.
        let rows = crate::app::list_rows::rows(app);
        let shown = crate::app::list_rows::row_of(&rows, app.nav.selected[app.nav.kind]);
        let top = list_offset(shown, i.height as usize);
        let at = top + row.saturating_sub(i.y) as usize;
        // The top row may show the model's heading over the stages scrolled below it.
        let covered =
            crate::app::list_rows::sticky_heading(&rows, top, i.height as usize).is_some();
        let shown_at = rows
            .get(at)
            .filter(|_| row >= i.y && !(covered && at == top));
        if let Some(crate::app::list_rows::Row::Entry(n)) = shown_at {
            app.nav.select_row(*n);
            app.reading.restart();
        }
    } else if a.entry.is_some_and(|r| r.contains(pos)) {
        focus_pane(app, Pane::Entry);
        if let Some((doc, rect)) = current_doc(app)
            && rect.contains(pos)
        {
            let line = app.reading.scroll + (row - rect.y) as usize;
            if let Some(l) = doc.link_at(line, (col - rect.x) as usize) {
                app.reading.select_link(Some(l));
                follow(app, l);
            }
        }
    }
}

/// Backspace: the place before, remembering this one for Forward.
pub(in crate::app) fn back(app: &mut App) {
    if app.nav.back.is_empty() {
        return;
    }
    let here = leaving(app).map(|(p, _)| p);
    if let Some(p) = app.nav.step_back(here) {
        restore(app, p);
    }
}

/// Alt-→: the place Back left.
pub(in crate::app) fn forward(app: &mut App) {
    if app.nav.forward.is_empty() {
        return;
    }
    let here = leaving(app).map(|(p, _)| p);
    if let Some(p) = app.nav.step_forward(here) {
        restore(app, p);
    }
}

/// Lines scrolled by one mouse wheel notch.
const WHEEL_LINES: usize = 3;

/// The mouse wheel over a pane scrolls or moves that pane's selection, wherever the focus is.
pub(in crate::app) fn wheel(app: &mut App, col: u16, row: u16, down: bool) {
    let a = areas(screen(app), app);
    let pos = (col, row).into();
    let saved = app.nav.focus;
    if a.entry.is_some_and(|r| r.contains(pos)) {
        app.nav.focus_on(Pane::Entry);
        move_sel(app, if down { 1 } else { -1 }, 1);
        for _ in 1..WHEEL_LINES {
            move_sel(app, if down { 1 } else { -1 }, 1);
        }
    } else if a.list.is_some_and(|r| r.contains(pos)) {
        app.nav.focus_on(Pane::List);
        move_sel(app, if down { 1 } else { -1 }, 1);
    } else if a.kinds.is_some_and(|r| r.contains(pos)) {
        app.nav.focus_on(Pane::Kinds);
        move_sel(app, if down { 1 } else { -1 }, 1);
    }
    app.nav.focus_on(saved);
}

/// `z` in the entry list: the list wide, or back beside the kinds pane. Where the list already
/// has the screen's width (a narrow terminal), nothing would change, so it stays off and the
/// status line says why.
pub(in crate::app) fn widen_list(app: &mut App) {
    let screen = screen(app);
    let before = areas(screen, app);
    app.nav.set_wide_list(!app.nav.wide_list);
    if app.nav.wide_list && areas(screen, app) == before {
        app.nav.set_wide_list(false);
        app.status.say(app.t("tui-wide-list-nothing"));
    }
}
