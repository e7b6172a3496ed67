//! The app's place — entry, pane, language — is saved when the app is ended from outside, as
//! `q` saves it (walk 15, C-N1): its terminal closing (the tmux server goes, as a window
//! closed), and SIGHUP or SIGTERM sent to it. The real binary in tmux, on the fixture corpus.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::tmux::{CACHE, Tmux};

/// The place a quit saved before this run: English, the `cluster` entry.
const BEFORE: &str = r#"{"entry":"cluster","pane":"list","scroll":0,"lang":"en"}"#;

/// toli on the fixture corpus with no `--lang` (the saved place's language applies), its pid
/// in `pid`, the state file holding [`BEFORE`].
fn start() -> Option<Tmux> {
    Tmux::run(100, 30, |dir| {
        let d = dir.display();
        std::fs::create_dir_all(dir.join("state")).expect("state folder");
        std::fs::write(dir.join("state/state.json"), BEFORE).expect("a saved place");
        format!(
            "sh -c 'echo $$ > {d}/pid; exec env TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={d}/state \
             TOLI_DATA_DIR={d}/data {bin} --no-builtin --content {root}/tests/fixtures/content'; \
             stty -a > {d}/stty.tmp; mv {d}/stty.tmp {d}/stty.txt; sleep 60",
            bin = env!("CARGO_BIN_EXE_toli"),
            root = env!("CARGO_MANIFEST_DIR"),
        )
    })
}

/// Waits (at most 10 s) for process `pid` to end; whether it did.
fn ended(pid: &str) -> bool {
    let proc_dir = format!("/proc/{}", pid.trim());
    (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(100));
        !Path::new(&proc_dir).exists()
    })
}

/// Opens `cluster-initiative`, switches to Mongolian, then ends toli by `how` (`kill-server`,
/// or a signal for `kill`): the state file holds the new place and language.
fn ended_from_outside(how: &str) {
    let Some(t) = start() else { return };
    t.wait_for("Definition · cluster ");
    t.keys(&["/"]);
    t.wait_for("Search");
    t.text("initiative");
    t.wait_for("Cluster initiative");
    t.keys(&["Enter"]);
    t.wait_for("Definition · cluster-initiative");
    t.keys(&["L"]);
    t.wait_for("Тодорхойлолт · cluster-initiative");
    let pid = std::fs::read_to_string(t.dir().join("pid")).expect("pid file");
    if how == "kill-server" {
        let _ = t.cmd(&["kill-server"]).status();
    } else {
        let ok = Command::new("kill")
            .args([how, pid.trim()])
            .status()
            .expect("kill runs")
            .success();
        assert!(ok, "{how}");
    }
    assert!(ended(&pid), "{how}: toli still runs");
    let state = std::fs::read_to_string(t.dir().join("state/state.json")).expect("state.json");
    let state: serde_json::Value = serde_json::from_str(&state).expect("JSON");
    assert_eq!(state["entry"], "cluster-initiative", "{how}: {state}");
    assert_eq!(state["pane"], "entry", "{how}: {state}");
    assert_eq!(state["lang"], "mn", "{how}: {state}");
    if how != "kill-server" {
        // The terminal is still there: it is given back sane.
        let path = t.dir().join("stty.txt");
        let _ = (0..150).find(|_| {
            std::thread::sleep(Duration::from_millis(100));
            path.exists()
        });
        let stty = std::fs::read_to_string(&path).expect("stty after toli");
        let words: Vec<&str> = stty.split_whitespace().collect();
        assert!(
            words.contains(&"icanon") && words.contains(&"echo"),
            "{how}: {stty}"
        );
        assert_eq!(t.format("#{alternate_on}"), "0", "{how}: the main screen");
    }
}

#[test]
fn the_place_is_saved_when_the_terminal_closes() {
    ended_from_outside("kill-server");
}

#[test]
fn the_place_is_saved_on_sighup() {
    ended_from_outside("-HUP");
}

#[test]
fn the_place_is_saved_on_sigterm() {
    ended_from_outside("-TERM");
}
