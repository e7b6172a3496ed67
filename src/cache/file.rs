//! The snapshot file: its layout, and reading its parts one at a time.
//!
//! ```text
//! "toli-snapshot 4\n"   magic; bump the number when the layout or encodings change shape
//! key          u64      what the value was made from
//! count        u32      number of parts
//! table CRC    u32      CRC-32 of the table
//! table        count × (length u64, CRC-32 u32, zero u32)
//! parts        the parts' bytes, each followed by zeros up to a multiple of 8 bytes
//! ```
//!
//! All numbers are little-endian. Every part starts at a multiple of 8 bytes, so a part that
//! holds an array of numbers can be used in place, without copying (see [`Parts::mapped`]).
//! Opening reads only the header and the table; a part is read with one positioned read and
//! checked against its CRC when asked for, so a reader that needs three entries of twenty
//! thousand reads three. The open file is the one that was checked: a snapshot replaced
//! meanwhile (snapshots are written by rename, never rewritten in place) does not mix into it.

use std::borrow::Cow;
use std::fs::File;
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"toli-snapshot 4\n";
/// Bytes of the header before the table.
const HEADER: usize = MAGIC.len() + 8 + 4 + 4;
/// Bytes of one table row.
const ROW: usize = 16;
/// A mapped part at least this long has all its pages mapped at once before its checksum reads
/// them (`MADV_POPULATE_READ`), which costs less than faulting them in one by one; shorter
/// parts (an entry) are faulted in as read.
const POPULATE_MIN: usize = 16 << 10;

/// `n` rounded up to a multiple of 8 (`None` on overflow).
fn aligned(n: u64) -> Option<u64> {
    n.checked_add(7).map(|n| n & !7)
}

/// Where one part lies in the file, and its CRC-32.
#[derive(Debug, Clone, Copy)]
struct Span {
    offset: u64,
    len: u64,
    crc: u32,
}

/// Where the parts' bytes come from.
enum Backing {
    /// Read part by part with positioned reads.
    File(File),
    /// The whole file in memory, in 8-byte words so that parts are aligned.
    Memory(Vec<u64>),
    /// The whole file mapped into memory by the operating system.
    Map(memmap2::Mmap),
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
            Backing::Map(_) => "mapped memory",
        };
        write!(f, "Parts({} parts in {place})", self.spans.len())
    }
}

/// The whole file: header, table and parts.
pub fn encode(key: u64, parts: &[impl AsRef<[u8]>]) -> Vec<u8> {
    let parts: Vec<&[u8]> = parts.iter().map(AsRef::as_ref).collect();
    let mut table = Vec::with_capacity(parts.len() * ROW);
    for p in &parts {
        table.extend_from_slice(&(p.len() as u64).to_le_bytes());
        table.extend_from_slice(&crc32fast::hash(p).to_le_bytes());
        table.extend_from_slice(&0u32.to_le_bytes());
    }
    let padded = |p: &&[u8]| p.len().next_multiple_of(8);
    let total = HEADER + table.len() + parts.iter().map(padded).sum::<usize>();
    let mut bytes = Vec::with_capacity(total);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&key.to_le_bytes());
    bytes.extend_from_slice(&(parts.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(&table).to_le_bytes());
    bytes.extend_from_slice(&table);
    for p in &parts {
        bytes.extend_from_slice(p);
        bytes.resize(bytes.len().next_multiple_of(8), 0);
    }
    bytes
}

impl Parts {
    /// Opens the snapshot at `path` if it has the right magic and `key`, an intact table, and
    /// exactly the length the table says.
    pub fn open(path: &Path, key: u64) -> Option<Parts> {
        let file = crate::safe_file::open_regular(path).ok()?;
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
            let (len, rest) = row.split_first_chunk::<8>()?;
            let (crc, _) = rest.split_first_chunk::<4>()?;
            let len = u64::from_le_bytes(*len);
            let crc = u32::from_le_bytes(*crc);
            spans.push(Span { offset, len, crc });
            offset = aligned(offset.checked_add(len)?)?;
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
        let Some(len) = self.file_len() else {
            return self;
        };
        let mut words = vec![0u64; len / 8];
        if read_at(file, bytemuck::cast_slice_mut(&mut words), 0).is_none() {
            return self;
        }
        Parts {
            path: self.path,
            backing: Backing::Memory(words),
            spans: self.spans,
        }
    }

    /// The same parts with the file mapped into memory: nothing is read until used, and what
    /// is used is not copied. For short-lived processes; one that keeps parts for long should
    /// take [`Parts::in_memory`], which a later change to the file cannot touch.
    pub fn mapped(self) -> Parts {
        let Backing::File(file) = &self.backing else {
            return self;
        };
        // SAFETY: a mapped file must not change while mapped. toli never writes a snapshot in
        // place: a new one is written beside it and renamed over it, which leaves the mapped
        // file as it was. Only another program truncating it could break this; snapshots live
        // in toli's own cache folder, where nothing else writes.
        match unsafe { memmap2::Mmap::map(file) } {
            Ok(map) if Some(map.len()) == self.file_len() => Parts {
                path: self.path,
                backing: Backing::Map(map),
                spans: self.spans,
            },
            _ => self,
        }
    }

