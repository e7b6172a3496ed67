//! The one door: [`update`] applies a [`Message`] (a user's [`Action`], a reload, a search
//! answer, the editor closing, the clock) to the [`App`], hands each feature its part, and
//! returns the [`Effects`] for the event loop to carry out.

use ratatui::layout::Rect;

use super::action::{Action, Message};
use super::effect::{Effect, Effects};
use super::document::document;
pub use super::find::find_matches;
use super::find::{find_action, find_step};
use super::search::search_action;
use super::state::{App, Find, Overlay, Pane, Place, Search};
use crate::corpus::model::Kind;
use crate::markdown::render::{Rendered, Target};
use crate::ui::layout::{areas, doc_areas, inner, list_offset};

/// Lines scrolled by one mouse wheel notch.
const WHEEL_LINES: usize = 3;

/// The full screen.
pub(super) fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// The entry document as drawn now, with its area.
pub fn current_doc(app: &App) -> Option<(Rendered, Rect)> {
    let entry = app.current()?;
    let pane = areas(screen(app), app).entry?;
    let (rect, _) = doc_areas(pane, app);
    Some((document(app, entry, app.settings.lang, rect.width as usize), rect))
}

pub(crate) fn show_line(app: &mut App, line: usize, height: usize) {
    if line < app.reading.scroll {
        app.reading.scroll = line;
    } else if height > 0 && line >= app.reading.scroll + height {
        app.reading.scroll = line + 1 - height;
    }
}

pub(super) fn clamp_scroll(app: &mut App) {
    if let Some((doc, rect)) = current_doc(app) {
        let max = doc.lines.len().saturating_sub(rect.height as usize);
        app.reading.scroll = app.reading.scroll.min(max);
        if app.reading.link.is_some_and(|l| l >= doc.targets.len()) {
            app.reading.link = None;
        }
    } else {
        app.reading.scroll = 0;
    }
}

fn restore(app: &mut App, p: Place) {
    app.select(p.entry);
    app.reading.scroll = p.scroll;
    app.reading.link = p.link;
    app.reading.find = None;
    app.nav.focus = Pane::Entry;
}

/// Opens entry `to`, remembering where we were.
pub fn navigate(app: &mut App, to: usize) {
    if let Some(p) = app.place() {
        if p.entry == to {
            app.nav.focus = Pane::Entry;
            return;
        }
        app.nav.back.push(p);
    }
    app.nav.forward.clear();
    restore(
        app,
        Place {
            entry: to,
            scroll: 0,
            link: None,
        },
    );
}

fn follow(app: &mut App, link: usize) {
    let Some((doc, _)) = current_doc(app) else {
        return;
    };
    match doc.targets.get(link) {
        Some(Target::Entry(id)) => {
            if let Some(to) = app.corpus.index_of(id) {
                navigate(app, to);
            }
        }
        Some(Target::Url(url)) => {
            app.notice = Some(format!("{}: {url}", app.t("tui-external-link")));
        }
        Some(Target::Line(n)) => app.reading.scroll = *n,
        None => {}
    }
}

fn move_sel(app: &mut App, delta: isize, page: usize) {
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
            app.nav.kind = d(app.nav.kind, Kind::ALL.len());
            app.reading.scroll = 0;
            app.reading.link = None;
        }
        Pane::List => {
            let len = app.list().len();
            let k = app.nav.kind;
            app.nav.selected[k] = d(app.nav.selected[k], len);
            app.reading.scroll = 0;
            app.reading.link = None;
            app.reading.find = None;
        }
        Pane::Entry => {
            let step = if delta.abs() > 1 { page.max(1) } else { 1 };
            app.reading.scroll = if delta < 0 {
                app.reading.scroll.saturating_sub(step)
            } else {
                app.reading.scroll + step
            };
        }
    }
}

fn page_height(app: &App) -> usize {
    let a = areas(screen(app), app);
    match app.nav.focus {
        Pane::Entry => current_doc(app).map_or(1, |(_, r)| r.height.saturating_sub(1) as usize),
        Pane::List => a.list.map_or(1, |r| inner(r).height as usize),
        Pane::Kinds => 1,
    }
}

fn click(app: &mut App, col: u16, row: u16) {
    let a = areas(screen(app), app);
    let pos = (col, row).into();
    if let Some(r) = a.kinds.filter(|r| r.contains(pos)) {
        app.nav.focus = Pane::Kinds;
        let i = inner(r);
        let k = list_offset(app.nav.kind, i.height as usize) + row.saturating_sub(i.y) as usize;
        if row >= i.y && k < Kind::ALL.len() {
            app.nav.kind = k;
            app.reading.scroll = 0;
            app.reading.link = None;
        }
    } else if let Some(r) = a.list.filter(|r| r.contains(pos)) {
        app.nav.focus = Pane::List;
        let i = inner(r);
        let k = app.nav.kind;
        let n = list_offset(app.nav.selected[k], i.height as usize) + row.saturating_sub(i.y) as usize;
        if row >= i.y && n < app.list().len() {
            app.nav.selected[k] = n;
            app.reading.scroll = 0;
            app.reading.link = None;
            app.reading.find = None;
        }
    } else if a.entry.is_some_and(|r| r.contains(pos)) {
        app.nav.focus = Pane::Entry;
        if let Some((doc, rect)) = current_doc(app)
            && rect.contains(pos)
        {
            let line = app.reading.scroll + (row - rect.y) as usize;
            if let Some(l) = doc.link_at(line, (col - rect.x) as usize) {
                app.reading.link = Some(l);
                follow(app, l);
            }
        }
    }
}

