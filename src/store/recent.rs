//! The recently read list (`H`) kept between runs: each entry read, once, at its latest read,
//! oldest first, in `recent.json` in the data folder beside the reading trail
//! ([`super::trail`], which is Back's: only the places left for another entry). Every entry
//! opened (Enter, a link, a search, a window) or reached by Back and Forward is read; one only
//! previewed beside the lists is not. A data folder from before this file has the trail's reads
//! stand in for it, on loading and at the first save, so nothing read earlier drops off the
//! list. Two windows lose nothing: a save adds this window's reads to the file as it is then,
//! under a lock; a file that cannot be read is set aside and reported on loading (the list then
//! starts again from the trail), never saved over.

use serde::{Deserialize, Serialize};

use super::{Notice, SaveError, Store, trail};

/// The most entries kept.
pub const MAX: usize = 100;

/// One entry read and when (seconds since 1970; none for a read the trail kept without one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Read {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<i64>,
}

type File = super::read_list::ListFile<Read>;

/// The recently read file of `store`.
pub fn file_of(store: &Store) -> std::path::PathBuf {
    store.dir().join("recent.json")
}

/// The trail's places as reads, for a data folder that has no recently read file yet.
fn from_trail(places: &[trail::Read]) -> Vec<Read> {
    let read = places.iter().map(|p| Read {
        id: p.id.clone(),
        at: p.at,
    });
    joined(Vec::new(), &read.collect::<Vec<_>>())
}

/// The entries read as saved in `store`, oldest first, or, with no file yet, those of
/// `trail` (the reading trail as loaded). An unreadable file is set aside and reported, and
/// the list starts again from the trail, as the next save does.
pub fn load(store: &Store, trail: &[trail::Read]) -> (Vec<Read>, Option<Notice>) {
    let path = file_of(store);
    match super::read_json::<File>(&path) {
        Ok(Some(file)) => (file.read, None),
        Ok(None) => (from_trail(trail), None),
        Err(reason) => (from_trail(trail), Some(super::set_aside(&path, reason))),
    }
}

/// `read` joined to `list`: in the order of their times (a read with none first), each entry
/// once at its latest read, only the last [`MAX`].
fn joined(list: Vec<Read>, read: &[Read]) -> Vec<Read> {
    let mut all: Vec<Read> = list.into_iter().chain(read.iter().cloned()).collect();
    all.sort_by_key(|r| r.at.unwrap_or(i64::MIN));
    let mut out: Vec<Read> = Vec::new();
    for r in all.into_iter().rev() {
        if !out.iter().any(|o| o.id == r.id) {
            out.push(r);
        }
        if out.len() == MAX {
            break;
        }
    }
    out.reverse();
    out
}

/// Adds the entries `read` in this window to the list as the file holds it now (another
/// window's reads saved meanwhile are kept), atomically and under a lock; with no file yet,
/// to the trail's reads. A file that cannot be read is not replaced.
pub fn append(store: &Store, read: &[Read]) -> Result<(), SaveError> {
    if read.is_empty() {
        return Ok(());
    }
    // The trail stands in for a file not written yet; one that cannot be read gives nothing.
    let from_the_trail = || from_trail(&trail::read_now(store));
    let path = file_of(store);
    super::read_list::save_joined(store, &path, "recent.lock", from_the_trail, |on_disk| {
        joined(on_disk, read)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(ids: &[(&str, i64)]) -> Vec<Read> {
        (ids.iter())
            .map(|(id, at)| Read {
                id: id.to_string(),
                at: Some(*at),
            })
            .collect()
    }

    fn ids(list: &[Read]) -> Vec<&str> {
        list.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn two_windows_lose_nothing_each_entry_is_kept_once_and_the_list_is_bounded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("data"));
        assert_eq!(
            load(&store, &[]),
            (Vec::new(), None),
            "no file: nothing read"
        );
        append(&store, &read(&[("a", 10), ("b", 20), ("a", 30)])).expect("saved");
        assert_eq!(ids(&load(&store, &[]).0), ["b", "a"], "a at its later read");
        // Another window read c between the first window's reads, and saves later.
        append(&store, &read(&[("c", 25)])).expect("another window's");
        assert_eq!(
            ids(&load(&store, &[]).0),
            ["b", "c", "a"],
            "in the order read"
        );
        let many: Vec<(String, i64)> = (0..MAX + 5)
            .map(|n| (format!("e{n}"), 100 + n as i64))
            .collect();
        let many: Vec<(&str, i64)> = many.iter().map(|(id, at)| (id.as_str(), *at)).collect();
        append(&store, &read(&many)).expect("saved");
        let (list, _) = load(&store, &[]);
        assert_eq!(list.len(), MAX);
        assert_eq!(list.last().map(|r| r.id.as_str()), Some("e104"));
    }

    #[test]
    fn a_damaged_list_is_set_aside_reported_and_not_saved_over() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let damaged = "{\"version\":1,\"read\":[";
        std::fs::write(file_of(&store), damaged).expect("write");
        assert!(
            append(&store, &read(&[("a", 1)])).is_err(),
            "never replaced"
        );
        assert_eq!(
            std::fs::read_to_string(file_of(&store)).expect("still there"),
            damaged
        );
        let (list, notice) = load(&store, &[]);
        assert!(list.is_empty());
        assert!(
            matches!(notice, Some(Notice::SetAside { .. })),
            "{notice:?}"
        );
        let kept = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(Result::ok)
            .any(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with("recent.json.corrupt-")
                    && std::fs::read_to_string(e.path()).is_ok_and(|t| t == damaged)
            });
        assert!(kept, "the damaged file is kept for the reader");
        append(&store, &read(&[("a", 1)])).expect("a fresh list");
        assert_eq!(ids(&load(&store, &[]).0), ["a"]);
    }

    /// After an upgrade the trail's reads still show: with no recently read file, loading
    /// gives them, each entry once, and the first save keeps them under this run's.
    #[test]
    fn an_existing_trail_s_reads_still_show_after_upgrading() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let place = |id: &str, at: Option<i64>| trail::Read {
            id: id.to_string(),
            scroll: 3,
            at,
        };
        let old = vec![
            place("old", None),
            place("a", Some(10)),
            place("b", Some(20)),
            place("a", Some(30)),
        ];
        trail::append(&store, &old).expect("the trail an older toli saved");
        let (trail_read, _) = trail::load(&store);
        let (list, notice) = load(&store, &trail_read);
        assert_eq!(notice, None);
        assert_eq!(ids(&list), ["old", "b", "a"]);
        append(&store, &read(&[("c", 40)])).expect("the first save");
        assert_eq!(ids(&load(&store, &[]).0), ["old", "b", "a", "c"]);
        assert!(
            store.dir().join("trail.json").is_file(),
            "the trail is left as it is"
        );
    }
}
