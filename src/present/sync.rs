//! Keeps a notes view in step with a presentation, through a small state file per presenter in
//! the user's runtime directory (`$XDG_RUNTIME_DIR/toli/`, else `/tmp/toli-<uid>`). Nothing
//! listens on the network, and only the user can read where the talk is: the folder is made
//! 0700 by toli and used only while it is a real folder (not a link) owned by the user with
//! no access for others — as ssh-agent and tmux check theirs — so another local user cannot
//! plant one. Each presenter writes its own file (`present-<tour>-<pid>.json`, 0600: where the
//! talk is, and the content folders it loaded, for a notes screen started without them) and
//! rewrites it every few seconds; a file whose presenter has gone quiet (killed, its machine
//! asleep) is not a running talk.
//!
//! This module is the state files: publishing them, and reading which presenters run. What a
//! file holds is `position`, the private folder `runtime`, and the notes screen's marks that it
//! follows a talk `following`.

mod following;
mod position;
mod runtime;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::SaveError;
pub use following::{followed, mark_following, unmark_all_following, unmark_following};
pub use position::{Loaded, Position};
pub(super) use runtime::private_dir;
pub use runtime::runtime_dir;
use runtime::{check_private, is_gone, now_secs, publish_failed};

/// How often a presenter rewrites its state file while nothing changes.
pub const HEARTBEAT_SECS: u64 = 2;
/// A state file not rewritten for this long belongs to a presenter that is gone.
pub const STALE_SECS: u64 = 10;

/// What a presenter's state file holds: the position, and when it was last written.
#[derive(Debug, Serialize, Deserialize)]
struct State {
    #[serde(flatten)]
    position: Position,
    /// Seconds since the Unix epoch of the last write.
    beat: u64,
}

/// What a presenter last published, for [`follow`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Published {
    position: Option<Position>,
    beat: u64,
}

/// The state file of this process's presentation of `tour`.
pub fn state_file(dir: &Path, tour: &str) -> PathBuf {
    dir.join(format!("present-{tour}-{}.json", std::process::id()))
}

/// Publishes the presenter's position (atomically, mode 0600); an error names the state file
/// and why, in words the app gives the reader.
pub fn publish(dir: &Path, position: &Position) -> Result<(), SaveError> {
    let file = state_file(dir, &position.tour);
    let write = || -> std::io::Result<()> {
        private_dir(dir)?;
        let state = State {
            position: position.clone(),
            beat: now_secs(),
        };
        let json = serde_json::to_vec(&state).map_err(std::io::Error::other)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        std::io::Write::write_all(&mut tmp, &json)?;
        // NamedTempFile is created 0600 on Unix; persist keeps the mode.
        tmp.persist(&file).map_err(|e| e.error)?;
        Ok(())
    };
    write().map_err(|e| publish_failed(&file, &e))
}

/// A running presentation: the process presenting it and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presenter {
    pub pid: u32,
    pub position: Position,
}

/// The running presentations in `dir` as (last write, presenter), newest write first; files
/// of presenters gone quiet are left out.
fn running(dir: &Path) -> Vec<(u64, Presenter)> {
    if check_private(dir).is_err() {
        return Vec::new();
    }
    let Ok(list) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let now = now_secs();
    let mut found: Vec<(u64, Presenter)> = list
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("present-") && name.ends_with(".json")
        })
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            // A presenter whose process is gone (its terminal hung up) left its file behind:
            // it is not running, and the file goes.
            if writer_is_gone(&name) {
                let _ = std::fs::remove_file(e.path());
                return None;
            }
            let pid = writer_pid(&name)?;
            // Small, and only a regular file: nothing in the folder can make the notes view
            // hang on a pipe or read without end.
            let bytes = crate::safe_file::read_regular(&e.path(), 64 * 1024).ok()?;
            let state: State = serde_json::from_slice(&bytes).ok()?;
            let presenter = Presenter {
                pid: pid as u32,
                position: state.position,
            };
            (now.saturating_sub(state.beat) <= STALE_SECS).then_some((state.beat, presenter))
        })
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    found
}

/// The process that wrote state file `name` (`present-TOUR-PID.json`).
fn writer_pid(name: &str) -> Option<libc::pid_t> {
    name.strip_suffix(".json")
        .and_then(|n| n.rsplit('-').next())
        .and_then(|p| p.parse::<libc::pid_t>().ok())
        .filter(|&pid| pid > 0)
}

/// Whether the process that wrote state file `name` (`present-TOUR-PID.json`) has ended.
fn writer_is_gone(name: &str) -> bool {
    writer_pid(name).is_some_and(is_gone)
}

/// The running presentations of `tour` (of any tour: None), the talk started last first, in
/// an order that holds from one read to the next (the heartbeats of two presenters of one
/// tour would swap which file was written last every few seconds).
pub fn presenters(dir: &Path, tour: Option<&str>) -> Vec<Presenter> {
    let mut found: Vec<Presenter> = running(dir)
        .into_iter()
        .map(|(_, p)| p)
        .filter(|p| tour.is_none_or(|t| p.position.tour == t))
        .collect();
    found.sort_by_key(|p| std::cmp::Reverse((p.position.started, p.pid)));
    found
}

/// The position of the newest running presentation of `tour`.
pub fn read(dir: &Path, tour: &str) -> Option<Position> {
    running(dir)
        .into_iter()
        .map(|(_, p)| p.position)
        .find(|p| p.tour == tour)
}

/// Removes this process's state file of `tour` when its presentation ends.
pub fn clear(dir: &Path, tour: &str) {
    let _ = std::fs::remove_file(state_file(dir, tour));
}

/// Removes every state file and every following mark of this process (when it ends without
/// reaching the event loop's end: a hang-up).
pub fn clear_all_mine(dir: &Path) {
    let mine = format!("-{}.json", std::process::id());
    let Ok(list) = std::fs::read_dir(dir) else {
        return;
    };
    for e in list.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("present-") && name.ends_with(&mine) {
            let _ = std::fs::remove_file(e.path());
        }
    }
    unmark_all_following(dir);
}

/// The newest running presentation of any tour (for `toli present --notes` without a tour).
pub fn latest(dir: &Path) -> Option<Position> {
    running(dir).into_iter().next().map(|(_, p)| p.position)
}

/// The presenter's side: publishes `now` when it differs from what was published last or the
/// last write is [`HEARTBEAT_SECS`] old, and clears the file when the presentation has ended.
/// Returns the first error.
pub fn follow(dir: &Path, last: &mut Published, now: Option<Position>) -> Result<(), SaveError> {
    let secs = now_secs();
    let due = now.is_some() && secs.saturating_sub(last.beat) >= HEARTBEAT_SECS;
    if last.position == now && !due {
        return Ok(());
    }
    if let Some(old) = last.position.as_ref()
        && now.as_ref().is_none_or(|p| p.tour != old.tour)
    {
        clear(dir, &old.tour);
    }
    *last = Published {
        position: now.clone(),
        beat: secs,
    };
    match &now {
        Some(p) => publish(dir, p),
        None => Ok(()),
    }
}

#[cfg(test)]
#[path = "sync_tests.rs"]
mod tests;
