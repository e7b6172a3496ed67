//! The snapshot file: its layout, and reading it.
//!
//! ```text
//! "toli-snapshot 5\n"   magic; bump the number when the layout or encodings change shape
//! key          u64      what the value was made from
//! count        u32      number of parts
//! table CRC    u32      CRC-32 of the table
//! table        count × (length u64, CRC-32 u32, zero u32)
//! parts        the parts' bytes, one after another
//! ```
//!
//! All numbers are little-endian. Opening reads only the header and the table; a part is read
//! with one positioned read into a buffer of its own and checked against its CRC when first
//! used, so a command that needs three entries of twenty thousand reads three. The file is never mapped: whatever
//! another program does to it later (rewriting or truncating it) can only make a part read as
//! damaged, never crash a reader.
//!
//! The same checks read a whole file already in memory ([`decode`]), as the fuzz target does.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const MAGIC: &[u8] = b"toli-snapshot 5\n";
/// Bytes of the header before the table.
const HEADER: usize = MAGIC.len() + 8 + 4 + 4;
/// Bytes of one table row.
const ROW: usize = 16;

/// Where one part lies in the file, and its CRC-32.
#[derive(Debug, Clone, Copy)]
struct Span {
    offset: u64,
    len: u64,
    crc: u32,
}

/// Where a snapshot's bytes are read from.
enum Source {
    /// The file at `path`, read a part at a time.
    File { path: PathBuf, file: File },
    /// The whole file's bytes.
    Memory(Box<[u8]>),
}

impl Source {
    /// Fills `buf` with the bytes at `offset`; `None` when they are not all there.
    fn read_at(&self, buf: &mut [u8], offset: u64) -> Option<()> {
        match self {
            Source::File { file, .. } => read_at(file, buf, offset),
            Source::Memory(bytes) => {
                let start = usize::try_from(offset).ok()?;
                buf.copy_from_slice(bytes.get(start..start.checked_add(buf.len())?)?);
                Some(())
            }
        }
    }
}

/// An open snapshot whose header and table were checked; each part is read and checked when
/// first used, and kept.
pub struct Parts {
    source: Source,
    spans: Vec<Span>,
    /// Each part once read: its bytes, or `None` when it could not be read or did not match its
    /// CRC.
    read: Vec<OnceLock<Option<Box<[u8]>>>>,
}

impl std::fmt::Debug for Parts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Parts({} parts)", self.spans.len())
    }
}

/// The whole file holding `parts` under `key`: header, table and parts.
pub fn encode(key: u64, parts: &[impl AsRef<[u8]>]) -> Vec<u8> {
    let parts: Vec<&[u8]> = parts.iter().map(AsRef::as_ref).collect();
    let mut table = Vec::with_capacity(parts.len() * ROW);
    for p in &parts {
        table.extend_from_slice(&(p.len() as u64).to_le_bytes());
        table.extend_from_slice(&crc32fast::hash(p).to_le_bytes());
        table.extend_from_slice(&0u32.to_le_bytes());
    }
    let total = HEADER + table.len() + parts.iter().map(|p| p.len()).sum::<usize>();
    let mut bytes = Vec::with_capacity(total);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&key.to_le_bytes());
    bytes.extend_from_slice(&(parts.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(&table).to_le_bytes());
    bytes.extend_from_slice(&table);
    for p in &parts {
        bytes.extend_from_slice(p);
    }
    bytes
}

/// The snapshot whose whole file is `bytes`, checked as [`Parts::open`] checks a file; its parts
/// are checked when first used, as a file's are.
pub fn decode(key: u64, bytes: Vec<u8>) -> Option<Parts> {
    let len = bytes.len() as u64;
    Parts::check(Source::Memory(bytes.into_boxed_slice()), len, key)
}

impl Parts {
    /// Reads the snapshot at `path` if it has the right magic and `key`, an intact table,
    /// exactly the length the table says, and every part matches its CRC.
    pub fn open(path: &Path, key: u64) -> Option<Parts> {
        let file = crate::safe_file::open_regular(path).ok()?;
        let file_len = file.metadata().ok()?.len();
        let path = path.to_path_buf();
        Parts::check(Source::File { path, file }, file_len, key)
    }

