//! What a trainer needs on the projector, on ratatui's TestBackend: a table of long cells
//! shown with every value whole, as a table or one record per row (80×24, 100×30, 160×45, both
//! languages), step numbers out of range said and kept to correct, Home/End/Enter, the blank screen, `?` over the
//! talk, Esc asking before leaving, a tour resumed where it was left (with its clock), the ▲/▼
//! marks, and the notes view keeping its own language.

use crate::common;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use toli::app::App;
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;
use toli::ui::theme::theme;

use common::{loaded, press, screen, shipped, sized};

fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![
        root.join("content"),
        root.join("present"),
        root.join("present-table"),
    ]
}

/// The tour of tables presented at `w`×`h`.
fn presenting(lang: Lang, w: u16, h: u16) -> App {
    common::presenting(loaded(fixtures()), "tour-table", lang, w, h)
}

fn step(a: &App) -> usize {
    a.present.as_ref().expect("presenting").step
}

fn text(a: &App) -> String {
    screen(a).backend().to_string()
}

/// The words of the whole step as the slide lays it out at the app's size.
fn step_words(a: &App) -> Vec<String> {
    let d = a.present.as_ref().expect("presenting");
    let th = theme(a.settings.theme, a.settings.no_color);
    let col = toli::ui::present::column(ratatui::layout::Rect::new(0, 0, a.size.0, a.size.1), a, d);
    toli::ui::present::step_lines(a, d, &th, col.width as usize, col.height as usize)
        .iter()
        .flat_map(|l| {
            l.to_string()
                .split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn a_table_too_wide_for_the_slide_shows_every_value_whole() {
    let corpus = loaded(fixtures());
    let fig = corpus.get("fig-wide-table").expect("figure");
    let toli::corpus::model::KindFields::Figure { rows, .. } = &fig.fields else {
        panic!("a figure");
    };
    for (w, h) in [(80, 24), (100, 30), (160, 45)] {
        for lang in Lang::ALL {
            let a = presenting(lang, w, h);
            let shown = text(&a);
            insta::assert_snapshot!(
                format!("present_wide_table_{}_{w}x{h}", lang.code()),
                screen(&a).backend()
            );
            assert!(!shown.contains('…'), "nothing cut at {w}×{h}:\n{shown}");
            // Every word of every label and cell is on the slide, none broken or cut.
            let words = step_words(&a);
            for row in rows {
                let label = row.label.show(lang);
                let values = row.cells.iter().map(|c| c.show(lang).to_string());
                for v in values.chain([label.to_string()]) {
                    for word in v.split_whitespace() {
                        assert!(
                            words.iter().any(|x| x == word),
                            "{word} whole at {w}×{h}: {words:?}"
                        );
                    }
                }
            }
        }
    }
}

/// A step number the tour does not have keeps the prompt open with it and says what was wrong:
/// the next digit starts a new number, which goes there, and the keys typed to
/// correct it never move the talk; Backspace edits the number; Esc closes the prompt without
/// asking to leave. On a narrow projector the footer says it in fewer words, nothing cut.
#[test]
fn a_step_number_out_of_range_keeps_the_prompt_open_to_correct_it() {
    for (lang, said, prompt, narrow) in [
        (
            Lang::En,
            "No step 20: this tour has 4 steps · Go to step: 20",
            "Go to step (1–4): 2",
            "No such step · go to step (1–4): 20",
        ),
        (
            Lang::Mn,
            "№20 алхам байхгүй: энэ танилцуулга нийт 4 алхамтай · Алхам руу очих: 20",
            "Алхам руу очих (1–4): 2",
            "Ийм алхам байхгүй · алхам руу очих (1–4): 20",
        ),
    ] {
        let mut a = presenting(lang, 100, 30);
        press(&mut a, KeyCode::Char('g'));
        press(&mut a, KeyCode::Char('2'));
        assert!(text(&a).contains(prompt), "{}", text(&a));
        press(&mut a, KeyCode::Char('0'));
        press(&mut a, KeyCode::Enter);
        assert_eq!(step(&a), 0);
        assert!(text(&a).contains(said), "{}", text(&a));
        // The correction: a new number, then Enter, goes there.
        press(&mut a, KeyCode::Char('3'));
        assert!(!text(&a).contains(said), "{}", text(&a));
        assert!(
            text(&a).contains(&prompt.replace(": 2", ": 3")),
            "{}",
            text(&a)
        );
        press(&mut a, KeyCode::Enter);
        assert_eq!(step(&a), 2, "{lang:?}: the corrected number");
        assert!(a.present.as_ref().is_some_and(|d| d.jump.is_none()));
        // Backspace edits the wrong number: 20 → 2.
        press(&mut a, KeyCode::Char('g'));
        press(&mut a, KeyCode::Char('2'));
        press(&mut a, KeyCode::Char('0'));
        press(&mut a, KeyCode::Enter);
        press(&mut a, KeyCode::Backspace);
        press(&mut a, KeyCode::Enter);
        assert_eq!(step(&a), 1, "{lang:?}: 20 edited to 2");
        // Esc closes a prompt holding a wrong number, and asks nothing.
        press(&mut a, KeyCode::Char('g'));
        press(&mut a, KeyCode::Char('9'));
        press(&mut a, KeyCode::Enter);
        press(&mut a, KeyCode::Esc);
        let d = a.present.as_ref().expect("presenting");
        assert!(d.jump.is_none() && !d.leaving && d.step == 1, "{lang:?}");
        // 80 columns: the short form, the typed number whole.
        let mut a = presenting(lang, 80, 24);
        for c in ['g', '2', '0'] {
            press(&mut a, KeyCode::Char(c));
        }
        press(&mut a, KeyCode::Enter);
        let foot = common::rows(&a).last().cloned().unwrap_or_default();
        assert!(
            foot.contains(said) || foot.contains(narrow),
            "{lang:?}: {foot}"
        );
        assert!(foot.contains("1 / 4"), "{lang:?}: {foot}");
    }
}

#[test]
fn home_end_enter_and_the_blank_screen() {
    let mut a = presenting(Lang::En, 80, 24);
    press(&mut a, KeyCode::Enter);
    assert_eq!(step(&a), 1, "Enter is next");
    press(&mut a, KeyCode::End);
    assert_eq!(step(&a), 3, "End is the last step");
    press(&mut a, KeyCode::Home);
    assert_eq!(step(&a), 0, "Home is the first step");
    for key in ['b', '.'] {
        press(&mut a, KeyCode::Char(key));
        let t = screen(&a);
        let cells = t.backend().buffer().content();
        assert!(
            cells.iter().all(|c| c.symbol() == " "),
            "{key}: a blank screen"
        );
        assert!(cells.iter().all(|c| c.bg == ratatui::style::Color::Black));
        press(&mut a, KeyCode::Char(' '));
        assert_eq!(step(&a), 0, "any key brings the same slide back");
        assert!(text(&a).contains("1 / 4"));
    }
}

#[test]
fn question_mark_shows_the_keys_over_the_talk() {
    for lang in Lang::ALL {
        let mut a = presenting(lang, 100, 30);
        press(&mut a, KeyCode::Char('?'));
        let shown = text(&a);
        insta::assert_snapshot!(
            format!("present_help_{}_100x30", lang.code()),
            screen(&a).backend()
        );
        let first_step = a.l10n.t(lang, "hint-first-step");
        assert!(shown.contains(&first_step), "{shown}");
        press(&mut a, KeyCode::Esc);
        assert!(a.overlay.is_none(), "Esc closes the help");
        assert!(a.present.is_some(), "and the talk goes on");
        assert!(!text(&a).contains(&a.l10n.t(lang, "present-leave-ask")));
    }
}

#[test]
fn the_talks_help_lists_only_its_own_keys_on_one_projector_screen() {
    for lang in Lang::ALL {
        let mut a = presenting(lang, 80, 24);
        press(&mut a, KeyCode::Char('?'));
        let shown = text(&a);
        let last_hint = a.l10n.t(lang, "hint-leave-present");
        assert!(
            shown.contains(&last_hint),
            "every key on the first screen:\n{shown}"
        );
        let matrix = a.l10n.t(lang, "help-ctx-matrix");
        let list = a.l10n.t(lang, "help-ctx-list");
        assert!(
            !shown.contains(&matrix) && !shown.contains(&list),
            "no other view's keys over the talk:\n{shown}"
        );
        assert_eq!(toli::ui::help::max_scroll(&a), 0, "nothing to scroll to");
    }
}

#[test]
fn esc_asks_before_leaving_and_p_resumes_with_the_clock_running() {
    let mut a = presenting(Lang::En, 80, 24);
    let started = a.present.as_ref().map(|d| d.started);
    press(&mut a, KeyCode::Char(' '));
    press(&mut a, KeyCode::Char(' '));
    press(&mut a, KeyCode::Esc);
    insta::assert_snapshot!("present_leave_ask_en_80x24", screen(&a).backend());
    press(&mut a, KeyCode::Esc);
    assert!(a.present.is_some(), "Esc twice stays");
    assert_eq!(step(&a), 2);
    // A clicker's next after a stray Esc stays and steps on; its previous steps back.
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::PageDown);
    assert!(a.present.as_ref().is_some_and(|d| !d.leaving));
    assert_eq!(step(&a), 3, "the press after a stray Esc is not lost");
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::PageUp);
    assert_eq!(step(&a), 2);
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::Char('q'));
    assert!(a.present.is_none(), "Esc then q leaves");
    press(&mut a, KeyCode::Char('p'));
    assert_eq!(step(&a), 2, "p resumes at the step left");
    assert_eq!(
        a.present.as_ref().map(|d| d.started),
        started,
        "the clock runs on"
    );
    assert!(text(&a).contains("Resumed at step 3 of 4 · Home: start over"));
    press(&mut a, KeyCode::Home);
    assert_eq!(step(&a), 0);
    press(&mut a, KeyCode::Char('q'));
    press(&mut a, KeyCode::Char('p'));
    assert_eq!(step(&a), 0, "a tour left at its first step starts there");
    assert!(!text(&a).contains("Resumed"));
}