    /// The same parts mapped into memory, or read into it should mapping fail: either way,
    /// in place.
    pub fn resident(self) -> Parts {
        match self.mapped() {
            p @ Parts {
                backing: Backing::File(_),
                ..
            } => p.in_memory(),
            p => p,
        }
    }

    /// The file's length as the table gives it.
    fn file_len(&self) -> Option<usize> {
        let end = match self.spans.last() {
            Some(s) => aligned(s.offset + s.len)?,
            None => HEADER as u64,
        };
        usize::try_from(end).ok()
    }

    /// Part `i` in place (8-byte aligned) when the parts are in memory and it matches its CRC;
    /// `None` when they are read from the file part by part.
    pub fn in_place(&self, i: usize) -> Option<&[u8]> {
        let span = *self.spans.get(i)?;
        let all: &[u8] = match &self.backing {
            Backing::Memory(words) => bytemuck::cast_slice(words),
            Backing::Map(map) => map,
            Backing::File(_) => return None,
        };
        let start = usize::try_from(span.offset).ok()?;
        let len = usize::try_from(span.len).ok()?;
        let bytes = all.get(start..start.checked_add(len)?)?;
        #[cfg(target_os = "linux")]
        if let Backing::Map(map) = &self.backing
            && len >= POPULATE_MIN
        {
            // Only a hint: kernels before 5.14 refuse it, and the pages then fault in as read.
            let _ = map.advise_range(memmap2::Advice::PopulateRead, start, len);
        }
        (crc32fast::hash(bytes) == span.crc).then_some(bytes)
    }

    /// Part `i` in place as an array of `T`, if it is intact and fits.
    pub fn array<T: bytemuck::Pod>(&self, i: usize) -> Option<&[T]> {
        bytemuck::try_cast_slice(self.in_place(i)?).ok()
    }

    /// Part `i` in place as text, if it is intact UTF-8 (checked with SIMD: texts of mostly
    /// Cyrillic are where std's check is slowest).
    pub fn text(&self, i: usize) -> Option<&str> {
        simdutf8::basic::from_utf8(self.in_place(i)?).ok()
    }

    /// Deletes the snapshot file (a part of it turned out damaged), so the next start makes a
    /// new one; what was already read stays usable.
    pub fn discard(&self) {
        let _ = std::fs::remove_file(&self.path);
    }

    /// Part `i`'s bytes when they match their CRC.
    fn bytes(&self, i: usize) -> Option<Cow<'_, [u8]>> {
        let Backing::File(file) = &self.backing else {
            return self.in_place(i).map(Cow::Borrowed);
        };
        let span = *self.spans.get(i)?;
        let mut buf = vec![0u8; usize::try_from(span.len).ok()?];
        read_at(file, &mut buf, span.offset)?;
        (crc32fast::hash(&buf) == span.crc).then_some(Cow::Owned(buf))
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
        std::fs::write(&path, encode(9, &[] as &[Vec<u8>])).expect("write");
        assert_eq!(Parts::open(&path, 9).map(|p| p.len()), Some(0));
    }

    #[test]
    fn parts_in_place_are_aligned_and_checked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        // Parts of awkward lengths: each must still start at a multiple of 8.
        let parts: Vec<Vec<u8>> = vec![vec![1; 3], vec![], vec![2; 9], vec![3; 16]];
        let bytes = encode(5, &parts);
        assert_eq!(bytes.len() % 8, 0);
        std::fs::write(&path, &bytes).expect("write");
        let from_file = Parts::open(&path, 5).expect("opens");
        assert_eq!(
            from_file.in_place(0),
            None,
            "read part by part: nothing in place"
        );
        for parts_in_memory in [
            Parts::open(&path, 5).expect("opens").in_memory(),
            Parts::open(&path, 5).expect("opens").mapped(),
        ] {
            assert!(!matches!(parts_in_memory.backing, Backing::File(_)));
            for (i, want) in parts.iter().enumerate() {
                let got = parts_in_memory.in_place(i).expect("in place");
                assert_eq!(got, &want[..]);
                assert_eq!(got.as_ptr() as usize % 8, 0, "part {i} aligned");
            }
            assert_eq!(parts_in_memory.in_place(4), None);
        }
        // A flipped bit in a part: that part is refused in place too.
        let mut flipped = bytes.clone();
        let at = bytes.len() - 8;
        flipped[at] ^= 1;
        std::fs::write(&path, &flipped).expect("write");
        let mapped = Parts::open(&path, 5).expect("table intact").mapped();
        assert_eq!(mapped.in_place(3), None);
        assert!(mapped.in_place(2).is_some());
    }

    #[test]
    fn damage_is_found_where_it_is() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.bin");
        let good = encode(1, &parts(3));
        // A flipped bit in the last part spoils that part only.
        let mut flipped = good.clone();
        let last_part = good.len() - parts(3)[2].len().next_multiple_of(8);
        flipped[last_part] ^= 1;
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
