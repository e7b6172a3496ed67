//! Navigation: which pane has the focus, which kind is shown, the selected row of each kind's
//! list (under the facet filters), and the back/forward history. Written by the navigation code
//! in [`super::update`](mod@super::update), the facet panel ([`super::facet_panel`]) and live
//! reload ([`super::reload`]) through the methods here; drawn by `ui/kinds.rs` and `ui/list.rs`.

use super::facets::{Filters, filtered};
use super::reading::{current_doc, follow};
use super::state::App;
use super::update::screen;
use crate::ui::layout::{areas, inner, list_offset};
use super::matrix_view::MatrixView;
use crate::corpus::Corpus;
use crate::corpus::model::Kind;
use crate::lang::Lang;

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
    /// The matrix as it was when an entry was opened from it, and that entry: Backspace on the
    /// entry returns to the matrix there.
    pub matrix_return: Option<(MatrixView, usize)>,
}

impl Navigation {
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
            matrix_return: None,
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

pub(super) fn page_height(app: &App) -> usize {
    let a = areas(screen(app), app);
    match app.nav.focus {
        Pane::Entry => current_doc(app).map_or(1, |(_, r)| r.height.saturating_sub(1) as usize),
        Pane::List => a.list.map_or(1, |r| inner(r).height as usize),
        Pane::Kinds => 1,
    }
}

pub(super) fn click(app: &mut App, col: u16, row: u16) {
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

/// Backspace: the place before, remembering this one for Forward.
pub(super) fn back(app: &mut App) {
    if let Some(p) = app.nav.back.pop() {
        if let Some(cur) = app.place() {
            app.nav.forward.push(cur);
        }
        restore(app, p);
    }
}

/// Alt-→: the place Back left.
pub(super) fn forward(app: &mut App) {
    if let Some(p) = app.nav.forward.pop() {
        if let Some(cur) = app.place() {
            app.nav.back.push(cur);
        }
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
