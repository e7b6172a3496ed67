//! End-to-end: the real binary in a tmux pane. Searches "klaster", opens the cluster definition, follows
//! a link and comes back, switches to Mongolian, types a Mongolian question straight into the
//! panes (it is searched for, no letter runs a command), quits, and checks the
//! terminal is sane afterwards (stty shows icanon and echo, the main screen is back, mouse
//! reporting is off). A second run ends the app with SIGTERM; a third edits a note in $EDITOR
//! (which gets a cooked terminal) and sees it in the entry view. Skipped with a note when tmux is
//! not installed (CI installs it). Another opens the ITP table (Table 3) at 80×24 and finds its
//! first rows on the first screen.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common;
use crate::common::note_tmux;
use crate::common::tmux::{
    CACHE, Tmux, on_content, on_fixtures, open_cluster_initiative_in_mongolian, recorded,
};
use toli::markdown::wrap::str_width;

fn fixture() -> String {
    format!("{}/tests/fixtures/content", env!("CARGO_MANIFEST_DIR"))
}

/// toli in English on the fixture corpus, its pid and the terminal after it recorded.
fn start() -> Option<Tmux> {
    Tmux::run(100, 30, |dir| {
        recorded(dir, &on_fixtures(dir, "", "--lang en"))
    })
}

/// A [`recorded`] line running toli in English with `env` set for it and `content` as its
/// only corpus.
fn script_with(dir: &Path, env: &str, content: &str) -> String {
    recorded(dir, &on_content(dir, env, content, "--lang en"))
}

#[test]
fn search_open_follow_back_switch_language_type_a_mongolian_question_and_quit() {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    // Mongolian typed in Latin letters finds the Cyrillic title (кластер).
    t.keys(&["/"]);
    t.wait_for("Search");
    t.text("klaster");
    t.wait_for("Cluster initiative");
    t.keys(&["Enter"]);
    t.wait_for("Definition · cluster ");
    t.keys(&["Tab", "Enter"]);
    // The first link is the source line under the title.
    t.wait_for("Source · src-fixture-deck");
    t.keys(&["BSpace"]);
    t.wait_for("Definition · cluster ");
    t.keys(&["L"]);
    t.wait_for("Тодорхойлолт · cluster");
    // A Mongolian question typed straight into the panes is searched for: no command runs
    // on its letters (т would bookmark, у would open the note editor).
    t.text("тухай уул");
    t.wait_for("> тухай уул");
    assert!(
        !t.dir().join("data").join("bookmarks.json").exists(),
        "no letter of the question bookmarked anything"
    );
    t.keys(&["Escape"]);
    t.wait_for("Тодорхойлолт · cluster");
    t.text("q");
    t.assert_sane();
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    t.keys(&["M", "M"]);
    t.signal("-TERM");
    t.assert_sane();
}

/// Sends `signal` to toli once it is drawn (mouse capture toggled off and on again), then checks
/// the terminal and that the app's screen is gone from the pane.
fn signal_restores(signal: &str) {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    t.keys(&["M", "M"]);
    t.signal(signal);
    t.assert_sane();
    assert!(!t.capture().contains("Kinds"), "the app's screen is gone");
}

/// Closing the terminal itself (the tmux server goes away) must end toli, not leave it spinning
/// on a dead terminal: crossterm retries reads of 0 bytes forever, so a watchdog ends it.
#[test]
fn a_closed_terminal_ends_the_app() {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    assert!(t.running(), "toli is running");
    let _ = t.cmd(&["kill-server"]).status();
    // A process left spinning fails the test.
    assert!(t.ended(), "toli still runs after its terminal closed");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores("-HUP");
}

#[test]
fn sigint_restores_the_terminal() {
    signal_restores("-INT");
}

#[test]
fn a_panic_restores_the_terminal_and_prints_on_the_main_screen() {
    let Some(t) = Tmux::run(100, 30, |d| script_with(d, "TOLI_TEST_PANIC=1", &fixture())) else {
        return;
    };
    t.wait_for("Kinds");
    t.keys(&["F12"]);
    t.assert_sane();
    let pane = t.capture();
    assert!(
        pane.contains("TOLI_TEST_PANIC"),
        "the panic message is visible:\n{pane}"
    );
    assert!(!pane.contains("Kinds"), "the app's screen is gone:\n{pane}");
}

fn entry(id: &str, title: &str, body: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: {title}\n  mn: Тодорхойлолт\nsummary:\n  en: s\n  mn: с\n---\n::: en\n{body}\n\n::: mn\nБие.\n"
    )
}

/// Writes `text` to `path` through a temporary file and a rename, as editors save.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}

