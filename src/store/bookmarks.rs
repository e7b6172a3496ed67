//! Bookmarks: entry ids the user marked, newest last, in `bookmarks.json`. Two windows on one
//! data folder share the file: each save applies only what this window changed since it last
//! read the file (its one bookmark added or removed) to the file as it is, and a window reads
//! the file again when it changed ([`Bookmarks::refresh`]).

use serde::{Deserialize, Serialize};

use super::notes::Stamp;
use super::{Cause, Notice, Reason, SaveError, Store, atomic};

/// The bookmarks in the file at `path`: none when there is no file, an error when it cannot be
/// read or is not a bookmarks file.
fn read_items(path: &std::path::Path) -> Result<Vec<Bookmark>, Reason> {
    Ok(super::read_json::<File>(path)?.map_or_else(Vec::new, |f| f.bookmarks))
}

/// One bookmark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub id: String,
    /// Seconds since the Unix epoch.
    pub added: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    version: u32,
    bookmarks: Vec<Bookmark>,
}

/// The bookmarks, loaded from and saved to a store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bookmarks {
    pub items: Vec<Bookmark>,
    /// The ids as last read from or written to the store: what this window added (in `items`,
    /// not here) or removed (here, not in `items`) since is applied to the file as it is now,
    /// so two running windows lose nothing and a removal in one sticks in the other.
    base: Vec<String>,
    /// The file as last read or written (none: there was none).
    stamp: Option<Stamp>,
}

/// The bookmarks file of `store`.
fn file_of(store: &Store) -> std::path::PathBuf {
    store.dir().join("bookmarks.json")
}

impl Bookmarks {
    /// Loads the bookmarks; an unreadable file is set aside and reported.
    pub fn load(store: &Store) -> (Bookmarks, Option<Notice>) {
        let path = file_of(store);
        let stamp = Stamp::of(&path);
        let (file, notice) = super::load_json::<File>(&path);
        let items = file.map_or_else(Vec::new, |f| f.bookmarks);
        let stamp = if notice.is_some() { None } else { stamp };
        (Bookmarks::from_items(items, stamp), notice)
    }

    fn from_items(items: Vec<Bookmark>, stamp: Option<Stamp>) -> Bookmarks {
        let base = items.iter().map(|b| b.id.clone()).collect();
        Bookmarks { items, base, stamp }
    }

    /// The bookmarks `on_disk` with this window's changes since it last read the file applied:
    /// the ids it removed taken out, the ones it added put in. Each added one goes after the
    /// one before it in our list, else before the one after it, else at the end: a bookmark
    /// put back keeps its place. A bookmark that only another window removed stays removed.
    fn applied_to(&self, on_disk: Vec<Bookmark>) -> Vec<Bookmark> {
        let removed: Vec<&String> = self.base.iter().filter(|id| !self.contains(id)).collect();
        let mut merged: Vec<Bookmark> = on_disk
            .into_iter()
            .filter(|b| !removed.contains(&&b.id))
            .collect();
        for (k, b) in self.items.iter().enumerate() {
            if self.base.contains(&b.id) || merged.iter().any(|m| m.id == b.id) {
                continue;
            }
            let place = |id: &str| merged.iter().position(|m| m.id == id);
            let after = self.items[..k].iter().rev().find_map(|p| place(&p.id));
            let before = self.items[k + 1..].iter().find_map(|n| place(&n.id));
            let at = after.map(|i| i + 1).or(before).unwrap_or(merged.len());
            merged.insert(at, b.clone());
        }
        merged
    }

    /// Saves atomically, under a lock: this window's change applied to the file as it is now
    /// (what another window saved since is kept, its removals too). The bookmarks are then
    /// what the file holds. A file that cannot be read is never replaced.
    pub fn save(&mut self, store: &Store) -> Result<(), SaveError> {
        let path = file_of(store);
        let failed = |e: std::io::Error| SaveError::io(&path, &e);
        let _lock = store.lock("bookmarks.lock").map_err(failed)?;
        let on_disk = read_items(&path).map_err(|_| SaveError::new(&path, Cause::Unreadable))?;
        let file = File {
            version: 1,
            bookmarks: self.applied_to(on_disk),
        };
        let json =
            serde_json::to_vec_pretty(&file).map_err(|_| SaveError::new(&path, Cause::Other))?;
        atomic::write(&path, &json).map_err(failed)?;
        *self = Bookmarks::from_items(file.bookmarks, Stamp::of(&path));
        Ok(())
    }

