//! The notes screen's marks that it follows a talk (`notes.TOUR.PRESENTER.PID.seen`, rewritten
//! each time it reads where the talk is) and the presenter's side, which reads them to know
//! whether a notes screen follows it now; marks of a process gone are removed.

use std::path::{Path, PathBuf};

use super::runtime::{is_gone, now_secs, private_dir};

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

#[cfg(test)]
#[path = "following_tests.rs"]
mod tests;