    /// The snapshot in `source`, `file_len` bytes long, if its header and table are intact and
    /// the table accounts for exactly `file_len` bytes.
    fn check(source: Source, file_len: u64, key: u64) -> Option<Parts> {
        let mut header = [0u8; HEADER];
        source.read_at(&mut header, 0)?;
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
        source.read_at(&mut table, HEADER as u64)?;
        if crc32fast::hash(&table) != u32::from_le_bytes(*table_crc) {
            return None;
        }
        let mut offset = (HEADER + table_len) as u64;
        let mut spans = Vec::with_capacity(count);
        for row in table.chunks_exact(ROW) {
            let (len, rest) = row.split_first_chunk::<8>()?;
            let (crc, _) = rest.split_first_chunk::<4>()?;
            let len = u64::from_le_bytes(*len);
            let crc = u32::from_le_bytes(*crc);
            spans.push(Span { offset, len, crc });
            offset = offset.checked_add(len)?;
        }
        (offset == file_len).then(|| Parts {
            read: (0..spans.len()).map(|_| OnceLock::new()).collect(),
            source,
            spans,
        })
    }

    /// Reads every part not read yet in one pass over the file (for a caller about to use them
    /// all), checking each; a part that fails stays unread, to fail when used.
    pub fn read_all(&self) {
        let Some(end) = self.spans.last().map(|s| s.offset + s.len) else {
            return;
        };
        let Some(start) = self.spans.first().map(|s| s.offset) else {
            return;
        };
        let Ok(len) = usize::try_from(end - start) else {
            return;
        };
        let mut all = vec![0u8; len];
        if self.source.read_at(&mut all, start).is_none() {
            return;
        }
        for (i, span) in self.spans.iter().enumerate() {
            let at = (span.offset - start) as usize;
            let bytes = &all[at..at + span.len as usize];
            if crc32fast::hash(bytes) == span.crc {
                let _ = self.read[i].set(Some(bytes.into()));
            }
        }
    }

    /// Number of parts.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Part `i`'s bytes, read and checked on first use; `None` when there is no such part or it
    /// is damaged.
    pub fn bytes(&self, i: usize) -> Option<&[u8]> {
        let span = *self.spans.get(i)?;
        let len = usize::try_from(span.len).ok()?;
        self.read[i]
            .get_or_init(|| {
                let mut bytes = vec![0u8; len].into_boxed_slice();
                self.source.read_at(&mut bytes, span.offset)?;
                (crc32fast::hash(&bytes) == span.crc).then_some(bytes)
            })
            .as_deref()
    }

    /// Part `i` as text, if it is intact UTF-8 (checked with SIMD: texts of mostly Cyrillic are
    /// where std's check is slowest).
    /// A part not read yet is read into a buffer of its own that becomes the text, so the text
    /// is not copied (a one-shot search reads the index's texts once, and each copy of them is
    /// pages to fault in).
    pub fn text(&self, i: usize) -> Option<String> {
        if let Some(read) = self.read.get(i)?.get() {
            return simdutf8::basic::from_utf8(read.as_deref()?)
                .ok()
                .map(str::to_owned);
        }
        let span = *self.spans.get(i)?;
        let mut bytes = vec![0u8; usize::try_from(span.len).ok()?];
        self.source.read_at(&mut bytes, span.offset)?;
        if crc32fast::hash(&bytes) != span.crc || simdutf8::basic::from_utf8(&bytes).is_err() {
            return None;
        }
        // SAFETY: the bytes were checked to be UTF-8 just above.
        Some(unsafe { String::from_utf8_unchecked(bytes) })
    }

    /// Deletes the snapshot file (a part of it did not decode), so the next start makes a new
    /// one; what was already read stays usable. A snapshot read from memory has no file.
    pub fn discard(&self) {
        if let Source::File { path, .. } = &self.source {
            let _ = std::fs::remove_file(path);
        }
    }

