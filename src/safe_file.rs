//! Opening files that someone else may have put in place: only regular files are read, they are
//! opened without blocking (a FIFO named like an entry or a note never hangs toli), and no more
//! than a limit is read (a link to `/dev/zero` or an enormous file is refused, not swallowed).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Opens `path` for reading if it is a regular file (after following links), without waiting
/// for a writer when it is a FIFO.
pub fn open_regular(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file (a folder, a pipe or a device): remove it or replace it with a file",
        ));
    }
    Ok(file)
}

/// The contents of the regular file at `path`, refusing more than `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {limit} bytes: toli does not read files this large here"),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_regular_file_within_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("f");
        std::fs::write(&path, b"hello").expect("write");
        assert_eq!(read_regular(&path, 5).expect("read"), b"hello");
        let err = read_regular(&path, 4).expect_err("too large");
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }

    #[test]
    fn refuses_a_fifo_without_blocking_and_a_device() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("x.md");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let err = read_regular(&fifo, 1024).expect_err("a FIFO is refused");
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        let err = read_regular(Path::new("/dev/zero"), 1024).expect_err("a device is refused");
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(
            read_regular(dir.path(), 1024).is_err(),
            "a folder is refused"
        );
    }
}
