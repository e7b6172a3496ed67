//! The copy of a note an external editor ($VISUAL or $EDITOR) changes, in a temporary folder
//! under the note's own file name, and the copy kept of a note whose save failed: it stays
//! where it is, with what the reader wrote, until a save of that note succeeds, so the next
//! edit opens it again and the reader can find it after toli has closed (and the next run
//! finds it too, by the record kept beside it: [`super::kept`]).

use std::path::{Path, PathBuf};

use super::notes::{no_entry, path, unreadable};
use super::{Cause, SaveError, Store};

/// The folders of the copies start with this, and only such a folder is ever removed.
const PREFIX: &str = "toli-note-";

/// A copy of the note on `id` for an external editor to change: the note itself is then saved
/// from it through [`super::note_merge::Draft::save`], so a text another window saved
/// meanwhile is kept. The folder goes when the copy is dropped, unless it is
/// [kept](EditCopy::keep) (or is a kept copy opened again, [`EditCopy::reopen`]).
pub struct EditCopy {
    /// The temporary folder made for this copy (none: a kept copy, which stays).
    dir: Option<tempfile::TempDir>,
    /// The copy the editor is given.
    pub path: PathBuf,
    /// The note as it was when the copy was made (none: there was no note).
    pub read: Option<String>,
}

/// Why no copy of a note could be made for the external editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyFailed {
    /// The note's folder could not be made, or the note cannot be read as text: its save
    /// would fail the same way (the error is the note's).
    Note(SaveError),
    /// The temporary folder would not take the copy (the error names a file in it).
    Copy(SaveError),
}

impl EditCopy {
    /// Makes the note's folder, so that what the editor leaves can be saved there, and copies
    /// the note (an empty file when there is none) into a temporary folder.
    pub fn new(store: &Store, id: &str) -> Result<EditCopy, CopyFailed> {
        let note = path(store, id).ok_or_else(|| CopyFailed::Note(no_entry(store)))?;
        let failed = |e: &std::io::Error| CopyFailed::Note(SaveError::io(&note, e));
        if let Some(folder) = note.parent() {
            std::fs::create_dir_all(folder).map_err(|e| failed(&e))?;
        }
        let read = match super::read(&note) {
            Ok(Some(bytes)) => Some(
                String::from_utf8(bytes)
                    .map_err(|_| CopyFailed::Note(SaveError::new(&note, Cause::Unreadable)))?,
            ),
            Ok(None) => None,
            Err(e) => return Err(CopyFailed::Note(unreadable(&note, &e))),
        };
        let (dir, path) = holding(id, read.as_deref().unwrap_or("")).map_err(CopyFailed::Copy)?;
        Ok(EditCopy {
            dir: Some(dir),
            path,
            read,
        })
    }

    /// The copy kept of a note whose save failed (`kept`, its text `text`, made when the note
    /// was `read`), to edit again: the kept file itself while it holds text, else (it was
    /// removed, or is no text now) a new copy of `text`.
    pub fn reopen(
        id: &str,
        read: Option<String>,
        kept: Option<&Path>,
        text: &str,
    ) -> Result<EditCopy, CopyFailed> {
        let readable = |p: &&Path| {
            super::read(p)
                .ok()
                .flatten()
                .is_some_and(|b| std::str::from_utf8(&b).is_ok())
        };
        if let Some(kept) = kept.filter(readable) {
            return Ok(EditCopy {
                dir: None,
                path: kept.to_path_buf(),
                read,
            });
        }
        let (dir, path) = holding(id, text).map_err(CopyFailed::Copy)?;
        Ok(EditCopy {
            dir: Some(dir),
            path,
            read,
        })
    }

    /// The copy's text now (empty when the editor removed it); an error (the copy
    /// [`Cause::Unreadable`]) when it cannot be read as text.
    pub fn text(&self) -> Result<String, SaveError> {
        let unreadable = || SaveError::new(&self.path, Cause::Unreadable);
        let bytes = super::read(&self.path).map_err(|_| unreadable())?;
        String::from_utf8(bytes.unwrap_or_default()).map_err(|_| unreadable())
    }

    /// Keeps the copy where it is, for the reader to take what they wrote from it (its text
    /// could not be read back or saved), or until the app has saved it; returns its path.
    pub fn keep(self) -> PathBuf {
        if let Some(dir) = self.dir {
            let _ = dir.keep();
        }
        self.path
    }
}

/// A new temporary folder holding `text` as `ID.md`; an error names the file it was for.
fn holding(id: &str, text: &str) -> Result<(tempfile::TempDir, PathBuf), SaveError> {
    let name = format!("{id}.md");
    let temp = |e: &std::io::Error| SaveError::io(&std::env::temp_dir().join(&name), e);
    let dir = (tempfile::Builder::new().prefix(PREFIX).tempdir()).map_err(|e| temp(&e))?;
    let path = dir.path().join(&name);
    std::fs::write(&path, text).map_err(|e| temp(&e))?;
    Ok((dir, path))
}

