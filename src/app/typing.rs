//! A word typed straight into the panes whose first letters are commands: `bodlogo` opens the
//! bookmarks with `b`, `klaster` moves up with `k` and to the entry with `l`, `geree` goes to
//! the top with `g` and opens the note editor with `e`. Letter commands typed one after
//! another, each within [`TYPING_GAP`] of the last, are a run. When a letter no key there uses
//! follows the run at typing speed, the run was a word being typed, not commands: every
//! command of it is taken back (the window closed, the bookmarks, the place and the language
//! as they were) and the search opens with the run's letters and that one. A space does the
//! same after two letters or more, or over a window the run's last letter opened (`my hezee`),
//! and so does a capital, a digit or a Mongolian letter after two letters or more.
//!
//! A run that begins with one key pressed twice or more (`jjj`, `kk`) is moving about: those
//! presses stay, whatever follows, and the word is what comes after them — `jjj` then «it
//! park» typed at once searches «it park» from the row moved to, and `jjjs` keeps the three
//! moves and searches «s»: no word in either language's Latin spelling starts with a command
//! letter doubled (the second `e` of «eej» is typed into the note editor the first one
//! opened, and takes it back: «eej» is searched whole). A pause or any other key (an arrow,
//! Enter, `L`) ends a run: `l`, a pause, then «yamar» keeps the move and takes back only the
//! `y` that opened the citation — while `l` then «yamar» typed at once is «lyamar». A single
//! letter command followed by a space, a capital or a digit stays a command (`j` then Space
//! scrolls twice).
//!
//! A capital whose command can be taken back (`L`, `B`, `T`, `M`, `H`, `E`, `G`) starts a run
//! too when no run is going and no window is open: `Mongold`, `Lithuania`, `Tomsk` are
//! searched whole, the language, both languages, theme and mouse put back with the rest.
//!
//! Only what a letter command changes that can be put back exactly is taken back: the
//! navigation (focus, lists, selection), the entry view's scroll, the language, a list or the
//! citation window it opened, the bookmarks of the entries read, and the note editor `e`
//! opened while nothing is written in it yet (`eh survalj`, `export`: the next letter would
//! otherwise be the note's first). A presentation is not taken back, nor a search, the help,
//! the matrix or the problems list a letter opened: the run ends there.
//!
//! The two letter commands that cannot be taken back wait instead, when they may be a word's
//! letter: `p` (present) in the panes always, `q` (quit) after a word's letter typed within
//! [`TYPING_GAP`]. The held command acts when [`TYPING_GAP`] passes with no key (the event
//! loop sleeps until then, [`Typing::held_left`]), or at once when a key that does not go on
//! with the word comes (an arrow, Enter, a click: the command first, then that key, read
//! where the command left the reader), or when its own key is pressed again (`pp`, `qq`: no
//! word starts with it doubled). A letter typed within the gap makes it a word's letter: it
//! never acts, and the word is searched whole with the run's other commands taken back
//! (`parkuud`, `plan`). `q` after a pause, or as a run's first letter, or after moves (`jjq`)
//! quits at once, with no wait; so does Ctrl-C everywhere, and `q`, `p` in a window or a
//! presentation (their keys there are no word's letters).
//!
//! The keys of the window a run's letter opened wait the same way, when typed within
//! [`TYPING_GAP`]: `budget` opens the bookmarks with `b`, and its `u` (put back) and `d`
//! (remove) never act — each waits, the next letter makes it a word's letter, and `g`, no key
//! there, searches «budget» whole with the window taken back. So in every window a letter
//! opens (the facets' `c` clears no filter, the citation's moves). When nothing comes within
//! the gap, or a key that does not go on with the word (Enter, an arrow), the waiting key acts
//! if it is the first typed over the window (`bd`, as `p` alone presents); after two or more
//! (`bud`) the run was a word: it is searched. A key typed over the window after a pause acts
//! at once (`b`, the reader reads the list, `d` removes), and a run's first letter pressed
//! again there (`bb`, `yy`: closing the window it opened) acts at once too.

use std::time::{Duration, Instant};

use super::action::Action;
use super::navigation::Navigation;
use super::settings::ThemeName;
use super::state::{App, Overlay};
use crate::lang::Lang;

/// The longest pause between a command letter and the next letter typed for them to read as
/// one word: a reader who commands reads the screen before the next key.
pub const TYPING_GAP: Duration = Duration::from_millis(500);

/// The letter commands typed last, if they may still be the start of a word.
#[derive(Default)]
pub struct Typing {
    run: Option<Run>,
    /// A live reload that came while a run could still take a next letter: applied once the
    /// run ends ([`Typing::take_waiting_reload`]), so no letter of it is lost or acts twice.
    waiting_reload: Option<Box<super::reload::Fresh>>,
}

impl Typing {
    /// Whether a letter typed now may still go on with the run (within [`TYPING_GAP`] of its
    /// last letter): a reload then waits, as what the run would take back points into the
    /// corpus shown.
    pub fn mid_run(&self) -> bool {
        self.run.as_ref().is_some_and(Run::typed_on)
    }

