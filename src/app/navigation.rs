//! Navigation: which pane has the focus, which kind is shown, the selected row of each kind's
//! list (under the facet filters), and the back/forward history. The fields change only
//! through [`Navigation`]'s methods, called by the moves (`navigation/moves.rs`: keys, clicks,
//! the wheel, back and forward, opening an entry) and by the facet panel, presentations, the
//! session and live reload. Drawn by `ui/kinds.rs` and `ui/list.rs`.

mod moves;

pub use moves::navigate;
pub(super) use moves::{
    back, click, focus_pane, forward, move_sel, page_height, wheel, widen_list,
};

use super::facets::{Filters, filtered};
use super::matrix::MatrixView;
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

/// An entry read, and when it was left (seconds since 1970; none in a trail saved before the
/// times were kept): the recently read list (`app::study::recent`) and the reading trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    pub place: Place,
    pub at: Option<i64>,
}

/// Now, in seconds since 1970 (0 on a clock set before it).
pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
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
    /// The places left for another entry in this run, in order, each with when: with the
    /// entry shown at the end, what this run adds to the reading trail kept between runs
    /// (`app::session`).
    pub read_log: Vec<Visit>,
    /// The reading trail of earlier runs as saved, oldest first: Back's, under this run's.
    pub earlier: Vec<Visit>,
    /// The entries opened in this run (Enter, a link, a search, a window) or reached by Back
    /// and Forward, in order, each with when: what this run adds to the recently read list
    /// (`H`, `app::study::recent`; kept between runs by `app::session`).
    pub opened: Vec<Visit>,
    /// The recently read list of earlier runs as saved, oldest first, each entry once.
    pub read_before: Vec<Visit>,
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
            read_log: Vec::new(),
            earlier: Vec::new(),
            opened: Vec::new(),
            read_before: Vec::new(),
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

    /// Leaving `place` for another entry: it goes on the back stack, and among the entries
    /// read when it was `read` in the entry pane (not only previewed beside the lists).
    pub fn leave(&mut self, place: Place, read: bool) {
        self.back.push(place);
        if read {
            self.read_log.push(Visit {
                place,
                at: Some(now_secs()),
            });
        }
    }

    /// On start: the reading trail of earlier runs, oldest first: `back` under this run's
    /// back stack, so Back goes on through what was read before, and `earlier` as saved.
    pub fn start_trail(&mut self, back: Vec<Place>, earlier: Vec<Visit>) {
        let now = std::mem::replace(&mut self.back, back);
        self.back.extend(now);
        self.earlier = earlier;
    }

    /// On start: the recently read list of earlier runs, oldest first.
    pub fn start_recent(&mut self, read_before: Vec<Visit>) {
        self.read_before = read_before;
    }

    /// Entry `place` is opened or reached by Back or Forward: read now. Reading it again
    /// straight after (the focus back on it) moves its time on.
    pub fn opened_at(&mut self, place: Place, at: i64) {
        if self
            .opened
            .last()
            .is_some_and(|v| v.place.entry == place.entry)
        {
            self.opened.pop();
        }
        self.opened.push(Visit {
            place,
            at: Some(at),
        });
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
        for visits in [
            &mut self.read_log,
            &mut self.earlier,
            &mut self.opened,
            &mut self.read_before,
        ] {
            *visits = visits
                .iter()
                .filter_map(|v| {
                    let place = Place {
                        entry: new_index(v.place.entry)?,
                        ..v.place
                    };
                    Some(Visit { place, ..*v })
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

    /// `z` in the list: the list wide, or back beside the kinds pane.
    pub fn set_wide_list(&mut self, wide: bool) {
        self.wide_list = wide;
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
