//! Navigation: which pane has the focus, which kind is shown, the selected row of each kind's
//! list (under the facet filters), and the back/forward history. The fields change only
//! through [`Navigation`]'s methods, called by the moves here (keys, clicks, the wheel, back
//! and forward, opening an entry) and by the facet panel, presentations, the session and live
//! reload. Drawn by `ui/kinds.rs` and `ui/list.rs`.

use super::facets::{Filters, filtered};
use super::matrix::MatrixView;
use super::reading::{current_doc, follow};
use super::state::App;
use super::update::screen;
use crate::corpus::Corpus;
use crate::corpus::model::Kind;
use crate::lang::Lang;
use crate::ui::layout::{areas, inner, list_offset};

/// The three panes, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Kinds,
    List,
    Entry,
}

/// A place in the entry view, for back/forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub entry: usize,
    pub scroll: usize,
    pub link: Option<usize>,
}

/// Where the reader is among the entries.
#[derive(Debug, Clone)]
pub struct Navigation {
    pub focus: Pane,
    /// Index into [`Kind::ALL`].
    pub kind: usize,
    /// Entry indices per kind, in [`Kind::ALL`] order, under [`Navigation::filters`].
    pub lists: Vec<Vec<usize>>,
    /// The selected row of each kind's list.
    pub selected: Vec<usize>,
    /// The facet filters of the entry lists.
    pub filters: Filters,
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
    /// The entry last read in the entry pane, kept while the focus is in the lists: opening
    /// another entry from them puts this one on the back stack (moving through a list only
    /// previews entries, which Back does not return to).
    pub read: Option<Place>,
    /// The matrix as it was when an entry was opened from it, and that entry: Backspace on the
    /// entry returns to the matrix there.
    pub matrix_return: Option<(MatrixView, usize)>,
    /// `z` in the list: while the list has the focus, it takes the kinds pane's width too (a
    /// long title reads whole on a narrow screen); `h` still shows the kinds.
    pub wide_list: bool,
}

impl Navigation {
    /// Back to `before` wholesale: a letter command taken back ([`super::typing`]).
    pub fn restore(&mut self, before: Navigation) {
        *self = before;
    }

    /// The start: the first kind that has entries, its first row, the kinds pane focused.
    pub fn new(corpus: &Corpus, lang: Lang) -> Navigation {
        let lists: Vec<Vec<usize>> = Kind::ALL
            .iter()
            .map(|k| corpus.of_kind_in(*k, lang))
            .collect();
        Navigation {
            focus: Pane::Kinds,
            kind: lists.iter().position(|l| !l.is_empty()).unwrap_or(0),
            selected: vec![0; lists.len()],
            lists,
            filters: Filters::default(),
            back: Vec::new(),
            forward: Vec::new(),
            read: None,
            matrix_return: None,
            wide_list: false,
        }
    }

    /// The entries of the selected kind.
    pub fn list(&self) -> &[usize] {
        &self.lists[self.kind]
    }

    /// The selected entry of the selected kind.
    pub fn current(&self) -> Option<usize> {
        self.list().get(self.selected[self.kind]).copied()
    }

    /// Rebuilds the lists from `corpus` under the filters in `lang`'s order; with
    /// `keep_entries`, each list keeps its selected entry where it moved, else rows are only
    /// kept in range.
    pub fn relist(&mut self, corpus: &Corpus, lang: Lang, keep_entries: bool) {
        let before: Vec<Option<usize>> = self
            .lists
            .iter()
            .zip(&self.selected)
            .map(|(list, &row)| list.get(row).copied())
            .collect();
        self.lists = Kind::ALL
            .iter()
            .map(|k| filtered(corpus, *k, &self.filters, lang))
            .collect();
        self.selected.resize(self.lists.len(), 0);
        for ((list, row), entry) in self.lists.iter().zip(&mut self.selected).zip(before) {
            match entry.and_then(|e| list.iter().position(|&x| x == e)) {
                Some(at) if keep_entries => *row = at,
                _ => *row = (*row).min(list.len().saturating_sub(1)),
            }
        }
    }

    pub fn focus_on(&mut self, pane: Pane) {
        self.focus = pane;
    }

    /// Shows kind `k` (an index into [`Kind::ALL`]).
    pub fn show_kind(&mut self, k: usize) {
        self.kind = k;
    }

    /// Selects `row` in the shown kind's list.
    pub fn select_row(&mut self, row: usize) {
        self.selected[self.kind] = row;
    }

    /// Leaving `place` for another entry: it goes on the back stack.
    pub fn leave(&mut self, place: Place) {
        self.back.push(place);
    }

    /// The focus leaves the entry pane, which showed `place`.
    pub fn remember_read(&mut self, place: Option<Place>) {
        self.read = place;
    }

    /// The entry last read in the entry pane, forgotten once asked for.
    pub fn take_read(&mut self) -> Option<Place> {
        self.read.take()
    }

    /// Opening an entry by a link, search or view: forward history is forgotten.
    pub fn forget_forward(&mut self) {
        self.forward.clear();
    }

    /// The place Back goes to, remembering `here` for Forward.
    pub fn step_back(&mut self, here: Option<Place>) -> Option<Place> {
        let to = self.back.pop()?;
        self.forward.extend(here);
        Some(to)
    }

    /// The place Forward goes to, remembering `here` for Back.
    pub fn step_forward(&mut self, here: Option<Place>) -> Option<Place> {
        let to = self.forward.pop()?;
        self.back.extend(here);
        Some(to)
    }

