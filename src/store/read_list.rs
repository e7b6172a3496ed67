//! A list of reads kept in a JSON file of the data folder (`trail.json`, `recent.json`): its
//! shape on disk, and the save that adds one window's reads to the file as it is then, under a
//! lock, so that two windows lose nothing and a file that cannot be read is never saved over.

use std::path::Path;

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use super::{Cause, SaveError, Store, atomic};

/// The file's shape: `{"version": 1, "read": [...]}`, oldest first.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct ListFile<T> {
    pub version: u32,
    pub read: Vec<T>,
}

/// Under the lock `lock`, the list `path` holds now (`missing()` when there is no file yet)
/// given to `join`, and what it returns written back atomically. A file that cannot be read
/// is not replaced: the save fails, naming it.
pub(super) fn save_joined<T: Serialize + DeserializeOwned>(
    store: &Store,
    path: &Path,
    lock: &str,
    missing: impl FnOnce() -> Vec<T>,
    join: impl FnOnce(Vec<T>) -> Vec<T>,
) -> Result<(), SaveError> {
    let failed = |e: std::io::Error| SaveError::io(path, &e);
    let _lock = store.lock(lock).map_err(failed)?;
    let on_disk = match super::read_json::<ListFile<T>>(path) {
        Ok(Some(file)) => file.read,
        Ok(None) => missing(),
        Err(_) => return Err(SaveError::new(path, Cause::Unreadable)),
    };
    let file = ListFile {
        version: 1,
        read: join(on_disk),
    };
    let json = serde_json::to_vec_pretty(&file).map_err(|_| SaveError::new(path, Cause::Other))?;
    atomic::write(path, &json).map_err(failed)
}
