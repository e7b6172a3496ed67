//! The application state: what is focused and selected, where the entry view is scrolled,
//! history, language, theme, overlays. Views read it; only [`super::update`](mod@super::update) changes it.

use std::sync::Arc;

use super::search_worker::{SearchWorker, WORKER_FROM};
use crate::corpus::Corpus;
use crate::corpus::model::Kind;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::search::{Hit, SearchIndex, SearchOptions};
use crate::ui::theme::ThemeName;

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

/// The search overlay: the query and its live results.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
}

/// The find bar of the entry view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    pub query: String,
    /// True while typing; n/N work once the query is confirmed with Enter.
    pub editing: bool,
    pub current: usize,
}

/// A window drawn over the panes.
#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    Search(Search),
    /// The findings × actions matrix.
    Matrix(super::matrix_view::MatrixView),
    /// The facet panel: filters with counts.
    Facets {
        selected: usize,
    },
    /// The bookmarks view.
    Bookmarks {
        selected: usize,
    },
    /// The list of entries with a personal note.
    Notes {
        selected: usize,
    },
    /// The built-in note editor.
    Note(super::note_editor::NoteEditor),
}

/// The whole state of the TUI.
pub struct App {
    /// Shared with the search worker, if any.
    pub corpus: Arc<Corpus>,
    pub index: Arc<SearchIndex>,
    /// Searches off the UI thread for large corpora (see [`super::search_worker`]).
    pub worker: Option<SearchWorker>,
    /// The generation of the newest worker answer received.
    pub answered: u64,
    pub l10n: Localizer,
    /// Entry indices per kind, in [`Kind::ALL`] order.
    pub lists: Vec<Vec<usize>>,
    pub lang: Lang,
    /// Both languages side by side.
    pub both: bool,
    /// The entry pane takes the whole width while it has the focus (`z`).
    pub zoom: bool,
    pub theme: ThemeName,
    pub no_color: bool,
    pub focus: Pane,
    /// Index into [`Kind::ALL`].
    pub kind: usize,
    /// The selected row of each kind's list.
    pub sel: Vec<usize>,
    pub scroll: usize,
    /// The selected link (ordinal in the entry document).
    pub link: Option<usize>,
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
    pub overlay: Option<Overlay>,
    pub find: Option<Find>,
    pub mouse: bool,
    pub size: (u16, u16),
    pub quit: bool,
    /// A one-line message for the status bar (an external link's address).
    pub notice: Option<String>,
    /// The `toli check` command that checks the folders this app loaded.
    pub check_command: String,
    /// The tour being presented full screen.
    pub present: Option<crate::present::deck::Deck>,
    /// Text waiting to be copied to the terminal's clipboard (OSC 52) by the event loop.
    pub clipboard: Option<String>,
    /// The matrix as it was when an entry was opened from it, and that entry: Backspace on the
    /// entry returns to the matrix there.
    pub matrix_return: Option<(super::matrix_view::MatrixView, usize)>,
    /// Where bookmarks and notes are saved (none: kept in memory only).
    pub store: Option<crate::store::Store>,
    pub bookmarks: crate::store::bookmarks::Bookmarks,
    /// Personal notes by entry id.
    pub notes: std::collections::BTreeMap<String, String>,
    /// The facet filters of the entry list.
    pub filters: super::facets::Filters,
    /// The external editor for notes ($VISUAL or $EDITOR); none: the built-in editor.
    pub editor: Option<String>,
    /// A note the event loop should open in the external editor.
    pub edit_request: Option<String>,
    /// Where the place is saved on quit and read on start (see [`super::session`]).
    pub session_file: Option<std::path::PathBuf>,
}

impl App {
    pub fn new(corpus: Corpus, lang: Lang, theme: ThemeName, no_color: bool) -> App {
        let index = SearchIndex::build(&corpus);
        App::with_index(corpus, index, lang, theme, no_color)
    }