/// After a stray Esc, the key that answers "stay" also does its own work: `s` turns the
/// slides into summaries and `f` shows the step's first figure at once; a second Esc only takes
/// the question away.
#[test]
fn the_key_after_a_stray_esc_does_its_own_work() {
    let mut a = sized(shipped(), Lang::Mn, 80, 24);
    let t = a.corpus.index_of("tour-sti-parks-mongolia").expect("tour");
    toli::app::update::navigate(&mut a, t);
    press(&mut a, KeyCode::Char('p'));
    let deck = |a: &App| a.present.clone().expect("presenting");
    let summary = deck(&a).summary_only;
    press(&mut a, KeyCode::Esc);
    assert!(deck(&a).leaving);
    press(&mut a, KeyCode::Char('s'));
    assert!(!deck(&a).leaving, "s answers the question");
    assert_eq!(
        deck(&a).summary_only,
        !summary,
        "and turns the slides at once"
    );
    press(&mut a, KeyCode::Char('s'));
    assert_eq!(deck(&a).summary_only, summary);
    // Step 3 names figures: f after Esc shows the first.
    press(&mut a, KeyCode::Char('g'));
    press(&mut a, KeyCode::Char('3'));
    press(&mut a, KeyCode::Enter);
    let step_entry = deck(&a).entry().expect("step 3's entry");
    let first = deck(&a).figures(&a.corpus).first().copied();
    assert!(first.is_some(), "step 3 names a figure");
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::Char('f'));
    assert_eq!(
        deck(&a).shown(&a.corpus),
        first,
        "f shows the figure at once"
    );
    press(&mut a, KeyCode::Esc);
    assert_eq!(deck(&a).shown(&a.corpus), Some(step_entry), "Esc: the step");
    press(&mut a, KeyCode::Esc);
    assert!(deck(&a).leaving);
    press(&mut a, KeyCode::Esc);
    assert!(!deck(&a).leaving, "a second Esc takes the question away");
    assert!(a.present.is_some(), "and stays");
}

