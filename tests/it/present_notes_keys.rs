//! The trainer's notes screen's own keys at library level: `f` (and its Mongolian-layout twin
//! `ө`) shows the step's charts on the projector as Space moves the step, the
//! key line names `f` and fits, `?`/F1 list the screen's keys from the key table, and Esc asks
//! before closing the notes as the projector asks before leaving; `f` at a step with no chart
//! is answered on the notes, not on the room's footer.

use crate::common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toli::app::action::Action;
use toli::app::keymap::{Ctx, hints_shown};
use toli::app::{App, update};
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::markdown::wrap::str_width;
use toli::present::notes::{After, Notes, key_action};
use toli::present::remote::Request;

const TOUR: &str = "tour-sti-parks-mongolia";

/// What the event loop does between frames: the clock moves, the position is published, and
/// the requests the notes screen sent are applied.
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

fn key(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

/// A key pressed on the notes screen.
fn press(n: &mut Notes, runtime: &std::path::Path, c: KeyCode) -> After {
    let action = key_action(&key(c), n.jump.is_some()).expect("every key does something");
    n.key(action, runtime)
}

fn notes_text(n: &Notes) -> String {
    (n.lines(96).iter())
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The notes screen drawn at `w`×`h`.
fn drawn(n: &Notes, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| n.draw(f)).expect("draw");
    t.backend().to_string()
}

fn aside(a: &App) -> bool {
    a.present.as_ref().expect("presenting").aside.is_some()
}

/// `f` on the notes screen shows the step's chart on the projector, `ө` (the same key on the
/// Mongolian layout) too, and the notes say what the room sees; pressed again after the step's
/// last chart, the step comes back.
#[test]
fn f_on_the_notes_screen_shows_the_steps_chart_on_the_projector() {
    let l10n = Localizer::new();
    for (lang, f, over) in [
        (Lang::Mn, 'ө', "Проектор дээр: зураг, хүснэгт 1 / 1"),
        (Lang::En, 'f', "On the projector: figure 1 of 1"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let mut a = common::presenting_at(TOUR, lang, 100, 30, 2);
        let mut last = toli::present::sync::Published::default();
        frame(&mut a, &runtime, &mut last);
        let mut n = Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some(TOUR.into()),
            lang,
        );
        n.poll(&runtime);
        assert!(!notes_text(&n).contains(over), "{}", notes_text(&n));
        assert_eq!(press(&mut n, &runtime, KeyCode::Char(f)), After::Stay);
        frame(&mut a, &runtime, &mut last);
        assert!(aside(&a), "{lang:?}: {f} on the notes showed no chart");
        n.poll(&runtime);
        assert!(notes_text(&n).contains(over), "{}", notes_text(&n));
        press(&mut n, &runtime, KeyCode::Char(f));
        frame(&mut a, &runtime, &mut last);
        assert!(!aside(&a), "{lang:?}: after the last chart, the step");
        assert_eq!(a.present.as_ref().map(|d| d.step), Some(1), "same step");
    }
}

/// The projector's last row, which the room reads.
fn projector_footer(a: &App) -> String {
    common::rows(a).last().cloned().unwrap_or_default()
}

/// `f` on the notes at a step with no chart to show over it (step 1 lists none, step 7 is a
/// chart itself) is answered on the notes' key line, in full on an 80-column terminal, and the
/// projector's footer, which the room reads, says nothing of it; the answer goes with the next
/// key. A request for such a step that reaches the presenter anyway (a notes screen on other
/// content sends it) changes nothing in the room either.
#[test]
fn f_at_a_step_with_no_chart_is_answered_on_the_notes_not_the_projector() {
    let l10n = Localizer::new();
    for lang in Lang::ALL {
        for (step, on_notes, on_projector) in [
            (1, "notes-figure-none", "present-no-figures"),
            (7, "notes-figure-is-step", "present-step-is-figure"),
        ] {
            let (on_notes, on_projector) = (l10n.t(lang, on_notes), l10n.t(lang, on_projector));
            let dir = tempfile::tempdir().expect("tempdir");
            let runtime = dir.path().join("toli");
            let mut a = common::presenting_at(TOUR, lang, 100, 30, step);
            let mut last = toli::present::sync::Published::default();
            frame(&mut a, &runtime, &mut last);
            let mut n = Notes::following(
                std::sync::Arc::clone(&a.corpus),
                &l10n,
                Some(TOUR.into()),
                lang,
            );
            n.poll(&runtime);
            let f = if lang == Lang::Mn { 'ө' } else { 'f' };
            assert_eq!(press(&mut n, &runtime, KeyCode::Char(f)), After::Stay);
            frame(&mut a, &runtime, &mut last);
            n.poll(&runtime);
            let room = projector_footer(&a);
            assert!(!room.contains(&on_projector), "{lang:?} {step}: {room}");
            assert!(!aside(&a), "{lang:?} {step}: nothing over the step");
            let notes = drawn(&n, 80, 24);
            let foot = notes.lines().last().unwrap_or_default();
            assert!(foot.contains(&on_notes), "{lang:?} {step}:\n{notes}");
            // Sent anyway, from a screen that could not tell: the room's footer stays clean.
            let presenter = std::process::id();
            toli::present::remote::send(&runtime, TOUR, presenter, Request::NextFigure)
                .expect("sent");
            frame(&mut a, &runtime, &mut last);
            let room = projector_footer(&a);
            assert!(!room.contains(&on_projector), "{lang:?} {step}: {room}");
            // The next key takes the answer away (Space moves the talk on, as ever).
            press(&mut n, &runtime, KeyCode::Char(' '));
            frame(&mut a, &runtime, &mut last);
            n.poll(&runtime);
            let foot = drawn(&n, 80, 24);
            let foot = foot.lines().last().unwrap_or_default();
            assert!(!foot.contains(&on_notes), "{lang:?} {step}: {foot}");
            assert_eq!(a.present.as_ref().map(|d| d.step), Some(step));
        }
    }
}

/// The key line at the foot of the notes names `f` with the step keys and `?`: the whole line
/// on a 100-column terminal, a shorter one on 80 columns, neither cut.
#[test]
fn the_notes_key_line_names_f_and_fits() {
    let l10n = Localizer::new();
    for (lang, f) in [(Lang::En, "f:"), (Lang::Mn, "f/ө:")] {
        let a = common::presenting_at(TOUR, lang, 100, 30, 2);
        let n = Notes {
            position: a.present.as_ref().map(|d| d.position(&a.corpus, lang)),
            ..Notes::following(std::sync::Arc::clone(&a.corpus), &l10n, None, lang)
        };
        for (width, id) in [(96, "notes-keys"), (76, "notes-keys-short")] {
            let line = n.key_line(width);
            assert_eq!(line, l10n.t(lang, id), "{lang:?} at {width}");
            assert!(str_width(&line) <= width, "{lang:?}: {line}");
            assert!(line.contains(f) && line.contains("?:"), "{lang:?}: {line}");
        }
        let shown = drawn(&n, 80, 24);
        let foot = shown.lines().last().unwrap_or_default();
        assert!(foot.contains(f) && foot.contains("Esc"), "{lang:?}: {foot}");
    }
}

/// `?` and F1 list every key of the notes screen with what it does (from the key table, in the
/// notes' language, `ө` beside `f` in Mongolian); any key closes the list.
#[test]
fn question_mark_and_f1_list_the_notes_keys() {
    let l10n = Localizer::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    for lang in Lang::ALL {
        for opens in [KeyCode::Char('?'), KeyCode::F(1)] {
            let mut n = Notes::following(
                std::sync::Arc::new(common::shipped()),
                &l10n,
                Some(TOUR.into()),
                lang,
            );
            n.poll(&runtime);
            assert_eq!(press(&mut n, &runtime, opens), After::Stay);
            let shown = drawn(&n, 80, 24);
            // The box's text, a description wrapped under itself read on.
            let boxed: Vec<&str> = (shown.lines())
                .filter_map(|row| row.split('│').nth(1))
                .collect();
            let words = boxed
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for (keys, hint) in hints_shown(Ctx::PresenterNotes, lang) {
                let hint = l10n.t(lang, hint);
                assert!(
                    words.contains(&format!("{keys} {hint}")),
                    "{lang:?}: {keys} {hint}:\n{shown}"
                );
            }
            assert!(
                shown.contains(&l10n.t(lang, "help-ctx-present-notes")),
                "{shown}"
            );
            assert_eq!(press(&mut n, &runtime, KeyCode::Char('x')), After::Stay);
            let back = drawn(&n, 80, 24);
            assert!(
                !back.contains(&l10n.t(lang, "help-ctx-present-notes")),
                "any key closes the list:\n{back}"
            );
        }
    }
}

/// Esc on the notes asks first, in the projector's words' pattern: q then closes the notes,
/// another Esc takes the question away, and another key stays and does its own work (Space
/// still moves the talk).
#[test]
fn esc_on_the_notes_asks_before_closing_them() {
    let l10n = Localizer::new();
    for (lang, asked) in [
        (Lang::En, "Close the notes? q: close · any other key: stay"),
        (
            Lang::Mn,
            "Тэмдэглэлийг хаах уу? q/ф: хаах · бусад товч: үргэлжлүүлэх",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let mut a = common::presenting_at(TOUR, lang, 100, 30, 2);
        let mut last = toli::present::sync::Published::default();
        frame(&mut a, &runtime, &mut last);
        let mut n = Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some(TOUR.into()),
            lang,
        );
        n.poll(&runtime);
        assert_eq!(press(&mut n, &runtime, KeyCode::Esc), After::Stay);
        let shown = drawn(&n, 100, 30);
        assert!(shown.contains(asked), "{lang:?}:\n{shown}");
        // A second Esc only takes the question away.
        assert_eq!(press(&mut n, &runtime, KeyCode::Esc), After::Stay);
        assert!(!drawn(&n, 100, 30).contains(asked));
        // Another key stays, and does its own work.
        press(&mut n, &runtime, KeyCode::Esc);
        assert_eq!(press(&mut n, &runtime, KeyCode::Char(' ')), After::Stay);
        assert!(!drawn(&n, 100, 30).contains(asked));
        frame(&mut a, &runtime, &mut last);
        assert_eq!(
            a.present.as_ref().map(|d| d.step),
            Some(2),
            "Space moved on"
        );
        // Esc, then q (`ф` on the Mongolian layout) closes the notes.
        press(&mut n, &runtime, KeyCode::Esc);
        let q = if lang == Lang::Mn { 'ф' } else { 'q' };
        assert_eq!(press(&mut n, &runtime, KeyCode::Char(q)), After::Close);
        // Ctrl-C closes at once.
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(key_action(&ctrl_c, false), Some(Action::Quit));
        assert_eq!(n.key(Action::Quit, &runtime), After::Close);
    }
}
