//! The take-back of letter commands typed as a word's first letters, key by key through the
//! key table as a terminal sends them.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::super::keymap::event_action;
use super::super::state::Pane;
use super::super::update::update;
use super::*;
use crate::app::action::{Action, Message};
use crate::app::effect::{Effect, Effects};
use crate::app::settings::ThemeName;

fn app(focus: Pane) -> App {
    let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let mut a = App::new(corpus, Lang::Mn, ThemeName::Dark, false);
    a.nav.focus = focus;
    a
}

/// Types `text` as a terminal sends it, key by key, through the key table, as the event loop
/// does: a held command acts first when a key comes that does not go on with the word.
/// Returns what the app asked of the world (quitting).
fn type_in(a: &mut App, text: &str) -> Effects {
    let mut effects = Effects::new();
    for c in text.chars() {
        let key = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        effects.extend(press(a, &key));
    }
    effects
}

fn press(a: &mut App, key: &Event) -> Effects {
    let mut effects = Effects::new();
    let mut action = event_action(a, key);
    if action
        .as_ref()
        .is_some_and(|n| a.typing.held_acts_before(n))
    {
        effects.extend(update(a, Message::HeldCommandDue));
        action = event_action(a, key);
    }
    if let Some(action) = action {
        effects.extend(update(a, action));
    }
    effects
}

/// The reader stops to read the screen: the next key comes after [`TYPING_GAP`].
fn pause(a: &mut App) {
    if let Some(run) = a.typing.run.as_mut() {
        run.at -= TYPING_GAP * 2;
    }
}

fn query(a: &App) -> Option<&str> {
    match &a.overlay {
        Some(Overlay::Search(s)) => Some(s.query.as_str()),
        _ => None,
    }
}

/// Where the reader is: the pane, the kind, each list's row, the entry view's scroll.
fn place(a: &App) -> (Pane, usize, Vec<usize>, usize) {
    (
        a.nav.focus,
        a.nav.kind,
        a.nav.selected.clone(),
        a.reading.scroll,
    )
}

/// The list at its fourth row, reached with the arrow keys (no letter run).
fn app_down_the_list() -> App {
    let mut a = app(Pane::List);
    for _ in 0..3 {
        update(&mut a, Action::Down);
    }
    a
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
        assert!(a.typing.run.is_none());
    }
}

/// Walk 20, O-1: a word whose first two letters or more are commands, typed at once, is
/// searched whole, and every command of it is taken back: `k` (up) and `l` (to the entry) of
/// «klaster», `g` (top) and `e` (the note editor) of «geree», `j` (down) and `m` (a bookmark
/// on the entry moved to) of «jmaa». A space after two of them goes on with the word too
/// (`l` then Space would page down the entry), as over the window the last one opened.
#[test]
fn a_word_whose_first_letters_are_commands_takes_them_all_back() {
    for (focus, word) in [
        (Pane::List, "klaster gej yu ve"),
        (Pane::List, "geree"),
        (Pane::Entry, "geree"),
        (Pane::List, "jmaa"),
        (Pane::Kinds, "jlbodlogo"),
        (Pane::List, "kl kl"),
        (Pane::List, "my hezee"),
        (Pane::List, "he bol"),
    ] {
        let mut a = app_down_the_list();
        a.nav.focus = focus;
        let (before, marks, notes) = (place(&a), a.study.bookmarks.clone(), a.study.notes.clone());
        type_in(&mut a, word);
        assert_eq!(query(&a), Some(word), "{word} from {focus:?}");
        assert_eq!(
            place(&a),
            before,
            "{word} from {focus:?}: the place as it was"
        );
        assert_eq!(a.study.bookmarks, marks, "{word} from {focus:?}");
        assert_eq!(
            a.study.notes, notes,
            "{word} from {focus:?}: no note written"
        );
    }
}

/// A command used as one stays: `m` alone bookmarks, `b` then a key the bookmarks window
/// uses keeps it open, and a letter after another key is not typing. A single letter
/// command then a space is two commands (`j` then Space scrolls the entry twice).
#[test]
fn a_command_used_as_one_is_kept() {
    let mut a = app(Pane::List);
    type_in(&mut a, "m");
    assert_eq!(bookmark(&a).map(|(_, on)| on), Some(true), "m bookmarks");
    update(&mut a, Action::Escape);
    assert!(a.typing.run.is_none(), "any other action ends the run");
    type_in(&mut a, "o");
    assert_eq!(
        bookmark(&a).map(|(_, on)| on),
        Some(true),
        "still bookmarked"
    );
    let mut a = app(Pane::List);
    type_in(&mut a, "bj");
    assert!(matches!(a.overlay, Some(Overlay::Bookmarks { .. })));
    let mut a = app(Pane::Entry);
    type_in(&mut a, "j ");
    assert!(a.overlay.is_none(), "no search opened");
    assert!(a.reading.scroll > 1, "scrolled a line, then a page");
}

