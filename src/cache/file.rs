//! The snapshot file: its layout, and reading its parts one at a time.
//!
//! ```text
//! "toli-snapshot 3\n"   magic; bump the number when the layout or encodings change shape
//! key          u64      what the value was made from
//! count        u32      number of parts
//! table CRC    u32      CRC-32 of the table
//! table        count × (length u64, CRC-32 u32)
//! parts        the parts' bytes, one after the other
//! ```
//!
//! All numbers are little-endian. Opening reads only the header and the table; a part is read
//! with one positioned read and checked against its CRC when asked for, so a reader that needs
//! three entries of twenty thousand reads three. The open file is the one that was checked: a
//! snapshot replaced meanwhile (snapshots are written by rename) does not mix into it.

use std::borrow::Cow;
use std::fs::File;
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"toli-snapshot 3\n";
/// Bytes of the header before the table.
const HEADER: usize = MAGIC.len() + 8 + 4 + 4;
/// Bytes of one table row.
const ROW: usize = 12;

/// Where one part lies in the file, and its CRC-32.
#[derive(Debug, Clone, Copy)]
struct Span {
    offset: u64,
    len: u64,
    crc: u32,
}

/// Where the parts' bytes come from.
enum Backing {
    File(File),
    Memory(Vec<u8>),
}

/// The parts of a snapshot whose header and table were checked; each part is read and checked
/// when decoded.
pub struct Parts {
    path: PathBuf,
    backing: Backing,
    spans: Vec<Span>,
}

impl std::fmt::Debug for Parts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let place = match self.backing {
            Backing::File(_) => "file",
            Backing::Memory(_) => "memory",
        };
        write!(f, "Parts({} parts in {place})", self.spans.len())
    }
}

/// The whole file: header, table and parts.
pub fn encode(key: u64, parts: &[Vec<u8>]) -> Vec<u8> {
    let mut table = Vec::with_capacity(parts.len() * ROW);
    for p in parts {
        table.extend_from_slice(&(p.len() as u64).to_le_bytes());
        table.extend_from_slice(&crc32fast::hash(p).to_le_bytes());
    }
    let total = HEADER + table.len() + parts.iter().map(Vec::len).sum::<usize>();
    let mut bytes = Vec::with_capacity(total);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&key.to_le_bytes());
    bytes.extend_from_slice(&(parts.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(&table).to_le_bytes());
    bytes.extend_from_slice(&table);
    for p in parts {
        bytes.extend_from_slice(p);
    }
    bytes
}

impl Parts {
    /// Opens the snapshot at `path` if it has the right magic and `key`, an intact table, and
    /// exactly the length the table says.
    pub fn open(path: &Path, key: u64) -> Option<Parts> {
        let file = File::open(path).ok()?;
        let file_len = file.metadata().ok()?.len();
        let mut header = [0u8; HEADER];
        read_at(&file, &mut header, 0)?;
        let rest = header.strip_prefix(MAGIC)?;
        let (stored, rest) = rest.split_first_chunk::<8>()?;
        let (count, rest) = rest.split_first_chunk::<4>()?;
        let (table_crc, _) = rest.split_first_chunk::<4>()?;
        if u64::from_le_bytes(*stored) != key {
            return None;
        }
        let count = u32::from_le_bytes(*count) as usize;
        let table_len = count.checked_mul(ROW)?;
        if (HEADER + table_len) as u64 > file_len {
            return None;
        }
        let mut table = vec![0u8; table_len];
        read_at(&file, &mut table, HEADER as u64)?;
        if crc32fast::hash(&table) != u32::from_le_bytes(*table_crc) {
            return None;
        }
        let mut offset = (HEADER + table_len) as u64;
        let mut spans = Vec::with_capacity(count);
        for row in table.chunks_exact(ROW) {
            let (len, crc) = row.split_first_chunk::<8>()?;
            let len = u64::from_le_bytes(*len);
            let crc = u32::from_le_bytes(crc.try_into().ok()?);
            spans.push(Span { offset, len, crc });
            offset = offset.checked_add(len)?;
        }
        (offset == file_len).then_some(Parts {
            path: path.to_path_buf(),
            backing: Backing::File(file),
            spans,
        })
    }

    /// Number of parts.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The same parts with the whole file read into memory at once (for reading them all);
    /// unchanged if that read fails.
    pub fn in_memory(self) -> Parts {
        let Backing::File(file) = &self.backing else {
            return self;
        };
        let end = self.spans.last().map_or(0, |s| s.offset + s.len);
        let Ok(len) = usize::try_from(end) else {
            return self;
        };
        let mut bytes = vec![0u8; len];
        if read_at(file, &mut bytes, 0).is_none() {
            return self;
        }
        Parts {
            path: self.path,
            backing: Backing::Memory(bytes),
            spans: self.spans,
        }
    }

