//! Snapshots: parsed corpora and search indexes kept in the user's cache folder, so a start does
//! not re-read every YAML file and re-index every word (`toli show` drops from tens of
//! milliseconds to a few).
//!
//! A snapshot is a file `<cache>/<name>.bin`: a magic line, a 64-bit key, then the value encoded
//! with bitcode. The key says exactly what the value was made from (the build, and the files'
//! paths, sizes and modification times); a snapshot whose key differs is ignored and replaced.
//! Everything here is best effort: a missing, stale, truncated or corrupt snapshot, or a cache
//! folder that cannot be written, only means the corpus is parsed again as before. Nothing a user
//! made lives here, so the folder can be deleted at any time.
//!
//! The folder is `TOLI_CACHE_DIR` when set (empty: snapshots off), else the platform cache folder
//! (`~/.cache/toli` on Linux).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// The first bytes of every snapshot; bump the number when the encoding changes shape.
const MAGIC: &[u8] = b"toli-snapshot 1\n";

/// Identifies this build: snapshots from another build are never read (see `build.rs`).
pub const BUILD_KEY: &str = env!("TOLI_BUILD_KEY");

/// The cache folder, or `None` when snapshots are off or there is no home folder.
pub fn dir() -> Option<PathBuf> {
    match std::env::var_os("TOLI_CACHE_DIR") {
        Some(d) if d.is_empty() => None,
        Some(d) => Some(PathBuf::from(d)),
        None => directories::ProjectDirs::from("", "", "toli").map(|p| p.cache_dir().to_path_buf()),
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

/// The value stored under `name`, if it was stored with `key` and decodes.
pub fn read<T: bitcode::DecodeOwned>(name: &str, key: u64) -> Option<T> {
    read_in(&dir()?, name, key)
}

/// Stores `value` under `name` with `key`, atomically; failures are ignored (it is a cache).
pub fn write<T: bitcode::Encode + ?Sized>(name: &str, key: u64, value: &T) {
    if let Some(dir) = dir() {
        write_in(&dir, name, key, value);
    }
}

fn read_in<T: bitcode::DecodeOwned>(dir: &Path, name: &str, key: u64) -> Option<T> {
    let bytes = std::fs::read(dir.join(format!("{name}.bin"))).ok()?;
    let rest = bytes.strip_prefix(MAGIC)?;
    let (stored, rest) = rest.split_first_chunk::<8>()?;
    let (crc, payload) = rest.split_first_chunk::<4>()?;
    if u64::from_le_bytes(*stored) != key || u32::from_le_bytes(*crc) != crc32fast::hash(payload) {
        return None;
    }
    bitcode::decode(payload).ok()
}

fn write_in<T: bitcode::Encode + ?Sized>(dir: &Path, name: &str, key: u64, value: &T) {
    let payload = bitcode::encode(value);
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&key.to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    bytes.extend_from_slice(&payload);
    let _ = crate::store::atomic::write(&dir.join(format!("{name}.bin")), &bytes);
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
    fn an_unwritable_cache_is_not_an_error() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let file = tmp.path().join("not-a-folder");
        std::fs::write(&file, "x").expect("file");
        write_in(&file, "t", 1, &vec![1u32]);
        assert_eq!(read_in::<Vec<u32>>(&file, "t", 1), None);
    }

    #[test]
    fn keys_and_names_depend_on_their_parts() {
        assert_ne!(key(("a", 1)), key(("a", 2)));
        assert_eq!(key(("a", 1)), key(("a", 1)));
        assert_ne!(name("corpus", "/x"), name("corpus", "/y"));
        assert!(name("corpus", "/x").starts_with("corpus-"));
    }
}