#[test]
fn live_reload_shows_edits_keeps_the_last_good_version_and_drops_deleted_entries() {
    let Some(t) = Tmux::run(100, 30, |d| {
        let c = d.join("c");
        std::fs::create_dir(&c).expect("content dir");
        std::fs::write(c.join("a.md"), entry("alpha", "Alpha", "First text.")).expect("a");
        std::fs::write(c.join("b.md"), entry("beta", "Beta", "Beta text.")).expect("b");
        script_with(d, "TOLI_X=1", &c.display().to_string())
    }) else {
        return;
    };
    let c = t.dir().join("c");
    t.wait_for("First text.");
    // An edit shows.
    save(&c.join("a.md"), &entry("alpha", "Alpha", "Second text."));
    t.wait_for("Second text.");
    // A broken edit: the last good text stays, the problem (path:line) is in the status line.
    save(
        &c.join("a.md"),
        "---\nid: alpha\nkind: definition\ntitle: [\n---\n",
    );
    // The watcher names the file saved: the status line says the error is in it.
    t.wait_for("a.md:4: the file you saved has an error");
    assert!(t.capture().contains("Second text."), "{}", t.capture());
    // `!`, which the status line names, shows the problem whole with its path, and at its end
    // (`G`, past the warnings that teach what to write) the `toli check` command.
    t.wait_for("errors in the content — ! shows them");
    t.text("!");
    t.pane()
        .wait_for_all(&["Problems in the content", "c/a.md:4:"]);
    t.text("G");
    t.wait_for("toli check --content");
    t.keys(&["Escape"]);
    t.wait_gone("Problems in the content");
    // Fixed again: the problem goes.
    save(&c.join("a.md"), &entry("alpha", "Alpha", "Third text."));
    t.wait_for("Third text.");
    t.wait_for("a.md fixed · no errors left in the content");
    t.wait_gone("a.md:4:");
    // A changed id leaves no ghost.
    save(&c.join("b.md"), &entry("gamma", "Gamma", "Gamma text."));
    t.wait_for("Gamma");
    t.wait_gone("Beta");
    // A deleted file's entry disappears, and the status line says so.
    std::fs::remove_file(c.join("a.md")).expect("rm");
    t.wait_for("a.md deleted: «Alpha» is no longer in the content");
    t.wait_gone("Third text.");
    assert!(!t.capture().contains("│Alpha"), "{}", t.capture());
    t.text("q");
    t.assert_sane();
}

#[test]
fn a_note_opens_in_the_editor_and_shows_in_the_entry() {
    let Some(t) = Tmux::run(100, 30, |dir| {
        let d = dir.display();
        let editor = common::script(
            dir,
            "ed.sh",
            &format!(
                "stty -a > {d}/editor-stty.txt\nfor f; do :; done\nprintf 'Written in the editor\\n' >> \"$f\"\n"
            ),
        );
        let env = format!("VISUAL= EDITOR=\"{} --wait\"", editor.display());
        recorded(dir, &on_fixtures(dir, &env, "--lang en"))
    }) else {
        return;
    };
    t.wait_for("Kinds");
    t.keys(&["l", "Enter"]);
    t.wait_for("Definition · cluster ");
    t.keys(&["e"]);
    t.wait_for("Written in the editor");
    t.wait_for("My note");
    let stty = std::fs::read_to_string(t.dir().join("editor-stty.txt")).expect("editor ran");
    let words: Vec<&str> = stty.split_whitespace().collect();
    assert!(
        words.contains(&"icanon"),
        "the editor got a cooked terminal: {stty}"
    );
    let note = std::fs::read_to_string(t.dir().join("data/notes/cluster.md")).expect("note");
    assert_eq!(note, "Written in the editor\n");
    t.keys(&["q"]);
    t.assert_sane();
}

#[test]
fn sigquit_restores_the_terminal() {
    signal_restores("-QUIT");
}

fn process_state(pid: &str) -> char {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit(')')
                .next()
                .and_then(|r| r.trim_start().chars().next())
        })
        .unwrap_or('?')
}

/// SIGTSTP (Ctrl-Z in a shell, `kill -TSTP`) hands the terminal back while toli is stopped, and
/// `fg` (SIGCONT) brings the app back in raw mode: a key acts at once, without Enter.
#[test]
fn suspend_and_continue_give_the_terminal_back_and_take_it_again() {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    t.signal("-TSTP");
    let start = Instant::now();
    while process_state(&t.pid()) != 'T' {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "toli never stopped"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        t.format("#{alternate_on}"),
        "0",
        "main screen while stopped"
    );
    assert_eq!(
        t.format("#{mouse_any_flag}"),
        "0",
        "no mouse reporting while stopped"
    );
    t.signal("-CONT");
    t.wait_for("Kinds");
    assert_eq!(t.format("#{alternate_on}"), "1", "the app's screen is back");
    t.keys(&["/"]);
    t.wait_for("Search");
    t.keys(&["Escape"]);
    t.text("q");
    t.assert_sane();
}

