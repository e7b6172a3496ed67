//! Bookmarks: entry ids the user marked, newest last, in `bookmarks.json`.

use serde::{Deserialize, Serialize};

use super::{Notice, Store, atomic, set_aside};

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
}

impl Bookmarks {
    /// Loads the bookmarks; an unreadable file is set aside and reported.
    pub fn load(store: &Store) -> (Bookmarks, Option<Notice>) {
        let path = store.dir().join("bookmarks.json");
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Bookmarks::default(), None);
            }
            Err(e) => return (Bookmarks::default(), Some(set_aside(&path, e.to_string()))),
        };
        match serde_json::from_slice::<File>(&bytes) {
            Ok(f) => (Bookmarks { items: f.bookmarks }, None),
            Err(e) => (Bookmarks::default(), Some(set_aside(&path, e.to_string()))),
        }
    }

    /// Saves atomically.
    pub fn save(&self, store: &Store) -> std::io::Result<()> {
        let file = File {
            version: 1,
            bookmarks: self.items.clone(),
        };
        let json = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
        atomic::write(&store.dir().join("bookmarks.json"), &json)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.iter().any(|b| b.id == id)
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
        assert_eq!(
            again
                .items
                .iter()
                .map(|b| b.id.as_str())
                .collect::<Vec<_>>(),
            ["it-park"]
        );
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
}
