//! The application state, as feature sub-states: [`Navigation`] (panes, lists, history),
//! [`Reading`] (the entry view), the search overlay and its worker, [`Study`] (bookmarks and
//! notes), the presentation deck, [`Settings`], the [`Status`] line, and the data they all read.
//! Views draw from `&App`. After start-up every change comes through
//! [`super::update`](mod@super::update), which hands each feature its part; each sub-state is
//! changed only by its own module (named on each field), others call its methods — a test
//! (`app/ownership_tests.rs`) names any assignment made elsewhere.

use std::sync::Arc;

use super::search_worker::{SearchWorker, WORKER_FROM};
use crate::app::settings::ThemeName;
use crate::corpus::Corpus;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::search::{Hit, SearchIndex};

pub use super::navigation::{Navigation, Pane, Place};
pub use super::reading::{Find, Reading};
pub use super::settings::Settings;
pub use super::status::Status;
pub use super::study::Study;

/// The search overlay: the query and its live results.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    /// How many entries matched in all (`hits` holds the best of them), or at least how many
    /// when not `exact` (a quoted phrase over many entries, see [`crate::search::Found`]).
    pub total: usize,
    pub exact: bool,
    /// How many hold every word, when fewer than `total` ([`crate::search::Found::complete`]).
    pub complete: Option<usize>,
    /// Words typed that the corpus does not hold: the hits match a near spelling of them
    /// ([`crate::search::Found::near_only`]), which the count line says.
    pub near_only: Vec<String>,
    /// The query as read on the Mongolian layout, when that was searched instead of the keys
    /// typed ([`crate::search::Found::read_as`]), which the count line says.
    pub read_as: Option<String>,
    pub selected: usize,
    /// The entries among `hits` listed for the reader's note on them (marked ✎).
    pub noted: Vec<usize>,
}

/// A window drawn over the panes. [`OverlayKind`] names each without its state (tests open
/// every overlay through it).
#[derive(Debug, Clone, strum::EnumDiscriminants)]
#[strum_discriminants(name(OverlayKind), derive(strum::VariantArray))]
pub enum Overlay {
    Help {
        scroll: usize,
        /// The list the help was opened over (bookmarks, notes …), open again when it closes.
        over: Option<Box<Overlay>>,
    },
    Search(Search),
    /// The findings × actions matrix.
    Matrix(super::matrix::MatrixView),
    /// The facet panel: filters with counts.
    Facets {
        selected: usize,
    },
    /// The bookmarks view.
    Bookmarks {
        selected: usize,
        /// The bookmarks removed while the view is open, last removed last, each with its
        /// place: `u` puts them back one by one.
        removed: Vec<(usize, crate::store::bookmarks::Bookmark)>,
    },
    /// The list of entries with a personal note.
    Notes {
        /// The selected note's entry id (none: the first), kept as the id because the list's
        /// order follows the language shown.
        selected: Option<String>,
    },
    /// The entries read lately, newest first (`H`, [`super::study::recent`]).
    Recent {
        selected: usize,
        /// When it opened (seconds since 1970) and the local clock its "when" column is told
        /// in.
        now: i64,
        clock: super::study::local_clock::LocalClock,
    },
    /// The built-in note editor.
    Note(super::study::note_editor::NoteEditor),
    /// The citation just sent to the terminal's clipboard, shown whole to read or select.
    Citation {
        text: String,
        /// The first row shown of the citation (the hint below it always shows).
        scroll: usize,
    },
    /// The content's problems (`!`), each whole and wrapped, with the `toli check` command.
    Problems {
        /// The first row shown.
        scroll: usize,
    },
}

impl Overlay {
    /// The overlay the reader works in: this one, or the one the help (F1, `?`) was opened
    /// over — the search box with its question, the note editor with its note, a list —,
    /// kept whole under the help: what arrives meanwhile (a search's answer, a reload, a
    /// signal ending the app) reaches it there.
    pub fn under_help(&self) -> &Overlay {
        match self {
            Overlay::Help { over: Some(o), .. } => o,
            o => o,
        }
    }

    /// [`Overlay::under_help`], to change it.
    pub fn under_help_mut(&mut self) -> &mut Overlay {
        match self {
            Overlay::Help { over: Some(o), .. } => o,
            o => o,
        }
    }
}

/// What an overlay's handler asks of [`super::update`](mod@super::update), which alone opens
/// and closes overlays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// The overlay stays open.
    Stay,
    /// Close it.
    Close,
    /// Close it and open this entry.
    Open(usize),
    /// Close it, open this entry and edit its note.
    Edit(usize),
}