    /// Reads the file again when it changed since this window last read or wrote it (another
    /// window saved, or removed it): the bookmarks are then what it holds, with any change of
    /// ours not saved yet (its save failed) still applied. One `stat` when nothing changed;
    /// whether the bookmarks changed. A file that cannot be read now is left as it is and
    /// these kept, to be told when a save meets it.
    pub fn refresh(&mut self, store: &Store) -> bool {
        let path = file_of(store);
        let stamp = Stamp::of(&path);
        if stamp == self.stamp {
            return false;
        }
        let Ok(on_disk) = read_items(&path) else {
            self.stamp = stamp;
            return false;
        };
        let items = self.applied_to(on_disk.clone());
        let changed = items != self.items;
        self.base = on_disk.into_iter().map(|b| b.id).collect();
        self.items = items;
        self.stamp = stamp;
        changed
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.iter().any(|b| b.id == id)
    }

    /// Puts the bookmark on `old` on `new` instead, in its place in the list (dropped when
    /// `new` is bookmarked already); whether `old` was bookmarked.
    pub fn rename(&mut self, old: &str, new: &str) -> bool {
        let Some(at) = self.items.iter().position(|b| b.id == old) else {
            return false;
        };
        if self.contains(new) {
            self.items.remove(at);
        } else {
            self.items[at].id = new.to_string();
        }
        true
    }

    /// Adds `id` if absent, removes it if present; returns whether it is now bookmarked.
    pub fn toggle(&mut self, id: &str) -> bool {
        if self.contains(id) {
            self.items.retain(|b| b.id != id);
            false
        } else {
            let added = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            self.items.push(Bookmark {
                id: id.to_string(),
                added,
            });
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(b: &Bookmarks) -> Vec<&str> {
        b.items.iter().map(|b| b.id.as_str()).collect()
    }

    fn on_disk(store: &Store) -> Vec<String> {
        Bookmarks::load(store)
            .0
            .items
            .into_iter()
            .map(|b| b.id)
            .collect()
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let mut b = Bookmarks::load(&store).0;
        assert!(b.toggle("cluster"));
        assert!(b.toggle("it-park"));
        assert!(!b.toggle("cluster"));
        b.save(&store).expect("save");
        let (again, notice) = Bookmarks::load(&store);
        assert_eq!(notice, None);
        assert_eq!(ids(&again), ["it-park"]);
    }

    #[test]
    fn two_instances_keep_each_others_bookmarks() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let mut first = Bookmarks::load(&store).0;
        first.toggle("shared");
        first.save(&store).expect("save");
        let mut a = Bookmarks::load(&store).0;
        let mut b = Bookmarks::load(&store).0;
        a.toggle("from-a");
        a.save(&store).expect("save a");
        b.toggle("from-b");
        b.toggle("shared");
        b.save(&store).expect("save b");
        assert_eq!(
            on_disk(&store),
            ["from-a", "from-b"],
            "b's removal and a's addition both kept"
        );
        assert_eq!(b.items.len(), 2, "the saving instance sees the merged list");
    }

    /// The walk's C-2: a bookmark removed in the window started second does not come back
    /// when the first window, which still listed it, bookmarks something else.
    #[test]
    fn a_removal_in_one_window_sticks_when_the_other_adds() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let mut a = Bookmarks::load(&store).0;
        a.toggle("china");
        a.save(&store).expect("save a");
        a.toggle("lithuania");
        a.save(&store).expect("save a");
        let mut b = Bookmarks::load(&store).0;
        b.toggle("china");
        b.save(&store).expect("save b");
        assert_eq!(on_disk(&store), ["lithuania"]);
        a.toggle("manai");
        a.save(&store).expect("save a");
        assert_eq!(on_disk(&store), ["lithuania", "manai"]);
        assert_eq!(
            ids(&a),
            ["lithuania", "manai"],
            "a holds what the file holds"
        );
    }