/// A paste into the search box is applied once: a long one neither freezes the app nor stops
/// Esc from answering, and a short one searches as if typed.
#[test]
fn a_pasted_query_runs_once_and_esc_still_answers() {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    t.keys(&["/"]);
    t.wait_for("Search");
    let long = "innovation cluster park ".repeat(350);
    let ok = t.cmd(&["set-buffer", &long]).status().expect("set-buffer");
    assert!(ok.success());
    let ok = t
        .cmd(&["paste-buffer", "-p", "-t", "e2e"])
        .status()
        .expect("paste");
    assert!(ok.success());
    t.keys(&["Escape"]);
    let start = Instant::now();
    while t.capture().contains("Search") {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "Esc did not close the search after a long paste:\n{}",
            t.capture()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    t.keys(&["/"]);
    t.wait_for("Search");
    let ok = t
        .cmd(&["set-buffer", "klaster"])
        .status()
        .expect("set-buffer");
    assert!(ok.success());
    let ok = t
        .cmd(&["paste-buffer", "-p", "-t", "e2e"])
        .status()
        .expect("paste");
    assert!(ok.success());
    t.wait_for("Cluster initiative");
    t.keys(&["Escape"]);
    t.text("q");
    t.assert_sane();
}

#[test]
fn the_app_refuses_to_start_on_a_missing_content_folder() {
    let Some(t) = Tmux::run(100, 30, |_| {
        format!(
            "sh -c 'env TOLI_CACHE_DIR={CACHE} {bin} --content /nonexistent/toli-mine --lang en; echo exit=$?'; sleep 60",
            bin = env!("CARGO_BIN_EXE_toli"),
        )
    }) else {
        return;
    };
    t.wait_for("the content folder /nonexistent/toli-mine does not exist");
    t.wait_for("exit=2");
}

#[test]
fn the_apps_problem_notice_names_the_exact_check_command() {
    let Some(t) = Tmux::run(100, 30, |dir| {
        let mine = dir.join("m");
        std::fs::create_dir_all(&mine).expect("mkdir");
        std::fs::write(mine.join("bad.md"), "---\nid: bad\n---\n").expect("write");
        format!(
            "sh -c 'cd {d} && exec env TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={d}/state {bin} --no-builtin --content m --lang en'; sleep 60",
            d = dir.display(),
            bin = env!("CARGO_BIN_EXE_toli"),
        )
    }) else {
        return;
    };
    // The status line may wrap the command onto its second row.
    let screen = t.wait_for("or run: toli check");
    let status = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        status.contains("did not load") && status.contains("toli check --content m --no-builtin"),
        "{screen}"
    );
    t.text("q");
}

/// Quits toli on an entry and starts it again: the second run opens on the same entry, pane
/// and language, read from the state file the first run wrote on quit.
#[test]
fn a_restart_reopens_where_the_reader_left_off() {
    let Some(t) = Tmux::run(100, 30, |dir| {
        let d = dir.display();
        let run = format!(
            "env TOLI_CACHE_DIR={CACHE} TOLI_DATA_DIR={d}/data {bin} --no-builtin --content {fx}",
            bin = env!("CARGO_BIN_EXE_toli"),
            fx = fixture(),
        );
        format!("sh -c '{run}; touch {d}/first-done; {run}'; sleep 60")
    }) else {
        return;
    };
    t.wait_for("Kinds");
    open_cluster_initiative_in_mongolian(&t);
    t.keys(&["q"]);
    let start = Instant::now();
    while !t.dir().join("first-done").exists() {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the first run did not end"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        t.dir().join("data/state.json").exists(),
        "the place was saved on quit"
    );
    t.wait_for("Тодорхойлолт · cluster-initiative");
}

/// Answer first (issue 19): at 80×24 the list of the 14 parks (Table 3) shows its first rows on
/// the first screen after opening it, without scrolling.
#[test]
fn the_itp_table_starts_on_the_first_screen_at_80x24() {
    let figures = format!("{}/tests/fixtures/figures", env!("CARGO_MANIFEST_DIR"));
    let Some(t) = Tmux::run(80, 24, |dir| script_with(dir, "", &figures)) else {
        return;
    };
    t.wait_for("Kinds");
    t.keys(&["/"]);
    t.wait_for("Search");
    t.text("Table 3");
    t.wait_for("Status of Mongolia");
    t.keys(&["Enter"]);
    t.wait_for("Figure · fig-industrial-technology-parks");
    let screen = t.capture();
    for first_rows in ["Zavkhan ITP", "Baganuur ITP"] {
        assert!(screen.contains(first_rows), "{first_rows}:\n{screen}");
    }
    t.text("q");
}

