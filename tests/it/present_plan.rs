//! What the trainer at the laptop sees of the projector and the plan: a figure shown over the
//! step (`f`), the agenda, summary slides and a blank screen reach the notes screen through the
//! state file as one line (an insta snapshot of the notes screen with a figure over the step,
//! both languages, 80×24); a tour step's own `minutes` shape the pace line; a step's `minutes`
//! that is not a number is reported with its path and line by `toli check`, and the tour still
//! loads.

use crate::common;

use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toli::app::{App, update};
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;
use toli::present::sync::Published;

use common::{loaded, press, sized};

fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![
        root.join("content"),
        root.join("present"),
        root.join("present-plan"),
    ]
}

/// The planned fixture tour presented for 30 minutes, on its second step (which names two
/// figures).
fn presenting(lang: Lang) -> App {
    let mut a = common::presenting(loaded(fixtures()), "tour-plan", lang, 80, 24);
    if let Some(d) = a.present.as_mut() {
        d.plan_minutes = Some(30);
    }
    press(&mut a, KeyCode::Char(' '));
    assert_eq!(a.present.as_ref().map(|d| d.step), Some(1));
    a
}

/// A copy of the plan fixtures in a temporary folder, its tour changed by `change`.
fn plan_with(change: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = fixtures().remove(2);
    for name in ["fig-plan-growth.md", "fig-plan-jobs.md"] {
        std::fs::copy(plan.join(name), dir.path().join(name)).expect("copy");
    }
    let tour = std::fs::read_to_string(plan.join("tour-plan.md")).expect("tour");
    std::fs::write(dir.path().join("tour-plan.md"), change(&tour)).expect("write");
    dir
}

/// What the event loop does between frames: the position is published.
fn publish(a: &mut App, runtime: &Path, last: &mut Published) {
    update(
        a,
        toli::app::Message::Tick {
            now: toli::present::deck::epoch_secs(),
        },
    );
    toli::present::publish(a, runtime, last).expect("published");
}

/// The notes screen as it reads the runtime folder, its clock `secs` into the talk.
fn notes_screen(a: &App, runtime: &Path, l10n: &Localizer, secs: u64) -> Terminal<TestBackend> {
    let mut notes = Notes::following(
        std::sync::Arc::clone(&a.corpus),
        l10n,
        Some("tour-plan".into()),
        Lang::En,
    );
    notes.poll(runtime);
    let started = notes.position.as_ref().expect("a talk runs").started;
    notes.now = started + secs;
    drawn(&notes)
}

/// The notes screen drawn at 80×24.
fn drawn(notes: &Notes) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| notes.draw(f)).expect("draw");
    t
}

/// A talk of the planned tour in `lang`, published once into a fresh runtime folder (kept
/// while the first value lives).
fn talk(lang: Lang) -> (tempfile::TempDir, PathBuf, App, Published) {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let mut a = presenting(lang);
    let mut last = Published::default();
    publish(&mut a, &runtime, &mut last);
    (dir, runtime, a, last)
}

/// The row of `screen` holding `needle`, without the backend's quotes and the margins.
fn row(screen: &Terminal<TestBackend>, needle: &str) -> Option<String> {
    screen
        .backend()
        .to_string()
        .lines()
        .find(|l| l.contains(needle))
        .map(|l| l.trim().trim_matches('"').trim().to_string())
}

#[test]
fn the_notes_screen_says_which_figure_is_over_the_step() {
    for (lang, name, figure) in [
        (Lang::En, "notes_figure_over_step_en_80x24", "figure 2 of 2"),
        (
            Lang::Mn,
            "notes_figure_over_step_mn_80x24",
            "зураг, хүснэгт 2 / 2",
        ),
    ] {
        let (_dir, runtime, mut a, mut last) = talk(lang);
        let l10n = Localizer::new();
        let plain = notes_screen(&a, &runtime, &l10n, 7 * 60 + 5);
        assert!(
            !plain.backend().to_string().contains(figure),
            "nothing over the step yet:\n{}",
            plain.backend()
        );
        press(&mut a, KeyCode::Char('f'));
        press(&mut a, KeyCode::Char('f'));
        publish(&mut a, &runtime, &mut last);
        let t = notes_screen(&a, &runtime, &l10n, 7 * 60 + 5);
        let shown = t.backend().to_string();
        assert!(shown.contains(figure), "{shown}");
        insta::assert_snapshot!(name, t.backend());
    }
}

