//! End-to-end: the real binary in a tmux pane. Searches, opens the cluster definition, follows
//! a link and comes back, switches to Mongolian, quits with the Cyrillic `ф`, and checks the
//! terminal is sane afterwards (stty shows icanon and echo, the main screen is back, mouse
//! reporting is off). A second run ends the app with SIGTERM; a third edits a note in $EDITOR
//! (which gets a cooked terminal) and sees it in the entry view. Skipped with a note when tmux is
//! not installed (CI installs it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    /// A session running `script(folder)`, where the folder is the test's own temporary one.
    fn start(script: impl Fn(&Path) -> String) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("note: tmux is not installed; skipping the end-to-end TUI test");
            return None;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let socket = dir.path().join("sock");
        let t = Tmux { socket, _dir: dir };
        let ok = t
            .cmd(&["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30"])
            .env("LANG", "C.UTF-8")
            .env_remove("NO_COLOR")
            .env_remove("TOLI_CONTENT")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .arg(script(t.dir()))
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux new-session failed");
        Some(t)
    }

    fn dir(&self) -> &Path {
        self._dir.path()
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-u").arg("-S").arg(&self.socket).args(args);
        c
    }

    fn capture(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "e2e"])
            .output()
            .expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn format(&self, f: &str) -> String {
        let out = self
            .cmd(&["display-message", "-p", "-t", "e2e", f])
            .output()
            .expect("display");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.cmd(&["send-keys", "-t", "e2e", k])
                .status()
                .expect("send-keys");
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "e2e", "-l", text])
            .status()
            .expect("send-keys");
    }

    fn wait_for(&self, what: &str) {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if screen.contains(what) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "waited for {what:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn wait_file(&self, name: &str) -> String {
        let path = self.dir().join(name);
        let start = Instant::now();
        loop {
            if let Ok(s) = std::fs::read_to_string(&path)
                && s.contains("icanon")
            {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "no {name}; screen:\n{}",
                self.capture()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn assert_sane(&self) {
        let stty = self.wait_file("stty.txt");
        let words: Vec<&str> = stty.split_whitespace().collect();
        assert!(words.contains(&"icanon"), "canonical mode is back: {stty}");
        assert!(words.contains(&"echo"), "echo is back: {stty}");
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "back on the main screen"
        );
        assert_eq!(
            self.format("#{mouse_any_flag}"),
            "0",
            "mouse reporting is off"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
}

fn fixture() -> String {
    format!("{}/tests/fixtures/content", env!("CARGO_MANIFEST_DIR"))
}

/// A shell line that runs toli (recording its pid), then records `stty -a` and waits.
fn script(dir: &Path) -> String {
    let d = dir.display();
    format!(
        "sh -c 'echo $$ > {d}/pid; exec {bin} --no-builtin --content {fx} --lang en'; \
         stty -a > {d}/stty.tmp; mv {d}/stty.tmp {d}/stty.txt; sleep 60",
        bin = env!("CARGO_BIN_EXE_toli"),
        fx = fixture(),
    )
}

fn start() -> Option<Tmux> {
    Tmux::start(script)
}

#[test]
fn search_open_follow_back_switch_language_and_quit_with_cyrillic() {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    // The shipped search engine will find "klaster" (transliteration); the current substring
    // engine needs the English spelling, so this test types "cluster".
    t.keys(&["/"]);
    t.wait_for("Search");
    t.text("cluster");
    t.wait_for("Cluster initiative");
    t.keys(&["Enter"]);
    t.wait_for("Definition · cluster ");
    t.keys(&["Tab", "Enter"]);
    t.wait_for("Definition · cluster-initiative");
    t.keys(&["BSpace"]);
    t.wait_for("Definition · cluster ");
    t.keys(&["L"]);
    t.wait_for("Тодорхойлолт · cluster");
    t.text("ф");
    t.assert_sane();
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(t) = start() else { return };
    t.wait_for("Kinds");
    t.keys(&["M", "M"]);
    let pid = std::fs::read_to_string(t.dir().join("pid")).expect("pid file");
    let ok = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .expect("kill runs")
        .success();
    assert!(ok);
    t.assert_sane();
}

#[test]
fn a_note_opens_in_the_editor_and_shows_in_the_entry() {
    let Some(t) = Tmux::start(|dir| {
        let d = dir.display();
        let editor = dir.join("ed.sh");
        std::fs::write(
            &editor,
            format!(
                "#!/bin/sh\nstty -a > {d}/editor-stty.txt\nfor f; do :; done\nprintf 'Written in the editor\\n' >> \"$f\"\n"
            ),
        )
        .expect("editor script");
        let ok = Command::new("chmod")
            .arg("+x")
            .arg(&editor)
            .status()
            .expect("chmod")
            .success();
        assert!(ok);
        format!(
            "sh -c 'echo $$ > {d}/pid; TOLI_DATA_DIR={d}/data VISUAL= EDITOR=\"{ed} --wait\" \
             exec {bin} --no-builtin --content {fx} --lang en'; \
             stty -a > {d}/stty.tmp; mv {d}/stty.tmp {d}/stty.txt; sleep 60",
            ed = editor.display(),
            bin = env!("CARGO_BIN_EXE_toli"),
            fx = fixture(),
        )
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
