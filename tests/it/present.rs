//! Presentations on ratatui's TestBackend: insta snapshots of the presentation screen (English
//! and Mongolian, 80×24 and 120×40, a figure step, the jump prompt), step keys through the
//! keymap, and the presenter/notes sync at library level (the presenter publishes, the notes
//! view reads the same position and shows the step's note, in the talk's language).

use crate::common;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use toli::app::{App, Effect, update};
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;
use toli::ui::theme::ThemeName;

use common::{copied, loaded, press, screen, sized};

fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![root.join("content"), root.join("present")]
}

/// Opens the fixture tour in the list and presses `p`.
fn app(lang: Lang, w: u16, h: u16) -> App {
    sized(loaded(fixtures()), lang, w, h)
}

/// The fixture tour presented at `w`×`h`.
fn presenting(lang: Lang, w: u16, h: u16) -> App {
    common::presenting(loaded(fixtures()), "tour-fixture", lang, w, h)
}

/// What the event loop does between frames: the clock moves, the position is published.
fn tick(a: &mut App, runtime: &std::path::Path, last: &mut toli::present::sync::Published) {
    let now = toli::present::deck::epoch_secs();
    update(a, toli::app::Message::Tick { now });
    toli::present::publish(a, runtime, last).expect("published");
}

fn step(a: &App) -> usize {
    a.present.as_ref().expect("presenting").step
}

#[test]
fn a_case_step_shows_its_values_in_the_talk_s_language() {
    let extra = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        extra.path().join("tour-case.md"),
        "---\nid: tour-case\nkind: tour\ntitle: {en: A case, mn: Жишээ}\n\
         summary: {en: One case., mn: Нэг жишээ.}\nsteps:\n  - entry: it-park\n---\n",
    )
    .expect("write");
    let mut dirs = fixtures();
    dirs.push(extra.path().to_path_buf());
    let mut a = sized(loaded(dirs), Lang::Mn, 120, 40);
    let t = a.corpus.index_of("tour-case").expect("tour");
    toli::app::update::navigate(&mut a, t);
    press(&mut a, KeyCode::Char('p'));
    let s = screen(&a).backend().to_string();
    for shown in ["Улс: Монгол Улс", "Өмчлөл: нийтийн өмч", "Салбар: МХХТ"]
    {
        assert!(s.contains(shown), "{shown} in\n{s}");
    }
    assert!(!s.contains(": MN") && !s.contains(": ict"), "{s}");
}

/// On a 40×10 screen the presenter's `?` help wraps each description under itself instead of
/// cutting it mid-word: every key's whole description is in the help, no line is wider than
/// the box, and the first screen is pinned in both languages.
#[test]
fn the_presenter_s_help_wraps_its_descriptions_on_a_small_screen() {
    use toli::app::keymap::{Ctx, hints_shown};
    for (lang, name) in [(Lang::En, "en"), (Lang::Mn, "mn")] {
        let mut a = presenting(lang, 40, 10);
        press(&mut a, KeyCode::Char('?'));
        insta::assert_snapshot!(format!("present_help_{name}_40x10"), screen(&a).backend());
        let th = toli::ui::theme::theme(a.settings.theme, false);
        let lines: Vec<String> = toli::ui::help::lines(&a, &th)
            .iter()
            .map(|l| l.to_string())
            .collect();
        // The box is 36 columns wide on a 40-column screen: 34 inside its borders.
        for l in &lines {
            let w = toli::markdown::wrap::str_width(l);
            assert!(w <= 34, "{lang:?}: {w} columns: {l:?}");
        }
        let all = lines
            .iter()
            .flat_map(|l| l.split_whitespace())
            .collect::<Vec<_>>()
            .join(" ");
        for (keys, hint) in hints_shown(Ctx::Presenting, lang) {
            let text = a.t(hint);
            assert!(
                all.contains(&text),
                "{lang:?}: {keys} {text:?} whole in {all}"
            );
        }
        assert!(!all.contains('…'), "{lang:?}: nothing cut: {all}");
    }
}

