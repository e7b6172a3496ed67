//! Where each bookmarked or noted entry of the reader's own was loaded from: its content folder
//! by entry id, in `folders.json`, so that a run without that folder can say which folder to
//! open rather than that the entry is gone. A hint beside the bookmarks and notes, which stay
//! as they were (a store without this file reads as before); a file that cannot be read is
//! no folder known, and the next folder remembered replaces it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{SaveError, Store, atomic};

/// The entries' folders, by entry id.
pub type Folders = BTreeMap<String, PathBuf>;

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    version: u32,
    folders: Folders,
}

fn path(store: &Store) -> PathBuf {
    store.dir().join("folders.json")
}

/// The folders remembered: none when there is no file or it cannot be read.
pub fn load(store: &Store) -> Folders {
    read(&path(store)).unwrap_or_default()
}

fn read(path: &Path) -> Option<Folders> {
    let bytes = super::read(path).ok()??;
    serde_json::from_slice::<File>(&bytes)
        .ok()
        .map(|f| f.folders)
}

/// Remembers `folders` (entry id → its content folder) with what the file holds, under a lock
/// so that two windows keep each other's; writes nothing when it holds them already. Returns
/// every folder remembered now.
pub fn remember(store: &Store, folders: &Folders) -> Result<Folders, SaveError> {
    let path = path(store);
    let failed = |e: std::io::Error| SaveError::io(&path, &e);
    let _lock = store.lock("folders.lock").map_err(failed)?;
    let mut all = read(&path).unwrap_or_default();
    let mut changed = false;
    for (id, folder) in folders {
        if all.get(id) != Some(folder) {
            all.insert(id.clone(), folder.clone());
            changed = true;
        }
    }
    if changed {
        let file = File {
            version: 1,
            folders: all,
        };
        let json = serde_json::to_vec_pretty(&file)
            .map_err(|_| SaveError::new(&path, super::Cause::Other))?;
        atomic::write(&path, &json).map_err(failed)?;
        all = file.folders;
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_remembered_merged_and_an_old_store_reads_as_none() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        assert!(
            load(&store).is_empty(),
            "a store from before: no folder known"
        );
        let one = Folders::from([("wool".to_string(), PathBuf::from("/home/c/mine"))]);
        remember(&store, &one).expect("remember");
        let two = Folders::from([("lab".to_string(), PathBuf::from("/home/c/other"))]);
        let all = remember(&store, &two).expect("remember");
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(load(&store), all);
        let moved = Folders::from([("wool".to_string(), PathBuf::from("/home/c/new"))]);
        remember(&store, &moved).expect("remember");
        assert_eq!(load(&store)["wool"], PathBuf::from("/home/c/new"));
    }

    #[test]
    fn a_damaged_file_is_no_folder_known_and_is_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        std::fs::write(dir.path().join("folders.json"), b"{not json").expect("write");
        assert!(load(&store).is_empty());
        let one = Folders::from([("wool".to_string(), PathBuf::from("/m"))]);
        remember(&store, &one).expect("remember");
        assert_eq!(load(&store), one);
    }
}