    /// Keeps `fresh` until the run ends; a later load replaces an earlier one waiting, and
    /// the files both were brought by are said together.
    pub fn wait_reload(&mut self, mut fresh: Box<super::reload::Fresh>) {
        if let Some(earlier) = self.waiting_reload.take() {
            for path in earlier.changed {
                if !fresh.changed.contains(&path) {
                    fresh.changed.insert(0, path);
                }
            }
        }
        self.waiting_reload = Some(fresh);
    }

    /// The reload that waited for the run, once the run can take no more letters.
    pub fn take_waiting_reload(&mut self) -> Option<Box<super::reload::Fresh>> {
        match self.mid_run() {
            true => None,
            false => self.waiting_reload.take(),
        }
    }

    /// The run so far, ended: any action but the next letter command ends it.
    pub fn take(&mut self) -> Option<Run> {
        self.run.take()
    }

    /// Keeps `run` for the next key, if any.
    pub fn keep(&mut self, run: Option<Run>) {
        self.run = run;
    }

    /// Whether the run holds a word's first letters, typed within [`TYPING_GAP`] of now.
    pub fn word_typed_on(&self) -> bool {
        self.run
            .as_ref()
            .is_some_and(|r| r.has_word() && r.typed_on())
    }

    /// Whether the run holds a word's first letters: a letter typed over the window its last
    /// letter opened may take it back.
    pub fn word_begun(&self) -> bool {
        self.run.as_ref().is_some_and(Run::has_word)
    }

    /// Whether a space typed now goes on with the word: after two of its letters or more, or
    /// over the window its last letter opened (`over_window`), at typing speed.
    pub fn space_goes_on(&self, over_window: bool) -> bool {
        self.word_typed_on()
            && self
                .run
                .as_ref()
                .is_some_and(|r| over_window || r.word().len() >= 2)
    }

    /// How long the held letter still waits for a word's next letter (None: none waits).
    pub fn held_left(&self) -> Option<Duration> {
        let run = self.run.as_ref().filter(|r| r.held.is_some())?;
        Some(TYPING_GAP.saturating_sub(run.at.elapsed()))
    }

    /// Whether the held letter must act before `next` (a key's action, mapped while it
    /// waits) is applied: the gap has passed, or `next` does not go on with the word.
    pub fn held_acts_before(&self, next: &Action) -> bool {
        self.run.as_ref().is_some_and(|r| {
            r.held.is_some()
                && (!r.typed_on()
                    || !(matches!(next, Action::ByLetter(..)) || r.takes_word(next, false)))
        })
    }

    /// The held letter, to act now: the run ends with it. Over a window the run opened, a
    /// letter that followed another one typed there is a word's: the word is searched.
    pub fn take_held(&mut self) -> Option<Held> {
        let run = self.run.take_if(|r| r.held.is_some())?;
        match run.window_letters >= 2 {
            true => Some(Held::Word(Box::new(run))),
            false => run.held.map(Held::Command),
        }
    }
}

/// What a held letter does when no word's letter came after it.
pub enum Held {
    /// Its command acts.
    Command(Action),
    /// The run was a word, typed into the window its letter opened: it is searched whole.
    Word(Box<Run>),
}

/// Letter commands typed one after another in the panes, each within [`TYPING_GAP`] of the
/// last: moves, or a word's first letters.
pub struct Run {
    /// Every letter of the run, in order (all ASCII).
    letters: String,
    /// How many of the first letters are one key pressed over and over: none, or two or more.
    moves: usize,
    /// The state before the first letter after the moves, once one is typed.
    before: Option<Before>,
    /// The entry read before each letter after the moves, and whether it was bookmarked.
    marks: Vec<Option<(String, bool)>>,
    /// How many of the letters were typed over the window a letter of the run opened.
    window_letters: usize,
    /// When the last letter was typed.
    at: Instant,
    /// The command of the last letter, waiting to see whether a word's letter follows.
    held: Option<Action>,
}

impl Run {
    /// `run` (if `letter` follows it at typing speed, else a new one) with `letter`, whose
    /// command is about to run: its state is kept when it may be a word's.
    pub fn then(run: Option<Run>, letter: char, app: &App) -> Run {
        let mut run = run.filter(Run::typed_on).unwrap_or_else(|| Run {
            letters: String::new(),
            moves: 0,
            before: None,
            marks: Vec::new(),
            window_letters: 0,
            at: Instant::now(),
            held: None,
        });
        // A letter after the held one: that was a word's letter, not a command.
        run.held = None;
        let repeated = !run.letters.is_empty() && run.letters.chars().all(|l| l == letter);
        if repeated {
            run.moves = run.letters.len() + 1;
            run.before = None;
            run.marks.clear();
        } else {
            run.before.get_or_insert_with(|| Before::of(app));
            run.marks.push(bookmark(app));
        }
        run.letters.push(letter);
        run.window_letters = match app.overlay {
            Some(_) => run.window_letters + 1,
            None => 0,
        };
        run
    }