#[test]
fn presentation_screens_in_both_languages_and_sizes() {
    let en = presenting(Lang::En, 80, 24);
    assert_eq!(
        en.settings.theme,
        ThemeName::Projector,
        "presentations use the projector theme"
    );
    insta::assert_snapshot!("present_en_80x24", screen(&en).backend());
    let mut en = presenting(Lang::En, 120, 40);
    insta::assert_snapshot!("present_en_120x40", screen(&en).backend());
    press(&mut en, KeyCode::Char('L'));
    insta::assert_snapshot!("present_mn_120x40_after_l", screen(&en).backend());
    let mut mn = presenting(Lang::Mn, 80, 24);
    press(&mut mn, KeyCode::Char(' '));
    insta::assert_snapshot!("present_mn_80x24_step2", screen(&mn).backend());
}

#[test]
fn a_figure_step_fills_the_screen_with_the_figure() {
    let mut a = presenting(Lang::En, 120, 40);
    press(&mut a, KeyCode::End);
    for _ in 0..2 {
        press(&mut a, KeyCode::PageDown);
    }
    assert_eq!(step(&a), 2);
    let t = screen(&a);
    let text = t.backend().to_string();
    // The unit every bar shares is named once, over the bars.
    assert!(
        text.contains("120") && text.contains("Firms") && !text.contains("120 firms"),
        "{text}"
    );
    assert!(text.contains("███"), "{text}");
    insta::assert_snapshot!("present_figure_en_120x40", t.backend());
}

#[test]
fn clicker_keys_step_and_g_jumps() {
    let mut a = presenting(Lang::En, 80, 24);
    for (key, want) in [
        (KeyCode::Char(' '), 1),
        (KeyCode::Right, 2),
        (KeyCode::PageDown, 2),
        (KeyCode::Left, 1),
        (KeyCode::PageUp, 0),
        (KeyCode::PageUp, 0),
    ] {
        press(&mut a, key);
        assert_eq!(step(&a), want, "after {key:?}");
    }
    press(&mut a, KeyCode::Char('g'));
    press(&mut a, KeyCode::Char('3'));
    insta::assert_snapshot!("present_jump_prompt_80x24", screen(&a).backend());
    press(&mut a, KeyCode::Enter);
    assert_eq!(step(&a), 2);
    // Cyrillic layout: `г` is `g`; a number out of range changes nothing.
    press(&mut a, KeyCode::Char('г'));
    press(&mut a, KeyCode::Char('9'));
    press(&mut a, KeyCode::Enter);
    assert_eq!(step(&a), 2);
    press(&mut a, KeyCode::Esc);
    assert!(a.present.is_some(), "Esc asks first");
    let effects = press(&mut a, KeyCode::Char('q'));
    assert!(a.present.is_none(), "Esc then q leaves the presentation");
    assert_eq!(a.settings.theme, ThemeName::Dark, "the theme comes back");
    assert!(!effects.contains(&Effect::Quit));
}

/// A notes view of `tour` (None: the latest talk) in English until a talk says otherwise.
fn notes<'a>(a: &App, l10n: &'a Localizer, tour: Option<&str>) -> Notes<'a> {
    Notes::following(
        std::sync::Arc::clone(&a.corpus),
        l10n,
        tour.map(String::from),
        Lang::En,
    )
}

#[test]
fn presenter_publishes_and_notes_view_reads_the_same_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let mut a = presenting(Lang::En, 80, 24);
    let mut last = toli::present::sync::Published::default();
    let l10n = Localizer::new();
    let notes_text = |a: &App| {
        let mut n = notes(a, &l10n, Some("tour-fixture"));
        n.poll(&runtime);
        let text: Vec<String> = n.lines(76).iter().map(|l| l.to_string()).collect();
        (n.position.clone(), text.join("\n"))
    };
    let (pos, text) = notes_text(&a);
    assert_eq!(pos, None);
    assert!(text.contains("No presentation is running"), "{text}");

    tick(&mut a, &runtime, &mut last);
    press(&mut a, KeyCode::Char(' '));
    tick(&mut a, &runtime, &mut last);
    let (pos, text) = notes_text(&a);
    let want = a.present.as_ref().map(|d| d.position(&a.corpus, Lang::En));
    assert_eq!(pos, want);
    assert!(text.contains("Step 2 / 3"), "{text}");
    assert!(text.contains("Growth"), "{text}");
    assert!(
        text.contains("Point at the growth stage on the ladder."),
        "{text}"
    );
    assert!(text.contains("Next: Firms per cluster"), "{text}");
    assert!(
        !text.contains("Ask the room"),
        "only the current note: {text}"
    );

    press(&mut a, KeyCode::Char('L'));
    tick(&mut a, &runtime, &mut last);
    let (pos, text) = notes_text(&a);
    assert_eq!(pos.map(|p| p.lang), Some(Lang::Mn));
    assert!(text.contains("Шатан дээрх өсөлтийн үеийг заа."), "{text}");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file = toli::present::sync::state_file(&runtime, "tour-fixture");
        let mode = std::fs::metadata(file)
            .expect("state file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    press(&mut a, KeyCode::Char('q'));
    tick(&mut a, &runtime, &mut last);
    let (pos, _) = notes_text(&a);
    assert_eq!(
        pos, None,
        "leaving the presentation ends it for the notes view"
    );
}

