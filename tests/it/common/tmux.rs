//! The real `toli` binary in a tmux pane of a given size: start it, send keys and text, wait
//! for text on the screen, and read the text of the rightmost pane (the entry view) with its
//! wrapped lines joined. Without tmux a test is skipped with "skipped: tmux not found", except
//! in CI (env CI set), where tmux is required and its absence fails the test.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// Snapshots go to the build's temporary folder, not the user's cache.
const CACHE: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache");

/// A tmux server on a private socket running one toli session; killed on drop.
pub struct Tmux {
    socket: PathBuf,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// toli on the built-in corpus in `lang`, in a pane `w`×`h`, its state and data in the
    /// test's own temporary folder. `None` (after a note) when tmux is not installed locally.
    pub fn toli(lang: &str, w: u16, h: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is required in CI (.ci/run installs it)"
            );
            eprintln!("skipped: tmux not found");
            return None;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let socket = dir.path().join("sock");
        let d = dir.path().display();
        let script = format!(
            "env TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={d}/state TOLI_DATA_DIR={d}/data \
             XDG_STATE_HOME={d}/xdg-state XDG_DATA_HOME={d}/xdg-data {bin} --lang {lang}; sleep 60",
            bin = env!("CARGO_BIN_EXE_toli"),
        );
        let t = Tmux { socket, dir };
        let ok = t
            .cmd(&["new-session", "-d", "-s", "e2e"])
            .args(["-x", &w.to_string(), "-y", &h.to_string()])
            .env("LANG", "C.UTF-8")
            .env_remove("NO_COLOR")
            .env_remove("TOLI_CONTENT")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .arg(script)
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux new-session failed");
        let _ = &t.dir;
        Some(t)
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-u").arg("-S").arg(&self.socket).args(args);
        c
    }

    /// The screen as text, one line per row.
    pub fn capture(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "e2e"])
            .output()
            .expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys by their tmux names ("Enter", "/", "BSpace").
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.cmd(&["send-keys", "-t", "e2e", k])
                .status()
                .expect("send-keys");
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Types `text` literally.
    pub fn text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "e2e", "-l", text])
            .status()
            .expect("send-keys");
    }

    /// Waits (at most 20 s) until two captures 300 ms apart are the same: the app has caught
    /// up with the keys sent.
    pub fn settle(&self) {
        let start = Instant::now();
        let mut last = self.capture();
        loop {
            std::thread::sleep(Duration::from_millis(300));
            let now = self.capture();
            if now == last || start.elapsed() > Duration::from_secs(20) {
                return;
            }
            last = now;
        }
    }

    /// Waits (at most 20 s) until the screen no longer shows `what`.
    pub fn wait_gone(&self, what: &str) {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if !screen.contains(what) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {what:?} to go; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits (at most 20 s) until the screen shows `what`; returns the screen.
    pub fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if screen.contains(what) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {what:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
}

/// The text inside the rightmost pane of `screen` (the entry view once an entry is open): its
/// rows from the column of the last pane corner on the first row, borders and the scrollbar
/// left out, wrapped lines joined by single spaces — so a phrase is found wherever the width
/// broke it. A side column (a gutter of two blank columns in every row) is read after the
/// text beside it, not interleaved with it.
pub fn last_pane_text(screen: &str) -> String {
    let mut rows = screen.lines();
    let first = rows.next().unwrap_or_default();
    let col = first
        .chars()
        .enumerate()
        .filter(|(_, c)| matches!(c, '╭' | '┌'))
        .map(|(i, _)| i)
        .last()
        .unwrap_or(0);
    let rows: Vec<&str> = rows.collect();
    // The last row is the status line.
    let rows: Vec<Vec<char>> = rows[..rows.len().saturating_sub(1)]
        .iter()
        .map(|row| {
            row.chars()
                .skip(col)
                .map(|c| {
                    if matches!(c, '│' | '║' | '█' | '╰' | '╯' | '└' | '┘' | '─') {
                        ' '
                    } else {
                        c
                    }
                })
                .collect()
        })
        .collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let blank = |c: usize| rows.iter().all(|r| r.get(c).is_none_or(|ch| *ch == ' '));
    let used = |c: usize| rows.iter().any(|r| r.get(c).is_some_and(|ch| *ch != ' '));
    let gutter = (40..width).find(|&c| blank(c - 2) && blank(c - 1) && used(c));
    let columns: Vec<(usize, usize)> = match gutter {
        Some(g) => vec![(0, g), (g, width)],
        None => vec![(0, width)],
    };
    let mut text = String::new();
    for (start, end) in columns {
        for row in &rows {
            let part: String = row.iter().skip(start).take(end - start).collect();
            text.push(' ');
            text.push_str(&part);
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
