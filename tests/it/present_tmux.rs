//! End-to-end: a presentation and its trainer notes in two tmux windows sharing one
//! XDG_RUNTIME_DIR (a temporary folder). Space in the presenter moves the notes view to step 2
//! and its note; the notes keep their own `--lang` when the talk switches, and their own `L`
//! switches them; leaving the presentation makes the notes
//! view wait; `f` on the projector is said on the notes screen; the shipped Table 3 fits a 120×40
//! projector and the footer cuts nothing at 80 columns. The state file is private (0600 in a
//! 0700 folder). Skipped with a note when tmux
//! is not installed (CI installs it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::tmux::{CACHE, Tmux};

/// The runtime folder the presenter and the notes view share, made in the test's folder.
fn runtime(t: &Tmux) -> PathBuf {
    let runtime = t.dir().join("run");
    std::fs::create_dir(&runtime).expect("runtime dir");
    runtime
}

/// The presenters' state files of `tour-fixture` in the runtime folder.
fn state_files(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .map(|list| {
            list.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("present-tour-fixture-"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The shell line of one window: toli on the fixtures with the test's runtime folder.
fn toli(runtime: &Path, args: &str) -> String {
    toli_app(runtime, &format!("present {args}"))
}

/// The shell line of a window running `toli ARGS` (the app without ARGS) on the fixtures, in
/// English, with the test's runtime, state and data folders (the reader's notes in
/// `data/notes` beside the runtime folder).
fn toli_app(runtime: &Path, args: &str) -> String {
    let fx = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    format!(
        "env TOLI_CACHE_DIR={CACHE} XDG_RUNTIME_DIR={rt} TOLI_STATE_DIR={state} TOLI_DATA_DIR={data} \
         LANG=C.UTF-8 VISUAL= EDITOR= {bin} \
         --no-builtin --content {fx}/content --content {fx}/present --lang en {args}; sleep 60",
        rt = runtime.display(),
        state = runtime.with_file_name("state").display(),
        data = runtime.with_file_name("data").display(),
        bin = env!("CARGO_BIN_EXE_toli"),
    )
}

/// A copy of the presentation fixtures in the test's folder, to edit during a talk, and the
/// command line of `toli present ARGS` loading the copy instead.
fn own_fixtures(t: &Tmux, runtime: &Path) -> (PathBuf, impl Fn(&str) -> String) {
    let fx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mine = t.dir().join("present");
    std::fs::create_dir(&mine).expect("folder");
    for name in ["tour-fixture.md", "fig-fixture.md"] {
        std::fs::copy(fx.join("present").join(name), mine.join(name)).expect("copy");
    }
    let (runtime, copy) = (runtime.to_path_buf(), mine.clone());
    let line = move |args: &str| {
        toli(&runtime, args).replace(
            &format!("--content {}/present", fx.display()),
            &format!("--content {}", copy.display()),
        )
    };
    (mine, line)
}

#[test]
fn notes_window_follows_the_presenter() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    t.start(100, 30, &toli(&runtime, "tour-fixture"));
    t.pane().wait_for_all(&["C l u s t e r", "1 / 3"]);
    t.open_window("notes", &toli(&runtime, "tour-fixture --notes"));
    let notes = t.window("notes");
    notes.wait_for_all(&["Step 1 / 3", "Ask the room for examples first."]);

    t.keys(&["Space"]);
    t.wait_for("2 / 3");
    notes.wait_for_all(&[
        "Step 2 / 3",
        "Growth",
        "Point at the growth stage on the ladder.",
        "Next: Firms per cluster",
    ]);
    let screen = t.capture();
    assert!(
        !screen.contains("Point at the growth"),
        "no notes on the projector:\n{screen}"
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let folder = runtime.join("toli");
        let file = state_files(&folder)
            .pop()
            .expect("the presenter's state file");
        let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600, "state file is private");
        assert_eq!(mode(&folder), 0o700, "runtime folder is private");
    }

    // The notes keep their own --lang when the talk switches; their own L switches them.
    t.keys(&["L"]);
    t.wait_for("Өсөлт");
    notes.settle();
    notes.wait_for_all(&["Step 2 / 3", "Point at the growth stage on the ladder."]);
    notes.keys(&["L"]);
    notes.wait_for_all(&["Алхам 2 / 3", "Шатан дээрх өсөлтийн үеийг заа."]);
    t.keys(&["q"]);
    // Left at step 2 of 3: closed there, not shown to the end.
    notes.wait_for_all(&["Танилцуулга үзүүлэхээ №2 алхамд зогсоосон (нийт 3 алхмаас)"]);
    assert!(
        state_files(&runtime.join("toli")).is_empty(),
        "the state file is removed when the talk ends"
    );
    notes.keys(&["q"]);
}

/// Whether a process is still running (a zombie, waiting to be reaped, has ended).
fn running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .is_some_and(|s| !s.trim_start().starts_with('Z'))
    })
}

