//! Atomic file replacement: write a temporary file beside the target, flush it to disk, then
//! rename it over the target. A crash at any moment leaves either the old file or the new one,
//! never a truncated mix.

use std::io::Write;
use std::path::Path;

/// Replaces `path` with `bytes` atomically, creating parent folders as needed. An error names
/// `path` (never the temporary file) and what failed.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_unnamed(path, bytes)
        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

fn write_unnamed(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Deletes temporary files (`.tmp…`) in `dir` that an interrupted save left behind more than
/// an hour ago; a save in progress in another instance is younger than that.
pub fn clean_leftovers(dir: &Path) {
    let Ok(list) = std::fs::read_dir(dir) else {
        return;
    };
    let hour = std::time::Duration::from_secs(3600);
    for item in list.flatten() {
        let is_tmp = item.file_name().to_string_lossy().starts_with(".tmp");
        let old = item
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > hour));
        if is_tmp && old && item.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(item.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a").join("f.json");
        write(&path, b"one").expect("write");
        write(&path, b"two").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"two");
        let files: Vec<_> = std::fs::read_dir(path.parent().expect("parent"))
            .expect("dir")
            .collect();
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn errors_name_the_target_and_old_leftovers_are_cleaned() {
        let dir = tempfile::tempdir().expect("tempdir");
        // A folder in the file's place: the rename fails, and the message names the file.
        let target = dir.path().join("bookmarks.json");
        std::fs::create_dir_all(target.join("x")).expect("mkdir");
        let err = write(&target, b"x").expect_err("cannot replace a folder");
        assert!(err.to_string().contains("bookmarks.json"), "{err}");
        let tmp_in_dir = format!("{}/.tmp", dir.path().display());
        assert!(!err.to_string().contains(&tmp_in_dir), "{err}");
        let old = dir.path().join(".tmpOLD123");
        let fresh = dir.path().join(".tmpNEW456");
        std::fs::write(&old, b"left").expect("write");
        std::fs::write(&fresh, b"saving").expect("write");
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(two_hours_ago))
            .expect("age it");
        clean_leftovers(dir.path());
        assert!(!old.exists(), "an old leftover is removed");
        assert!(fresh.exists(), "a save in progress is left alone");
    }
}
