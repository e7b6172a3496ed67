//! The note being typed, kept on disk beside the notes while the editor is open
//! (`drafts/<id>.json` in the data folder: the text and the note as it was when the editor
//! opened), so that a kill or a dead battery, which no signal handler sees, loses at most the
//! last few seconds. A draft is never written over the note itself; the app removes it when
//! the editor closes (saved or cancelled) and brings back one that is left at its next start.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{MAX_STORE_FILE, Store, atomic};
use crate::markdown::links::is_entry_id;

/// A note being typed, as last kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteDraft {
    /// The entry the note is on.
    pub id: String,
    /// The note as it was when the editor opened (none: there was no note).
    pub read: Option<String>,
    /// What was typed.
    pub text: String,
}

/// The folder of the drafts.
fn folder(store: &Store) -> PathBuf {
    store.dir().join("drafts")
}

/// The draft's file for the entry `id` (ids are checked, so a draft is never written elsewhere).
pub fn file(store: &Store, id: &str) -> Option<PathBuf> {
    is_entry_id(id).then(|| folder(store).join(format!("{id}.json")))
}

/// Keeps `draft`, atomically, in place of the one kept before on its entry.
pub fn write(store: &Store, draft: &NoteDraft) -> std::io::Result<()> {
    let Some(path) = file(store, &draft.id) else {
        return Ok(());
    };
    std::fs::create_dir_all(folder(store))?;
    let json = serde_json::to_vec(draft).map_err(std::io::Error::other)?;
    atomic::write(&path, &json)
}

/// Removes the draft on `id`, if any.
pub fn remove(store: &Store, id: &str) {
    if let Some(path) = file(store, id) {
        let _ = std::fs::remove_file(path);
    }
}

/// Every draft left in `store`, by id; a file that cannot be read as a draft is passed over
/// (and left where it is).
pub fn all(store: &Store) -> Vec<NoteDraft> {
    let mut drafts: Vec<NoteDraft> = (std::fs::read_dir(folder(store)).into_iter().flatten())
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let id = name.strip_suffix(".json")?;
            let bytes = crate::safe_file::read_regular(&e.path(), MAX_STORE_FILE).ok()?;
            let draft: NoteDraft = serde_json::from_slice(&bytes).ok()?;
            (draft.id == id).then_some(draft)
        })
        .collect();
    drafts.sort_by(|a, b| a.id.cmp(&b.id));
    drafts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_kept_replaced_listed_and_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        assert!(all(&store).is_empty());
        let mut draft = NoteDraft {
            id: "it-park".into(),
            read: Some("old\n".into()),
            text: "old\nтипинг".into(),
        };
        write(&store, &draft).expect("write");
        draft.text.push_str(" more");
        write(&store, &draft).expect("write");
        assert_eq!(all(&store), [draft.clone()]);
        // The note itself is not touched.
        assert!(!dir.path().join("notes").exists());
        remove(&store, "it-park");
        assert!(all(&store).is_empty());
        // An id that is no entry id writes nothing.
        draft.id = "../x".into();
        write(&store, &draft).expect("nothing to write");
        assert!(all(&store).is_empty());
    }
}