/// A notes terminal without its own language stays in the talk's when the talk stops: a
/// Mongolian talk's notes do not turn English while the trainer waits for the next one. Started
/// without a tour, it offers to start again the tour that ran, not the tours' list.
/// A talk left at its first step of three was stopped there, not finished: the
/// notes say where and the command that resumes it.
#[test]
fn the_notes_keep_the_talks_language_after_it_stops() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let mut a = presenting(Lang::Mn, 80, 24);
    let mut last = toli::present::sync::Published::default();
    let l10n = Localizer::new();
    let mut n = notes(&a, &l10n, None);
    tick(&mut a, &runtime, &mut last);
    n.poll(&runtime);
    assert_eq!(n.shown_lang(), Lang::Mn);
    press(&mut a, KeyCode::Char('q'));
    tick(&mut a, &runtime, &mut last);
    n.poll(&runtime);
    assert_eq!(n.position, None, "the talk has stopped");
    assert_eq!(n.shown_lang(), Lang::Mn, "still the talk's language");
    let text = n
        .lines(76)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>();
    let text = text.join("\n");
    let stopped = l10n.format(
        Lang::Mn,
        "notes-stopped",
        &[
            ("step", "1".to_string()),
            ("total", "3".to_string()),
            ("command", "toli present tour-fixture".to_string()),
        ],
    );
    assert!(text.contains(&stopped), "{text}");
    assert!(
        text.contains("№1 алхамд зогсоосон (нийт 3 алхмаас)"),
        "{text}"
    );
    assert!(!text.contains("дууслаа"), "not finished: {text}");
}

/// A talk closed at its last step has been shown to the end: the notes say it finished, in
/// both languages; one closed before it says where it stopped.
#[test]
fn the_notes_say_finished_only_for_a_talk_closed_at_its_last_step() {
    let l10n = Localizer::new();
    for lang in [Lang::En, Lang::Mn] {
        for forward in [0, 1, 2] {
            let dir = tempfile::tempdir().expect("tempdir");
            let runtime = dir.path().join("toli");
            let mut a = presenting(lang, 80, 24);
            let mut last = toli::present::sync::Published::default();
            let mut n = notes(&a, &l10n, None);
            for _ in 0..forward {
                press(&mut a, KeyCode::Char(' '));
            }
            assert_eq!(step(&a), forward);
            tick(&mut a, &runtime, &mut last);
            n.poll(&runtime);
            press(&mut a, KeyCode::Char('q'));
            tick(&mut a, &runtime, &mut last);
            n.poll(&runtime);
            let text = n
                .lines(76)
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>();
            let text = text.join("\n");
            let command = ("command", "toli present tour-fixture".to_string());
            let want = match forward {
                2 => l10n.format(lang, "notes-ended", &[command]),
                _ => l10n.format(
                    lang,
                    "notes-stopped",
                    &[
                        ("step", (forward + 1).to_string()),
                        ("total", "3".to_string()),
                        command,
                    ],
                ),
            };
            assert!(text.contains(&want), "{lang:?}, step {forward}: {text}");
        }
    }
}

