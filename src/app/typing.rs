//! A word typed straight into the panes whose first letter is a command: `bodlogo` opens the
//! bookmarks with `b`, `mcs` bookmarks the entry with `m`, `how` moves to the kinds pane with
//! `h`. When the very next key is a letter no key there uses, typed at typing speed (within
//! [`TYPING_GAP`]), the reader was typing, not commanding: the command is taken back (the
//! window closed, the bookmark, the place and the language as they were) and the search opens
//! with both letters typed. A letter command right after another (`j j j`, then a word) is
//! moving about, and is never taken back — unless it opened a window, which would swallow the
//! word: `l`, then «yamar» typed at once, moves to the entry and searches «yamar», where the
//! `y` would have opened the citation and the rest gone into it.
//!
//! Only what a letter command changes that can be put back exactly is taken back: the
//! navigation (focus, lists, selection), the entry view's scroll, the language, a list or the
//! citation window it opened, the bookmark of the entry read, and the note editor `e` opened
//! while nothing is written in it yet (`eh survalj`, `export`: the next letter would otherwise
//! be the note's first). A presentation is not taken back.

use std::time::{Duration, Instant};

use super::navigation::Navigation;
use super::state::{App, Overlay};
use crate::lang::Lang;

/// The longest pause between a command letter and the next letter typed for them to read as
/// one word: a reader who commands reads the screen before the next key.
pub const TYPING_GAP: Duration = Duration::from_millis(500);

/// What a letter command may change, as it was before the command.
pub struct Before {
    nav: Navigation,
    scroll: usize,
    lang: Lang,
    bookmark: Option<(String, bool)>,
}

/// What the last action leaves for the next letter: the letter command it may take back, and
/// when it was a letter command, the moment it ran.
#[derive(Default)]
pub struct Typing {
    pub taken: Option<Taken>,
    pub after_letter: Option<Instant>,
}

impl Typing {
    /// Whether the action now follows a letter command within [`TYPING_GAP`] (`j j j`): one
    /// pressed minutes before is not a run of moves the next word belongs to. Ends it.
    pub fn right_after_letter(&mut self) -> bool {
        self.after_letter
            .take()
            .is_some_and(|at| at.elapsed() <= TYPING_GAP)
    }
}

/// A letter command that the next letter may take back.
pub struct Taken {
    pub letter: char,
    at: Instant,
    before: Before,
}

impl Before {
    /// The state a letter command is about to change.
    pub fn of(app: &App) -> Before {
        Before {
            nav: app.nav.clone(),
            scroll: app.reading.scroll,
            lang: app.settings.lang,
            bookmark: bookmark(app),
        }
    }

