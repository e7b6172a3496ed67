//! The real `toli` binary in tmux, for every tmux suite: a private tmux server with its own
//! temporary folder, a session of a given size running a shell line (more windows beside it if
//! a test needs them), and each window's pane driven as a [`Pane`]: send keys and text, wait for
//! text on the screen (or for it to go), read a tmux format. [`on_fixtures`] and [`recorded`]
//! are the shell lines most suites run: toli on the fixture corpus with its state and data in
//! the test's folder, its pid recorded and, once it ends, the terminal's settings, which
//! [`Tmux::pid`], [`Tmux::signal`], [`Tmux::ended`] and [`Tmux::assert_sane`] read. [`last_pane_text`] reads the text
//! of the rightmost pane of a screen with its wrapped lines joined. Without tmux a test is
//! skipped with "skipped: tmux not found", except in CI (env CI set), where tmux is required
//! and its absence fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Snapshots go to the build's temporary folder, not the user's cache.
pub const CACHE: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache");

/// The session every test runs in; its first window is the default pane.
const SESSION: &str = "e2e";

/// How long a wait may take before the test fails with the screen it saw.
const PATIENCE: Duration = Duration::from_secs(20);

/// The shell words that run toli on the fixture corpus (`tests/fixtures/content`, nothing
/// built in) with its state and data in `dir`, with the variables `env` set and `args` after
/// the content (`--lang mn`).
pub fn on_fixtures(dir: &Path, env: &str, args: &str) -> String {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/content");
    on_content(dir, env, fixtures, args)
}

/// [`on_fixtures`] on the folder `content` instead.
pub fn on_content(dir: &Path, env: &str, content: &str, args: &str) -> String {
    let d = dir.display();
    format!(
        "env {env} TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={d}/state TOLI_DATA_DIR={d}/data \
         {bin} --no-builtin --content {content} {args}",
        bin = env!("CARGO_BIN_EXE_toli"),
    )
}

/// The shell words that run toli on the built-in corpus in `lang`, its state and data in `dir`.
pub fn on_builtin(dir: &Path, lang: &str) -> String {
    let d = dir.display();
    format!(
        "env TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={d}/state TOLI_DATA_DIR={d}/data \
         XDG_STATE_HOME={d}/xdg-state XDG_DATA_HOME={d}/xdg-data {bin} --lang {lang}",
        bin = env!("CARGO_BIN_EXE_toli"),
    )
}

/// A shell line that runs the shell words `toli` (run from `dir`; `toli` may end in a
/// redirection) with its pid in `dir/pid` and, once it ends, the terminal's `stty -a` in
/// `dir/stty.txt`, then waits: read them with [`Tmux::pid`], [`Tmux::ended`] and
/// [`Tmux::assert_sane`]. `toli` is inside single quotes.
pub fn recorded(dir: &Path, toli: &str) -> String {
    let d = dir.display();
    format!(
        "cd {d}; sh -c 'echo $$ > {d}/pid; exec {toli}'; stty -a > {d}/stty.tmp; \
         mv {d}/stty.tmp {d}/stty.txt; sleep 60"
    )
}

/// On the fixture corpus in English, from the panes: searches `initiative`, opens the
/// cluster initiative and switches to Mongolian (a place and language other than the start's,
/// for the tests that keep them).
pub fn open_cluster_initiative_in_mongolian(t: &Tmux) {
    t.keys(&["/"]);
    t.wait_for("Search");
    t.text("initiative");
    t.wait_for("Cluster initiative");
    t.keys(&["Enter"]);
    t.wait_for("Definition · cluster-initiative");
    t.keys(&["L"]);
    t.wait_for("Тодорхойлолт · cluster-initiative");
}