#[test]
fn marks_say_the_step_goes_on_above_and_below() {
    let mut a = presenting(Lang::Mn, 80, 24);
    let shown = text(&a);
    assert!(shown.contains('▼') && !shown.contains('▲'), "{shown}");
    assert!(!shown.contains("(j, ↓)"), "no keys on the projector");
    // ↓ scrolls to the end of the step, and stays on it…
    let mut presses = 0;
    while text(&a).contains('▼') {
        press(&mut a, KeyCode::Down);
        presses += 1;
        assert!(presses < 200, "the step ends");
    }
    assert_eq!(step(&a), 0, "still the first step");
    let shown = text(&a);
    assert!(shown.contains('▲') && !shown.contains('▼'), "{shown}");
    insta::assert_snapshot!("present_wide_table_mn_80x24_end", screen(&a).backend());
    // …then goes on to the next, as a clicker sending arrows expects; ↑ at a step's top goes
    // back, and scrolls back up through the long one.
    press(&mut a, KeyCode::Down);
    assert_eq!(step(&a), 1, "↓ at the end is the next step");
    press(&mut a, KeyCode::Up);
    assert_eq!(step(&a), 0, "↑ at the top is the step before");
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Up);
    let d = a.present.as_ref().expect("presenting");
    assert_eq!(
        (d.step, d.scroll),
        (0, 0),
        "↑ on a step scrolled down scrolls first"
    );
}

#[test]
fn the_notes_view_keeps_its_own_language_and_l_switches_it() {
    let a = presenting(Lang::Mn, 80, 24);
    let l10n = Localizer::new();
    let mut n = Notes {
        own_lang: Some(Lang::En),
        position: a.present.as_ref().map(|d| d.position(&a.corpus, Lang::Mn)),
        ..Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some("tour-table".into()),
            Lang::Mn,
        )
    };
    let lines = |n: &Notes| {
        n.lines(76)
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let en = lines(&n);
    assert!(
        en.contains("Read each park in turn.") && en.contains("Step 1 / 4"),
        "{en}"
    );
    n.toggle_lang();
    let mn = lines(&n);
    assert!(
        mn.contains("Парк бүрийг ээлжлэн унш.") && mn.contains("Алхам 1 / 4"),
        "{mn}"
    );
    n.own_lang = None;
    assert!(
        lines(&n).contains("Парк бүрийг"),
        "without its own, the talk's language"
    );
}

