//! Where each bookmarked or noted entry of the reader's own was loaded from: its content folder
//! by entry id, in `folders.json`, so that a run without that folder can say which folder to
//! open rather than that the entry is gone. A hint beside the bookmarks and notes, which stay
//! as they were (a store without this file reads as before). A file that cannot be read is
//! handled as the bookmarks file is: set aside under another name and reported once, never
//! saved over, and no folder is known until the next one is remembered.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{Cause, Notice, SaveError, Store, atomic};

/// The file's name in the store.
pub const FILE_NAME: &str = "folders.json";

/// The entries' folders, by entry id.
pub type Folders = BTreeMap<String, PathBuf>;

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    version: u32,
    folders: Folders,
}

fn path(store: &Store) -> PathBuf {
    store.dir().join(FILE_NAME)
}

/// The folders remembered: none when there is no file; a file that cannot be read is set
/// aside, and the notice says where it was kept.
pub fn load(store: &Store) -> (Folders, Option<Notice>) {
    let (file, notice) = super::load_json::<File>(&path(store));
    (file.map(|f| f.folders).unwrap_or_default(), notice)
}

/// Remembers `folders` (entry id → its content folder) with what the file holds, under a lock
/// so that two windows keep each other's; writes nothing when it holds them already, and
/// never over a file that cannot be read. Returns every folder remembered now.
pub fn remember(store: &Store, folders: &Folders) -> Result<Folders, SaveError> {
    let path = path(store);
    let failed = |e: std::io::Error| SaveError::io(&path, &e);
    let _lock = store.lock("folders.lock").map_err(failed)?;
    let mut all = super::read_json::<File>(&path)
        .map_err(|_| SaveError::new(&path, Cause::Unreadable))?
        .map(|f| f.folders)
        .unwrap_or_default();
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
            load(&store).0.is_empty(),
            "a store from before: no folder known"
        );
        let one = Folders::from([("wool".to_string(), PathBuf::from("/home/c/mine"))]);
        remember(&store, &one).expect("remember");
        let two = Folders::from([("lab".to_string(), PathBuf::from("/home/c/other"))]);
        let all = remember(&store, &two).expect("remember");
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(load(&store).0, all);
        let moved = Folders::from([("wool".to_string(), PathBuf::from("/home/c/new"))]);
        remember(&store, &moved).expect("remember");
        assert_eq!(load(&store).0["wool"], PathBuf::from("/home/c/new"));
    }

    /// A damaged file is kept, set aside as bookmarks are, and said once; the next folder
    /// remembered starts a new file beside it, and one that stays unreadable where it is is
    /// never saved over.
    #[test]
    fn a_damaged_file_is_kept_said_once_and_never_saved_over() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let file = dir.path().join(FILE_NAME);
        std::fs::write(&file, b"{not json").expect("write");
        let (known, notice) = load(&store);
        assert!(known.is_empty());
        let Some(Notice::SetAside { moved_to, .. }) = notice else {
            panic!("set aside and said: {notice:?}");
        };
        assert_eq!(std::fs::read(&moved_to).expect("kept"), b"{not json");
        assert_eq!(load(&store), (Folders::new(), None), "said once");
        let one = Folders::from([("wool".to_string(), PathBuf::from("/m"))]);
        remember(&store, &one).expect("remember");
        assert_eq!(load(&store).0, one);
        assert_eq!(std::fs::read(&moved_to).expect("still kept"), b"{not json");

        // A damaged file that appears after the load (another window's, a hand edit) is
        // refused, not replaced.
        std::fs::write(&file, b"[1, 2").expect("write");
        let two = Folders::from([("lab".to_string(), PathBuf::from("/n"))]);
        let refused = remember(&store, &two).expect_err("not saved over");
        assert_eq!(refused.cause, Cause::Unreadable);
        assert_eq!(std::fs::read(&file).expect("read"), b"[1, 2");
    }

    /// The notice names the folders file and what to do, in both languages.
    #[test]
    fn the_notice_names_the_folders_file() {
        let notice = Notice::SetAside {
            file: PathBuf::from("/d/folders.json"),
            moved_to: PathBuf::from("/d/folders.json.corrupt-7"),
            reason: crate::store::Reason::Damaged { line: 1, column: 2 },
        };
        let l10n = crate::i18n::Localizer::new();
        for lang in crate::lang::Lang::ALL {
            let text = notice.text(&l10n, lang);
            for part in ["folders.json", "folders.json.corrupt-7", "/d"] {
                assert!(text.contains(part), "{part}: {text}");
            }
            assert!(!text.to_lowercase().contains("bookmark"), "{text}");
            assert!(!text.contains("Хавчуурга"), "{text}");
        }
    }
}