    /// Part `i`, decoded; `None` when there is no such part, it was damaged, or it does not
    /// decode as a `T`.
    pub fn decode<T: bitcode::DecodeOwned>(&self, i: usize) -> Option<T> {
        bitcode::decode(self.bytes(i)?).ok()
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
    fn parts_read_back_and_other_keys_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        std::fs::write(&path, encode(9, &parts(3))).expect("write");
        let read = Parts::open(&path, 9).expect("opens");
        assert_eq!(read.len(), 3);
        assert_eq!(read.decode::<String>(1).as_deref(), Some("part 1 ө"));
        assert_eq!(read.decode::<String>(2).as_deref(), Some("part 2 ө"));
        assert_eq!(read.decode::<String>(3), None, "no fourth part");
        assert!(Parts::open(&path, 8).is_none(), "another key");
        std::fs::write(&path, encode(9, &[] as &[Vec<u8>])).expect("write");
        assert_eq!(Parts::open(&path, 9).map(|p| p.len()), Some(0));
    }

    #[test]
    fn parts_of_any_length_read_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        let parts: Vec<Vec<u8>> = vec![vec![1; 3], vec![], vec![2; 9], vec![3; 16]];
        std::fs::write(&path, encode(5, &parts)).expect("write");
        for all_at_once in [false, true] {
            let read = Parts::open(&path, 5).expect("opens");
            if all_at_once {
                read.read_all();
            }
            for (i, want) in parts.iter().enumerate() {
                assert_eq!(read.bytes(i), Some(&want[..]), "part {i}");
            }
            assert_eq!(read.bytes(4), None);
        }
    }

    #[test]
    fn damage_is_found_where_it_is() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        let good = encode(1, &parts(3));
        // A flipped bit in the last part spoils that part only, read alone or all at once.
        let mut flipped = good.clone();
        let last_part = good.len() - parts(3)[2].len();
        flipped[last_part] ^= 1;
        std::fs::write(&path, &flipped).expect("write");
        let read = Parts::open(&path, 1).expect("table intact");
        assert!(read.decode::<String>(0).is_some());
        assert_eq!(read.decode::<String>(2), None);
        let all = Parts::open(&path, 1).expect("table intact");
        all.read_all();
        assert!(all.decode::<String>(1).is_some());
        assert_eq!(all.decode::<String>(2), None);
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
    fn a_file_in_memory_is_checked_as_a_file_on_disk_is() {
        let texts: Vec<Vec<u8>> = vec![b"one".to_vec(), Vec::new(), "хоёр".as_bytes().to_vec()];
        let good = encode(4, &texts);
        let read = decode(4, good.clone()).expect("decodes");
        assert_eq!(read.len(), 3);
        assert_eq!(read.text(2).as_deref(), Some("хоёр"));
        assert_eq!(read.bytes(1), Some(&[][..]));
        assert_eq!(read.bytes(3), None, "no fourth part");
        read.discard();
        assert_eq!(read.text(0).as_deref(), Some("one"), "no file to delete");
        assert!(decode(5, good.clone()).is_none(), "another key");
        // A flipped bit in the last part spoils that part only, read alone or all at once.
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        for all_at_once in [false, true] {
            let read = decode(4, flipped.clone()).expect("table intact");
            if all_at_once {
                read.read_all();
            }
            assert_eq!(read.text(0).as_deref(), Some("one"));
            assert_eq!(read.text(2), None);
            assert_eq!(read.bytes(2), None);
        }
        let mut table = good.clone();
        table[HEADER] ^= 1;
        let mut huge = good.clone();
        huge[MAGIC.len() + 8..MAGIC.len() + 12].copy_from_slice(&u32::MAX.to_le_bytes());
        for bad in [
            table,
            huge,
            good[..good.len() - 1].to_vec(),
            [&good[..], b"x"].concat(),
            b"toli".to_vec(),
            Vec::new(),
        ] {
            assert!(decode(4, bad).is_none());
        }
    }

    #[test]
    fn what_was_read_survives_the_file_being_truncated() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        std::fs::write(&path, encode(1, &parts(3))).expect("write");
        let read = Parts::open(&path, 1).expect("opens");
        assert!(read.decode::<String>(2).is_some(), "read before");
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_len(8))
            .expect("truncate in place");
        assert_eq!(read.decode::<String>(2).as_deref(), Some("part 2 ө"));
        assert_eq!(
            read.decode::<String>(1),
            None,
            "unread, now cut off: damaged, no crash"
        );
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
