//! The reading trail: the entries read, oldest first, in `trail.json` in the data folder, so
//! that Back goes on the next day through what was read the day before. Bounded to the last
//! [`MAX`] places. Two windows lose nothing: a save adds this window's reads to the file as it
//! is then, under a lock; a file that cannot be read is set aside and reported on loading,
//! never saved over. Each place keeps when it was left; the recently read list (`H`) has a file
//! of its own ([`super::recent`]), which takes its first entries from here.

use serde::{Deserialize, Serialize};

use super::{Notice, SaveError, Store};

/// The most places kept.
pub const MAX: usize = 100;

/// One place read: the entry, how far down it was and when it was left (seconds since 1970;
/// none in a trail saved before the times were kept), which the recently read list says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Read {
    pub id: String,
    #[serde(default)]
    pub scroll: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<i64>,
}

type File = super::read_list::ListFile<Read>;

/// The trail file of `store`.
pub fn file_of(store: &Store) -> std::path::PathBuf {
    store.dir().join("trail.json")
}

/// The trail saved in `store`, oldest first; an unreadable file is set aside and reported,
/// and the trail is then empty.
pub fn load(store: &Store) -> (Vec<Read>, Option<Notice>) {
    let (file, notice) = super::load_json::<File>(&file_of(store));
    (file.map_or_else(Vec::new, |f| f.read), notice)
}

/// The trail as the file holds it now, read only: nothing when there is none or it cannot be
/// read (loading sets such a file aside and says so: [`load`]).
pub fn read_now(store: &Store) -> Vec<Read> {
    super::read_json::<File>(&file_of(store))
        .ok()
        .flatten()
        .map_or_else(Vec::new, |f| f.read)
}

/// `read` after `trail`, one place where the same entry comes twice in a row (the later
/// kept), and only the last [`MAX`].
fn joined(mut trail: Vec<Read>, read: &[Read]) -> Vec<Read> {
    for r in read {
        if trail.last().is_some_and(|last| last.id == r.id) {
            trail.pop();
        }
        trail.push(r.clone());
    }
    let cut = trail.len().saturating_sub(MAX);
    trail.drain(..cut);
    trail
}

/// Adds the places `read` in this window to the trail as the file holds it now (another
/// window's reads saved meanwhile are kept before them), atomically and under a lock. A file
/// that cannot be read is not replaced.
pub fn append(store: &Store, read: &[Read]) -> Result<(), SaveError> {
    if read.is_empty() {
        return Ok(());
    }
    let path = file_of(store);
    super::read_list::save_joined(store, &path, "trail.lock", Vec::new, |on_disk| {
        joined(on_disk, read)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(ids: &[&str]) -> Vec<Read> {
        ids.iter()
            .map(|id| Read {
                id: id.to_string(),
                scroll: 0,
                at: Some(1_765_000_000),
            })
            .collect()
    }

    fn ids(trail: &[Read]) -> Vec<&str> {
        trail.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn two_windows_lose_nothing_and_the_trail_is_bounded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("data"));
        assert_eq!(load(&store), (Vec::new(), None), "no file: an empty trail");
        append(&store, &read(&["a", "b"])).expect("saved");
        append(&store, &read(&["b", "c"])).expect("another window's");
        assert_eq!(ids(&load(&store).0), ["a", "b", "c"]);
        let many: Vec<String> = (0..MAX + 5).map(|n| format!("e{n}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        append(&store, &read(&many)).expect("saved");
        let (trail, _) = load(&store);
        assert_eq!(trail.len(), MAX);
        assert_eq!(trail.last().map(|r| r.id.as_str()), Some("e104"));
    }

    #[test]
    fn a_damaged_trail_is_set_aside_reported_and_not_saved_over() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        std::fs::write(file_of(&store), "{\"version\":1,\"read\":[").expect("write");
        assert!(append(&store, &read(&["a"])).is_err(), "never replaced");
        let (trail, notice) = load(&store);
        assert!(trail.is_empty());
        assert!(
            matches!(notice, Some(Notice::SetAside { .. })),
            "{notice:?}"
        );
        let kept = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(Result::ok)
            .any(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("trail.json.corrupt-")
            });
        assert!(kept, "the damaged file is kept for the reader");
        append(&store, &read(&["a"])).expect("a fresh trail");
        assert_eq!(ids(&load(&store).0), ["a"]);
    }

    /// A trail saved before the times were kept still loads, its places with no time; one
    /// place whose fields are of the wrong sort sets the file aside (said once), never a panic.
    #[test]
    fn an_older_trail_loads_and_a_wrong_field_is_said() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        std::fs::write(
            file_of(&store),
            r#"{"version":1,"read":[{"id":"a","scroll":2}]}"#,
        )
        .expect("write");
        let (trail, notice) = load(&store);
        assert_eq!(notice, None);
        assert_eq!(trail.first().map(|r| (r.scroll, r.at)), Some((2, None)));
        std::fs::write(
            file_of(&store),
            r#"{"version":1,"read":[{"id":"a","at":"noon"}]}"#,
        )
        .expect("write");
        let (trail, notice) = load(&store);
        assert!(trail.is_empty() && notice.is_some(), "{notice:?}");
    }
}