/// Each of `a`, `s` and `b` on the projector is said on the notes screen, and goes when the
/// step is back.
#[test]
fn the_agenda_summary_slides_and_a_blank_screen_reach_the_notes_screen() {
    let (_dir, runtime, mut a, mut last) = talk(Lang::En);
    let l10n = Localizer::new();
    let mut said = |a: &mut App, key: char| {
        press(a, KeyCode::Char(key));
        publish(a, &runtime, &mut last);
        row(&notes_screen(a, &runtime, &l10n, 60), "On the projector:")
    };
    assert_eq!(
        said(&mut a, 'a').as_deref(),
        Some("On the projector: the tour's agenda")
    );
    assert_eq!(said(&mut a, 'a'), None, "a again: the step");
    assert_eq!(
        said(&mut a, 's').as_deref(),
        Some("On the projector: the step's summary only")
    );
    assert_eq!(
        said(&mut a, 'b').as_deref(),
        Some("On the projector: a blank screen")
    );
    assert_eq!(
        said(&mut a, 's').as_deref(),
        Some("On the projector: the step's summary only"),
        "any key brings the slide back"
    );
    assert_eq!(said(&mut a, 's'), None, "whole slides again");
    // A figure's slide is the figure whether slides are summaries or not: nothing to say.
    assert_eq!(said(&mut a, ' '), None, "step 3, a figure");
    assert_eq!(
        said(&mut a, 's'),
        None,
        "summary slides leave a figure whole"
    );
}

/// The pace line counts the step's planned time: the first step's own 14 minutes, the other
/// two sharing the 16 left of a 30-minute plan.
#[test]
fn the_pace_line_counts_the_steps_own_minutes() {
    let (_dir, runtime, a, _) = talk(Lang::En);
    let l10n = Localizer::new();
    let line =
        |secs: u64| row(&notes_screen(&a, &runtime, &l10n, secs), "Plan:").unwrap_or_default();
    // Step 2 runs from 14:00 to 22:00.
    assert!(
        line(10 * 60).contains("Plan: 30 min, this step 8:00 · 4 min ahead"),
        "{}",
        line(10 * 60)
    );
    assert!(line(20 * 60).contains("on time"), "{}", line(20 * 60));
    assert!(line(25 * 60).contains("3 min behind"), "{}", line(25 * 60));
}

/// Walk 20, T-3: a talk paged through (step 2 fifteen seconds in, planned from 14:00) is
/// not 13 minutes ahead: the notes say it is being paged through, in both languages; once
/// its steps have taken time, the pace says ahead again.
#[test]
fn a_talk_paged_through_gets_no_ahead_verdict() {
    for (lang, needle, paging) in [
        (
            Lang::En,
            "Plan:",
            "paging through (the pace shows once the steps take 30 s",
        ),
        (Lang::Mn, "Төлөвлөгөө:", "алхмуудыг гүйлгэн үзэж байна"),
    ] {
        let (_dir, runtime, a, _) = talk(lang);
        let l10n = Localizer::new();
        let line = |secs: u64| {
            let screen = notes_screen(&a, &runtime, &l10n, secs)
                .backend()
                .to_string();
            let from = screen.find(needle).unwrap_or_default();
            let rows: Vec<&str> = screen[from..]
                .lines()
                .take(2)
                .map(|l| l.trim().trim_matches('"').trim())
                .collect();
            rows.join(" ")
        };
        assert!(line(15).contains(paging), "{lang:?}: {}", line(15));
        assert!(!line(15).contains("13"), "{lang:?}: {}", line(15));
        let ahead = match lang {
            Lang::En => "12 min ahead",
            Lang::Mn => "12 минут түрүүлж байна",
        };
        assert!(line(2 * 60).contains(ahead), "{lang:?}: {}", line(2 * 60));
    }
}