/// Closing the terminal ends every kind of presentation window: the presenter, the trainer's
/// notes and the tour picker, and the presenter's state file goes with it. (They used to spin
/// on the closed terminal forever, deaf to SIGTERM; a hung-up presenter left its file.)
#[test]
fn a_presentation_ends_when_its_terminal_closes() {
    for (args, shows) in [
        ("tour-fixture", "1 / 3"),
        ("tour-fixture --notes", "No presentation is running"),
        ("", "Tour"),
    ] {
        let Some(t) = Tmux::new() else { return };
        let runtime = runtime(&t);
        let pid_file = t.dir().join("pid");
        let line = toli(&runtime, args).replace("; sleep 60", "");
        t.start(
            100,
            30,
            &format!("sh -c 'echo $$ > {}; exec {line}'", pid_file.display()),
        );
        t.wait_for(shows);
        let pid = std::fs::read_to_string(&pid_file).expect("pid written");
        let pid = pid.trim();
        assert!(running(pid), "`present {args}` is running");
        let ok = t
            .cmd(&["kill-server"])
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux kill-server failed");
        let start = Instant::now();
        while running(pid) && start.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(100));
        }
        if running(pid) {
            let _ = Command::new("kill").args(["-9", pid]).status();
            panic!("`toli present {args}` still runs after its terminal closed");
        }
        // Nothing left behind that a later notes view would take for a running talk.
        let left = state_files(&runtime.join("toli"));
        assert!(left.is_empty(), "`present {args}` left {left:?}");
    }
}

#[test]
fn esc_asks_before_leaving_and_the_tour_resumes_where_it_was_left() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    t.start(100, 30, &toli(&runtime, "tour-fixture"));
    t.pane().wait_for_all(&["C l u s t e r", "1 / 3"]);
    t.keys(&["Space"]);
    t.wait_for("2 / 3");
    // A clicker's Esc then its next button: the talk goes on, and steps on; Esc then its
    // previous button steps back.
    t.keys(&["Escape"]);
    t.wait_for("Leave the presentation? q: leave");
    t.keys(&["Right"]);
    t.wait_gone("Leave the presentation?");
    t.pane().wait_for_all(&["3 / 3"]);
    t.keys(&["Escape"]);
    t.wait_for("Leave the presentation? q: leave");
    t.keys(&["Left"]);
    t.wait_gone("Leave the presentation?");
    t.pane().wait_for_all(&["2 / 3"]);
    // q leaves at once; the step is remembered in the state folder.
    t.keys(&["q"]);
    t.wait_gone("2 / 3");
    t.open_window("again", &toli(&runtime, "tour-fixture"));
    let again = t.window("again");
    again.wait_for_all(&["2 / 3", "Resumed at step 2 of 3 · Home: start over"]);
    again.keys(&["Home"]);
    again.wait_for_all(&["1 / 3"]);
    again.keys(&["End"]);
    again.wait_for_all(&["3 / 3"]);
    again.keys(&["q"]);
    again.wait_gone("3 / 3");
    t.open_window("step", &toli(&runtime, "tour-fixture --step 2"));
    let at = t.window("step");
    at.wait_for_all(&["2 / 3"]);
    assert!(
        !at.capture().contains("Resumed"),
        "--step starts there without resuming"
    );
    at.keys(&["q"]);
    let saved = std::fs::read_to_string(t.dir().join("state/presentations.json"))
        .expect("the place is kept in TOLI_STATE_DIR");
    assert!(saved.contains("\"tour-fixture\""), "{saved}");
}

#[test]
fn picking_a_tour_in_the_app_saves_the_reading_place_on_quit() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    t.start(100, 30, &toli(&runtime, ""));
    t.wait_for("Pick a tour and press p to present it");
    t.keys(&["q"]);
    t.wait_gone("Pick a tour");
    let state = t.dir().join("state/state.json");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !state.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = std::fs::read_to_string(&state).expect("state.json written on quit");
    assert!(saved.contains("tour-fixture"), "{saved}");
}