    /// The app on a corpus whose search index is already built (or read from a snapshot).
    pub fn with_index(
        corpus: Corpus,
        index: SearchIndex,
        lang: Lang,
        theme: ThemeName,
        no_color: bool,
    ) -> App {
        let lists: Vec<Vec<usize>> = Kind::ALL
            .iter()
            .map(|k| corpus.of_kind_in(*k, lang))
            .collect();
        let kind = lists.iter().position(|l| !l.is_empty()).unwrap_or(0);
        App {
            index: Arc::new(index),
            worker: (corpus.len() >= WORKER_FROM).then(SearchWorker::spawn),
            answered: 0,
            corpus: Arc::new(corpus),
            l10n: Localizer::new(),
            sel: vec![0; lists.len()],
            lists,
            lang,
            both: false,
            zoom: false,
            theme,
            no_color,
            focus: Pane::Kinds,
            kind,
            scroll: 0,
            link: None,
            back: Vec::new(),
            forward: Vec::new(),
            overlay: None,
            find: None,
            mouse: true,
            size: (80, 24),
            quit: false,
            notice: None,
            check_command: "toli check".to_string(),
            present: None,
            clipboard: None,
            matrix_return: None,
            store: None,
            bookmarks: Default::default(),
            notes: Default::default(),
            filters: Default::default(),
            editor: ["VISUAL", "EDITOR"]
                .iter()
                .filter_map(std::env::var_os)
                .map(|v| v.to_string_lossy().trim().to_string())
                .find(|v| !v.is_empty()),
            edit_request: None,
            session_file: None,
        }
    }

    /// A UI message in the current language.
    pub fn t(&self, id: &str) -> String {
        self.l10n.t(self.lang, id)
    }

    /// A UI message with arguments.
    pub fn tf(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(self.lang, id, args)
    }

    /// Shows `lang`: the lists take its alphabetical order, each keeping its selected entry.
    pub fn set_lang(&mut self, lang: Lang) {
        if lang == self.lang {
            return;
        }
        self.lang = lang;
        let selected: Vec<Option<usize>> = self
            .lists
            .iter()
            .zip(&self.sel)
            .map(|(list, &sel)| list.get(sel).copied())
            .collect();
        self.lists = Kind::ALL
            .iter()
            .map(|k| super::facets::filtered(&self.corpus, *k, &self.filters, lang))
            .collect();
        for ((list, sel), entry) in self.lists.iter().zip(&mut self.sel).zip(selected) {
            if let Some(row) = entry.and_then(|e| list.iter().position(|&x| x == e)) {
                *sel = row;
            }
        }
    }

    /// The entries of the selected kind.
    pub fn list(&self) -> &[usize] {
        &self.lists[self.kind]
    }

    /// The entry shown in the entry view.
    pub fn current(&self) -> Option<usize> {
        self.list().get(self.sel[self.kind]).copied()
    }

    /// Where the entry view is now.
    pub fn place(&self) -> Option<Place> {
        self.current().map(|entry| Place {
            entry,
            scroll: self.scroll,
            link: self.link,
        })
    }

    /// Selects `entry` in the kinds and list panes.
    pub fn select(&mut self, entry: usize) {
        if !self.lists.iter().any(|l| l.contains(&entry)) && !self.filters.is_empty() {
            // Opening an entry the facet filters hide: drop the filters rather than show another.
            self.filters.clear();
            super::facet_panel::apply_filters(self);
        }
        let kind = self.corpus.entry(entry).kind;
        if let Some(k) = Kind::ALL.iter().position(|x| *x == kind) {
            self.kind = k;
            if let Some(row) = self.lists[k].iter().position(|&e| e == entry) {
                self.sel[k] = row;
            }
        }
    }

    /// Re-runs the search overlay's query: on the search worker for large corpora (its answer
    /// arrives through [`App::take_search_answers`]), else right here, in this frame.
    pub fn refresh_search(&mut self) {
        if let (Some(Overlay::Search(s)), Some(worker)) = (&self.overlay, &mut self.worker) {
            if worker.ask(&s.query, self.lang, &self.corpus, &self.index) {
                return;
            }
            self.worker = None; // the worker is gone: search here from now on
        }
        if let Some(Overlay::Search(s)) = &mut self.overlay {
            s.hits = self
                .index
                .search(&self.corpus, &s.query, &SearchOptions::in_lang(self.lang));
            s.selected = s.selected.min(s.hits.len().saturating_sub(1));
        }
    }
}