#[test]
fn the_steps_are_numbered_in_the_tour_view_and_in_toli_show() {
    let mut a = sized(loaded(fixtures()), Lang::En, 120, 40);
    common::open(&mut a, "tour-table");
    let shown = text(&a);
    for step in ["1. Four test parks compared", "4. Firms per cluster"] {
        assert!(shown.contains(step), "{step} in\n{shown}");
    }
    let dirs: Vec<String> = fixtures()
        .iter()
        .flat_map(|d| ["--content".to_string(), d.display().to_string()])
        .collect();
    let out = common::toli_en()
        .arg("--no-builtin")
        .args(&dirs)
        .args(["show", "tour-table"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("  1. Four test parks compared (fig-wide-table)")
            && stdout.contains("  4. Firms per cluster (fig-fixture)"),
        "{stdout}"
    );
}

#[test]
fn present_step_out_of_range_is_refused_with_the_number_of_steps() {
    let dirs: Vec<String> = fixtures()
        .iter()
        .flat_map(|d| ["--content".to_string(), d.display().to_string()])
        .collect();
    let state = tempfile::tempdir().expect("tempdir");
    for (lang, said) in [
        ("en", "No step 9: this tour has 4 steps"),
        ("mn", "№9 алхам байхгүй: энэ танилцуулга нийт 4 алхамтай"),
    ] {
        let out = common::toli_en()
            .env("TOLI_STATE_DIR", state.path())
            .arg("--no-builtin")
            .args(&dirs)
            .args(["--lang", lang, "present", "tour-table", "--step", "9"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(said), "{stderr}");
    }
}

#[test]
fn notices_leave_the_projector_after_a_few_seconds_but_the_question_stays() {
    let mut a = presenting(Lang::En, 80, 24);
    let now = a.present.as_ref().map_or(0, |d| d.now);
    let tick = |a: &mut App, now: u64| {
        toli::app::update(a, toli::app::Message::Tick { now });
    };
    press(&mut a, KeyCode::Char('T'));
    assert!(text(&a).contains("Theme:"), "{}", text(&a));
    tick(&mut a, now + toli::app::present::NOTICE_SECS - 1);
    assert!(text(&a).contains("Theme:"));
    tick(&mut a, now + toli::app::present::NOTICE_SECS);
    let shown = text(&a);
    assert!(
        !shown.contains("Theme:") && shown.contains("Parks side by side"),
        "{shown}"
    );
    press(&mut a, KeyCode::Esc);
    tick(&mut a, now + 600);
    assert!(
        text(&a).contains("Leave the presentation?"),
        "the question waits"
    );
}

#[test]
fn a_wrapped_source_on_a_spread_out_chart_stays_together() {
    let extra = tempfile::tempdir().expect("tempdir");
    let long = "slide 9: Economic performance of clusters in the regions of Europe, \
                with the policy makers' vision of the role of clusters in the future of industry";
    std::fs::write(
        extra.path().join("fig-long-source.md"),
        format!(
            "---\nid: fig-long-source\nkind: figure\ntitle: {{en: Long source, mn: Урт эх сурвалж}}\n\
             summary: {{en: S., mn: С.}}\nsources:\n  - id: src-fixture-deck\n    locator: \"{long}\"\n\
             chart: bar\norder: sorted\nrows:\n  - label: {{en: A, mn: А}}\n    value: 3\n\
             \x20 - label: {{en: B, mn: Б}}\n    value: 2\n---\n::: en\nB.\n\n::: mn\nБ.\n"
        ),
    )
    .expect("write");
    std::fs::write(
        extra.path().join("tour-long.md"),
        "---\nid: tour-long\nkind: tour\ntitle: {en: L, mn: Л}\nsummary: {en: S., mn: С.}\n\
         steps:\n  - entry: fig-long-source\n---\n",
    )
    .expect("write");
    let mut dirs = fixtures();
    dirs.push(extra.path().to_path_buf());
    let mut a = sized(loaded(dirs), Lang::En, 160, 45);
    common::open(&mut a, "tour-long");
    press(&mut a, KeyCode::Char('p'));
    let shown = text(&a);
    let rows: Vec<&str> = shown.lines().collect();
    let source = rows
        .iter()
        .position(|r| r.contains("Source: "))
        .expect("the source");
    assert!(
        rows[source + 1].contains("future of industry"),
        "the source's second line follows its first:\n{shown}"
    );
    let bar = rows.iter().position(|r| r.contains('█')).expect("a bar");
    assert!(
        !rows[bar + 1].contains('█'),
        "bars are spread out when there is room:\n{shown}"
    );
}

#[test]
fn c_starts_the_clock_again_when_the_talk_really_starts() {
    let mut a = presenting(Lang::En, 80, 24);
    let now = a.present.as_ref().map_or(0, |d| d.now);
    toli::app::update(&mut a, toli::app::Message::Tick { now: now + 100 });
    assert!(text(&a).contains("1 / 4   01:40"), "{}", text(&a));
    press(&mut a, KeyCode::Char('c'));
    assert!(text(&a).contains("1 / 4   00:00"), "{}", text(&a));
    toli::app::update(&mut a, toli::app::Message::Tick { now: now + 105 });
    assert!(text(&a).contains("1 / 4   00:05"), "{}", text(&a));
}

/// `t` hides the clock from the footer (the audience sees it) and shows it again.
#[test]
fn t_hides_and_shows_the_clock() {
    let mut a = presenting(Lang::En, 80, 24);
    let footer = |a: &App| text(a).lines().last().unwrap_or_default().to_string();
    assert!(footer(&a).contains("00:0"), "{}", footer(&a));
    press(&mut a, KeyCode::Char('t'));
    assert!(!footer(&a).contains("00:0"), "{}", footer(&a));
    assert!(
        footer(&a).contains("1 / 4"),
        "the counter stays: {}",
        footer(&a)
    );
    press(&mut a, KeyCode::Char('t'));
    assert!(footer(&a).contains("00:0"), "{}", footer(&a));
}

/// `p` stops the clock for a break, on the projector and in the notes terminal alike, and runs
/// it on from where it stopped; the break is not counted.
#[test]
fn p_stops_the_clock_for_a_break_and_runs_it_on() {
    for (lang, paused) in [(Lang::En, "paused"), (Lang::Mn, "түр зогссон")] {
        let mut a = presenting(lang, 80, 24);
        let now = a.present.as_ref().map_or(0, |d| d.now);
        let footer = |a: &App| text(a).lines().last().unwrap_or_default().to_string();
        toli::app::update(&mut a, toli::app::Message::Tick { now: now + 100 });
        press(&mut a, KeyCode::Char('p'));
        toli::app::update(&mut a, toli::app::Message::Tick { now: now + 700 });
        assert!(
            footer(&a).contains(&format!("01:40 · {paused}")),
            "{lang:?}: {}",
            footer(&a)
        );
        assert!(a.present.is_some(), "p in a talk does not leave it");
        let l10n = Localizer::new();
        let notes = Notes {
            position: a.present.as_ref().map(|d| d.position(&a.corpus, lang)),
            now: now + 700,
            ..Notes::following(
                std::sync::Arc::clone(&a.corpus),
                &l10n,
                Some("tour-table".into()),
                lang,
            )
        };
        let shown = notes
            .lines(76)
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>();
        assert!(
            shown
                .iter()
                .any(|l| l.contains(&format!("01:40 · {paused}"))),
            "the notes terminal shows the stopped clock: {shown:?}"
        );
        press(&mut a, KeyCode::Char('p'));
        toli::app::update(&mut a, toli::app::Message::Tick { now: now + 705 });
        assert!(
            footer(&a).contains("1 / 4   01:45") && !footer(&a).contains(paused),
            "{lang:?}: runs on without the break: {}",
            footer(&a)
        );
    }
}

/// A talk left while its clock is stopped comes back stopped at the same time (the time away
/// is a break too); a talk left on its last step (a rehearsal) starts afresh at the first.
#[test]
fn a_stopped_clock_comes_back_stopped_and_a_finished_talk_starts_afresh() {
    let mut a = presenting(Lang::En, 80, 24);
    let now = a.present.as_ref().map_or(0, |d| d.now);
    press(&mut a, KeyCode::Char(' '));
    toli::app::update(&mut a, toli::app::Message::Tick { now: now + 90 });
    press(&mut a, KeyCode::Char('p'));
    press(&mut a, KeyCode::Char('q'));
    assert!(a.present.is_none());
    press(&mut a, KeyCode::Char('p'));
    let d = a.present.as_ref().expect("presenting again");
    assert_eq!(d.step, 1, "resumed at the step left");
    assert!(d.paused_at.is_some(), "still stopped");
    assert_eq!(d.elapsed(), "01:30", "the time on the clock, nothing added");
    let footer = text(&a).lines().last().unwrap_or_default().to_string();
    assert!(footer.contains("01:30 · paused"), "{footer}");

    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::Char('q'));
    press(&mut a, KeyCode::Char('p'));
    let d = a.present.as_ref().expect("presenting again");
    assert_eq!(d.step, 0, "a finished talk starts at the first step");
    assert!(d.paused_at.is_none());
    assert!(!text(&a).contains("Resumed"));
}

/// Every figure step of the shipped tours shows its sources whole on an 80×24 projector, in
/// both languages: a citation the audience cannot finish reading is no citation.
#[test]
fn every_shipped_figure_slide_cites_its_sources_whole_at_80_columns() {
    let corpus = shipped();
    let tours: Vec<usize> = (0..corpus.len())
        .filter(|&i| corpus.entry(i).kind == toli::corpus::model::Kind::Tour)
        .collect();
    assert!(!tours.is_empty(), "the shipped tours");
    let mut figures = 0;
    for lang in Lang::ALL {
        for &t in &tours {
            let mut a = sized(shipped(), lang, 80, 24);
            toli::app::update::navigate(&mut a, t);
            press(&mut a, KeyCode::Char('p'));
            let total = a.present.as_ref().expect("presenting").steps.len();
            for _ in 0..total {
                let d = a.present.as_ref().expect("presenting");
                let on_figure = d.steps[d.step]
                    .entry
                    .is_some_and(|i| a.corpus.entry(i).kind == toli::corpus::model::Kind::Figure);
                if on_figure {
                    figures += 1;
                    let words = step_words(&a).join(" ");
                    assert!(
                        !words.contains('…'),
                        "{lang:?}, {} step {}: something cut:\n{words}",
                        a.corpus.entry(t).id,
                        d.step + 1
                    );
                }
                press(&mut a, KeyCode::PageDown);
            }
        }
    }
    assert!(figures >= 4, "figure steps seen: {figures}");
}

/// On a wide projector the shipped parks table (14 parks, four text columns) is a table — rows
/// compared side by side — not one record per park; on 80 columns it is told as records.
#[test]
fn the_parks_table_is_a_table_on_a_wide_projector() {
    for (lang, head) in [
        (Lang::En, ["Industry type", "Remarks"]),
        (Lang::Mn, ["Салбар", "Тайлбар"]),
    ] {
        let mut a = sized(shipped(), lang, 160, 45);
        let t = a.corpus.index_of("tour-sti-parks-mongolia").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        let on_table = |a: &App| {
            a.present
                .as_ref()
                .is_some_and(|d| d.steps[d.step].id == "fig-industrial-technology-parks")
        };
        for _ in 0..30 {
            if on_table(&a) {
                break;
            }
            press(&mut a, KeyCode::PageDown);
        }
        assert!(on_table(&a), "the tour shows the parks table");
        let shown = text(&a);
        assert!(
            shown.lines().any(|l| head.iter().all(|h| l.contains(h))),
            "{lang:?}: the columns side by side:\n{shown}"
        );
        assert!(
            shown.contains("14."),
            "{lang:?}: every park on one screen:\n{shown}"
        );
    }
}

/// `f` shows the charts a step lists (its `figures`) over it, one after another in that order,
/// and then the step again; Esc brings the step back without asking to leave, and a step key
/// moves on from the step.
#[test]
fn f_shows_the_steps_figures_over_it_and_esc_brings_the_step_back() {
    let mut a = sized(shipped(), Lang::En, 120, 35);
    let t = a.corpus.index_of("tour-sti-parks-mongolia").expect("tour");
    toli::app::update::navigate(&mut a, t);
    press(&mut a, KeyCode::Char('p'));
    press(&mut a, KeyCode::Char('g'));
    press(&mut a, KeyCode::Char('3'));
    press(&mut a, KeyCode::Enter);
    let deck = |a: &App| a.present.clone().expect("presenting");
    let step_entry = deck(&a).entry().expect("step 3's entry");
    let figures = deck(&a).figures(&a.corpus);
    let ids: Vec<&str> = figures.iter().map(|&f| a.corpus.id(f)).collect();
    assert_eq!(
        ids,
        ["fig-graduates-by-field-2023"],
        "step 3 shows the chart the tour lists, not every chart its entry links to"
    );
    let step_title = a.corpus.entry(step_entry).title.show(Lang::En).to_string();
    for (k, &f) in figures.iter().enumerate() {
        press(&mut a, KeyCode::Char('f'));
        assert_eq!(deck(&a).shown(&a.corpus), Some(f));
        let shown = text(&a);
        let footer = shown.lines().last().unwrap_or_default().to_string();
        assert!(
            footer.contains(&format!("Figure {} of {}", k + 1, figures.len())),
            "{footer}"
        );
        assert!(footer.contains("3 / 13"), "the step stays: {footer}");
        // The room reads the footer: the keys are in `?`.
        assert!(
            !footer.contains("Esc") && !footer.contains("f:"),
            "no keys on the projector: {footer}"
        );
    }
    // In Mongolian too: «Зураг, хүснэгт 1 / 1», without «f/ө: дараагийнх · Esc: алхам».
    press(&mut a, KeyCode::Char('L'));
    let footer = text(&a).lines().last().unwrap_or_default().to_string();
    assert!(
        footer.contains(&format!("Зураг, хүснэгт {0} / {0}", figures.len()))
            && footer.contains("3 / 13")
            && !footer.contains("Esc")
            && !footer.contains("f/ө"),
        "{footer}"
    );
    press(&mut a, KeyCode::Char('L'));
    press(&mut a, KeyCode::Char('f'));
    assert_eq!(
        deck(&a).shown(&a.corpus),
        Some(step_entry),
        "then the step again"
    );
    assert_eq!(deck(&a).aside, None);
    assert!(
        step_words(&a)
            .join(" ")
            .contains(step_title.split_whitespace().next().unwrap_or("")),
        "the step's own slide"
    );

    press(&mut a, KeyCode::Char('f'));
    press(&mut a, KeyCode::Esc);
    assert_eq!(deck(&a).shown(&a.corpus), Some(step_entry), "Esc: the step");
    assert!(!deck(&a).leaving, "and no question about leaving");
    press(&mut a, KeyCode::Char('f'));
    press(&mut a, KeyCode::PageDown);
    assert_eq!(deck(&a).step, 3, "a step key moves on");
    assert_eq!(deck(&a).aside, None, "showing the next step itself");

    // A step the tour sets no charts for says so — not that its text names none (a text may
    // mention figures the tour does not show) — and stays.
    let plain = (0..deck(&a).steps.len())
        .find(|&k| deck(&a).steps[k].entry.is_some() && deck(&a).steps[k].figures.is_empty());
    let k = plain.expect("a step of the tour that names no figure");
    let mut d = deck(&a);
    d.go(k);
    a.present = Some(d);
    press(&mut a, KeyCode::Char('f'));
    assert_eq!(deck(&a).aside, None);
    assert!(
        text(&a).contains("No other charts for this step."),
        "{}",
        text(&a)
    );
    press(&mut a, KeyCode::Char('L'));
    press(&mut a, KeyCode::Char('f'));
    assert_eq!(deck(&a).aside, None);
    assert!(
        text(&a).contains("Энэ алхамд өөр зураг, хүснэгт байхгүй."),
        "{}",
        text(&a)
    );
}

/// `s` turns slides into title, summary and key facts — text a room can read from the back —
/// and back into whole entries; the choice stays with the tour for its next start.
#[test]
fn s_shows_summary_slides_and_the_tour_keeps_them() {
    let state = tempfile::tempdir().expect("state");
    let places = state.path().join("presentations.json");
    let mut a = presenting(Lang::En, 100, 30);
    a.present_places = toli::present::resume::Memory::at(places.clone());
    // A step of the fixture tour that is an entry with a body, not a figure.
    let body_step = {
        let d = a.present.as_ref().expect("presenting");
        (0..d.steps.len())
            .find(|&k| {
                d.steps[k].entry.is_some_and(|i| {
                    let e = a.corpus.entry(i);
                    e.kind != toli::corpus::model::Kind::Figure && !e.body.show(Lang::En).is_empty()
                })
            })
            .expect("a step with a body")
    };
    let mut d = a.present.clone().expect("presenting");
    d.go(body_step);
    a.present = Some(d);
    let entry = a
        .corpus
        .entry(a.present.as_ref().and_then(|d| d.entry()).expect("entry"));
    let summary_word = entry
        .summary
        .show(Lang::En)
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string();
    let whole = step_words(&a).len();
    press(&mut a, KeyCode::Char('s'));
    let short = step_words(&a);
    assert!(short.len() < whole, "{} words, then {}", whole, short.len());
    assert!(
        short.contains(&summary_word),
        "the summary stays: {short:?}"
    );
    let stored = std::fs::read_to_string(&places).expect("remembered");
    assert!(stored.contains("\"summary_only\": true"), "{stored}");

    // The next start of the tour comes back in summary slides.
    let t = a.corpus.index_of("tour-table").expect("tour");
    press(&mut a, KeyCode::Char('q'));
    assert!(a.present.is_none());
    toli::app::present::start(&mut a, t, Some(body_step + 1)).expect("start");
    assert!(a.present.as_ref().is_some_and(|d| d.summary_only));
    assert_eq!(step_words(&a).len(), short.len());
    press(&mut a, KeyCode::Char('s'));
    assert_eq!(step_words(&a).len(), whole, "s again: the whole entry");
}

/// The talk's language stays with the tour: switched with `L` and its terminal
/// then closed (nothing more saved), `toli present TOUR` — the command the notes screen offers —
/// resumes in it, saying so in it; `--lang` given chooses another.
#[test]
fn a_restarted_talk_comes_back_in_the_language_it_was_given_in() {
    let state = tempfile::tempdir().expect("state");
    let places = state.path().join("presentations.json");
    let fresh = |lang: Lang| {
        let mut a = sized(loaded(fixtures()), lang, 100, 30);
        a.present_places = toli::present::resume::Memory::at(places.clone());
        a
    };
    let mut a = fresh(Lang::En);
    let t = a.corpus.index_of("tour-table").expect("tour");
    toli::app::present::start_standalone(&mut a, t, None, None, false).expect("start");
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::Char('L'));
    assert_eq!(a.settings.lang, Lang::Mn);
    // The terminal closes: the app is gone without leaving the talk.
    drop(a);
    // `toli present tour-table`, with no --lang, in an English environment.
    let mut b = fresh(Lang::En);
    toli::app::present::start_standalone(&mut b, t, None, None, false).expect("restart");
    assert_eq!(b.settings.lang, Lang::Mn, "the room's language");
    assert_eq!(step(&b), 1, "where it was left");
    assert!(
        text(&b).contains("№2 алхмаас үргэлжиллээ"),
        "said in it:\n{}",
        text(&b)
    );
    drop(b);
    // `toli --lang en present tour-table`: English, and kept for the next start.
    let mut c = fresh(Lang::En);
    toli::app::present::start_standalone(&mut c, t, None, None, true).expect("restart");
    assert_eq!(c.settings.lang, Lang::En);
    assert!(text(&c).contains("Resumed at step 2"), "{}", text(&c));
    drop(c);
    let mut d = fresh(Lang::Mn);
    toli::app::present::start_standalone(&mut d, t, None, None, false).expect("restart");
    assert_eq!(
        d.settings.lang,
        Lang::En,
        "the language it was last given in"
    );
}