/// Keeps `text`, the note on `id` of `store` that could not be saved (written on the note
/// `read`), in a copy of its own in the temporary folder, with the record that lets a later
/// run find it ([`super::kept`]); returns the copy's path.
pub fn keep_text(
    store: &Store,
    id: &str,
    read: Option<&str>,
    text: &str,
) -> Result<PathBuf, SaveError> {
    let (dir, path) = holding(id, text)?;
    let _ = dir.keep();
    // Without its record the copy still holds the text, and stderr names it at the end.
    let _ = super::kept::mark(store, id, &path, read);
    Ok(path)
}

/// Whether `folder` is one toli made for a copy (by its name).
pub(super) fn is_ours(folder: &Path) -> bool {
    (folder.file_name()).is_some_and(|n| n.to_string_lossy().starts_with(PREFIX))
}

/// Removes a copy kept by [`EditCopy::keep`] or [`keep_text`] once what it holds is saved,
/// with its record and its folder when nothing else is in it; a file in any other folder is
/// left.
pub fn discard(copy: &Path) {
    let Some(folder) = copy.parent() else {
        return;
    };
    if is_ours(folder) {
        let _ = std::fs::remove_file(copy);
        let _ = std::fs::remove_file(folder.join(super::kept::RECORD));
        let _ = std::fs::remove_dir(folder);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The editor's copy is refused, with a cause the app can word, when the note's folder
    /// cannot be made or the note cannot be read (whoever runs the test); a copy the editor left
    /// as no text is refused too, and kept on request with what it holds.
    #[test]
    fn an_edit_copy_that_cannot_be_made_or_read_back_says_why() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("toli");
        std::fs::write(&data, "not a folder").expect("write");
        let Err(CopyFailed::Note(e)) = EditCopy::new(&Store::at(data.clone()), "cluster") else {
            panic!("a file where the data folder should be")
        };
        assert_eq!(e.file, data.join("notes/cluster.md"));
        assert!(e.is_note());
        let store = Store::at(dir.path().join("data"));
        let note = path(&store, "cluster").expect("path");
        std::fs::create_dir_all(&note).expect("a folder in the note's place");
        let Err(CopyFailed::Note(e)) = EditCopy::new(&store, "cluster") else {
            panic!("a note that cannot be read")
        };
        assert_eq!(e, SaveError::new(&note, Cause::Unreadable));
        std::fs::remove_dir(&note).expect("rmdir");
        let copy = EditCopy::new(&store, "cluster").expect("a copy");
        assert_eq!(copy.text().as_deref(), Ok(""));
        std::fs::write(&copy.path, b"\xff\xfe").expect("write");
        assert_eq!(
            copy.text(),
            Err(SaveError::new(&copy.path, Cause::Unreadable))
        );
        let kept = copy.keep();
        assert_eq!(std::fs::read(&kept).expect("kept"), b"\xff\xfe");
        std::fs::remove_dir_all(kept.parent().expect("its folder")).expect("clean up");
    }

    /// A copy kept after a failed save is opened again as it is, and stays when that edit
    /// ends; gone, or no text, a new copy holds the text the app kept. Discarding it removes
    /// it with its folder, and never a file of another folder.
    #[test]
    fn a_kept_copy_is_opened_again_and_discarded_once_saved() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let kept = keep_text(&store, "cluster", None, "mine\n").expect("kept");
        assert_eq!(kept.file_name(), Some("cluster.md".as_ref()));
        std::fs::write(&kept, "mine, and more by hand\n").expect("edit by hand");
        let again = EditCopy::reopen("cluster", Some("old\n".into()), Some(&kept), "mine\n")
            .expect("reopened");
        assert_eq!(
            (again.path.as_path(), again.read.as_deref()),
            (kept.as_path(), Some("old\n"))
        );
        assert_eq!(again.text().as_deref(), Ok("mine, and more by hand\n"));
        drop(again);
        assert!(kept.exists(), "a kept copy stays when its edit ends");
        std::fs::write(&kept, b"\xff").expect("no text");
        let fresh = EditCopy::reopen("cluster", None, Some(&kept), "mine\n").expect("a new copy");
        assert_ne!(fresh.path, kept);
        assert_eq!(fresh.text().as_deref(), Ok("mine\n"));
        let folder = kept.parent().expect("folder").to_path_buf();
        discard(&kept);
        assert!(!folder.exists(), "the copy goes with its folder");
        let other = tempfile::tempdir().expect("tempdir");
        let theirs = other.path().join("cluster.md");
        std::fs::write(&theirs, "not ours").expect("write");
        discard(&theirs);
        assert!(theirs.exists(), "only a copy toli made is removed");
    }
}