/// A jump to the last step and `q` between two reads of the notes screen: the notes never saw
/// the last step, but the talk was shown to the end. The presenter keeps where the talk was
/// left as it closes, and the notes read it there: finished, not stopped at step 1.
#[test]
fn a_jump_to_the_last_step_and_q_between_two_reads_of_the_notes_is_finished() {
    use toli::present::resume::Memory;
    let l10n = Localizer::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let places = dir.path().join("presentations.json");
    let mut a = presenting(Lang::En, 80, 24);
    a.present_places = Memory::at(places.clone());
    let mut last = toli::present::sync::Published::default();
    let mut n = Notes {
        places: Memory::at(places),
        ..notes(&a, &l10n, None)
    };
    tick(&mut a, &runtime, &mut last);
    n.poll(&runtime);
    assert_eq!(n.position.as_ref().map(|p| p.step), Some(0));
    press(&mut a, KeyCode::End);
    assert_eq!(step(&a), 2, "the last step");
    press(&mut a, KeyCode::Char('q'));
    tick(&mut a, &runtime, &mut last);
    n.poll(&runtime);
    assert_eq!(n.position, None, "the talk has closed");
    let text = n
        .lines(76)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>();
    let command = ("command", "toli present tour-fixture".to_string());
    let finished = l10n.format(Lang::En, "notes-ended", &[command]);
    assert!(text.join("\n").contains(&finished), "{text:?}");
}

/// The notes screen of a named tour says the command that starts it as it can be typed: the
/// tour's id, not a placeholder («toli present АЯЛАЛ»).
#[test]
fn the_notes_screen_names_the_command_with_the_tours_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let a = app(Lang::Mn, 80, 24);
    let l10n = Localizer::new();
    let mut n = notes(&a, &l10n, Some("tour-fixture"));
    n.poll(&runtime);
    let text = n
        .lines(76)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("toli present tour-fixture"), "{text}");
    assert!(!text.contains("TOUR") && !text.contains('`'), "{text}");
}

#[test]
fn p_outside_a_tour_shows_the_tours_and_the_notes_never_reach_the_projector() {
    let mut a = app(Lang::En, 100, 30);
    press(&mut a, KeyCode::Char('p'));
    assert!(a.present.is_none());
    assert_eq!(
        a.current().map(|i| a.corpus.entry(i).id.clone()).as_deref(),
        Some("tour-fixture")
    );
    press(&mut a, KeyCode::Char('p'));
    assert!(a.present.is_some());
    for _ in 0..3 {
        let text = screen(&a).backend().to_string();
        for note in ["Ask the room", "Point at the growth", "Read the bars"] {
            assert!(!text.contains(note), "{note} on the projector:\n{text}");
        }
        press(&mut a, KeyCode::Char(' '));
    }
}

#[test]
fn y_copies_the_citation_with_a_visible_confirmation() {
    let mut a = app(Lang::En, 100, 30);
    let i = a.corpus.index_of("stage-growth").expect("entry");
    toli::app::update::navigate(&mut a, i);
    let effects = press(&mut a, KeyCode::Char('y'));
    let copied = copied(&effects).expect("queued for OSC 52");
    assert!(
        copied.starts_with("Growth — Source: Test Author, 2024. Fixture deck on clusters, slide 8"),
        "{copied}"
    );
    assert!(
        copied.contains(
            "\nӨсөлт — Эх сурвалж: Test Author, 2024. Fixture deck on clusters \
             [Кластерийн туршилтын илтгэл], 8-р слайд"
        ),
        "{copied}"
    );
    let text = screen(&a).backend().to_string();
    assert!(text.contains("citation sent to the clipboard"), "{text}");
}

