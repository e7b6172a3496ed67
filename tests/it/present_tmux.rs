//! End-to-end: a presentation and its trainer notes in two tmux windows sharing one
//! XDG_RUNTIME_DIR (a temporary folder). Space in the presenter moves the notes view to step 2
//! and its note; `L` switches the notes to Mongolian; leaving the presentation makes the notes
//! view wait. The state file is private (0600 in a 0700 folder). Skipped with a note when tmux
//! is not installed (CI installs it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Snapshots go to the build's temporary folder, not the user's cache.
const CACHE: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache");

struct Tmux {
    socket: PathBuf,
    dir: tempfile::TempDir,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-u").arg("-S").arg(&self.socket).args(args);
        c
    }

    fn capture(&self, window: &str) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", &format!("talk:{window}")])
            .output()
            .expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, window: &str, key: &str) {
        let ok = self
            .cmd(&["send-keys", "-t", &format!("talk:{window}"), key])
            .status()
            .expect("send-keys")
            .success();
        assert!(ok, "send-keys {key} to {window}");
    }

    fn wait_for(&self, window: &str, what: &[&str]) {
        let start = Instant::now();
        loop {
            let screen = self.capture(window);
            if what.iter().all(|w| screen.contains(w)) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "{window} never showed {what:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn runtime(&self) -> PathBuf {
        self.dir.path().join("run")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
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
    let fx = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    format!(
        "env TOLI_CACHE_DIR={CACHE} XDG_RUNTIME_DIR={rt} LANG=C.UTF-8 {bin} --no-builtin --content {fx}/content \
         --content {fx}/present --lang en present {args}; sleep 60",
        rt = runtime.display(),
        bin = env!("CARGO_BIN_EXE_toli"),
    )
}

#[test]
fn notes_window_follows_the_presenter() {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required in CI (.ci/run installs it)"
        );
        eprintln!("skipped: tmux not found");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let t = Tmux {
        socket: dir.path().join("sock"),
        dir,
    };
    let runtime = t.runtime();
    std::fs::create_dir(&runtime).expect("runtime dir");
    let ok = t
        .cmd(&[
            "new-session",
            "-d",
            "-s",
            "talk",
            "-n",
            "show",
            "-x",
            "100",
            "-y",
            "30",
        ])
        .env_remove("NO_COLOR")
        .env_remove("TOLI_CONTENT")
        .arg(toli(&runtime, "tour-fixture"))
        .status()
        .expect("tmux runs")
        .success();
    assert!(ok, "tmux new-session failed");
    t.wait_for("show", &["C l u s t e r", "1 / 3"]);
    let ok = t
        .cmd(&["new-window", "-d", "-t", "talk", "-n", "notes"])
        .arg(toli(&runtime, "tour-fixture --notes"))
        .status()
        .expect("tmux runs")
        .success();
    assert!(ok, "tmux new-window failed");
    t.wait_for("notes", &["Step 1 / 3", "Ask the room for examples first."]);

    t.keys("show", "Space");
    t.wait_for("show", &["2 / 3"]);
    t.wait_for(
        "notes",
        &[
            "Step 2 / 3",
            "Growth",
            "Point at the growth stage on the ladder.",
            "Next: Firms per cluster",
        ],
    );
    let screen = t.capture("show");
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

    t.keys("show", "L");
    t.wait_for("notes", &["Алхам 2 / 3", "Шатан дээрх өсөлтийн үеийг заа."]);
    t.keys("show", "q");
    t.wait_for("notes", &["No presentation is running"]);
    assert!(
        state_files(&runtime.join("toli")).is_empty(),
        "the state file is removed when the talk ends"
    );
    t.keys("notes", "q");
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
/// notes and the tour picker. (They used to spin on the closed terminal forever, deaf to SIGTERM.)
#[test]
fn a_presentation_ends_when_its_terminal_closes() {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required in CI (.ci/run installs it)"
        );
        eprintln!("skipped: tmux not found");
        return;
    }
    for (args, shows) in [
        ("tour-fixture", "1 / 3"),
        ("tour-fixture --notes", "No presentation is running"),
        ("", "Tour"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let t = Tmux {
            socket: dir.path().join("sock"),
            dir,
        };
        let runtime = t.runtime();
        std::fs::create_dir(&runtime).expect("runtime dir");
        let pid_file = t.dir.path().join("pid");
        let line = toli(&runtime, args).replace("; sleep 60", "");
        let ok = t
            .cmd(&[
                "new-session",
                "-d",
                "-s",
                "talk",
                "-n",
                "show",
                "-x",
                "100",
                "-y",
                "30",
            ])
            .env_remove("NO_COLOR")
            .env_remove("TOLI_CONTENT")
            .arg(format!(
                "sh -c 'echo $$ > {}; exec {line}'",
                pid_file.display()
            ))
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux new-session failed");
        t.wait_for("show", &[shows]);
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
    }
}
