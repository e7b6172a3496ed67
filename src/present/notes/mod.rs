//! The trainer's notes view (`toli present TOUR --notes`, in a second terminal): it follows the
//! presenting instance through the runtime state file, polled about every 200 ms while waiting
//! for keys (no busy loop), and shows the current step's title, its trainer note (in the talk's
//! language, or the view's own: `--lang`, `L`), under it the trainer's own note on the step's
//! entry (written with `e` in the app, read again when its file changes), the next step's
//! title, the step counter, the elapsed time, the pace against a plan and what the room sees
//! over the step — or says that no presentation is running and waits (a talk that closed
//! says the step it closed at, as its presenter kept it in [`super::resume`]: a jump to the
//! last step and `q` between two reads is finished), or that one runs from
//! content this terminal did not load, with the command that loads it (the presenter's state
//! names its folders). Its step keys (Space,
//! the arrows, PgUp/PgDn, Home, End, `g` and a number, `p`) and `f` (the step's charts) drive
//! the talk ([`super::remote`]);
//! `/` finds an entry and shows it on the projector for a question from the room (`search.rs`);
//! `?`/F1 list its keys, and Esc asks before closing it. A saved edit of the
//! `--content` folders reloads it, as it does the app; a problem in the saved files shows here
//! whole, above the step (the projector only says where it is).
//!
//! Here: what the view follows and reading it again ([`Notes::poll`]); what it says on screen
//! is `lines.rs`, its keys `keys.rs`, the terminal it runs in `run.rs`.

mod keys;
mod lines;
mod run;
mod search;

pub use keys::{After, key_action};
pub use run::run;
pub use search::{Question, search_key_action};

use std::path::Path;
use std::sync::Arc;

use super::deck::{epoch_secs, steps_of};
use super::own_note::OwnNote;
use super::sync::{self, Position};
use crate::corpus::Corpus;
use crate::diagnostic::Diagnostic;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::store::Store;
use crate::ui::theme::ThemeName;

/// What the notes view shows.
pub struct Notes<'a> {
    /// The corpus as loaded, then as each live reload leaves it.
    pub corpus: Arc<Corpus>,
    pub l10n: &'a Localizer,
    /// The tour followed; None follows whichever presentation is newest.
    pub tour: Option<String>,
    /// The tour of the last talk this screen saw: the one to start again when it ends.
    pub last_tour: Option<String>,
    /// The step that talk was at when last seen (0 is the first): one left before its last
    /// step is said to have stopped there, not to have finished.
    pub last_step: Option<usize>,
    /// The language while no presentation is running: the last talk's, once there was one.
    pub lang: Lang,
    /// The notes' own language (`--lang`, or `L` here); None follows the talk's.
    pub own_lang: Option<Lang>,
    pub theme: ThemeName,
    pub no_color: bool,
    /// The presenter's position, as last read.
    pub position: Option<Position>,
    /// Seconds since the epoch, for the elapsed time.
    pub now: u64,
    /// The first problem of the last live reload, until a reload without one.
    pub problem: Option<Diagnostic>,
    /// Every problem of the content as last loaded (a step whose entry's file did not load
    /// names that file and its error).
    pub problems: Vec<Diagnostic>,
    /// Whether the talk followed has ended since this screen last saw it running.
    pub ended: bool,
    /// Another tour being presented while the one followed is not (its title is said).
    pub elsewhere: Option<String>,
    /// The process of the presentation followed: kept while it runs, so that a second
    /// presentation of the same tour (another session of the same user) never takes over.
    pub presenter: Option<u32>,
    /// `--presenter PID`: only the presentation in that process is followed, whichever
    /// others run (while it does not run, the screen says so and waits).
    pub pinned: bool,
    /// How many presentations of the followed talk's tour run (more than one is said).
    pub presenters: usize,
    /// Another presentation of the followed talk's tour, if one runs (with `--presenter`, of
    /// the tour, while the one named does not run): the notes say the command that follows it.
    pub other_presenter: Option<sync::Presenter>,
    /// The reader's saved notes (`e` in the app); None shows no note of theirs.
    pub store: Option<Store>,
    /// The trainer's own note on the current step's entry, as last read.
    pub own_note: Option<OwnNote>,
    /// The content this screen loaded: the command it offers to start the talk loads it too.
    pub loaded: crate::present::sync::Loaded,
    /// The key list (`?`, F1) is shown over the notes.
    pub help: bool,
    /// Esc asked whether to close the notes; q closes them, another key stays.
    pub leaving: bool,
    /// Where each tour's talk was left (the presenter keeps it as it closes): the step a talk
    /// closed at, though it moved after this screen last read it.
    pub places: crate::present::resume::Memory,
    /// `f` was pressed at a step with no chart to show: the tour and step it was pressed at
    /// and the answer's message id, on the key line until another key or another step.
    pub figure_answer: Option<(String, usize, &'static str)>,
    /// The step number typed after `g`, and whether Enter found the tour has no such step.
    pub jump: Option<String>,
    pub jump_wrong: bool,
    /// What the last key said on the key line (a key that does nothing here, an entry shown
    /// on the projector), until the next key.
    pub told: Option<&'static str>,
    /// The question typed after `/` and the entries it finds ([`search`]).
    pub question: Option<Question>,
    /// The search index of [`Notes::corpus`], built at the first question; a reload drops it.
    pub index: Option<Arc<crate::search::SearchIndex>>,
}

