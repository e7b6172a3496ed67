//! Keeps a notes view in step with a presentation, through a small state file per presenter in
//! the user's runtime directory (`$XDG_RUNTIME_DIR/toli/`, else `/tmp/toli-<uid>`). Nothing
//! listens on the network, and only the user can read where the talk is: the folder is made
//! 0700 by toli and used only while it is a real folder (not a link) owned by the user with
//! no access for others — as ssh-agent and tmux check theirs — so another local user cannot
//! plant one. Each presenter writes its own file (`present-<tour>-<pid>.json`, 0600: where the
//! talk is, and the content folders it loaded, for a notes screen started without them) and
//! rewrites it every few seconds; a file whose presenter has gone quiet (killed, its machine
//! asleep) is not a running talk.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::screen::Screen;
use crate::lang::Lang;
use crate::store::{Cause, SaveError};

/// How often a presenter rewrites its state file while nothing changes.
pub const HEARTBEAT_SECS: u64 = 2;
/// A state file not rewritten for this long belongs to a presenter that is gone.
pub const STALE_SECS: u64 = 10;

/// Where a presentation is: which tour, which step, which language, since when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub tour: String,
    /// 0-based step index.
    pub step: usize,
    /// The step the talk has reached in order, where its pace is measured (0-based); missing in
    /// a file written before it was published: the step on screen.
    #[serde(default)]
    pub pace_at: Option<usize>,
    pub lang: Lang,
    /// Seconds since the Unix epoch when the talk started.
    pub started: u64,
    /// When the presenter stopped the clock for a break, if it is stopped.
    #[serde(default)]
    pub paused_at: Option<u64>,
    /// The talk's planned length in minutes, if the presenter gave one.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// What the room sees besides the step (a figure, the agenda …); missing in a file written
    /// before it was published: nothing over the step.
    #[serde(default)]
    pub screen: Screen,
    /// What the presenter loaded: its content folders, made absolute (a notes screen started
    /// elsewhere without them is told the command that loads them). Missing in a file
    /// written before it was published: the built-in content.
    #[serde(default)]
    pub content: Loaded,
}

/// The content a presenter loaded, for the command that starts notes on the same.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loaded {
    /// The folders, in the order loaded (`TOLI_CONTENT`'s, then each `--content`).
    pub dirs: Vec<PathBuf>,
    /// `--no-builtin`: the shipped content was left out.
    pub no_builtin: bool,
}

impl Loaded {
    /// What `sources` loads, its folders made absolute from the current folder.
    pub fn of(sources: &crate::corpus::load::Sources) -> Loaded {
        let absolute = |d: &PathBuf| std::path::absolute(d).unwrap_or_else(|_| d.clone());
        Loaded {
            dirs: sources.dirs.iter().map(absolute).collect(),
            no_builtin: !sources.builtin,
        }
    }

    /// `toli present TOUR --notes` with the options that load this content.
    pub fn notes_command(&self, tour: &str) -> String {
        let tour = crate::shell::quote(tour);
        format!("toli present {tour} --notes{}", self.options())
    }

    /// [`Self::notes_command`] for the presentation in process `presenter` only, one of
    /// several of the tour.
    pub fn notes_command_for(&self, tour: &str, presenter: u32) -> String {
        let tour = crate::shell::quote(tour);
        format!(
            "toli present {tour} --notes --presenter {presenter}{}",
            self.options()
        )
    }

    /// `toli present TOUR` (or `toli present` without one) with the options that load this
    /// content: what starts the talk the notes screen waits for.
    pub fn present_command(&self, tour: Option<&str>) -> String {
        match tour {
            Some(tour) => format!(
                "toli present {}{}",
                crate::shell::quote(tour),
                self.options()
            ),
            None => format!("toli present{}", self.options()),
        }
    }

    /// ` --content DIR` for each folder, then ` --no-builtin` when the shipped content is out.
    fn options(&self) -> String {
        let mut options = String::new();
        for dir in &self.dirs {
            let dir = crate::shell::quote(&dir.display().to_string());
            options += &format!(" --content {dir}");
        }
        if self.no_builtin {
            options += " --no-builtin";
        }
        options
    }
}

impl Position {
    /// Seconds the talk has run at `now`, breaks left out.
    pub fn elapsed(&self, now: u64) -> u64 {
        self.paused_at.unwrap_or(now).saturating_sub(self.started)
    }
}

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

/// The folder for runtime state: `$XDG_RUNTIME_DIR/toli`, else a private folder in the temp dir.
pub fn runtime_dir() -> PathBuf {
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    match base {
        Some(dir) => dir.join("toli"),
        None => std::env::temp_dir().join(format!("toli-{}", uid())),
    }
}

fn uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

fn now_secs() -> u64 {
    crate::present::deck::epoch_secs()
}

/// The state file of this process's presentation of `tour`.
pub fn state_file(dir: &Path, tour: &str) -> PathBuf {
    dir.join(format!("present-{tour}-{}.json", std::process::id()))
}