/// `a` puts the tour's agenda over the step — every step by number and title, the current one
/// marked — to open a talk or to say where it stands; Esc or `a` brings the step back, and a
/// step key moves on from the step.
#[test]
fn a_shows_the_agenda_and_esc_brings_the_step_back() {
    let mut a = presenting(Lang::En, 100, 30);
    press(&mut a, KeyCode::Char('a'));
    let d = a.present.clone().expect("presenting");
    assert!(d.agenda);
    let shown = text(&a);
    for (k, step) in d.steps.iter().enumerate() {
        let title = step
            .entry
            .map(|i| a.corpus.entry(i).title.show(Lang::En).to_string())
            .unwrap_or_default();
        let first = title.split_whitespace().next().unwrap_or_default();
        assert!(
            shown.contains(&format!("{}. {first}", k + 1)),
            "step {} ({title}) listed:\n{shown}",
            k + 1
        );
    }
    assert!(shown.contains("▸ 1."), "the current step marked:\n{shown}");
    // The footer the room reads names the agenda, without keys (they are in `?`).
    let footer = shown.lines().last().unwrap_or_default();
    assert!(
        footer.contains("Agenda") && !footer.contains("Esc") && !footer.contains("a or"),
        "{footer}"
    );
    press(&mut a, KeyCode::Esc);
    let d = a.present.clone().expect("presenting");
    assert!(
        !d.agenda && !d.leaving,
        "Esc: the step, no question about leaving"
    );
    press(&mut a, KeyCode::Char('a'));
    press(&mut a, KeyCode::PageDown);
    let d = a.present.clone().expect("presenting");
    assert_eq!(
        (d.step, d.agenda),
        (1, false),
        "a step key moves on from the step"
    );
}

