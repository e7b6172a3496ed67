//! Snapshots: parsed corpora and search indexes kept in the user's cache folder, so a start does
//! not re-read every YAML file and re-index every word (`toli show` drops from tens of
//! milliseconds to a few).
//!
//! A snapshot is a file `<cache>/<name>.bin` holding a 64-bit key and values encoded with
//! bitcode in parts, each with its own CRC-32 (`file` has the layout), so that a reader can
//! read just the parts it needs (see [`Parts`]) and a list can be decoded on all cores. The key
//! says exactly what the value was made from (the build, and the files' paths, sizes and
//! modification times); a snapshot whose key differs is ignored and replaced.
//! Everything here is best effort: a missing, stale, truncated or corrupt snapshot, or a cache
//! folder that cannot be written, only means the corpus is parsed again as before. Nothing a user
//! made lives here, so the folder can be deleted at any time.
//!
//! Each content folder (or set of folders) gets its own snapshots, so the folder would grow
//! with every folder ever opened: whenever a snapshot is written, snapshots not rewritten for
//! [`KEEP_UNCHANGED`] are deleted (see [`prune_in`]). One still in use then costs one slower
//! start to make again.
//!
//! The folder is `TOLI_CACHE_DIR` when set (empty: snapshots off), else the platform cache folder
//! (`~/.cache/toli` on Linux).

mod file;

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

pub use file::{Parts, decode as decode_file, encode as encode_file};

/// The range `ends[i - 1]..ends[i]` (from 0 for the first), if `i` is in range: run `i` of a
/// flat array whose runs end at `ends`, the layout of the search index and corpus head.
pub fn span(ends: &[u32], i: usize) -> Option<std::ops::Range<usize>> {
    let start = match i {
        0 => 0,
        _ => *ends.get(i - 1)? as usize,
    };
    Some(start..*ends.get(i)? as usize)
}

/// A value snapshotted as its numbers (bitcode) followed by its texts, each a part of raw
/// bytes checked on reading with SIMD ([`Parts::text`]): bitcode checks the strings it decodes
/// with std's UTF-8 check, several times slower on mostly Cyrillic text.
pub trait WithTexts: bitcode::Encode + bitcode::DecodeOwned {
    /// The value's texts, in the order they are stored.
    fn texts(&mut self) -> Vec<&mut String>;
}

/// The parts of `value` (see [`WithTexts`]): its numbers, then each text.
pub fn encode_with_texts<T: WithTexts>(value: &mut T) -> Vec<Vec<u8>> {
    let texts: Vec<String> = value.texts().into_iter().map(std::mem::take).collect();
    let numbers = bitcode::encode(&*value);
    for (slot, text) in value.texts().into_iter().zip(&texts) {
        slot.clone_from(text);
    }
    std::iter::once(numbers)
        .chain(texts.into_iter().map(String::into_bytes))
        .collect()
}

/// The value whose [`encode_with_texts`] parts start at part `first` of `parts`, if they are
/// intact and decode.
pub fn decode_with_texts<T: WithTexts>(parts: &Parts, first: usize) -> Option<T> {
    let mut value: T = parts.decode(first)?;
    for (k, slot) in value.texts().into_iter().enumerate() {
        *slot = parts.text(first + 1 + k)?;
    }
    Some(value)
}

/// Identifies this build: snapshots from another build are never read (see `build.rs`).
pub const BUILD_KEY: &str = env!("TOLI_BUILD_KEY");

/// How long a snapshot that was not rewritten is kept.
pub const KEEP_UNCHANGED: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// The cache folder, or `None` when snapshots are off or there is no home folder.
pub fn dir() -> Option<PathBuf> {
    match std::env::var_os("TOLI_CACHE_DIR") {
        Some(d) if d.is_empty() => None,
        Some(d) => Some(PathBuf::from(d)),
        None => directories::ProjectDirs::from("", "", "toli").map(|p| p.cache_dir().to_path_buf()),
    }
}

