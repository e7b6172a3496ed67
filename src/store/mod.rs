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
    // If even the rename fails, the file stays where it is and saving will refuse to replace it.
    let _ = std::fs::rename(file, &moved_to);
    Notice::SetAside {
        file: file.to_path_buf(),
        moved_to,
        reason,
    }
}