/// Walk 16, S-1 and S-2: a letter command pressed long before is no run of moves the next
/// word belongs to (`j`, a pause, then «mcs hezee» adds no bookmark), and taking back a
/// command that moved (`j` of «jishee») leaves every bookmark as it was.
#[test]
fn a_move_long_before_or_taken_back_changes_no_bookmark() {
    let mut a = app(Pane::List);
    let marks = a.study.bookmarks.clone();
    type_in(&mut a, "j");
    pause(&mut a);
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
    pause(&mut a);
    type_in(&mut a, "hi there");
    match &a.overlay {
        Some(Overlay::Note(editor)) => assert_eq!(editor.text(), "hi there\n"),
        _ => panic!("the note editor stays open"),
    }
    assert!(a.typing.run.is_none());
    let mut a = app(Pane::List);
    let notes = a.study.notes.clone();
    type_in(&mut a, "eh");
    assert_eq!(query(&a), Some("eh"));
    assert_eq!(a.study.notes, notes, "no note written");
}

/// Walk 18, X-1: `l`, a pause, then a question: the `l` stays a move, the `y` that opened
/// the citation is taken back, and the question is searched whole. So with `j`, a pause,
/// then «bodlogo» (the bookmarks window `b` opened goes), and «eh» (the editor).
#[test]
fn a_window_opened_after_a_move_is_taken_back_by_the_word_typed() {
    for (focus, keys, moved_to) in [
        (Pane::List, "lyamar sanhuujilt", Pane::Entry),
        (Pane::Kinds, "lbodlogo", Pane::List),
        (Pane::List, "jeh survalj", Pane::List),
    ] {
        let mut a = app(focus);
        let marks = a.study.bookmarks.clone();
        type_in(&mut a, &keys[..1]);
        let moved = (a.nav.focus, a.nav.selected.clone());
        assert_eq!(moved.0, moved_to, "{keys}");
        pause(&mut a);
        type_in(&mut a, &keys[1..]);
        assert_eq!(query(&a), Some(&keys[1..]), "{keys}");
        assert_eq!(
            (a.nav.focus, a.nav.selected.clone()),
            moved,
            "{keys}: the move stays"
        );
        assert_eq!(a.study.bookmarks, marks, "{keys}");
    }
}

/// One key pressed over and over is moving about, however fast what follows is typed: `j j
/// j` then «it park» searches «it park» from the row moved to, `jjjs` keeps the moves and
/// searches «s», `kk` then «klaster» searches «klaster»; `j`, a pause, then «it park» keeps
/// the move too.
#[test]
fn moving_about_then_typing_takes_nothing_back() {
    for (keys, moves, word) in [
        ("jjjit park", 3, "it park"),
        ("jjjs", 3, "s"),
        ("jjklaster", 2, "klaster"),
    ] {
        let mut a = app(Pane::List);
        type_in(&mut a, &keys[..moves]);
        let moved = place(&a);
        assert_ne!(moved, place(&app(Pane::List)), "{keys}: the list moved");
        type_in(&mut a, &keys[moves..]);
        assert_eq!(query(&a), Some(word), "{keys}");
        assert_eq!(place(&a), moved, "{keys}: the moves stay");
    }
    let mut a = app(Pane::List);
    type_in(&mut a, "j");
    let moved = a.nav.selected.clone();
    pause(&mut a);
    type_in(&mut a, "it park");
    assert_eq!(query(&a), Some("it park"));
    assert_eq!(a.nav.selected, moved, "the move stays");
}

/// The list of tours, its first selected: where `p` presents it.
fn app_on_a_tour() -> App {
    let mut a = app(Pane::List);
    crate::app::present::show_tours(&mut a);
    assert!(
        a.current()
            .is_some_and(|i| a.corpus.entry(i).kind == crate::corpus::model::Kind::Tour)
    );
    a
}