/// Whether `dir` is a folder only this user can use: a real folder, not a link, owned by the
/// user, with no access for anyone else. Otherwise an error that names it and says what to do.
fn check_private(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let meta = std::fs::symlink_metadata(dir)?;
    let private =
        meta.file_type().is_dir() && meta.uid() == uid() && meta.permissions().mode() & 0o077 == 0;
    if private {
        return Ok(());
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        NotPrivate(dir.to_path_buf()),
    ))
}

/// The error of a runtime folder that is not the user's alone (see [`check_private`]).
#[derive(Debug)]
struct NotPrivate(PathBuf);

impl std::fmt::Display for NotPrivate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} is not a private folder of yours (it must be your own folder, not a link, with \
             no access for others): remove it, or set XDG_RUNTIME_DIR",
            self.0.display()
        )
    }
}

impl std::error::Error for NotPrivate {}

/// Why publishing `file` failed (`e`), for the reader: a folder that is not private, or the
/// system's cause.
fn publish_failed(file: &Path, e: &std::io::Error) -> SaveError {
    match e.get_ref().is_some_and(|inner| inner.is::<NotPrivate>()) {
        true => SaveError::new(file, Cause::NotPrivate),
        false => SaveError::io(file, e),
    }
}

/// Creates the runtime folder (0700) if it does not exist, and checks that it is private.
pub(super) fn private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    check_private(dir)
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

/// Whether process `pid` has ended.
fn is_gone(pid: libc::pid_t) -> bool {
    // Signal 0 only asks whether the process exists; ESRCH: no such process.
    // SAFETY: kill with signal 0 sends nothing; it reads no memory of ours.
    let sent = unsafe { libc::kill(pid, 0) };
    sent == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
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

/// How long a notes screen counts as following a talk after it last read the talk's position
/// (it reads it five times a second).
const FOLLOWING_SECS: u64 = 5;

/// The file by which this process's notes screen says it follows the talk of `tour` in
/// process `presenter`: `notes.TOUR.PRESENTER.PID.seen` (dots, which ids never hold, keep one
/// tour's name from starting another's), so that of two presentations of one tour only the
/// one followed takes itself for followed.
fn following_file(dir: &Path, tour: &str, presenter: u32) -> PathBuf {
    dir.join(format!(
        "notes.{tour}.{presenter}.{}.seen",
        std::process::id()
    ))
}

/// The notes screen's side: says it follows the talk of `tour` in process `presenter` now
/// (the time it last looked). Written whole or not at all: the presenter reading a file half
/// written would take the notes screen for gone and show a problem to the room.
pub fn mark_following(dir: &Path, tour: &str, presenter: u32) -> std::io::Result<()> {
    private_dir(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, now_secs().to_string().as_bytes())?;
    tmp.persist(following_file(dir, tour, presenter))
        .map_err(|e| e.error)?;
    Ok(())
}

/// Says the notes screen no longer follows the talk of `tour` in process `presenter`.
pub fn unmark_following(dir: &Path, tour: &str, presenter: u32) {
    let _ = std::fs::remove_file(following_file(dir, tour, presenter));
}

/// The process that wrote following mark `name` (`notes.TOUR.PRESENTER.PID.seen`).
fn marker_pid(name: &str) -> Option<libc::pid_t> {
    name.strip_prefix("notes.")?
        .strip_suffix(".seen")?
        .rsplit('.')
        .next()?
        .parse::<libc::pid_t>()
        .ok()
        .filter(|&pid| pid > 0)
}

/// Removes every following mark of this process, whatever tour it followed last or whether
/// that talk still runs: the notes screen is closing.
pub fn unmark_all_following(dir: &Path) {
    let me = libc::pid_t::try_from(std::process::id()).ok();
    let Ok(list) = std::fs::read_dir(dir) else {
        return;
    };
    for e in list.flatten() {
        let name = e.file_name();
        if me.is_some() && marker_pid(&name.to_string_lossy()) == me {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The presenter's side: whether a notes screen has looked at the talk of `tour` in process
/// `presenter` (this one's) within the last few seconds.
pub fn followed(dir: &Path, tour: &str, presenter: u32) -> bool {
    let presenter = presenter.to_string();
    let Ok(list) = std::fs::read_dir(dir) else {
        return false;
    };
    let now = now_secs();
    list.flatten().any(|e| {
        let name = e.file_name();
        let name = name.to_string_lossy();
        // A notes screen killed outright left its mark behind: it follows nothing, and the
        // mark goes.
        if marker_pid(&name).is_some_and(is_gone) {
            let _ = std::fs::remove_file(e.path());
            return false;
        }
        let mut parts = name.split('.');
        let ours = parts.next() == Some("notes")
            && parts.next() == Some(tour)
            && parts.next() == Some(presenter.as_str());
        let seen = || {
            std::fs::read_to_string(e.path())
                .ok()
                .and_then(|s| s.trim().parse::<u64>().ok())
        };
        ours && name.ends_with(".seen")
            && seen().is_some_and(|t| now.saturating_sub(t) <= FOLLOWING_SECS)
    })
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