#[test]
fn a_broken_step_names_the_check_command_with_every_content_folder() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    let extra = t.dir().join("ws2");
    std::fs::create_dir(&extra).expect("mkdir");
    std::fs::write(
        extra.join("tour-broken.md"),
        "---\nid: tour-broken\nkind: tour\ntitle: {en: Broken, mn: Эвдэрсэн}\n\
         summary: {en: A gap., mn: Цоорхой.}\nsteps:\n  - entry: cluster\n  - entry: clustr\n---\n",
    )
    .expect("write");
    let line = toli(&runtime, "tour-broken --step 2").replace(
        " present ",
        &format!(" --content {} present ", extra.display()),
    );
    t.start(160, 45, &line);
    let screen = t.pane().wait_for_all(&["Did you mean `cluster`?", "2 / 2"]);
    let joined = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    let dir = extra.display().to_string();
    assert!(
        joined.contains("toli check --content") && joined.contains(&format!("--content {dir}")),
        "the check command loads the extra folder:\n{screen}"
    );
    t.keys(&["q"]);
}

/// A note fixed in the tour file during a break shows in the notes terminal and the talk stays
/// on its step: both reload the saved edit as the app does.
#[test]
fn a_saved_edit_reaches_the_notes_terminal_and_the_talk_keeps_its_step() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    let (mine, line) = own_fixtures(&t, &runtime);
    t.start(100, 30, &line("tour-fixture"));
    t.pane().wait_for_all(&["C l u s t e r", "1 / 3"]);
    t.keys(&["Space"]);
    t.wait_for("2 / 3");
    t.open_window("notes", &line("tour-fixture --notes"));
    let notes = t.window("notes");
    notes.wait_for_all(&["Step 2 / 3", "Point at the growth stage on the ladder."]);

    let tour = mine.join("tour-fixture.md");
    let text = std::fs::read_to_string(&tour).expect("tour");
    let fixed = text.replace(
        "Point at the growth stage on the ladder.",
        "Point at the growth stage, then ask for a local example.",
    );
    assert_ne!(text, fixed, "the note is in the file");
    std::fs::write(&tour, fixed).expect("save");
    notes.wait_for_all(&["Step 2 / 3", "then ask for a local example."]);
    t.wait_for("2 / 3");
    t.keys(&["q"]);
}

/// A save that breaks a step during the talk: while a notes terminal follows, it shows the
/// whole message with its path and line until a good save, and the room sees nothing; with no
/// notes terminal the projector says in a few words where the problem is, whole and apart from
/// the step counter.
#[test]
fn a_broken_save_goes_to_the_notes_screen_while_one_follows_else_briefly_to_the_projector() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    let (mine, line) = own_fixtures(&t, &runtime);
    t.start(80, 24, &line("tour-fixture"));
    t.pane().wait_for_all(&["C l u s t e r", "1 / 3"]);
    t.open_window("notes", &line("tour-fixture --notes"));
    let notes = t.window("notes");
    notes.wait_for("Step 1 / 3");

    let tour = mine.join("tour-fixture.md");
    let good = std::fs::read_to_string(&tour).expect("tour");
    let broken = good.replace("entry: stage-growth", "entry: stage-growht");
    assert_ne!(good, broken, "the step is in the file");
    std::fs::write(&tour, &broken).expect("save");

    // A notes screen follows: the whole message there, nothing for the room.
    let told = notes.wait_for_all(&["A saved file has a problem", "tour-fixture.md:15:"]);
    assert!(told.contains("stage-growht"), "the whole message:\n{told}");
    std::thread::sleep(std::time::Duration::from_millis(600));
    let slide = t.pane().capture();
    assert!(
        !slide.contains("a problem"),
        "the room sees no problem:\n{slide}"
    );
    std::fs::write(&tour, &good).expect("save the fix");
    notes.wait_gone("A saved file has a problem");
    notes.wait_for_all(&["Step 1 / 3", "Ask the room for examples first."]);

    // The notes screen closed: the projector says where the problem is, briefly.
    notes.keys(&["q"]);
    std::thread::sleep(std::time::Duration::from_millis(600));
    std::fs::write(&tour, &broken).expect("save again");
    let screen = t.pane().wait_for("tour-fixture.md, line 15: a problem");
    let footer = screen.lines().last().unwrap_or_default().to_string();
    assert!(
        !footer.contains(&mine.display().to_string()),
        "no folder path on the projector:\n{screen}"
    );
    assert!(
        footer.contains("…  ") || footer.contains("toli check)  "),
        "the notice is cut with … or whole, and kept apart from the counter:\n{screen}"
    );
    assert!(footer.contains("1 / 3"), "the counter stays:\n{screen}");
    std::fs::write(&tour, &good).expect("save the fix");
    t.keys(&["q"]);
}