impl<'a> Notes<'a> {
    /// The notes view following `tour` (None: whichever talk is newest) in `lang` until a talk
    /// says its own, in the dark theme with colour, before any position is read.
    pub fn following(
        corpus: Arc<Corpus>,
        l10n: &'a Localizer,
        tour: Option<String>,
        lang: Lang,
    ) -> Notes<'a> {
        Notes {
            corpus,
            l10n,
            tour,
            last_tour: None,
            last_step: None,
            lang,
            own_lang: None,
            theme: ThemeName::Dark,
            no_color: false,
            position: None,
            now: 0,
            problem: None,
            problems: Vec::new(),
            ended: false,
            elsewhere: None,
            presenter: None,
            pinned: false,
            presenters: 0,
            other_presenter: None,
            store: None,
            own_note: None,
            loaded: crate::present::sync::Loaded::default(),
            help: false,
            leaving: false,
            places: Default::default(),
            figure_answer: None,
            jump: None,
            jump_wrong: false,
            told: None,
            question: None,
            index: None,
        }
    }

    /// Reads the state file again.
    pub fn poll(&mut self, dir: &Path) {
        let was_running = self.position.is_some();
        // The talk followed so far while it runs, else the one started last.
        let all = sync::presenters(dir, self.tour.as_deref());
        let kept = all.iter().find(|p| Some(p.pid) == self.presenter);
        let chosen = if self.pinned {
            kept
        } else {
            kept.or(all.first())
        };
        if !self.pinned {
            self.presenter = chosen.map(|p| p.pid);
        }
        let same_tour: Vec<&sync::Presenter> = chosen.map_or(Vec::new(), |c| {
            (all.iter())
                .filter(|p| p.position.tour == c.position.tour)
                .collect()
        });
        self.presenters = same_tour.len();
        let others = if chosen.is_some() {
            same_tour
        } else {
            all.iter().collect()
        };
        self.other_presenter = (others.into_iter())
            .find(|p| Some(p.pid) != self.presenter)
            .cloned();
        self.position = chosen.map(|p| p.position.clone());
        self.ended = match self.position {
            Some(_) => false,
            None => self.ended || was_running,
        };
        // Following one tour while another runs: say which runs, not "nothing runs".
        self.elsewhere = match (&self.position, &self.tour) {
            (None, Some(t)) => {
                (sync::latest(dir).map(|p| p.tour)).filter(|other| !(self.pinned && other == t))
            }
            _ => None,
        };
        // When the talk stops, the notes stay in the language it was given in.
        if let Some(p) = &self.position {
            self.lang = p.lang;
            self.last_tour = Some(p.tour.clone());
            self.last_step = Some(p.step);
            // The presenter then keeps problems off the projector; a notes screen that cannot
            // say so leaves them there. One that does not hold the tour (started without the
            // presenter's content) shows none of its steps: it does not follow.
            if let (Some(_), Some(presenter)) = (self.corpus.index_of(&p.tour), self.presenter) {
                let _ = sync::mark_following(dir, &p.tour, presenter);
            }
        }
        if was_running && self.position.is_none() {
            self.read_where_left();
        }
        self.now = epoch_secs();
        self.read_own_note();
    }

    /// The talk seen running has closed: the step its presenter kept as it closed, when that
    /// was kept since this screen last saw the talk (within a second of it: the presenter's
    /// clock is read once a frame). A jump to the last step and `q` between two reads of the
    /// state file is a finished talk, not one stopped at the step before the jump.
    fn read_where_left(&mut self) {
        let Some(tour) = self.last_tour.as_deref() else {
            return;
        };
        if let Some(place) = self.places.recall(tour)
            && place.seen + 1 >= self.now
        {
            self.last_step = Some(place.step);
        }
    }

    /// The step the talk last seen was left at and its number of steps (both counted from 1),
    /// when that was before its last step.
    fn stopped_at(&self) -> Option<(usize, usize)> {
        let tour = self.corpus.index_of(self.last_tour.as_deref()?)?;
        let total = steps_of(&self.corpus, tour).len();
        let step = self.last_step? + 1;
        (step < total).then_some((step, total))
    }

    /// The entry of the step the followed talk is at.
    fn step_entry(&self) -> Option<usize> {
        let p = self.position.as_ref()?;
        let tour = self.corpus.index_of(&p.tour)?;
        steps_of(&self.corpus, tour).get(p.step)?.entry
    }

    /// Reads the trainer's own note on the current step's entry again when its file changed
    /// (saved with `e` in the app, from another window or a text editor).
    pub fn read_own_note(&mut self) {
        let id = self.step_entry().map(|i| self.corpus.entry(i).id.clone());
        self.own_note = match (&self.store, id) {
            (Some(store), Some(id)) => Some(OwnNote::read(store, &id, self.own_note.take())),
            _ => None,
        };
    }

    /// The language the notes are shown in: their own, else the talk's.
    pub fn shown_lang(&self) -> Lang {
        self.own_lang
            .unwrap_or_else(|| self.position.as_ref().map_or(self.lang, |p| p.lang))
    }

    /// `L`: the other language from now on, whatever the talk's.
    pub fn toggle_lang(&mut self) {
        self.own_lang = Some(self.shown_lang().other());
    }
}
