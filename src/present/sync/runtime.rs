//! The private runtime folder a presentation's state files and the notes screen's marks live
//! in (`$XDG_RUNTIME_DIR/toli`, else `/tmp/toli-<uid>`): made 0700 by toli and used only while
//! it is a real folder (not a link) owned by the user with no access for others, so another
//! local user cannot plant one; a failure to publish there worded for the reader; and the
//! clock and the check that a process has ended, which the presenter's and the notes screen's
//! sides share.

use std::path::{Path, PathBuf};

use crate::store::{Cause, SaveError};

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

/// The user toli runs as.
pub(super) fn uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Seconds since the Unix epoch, the clock of the state files and marks.
pub(super) fn now_secs() -> u64 {
    crate::present::deck::epoch_secs()
}

/// Whether `dir` is a folder only this user can use: a real folder, not a link, owned by the
/// user, with no access for anyone else. Otherwise an error that names it and says what to do.
pub(super) fn check_private(dir: &Path) -> std::io::Result<()> {
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
pub(super) fn publish_failed(file: &Path, e: &std::io::Error) -> SaveError {
    match e.get_ref().is_some_and(|inner| inner.is::<NotPrivate>()) {
        true => SaveError::new(file, Cause::NotPrivate),
        false => SaveError::io(file, e),
    }
}

/// Creates the runtime folder (0700) if it does not exist, and checks that it is private.
pub(in crate::present) fn private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    check_private(dir)
}

/// Whether process `pid` has ended.
pub(super) fn is_gone(pid: libc::pid_t) -> bool {
    // Signal 0 only asks whether the process exists; ESRCH: no such process.
    // SAFETY: kill with signal 0 sends nothing; it reads no memory of ours.
    let sent = unsafe { libc::kill(pid, 0) };
    sent == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
}
