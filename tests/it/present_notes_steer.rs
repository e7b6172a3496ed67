//! The notes screen steers the talk to any step, at library level: `g`, a number and Enter
//! (`а`, the same key on the Mongolian layout), Home and End move the projector and the notes together, as
//! Space and the arrows do; a number the tour does not have stays in the prompt, said on the
//! key line, and nothing moves. An answer shown on the projector for a question is named on
//! the notes, and Space there brings the step back; `/` opens the notes' own search
//! (`notes_search.rs`) and a key the notes do not use is answered on the key line.

use crate::common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toli::app::{App, update};
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;

const TOUR: &str = "tour-sti-parks-mongolia";

/// The event loop between frames: the clock, the position published, the notes' requests
/// applied.
fn frame(a: &mut App, runtime: &std::path::Path, last: &mut toli::present::sync::Published) {
    let now = toli::present::deck::epoch_secs();
    update(a, toli::app::Message::Tick { now });
    toli::present::publish(a, runtime, last).expect("published");
    for request in toli::present::remote::take(runtime, TOUR) {
        if let Some(action) = (a.present.as_ref()).and_then(|d| request.action(d, &a.corpus)) {
            update(a, action);
        }
    }
    toli::present::publish(a, runtime, last).expect("published");
}

/// Keys pressed on the notes screen.
fn press(n: &mut Notes, runtime: &std::path::Path, keys: &[KeyCode]) {
    for &c in keys {
        let ev = Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
        let action = n.key_for(&ev).expect("every key does something");
        n.key(action, runtime);
    }
}

/// The notes screen's last row at 80×24.
fn key_line(n: &Notes) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| n.draw(f)).expect("draw");
    let text = t.backend().to_string();
    let last = text.lines().last().unwrap_or_default();
    last.trim_matches('"').trim().to_string()
}

fn step(a: &App) -> usize {
    a.present.as_ref().expect("presenting").step
}

/// A talk at step `at` (1-based) and a notes screen following it.
fn talk<'a>(l10n: &'a Localizer, lang: Lang, at: usize) -> (App, Notes<'a>) {
    let a = common::presenting_at(TOUR, lang, 100, 30, at);
    let n = Notes::following(
        std::sync::Arc::clone(&a.corpus),
        l10n,
        Some(TOUR.into()),
        lang,
    );
    (a, n)
}

#[test]
fn g_a_number_and_enter_home_and_end_on_the_notes_move_the_talk() {
    let l10n = Localizer::new();
    for (lang, g, prompt) in [
        (Lang::En, 'g', "Go to step (1–13): 2▏"),
        (Lang::Mn, 'а', "Алхам руу очих (1–13): 2▏"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let (mut a, mut n) = talk(&l10n, lang, 5);
        let mut last = toli::present::sync::Published::default();
        frame(&mut a, &runtime, &mut last);
        n.poll(&runtime);
        press(&mut n, &runtime, &[KeyCode::Char(g), KeyCode::Char('2')]);
        assert_eq!(key_line(&n), prompt, "{lang:?}");
        frame(&mut a, &runtime, &mut last);
        assert_eq!(step(&a), 4, "{lang:?}: nothing moves while typing");
        press(&mut n, &runtime, &[KeyCode::Enter]);
        frame(&mut a, &runtime, &mut last);
        n.poll(&runtime);
        assert_eq!(step(&a), 1, "{lang:?}: the projector at step 2");
        assert_eq!(n.position.as_ref().map(|p| p.step), Some(1), "{lang:?}");
        assert!(n.jump.is_none());
        press(&mut n, &runtime, &[KeyCode::End]);
        frame(&mut a, &runtime, &mut last);
        assert_eq!(step(&a), 12, "{lang:?}: End, the last step");
        press(&mut n, &runtime, &[KeyCode::Home]);
        frame(&mut a, &runtime, &mut last);
        assert_eq!(step(&a), 0, "{lang:?}: Home, the first step");
    }
}

/// A number the tour does not have is said on the key line with the prompt kept, and sends
/// nothing; the next digit starts a new number; Esc closes the prompt.
#[test]
fn a_step_the_tour_does_not_have_stays_in_the_notes_prompt() {
    let l10n = Localizer::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let (mut a, mut n) = talk(&l10n, Lang::En, 3);
    let mut last = toli::present::sync::Published::default();
    frame(&mut a, &runtime, &mut last);
    n.poll(&runtime);
    let typed = [KeyCode::Char('g'), KeyCode::Char('4'), KeyCode::Char('0')];
    press(&mut n, &runtime, &typed);
    press(&mut n, &runtime, &[KeyCode::Enter]);
    let line = key_line(&n);
    assert!(
        line.contains("No step 40: this tour has 13 steps") && line.contains("40▏"),
        "{line}"
    );
    frame(&mut a, &runtime, &mut last);
    assert_eq!(step(&a), 2, "nothing sent");
    press(&mut n, &runtime, &[KeyCode::Char('9')]);
    assert_eq!(n.jump.as_deref(), Some("9"), "a new number");
    press(&mut n, &runtime, &[KeyCode::Esc]);
    assert!(n.jump.is_none() && !n.leaving, "Esc closes the prompt only");
    frame(&mut a, &runtime, &mut last);
    assert_eq!(step(&a), 2);
}

/// The projector shows an answer to a question: the notes name it and Space there brings the
/// step back; `/` on the notes opens its own search (Esc closes it), another key that does
/// nothing here says so, and neither moves the talk.
#[test]
fn the_notes_name_an_answer_on_the_projector_and_answer_keys_they_do_not_use() {
    let l10n = Localizer::new();
    for (lang, over, search, unused) in [
        (
            Lang::En,
            "On the projector: an answer (Space: back to the step)",
            "Search: ▏",
            "This key does nothing here",
        ),
        (
            Lang::Mn,
            "Проектор дээр: асуултын хариулт (Space: алхам руу буцах)",
            "Хайх: ▏",
            "Энэ товч энд ажилладаггүй",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let (mut a, mut n) = talk(&l10n, lang, 3);
        let park = a.corpus.index_of("it-park").expect("the IT Park case");
        toli::app::present::show_answer(&mut a, park);
        let mut last = toli::present::sync::Published::default();
        frame(&mut a, &runtime, &mut last);
        n.poll(&runtime);
        let text: Vec<String> = n.lines(96).iter().map(|l| l.to_string()).collect();
        assert!(
            text.iter().any(|l| l.contains(over)),
            "{lang:?}: {over} in {text:#?}"
        );
        press(&mut n, &runtime, &[KeyCode::Char('/')]);
        assert!(key_line(&n).contains(search), "{lang:?}: {}", key_line(&n));
        press(&mut n, &runtime, &[KeyCode::Esc, KeyCode::Tab]);
        assert!(key_line(&n).contains(unused), "{lang:?}: {}", key_line(&n));
        frame(&mut a, &runtime, &mut last);
        assert!(a.present.as_ref().is_some_and(|d| d.answer.is_some()));
        press(&mut n, &runtime, &[KeyCode::Char(' ')]);
        frame(&mut a, &runtime, &mut last);
        let d = a.present.as_ref().expect("presenting");
        assert_eq!(
            (d.step, d.answer.is_none()),
            (2, true),
            "{lang:?}: step 3 back"
        );
        assert!(!key_line(&n).contains(unused), "the next key takes it away");
    }
}