/// A tmux server on a private socket in the test's own temporary folder; killed on drop.
pub struct Tmux {
    socket: PathBuf,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// A server not started yet, with its temporary folder. `None` (after a note) when tmux is
    /// not installed locally; in CI a missing tmux fails the test.
    pub fn new() -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is required in CI (.ci/run installs it)"
            );
            // Past the test harness's capture (which hides `eprintln!` of a passing test), so
            // that a run without tmux says so.
            let _ = std::io::Write::write_all(&mut std::io::stderr(), b"skipped: tmux not found\n");
            return None;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let socket = dir.path().join("sock");
        Some(Tmux { socket, dir })
    }

    /// A session `w`×`h` running the shell line `script(folder)`, where the folder is the
    /// test's own temporary one. `None` as for [`Tmux::new`].
    pub fn run(w: u16, h: u16, script: impl FnOnce(&Path) -> String) -> Option<Tmux> {
        let t = Tmux::new()?;
        let line = script(t.dir());
        t.start(w, h, &line);
        Some(t)
    }

    /// toli on the built-in corpus in `lang`, in a pane `w`×`h`, its state and data in the
    /// test's own temporary folder. `None` as for [`Tmux::new`].
    pub fn toli(lang: &str, w: u16, h: u16) -> Option<Tmux> {
        Tmux::run(w, h, |dir| format!("{}; sleep 60", on_builtin(dir, lang)))
    }

    /// Starts the session, `w`×`h`, running the shell line `script` in UTF-8 with none of the
    /// caller's language, colour or content settings.
    pub fn start(&self, w: u16, h: u16, script: &str) {
        let ok = self
            .cmd(&["new-session", "-d", "-s", SESSION])
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
    }

    /// Opens a second window `name` in the session (in the background) running `script`; drive
    /// it with [`Tmux::window`].
    pub fn open_window(&self, name: &str, script: &str) {
        let ok = self
            .cmd(&["new-window", "-d", "-t", SESSION, "-n", name])
            .arg(script)
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux new-window {name} failed");
    }

    /// The test's own temporary folder (the socket is in it too).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// A tmux command on this server.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-u").arg("-S").arg(&self.socket).args(args);
        c
    }

    /// What a tmux command on this server printed.
    pub fn output(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits (at most 20 s) until the tmux command `args` prints `what` (a paste buffer, say);
    /// returns what it printed.
    pub fn wait_for_output(&self, args: &[&str], what: &str) -> String {
        let start = Instant::now();
        loop {
            let out = self.output(args);
            if out.contains(what) {
                return out;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited for {what:?} from tmux {args:?}; got:\n{out}\nscreen:\n{}",
                self.capture()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The session's first window, where toli was started.
    pub fn pane(&self) -> Pane<'_> {
        Pane {
            tmux: self,
            target: SESSION.to_string(),
        }
    }

    /// The window opened as `name` by [`Tmux::open_window`].
    pub fn window(&self, name: &str) -> Pane<'_> {
        Pane {
            tmux: self,
            target: format!("{SESSION}:{name}"),
        }
    }

    /// The first window's screen as text, one line per row.
    pub fn capture(&self) -> String {
        self.pane().capture()
    }

    /// Sends keys to the first window by their tmux names ("Enter", "/", "BSpace").
    pub fn keys(&self, keys: &[&str]) {
        self.pane().keys(keys);
    }

    /// Types `text` literally into the first window.
    pub fn text(&self, text: &str) {
        self.pane().text(text);
    }

    /// Waits until the first window's screen shows `what`; returns the screen.
    pub fn wait_for(&self, what: &str) -> String {
        self.pane().wait_for(what)
    }

    /// Waits until the first window's screen no longer shows `what`.
    pub fn wait_gone(&self, what: &str) {
        self.pane().wait_gone(what);
    }

    /// Waits until the first window's screen stops changing.
    pub fn settle(&self) {
        self.pane().settle();
    }

    /// A tmux format (such as `#{alternate_on}`) of the first window.
    pub fn format(&self, format: &str) -> String {
        self.pane().format(format)
    }

    /// The pid of toli started by a [`recorded`] line.
    pub fn pid(&self) -> String {
        let pid = std::fs::read_to_string(self.dir().join("pid")).expect("pid file");
        pid.trim().to_string()
    }

    /// Whether toli started by a [`recorded`] line still runs.
    pub fn running(&self) -> bool {
        Path::new(&format!("/proc/{}", self.pid())).exists()
    }

    /// Sends `signal` (`-TERM`, `-HUP` …) to toli started by a [`recorded`] line.
    pub fn signal(&self, signal: &str) {
        let ok = Command::new("kill")
            .args([signal, &self.pid()])
            .status()
            .expect("kill runs")
            .success();
        assert!(ok, "kill {signal}");
    }

    /// Waits (at most 10 s) for toli started by a [`recorded`] line to end; whether it did.
    pub fn ended(&self) -> bool {
        (0..100).any(|_| {
            std::thread::sleep(Duration::from_millis(100));
            !self.running()
        })
    }

    /// Waits (at most 15 s) for the file `name` in the test's folder to hold `stty -a`
    /// output (written by a [`recorded`] line once toli has ended); returns it.
    pub fn wait_stty(&self, name: &str) -> String {
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

    /// The terminal toli ran in (by a [`recorded`] line) is sane again: canonical mode and
    /// echo, the main screen, no mouse reporting.
    pub fn assert_sane(&self) {
        let stty = self.wait_stty("stty.txt");
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
        // Quietly: a test that closed the terminal has ended the server already.
        let _ = self
            .cmd(&["kill-server"])
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// One window's pane of a [`Tmux`] session.
pub struct Pane<'t> {
    tmux: &'t Tmux,
    target: String,
}

impl Pane<'_> {
    /// The screen as text, one line per row.
    pub fn capture(&self) -> String {
        self.tmux
            .output(&["capture-pane", "-p", "-t", &self.target])
    }

    /// Sends keys by their tmux names ("Enter", "/", "BSpace"), a little apart.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            let ok = self
                .tmux
                .cmd(&["send-keys", "-t", &self.target, k])
                .status()
                .expect("send-keys")
                .success();
            assert!(ok, "send-keys {k} to {}", self.target);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Types `text` literally.
    pub fn text(&self, text: &str) {
        self.tmux
            .cmd(&["send-keys", "-t", &self.target, "-l", text])
            .status()
            .expect("send-keys");
    }

    /// A tmux format (such as `#{alternate_on}`) of this pane, trimmed.
    pub fn format(&self, format: &str) -> String {
        self.tmux
            .output(&["display-message", "-p", "-t", &self.target, format])
            .trim()
            .to_string()
    }

    /// Waits (at most 20 s) until two captures 300 ms apart are the same: the app has caught
    /// up with the keys sent.
    pub fn settle(&self) {
        let start = Instant::now();
        let mut last = self.capture();
        loop {
            std::thread::sleep(Duration::from_millis(300));
            let now = self.capture();
            if now == last || start.elapsed() > PATIENCE {
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
                start.elapsed() < PATIENCE,
                "waited for {what:?} to go in {}; screen:\n{screen}",
                self.target
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits (at most 20 s) until the screen shows `what`; returns the screen.
    pub fn wait_for(&self, what: &str) -> String {
        self.wait_for_all(&[what])
    }

    /// Waits (at most 20 s) until one screen shows every one of `what`; returns that screen.
    pub fn wait_for_all(&self, what: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if what.iter().all(|w| screen.contains(w)) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited for {what:?} in {}; screen:\n{screen}",
                self.target
            );
            std::thread::sleep(Duration::from_millis(100));
        }
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