#[test]
fn present_command_names_the_tours_and_needs_a_terminal() {
    let toli = || {
        let mut c = assert_cmd::Command::cargo_bin("toli").expect("binary");
        c.env(
            "TOLI_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
        );
        c.env_remove("TOLI_CONTENT").args(["--lang", "en"]);
        c
    };
    let out = toli().args(["present", "nope"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no tour has the id `nope`. The tours are: ")
            && err.contains("tour-what-is-a-cluster"),
        "{err}"
    );
    let out = toli().args(["present", "cluster"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "an entry that is not a tour");
    let out = toli()
        .args(["present", "tour-what-is-a-cluster"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
}

/// A step naming an entry whose file is there but did not load says so, with that file and
/// the place of its error, not that no entry has the id.
#[test]
fn a_step_naming_an_entry_whose_file_did_not_load_names_that_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let tour = "---\nid: tour-gap\nkind: tour\ntitle: {en: Gap, mn: Цоорхой}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: tour-fixture\n  - entry: soum-hub\n---\n";
    let hub = "---\nid: soum-hub\nkind: definition\ntitle: {en: Hub, mn: Төв}\nsummary: {en: S, mn: С}\ntags:\n  en: [rural, hubs\n---\n::: en\nx\n::: mn\nх\n";
    std::fs::write(dir.path().join("tour-gap.md"), tour).expect("write");
    std::fs::write(dir.path().join("soum-hub.md"), hub).expect("write");
    let mut dirs = fixtures();
    dirs.push(dir.path().to_path_buf());
    let load = || {
        toli::corpus::load::load(&toli::corpus::load::Sources {
            builtin: false,
            dirs: dirs.clone(),
        })
    };
    for (lang, words) in [
        (Lang::En, ["which did not load", "(line 7, column 7)"]),
        (Lang::Mn, ["тэр файл ачаалагдаагүй", "(мөр 7, багана 7)"]),
    ] {
        let outcome = load();
        let mut a = sized(outcome.corpus, lang, 100, 30);
        a.status.set_problems(outcome.diagnostics, &a.corpus);
        let t = a.corpus.index_of("tour-gap").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        press(&mut a, KeyCode::Char(' '));
        let rows = screen(&a).backend().to_string();
        // The slide's words, whatever line they wrap onto.
        let text = (rows.lines())
            .flat_map(|l| l.trim_matches('"').split_whitespace())
            .collect::<Vec<_>>()
            .join(" ");
        for w in words.iter().chain(&["soum-hub.md"]) {
            assert!(text.contains(w), "{lang:?}: {w:?} in\n{rows}");
        }
        for w in ["no entry has that id", "ийм бичлэг байхгүй"] {
            assert!(!text.contains(w), "{lang:?}: {w:?} in\n{text}");
        }
    }
}

#[test]
fn a_step_naming_a_missing_entry_is_shown_as_an_error_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let tour = "---\nid: tour-gap\nkind: tour\ntitle: {en: Gap, mn: Цоорхой}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: tour-fixture\n  - entry: tour-fixtur\n    note: {en: Say it, mn: Хэл}\n---\n";
    std::fs::write(dir.path().join("tour-gap.md"), tour).expect("write");
    let mut dirs = fixtures();
    dirs.push(dir.path().to_path_buf());
    let corpus = || {
        toli::corpus::load::load(&toli::corpus::load::Sources {
            builtin: false,
            dirs: dirs.clone(),
        })
        .corpus
    };
    for (lang, words) in [
        (
            Lang::En,
            ["no entry has that id", "Did you mean `tour-fixture`?"],
        ),
        (
            Lang::Mn,
            ["ийм бичлэг байхгүй", "`tour-fixture` гэж бичих гэсэн үү?"],
        ),
    ] {
        let mut a = sized(corpus(), lang, 100, 30);
        a.check_command = "toli check --content my-folder".into();
        let t = a.corpus.index_of("tour-gap").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        assert_eq!(a.present.as_ref().map(|d| d.steps.len()), Some(2));
        press(&mut a, KeyCode::Char(' '));
        assert_eq!(step(&a), 1, "the missing step is kept, not skipped");
        let text = screen(&a).backend().to_string();
        for w in words
            .iter()
            .chain(&["tour-fixtur", "toli check --content my-folder", "2 / 2"])
        {
            assert!(text.contains(w), "{lang:?}: {w:?} in\n{text}");
        }
        // While a notes screen follows the talk (it names the step's problem), the room sees
        // one plain line: no id, no folder, no command.
        update(&mut a, toli::app::Message::NotesFollow(true));
        let text = screen(&a).backend().to_string();
        let plain = match lang {
            Lang::En => "This step is not available.",
            Lang::Mn => "Энэ алхам одоогоор бэлэн биш байна.",
        };
        assert!(text.contains(plain), "{text}");
        for w in ["tour-fixtur", "toli check", "my-folder"] {
            assert!(
                !text.contains(w),
                "{lang:?}: {w:?} shown to the room:\n{text}"
            );
        }
    }
}

/// A step that cannot be remembered (a file where the state folder should be, whoever runs
/// the test) says why in plain words and names the folder, in both languages — never the
/// system's English, "Not a directory (os error 20)".
#[test]
fn a_step_that_cannot_be_remembered_says_why_in_plain_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    std::fs::write(&state, "a file where the state folder should be").expect("write");
    let folder = state.display();
    for (lang, want) in [
        (
            Lang::En,
            format!("Could not remember the step: the file could not be written. Folder: {folder}"),
        ),
        (
            Lang::Mn,
            format!(
                "Хаана хүртэл үзүүлснийг хадгалж чадсангүй: файл бичигдсэнгүй. Хавтас: {folder}"
            ),
        ),
    ] {
        let mut a = app(lang, 80, 24);
        a.present_places = toli::present::resume::Memory::at(state.join("presentations.json"));
        let t = a.corpus.index_of("tour-fixture").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        assert!(a.present.is_some());
        assert_eq!(a.status.notice.as_deref(), Some(want.as_str()));
        // The room's screen says it too, whole.
        let text = screen(&a).backend().to_string();
        assert!(!text.contains("os error"), "{text}");
    }
}

/// On the trainer's notes screen, a step whose entry's file did not load is titled with that
/// file and the place of its error — as the projector's slide says — not "no entry has that
/// id"; the step before it names it so as the next step.
#[test]
fn the_notes_screen_names_the_file_of_a_step_that_did_not_load() {
    let dir = tempfile::tempdir().expect("tempdir");
    let tour = "---\nid: tour-gap\nkind: tour\ntitle: {en: Gap, mn: Цоорхой}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: tour-fixture\n  - entry: soum-hub\n---\n";
    let hub = "---\nid: soum-hub\nkind: definition\ntitle: {en: Hub, mn: Төв}\nsummary: {en: S, mn: С}\ntags:\n  en: [rural, hubs\n---\n::: en\nx\n::: mn\nх\n";
    std::fs::write(dir.path().join("tour-gap.md"), tour).expect("write");
    std::fs::write(dir.path().join("soum-hub.md"), hub).expect("write");
    let mut dirs = fixtures();
    dirs.push(dir.path().to_path_buf());
    let runtime = dir.path().join("run");
    let l10n = Localizer::new();
    for (lang, words) in [
        (Lang::En, ["which did not load", "(line 7, column 7)"]),
        (Lang::Mn, ["тэр файл ачаалагдаагүй", "(мөр 7, багана 7)"]),
    ] {
        let outcome = toli::corpus::load::load(&toli::corpus::load::Sources {
            builtin: false,
            dirs: dirs.clone(),
        });
        let problems = outcome.diagnostics.clone();
        let mut a = sized(outcome.corpus, lang, 100, 30);
        a.status.set_problems(outcome.diagnostics, &a.corpus);
        let t = a.corpus.index_of("tour-gap").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        let mut last = toli::present::sync::Published::default();
        let notes_text = |a: &mut App, last: &mut toli::present::sync::Published| {
            tick(a, &runtime, last);
            let mut n = Notes {
                problems: problems.clone(),
                ..notes(a, &l10n, Some("tour-gap"))
            };
            n.poll(&runtime);
            let lines: Vec<String> = n.lines(100).iter().map(|l| l.to_string()).collect();
            lines.join(" ")
        };
        // The step before: its next step is named by the file.
        let text = notes_text(&mut a, &mut last);
        for w in words.iter().chain(&["soum-hub.md"]) {
            assert!(text.contains(w), "{lang:?}: {w:?} in\n{text}");
        }
        press(&mut a, KeyCode::Char(' '));
        let text = notes_text(&mut a, &mut last);
        assert!(text.contains("2 / 2"), "{text}");
        for w in words.iter().chain(&["soum-hub.md"]) {
            assert!(text.contains(w), "{lang:?}: {w:?} in\n{text}");
        }
        for w in ["no entry has that id", "ийм бичлэг байхгүй"] {
            assert!(!text.contains(w), "{lang:?}: {w:?} in\n{text}");
        }
        press(&mut a, KeyCode::Char('q'));
        tick(&mut a, &runtime, &mut last);
    }
}