/// A jump ahead to show a chart gains no time: the pace stays at the step the talk left, and
/// says so, until the talk comes back; then it counts in order again. Both languages.
#[test]
fn a_jump_ahead_and_back_is_not_time_gained() {
    for (lang, at_start, back) in [
        (
            Lang::En,
            "Plan: 30 min, this step 8:00 · on time at step 1 (this step is shown out of order)",
            "Plan: 30 min, this step 8:00 · 4 min ahead",
        ),
        (
            Lang::Mn,
            "№1 алхмаар тооцвол цагтаа явж байна (энэ алхмыг дарааллаас гадуур үзүүлж байна)",
            "8:00 · 4 минут түрүүлж байна",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let mut a = common::presenting(loaded(fixtures()), "tour-plan", lang, 80, 24);
        if let Some(d) = a.present.as_mut() {
            d.plan_minutes = Some(30);
        }
        let mut last = Published::default();
        let l10n = Localizer::new();
        let mut notes = |a: &mut App, keys: &str, secs: u64| {
            for key in keys.chars() {
                let code = match key {
                    '\n' => KeyCode::Enter,
                    c => KeyCode::Char(c),
                };
                press(a, code);
            }
            publish(a, &runtime, &mut last);
            let mut notes = Notes::following(
                std::sync::Arc::clone(&a.corpus),
                &l10n,
                Some("tour-plan".into()),
                lang,
            );
            notes.poll(&runtime);
            notes.now = notes.position.as_ref().expect("a talk runs").started + secs;
            let plan = if lang == Lang::En {
                "Plan:"
            } else {
                "Төлөвлөгөө:"
            };
            let screen = drawn(&notes).backend().to_string();
            // The plan line, wrapped or not, as one line.
            let from = screen.find(plan).unwrap_or_default();
            let text: Vec<&str> = screen[from..]
                .lines()
                .take(2)
                .map(|l| l.trim().trim_matches('"').trim())
                .collect();
            text.join(" ")
        };
        // One minute in, from step 1 to the chart of step 3, which is planned from 22:00.
        let jumped = notes(&mut a, "g3\n", 60);
        assert!(jumped.contains(at_start), "{jumped}");
        assert!(!jumped.contains("21"), "the steps jumped over: {jumped}");
        // Back to step 2, in order: planned from 14:00, ten minutes in.
        let in_order = notes(&mut a, "g2\n", 10 * 60);
        assert!(in_order.contains(back), "{in_order}");
        assert!(!in_order.contains('('), "{in_order}");
    }
}

/// The step the pace is measured at stays with the talk: left on a chart jumped to, it resumes
/// there still measured at the step it left; a step in order moves it on.
#[test]
fn a_resumed_talk_keeps_the_step_its_pace_is_measured_at() {
    let mut a = common::presenting(
        common::shipped(),
        "tour-what-is-a-cluster",
        Lang::En,
        80,
        24,
    );
    let at = |a: &App| a.present.as_ref().map(|d| (d.step, d.pace_at));
    for key in ['g', '7'] {
        press(&mut a, KeyCode::Char(key));
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(at(&a), Some((6, 0)), "a jump from step 1 to step 7");
    press(&mut a, KeyCode::Char('q'));
    assert!(a.present.is_none());
    press(&mut a, KeyCode::Char('p'));
    assert_eq!(
        at(&a),
        Some((6, 0)),
        "resumed on the chart, measured at step 1"
    );
    for key in ['g', '2'] {
        press(&mut a, KeyCode::Char(key));
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(at(&a), Some((1, 1)), "back in order");
}

#[test]
fn a_steps_minutes_that_are_not_a_number_are_reported_and_the_tour_loads() {
    let dir = plan_with(|tour| tour.replace("minutes: 14", "minutes: a quarter hour"));
    let fx = fixtures();
    let run = |args: &[&str]| {
        common::toli_en()
            .args(["--no-builtin", "--content"])
            .arg(&fx[0])
            .arg("--content")
            .arg(&fx[1])
            .arg("--content")
            .arg(dir.path())
            .args(args)
            .output()
            .expect("run")
    };
    let out = run(&["check"]);
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    let want = format!(
        "{}:12:14: error: step 1 has `minutes: a quarter hour`, but a step's minutes are a whole number from 1 to 480",
        dir.path().join("tour-plan.md").display()
    );
    assert!(text.contains(&want), "{text}");
    assert!(!out.status.success(), "a bad value fails the check");
    let shown = run(&["show", "tour-plan"]);
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains("1. Cluster") && shown.contains("3. Firms per cluster"),
        "the tour loads with every step:\n{shown}"
    );
}

/// A tour planning every step needs no `--minutes`: its plan is the steps' sum.
#[test]
fn a_tour_planning_every_step_is_planned_by_their_sum() {
    let dir = plan_with(|tour| {
        tour.replace(
            "  - entry: stage-growth\n",
            "  - entry: stage-growth\n    minutes: 8\n",
        )
        .replace(
            "  - entry: fig-fixture\n",
            "  - entry: fig-fixture\n    minutes: 8\n",
        )
    });
    let tour = std::fs::read_to_string(dir.path().join("tour-plan.md")).expect("tour");
    assert_eq!(tour.matches("minutes:").count(), 3, "{tour}");
    let mut folders = fixtures();
    folders[2] = dir.path().to_path_buf();
    let mut a = sized(loaded(folders), Lang::En, 80, 24);
    let t = a.corpus.index_of("tour-plan").expect("tour");
    toli::app::update::navigate(&mut a, t);
    press(&mut a, KeyCode::Char('p'));
    assert_eq!(a.present.as_ref().and_then(|d| d.plan_minutes), None);
    press(&mut a, KeyCode::Char(' '));
    let runtime = dir.path().join("toli");
    let mut last = Published::default();
    publish(&mut a, &runtime, &mut last);
    let line = row(
        &notes_screen(&a, &runtime, &Localizer::new(), 20 * 60),
        "Plan:",
    );
    assert_eq!(
        line.as_deref(),
        Some("Plan: 30 min, this step 8:00 · on time"),
        "14 + 8 + 8 minutes"
    );
    // Given a shorter slot than its steps plan, the notes say so.
    if let Some(d) = a.present.as_mut() {
        d.plan_minutes = Some(25);
    }
    publish(&mut a, &runtime, &mut last);
    let screen = notes_screen(&a, &runtime, &Localizer::new(), 20 * 60);
    assert!(
        row(&screen, "The steps plan 30 min, more than the 25 planned").is_some(),
        "{}",
        screen.backend()
    );
}

/// The notes screen says what became of the talk: another tour running instead of the one it
/// follows, or the talk it followed ended — not "no presentation is running".
#[test]
fn the_notes_screen_says_when_another_tour_runs_or_the_talk_ended() {
    let (_dir, runtime, a, _) = talk(Lang::En);
    let l10n = Localizer::new();
    let draw = |notes: &Notes| drawn(notes).backend().to_string();
    let mut other = Notes::following(
        std::sync::Arc::clone(&a.corpus),
        &l10n,
        Some("tour-fixture".into()),
        Lang::En,
    );
    other.poll(&runtime);
    let shown = draw(&other);
    assert!(
        shown.contains("Another tour is being presented: «A planned talk»"),
        "{shown}"
    );
    let mut following = Notes::following(
        std::sync::Arc::clone(&a.corpus),
        &l10n,
        Some("tour-plan".into()),
        Lang::En,
    );
    following.poll(&runtime);
    assert!(following.position.is_some());
    assert!(draw(&following).contains("Space,→: next · ←: back · f: charts"));
    toli::present::sync::clear(&runtime, "tour-plan");
    following.poll(&runtime);
    let shown = draw(&following);
    // Left at its second step, not its last: closed there, not finished.
    assert!(
        shown.contains("The presentation was closed at step 2 of 3."),
        "{shown}"
    );
    assert!(!shown.contains("has ended"), "{shown}");
    // After the talk only the keys that still work are listed.
    assert!(
        shown.contains("L: language · ?: help · Esc: close"),
        "{shown}"
    );
    assert!(!shown.contains("next step"), "{shown}");
    let fresh = Notes::following(
        std::sync::Arc::clone(&a.corpus),
        &l10n,
        Some("tour-plan".into()),
        Lang::En,
    );
    assert!(draw(&fresh).contains("No presentation is running"));
    // The command offered loads what this screen loaded, so it runs as given.
    let mine = Notes {
        loaded: toli::present::sync::Loaded {
            dirs: vec![PathBuf::from("/w/mine")],
            no_builtin: false,
        },
        ..Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some("tour-plan".into()),
            Lang::En,
        )
    };
    let shown = draw(&mine);
    assert!(
        shown.contains("tour-plan --content /w/mine — waiting"),
        "{shown}"
    );
}

/// Two presentations of one tour (two sessions of one user): the notes screen
/// says there are two and which process it follows, and keeps following it while the other's
/// heartbeats come and go.
#[test]
fn the_notes_screen_names_the_presenter_it_follows_when_two_present_the_tour() {
    let (_dir, runtime, a, _) = talk(Lang::En);
    let mine = runtime.join(format!("present-tour-plan-{}.json", std::process::id()));
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&mine).expect("state file")).expect("json");
    // Another presenter of the tour (the test's parent process stands in for it), started later.
    // SAFETY: getppid has no preconditions and cannot fail.
    let other = unsafe { libc::getppid() } as u32;
    let plant = |pid: u32, step: u64, started_after: u64| {
        let mut s = state.clone();
        s["step"] = step.into();
        s["started"] = (s["started"].as_u64().expect("started") + started_after).into();
        let file = runtime.join(format!("present-tour-plan-{pid}.json"));
        std::fs::write(file, serde_json::to_vec(&s).expect("json")).expect("write");
    };
    plant(other, 4, 100);
    let l10n = Localizer::new();
    let mut notes = Notes::following(
        std::sync::Arc::clone(&a.corpus),
        &l10n,
        Some("tour-plan".into()),
        Lang::En,
    );
    notes.poll(&runtime);
    assert_eq!(notes.presenter, Some(other), "the talk started last");
    assert_eq!(notes.position.as_ref().map(|p| p.step), Some(4));
    let shown = drawn(&notes).backend().to_string();
    let said = format!(
        "2 presentations of this tour are running; these notes follow (and drive) the one in process {other}."
    );
    let squashed: String = shown
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(squashed.contains(&said), "{shown}");
    // The command that opens notes on the other projector names its process.
    let me = std::process::id();
    let another = format!("Notes for another: toli present tour-plan --notes --presenter {me}");
    assert!(squashed.contains(&another), "{shown}");
    // Only the presenter followed takes itself for followed: this process's talk, whose
    // room the notes screen does not follow, keeps showing its problems.
    let runtime_of = |pid| toli::present::sync::followed(&runtime, "tour-plan", pid);
    assert!(runtime_of(other), "the talk followed");
    assert!(!runtime_of(me), "the other talk of the tour");

    // Notes started for this process's talk (`--presenter PID`) follow it, though the other
    // started later; and say the command for the other.
    let mut pinned = Notes {
        presenter: Some(me),
        pinned: true,
        ..Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some("tour-plan".into()),
            Lang::En,
        )
    };
    pinned.poll(&runtime);
    assert_eq!(pinned.presenter, Some(me));
    assert_eq!(
        pinned.position.as_ref().map(|p| p.step),
        state["step"].as_u64().map(|s| s as usize)
    );
    assert!(runtime_of(me), "followed now");
    let shown = drawn(&pinned).backend().to_string();
    let squashed: String = shown
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        squashed.contains(&format!(
            "toli present tour-plan --notes --presenter {other}"
        )),
        "{shown}"
    );
    // Notes started for a presenter that is not running follow no other: they wait, and
    // say none runs, rather than drive another room's talk.
    let mut gone = Notes {
        presenter: Some(4_194_305),
        pinned: true,
        ..Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some("tour-plan".into()),
            Lang::En,
        )
    };
    gone.poll(&runtime);
    assert_eq!(gone.position, None);
    assert_eq!(gone.presenter, Some(4_194_305));
    let shown = drawn(&gone).backend().to_string();
    let squashed: String = shown
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        squashed.contains(
            "The presentation in process 4194305, which these notes were started for, is not running; waiting…"
        ) && squashed.contains("--notes --presenter "),
        "{shown}"
    );

    // This process's talk restarted later still does not take the notes over.
    plant(std::process::id(), 1, 200);
    notes.poll(&runtime);
    assert_eq!(notes.presenter, Some(other));
    assert_eq!(notes.position.as_ref().map(|p| p.step), Some(4));
}
