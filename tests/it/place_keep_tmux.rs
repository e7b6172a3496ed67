//! The app's place — entry, pane, language — is saved when the app is ended from outside, as
//! `q` saves it: its terminal closing (the tmux server goes, as a window
//! closed), and SIGHUP or SIGTERM sent to it. The real binary in tmux, on the fixture corpus.

use crate::common::tmux::{Tmux, on_fixtures, open_cluster_initiative_in_mongolian, recorded};

/// The place a quit saved before this run: English, the `cluster` entry.
const BEFORE: &str = r#"{"entry":"cluster","pane":"list","scroll":0,"lang":"en"}"#;

/// toli on the fixture corpus with no `--lang` (the saved place's language applies), its pid
/// and the terminal after it recorded, the state file holding [`BEFORE`].
fn start() -> Option<Tmux> {
    Tmux::run(100, 30, |dir| {
        std::fs::create_dir_all(dir.join("state")).expect("state folder");
        std::fs::write(dir.join("state/state.json"), BEFORE).expect("a saved place");
        recorded(dir, &on_fixtures(dir, "", ""))
    })
}

/// Opens `cluster-initiative`, switches to Mongolian, then ends toli by `how` (`kill-server`,
/// or a signal for `kill`): the state file holds the new place and language.
fn ended_from_outside(how: &str) {
    let Some(t) = start() else { return };
    t.wait_for("Definition · cluster ");
    open_cluster_initiative_in_mongolian(&t);
    if how == "kill-server" {
        let _ = t.cmd(&["kill-server"]).status();
    } else {
        t.signal(how);
    }
    assert!(t.ended(), "{how}: toli still runs");
    let state = std::fs::read_to_string(t.dir().join("state/state.json")).expect("state.json");
    let state: serde_json::Value = serde_json::from_str(&state).expect("JSON");
    assert_eq!(state["entry"], "cluster-initiative", "{how}: {state}");
    assert_eq!(state["pane"], "entry", "{how}: {state}");
    assert_eq!(state["lang"], "mn", "{how}: {state}");
    if how != "kill-server" {
        // The terminal is still there: it is given back sane.
        t.assert_sane();
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