    /// After a reload: each remembered place's entry by its new index; places whose entry is
    /// gone are dropped.
    pub fn remap_history(&mut self, new_index: impl Fn(usize) -> Option<usize>) {
        self.read = self.read.and_then(|p| {
            Some(Place {
                entry: new_index(p.entry)?,
                ..p
            })
        });
        for stack in [&mut self.back, &mut self.forward] {
            *stack = stack
                .iter()
                .filter_map(|p| {
                    Some(Place {
                        entry: new_index(p.entry)?,
                        ..*p
                    })
                })
                .collect();
        }
    }

    pub fn toggle_filter(&mut self, facet: super::facets::Facet, value: &str) {
        self.filters.toggle(facet, value);
    }

    pub fn clear_filters(&mut self) {
        self.filters.clear();
    }

    /// An entry `to` opened from the matrix `view`: Backspace there returns to the matrix.
    pub fn remember_matrix(&mut self, view: MatrixView, to: usize) {
        self.matrix_return = Some((view, to));
    }

    /// The matrix to return to, forgotten once asked for.
    pub fn take_matrix_return(&mut self) -> Option<(MatrixView, usize)> {
        self.matrix_return.take()
    }

    /// Selects `entry` (of `kind`) in the kinds and list panes, when a list shows it.
    pub fn select(&mut self, entry: usize, kind: Kind) {
        if let Some(k) = Kind::ALL.iter().position(|x| *x == kind) {
            self.kind = k;
            if let Some(row) = self.lists[k].iter().position(|&e| e == entry) {
                self.selected[k] = row;
            }
        }
    }
}

fn restore(app: &mut App, p: Place) {
    app.select(p.entry);
    app.reading.at(p.scroll, p.link);
    app.nav.take_read();
    app.nav.focus_on(Pane::Entry);
}

/// The place being left for another entry: the entry pane's while it has the focus, else the
/// entry last read there, else the selected entry.
fn leaving(app: &mut App) -> Option<Place> {
    if app.nav.focus == Pane::Entry {
        app.nav.take_read();
        return app.place();
    }
    app.nav.take_read().or_else(|| app.place())
}

/// Moves the focus to `pane`. Leaving the entry pane remembers the entry read there; coming
/// back to it on another entry (Enter or `l` in a list, a click) puts that one on the back
/// stack, so Back returns to every entry read, in order.
pub(super) fn focus_pane(app: &mut App, pane: Pane) {
    match (app.nav.focus == Pane::Entry, pane == Pane::Entry) {
        (true, false) => app.nav.remember_read(app.place()),
        (false, true) => {
            if let Some(read) = app.nav.take_read()
                && app.current() != Some(read.entry)
            {
                app.nav.leave(read);
                app.nav.forget_forward();
            }
        }
        _ => {}
    }
    app.nav.focus_on(pane);
}

/// Opens entry `to`, remembering where we were.
pub fn navigate(app: &mut App, to: usize) {
    if app.current() == Some(to) {
        focus_pane(app, Pane::Entry);
        return;
    }
    if let Some(p) = leaving(app) {
        app.nav.leave(p);
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
pub(super) fn move_sel(app: &mut App, delta: isize, page: usize) {
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
pub(super) fn page_height(app: &App) -> usize {
    let a = areas(screen(app), app);
    match app.nav.focus {
        Pane::Entry => current_doc(app).map_or(1, |(_, r)| r.height.saturating_sub(1) as usize),
        Pane::List => a.list.map_or(1, |r| inner(r).height as usize),
        Pane::Kinds => 1,
    }
}

/// A click focuses the pane under it and selects the kind, the entry or the link clicked.
pub(super) fn click(app: &mut App, col: u16, row: u16) {
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
        let rows = super::list_rows::rows(app);
        let shown = super::list_rows::row_of(&rows, app.nav.selected[app.nav.kind]);
        let top = list_offset(shown, i.height as usize);
        let at = top + row.saturating_sub(i.y) as usize;
        // The top row may show the model's heading over the stages scrolled below it.
        let covered = super::list_rows::sticky_heading(&rows, top, i.height as usize).is_some();
        let shown_at = rows
            .get(at)
            .filter(|_| row >= i.y && !(covered && at == top));
        if let Some(super::list_rows::Row::Entry(n)) = shown_at {
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
pub(super) fn back(app: &mut App) {
    if app.nav.back.is_empty() {
        return;
    }
    let here = leaving(app);
    if let Some(p) = app.nav.step_back(here) {
        restore(app, p);
    }
}

/// Alt-→: the place Back left.
pub(super) fn forward(app: &mut App) {
    if app.nav.forward.is_empty() {
        return;
    }
    let here = leaving(app);
    if let Some(p) = app.nav.step_forward(here) {
        restore(app, p);
    }
}

/// Lines scrolled by one mouse wheel notch.
const WHEEL_LINES: usize = 3;

/// The mouse wheel over a pane scrolls or moves that pane's selection, wherever the focus is.
pub(super) fn wheel(app: &mut App, col: u16, row: u16, down: bool) {
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
pub(super) fn widen_list(app: &mut App) {
    let screen = super::update::screen(app);
    let before = crate::ui::layout::areas(screen, app);
    app.nav.wide_list = !app.nav.wide_list;
    if app.nav.wide_list && crate::ui::layout::areas(screen, app) == before {
        app.nav.wide_list = false;
        app.status.say(app.t("tui-wide-list-nothing"));
    }
}