/// The whole state of the TUI.
pub struct App {
    /// The entries, shared with the search worker. Replaced only by live reload
    /// ([`super::reload`]).
    pub corpus: Arc<Corpus>,
    /// The search index of [`App::corpus`]; replaced with it.
    pub index: Arc<SearchIndex>,
    pub l10n: Localizer,
    /// The `toli check` command that checks the folders this app loaded (set once at start).
    pub check_command: String,
    /// What this app loaded (set once at start), told to a notes screen that has not.
    pub content: crate::present::sync::Loaded,
    /// Where the place is saved on quit and read on start (see [`super::session`]).
    pub session_file: Option<std::path::PathBuf>,
    /// The terminal's size: set before the first frame, then by `Action::Resize` only.
    pub size: (u16, u16),
    /// Panes, lists, filters, history ([`super::navigation`]).
    pub nav: Navigation,
    /// The entry view: scroll, link, find bar, zoom ([`super::reading`]).
    pub reading: Reading,
    /// Searches off the UI thread for large corpora ([`super::search_worker`]).
    pub search_worker: Option<SearchWorker>,
    /// Bookmarks and notes ([`super::study`]).
    pub study: Study,
    /// The tour being presented full screen ([`super::present`]).
    pub present: Option<crate::present::deck::Deck>,
    /// Where each tour's presentation was left ([`super::present`]); in memory unless the
    /// command line points it at the state folder.
    pub present_places: crate::present::resume::Memory,
    /// Language, theme, colour, mouse ([`super::settings`]).
    pub settings: Settings,
    /// The window drawn over the panes: opened and closed only by
    /// [`super::update`](mod@super::update); what is inside is changed only by the overlay's own
    /// module (search, help, matrix, facet panel, bookmarks, notes list, note editor).
    pub overlay: Option<Overlay>,
    /// The status line's message ([`super::status`]).
    pub status: Status,
    /// The letter commands the next letter may take back ([`super::typing`]); set and taken by
    /// [`super::update`](mod@super::update) only.
    pub typing: super::typing::Typing,
    /// The last question searched, which ↑ in an empty search box brings back: a reader who
    /// opened one result goes on to the next without typing the question again.
    pub last_query: String,
    /// The entry being read that a live reload took away, until it comes back
    /// ([`super::reload_gone`]).
    pub gone: Option<super::reload_gone::Gone>,
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
        App {
            index: Arc::new(index),
            search_worker: (corpus.len() >= WORKER_FROM).then(SearchWorker::spawn),
            nav: Navigation::new(&corpus, lang),
            corpus: Arc::new(corpus),
            l10n: Localizer::new(),
            check_command: "toli check".to_string(),
            content: Default::default(),
            session_file: None,
            size: (80, 24),
            reading: Reading::default(),
            study: Study::new(),
            present: None,
            present_places: crate::present::resume::Memory::default(),
            settings: Settings {
                lang,
                both: false,
                theme,
                no_color,
                mouse: true,
            },
            overlay: None,
            status: Status::default(),
            typing: Default::default(),
            last_query: String::new(),
            gone: None,
        }
    }

    /// The search box, open on top or under the help opened from it.
    pub fn search_box(&self) -> Option<&Search> {
        match self.overlay.as_ref().map(Overlay::under_help) {
            Some(Overlay::Search(s)) => Some(s),
            _ => None,
        }
    }

    /// The built-in note editor, open on top or under the help opened from it.
    pub fn note_editor(&self) -> Option<&super::study::note_editor::NoteEditor> {
        match self.overlay.as_ref().map(Overlay::under_help) {
            Some(Overlay::Note(ed)) => Some(ed),
            _ => None,
        }
    }

    /// A UI message in the current language.
    pub fn t(&self, id: &str) -> String {
        self.l10n.t(self.settings.lang, id)
    }

    /// A UI message with arguments.
    pub fn tf(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(self.settings.lang, id, args)
    }

    /// Shows `lang`: the lists take its alphabetical order, each keeping its selected entry.
    pub(super) fn set_lang(&mut self, lang: Lang) {
        super::settings::set_lang(self, lang);
    }

    /// The entries of the selected kind.
    pub fn list(&self) -> &[usize] {
        self.nav.list()
    }

    /// The entry shown in the entry view.
    pub fn current(&self) -> Option<usize> {
        self.nav.current()
    }

    /// Where the entry view is now.
    pub fn place(&self) -> Option<Place> {
        self.current().map(|entry| Place {
            entry,
            scroll: self.reading.scroll,
            link: self.reading.link,
        })
    }

    /// The entry being read, where it is: the entry view's place while it has the focus, else
    /// the entry last read there (opened with Enter, a link, a search or a window, kept while
    /// the focus is in the lists). None while the entry view only previews the list's
    /// selection: moving through a list reads nothing.
    pub fn read_now(&self) -> Option<Place> {
        if self.nav.focus == super::navigation::Pane::Entry {
            return self.place();
        }
        let read = self.nav.read?;
        match self.place() {
            Some(shown) if shown.entry == read.entry => Some(shown),
            _ => Some(read),
        }
    }

    /// Selects `entry` in the kinds and list panes.
    pub(super) fn select(&mut self, entry: usize) {
        if !self.nav.lists.iter().any(|l| l.contains(&entry)) && !self.nav.filters.is_empty() {
            // Opening an entry the facet filters hide: drop the filters rather than show another.
            self.nav.clear_filters();
            super::facet_panel::apply_filters(self);
        }
        self.nav.select(entry, self.corpus.entry(entry).kind);
    }
}
