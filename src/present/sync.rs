//! Keeps a notes view in step with a presentation, through a small state file in the user's
//! runtime directory (`$XDG_RUNTIME_DIR/toli/`, a 0700 folder; the file is 0600). Nothing listens
//! on the network, and only the user can read where the talk is.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// Where a presentation is: which tour, which step, which language, since when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub tour: String,
    /// 0-based step index.
    pub step: usize,
    pub lang: Lang,
    /// Seconds since the Unix epoch when the talk started.
    pub started: u64,
}

/// The folder for runtime state: `$XDG_RUNTIME_DIR/toli`, else a private folder in the temp dir.
pub fn runtime_dir() -> PathBuf {
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    match base {
        Some(dir) => dir.join("toli"),
        None => std::env::temp_dir().join(format!("toli-{}", user_tag())),
    }
}

#[cfg(unix)]
fn user_tag() -> String {
    use std::os::unix::fs::MetadataExt;
    // The uid of the home directory's owner stands in for the user without libc.
    std::env::var_os("HOME")
        .and_then(|h| std::fs::metadata(h).ok())
        .map_or_else(|| "user".to_string(), |m| m.uid().to_string())
}

#[cfg(not(unix))]
fn user_tag() -> String {
    std::env::var("USERNAME").unwrap_or_else(|_| "user".into())
}

/// The state file of the presentation of `tour`.
pub fn state_file(dir: &Path, tour: &str) -> PathBuf {
    dir.join(format!("present-{tour}.json"))
}

/// Creates the runtime folder readable by the user only.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Publishes the presenter's position (atomically, mode 0600).
pub fn publish(dir: &Path, position: &Position) -> std::io::Result<()> {
    private_dir(dir)?;
    let json = serde_json::to_vec(position).map_err(std::io::Error::other)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, &json)?;
    // NamedTempFile is created 0600 on Unix; persist keeps the mode.
    tmp.persist(state_file(dir, &position.tour))
        .map_err(|e| e.error)?;
    Ok(())
}

/// Reads the presenter's position, if a presentation of `tour` is running.
pub fn read(dir: &Path, tour: &str) -> Option<Position> {
    // Small, and only a regular file: another local user must not make the notes view hang
    // on a pipe or read without end.
    let bytes = crate::safe_file::read_regular(&state_file(dir, tour), 64 * 1024).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Removes the state file when the presentation ends.
pub fn clear(dir: &Path, tour: &str) {
    let _ = std::fs::remove_file(state_file(dir, tour));
}

/// The newest running presentation of any tour (for `toli present --notes` without a tour).
pub fn latest(dir: &Path) -> Option<Position> {
    let mut best: Option<(std::time::SystemTime, Position)> = None;
    for e in std::fs::read_dir(dir).ok()?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(tour) = name
            .strip_prefix("present-")
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        let modified = e.metadata().and_then(|m| m.modified()).ok();
        if let (Some(m), Some(p)) = (modified, read(dir, tour))
            && best.as_ref().is_none_or(|(b, _)| m > *b)
        {
            best = Some((m, p));
        }
    }
    best.map(|(_, p)| p)
}

/// The presenter's side: publishes `now` when it differs from what was published last, and
/// clears the file when the presentation has ended. Returns the first I/O error.
pub fn follow(
    dir: &Path,
    last: &mut Option<Position>,
    now: Option<Position>,
) -> std::io::Result<()> {
    if *last == now {
        return Ok(());
    }
    match &now {
        Some(p) => {
            if let Some(old) = last.as_ref().filter(|o| o.tour != p.tour) {
                clear(dir, &old.tour);
            }
            publish(dir, p)?;
        }
        None => {
            if let Some(old) = last {
                clear(dir, &old.tour);
            }
        }
    }
    *last = now;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_round_trips_through_a_private_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let p = Position {
            tour: "tour-x".into(),
            step: 3,
            lang: Lang::Mn,
            started: 42,
        };
        publish(&runtime, &p).expect("publish");
        assert_eq!(read(&runtime, "tour-x"), Some(p));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let file_mode = std::fs::metadata(state_file(&runtime, "tour-x"))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(file_mode & 0o777, 0o600);
            let dir_mode = std::fs::metadata(&runtime)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(dir_mode & 0o777, 0o700);
        }
        clear(&runtime, "tour-x");
        assert_eq!(read(&runtime, "tour-x"), None);
    }
}