    /// The run after its last letter's command ran, if that command can be taken back: it
    /// started no presentation, and opened no window but a list, the citation or the note
    /// editor with nothing changed in it (not a search). One that changed nothing (`h` in
    /// the leftmost pane) is part of the run too: the letter was typed all the same.
    pub fn ran(mut self, app: &App) -> Option<Run> {
        // Every window named: a new one is a decision here, not a silent "no".
        let window = match &app.overlay {
            None => true,
            Some(
                Overlay::Bookmarks { .. }
                | Overlay::Recent { .. }
                | Overlay::Notes { .. }
                | Overlay::Facets { .. }
                | Overlay::Citation { .. },
            ) => true,
            Some(Overlay::Note(editor)) => !editor.changed(),
            Some(
                Overlay::Help { .. }
                | Overlay::Search(_)
                | Overlay::Matrix(_)
                | Overlay::Problems { .. },
            ) => false,
        };
        self.at = Instant::now();
        (window && app.present.is_none()).then_some(self)
    }

    /// Whether `command`, the command of the run's last letter, waits for the next key: the
    /// letter may be a word's, and the command cannot be taken back, or it is a key of the
    /// window the run opened (see the module doc).
    pub fn holds(&self, command: &Action) -> bool {
        if self.window_letters > 0 {
            return self.has_word();
        }
        match command {
            Action::Present => true,
            Action::Quit => self.word().len() >= 2,
            _ => false,
        }
    }

    /// The run with its last letter's `command` held back until the next key or the gap.
    pub fn hold(mut self, command: Action) -> Run {
        self.held = Some(command);
        self.at = Instant::now();
        self
    }

    /// The held command in the panes when `letter` is its own key pressed again at once: it
    /// acts now (inside a word a letter doubled is common: `buu`…).
    pub fn held_again(&mut self, letter: char) -> Option<Action> {
        match self.window_letters == 0 && self.typed_on() && self.letters.ends_with(letter) {
            true => self.held.take(),
            false => None,
        }
    }

    /// Whether `action`, typed now, goes on with the word (it takes the run's commands back
    /// and searches the word): a letter no key uses at typing speed, a space the keymap timed,
    /// any letter over the note editor `e` opened (`over_note`), or a capital, digit or
    /// Mongolian letter after two of the word's letters.
    pub fn takes_word(&self, action: &Action, over_note: bool) -> bool {
        match action {
            Action::UnboundLetter(c) => {
                self.has_word() && (self.typed_on() || *c == ' ' || over_note)
            }
            Action::SearchFor(_) => self.typed_on() && self.word().len() >= 2,
            _ => false,
        }
    }

    /// Whether a key typed now follows the run's last letter at typing speed.
    pub fn typed_on(&self) -> bool {
        self.at.elapsed() <= TYPING_GAP
    }

    /// Whether letters follow the moves: a word's first letters, perhaps.
    pub fn has_word(&self) -> bool {
        self.letters.len() > self.moves
    }

    /// The letters after the moves.
    pub fn word(&self) -> &str {
        &self.letters[self.moves..]
    }

    /// Puts back what the word's commands changed, through the modules that own it, and
    /// returns its letters with `typed` after them; the moves before it stay, and the window
    /// its last command opened is the caller's to replace (`update`, which owns the overlay).
    pub fn take_back(self, app: &mut App, typed: &str) -> String {
        let word = format!("{}{typed}", self.word());
        let Some(before) = self.before else {
            return word;
        };
        if before.lang != app.settings.lang {
            super::settings::set_lang(app, before.lang);
        }
        app.settings.set_both(before.both);
        app.settings.set_theme(before.theme);
        app.settings.set_mouse(before.mouse);
        app.nav.restore(before.nav);
        // Latest first, so an entry bookmarked twice over ends as it was before the first.
        for (id, was) in self.marks.into_iter().rev().flatten() {
            super::study::bookmarks::put_back(app, &id, was);
        }
        app.reading.scroll_to(before.scroll);
        word
    }
}

/// What a word's letter commands may change, as it was before the first of them.
struct Before {
    nav: Navigation,
    scroll: usize,
    lang: Lang,
    both: bool,
    theme: ThemeName,
    mouse: bool,
}

impl Before {
    fn of(app: &App) -> Before {
        Before {
            nav: app.nav.clone(),
            scroll: app.reading.scroll,
            lang: app.settings.lang,
            both: app.settings.both,
            theme: app.settings.theme,
            mouse: app.settings.mouse,
        }
    }
}

/// The entry read and whether it is bookmarked.
fn bookmark(app: &App) -> Option<(String, bool)> {
    let id = &app.corpus.entry(app.current()?).id;
    Some((id.clone(), app.study.bookmarks.contains(id)))
}

#[cfg(test)]
#[path = "typing_tests.rs"]
mod tests;
