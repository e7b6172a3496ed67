//! Personal notes: one Markdown file per entry in `notes/<id>.md`, so they can be edited with
//! any editor and read without toli.

use std::path::{Path, PathBuf};

pub use super::edit_copy::{CopyFailed, EditCopy};
use super::{Cause, Notice, Reason, SaveError, Store, atomic, set_aside};
use crate::markdown::links::is_entry_id;

/// The path of the note on `id` (ids are checked, so a note can never be written elsewhere).
pub fn path(store: &Store, id: &str) -> Option<PathBuf> {
    is_entry_id(id).then(|| store.dir().join("notes").join(format!("{id}.md")))
}

/// The note on `id`, if there is one. A note that is not UTF-8 is set aside and reported.
pub fn load(store: &Store, id: &str) -> (Option<String>, Option<Notice>) {
    let Some(path) = path(store, id) else {
        return (None, None);
    };
    match super::read(&path) {
        Ok(Some(bytes)) => match String::from_utf8(bytes) {
            Ok(text) => (Some(text), None),
            Err(e) => {
                let reason = Reason::not_text(e.as_bytes(), &e);
                (None, Some(set_aside(&path, reason)))
            }
        },
        Ok(None) => (None, None),
        // Unreadable (permissions, a pipe, too large): kept as it is, and `save` will not
        // replace what the user cannot see.
        Err(e) => (
            None,
            Some(Notice::LeftAsIs {
                file: path,
                reason: Reason::of_io(&e),
            }),
        ),
    }
}

/// Every non-blank note in the store, by id (sorted), and what could not be read.
pub fn all(store: &Store) -> (Vec<(String, String)>, Vec<Notice>) {
    let mut ids: Vec<String> = std::fs::read_dir(store.dir().join("notes"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".md").map(str::to_string)
        })
        .collect();
    ids.sort();
    let mut notes = Vec::new();
    let mut notices = Vec::new();
    for id in ids {
        let (text, notice) = load(store, &id);
        if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
            notes.push((id, t));
        }
        notices.extend(notice);
    }
    (notes, notices)
}

/// Saves the note atomically, whatever the file holds now; an empty note deletes the file. A
/// note that cannot be read is never replaced. The app saves through
/// [`super::note_merge::Draft::save`], which keeps a text another window saved meanwhile.
pub fn save(store: &Store, id: &str, text: &str) -> Result<(), SaveError> {
    let path = path(store, id).ok_or_else(|| no_entry(store))?;
    if let Err(e) = super::read(&path) {
        return Err(unreadable(&path, &e));
    }
    write_or_remove(&path, text)
}

/// The error of a save on an id that is no entry id (no note can be there).
pub(super) fn no_entry(store: &Store) -> SaveError {
    SaveError::new(&store.dir().join("notes").join("?"), Cause::Other)
}

/// Why the note at `path`, which could not be read (`e`), is not saved over: a note there that
/// cannot be read is not replaced; a folder on the way that is no folder is the folder's fault,
/// not the note's.
pub(super) fn unreadable(path: &Path, e: &std::io::Error) -> SaveError {
    if std::fs::symlink_metadata(path).is_ok() {
        SaveError::new(path, Cause::Unreadable)
    } else {
        SaveError::io(path, e)
    }
}

/// Replaces the note at `path` with `text` atomically, or removes it when `text` is blank.
pub(super) fn write_or_remove(path: &Path, text: &str) -> Result<(), SaveError> {
    if text.trim().is_empty() {
        return match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(SaveError::io(path, &e)),
            _ => Ok(()),
        };
    }
    atomic::write(path, text.as_bytes()).map_err(|e| SaveError::io(path, &e))
}

/// A note file's size, identity and time as the file system gives them, without reading it:
/// it changes when the file is written or replaced (by another window, by a text editor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    inode: u64,
    modified: Option<std::time::SystemTime>,
}

impl Stamp {
    /// The stamp of the file (or folder) at `path`; none when there is none.
    pub(crate) fn of(path: &Path) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp {
            len: meta.len(),
            inode: meta.ino(),
            modified: meta.modified().ok(),
        })
    }
}

/// The stamp of the note on `id` (none: no file).
pub fn stamp(store: &Store, id: &str) -> Option<Stamp> {
    path(store, id).and_then(|p| Stamp::of(&p))
}

/// The stamp of the notes folder: it changes when a note is added, replaced (an atomic save)
/// or removed.
pub fn folder_stamp(store: &Store) -> Option<Stamp> {
    Stamp::of(&store.dir().join("notes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_round_trip_and_empty_deletes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        save(&store, "cluster", "Ask about Porter.\nКластер.").expect("save");
        assert_eq!(
            load(&store, "cluster").0.as_deref(),
            Some("Ask about Porter.\nКластер.")
        );
        save(&store, "cluster", "  ").expect("save");
        assert_eq!(load(&store, "cluster").0, None);
    }

    #[test]
    fn an_unreadable_note_is_reported_and_never_saved_over() {
        use std::os::unix::fs::PermissionsExt;
        if is_root() {
            // Root reads files whatever their mode: pin the same rule with a folder in the
            // note's place, which cannot be read as a note either.
            let dir = tempfile::tempdir().expect("tempdir");
            let store = Store::at(dir.path().to_path_buf());
            let notes = dir.path().join("notes");
            std::fs::create_dir_all(notes.join("cluster.md")).expect("a folder in its place");
            let (text, notice) = load(&store, "cluster");
            assert_eq!(text, None);
            assert!(
                matches!(notice, Some(Notice::LeftAsIs { .. })),
                "{notice:?}"
            );
            assert!(save(&store, "cluster", "new").is_err());
            assert!(notes.join("cluster.md").is_dir(), "left as it was");
            return;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        save(&store, "cluster", "precious").expect("save");
        let file = path(&store, "cluster").expect("path");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        let (text, notice) = load(&store, "cluster");
        assert_eq!(text, None);
        assert!(
            matches!(notice, Some(Notice::LeftAsIs { .. })),
            "{notice:?}"
        );
        let err = save(&store, "cluster", "new").expect_err("refused");
        assert!(err.to_string().contains("cluster.md"), "{err}");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        assert_eq!(std::fs::read_to_string(&file).expect("read"), "precious");
    }

    fn is_root() -> bool {
        // SAFETY: geteuid has no preconditions and cannot fail.
        unsafe { libc::geteuid() == 0 }
    }

    #[test]
    fn ids_cannot_escape_the_notes_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        assert!(path(&store, "../evil").is_none());
        assert!(save(&store, "../../etc/x", "x").is_err());
    }

    #[test]
    fn a_note_that_is_not_utf8_is_set_aside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let p = path(&store, "x").expect("path");
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, b"\xff\xfe").expect("write");
        let (note, notice) = load(&store, "x");
        assert_eq!(note, None);
        assert!(matches!(notice, Some(Notice::SetAside { .. })));
    }
}