/// The typing gap passes with nothing typed: the event loop wakes when the held command's
/// wait is over and lets it act.
fn gap_passes(a: &mut App) -> Effects {
    pause(a);
    assert_eq!(a.typing.held_left(), Some(std::time::Duration::ZERO));
    update(a, Message::HeldCommandDue)
}

/// Walk 21: `p` and `q` cannot be taken back, so as a word's letter they wait: «parkuud»
/// typed at once on a tour is searched whole (no presentation, the list as it was), and so
/// is «plq» (a `q` after a word's letter); nothing quits.
#[test]
fn a_word_with_p_or_q_in_it_neither_presents_nor_quits() {
    for word in ["parkuud", "plan", "lqu", "plq"] {
        let mut a = app_on_a_tour();
        let before = place(&a);
        let effects = type_in(&mut a, word);
        assert!(a.present.is_none(), "{word}: no presentation");
        assert!(!effects.contains(&Effect::Quit), "{word}: still running");
        if word.ends_with('q') {
            assert!(a.typing.held_left().is_some(), "{word}: the q waits");
            type_in(&mut a, "u");
            assert_eq!(query(&a), Some("plqu"), "{word}u");
        } else {
            assert_eq!(query(&a), Some(word));
        }
        assert_eq!(place(&a), before, "{word}: the list as it was");
    }
}

/// A held command acts when nothing follows within the gap, at once when its key is pressed
/// again, and before a key that is no word's letter (here Enter, which then goes to the
/// presentation the `p` started, not to the list).
#[test]
fn a_held_command_acts_after_the_gap_or_at_a_key_that_is_no_letter() {
    let mut a = app_on_a_tour();
    type_in(&mut a, "p");
    assert!(a.present.is_none(), "p waits");
    gap_passes(&mut a);
    assert!(a.present.is_some(), "then presents");

    let mut a = app_on_a_tour();
    type_in(&mut a, "pp");
    let d = a.present.as_ref().expect("pp presents at once");
    assert!(d.paused_at.is_none(), "the second p is not the clock's");

    let mut a = app_on_a_tour();
    type_in(&mut a, "p");
    let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    press(&mut a, &enter);
    assert!(a.present.is_some(), "p then Enter: the presentation");
    assert!(a.typing.held_left().is_none());

    let mut a = app_on_a_tour();
    type_in(&mut a, "lq");
    assert!(
        gap_passes(&mut a).contains(&Effect::Quit),
        "lq, a pause: quits"
    );
    let mut a = app_on_a_tour();
    assert!(
        type_in(&mut a, "lqq").contains(&Effect::Quit),
        "lqq quits at once"
    );
}

/// `q` where no word goes on quits with no wait: after a pause, as a run's first letter,
/// after moves (`jjq`), and after a move then a pause.
#[test]
fn q_after_a_pause_or_moves_quits_at_once() {
    for keys in ["q", "jjq", "kkkq"] {
        let mut a = app(Pane::List);
        assert!(type_in(&mut a, keys).contains(&Effect::Quit), "{keys}");
    }
    let mut a = app(Pane::List);
    type_in(&mut a, "l");
    pause(&mut a);
    assert!(
        type_in(&mut a, "q").contains(&Effect::Quit),
        "l, a pause, q"
    );
}

/// The list with its first entry bookmarked, as the walk's official had one saved.
fn app_with_a_bookmark() -> App {
    let mut a = app(Pane::List);
    update(&mut a, Action::ToggleBookmark);
    assert_eq!(a.study.bookmarks.items.len(), 1);
    a
}

/// Walk 21, O-1: a word whose first letter opens a window and whose next letters are that
/// window's keys (`u` put back, `d` remove in the bookmarks) is searched whole, and not one
/// of those keys acts: the bookmark saved stays. So in every window a letter opens, each of
/// its letter keys typed inside a word (the facets' `c` clears the filters; the citation's
/// moves): the filters and the bookmarks as they were, the window gone.
#[test]
fn a_word_typed_into_the_window_its_first_letter_opened_changes_nothing_saved() {
    for word in [
        "budget",
        "budget of it park",
        "business cluster",
        "bus nutgiin",
        "buteegdehuun",
        "bd d",
        "bdujkqbx",
        "fcjkqfx",
        "yjkgyqx",
    ] {
        let mut a = app_with_a_bookmark();
        update(&mut a, Action::OpenFacets);
        update(&mut a, Action::Toggle);
        update(&mut a, Action::Escape);
        let (marks, filters) = (a.study.bookmarks.clone(), a.nav.filters.clone());
        assert!(!filters.is_empty(), "a filter set");
        type_in(&mut a, word);
        assert_eq!(query(&a), Some(word), "{word}: searched whole");
        assert_eq!(a.study.bookmarks, marks, "{word}: the bookmark stays");
        assert_eq!(a.nav.filters, filters, "{word}: the filters stay");
    }
}