/// `--minutes` plans the talk: the notes screen says the share of a step and whether the talk
/// runs on time; the projector shows nothing of it.
#[test]
fn a_planned_talk_shows_its_pace_on_the_notes_screen_only() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    t.start(100, 30, &toli(&runtime, "tour-fixture --minutes 30"));
    let slide = t.pane().wait_for_all(&["C l u s t e r", "1 / 3"]);
    t.open_window("notes", &toli(&runtime, "tour-fixture --notes"));
    let notes = t.window("notes");
    let shown = notes.wait_for_all(&["Step 1 / 3", "Plan: 30 min, about 10:00 a step · on time"]);
    assert!(!slide.contains("Plan"), "not on the projector:\n{slide}");
    assert!(
        shown.contains("Ask the room for examples first."),
        "{shown}"
    );
    t.keys(&["q"]);
}

/// `f` on the projector shows a figure over the step, its footer saying which (no keys: the room
/// reads it), and the notes screen says which one, with
/// the pace counted against the steps' own planned minutes; Esc on the projector brings the
/// step back, and the notes screen's line goes; `f` on the notes screen shows it again.
#[test]
fn f_on_the_projector_is_said_on_the_notes_screen() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    let planned = |args: &str| {
        let fx = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
        toli(&runtime, args).replace(
            &format!("--content {fx}/present "),
            &format!("--content {fx}/present --content {fx}/present-plan "),
        )
    };
    t.start(100, 30, &planned("tour-plan --minutes 30 --step 2"));
    t.pane().wait_for_all(&["G r o w t h", "2 / 3"]);
    t.open_window("notes", &planned("tour-plan --notes"));
    let notes = t.window("notes");
    let shown = notes.wait_for_all(&["Step 2 / 3", "Plan: 30 min, this step 8:00"]);
    assert!(
        !shown.contains("On the projector"),
        "the step itself:\n{shown}"
    );
    t.keys(&["f"]);
    let projector = t.pane().wait_for("Figure 1 of 2");
    // The room reads the footer: the figure's place, the step and the time, no keys.
    let footer = projector.lines().rev().find(|l| !l.trim().is_empty());
    assert!(
        footer.is_some_and(|l| l.contains("Figure 1 of 2")
            && l.contains("2 / 3")
            && !l.contains("Esc")
            && !l.contains("f:")),
        "the projector's footer shows no keys:\n{projector}"
    );
    notes.wait_for("On the projector: figure 1 of 2 · Firms joining in the growth stage");
    t.keys(&["f"]);
    notes.wait_for("On the projector: figure 2 of 2 · Jobs in growing clusters");
    t.keys(&["Escape"]);
    notes.wait_gone("On the projector");
    notes.wait_for_all(&[
        "Step 2 / 3",
        "Show both charts, then come back to the stage.",
    ]);
    // `f` pressed on the notes screen shows the chart on the projector too.
    notes.keys(&["f"]);
    t.pane().wait_for("Figure 1 of 2");
    notes.wait_for("On the projector: figure 1 of 2 · Firms joining in the growth stage");
    t.keys(&["q"]);
}

