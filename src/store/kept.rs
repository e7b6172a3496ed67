//! Notes whose save failed, found again by a later run of toli: beside each copy kept in the
//! temporary folder ([`super::edit_copy`]) a small record names the note it is for (its file,
//! so a copy made for another data folder is left alone) and what that note held when the
//! editor opened on it. The app brings the text back for the next `e`, whose save merges it
//! with whatever the note holds by then (as two windows' saves merge); `toli notes` lists it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{MAX_STORE_FILE, Store, atomic, edit_copy, notes};

/// The record's file name, in the copy's folder (hidden, beside the copy named to the reader).
pub(super) const RECORD: &str = ".toli-kept.json";

/// What the record holds.
#[derive(Debug, Serialize, Deserialize)]
struct Record {
    /// The entry the note is on.
    id: String,
    /// The note's file, as an absolute path.
    note: PathBuf,
    /// The note as it was when the editor opened (none: there was no note).
    read: Option<String>,
}

/// A note whose save failed, kept in the temporary folder with what the reader wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// The entry the note is on.
    pub id: String,
    /// The note as it was when the editor opened on it (none: there was no note then).
    pub read: Option<String>,
    /// What the reader wrote: the copy's text now (the reader may have changed it by hand).
    pub text: String,
    /// The copy that holds it.
    pub copy: PathBuf,
}

/// The note's file as the record names it: absolute, so a data folder given relative to the
/// working folder is still recognised from another.
fn note_file(store: &Store, id: &str) -> Option<PathBuf> {
    let path = notes::path(store, id)?;
    Some(std::path::absolute(&path).unwrap_or(path))
}

/// Records beside `copy` (a copy toli made, in a folder of its own) that it holds a note on
/// `id` of `store` not saved, written on the note `read` — so a later run finds it. A copy
/// elsewhere is left without one.
pub fn mark(store: &Store, id: &str, copy: &Path, read: Option<&str>) -> std::io::Result<()> {
    let (Some(folder), Some(note)) = (copy.parent(), note_file(store, id)) else {
        return Ok(());
    };
    if !edit_copy::is_ours(folder) {
        return Ok(());
    }
    let record = Record {
        id: id.to_string(),
        note,
        read: read.map(str::to_string),
    };
    let json = serde_json::to_vec(&record).map_err(std::io::Error::other)?;
    atomic::write(&folder.join(RECORD), &json)
}

/// The reader let the text in `copy` go: the copy stays, but no later run brings it back.
pub fn unmark(copy: &Path) {
    if let Some(folder) = copy.parent().filter(|f| edit_copy::is_ours(f)) {
        let _ = std::fs::remove_file(folder.join(RECORD));
    }
}

/// Every note of `store` kept in the temporary folder whose copy still holds text: one per
/// entry (the newest copy; an older one waits for a later run), by id.
pub fn all(store: &Store) -> Vec<Kept> {
    all_in(&std::env::temp_dir(), store)
}

/// [`all`] in the folder `temp`. Only folders toli made, private to the user running it, are
/// looked into; a record or copy that cannot be read as it should is passed over.
fn all_in(temp: &Path, store: &Store) -> Vec<Kept> {
    let mut found: Vec<(Option<std::time::SystemTime>, Kept)> = (std::fs::read_dir(temp))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|folder| edit_copy::is_ours(folder) && private(folder))
        .filter_map(|folder| found_in(&folder, store))
        .collect();
    // Newest first within an id, then one per id.
    found.sort_by(|(a, x), (b, y)| x.id.cmp(&y.id).then(b.cmp(a)));
    found.dedup_by(|(_, later), (_, first)| later.id == first.id);
    found.into_iter().map(|(_, kept)| kept).collect()
}

/// The note kept in `folder` for `store`, with its copy's time.
fn found_in(folder: &Path, store: &Store) -> Option<(Option<std::time::SystemTime>, Kept)> {
    // A note's text is at most MAX_STORE_FILE bytes; written as JSON it may take more.
    let bytes = crate::safe_file::read_regular(&folder.join(RECORD), 8 * MAX_STORE_FILE).ok()?;
    let record: Record = serde_json::from_slice(&bytes).ok()?;
    if note_file(store, &record.id)? != record.note {
        return None;
    }
    let copy = folder.join(format!("{}.md", record.id));
    let text = String::from_utf8(super::read(&copy).ok()??).ok()?;
    if text.trim().is_empty() {
        return None;
    }
    let modified = std::fs::metadata(&copy).and_then(|m| m.modified()).ok();
    let kept = Kept {
        id: record.id,
        read: record.read,
        text,
        copy,
    };
    Some((modified, kept))
}