/// A recommendation whose text lists its actions shows them once on a whole slide: the facts
/// leave out what the body links; summary slides, which have no body, keep them.
#[test]
fn a_recommendations_actions_show_once_on_its_slide() {
    let rec = "unctad-rec-financial-mechanisms";
    let corpus = shipped();
    let action = corpus
        .get("action-grants-loans-tax-incentive-system")
        .expect("an action of the recommendation");
    for lang in Lang::ALL {
        let title = action.title.show(lang).to_string();
        let mut a = sized(shipped(), lang, 160, 200);
        let t = a.corpus.index_of("tour-sti-parks-mongolia").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        while a
            .present
            .as_ref()
            .is_some_and(|d| d.steps[d.step].id != rec)
        {
            let before = step(&a);
            press(&mut a, KeyCode::Char(' '));
            assert_ne!(step(&a), before, "the tour shows {rec}");
        }
        let words = step_words(&a).join(" ");
        assert_eq!(words.matches(&title).count(), 1, "{lang:?}: {words}");
        press(&mut a, KeyCode::Char('s'));
        let words = step_words(&a).join(" ");
        assert_eq!(
            words.matches(&title).count(),
            1,
            "summary slide, {lang:?}: {words}"
        );
    }
}

/// The notes say when `f` has a chart waiting at the step, and which; a step without one says
/// nothing of charts.
#[test]
fn the_notes_name_the_charts_f_shows_at_the_step() {
    let l10n = Localizer::new();
    let notes_at = |step: usize, lang: Lang| {
        let a = common::presenting_at("tour-sti-parks-mongolia", lang, 100, 30, step);
        let n = Notes {
            position: a.present.as_ref().map(|d| d.position(&a.corpus, lang)),
            ..Notes::following(
                std::sync::Arc::clone(&a.corpus),
                &l10n,
                Some("tour-sti-parks-mongolia".into()),
                lang,
            )
        };
        (n.lines(96).iter())
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let en = notes_at(2, Lang::En);
    assert!(
        en.contains("f shows this step's chart: Mongolia's R&D"),
        "{en}"
    );
    let mn = notes_at(2, Lang::Mn);
    assert!(
        mn.contains("f товчоор энэ алхмын зураг, хүснэгтийг үзүүлнэ: "),
        "{mn}"
    );
    let first = notes_at(1, Lang::En);
    assert!(!first.contains("f shows"), "{first}");
}