/// The trainer at the laptop steps the talk from the notes screen: Space and → go on, ← goes
/// back, and the projector follows.
#[test]
fn the_notes_screen_steps_the_talk() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    t.start(100, 30, &toli(&runtime, "tour-fixture --step 1"));
    t.pane().wait_for_all(&["C l u s t e r", "1 / 3"]);
    t.open_window("notes", &toli(&runtime, "tour-fixture --notes"));
    let notes = t.window("notes");
    notes.wait_for_all(&["Step 1 / 3", "Space,→: next step"]);
    notes.keys(&["Space"]);
    t.pane().wait_for("2 / 3");
    notes.wait_for("Step 2 / 3");
    notes.keys(&["Right"]);
    t.pane().wait_for("3 / 3");
    notes.keys(&["Left", "Left"]);
    t.pane().wait_for("1 / 3");
    notes.wait_for("Step 1 / 3");
    t.keys(&["q"]);
    notes.wait_for("The presentation was closed at step 1 of 3");
    // With no talk running a step key is not kept for a later one.
    notes.keys(&["Space"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let left: Vec<_> = std::fs::read_dir(runtime.join("toli"))
        .map(|l| {
            l.flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with("request-"))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        left.is_empty(),
        "no request waits for a later talk: {left:?}"
    );
}

/// The shipped STI tour in Mongolian in a real terminal: Table 3 (step 7) shows all 14 parks
/// and the end of its sources on a 120×40 projector, and at 80×24 the paused clock and the
/// leave prompt stand whole in the footer.
#[test]
fn table_3_fits_a_120_by_40_projector_and_the_footer_cuts_nothing_at_80_columns() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    // The shipped corpus (no fixtures), in Mongolian, with the test's runtime folder.
    let line = format!(
        "env TOLI_CACHE_DIR={CACHE} XDG_RUNTIME_DIR={rt} TOLI_STATE_DIR={state} LANG=C.UTF-8 {bin} \
         --lang mn present tour-sti-parks-mongolia --step 7; sleep 60",
        rt = runtime.display(),
        state = runtime.with_file_name("state").display(),
        bin = env!("CARGO_BIN_EXE_toli"),
    );
    t.start(120, 40, &line);
    let screen = t.pane().wait_for_all(&[
        "7 / 13",
        "1. Завханы ҮТП",
        "14. Тавантолгойн ҮТП",
        "3-р хүснэгтийн доор",
    ]);
    assert!(!screen.contains('…'), "nothing cut:\n{screen}");
    t.cmd(&["resize-window", "-x", "80", "-y", "24"])
        .status()
        .expect("resize");
    t.keys(&["Home", "p"]);
    let screen = t.wait_for("түр зогссон");
    t.keys(&["Escape"]);
    let asked = t.wait_for("бусад товч: үргэлжлүүлэх");
    for screen in [screen, asked] {
        let footer = screen.lines().rev().find(|l| !l.trim().is_empty());
        assert!(
            footer.is_some_and(|l| !l.contains('…')),
            "the footer whole:\n{screen}"
        );
    }
}

/// The trainer's own note on a step's entry (written with `e` in the app) shows on the notes
/// screen under the tour's note for that step, headed "My note" («Миний тэмдэглэл»), and never
/// on the projector; a note saved in the app while the talk runs shows at the notes screen's
/// next look.
#[test]
fn the_trainers_own_note_shows_on_the_notes_screen_only_and_an_edit_follows() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    // Saved earlier with `e` on step 2's entry: the note's file, as the app writes it.
    let notes_dir = runtime.with_file_name("data").join("notes");
    std::fs::create_dir_all(&notes_dir).expect("notes folder");
    std::fs::write(
        notes_dir.join("stage-growth.md"),
        "PERSONAL: tell the Erdenet story here\n",
    )
    .expect("a note");
    t.start(100, 30, &toli(&runtime, "tour-fixture --step 2"));
    t.pane().wait_for("2 / 3");
    t.open_window("notes", &toli(&runtime, "tour-fixture --notes"));
    let notes = t.window("notes");
    let shown = notes.wait_for_all(&["Step 2 / 3", "My note", "PERSONAL: tell the Erdenet"]);
    let at = |what: &str| {
        shown
            .find(what)
            .unwrap_or_else(|| panic!("{what:?} on the notes screen:\n{shown}"))
    };
    assert!(
        at("Point at the growth stage") < at("My note")
            && at("My note") < at("PERSONAL")
            && at("PERSONAL") < at("Next: Firms per cluster"),
        "the tour's note, then the trainer's own, then the next step:\n{shown}"
    );
    let projector = t.capture();
    assert!(
        !projector.contains("PERSONAL") && !projector.contains("My note"),
        "the trainer's note stays off the projector:\n{projector}"
    );

    // The trainer adds a line in the app while the talk runs; the notes screen shows it.
    t.open_window("app", &toli_app(&runtime, ""));
    let app = t.window("app");
    app.wait_for("Kinds");
    app.keys(&["/"]);
    app.text("growth");
    app.wait_for("Growth");
    app.keys(&["Enter"]);
    app.wait_for("· stage-growth");
    app.keys(&["e"]);
    app.wait_for("Ctrl-S");
    app.keys(&["C-End", "Enter"]);
    app.text("ALSO: ask who has joined a cluster");
    app.keys(&["C-s"]);
    app.wait_for("Note saved");
    notes.wait_for_all(&[
        "PERSONAL: tell the Erdenet",
        "ALSO: ask who has joined a cluster",
    ]);
    notes.keys(&["L"]);
    notes.wait_for_all(&["Миний тэмдэглэл", "ALSO: ask who has joined a cluster"]);
    // The next step's entry has no note of the trainer's: none is shown.
    notes.keys(&["Space"]);
    t.pane().wait_for("3 / 3");
    notes.wait_for("Алхам 3 / 3");
    notes.wait_gone("Миний тэмдэглэл");
    let projector = t.capture();
    assert!(!projector.contains("ALSO"), "{projector}");
    t.keys(&["q"]);
    notes.keys(&["q"]);
}

