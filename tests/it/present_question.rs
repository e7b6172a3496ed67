//! A participant's question in the middle of a talk, on ratatui's TestBackend: `/` opens the
//! search over the slide (typed letters, Mongolian ones too, go into the question), Enter shows
//! the entry chosen over the step with a footer that says how to come back, and one key (Esc,
//! Space or a clicker's arrow) brings the interrupted step back with the clock running; a key
//! the talk does not use says so; `p` in the app afterwards puts the cursor on the tour whose
//! talk was stopped, saying where.

use crate::common;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use toli::app::App;
use toli::app::state::Overlay;
use toli::lang::Lang;

use common::{press, screen};

fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![root.join("content"), root.join("present")]
}

/// The fixture tour on the projector at its second step, the slide scrolled one line.
fn at_step_two(lang: Lang) -> App {
    let mut a = common::presenting(common::loaded(fixtures()), "tour-fixture", lang, 80, 24);
    press(&mut a, KeyCode::Char(' '));
    assert_eq!(a.present.as_ref().map(|d| d.step), Some(1));
    a
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        press(a, KeyCode::Char(c));
    }
}

fn shown_id(a: &App) -> Option<String> {
    let d = a.present.as_ref().expect("presenting");
    d.shown(&a.corpus).map(|i| a.corpus.entry(i).id.clone())
}

#[test]
fn slash_searches_over_the_slide_and_enter_shows_the_answer_to_the_room() {
    for (lang, name, query, footer) in [
        (
            Lang::En,
            "en",
            "it park",
            "Answer to a question · Space or Esc: back to step 2",
        ),
        (
            Lang::Mn,
            "mn",
            "мт парк",
            "Асуултын хариулт · Space, Esc: №2 алхам руу буцах",
        ),
    ] {
        let mut a = at_step_two(lang);
        let started = a.present.as_ref().map(|d| d.started);
        press(&mut a, KeyCode::Char('/'));
        assert!(
            matches!(a.overlay, Some(Overlay::Search(_))),
            "{name}: / opens the search"
        );
        // Letters are the question's, not the talk's keys (`p` would stop the clock, `g` ask
        // for a step): the talk stays where it was.
        typed(&mut a, query);
        let d = a.present.as_ref().expect("presenting");
        assert_eq!(
            (d.step, d.paused_at, d.jump.clone()),
            (1, None, None),
            "{name}"
        );
        insta::assert_snapshot!(
            format!("present_question_search_{name}_80x24"),
            screen(&a).backend()
        );
        press(&mut a, KeyCode::Enter);
        assert!(a.overlay.is_none(), "{name}");
        assert_eq!(shown_id(&a).as_deref(), Some("it-park"), "{name}");
        let text = screen(&a).backend().to_string();
        assert!(text.contains(footer), "{name}: {footer} in\n{text}");
        insta::assert_snapshot!(
            format!("present_question_answer_{name}_80x24"),
            screen(&a).backend()
        );
        // The clock was never stopped or restarted.
        assert_eq!(a.present.as_ref().map(|d| d.started), started, "{name}");
        press(&mut a, KeyCode::Esc);
        let d = a.present.as_ref().expect("still presenting");
        assert_eq!(
            (d.step, d.leaving),
            (1, false),
            "{name}: Esc brings step 2 back"
        );
        assert_eq!(shown_id(&a).as_deref(), Some("stage-growth"), "{name}");
    }
}

/// A clicker has no Esc at hand: its next (or previous) button brings the interrupted step
/// back, where it was scrolled to, and only the press after it moves on.
#[test]
fn one_step_key_brings_the_interrupted_step_back_as_it_was() {
    let mut a = common::presenting_at("tour-sti-parks-mongolia", Lang::Mn, 80, 24, 3);
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Down);
    let scroll = a.present.as_ref().map(|d| d.scroll);
    assert_eq!(scroll, Some(2), "the step is scrolled");
    let step_entry = shown_id(&a);
    for back in [
        KeyCode::Char(' '),
        KeyCode::Right,
        KeyCode::Left,
        KeyCode::Enter,
    ] {
        press(&mut a, KeyCode::Char('/'));
        typed(&mut a, "it park");
        press(&mut a, KeyCode::Enter);
        assert_ne!(shown_id(&a), step_entry, "{back:?}: an answer is shown");
        press(&mut a, KeyCode::Down);
        press(&mut a, back);
        let d = a.present.as_ref().expect("presenting");
        assert_eq!((d.step, Some(d.scroll)), (2, scroll), "{back:?}");
        assert_eq!(shown_id(&a), step_entry, "{back:?}");
    }
    press(&mut a, KeyCode::Char(' '));
    assert_eq!(a.present.as_ref().map(|d| d.step), Some(3), "then on");
}