/// Deletes snapshots in `dir` (and temporary files left by an interrupted write) last written
/// longer than `keep` ago. Other files are left alone.
pub fn prune_in(dir: &Path, keep: std::time::Duration) {
    let Ok(list) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for item in list.flatten() {
        let name = item.file_name();
        let name = name.to_string_lossy();
        if !(name.ends_with(".bin") || name.starts_with(".tmp")) {
            continue;
        }
        let written = item.metadata().and_then(|m| m.modified());
        let old = written.is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > keep));
        if old {
            let _ = std::fs::remove_file(item.path());
        }
    }
}

/// A key made from this build and `parts`.
pub fn key(parts: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    BUILD_KEY.hash(&mut h);
    parts.hash(&mut h);
    h.finish()
}

/// A file-name-safe name for something identified by `parts` (e.g. a content folder's path).
pub fn name(prefix: &str, parts: impl Hash) -> String {
    let mut h = DefaultHasher::new();
    parts.hash(&mut h);
    format!("{prefix}-{:016x}", h.finish())
}

/// The list stored under `name` with [`write_list`], its parts decoded on all cores.
pub fn read_list<T: bitcode::DecodeOwned + Send>(name: &str, key: u64) -> Option<Vec<T>> {
    read_list_in(&dir()?, name, key)
}

/// Stores `items` under `name` in one part per core, so that [`read_list`] decodes them at once.
pub fn write_list<T: bitcode::Encode>(name: &str, key: u64, items: &[T]) {
    if let Some(dir) = dir() {
        write_list_in(&dir, name, key, items);
    }
}

/// The parts stored under `name` with [`write_parts`], checked but not read: a reader that
/// needs a few of many values reads and decodes only those.
pub fn read_parts(name: &str, key: u64) -> Option<Parts> {
    read_parts_in(&dir()?, name, key)
}

/// [`read_parts`] from the folder `dir`.
pub fn read_parts_in(dir: &Path, name: &str, key: u64) -> Option<Parts> {
    Parts::open(&path(dir, name), key)
}

/// Stores already encoded `parts` under `name` with `key`, atomically, for [`read_parts`];
/// failures are ignored (it is a cache).
pub fn write_parts(name: &str, key: u64, parts: &[impl AsRef<[u8]>]) {
    if let Some(dir) = dir() {
        write_parts_in(&dir, name, key, parts);
    }
}

fn path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.bin"))
}

/// [`write_parts`] into the folder `dir`.
pub fn write_parts_in(dir: &Path, name: &str, key: u64, parts: &[impl AsRef<[u8]>]) {
    if crate::store::atomic::write(&path(dir, name), &file::encode(key, parts)).is_ok()
        && first_write_in(dir)
    {
        prune_in(dir, KEEP_UNCHANGED);
    }
}

/// True the first time this process writes into `dir`: pruning once per process keeps a load
/// that writes one snapshot per content folder linear in the number of folders.
fn first_write_in(dir: &Path) -> bool {
    static PRUNED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());
    let mut pruned = PRUNED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if pruned.iter().any(|d| d == dir) {
        return false;
    }
    pruned.push(dir.to_path_buf());
    true
}

/// The one value stored in `dir` under `name` with `key`, if it decodes.
#[cfg(test)]
fn read_in<T: bitcode::DecodeOwned>(dir: &Path, name: &str, key: u64) -> Option<T> {
    let parts = Parts::open(&path(dir, name), key)?;
    match parts.len() {
        1 => parts.decode(0),
        _ => None,
    }
}

/// Stores `value` alone in `dir` under `name` with `key`.
#[cfg(test)]
fn write_in<T: bitcode::Encode + ?Sized>(dir: &Path, name: &str, key: u64, value: &T) {
    write_parts_in(dir, name, key, &[bitcode::encode(value)]);
}

fn read_list_in<T: bitcode::DecodeOwned + Send>(
    dir: &Path,
    name: &str,
    key: u64,
) -> Option<Vec<T>> {
    let parts = Parts::open(&path(dir, name), key)?;
    parts.read_all();
    let parts = &parts;
    let decoded: Vec<Option<Vec<T>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..parts.len())
            .map(|i| scope.spawn(move || parts.decode::<Vec<T>>(i)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect()
    });
    let mut out = Vec::new();
    for part in decoded {
        out.extend(part?);
    }
    Some(out)
}