    /// The command of `letter` that ran since (never over a window: the keymap marks only
    /// commands in the panes), if it can be taken back: it started no presentation, and opened
    /// no window but a list, the citation or the note editor with nothing changed in it (not a
    /// search). One that changed nothing (`h` in the leftmost pane) is taken back too: the
    /// letter was typed all the same. Right after another letter command (`in_a_row`), only
    /// one that opened such a window: moves in a row stay moves.
    pub fn taken(self, app: &App, letter: char, in_a_row: bool) -> Option<Taken> {
        // Every window named: a new one is a decision here, not a silent "no".
        let window = match &app.overlay {
            None => !in_a_row,
            Some(
                Overlay::Bookmarks { .. }
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
        (window && app.present.is_none()).then_some(Taken {
            letter,
            at: Instant::now(),
            before: self,
        })
    }
}

impl Taken {
    /// Whether a letter typed now follows this command at typing speed.
    pub fn typed_on(&self) -> bool {
        self.at.elapsed() <= TYPING_GAP
    }

    /// Puts back what the command changed, through the modules that own it; the window it
    /// opened is the caller's to replace (`update`, which owns the overlay).
    pub fn undo(self, app: &mut App) {
        let before = self.before;
        if before.lang != app.settings.lang {
            super::settings::set_lang(app, before.lang);
        }
        // Back at the entry read before (`j` moves off it), then its bookmark as it was: `m`
        // bookmarks the entry read, which it leaves as it is.
        app.nav.restore(before.nav);
        if before.bookmark.is_some() && before.bookmark != bookmark(app) {
            super::study::toggle_bookmark(app);
        }
        app.reading.scroll_to(before.scroll);
    }
}

/// The entry read and whether it is bookmarked.
fn bookmark(app: &App) -> Option<(String, bool)> {
    let id = &app.corpus.entry(app.current()?).id;
    Some((id.clone(), app.study.bookmarks.contains(id)))
}

#[cfg(test)]
mod tests {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    use super::super::keymap::event_action;
    use super::super::state::Pane;
    use super::super::update::update;
    use super::*;
    use crate::app::action::Action;
    use crate::ui::theme::ThemeName;

    fn app(focus: Pane) -> App {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let mut a = App::new(corpus, Lang::Mn, ThemeName::Dark, false);
        a.nav.focus = focus;
        a
    }

    /// Types `text` as a terminal sends it, key by key, through the key table.
    fn type_in(a: &mut App, text: &str) {
        for c in text.chars() {
            let key = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            if let Some(action) = event_action(a, &key) {
                update(a, action);
            }
        }
    }

    fn query(a: &App) -> Option<&str> {
        match &a.overlay {
            Some(Overlay::Search(s)) => Some(s.query.as_str()),
            _ => None,
        }
    }

    /// Walk 15, O-1: Latin-letter questions whose first letter is a command are searched
    /// whole, and the command is taken back: no bookmarks window left open (nor a bookmark
    /// removed by the `d` of «bodlogo»), no bookmark added by the `m` of «mcs», the focus back
    /// where it was after the `h` of «how».
    #[test]
    fn a_word_typed_after_a_letter_command_takes_it_back() {
        for (focus, word) in [
            (Pane::Kinds, "bodlogo"),
            (Pane::List, "bodlogo"),
            (Pane::List, "mcs hezee"),
            (Pane::List, "how many"),
            (Pane::Kinds, "how many"),
            (Pane::List, "yamar"),
            (Pane::Entry, "mcs"),
            (Pane::List, "eh survalj"),
            (Pane::Entry, "export"),
        ] {
            let mut a = app(focus);
            let before = (
                a.nav.focus,
                bookmark(&a),
                a.study.bookmarks.contains("cluster"),
            );
            type_in(&mut a, word);
            assert_eq!(query(&a), Some(word), "{word} from {focus:?}");
            let after = (
                a.nav.focus,
                bookmark(&a),
                a.study.bookmarks.contains("cluster"),
            );
            assert_eq!(after, before, "{word} from {focus:?}");
            assert!(a.typing.taken.is_none());
        }
    }

    /// A command used as one stays: `m` alone bookmarks, `b` then a key the bookmarks window
    /// uses keeps it open, and a letter after another key is not typing.
    #[test]
    fn a_command_used_as_one_is_kept() {
        let mut a = app(Pane::List);
        type_in(&mut a, "m");
        assert_eq!(bookmark(&a).map(|(_, on)| on), Some(true), "m bookmarks");
        update(&mut a, Action::Escape);
        assert!(
            a.typing.taken.is_none(),
            "any other action ends the take-back"
        );
        type_in(&mut a, "o");
        assert_eq!(
            bookmark(&a).map(|(_, on)| on),
            Some(true),
            "still bookmarked"
        );
        let mut a = app(Pane::List);
        type_in(&mut a, "bj");
        assert!(matches!(a.overlay, Some(Overlay::Bookmarks { .. })));
    }

    /// Walk 16, S-1 and S-2: a letter command pressed long before is no run of moves the next
    /// word belongs to (`j`, a pause, then «mcs hezee» adds no bookmark), and taking back a
    /// command that moved (`j` of «jishee») leaves every bookmark as it was.
    #[test]
    fn a_move_long_before_or_taken_back_changes_no_bookmark() {
        let mut a = app(Pane::List);
        let marks = a.study.bookmarks.clone();
        type_in(&mut a, "j");
        if let Some(at) = a.typing.after_letter.as_mut() {
            *at -= TYPING_GAP * 4;
        }
        if let Some(taken) = a.typing.taken.as_mut() {
            taken.at -= TYPING_GAP * 4;
        }
        type_in(&mut a, "mcs hezee");
        assert_eq!(query(&a), Some("mcs hezee"));
        assert_eq!(a.study.bookmarks, marks, "m taken back");
        let mut a = app(Pane::List);
        let selected = a.nav.selected.clone();
        type_in(&mut a, "jishee");
        assert_eq!(query(&a), Some("jishee"));
        assert_eq!(a.study.bookmarks, marks, "no entry bookmarked");
        assert_eq!(a.nav.selected, selected, "back where it was");
    }

    /// `e` and a pause is a note: the letters typed then are its text. Typed at once, the
    /// editor goes, nothing is written and both letters are searched.
    #[test]
    fn a_note_begun_after_a_pause_is_a_note() {
        let mut a = app(Pane::List);
        type_in(&mut a, "e");
        assert!(matches!(a.overlay, Some(Overlay::Note(_))));
        if let Some(taken) = a.typing.taken.as_mut() {
            taken.at -= TYPING_GAP * 2;
        }
        type_in(&mut a, "hi there");
        match &a.overlay {
            Some(Overlay::Note(editor)) => assert_eq!(editor.text(), "hi there\n"),
            _ => panic!("the note editor stays open"),
        }
        assert!(a.typing.taken.is_none());
        let mut a = app(Pane::List);
        let notes = a.study.notes.clone();
        type_in(&mut a, "eh");
        assert_eq!(query(&a), Some("eh"));
        assert_eq!(a.study.notes, notes, "no note written");
    }

    /// Walk 18, X-1: `l`, then a question typed at once: the `l` stays a move, the `y` that
    /// opened the citation is taken back, and the question is searched whole. So with `j`
    /// then «bodlogo» (the bookmarks window `b` opened goes), and `j` then «eh» (the editor).
    #[test]
    fn a_window_opened_after_a_move_is_taken_back_by_the_word_typed() {
        for (focus, keys, word, moved_to) in [
            (
                Pane::List,
                "lyamar sanhuujilt",
                "yamar sanhuujilt",
                Pane::Entry,
            ),
            (Pane::Kinds, "lbodlogo", "bodlogo", Pane::List),
            (Pane::List, "jeh survalj", "eh survalj", Pane::List),
        ] {
            let mut a = app(focus);
            let marks = a.study.bookmarks.clone();
            type_in(&mut a, &keys[..1]);
            let moved = (a.nav.focus, a.nav.selected.clone());
            assert_eq!(moved.0, moved_to, "{keys}");
            type_in(&mut a, &keys[1..]);
            assert_eq!(query(&a), Some(word), "{keys}");
            assert_eq!(
                (a.nav.focus, a.nav.selected.clone()),
                moved,
                "{keys}: the move stays"
            );
            assert_eq!(a.study.bookmarks, marks, "{keys}");
        }
    }

    /// Moving about with letters, then typing a word, is not a word: `j j j` then «it park»
    /// searches «it park», and so does `j`, a pause, then «it park».
    #[test]
    fn moving_about_then_typing_takes_nothing_back() {
        let mut a = app(Pane::List);
        type_in(&mut a, "jjj");
        let moved = a.nav.selected.clone();
        type_in(&mut a, "it park");
        assert_eq!(query(&a), Some("it park"));
        assert_eq!(a.nav.selected, moved, "the moves stay");
        let mut a = app(Pane::List);
        type_in(&mut a, "j");
        let moved = a.nav.selected.clone();
        if let Some(taken) = a.typing.taken.as_mut() {
            taken.at -= TYPING_GAP * 2;
        }
        type_in(&mut a, "it park");
        assert_eq!(query(&a), Some("it park"));
        assert_eq!(a.nav.selected, moved, "the move stays");
    }
}
