//! What the room sees on the projector, on ratatui's TestBackend with the shipped tours: any
//! key answers the question to leave (and stays), and brings a blanked slide back; `f` on a
//! step that is itself a chart says so, and on another step says plainly that it has no other
//! chart (never set-up words); on a 200-column projector the text, a chart and its summary
//! keep to a reading width, centred under the title. The notes screen with no talk running
//! says so in words that name the showing, not the tour.

use crate::common;

use crossterm::event::KeyCode;
use toli::app::App;
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;

use common::{presenting_at, press, rows, screen, shipped};

fn footer(a: &App) -> String {
    rows(a).last().cloned().unwrap_or_default()
}

/// Esc asks whether to leave; `n`, `z`, a function key or Tab (no key of the talk) answer
/// "stay" as the question promises: it leaves the projector, the talk stays at its step.
/// The same keys bring a blanked screen back.
#[test]
fn any_key_takes_the_question_to_leave_away_and_stays() {
    for lang in Lang::ALL {
        let mut a = presenting_at("tour-what-is-a-cluster", lang, 80, 24, 3);
        let ask = a.l10n.t(lang, "present-leave-ask");
        for key in [
            KeyCode::Char('n'),
            KeyCode::Char('z'),
            KeyCode::F(5),
            KeyCode::Tab,
        ] {
            press(&mut a, KeyCode::Esc);
            assert!(footer(&a).contains(&ask), "{lang:?}: Esc asks");
            press(&mut a, key);
            let d = a.present.as_ref().expect("still presenting");
            assert!(!d.leaving, "{lang:?} {key:?}: the question is answered");
            assert_eq!(d.step, 2, "{lang:?} {key:?}: the talk stays at its step");
            assert!(
                !footer(&a).contains(&ask),
                "{lang:?} {key:?}: the question left the projector: {}",
                footer(&a)
            );
            press(&mut a, KeyCode::Char('b'));
            assert!(a.present.as_ref().is_some_and(|d| d.blank));
            press(&mut a, key);
            let d = a.present.as_ref().expect("still presenting");
            assert!(!d.blank, "{lang:?} {key:?}: any key brings the slide back");
            assert_eq!(d.step, 2);
        }
    }
}

/// `f` on a step that is itself a chart tells the room the step is the chart; on a step with
/// no chart of its own it says there is no other one — in both languages, without «тохируулаагүй»
/// ("not configured"), words for whoever wrote the tour.
#[test]
fn f_on_a_chart_step_says_the_step_is_the_chart() {
    let corpus = shipped();
    let tour = corpus.index_of("tour-what-is-a-cluster").expect("the tour");
    let steps = toli::present::deck::steps_of(&corpus, tour);
    let chart = steps.iter().position(|s| {
        s.entry.is_some_and(|i| {
            corpus.entry(i).kind == toli::corpus::model::Kind::Figure && s.figures.is_empty()
        })
    });
    let chart = chart.expect("a step of the tour that is a chart and names no other") + 1;
    let plain = steps.iter().position(|s| {
        s.entry.is_some_and(|i| {
            corpus.entry(i).kind != toli::corpus::model::Kind::Figure && s.figures.is_empty()
        })
    });
    let plain = plain.expect("a text step of the tour naming no chart") + 1;
    let l10n = Localizer::new();
    for (lang, is_chart, none) in [
        (
            Lang::En,
            "This step is the chart itself.",
            "No other charts for this step.",
        ),
        (
            Lang::Mn,
            "Энэ алхам өөрөө зураг, хүснэгт юм.",
            "Энэ алхамд өөр зураг, хүснэгт байхгүй.",
        ),
    ] {
        assert_eq!(l10n.t(lang, "present-step-is-figure"), is_chart);
        assert_eq!(l10n.t(lang, "present-no-figures"), none);
        for (step, says) in [(chart, is_chart), (plain, none)] {
            let mut a = presenting_at("tour-what-is-a-cluster", lang, 120, 40, step);
            press(&mut a, KeyCode::Char('f'));
            let f = footer(&a);
            assert!(f.contains(says), "{lang:?}, step {step}: {f}");
            assert!(
                !f.contains("тохируулаагүй") && !f.contains("set for"),
                "{f}"
            );
            assert_eq!(a.present.as_ref().and_then(|d| d.aside.clone()), None);
        }
    }
}

/// The columns from the first to the last drawn cell of each row above the footer.
fn spans(a: &App) -> Vec<(usize, usize)> {
    let rows = rows(a);
    let body = &rows[..rows.len().saturating_sub(1)];
    body.iter()
        .filter_map(|r| {
            let cells: Vec<char> = r.chars().collect();
            let first = cells.iter().position(|c| !c.is_whitespace())?;
            let last = cells.iter().rposition(|c| !c.is_whitespace())?;
            Some((first, last + 1))
        })
        .collect()
}