/// SGR colour parameters (foreground, background, 256-colour and RGB) in a `capture-pane -e`
/// screen; bold, reverse and underline are not colours.
fn colour_codes(screen: &str) -> Vec<String> {
    let mut found = Vec::new();
    for seq in screen.split("\u{1b}[").skip(1) {
        let Some(end) = seq.find('m') else { continue };
        let params = &seq[..end];
        if params.split(';').any(|p| {
            p.parse::<u16>()
                .is_ok_and(|n| matches!(n, 30..=38 | 40..=48 | 90..=97 | 100..=107))
        }) {
            found.push(params.to_string());
        }
    }
    found
}

#[test]
fn a_dumb_terminal_in_the_c_locale_gets_ascii_and_no_colour() {
    let Some(t) = Tmux::run(100, 30, |dir: &Path| {
        let env = "TERM=dumb LANG=C LC_ALL=C LC_CTYPE=";
        format!("{}; sleep 60", on_fixtures(dir, env, "--lang en"))
    }) else {
        return;
    };
    t.wait_for("Kinds");
    let screen = t.capture();
    let first = screen.lines().next().unwrap_or_default();
    assert!(first.starts_with('+'), "a pane's corner is `+`:\n{screen}");
    assert!(first.contains("--"), "a pane's top is `-`:\n{screen}");
    let symbols: Vec<char> = screen
        .chars()
        .filter(|c| ('\u{2190}'..='\u{25FF}').contains(c) || matches!(c, '…' | '·' | '•'))
        .collect();
    assert!(symbols.is_empty(), "symbols left: {symbols:?}\n{screen}");
    let out = t
        .cmd(&["capture-pane", "-p", "-e", "-t", "e2e"])
        .output()
        .expect("capture");
    let coloured = colour_codes(&String::from_utf8_lossy(&out.stdout));
    assert!(coloured.is_empty(), "colours drawn: {coloured:?}");
}

