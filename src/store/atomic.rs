//! Atomic file replacement: write a temporary file beside the target, flush it to disk, then
//! rename it over the target. A crash at any moment leaves either the old file or the new one,
//! never a truncated mix.

use std::io::Write;
use std::path::Path;

/// Replaces `path` with `bytes` atomically, creating parent folders as needed.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
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
}