    /// The other order: the first window removes while the second, started after, adds.
    #[test]
    fn a_removal_in_the_first_window_sticks_when_the_second_adds() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let mut a = Bookmarks::load(&store).0;
        a.toggle("china");
        a.toggle("lithuania");
        a.save(&store).expect("save a");
        let mut b = Bookmarks::load(&store).0;
        a.toggle("china");
        a.save(&store).expect("save a");
        b.toggle("manai");
        b.save(&store).expect("save b");
        assert_eq!(on_disk(&store), ["lithuania", "manai"]);
        // And each removing one the other still lists, at once: both removals stick.
        a.toggle("lithuania");
        b.toggle("manai");
        a.save(&store).expect("save a");
        b.save(&store).expect("save b");
        assert!(on_disk(&store).is_empty(), "{:?}", on_disk(&store));
    }

    /// The walk's C-3: a window reads the file again when another window changed it, and only
    /// then; a change of its own whose save failed stays applied.
    #[test]
    fn a_window_reads_what_the_other_saved() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let mut a = Bookmarks::load(&store).0;
        let mut b = Bookmarks::load(&store).0;
        assert!(!b.refresh(&store), "no file, nothing changed");
        a.toggle("china");
        a.toggle("socratus");
        a.save(&store).expect("save a");
        assert!(b.refresh(&store));
        assert_eq!(ids(&b), ["china", "socratus"]);
        assert!(!b.refresh(&store), "read once");
        assert!(!a.refresh(&store), "a wrote it: nothing new for a");
        b.toggle("china");
        b.save(&store).expect("save b");
        assert!(a.refresh(&store));
        assert_eq!(ids(&a), ["socratus"]);
        // A change not saved yet (here: never saved) is kept over what is read.
        a.toggle("manai");
        b.toggle("lithuania");
        b.save(&store).expect("save b");
        assert!(a.refresh(&store));
        // Ours stays after the one before it in our list.
        assert_eq!(ids(&a), ["socratus", "manai", "lithuania"]);
        a.save(&store).expect("save a");
        assert_eq!(on_disk(&store), ["socratus", "manai", "lithuania"]);
    }

    #[test]
    fn a_fifo_in_place_of_the_file_does_not_hang() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join("bookmarks.json"))
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let (b, notice) = Bookmarks::load(&store);
        assert!(b.items.is_empty());
        assert!(notice.is_some(), "reported");
    }

    #[test]
    fn a_corrupt_file_is_set_aside_not_overwritten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let path = dir.path().join("bookmarks.json");
        std::fs::write(&path, b"{not json").expect("write");
        let (b, notice) = Bookmarks::load(&store);
        assert!(b.items.is_empty());
        let Some(Notice::SetAside { moved_to, .. }) = notice else {
            panic!("expected a notice");
        };
        assert_eq!(std::fs::read(&moved_to).expect("kept"), b"{not json");
        assert!(!path.exists());
        let mut b = b;
        b.toggle("x");
        b.save(&store).expect("save");
        assert_eq!(std::fs::read(&moved_to).expect("still kept"), b"{not json");
    }

    /// The walk's damaged file: the notice places the damage in the reader's words, with no
    /// English of the parser in the Mongolian.
    #[test]
    fn a_damaged_file_is_placed_in_the_reader_s_words() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        std::fs::write(dir.path().join("bookmarks.json"), b"{\"oops\": [").expect("write");
        let (_, notice) = Bookmarks::load(&store);
        let notice = notice.expect("reported");
        let l10n = crate::i18n::Localizer::new();
        let mn = notice.text(&l10n, crate::lang::Lang::Mn);
        assert!(mn.ends_with("(файлын төгсгөл дутуу байна: мөр 1)"), "{mn}");
        assert!(!mn.contains("EOF") && !mn.contains("parsing"), "{mn}");
        let en = notice.text(&l10n, crate::lang::Lang::En);
        assert!(en.ends_with("(the file ends too soon, at line 1)"), "{en}");
    }
}
