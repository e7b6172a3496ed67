//! The notes screen's own search (walk 25 T-1): during questions the trainer types at the
//! laptop, the entries found are listed over the notes, and Enter shows the one chosen on the
//! projector over the step; Space brings the step back. At library level: the notes drawn on
//! a test backend, the presenter driven between frames as its event loop does.

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

/// Keys pressed on the notes screen, as its loop reads them.
fn press(n: &mut Notes, runtime: &std::path::Path, keys: &[KeyCode]) {
    for &c in keys {
        let ev = Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
        if let Some(action) = n.key_for(&ev) {
            n.key(action, runtime);
        }
    }
}

fn typed(n: &mut Notes, runtime: &std::path::Path, text: &str) {
    let keys: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
    press(n, runtime, &keys);
}

fn drawn(n: &Notes, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| n.draw(f)).expect("draw");
    t
}

/// A talk at step 3 and a notes screen following it, both in `lang`.
fn talk<'a>(l10n: &'a Localizer, lang: Lang) -> (App, Notes<'a>) {
    let a = common::presenting_at(TOUR, lang, 120, 35, 3);
    let n = Notes::following(
        std::sync::Arc::clone(&a.corpus),
        l10n,
        Some(TOUR.into()),
        lang,
    );
    (a, n)
}

#[test]
fn a_question_found_on_the_notes_is_shown_on_the_projector() {
    let l10n = Localizer::new();
    for (lang, name, question) in [
        (Lang::Mn, "mn", "дарханы арьс шир"),
        (Lang::En, "en", "darkhan leather"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let (mut a, mut n) = talk(&l10n, lang);
        let mut last = toli::present::sync::Published::default();
        frame(&mut a, &runtime, &mut last);
        n.poll(&runtime);
        // The talk's clock as it started, so the screens hold no time that passed.
        n.now = n.position.as_ref().map_or(0, |p| p.started);
        press(&mut n, &runtime, &[KeyCode::Char('/')]);
        insta::assert_snapshot!(
            format!("notes_search_open_{name}_80x24"),
            drawn(&n, 80, 24).backend()
        );
        typed(&mut n, &runtime, question);
        for (w, h) in [(80, 24), (100, 30)] {
            insta::assert_snapshot!(
                format!("notes_search_{name}_{w}x{h}"),
                drawn(&n, w, h).backend()
            );
        }
        let first = n.question.as_ref().and_then(|q| q.hits.first().copied());
        let found = first.map(|e| a.corpus.entry(e).id.clone());
        assert_eq!(
            found.as_deref(),
            Some("darkhan-leather-industrial-complex"),
            "{name}"
        );
        frame(&mut a, &runtime, &mut last);
        assert!(
            a.present.as_ref().is_some_and(|d| d.answer.is_none()),
            "nothing shown while typing"
        );
        press(&mut n, &runtime, &[KeyCode::Enter]);
        assert!(n.question.is_none(), "{name}: the search closes");
        frame(&mut a, &runtime, &mut last);
        let shown = (a.present.as_ref())
            .and_then(|d| d.answer.as_ref())
            .map(|x| x.id.clone());
        assert_eq!(
            shown.as_deref(),
            Some("darkhan-leather-industrial-complex"),
            "{name}"
        );
        press(&mut n, &runtime, &[KeyCode::Char(' ')]);
        frame(&mut a, &runtime, &mut last);
        let d = a.present.as_ref().expect("presenting");
        assert_eq!(
            (d.step, d.answer.is_none()),
            (2, true),
            "{name}: Space, step 3 again"
        );
    }
}

/// Esc leaves the search and the talk as they were; with no talk running, Enter says so.
#[test]
fn esc_closes_the_search_and_no_talk_is_said() {
    let l10n = Localizer::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let (mut a, mut n) = talk(&l10n, Lang::En);
    let mut last = toli::present::sync::Published::default();
    frame(&mut a, &runtime, &mut last);
    n.poll(&runtime);
    press(&mut n, &runtime, &[KeyCode::Char('/')]);
    typed(&mut n, &runtime, "leather");
    press(&mut n, &runtime, &[KeyCode::Esc]);
    assert!(n.question.is_none());
    frame(&mut a, &runtime, &mut last);
    assert!(
        a.present
            .as_ref()
            .is_some_and(|d| d.answer.is_none() && d.step == 2)
    );

    let mut idle = Notes::following(std::sync::Arc::clone(&a.corpus), &l10n, None, Lang::En);
    press(&mut idle, &runtime, &[KeyCode::Char('/')]);
    typed(&mut idle, &runtime, "leather");
    press(&mut idle, &runtime, &[KeyCode::Enter]);
    let t = drawn(&idle, 80, 24);
    let text = t.backend().to_string();
    assert!(text.contains("No talk is running to show it in"), "{text}");
}
