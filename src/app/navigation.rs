//! Navigation: which pane has the focus, which kind is shown, the selected row of each kind's
//! list (under the facet filters), and the back/forward history. Written by the navigation code
//! in [`super::update`](mod@super::update), the facet panel ([`super::facet_panel`]) and live
//! reload ([`super::reload`]) through the methods here; drawn by `ui/kinds.rs` and `ui/list.rs`.

use super::facets::{Filters, filtered};
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