/// Whether `folder` is a folder (not a link to one) of the user running toli that no one else
/// may write in: another user's folder in a shared `/tmp` is never read.
fn private(folder: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::symlink_metadata(folder) else {
        return false;
    };
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    meta.is_dir() && meta.uid() == me && meta.mode() & 0o022 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy kept with its record is found again for its own data folder only, with the note
    /// it was written on; a blank copy, one without a record, and one another data folder
    /// kept are not; of two copies of one note, the newer.
    #[test]
    fn a_kept_copy_is_found_again_for_its_own_data_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("data"));
        let copy = edit_copy::keep_text(&store, "cluster", Some("old\n"), "mine\n").expect("kept");
        let found = all(&store);
        let want = Kept {
            id: "cluster".into(),
            read: Some("old\n".into()),
            text: "mine\n".into(),
            copy: copy.clone(),
        };
        assert_eq!(found, [want]);
        // Changed by hand: found as it is now.
        std::fs::write(&copy, "mine, and more\n").expect("edit by hand");
        assert_eq!(all(&store)[0].text, "mine, and more\n");
        // Another data folder's copies are not this one's.
        let other = Store::at(dir.path().join("other"));
        assert_eq!(all(&other), []);
        // A copy with no record (made before records were kept, or the editor's) is not found.
        let bare = edit_copy::keep_text(&other, "ai", None, "x\n").expect("kept");
        std::fs::remove_file(bare.with_file_name(RECORD)).expect("rm record");
        assert_eq!(all(&other), []);
        // One the reader let go stays, and is not found.
        let let_go = edit_copy::keep_text(&other, "ai", None, "let go\n").expect("kept");
        unmark(&let_go);
        assert_eq!(all(&other), []);
        assert!(let_go.exists());
        // A blank copy is not brought back.
        let blank = edit_copy::keep_text(&other, "park", None, "  \n").expect("kept");
        assert_eq!(all(&other), []);
        // Two copies of one note: the newer.
        let newer = edit_copy::keep_text(&store, "cluster", None, "newer\n").expect("kept");
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
        let file = std::fs::File::options()
            .write(true)
            .open(&newer)
            .expect("open");
        file.set_modified(later).expect("touch");
        assert_eq!(all(&store).len(), 1);
        assert_eq!(all(&store)[0].copy, newer);
        for c in [&copy, &newer, &bare, &blank, &let_go] {
            edit_copy::discard(c);
            assert!(!c.parent().expect("folder").exists(), "{c:?} goes whole");
        }
        assert_eq!(all(&store), []);
    }

    /// A folder named as toli names its copies but open to others, or a link, is never read.
    #[test]
    fn a_folder_others_could_write_in_is_never_read() {
        use std::os::unix::fs::PermissionsExt;
        let temp = tempfile::tempdir().expect("tempdir");
        let store = Store::at(temp.path().join("data"));
        let planted = temp.path().join("toli-note-planted");
        std::fs::create_dir(&planted).expect("mkdir");
        let record = Record {
            id: "cluster".into(),
            note: note_file(&store, "cluster").expect("path"),
            read: None,
        };
        let json = serde_json::to_vec(&record).expect("json");
        std::fs::write(planted.join(RECORD), json).expect("record");
        std::fs::write(planted.join("cluster.md"), "planted\n").expect("copy");
        std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        assert_eq!(
            all_in(temp.path(), &store).len(),
            1,
            "a private folder is read"
        );
        std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        assert_eq!(all_in(temp.path(), &store), [], "open to all");
        std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        let away = temp.path().join("away");
        std::fs::rename(&planted, &away).expect("mv");
        std::os::unix::fs::symlink(&away, &planted).expect("link");
        assert_eq!(all_in(temp.path(), &store), [], "a link");
    }
}