/// The pids of the presenters of `tour-fixture` whose state files are in `runtime`.
fn presenter_pids(runtime: &Path) -> Vec<String> {
    state_files(&runtime.join("toli"))
        .iter()
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            Some(name.rsplit('-').next()?.to_string())
        })
        .collect()
}

/// Waits until `n` presenters have published their state files; their pids.
fn wait_for_presenters(runtime: &Path, n: usize) -> Vec<String> {
    let start = Instant::now();
    loop {
        let pids = presenter_pids(runtime);
        if pids.len() == n {
            return pids;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{n} presenters: {pids:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Two projectors presenting one tour: notes started with `--presenter PID` (the command the
/// notes of the other name) drive that presenter only, whichever started last.
#[test]
fn notes_started_for_one_of_two_presenters_of_a_tour_drive_that_one_only() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    t.start(100, 30, &toli(&runtime, "tour-fixture --step 1"));
    t.pane().wait_for("1 / 3");
    let first = wait_for_presenters(&runtime, 1).remove(0);
    t.open_window("second", &toli(&runtime, "tour-fixture --step 1"));
    let second_pane = t.window("second");
    second_pane.wait_for("1 / 3");
    let second = (wait_for_presenters(&runtime, 2).into_iter())
        .find(|p| *p != first)
        .expect("the second presenter");
    // Notes without --presenter follow the talk started last and name the other's command.
    t.open_window("latest", &toli(&runtime, "tour-fixture --notes"));
    let latest = t.window("latest");
    latest.wait_for_all(&["Step 1 / 3", &format!("--presenter {first}")]);
    latest.keys(&["q"]);
    // Notes for the first projector: its talk steps on, the second's does not.
    let args = format!("tour-fixture --notes --presenter {first}");
    t.open_window("notes", &toli(&runtime, &args));
    let notes = t.window("notes");
    notes.wait_for_all(&["Step 1 / 3", &format!("--presenter {second}")]);
    notes.keys(&["Space"]);
    t.pane().wait_for("2 / 3");
    notes.wait_for("Step 2 / 3");
    second_pane.settle();
    let screen = second_pane.capture();
    assert!(
        screen.contains("1 / 3"),
        "the second projector stays:\n{screen}"
    );
    // The first projector closed: the notes wait for it, and drive nothing else.
    t.keys(&["q"]);
    notes.wait_for(&format!(
        "process {first}, which these notes were started for"
    ));
    notes.keys(&["Space"]);
    second_pane.settle();
    let screen = second_pane.capture();
    assert!(screen.contains("1 / 3"), "still its own step:\n{screen}");
}

/// Walk 25 T-1: a question from the room, searched on the notes screen (`/`, a few words,
/// Enter): the entry chosen is shown on the projector over the step, and Space on the notes
/// brings the step back.
#[test]
fn a_search_on_the_notes_shows_its_answer_on_the_projector() {
    let Some(t) = Tmux::new() else { return };
    let runtime = runtime(&t);
    t.start(100, 30, &toli(&runtime, "tour-fixture"));
    t.pane().wait_for_all(&["C l u s t e r", "1 / 3"]);
    t.open_window("notes", &toli(&runtime, "tour-fixture --notes"));
    let notes = t.window("notes");
    notes.wait_for_all(&["Step 1 / 3"]);
    notes.keys(&["/"]);
    notes.wait_for("Search: Enter shows it on the projector");
    notes.text("trust");
    notes.wait_for("Build trust");
    t.pane().settle();
    assert!(
        !t.capture().contains("Answer to a question"),
        "nothing shown while typing"
    );
    notes.keys(&["Enter"]);
    notes.wait_for("Shown on the projector");
    t.pane()
        .wait_for_all(&["Answer to a question", "Build trust"]);
    notes.keys(&["Space"]);
    t.pane().wait_gone("Answer to a question");
    t.pane().wait_for("1 / 3");
}