    /// Deletes the snapshot file (a part of it turned out damaged), so the next start makes a
    /// new one; what was already read stays usable.
    pub fn discard(&self) {
        let _ = std::fs::remove_file(&self.path);
    }

    /// Part `i`'s bytes when they match their CRC.
    fn bytes(&self, i: usize) -> Option<Cow<'_, [u8]>> {
        let span = *self.spans.get(i)?;
        let bytes = match &self.backing {
            Backing::Memory(all) => {
                let start = usize::try_from(span.offset).ok()?;
                let end = start.checked_add(usize::try_from(span.len).ok()?)?;
                Cow::Borrowed(all.get(start..end)?)
            }
            Backing::File(file) => {
                let mut buf = vec![0u8; usize::try_from(span.len).ok()?];
                read_at(file, &mut buf, span.offset)?;
                Cow::Owned(buf)
            }
        };
        (crc32fast::hash(&bytes) == span.crc).then_some(bytes)
    }

    /// Part `i`, decoded; `None` when there is no such part, it was damaged, or it does not
    /// decode as a `T`.
    pub fn decode<T: bitcode::DecodeOwned>(&self, i: usize) -> Option<T> {
        bitcode::decode(&self.bytes(i)?).ok()
    }
}

/// Fills `buf` from `file` at `offset`, without moving a shared cursor.
#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> Option<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset).ok()
}

/// Fills `buf` from `file` at `offset`.
#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> Option<()> {
    let mut done = 0;
    while done < buf.len() {
        let n =
            std::os::windows::fs::FileExt::seek_read(file, &mut buf[done..], offset + done as u64)
                .ok()?;
        if n == 0 {
            return None;
        }
        done += n;
    }
    Some(())
}

/// Elsewhere snapshots are not read.
#[cfg(not(any(unix, windows)))]
fn read_at(_: &File, _: &mut [u8], _: u64) -> Option<()> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(n: u32) -> Vec<Vec<u8>> {
        (0..n)
            .map(|i| bitcode::encode(&format!("part {i} ө")))
            .collect()
    }

    #[test]
    fn parts_read_one_at_a_time_or_all_at_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        std::fs::write(&path, encode(9, &parts(3))).expect("write");
        let read = Parts::open(&path, 9).expect("opens");
        assert_eq!(read.len(), 3);
        assert_eq!(read.decode::<String>(1).as_deref(), Some("part 1 ө"));
        assert_eq!(read.decode::<String>(3), None, "no fourth part");
        let all = read.in_memory();
        assert!(matches!(all.backing, Backing::Memory(_)));
        assert_eq!(all.decode::<String>(2).as_deref(), Some("part 2 ө"));
        assert!(Parts::open(&path, 8).is_none(), "another key");
        std::fs::write(&path, encode(9, &[])).expect("write");
        assert_eq!(Parts::open(&path, 9).map(|p| p.len()), Some(0));
    }

    #[test]
    fn damage_is_found_where_it_is() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        let good = encode(1, &parts(3));
        // A flipped bit in the last part spoils that part only.
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        std::fs::write(&path, &flipped).expect("write");
        let read = Parts::open(&path, 1).expect("table intact");
        assert!(read.decode::<String>(0).is_some());
        assert_eq!(read.decode::<String>(2), None);
        read.discard();
        assert!(!path.exists());
        // A flipped bit in the table, a short file, a long file: not opened.
        let mut table = good.clone();
        table[HEADER] ^= 1;
        for bad in [
            table,
            good[..good.len() - 1].to_vec(),
            [&good[..], b"x"].concat(),
        ] {
            std::fs::write(&path, &bad).expect("write");
            assert!(Parts::open(&path, 1).is_none());
        }
        std::fs::write(&path, b"toli").expect("write");
        assert!(Parts::open(&path, 1).is_none(), "shorter than a header");
    }

    #[test]
    fn a_huge_count_is_refused_without_allocating_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        let mut bytes = encode(1, &parts(1));
        bytes[MAGIC.len() + 8..MAGIC.len() + 12].copy_from_slice(&u32::MAX.to_le_bytes());
        std::fs::write(&path, &bytes).expect("write");
        assert!(Parts::open(&path, 1).is_none());
    }
}
