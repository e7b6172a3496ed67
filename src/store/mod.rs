//! What a user saves — bookmarks and personal notes — under the XDG data directory
//! (`$XDG_DATA_HOME/toli`, or `TOLI_DATA_DIR` when set). Every write is atomic; a file that cannot
//! be read is set aside with a timestamp and reported, never silently overwritten.

pub mod atomic;
pub mod bookmarks;
pub mod notes;

use std::path::{Path, PathBuf};

/// The folder user data lives in.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store at `TOLI_DATA_DIR`, else the platform data dir (`~/.local/share/toli`).
    pub fn open_default() -> Option<Store> {
        if let Some(dir) = std::env::var_os("TOLI_DATA_DIR").filter(|d| !d.is_empty()) {
            return Some(Store::at(PathBuf::from(dir)));
        }
        directories::ProjectDirs::from("", "", "toli")
            .map(|p| Store::at(p.data_dir().to_path_buf()))
    }

    /// A store in `dir` (created on first write).
    pub fn at(dir: PathBuf) -> Store {
        Store { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// Something worth telling the user about their saved data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file could not be read; it was moved to `moved_to` and a fresh one is used.
    SetAside {
        file: PathBuf,
        moved_to: PathBuf,
        reason: String,
    },
    /// A file could not be read and stays where it is; toli will not save over it.
    LeftAsIs { file: PathBuf, reason: String },
}

impl Notice {
    /// The message id and arguments that tell the user what happened, with full paths.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Notice::SetAside {
                file,
                moved_to,
                reason,
            } => (
                "store-set-aside",
                vec![
                    ("file", file.display().to_string()),
                    ("moved", moved_to.display().to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            Notice::LeftAsIs { file, reason } => (
                "store-left-as-is",
                vec![
                    ("file", file.display().to_string()),
                    ("reason", reason.clone()),
                ],
            ),
        }
    }
}

/// The largest bookmarks file or note toli reads.
pub const MAX_STORE_FILE: u64 = 8 * 1024 * 1024;

/// Reads a file of the store: `Ok(None)` when there is none, an error naming what is wrong
/// when it is not a readable regular file of a sane size.
pub(crate) fn read(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match crate::safe_file::read_regular(path, MAX_STORE_FILE) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Moves an unreadable file out of the way, keeping it for the user, and describes what happened.
pub(crate) fn set_aside(file: &Path, reason: String) -> Notice {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut moved_to = file.with_file_name(format!("{name}.corrupt-{stamp}"));
    let mut n = 1;
    while moved_to.exists() {
        moved_to = file.with_file_name(format!("{name}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    // If even the rename fails, the file stays where it is and saving refuses to replace it.
    match std::fs::rename(file, &moved_to) {
        Ok(()) => Notice::SetAside {
            file: file.to_path_buf(),
            moved_to,
            reason,
        },
        Err(_) => Notice::LeftAsIs {
            file: file.to_path_buf(),
            reason,
        },
    }
}