/// The window's keys wait while they may be a word's letter: `bud` and nothing after it is
/// a word (searched, the bookmark kept), and so when a key that is no letter comes. `b`, a
/// pause, `d` is the reader's: removed at once. `bd` typed at once removes it when nothing
/// follows, as `p` presents.
#[test]
fn a_window_key_acts_when_the_reader_means_it() {
    let mut a = app_with_a_bookmark();
    type_in(&mut a, "bud");
    assert_eq!(a.study.bookmarks.items.len(), 1, "bud: d waits");
    gap_passes(&mut a);
    assert_eq!(query(&a), Some("bud"), "bud, a pause: searched");
    assert_eq!(a.study.bookmarks.items.len(), 1, "bud, a pause: kept");

    let mut a = app_with_a_bookmark();
    type_in(&mut a, "bud");
    let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    press(&mut a, &enter);
    assert_eq!(a.study.bookmarks.items.len(), 1, "bud then Enter: kept");

    let mut a = app_with_a_bookmark();
    type_in(&mut a, "b");
    pause(&mut a);
    type_in(&mut a, "d");
    assert!(a.study.bookmarks.items.is_empty(), "b, a pause, d: removed");
    assert!(matches!(a.overlay, Some(Overlay::Bookmarks { .. })));

    let mut a = app_with_a_bookmark();
    type_in(&mut a, "bd");
    assert_eq!(a.study.bookmarks.items.len(), 1, "bd: d waits");
    gap_passes(&mut a);
    assert!(a.study.bookmarks.items.is_empty(), "bd, a pause: removed");
}

/// A fresh load of the shipped corpus, as the watcher sends one.
fn reloaded() -> Message {
    let outcome = crate::corpus::load::load(&crate::corpus::load::Sources::builtin());
    Message::Reloaded(Box::new(crate::app::reload::Fresh::edited(outcome, vec![])))
}

/// Close-note 17's typing21: a reload that comes between a word's letters waits for the
/// word. «park» with a reload after its `p` is searched whole (no presentation, the list as
/// it was), and the reload is applied once the run is over; `p` alone, a reload, then a pause
/// presents once; `lq`, a reload, then a pause quits once — never before the reload came.
#[test]
fn a_reload_between_a_word_s_letters_waits_for_the_word() {
    let mut a = app_on_a_tour();
    let before = place(&a);
    let corpus = std::sync::Arc::clone(&a.corpus);
    // Loaded before the letters, so they are typed at typing speed.
    let fresh = reloaded();
    type_in(&mut a, "p");
    update(&mut a, fresh);
    assert!(a.present.is_none(), "the p still waits");
    assert!(
        std::sync::Arc::ptr_eq(&corpus, &a.corpus),
        "the reload waits"
    );
    type_in(&mut a, "ark");
    assert_eq!(query(&a), Some("park"), "the word whole");
    assert!(a.present.is_none(), "no presentation");
    assert_eq!(place(&a), before, "the list as it was");
    pause(&mut a);
    update(&mut a, Message::Tick { now: 0 });
    assert!(!std::sync::Arc::ptr_eq(&corpus, &a.corpus), "then reloaded");
    assert_eq!(query(&a), Some("park"), "the search stays open");

    let mut a = app_on_a_tour();
    let fresh = reloaded();
    type_in(&mut a, "p");
    update(&mut a, fresh);
    assert!(a.present.is_none());
    let effects = gap_passes(&mut a);
    assert!(a.present.is_some(), "p, a reload, a pause: presents");
    assert!(!effects.contains(&Effect::Quit));
    assert!(!std::sync::Arc::ptr_eq(&corpus, &a.corpus), "and reloads");
    let d = a.present.as_ref().expect("presenting");
    assert!(d.paused_at.is_none(), "presented once");

    let mut a = app_on_a_tour();
    let fresh = reloaded();
    type_in(&mut a, "lq");
    assert!(!update(&mut a, fresh).contains(&Effect::Quit), "not yet");
    assert!(gap_passes(&mut a).contains(&Effect::Quit), "then quits");
    assert!(a.typing.held_left().is_none(), "once");
}

#[path = "typing_capitals_tests.rs"]
mod capitals;