/// Applies `message` to `app`; returns what the event loop must do outside the app.
pub fn update(app: &mut App, message: impl Into<Message>) -> Effects {
    let mut effects = Effects::new();
    match message.into() {
        Message::Action(action) => act(app, action, &mut effects),
        Message::Reloaded(fresh) => app.apply(*fresh),
        Message::SearchAnswered(answer) => super::search_worker::answered(app, answer),
        Message::NoteEdited { id, failure: None } => super::marks::reload_note(app, &id),
        Message::NoteEdited {
            failure: Some(reason),
            ..
        } => app.notice = Some(app.tf("store-save-failed", &[("reason", reason)])),
        Message::Tick { now } => super::present::tick(app, now),
        Message::PresentSyncFailed(reason) => {
            app.notice = Some(format!("{}: {reason}", app.t("present-sync-failed")));
        }
    }
    effects
}

/// Applies a user's action: presentation, then the overlay on top, then the find bar, then the
/// panes each take it first.
fn act(app: &mut App, action: Action, effects: &mut Effects) {
    // Quit comes from `q` outside inputs and from Ctrl-C everywhere.
    if action == Action::Quit {
        effects.push(Effect::Quit);
        return;
    }
    if let Action::Resize { width, height } = action {
        let before = current_doc(app).map(|(d, _)| d.lines.len());
        app.size = (width, height);
        let after = current_doc(app).map(|(d, _)| d.lines.len());
        if let (Some(b), Some(a)) = (before, after)
            && b > 0
        {
            app.reading.scroll = app.reading.scroll * a / b;
        }
        clamp_scroll(app);
        return;
    }
    if app.present.is_some() {
        return super::present::present_action(app, action, effects);
    }
    match &mut app.overlay {
        Some(Overlay::Search(_)) => return search_action(app, action),
        Some(Overlay::Help { scroll }) => {
            let page = crate::ui::help::page(app.size);
            let max = crate::ui::help::max_scroll(app.size);
            match action {
                Action::Up | Action::Wheel { down: false, .. } => {
                    *scroll = scroll.saturating_sub(1)
                }
                Action::Down | Action::Wheel { down: true, .. } => *scroll += 1,
                Action::PageDown => *scroll += page.saturating_sub(1).max(1),
                Action::PageUp => *scroll = scroll.saturating_sub(page.saturating_sub(1).max(1)),
                Action::Top => *scroll = 0,
                Action::Bottom => *scroll = max,
                Action::Escape | Action::Help | Action::Click { .. } => app.overlay = None,
                _ => {}
            }
            if let Some(Overlay::Help { scroll }) = &mut app.overlay {
                *scroll = (*scroll).min(max);
            }
            return;
        }
        Some(Overlay::Matrix(_)) => return super::matrix_view::action(app, action),
        Some(Overlay::Facets { .. }) => return super::facet_panel::action(app, action),
        Some(Overlay::Bookmarks { .. }) => return super::marks::bookmarks_action(app, action),
        Some(Overlay::Note(_)) => return super::note_editor::action(app, action),
        Some(Overlay::Notes { .. }) => return super::notes_view::action(app, action),
        None => {}
    }
    if app.reading.find.as_ref().is_some_and(|f| f.editing) {
        return find_action(app, action);
    }
    app.notice = None;
    let page = page_height(app);
    match action {
        Action::Quit => effects.push(Effect::Quit),
        Action::Escape => {
            if app.reading.find.is_some() {
                app.reading.find = None;
            } else {
                app.reading.link = None;
            }
        }
        Action::Help => {
            // Help opens at the focused pane's section.
            let ctx = super::keymap::active(app)[0];
            let scroll =
                crate::ui::help::section_start(ctx).min(crate::ui::help::max_scroll(app.size));
            app.overlay = Some(Overlay::Help { scroll });
        }
        Action::OpenSearch => {
            app.overlay = Some(Overlay::Search(Search::default()));
        }
        Action::OpenFind => {
            if app.current().is_some() {
                app.nav.focus = Pane::Entry;
                app.reading.find = Some(Find {
                    editing: true,
                    ..Find::default()
                });
            }
        }
        Action::ToggleLang => app.set_lang(app.settings.lang.other()),
        Action::ToggleBoth => app.settings.both = !app.settings.both,
        Action::ToggleZoom => app.reading.zoom = !app.reading.zoom,
        Action::CycleTheme => cycle_theme(app),
        Action::ToggleMouse => {
            app.settings.mouse = !app.settings.mouse;
            effects.push(Effect::CaptureMouse(app.settings.mouse));
        }
        Action::FocusLeft => {
            app.nav.focus = match app.nav.focus {
                Pane::Entry => Pane::List,
                _ => Pane::Kinds,
            }
        }
        Action::FocusRight | Action::Open if app.nav.focus != Pane::Entry => {
            app.nav.focus = match app.nav.focus {
                Pane::Kinds => Pane::List,
                _ => Pane::Entry,
            }
        }
        Action::FocusRight => {}
        Action::Open => {
            if let Some(l) = app.reading.link {
                follow(app, l);
            }
        }
        Action::Up => move_sel(app, -1, page),
        Action::Down => move_sel(app, 1, page),
        Action::PageUp => move_sel(app, -2, page),
        Action::PageDown => move_sel(app, 2, page),
        Action::Top => move_sel(app, -2, usize::MAX / 4),
        Action::Bottom => move_sel(app, 2, usize::MAX / 4),
        Action::NextLink | Action::PrevLink => {
            if let Some((doc, rect)) = current_doc(app) {
                let n = doc.targets.len();
                if n > 0 {
                    let next = action == Action::NextLink;
                    app.reading.link = Some(match app.reading.link {
                        Some(l) if next => (l + 1) % n,
                        Some(l) => (l + n - 1) % n,
                        None if next => (0..n)
                            .find(|&l| doc.link_line(l).is_some_and(|x| x >= app.reading.scroll))
                            .unwrap_or(0),
                        None => n - 1,
                    });
                    if let Some(line) = app.reading.link.and_then(|l| doc.link_line(l)) {
                        show_line(app, line, rect.height as usize);
                    }
                }
            }
        }
        Action::NextFigure => super::figures::next_figure(app),
        Action::Back if super::matrix_view::back_to_matrix(app) => {}
        Action::Back => {
            if let Some(p) = app.nav.back.pop() {
                if let Some(cur) = app.place() {
                    app.nav.forward.push(cur);
                }
                restore(app, p);
            }
        }
        Action::Forward => {
            if let Some(p) = app.nav.forward.pop() {
                if let Some(cur) = app.place() {
                    app.nav.back.push(cur);
                }
                restore(app, p);
            }
        }
        Action::FindNext => find_step(app, 1),
        Action::FindPrev => find_step(app, -1),
        Action::Click { col, row } => click(app, col, row),
        Action::Wheel { col, row, down } => {
            let a = areas(screen(app), app);
            let pos = (col, row).into();
            let saved = app.nav.focus;
            if a.entry.is_some_and(|r| r.contains(pos)) {
                app.nav.focus = Pane::Entry;
                move_sel(app, if down { 1 } else { -1 }, 1);
                for _ in 1..WHEEL_LINES {
                    move_sel(app, if down { 1 } else { -1 }, 1);
                }
            } else if a.list.is_some_and(|r| r.contains(pos)) {
                app.nav.focus = Pane::List;
                move_sel(app, if down { 1 } else { -1 }, 1);
            } else if a.kinds.is_some_and(|r| r.contains(pos)) {
                app.nav.focus = Pane::Kinds;
                move_sel(app, if down { 1 } else { -1 }, 1);
            }
            app.nav.focus = saved;
        }
        Action::Input(_)
        | Action::Paste(_)
        | Action::DeleteChar
        | Action::ClearInput
        | Action::DeleteWord
        | Action::Resize { .. } => {}
        Action::Present => super::present::open(app),
        Action::CopyCitation => effects.extend(super::cite::copy(app)),
        Action::NextStep | Action::PrevStep | Action::JumpStep => {}
        Action::OpenMatrix => super::matrix_view::open(app),
        Action::OpenFacets => app.overlay = Some(Overlay::Facets { selected: 0 }),
        Action::ToggleBookmark => super::marks::toggle_bookmark(app),
        Action::OpenBookmarks => app.overlay = Some(Overlay::Bookmarks { selected: 0 }),
        Action::EditNote => effects.extend(super::marks::edit_note(app)),
        Action::OpenNotes => app.overlay = Some(Overlay::Notes { selected: 0 }),
        Action::ClearFilters => {
            app.nav.filters.clear();
            super::facet_panel::apply_filters(app);
        }
        Action::OpenAction | Action::Toggle | Action::Remove | Action::SaveNote => {}
        Action::NewLine
        | Action::CursorLeft
        | Action::CursorRight
        | Action::CursorUp
        | Action::CursorDown => {}
    }
    clamp_scroll(app);
}

/// `T`: the next theme, announced by name in the status line (or the presentation's footer).
pub fn cycle_theme(app: &mut App) {
    app.settings.theme = app.settings.theme.next();
    let name = app.t(app.settings.theme.label_id());
    app.notice = Some(app.tf("theme-changed", &[("theme", name)]));
}