/// On a 200-column projector a chart step (its bars, its summary) and a text step keep to a
/// reading width of about 100 columns, centred: the block's left and right margins match
/// (within a few columns), as the title's do.
#[test]
fn a_wide_projector_keeps_the_text_and_charts_to_a_reading_width_centred() {
    let corpus = shipped();
    let tour = corpus.index_of("tour-what-is-a-cluster").expect("the tour");
    let steps = toli::present::deck::steps_of(&corpus, tour);
    let chart = steps
        .iter()
        .position(|s| {
            s.entry
                .is_some_and(|i| corpus.entry(i).kind == toli::corpus::model::Kind::Figure)
        })
        .expect("a chart step")
        + 1;
    for lang in Lang::ALL {
        for step in [chart, 1] {
            let a = presenting_at("tour-what-is-a-cluster", lang, 200, 55, step);
            let spans = spans(&a);
            let left = spans.iter().map(|s| s.0).min().unwrap_or(0);
            let right = spans.iter().map(|s| s.1).max().unwrap_or(0);
            let shown = rows(&a).join("\n");
            assert!(
                right - left <= 102,
                "{lang:?}, step {step}: the text runs {} columns ({left}–{right}):\n{shown}",
                right - left
            );
            assert!(
                left.abs_diff(200 - right) <= 4,
                "{lang:?}, step {step}: not centred ({left} left, {} right):\n{shown}",
                200 - right
            );
        }
    }
    let a = presenting_at("tour-what-is-a-cluster", Lang::Mn, 200, 55, chart);
    insta::assert_snapshot!("present_chart_mn_200x55", screen(&a).backend());
}

/// The notes screen with no talk running says that nothing is being shown now («Одоо
/// үзүүлж буй танилцуулга байхгүй»), not that the tour "has not been held" («явагдаагүй»).
#[test]
fn the_notes_screen_with_no_talk_says_none_is_being_shown() {
    let l10n = Localizer::new();
    let notes = Notes::following(
        std::sync::Arc::new(shipped()),
        &l10n,
        Some("tour-what-is-a-cluster".to_string()),
        Lang::Mn,
    );
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 24)).expect("tty");
    t.draw(|f| notes.draw(f)).expect("draw");
    let shown = t.backend().to_string();
    assert!(
        shown.contains("Одоо үзүүлж буй танилцуулга байхгүй."),
        "{shown}"
    );
    assert!(!shown.contains("явагдаагүй"), "{shown}");
}

/// The notes screen of a talk opened in the language it was last shown in (a rehearsal's
/// `L`), drawn at 100×24 in `own` (None: following the talk's language).
fn notes_of_a_kept_language(own: Option<Lang>, kept: bool) -> String {
    let l10n = Localizer::new();
    let mut notes = Notes::following(
        std::sync::Arc::new(shipped()),
        &l10n,
        Some("tour-what-is-a-cluster".to_string()),
        Lang::Mn,
    );
    notes.own_lang = own;
    notes.position = Some(toli::present::sync::Position {
        tour: "tour-what-is-a-cluster".into(),
        step: 0,
        pace_at: None,
        lang: Lang::En,
        started: 0,
        paused_at: None,
        minutes: None,
        screen: Default::default(),
        content: Default::default(),
        lang_kept: kept,
    });
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 24)).expect("tty");
    t.draw(|f| notes.draw(f)).expect("draw");
    t.backend().to_string()
}

/// Walk 24, T-5: the projector's footer says a talk opened in the language it was last shown
/// in; the notes screen says it too, in its own language or the room's, until `L` on the
/// projector (which publishes the talk as no longer kept) — then only a language other than
/// the notes' is said, as before.
#[test]
fn the_notes_say_the_room_s_language_was_kept_from_the_last_showing() {
    let mn = notes_of_a_kept_language(Some(Lang::Mn), true);
    assert!(
        mn.contains("Проектор дээр: англи хэлээр (энэ танилцуулгыг сүүлд тэр хэлээр үзүүлсэн)"),
        "{mn}"
    );
    let en = notes_of_a_kept_language(None, true);
    assert!(
        en.contains("On the projector: English, as this tour was last shown"),
        "{en}"
    );
    // After `L`: not kept; the notes in the room's language say nothing of it.
    let en = notes_of_a_kept_language(None, false);
    assert!(!en.contains("On the projector: English"), "{en}");
    let mn = notes_of_a_kept_language(Some(Lang::Mn), false);
    assert!(mn.contains("Проектор дээр: англи хэлээр ·"), "{mn}");
    assert!(!mn.contains("сүүлд тэр хэлээр"), "{mn}");
}