fn write_list_in<T: bitcode::Encode>(dir: &Path, name: &str, key: u64, items: &[T]) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let size = items.len().div_ceil(cores).max(1);
    let parts: Vec<Vec<u8>> = items.chunks(size).map(bitcode::encode).collect();
    write_parts_in(dir, name, key, &parts);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_other_keys_and_damage() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        let value = vec!["кластер".to_string(), "cluster".to_string()];
        write_in(dir, "t", 7, &value);
        assert_eq!(read_in::<Vec<String>>(dir, "t", 7), Some(value.clone()));
        assert_eq!(
            read_in::<Vec<String>>(dir, "t", 8),
            None,
            "another key is stale"
        );
        let file = dir.join("t.bin");
        let bytes = std::fs::read(&file).expect("written");
        std::fs::write(&file, &bytes[..bytes.len() - 3]).expect("truncate");
        assert_eq!(read_in::<Vec<String>>(dir, "t", 7), None, "truncated");
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        std::fs::write(&file, &flipped).expect("flip a bit");
        assert_eq!(read_in::<Vec<String>>(dir, "t", 7), None, "checksum");
        std::fs::write(&file, b"garbage").expect("overwrite");
        assert_eq!(read_in::<Vec<String>>(dir, "t", 7), None, "no magic");
        assert_eq!(read_in::<Vec<String>>(dir, "missing", 7), None);
    }

    #[test]
    fn lists_round_trip_in_parts() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        for n in [0usize, 1, 2, 3, 1000] {
            let items: Vec<String> = (0..n).map(|i| format!("entry {i} ёө")).collect();
            write_list_in(dir, "l", 1, &items);
            assert_eq!(
                read_list_in::<String>(dir, "l", 1),
                Some(items),
                "{n} items"
            );
        }
        // A single value holding a list reads as a list of one part.
        write_in(dir, "v", 1, &vec![1u32, 2]);
        assert_eq!(read_list_in::<u32>(dir, "v", 1), Some(vec![1, 2]));
    }

    #[test]
    fn an_unwritable_cache_is_not_an_error() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let file = tmp.path().join("not-a-folder");
        std::fs::write(&file, "x").expect("file");
        write_in(&file, "t", 1, &vec![1u32]);
        assert_eq!(read_in::<Vec<u32>>(&file, "t", 1), None);
    }

    #[test]
    fn pruning_deletes_only_old_snapshots() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        let month_ago = std::time::SystemTime::now() - KEEP_UNCHANGED * 2;
        for name in ["old.bin", ".tmpAbC123", "new.bin", "notes.txt"] {
            let file = std::fs::File::create(dir.join(name)).expect("create");
            if name != "new.bin" {
                file.set_modified(month_ago).expect("set time");
            }
        }
        // Writing a snapshot prunes: the old snapshot and the leftover temporary file go.
        write_in(dir, "fresh", 1, &vec![1u32]);
        let mut left: Vec<String> = std::fs::read_dir(dir)
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["fresh.bin", "new.bin", "notes.txt"]);
        assert_eq!(read_in::<Vec<u32>>(dir, "fresh", 1), Some(vec![1]));
    }

    #[test]
    fn a_process_prunes_a_folder_once_however_many_snapshots_it_writes() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        write_in(dir, "first", 1, &vec![1u32]);
        // Expired after the first write: a second scan would delete it.
        let stale = std::fs::File::create(dir.join("stale.bin")).expect("create");
        stale
            .set_modified(std::time::SystemTime::now() - KEEP_UNCHANGED * 2)
            .expect("set time");
        for i in 0..3 {
            write_in(dir, &format!("more{i}"), 1, &vec![1u32]);
        }
        assert!(
            dir.join("stale.bin").exists(),
            "the folder was scanned again"
        );
    }

    #[test]
    fn keys_and_names_depend_on_their_parts() {
        assert_ne!(key(("a", 1)), key(("a", 2)));
        assert_eq!(key(("a", 1)), key(("a", 1)));
        assert_ne!(name("corpus", "/x"), name("corpus", "/y"));
        assert!(name("corpus", "/x").starts_with("corpus-"));
    }
}