/// Walk 26 P-1: a terminal declaring eight colours (`TERM=xterm`) is drawn in those eight —
/// no 256-colour grey, which such a console may show as black — and the current row of the
/// pane without focus stays marked, in reverse video.
#[test]
fn an_eight_colour_terminal_gets_the_eight_and_the_unfocused_row_reversed() {
    let Some(t) = Tmux::run(100, 30, |dir: &Path| {
        let env = "TERM=xterm LANG=C.UTF-8 COLORTERM=";
        format!("{}; sleep 60", on_fixtures(dir, env, "--lang en"))
    }) else {
        return;
    };
    t.wait_for("Kinds");
    t.keys(&["l", "h"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let out = t
        .cmd(&["capture-pane", "-p", "-e", "-t", "e2e"])
        .output()
        .expect("capture");
    let screen = String::from_utf8_lossy(&out.stdout);
    let codes = colour_codes(&screen);
    assert!(!codes.is_empty(), "still in colour:\n{screen}");
    let beyond_eight: Vec<&String> = (codes.iter())
        .filter(|p| {
            let p: Vec<&str> = p.split(';').collect();
            (p.windows(3)).any(|w| {
                matches!(w[0], "38" | "48")
                    && w[1] == "5"
                    && w[2].parse::<u8>().is_ok_and(|n| n > 7)
            })
        })
        .collect();
    assert!(
        beyond_eight.is_empty(),
        "beyond eight colours: {beyond_eight:?}"
    );
    let reversed = (screen.split("\u{1b}[").skip(1))
        .filter_map(|seq| seq.find('m').map(|end| &seq[..end]))
        .any(|params| params.split(';').any(|p| p == "7"));
    assert!(reversed, "no row in reverse video:\n{screen}");
}

/// Walk 3 at 80×24 on the real binary, in Mongolian: a 70-character question scrolls in the
/// search box (its last word, the cursor, the word not found and the count stay in view) and the status line names
/// Esc to close; back in the panes the status bar says `/` searches in Latin letters; the
/// note editor's unsaved warning is read whole; `z` where it changes nothing says so.
#[test]
fn walk_3_at_80_columns_in_mongolian() {
    let Some(t) = Tmux::toli("mn", 80, 24) else {
        return;
    };
    t.wait_for("Төрлүүд");
    t.keys(&["/"]);
    t.wait_for("Хайлт");
    t.text("инновацийн тухай хууль шинжлэх ухаан технологийн паркийн талаар юу гэж заасан бэ ХХХ");
    let screen = t.wait_for("заасан бэ ХХХ▏");
    assert!(
        screen.contains("«ХХХ»: ойролцоо · илэрц"),
        "the word not found and the count stay in view:\n{screen}"
    );
    assert!(screen.contains("Esc хаах"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("/ хайх (латинаар ч)");
    t.keys(&["Enter", "Enter", "e"]);
    t.wait_for("Миний тэмдэглэл");
    // A Mongolian note: a Latin letter typed at once after `e` would be a word searched.
    t.text("х");
    t.keys(&["Escape"]);
    let screen = t.wait_for("хаяна");
    assert!(screen.contains("одоо Esc дарвал"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_gone("Миний тэмдэглэл");
    t.keys(&["z"]);
    t.wait_for("z юу ч өөрчлөхгүй");
    t.keys(&["q"]);
}

/// Walk 15, O-1, in a real terminal: Latin-letter words typed straight into the panes whose
/// first letter is a command — the bookmarks' `b`, the note editor's `e` — are searched whole,
/// with no window left behind; a note begun after `e` and a pause keeps its first letter.
#[test]
fn a_word_whose_first_letter_is_a_command_is_searched() {
    let Some(t) = Tmux::toli("mn", 80, 24) else {
        return;
    };
    t.wait_for("Төрлүүд");
    for word in ["bodlogo", "eh survalj"] {
        t.text(word);
        let screen = t.wait_for(&format!("> {word}▏"));
        assert!(!screen.contains("Миний тэмдэглэл"), "{screen}");
        assert!(!screen.contains("Хавчуурга"), "{screen}");
        t.keys(&["Escape"]);
        t.wait_gone("Хайлт");
    }
    t.keys(&["e"]);
    t.wait_for("Миний тэмдэглэл");
    std::thread::sleep(std::time::Duration::from_millis(700));
    t.text("hi");
    let screen = t.wait_for("hi");
    assert!(screen.contains("Миний тэмдэглэл"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("хаяна");
    t.keys(&["Escape"]);
    t.wait_gone("Миний тэмдэглэл");
    t.keys(&["q"]);
}

/// Without tmux a passing test still says it was skipped: the note goes past the test
/// harness's capture (which keeps a passing test's `eprintln!` to itself). This runs one tmux
/// test of this binary again with a PATH that holds no tmux and outside CI.
#[test]
fn without_tmux_a_test_says_it_was_skipped() {
    let empty = tempfile::tempdir().expect("tempdir");
    let out = Command::new(std::env::current_exe().expect("the test binary"))
        .args([
            "tui_tmux::sigterm_restores_the_terminal",
            "--exact",
            "--test-threads=1",
        ])
        .env("PATH", empty.path())
        .env_remove("CI")
        .output()
        .expect("run the test binary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "the test ran: {stdout}");
    assert!(
        stderr.contains("skipped: tmux not found"),
        "the skip is seen: {stderr}"
    );
}

/// The built-in note editor at 80×24 in Mongolian wraps a long line at word ends in a real
/// terminal (only the line's tail showed): the line's start and end are both on
/// screen, Up goes to the row above at the same column, and the note saved is the text typed.
#[test]
fn a_long_note_line_wraps_in_the_built_in_editor() {
    let Some(t) = Tmux::run(80, 24, |dir| {
        format!("{}; sleep 60", note_tmux::toli(dir, "VISUAL= EDITOR="))
    }) else {
        return;
    };
    note_tmux::press_e_on_cluster(&t);
    t.wait_for("Ctrl-S");
    t.text(crate::note_wrap::LONG_MN);
    let screen = t
        .pane()
        .wait_for_all(&["│Оюутнуудыг сургалтад ашиглаж,", "│хэмжээ авна "]);
    for row in screen.lines() {
        assert!(str_width(row) <= 80, "{row:?}");
    }
    t.keys(&["Up"]);
    t.text("#");
    t.wait_for("│төлөвлөгөө #гаргах");
    t.keys(&["C-s"]);
    let note = wait_note(&t, "data/notes/cluster.md");
    let want = crate::note_wrap::LONG_MN.replace("төлөвлөгөө гаргах", "төлөвлөгөө #гаргах");
    assert_eq!(note, format!("{want}\n"));
}

/// Waits (at most 15 s) for the file `name` in the test's folder; its text.
fn wait_note(t: &Tmux, name: &str) -> String {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(t.dir().join(name)) {
            return s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no {name}:\n{}",
            t.capture()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