/// Esc in the search closes it with the slide as it was; `?` over the talk lists `/`; F1 over
/// the search lists its keys and closes back to the question.
#[test]
fn the_search_in_the_talk_closes_back_to_the_slide_and_is_in_the_help() {
    let mut a = at_step_two(Lang::En);
    press(&mut a, KeyCode::Char('/'));
    typed(&mut a, "cluster");
    press(&mut a, KeyCode::F(1));
    assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
    press(&mut a, KeyCode::Esc);
    match &a.overlay {
        Some(Overlay::Search(s)) => assert_eq!(s.query, "cluster"),
        other => panic!("the search comes back: {other:?}"),
    }
    press(&mut a, KeyCode::Esc);
    assert!(a.overlay.is_none());
    assert_eq!(shown_id(&a).as_deref(), Some("stage-growth"));
    press(&mut a, KeyCode::Char('?'));
    let help = screen(&a).backend().to_string();
    assert!(
        help.contains("search, to show the answer to a question"),
        "{help}"
    );
}

/// A key the talk has no use for is said briefly in the footer, in both languages, and
/// changes nothing.
#[test]
fn a_key_that_does_nothing_in_the_talk_says_so() {
    for (lang, said) in [
        (Lang::En, "This key does nothing in the talk · ?: the keys"),
        (
            Lang::Mn,
            "Энэ товч танилцуулгын үеэр ажилладаггүй · ?: товчнууд",
        ),
    ] {
        let mut a = at_step_two(lang);
        press(&mut a, KeyCode::Tab);
        let text = screen(&a).backend().to_string();
        assert!(text.contains(said), "{lang:?}: {said} in\n{text}");
        assert_eq!(a.present.as_ref().map(|d| d.step), Some(1));
        // The next key works as ever, and takes the notice away.
        press(&mut a, KeyCode::Char(' '));
        assert_eq!(a.present.as_ref().map(|d| d.step), Some(2));
        assert!(!screen(&a).backend().to_string().contains(said));
    }
}

/// After a talk stopped at step 3 of the STI tour, `p` in a new run of the app opens the
/// tours list on that tour (not the first), saying where it stopped; `p` again resumes there.
#[test]
fn p_in_the_app_puts_the_cursor_on_the_talk_last_stopped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let places = dir.path().join("presentations.json");
    let mut a = common::sized(common::shipped(), Lang::Mn, 120, 35);
    a.present_places = toli::present::resume::Memory::at(places.clone());
    let tour = a.corpus.index_of("tour-sti-parks-mongolia").expect("tour");
    toli::app::update::navigate(&mut a, tour);
    press(&mut a, KeyCode::Char('p'));
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::Char('q'));
    assert!(a.present.is_none());

    let mut b = common::sized(common::shipped(), Lang::Mn, 120, 35);
    b.present_places = toli::present::resume::Memory::at(places);
    common::open(&mut b, "cluster");
    press(&mut b, KeyCode::Char('p'));
    assert!(b.present.is_none(), "the tours list, not a talk");
    assert_eq!(b.current(), Some(tour), "the cursor on the tour stopped");
    let text = screen(&b).backend().to_string();
    let said = "Энэ танилцуулгыг үзүүлэхээ №3 алхамд зогсоосон (нийт 13 алхмаас)";
    assert!(text.contains(said), "{text}");
    press(&mut b, KeyCode::Char('p'));
    assert_eq!(
        b.present.as_ref().map(|d| d.step),
        Some(2),
        "resumed at step 3"
    );
}
