//! The files of a layer as bytes: the embedded corpus's, a folder's found files read within
//! [`MAX_FILE_BYTES`], and their text decoded as UTF-8 without NUL bytes (a file saved as
//! UTF-16 is said to be one).

use rust_embed::Embed;

use crate::corpus::walk::Found;
use crate::diagnostic::{Diagnostic, Problem};

/// The shipped corpus, compiled into the binary.
#[derive(Embed)]
#[folder = "content/"]
#[include = "*.md"]
#[exclude = "README.md"]
#[exclude = "GLOSSARY.md"]
struct Builtin;

/// Entry files larger than this are refused (an entry is a few kilobytes).
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// A file to parse: the path shown to users and its bytes.
pub(super) struct RawFile {
    pub(super) path: String,
    pub(super) bytes: Vec<u8>,
}

pub(in crate::corpus) fn is_entry_file(name: &str) -> bool {
    name.ends_with(".md") && name != "README.md" && name != "GLOSSARY.md"
}

/// Files of the embedded corpus, sorted by path.
pub(super) fn builtin_files() -> Vec<RawFile> {
    let mut names: Vec<String> = Builtin::iter().map(|n| n.to_string()).collect();
    names.sort();
    names
        .into_iter()
        .filter(|n| is_entry_file(n.rsplit('/').next().unwrap_or(n)))
        .filter_map(|n| {
            Builtin::get(&n).map(|f| RawFile {
                path: format!("content/{n}"),
                bytes: f.data.into_owned(),
            })
        })
        .collect()
}

/// The bytes of a shipped entry's file, by the path the corpus shows for it
/// (`content/findings/…md`); None for any other path.
pub fn shipped_file(path: &str) -> Option<Vec<u8>> {
    let name = path.strip_prefix("content/")?;
    Builtin::get(name).map(|f| f.data.into_owned())
}

pub(super) fn read_file(found: &Found, diagnostics: &mut Vec<Diagnostic>) -> Option<RawFile> {
    let path = found.shown.display().to_string();
    if found.len > MAX_FILE_BYTES {
        diagnostics.push(Diagnostic::new(
            path,
            1,
            1,
            Problem::TooLarge {
                bytes: found.len,
                limit: MAX_FILE_BYTES,
            },
        ));
        return None;
    }
    match crate::safe_file::read_regular(&found.real, MAX_FILE_BYTES) {
        Ok(bytes) => Some(RawFile { path, bytes }),
        Err(e) => {
            diagnostics.push(Diagnostic::new(
                path,
                1,
                1,
                Problem::Unreadable {
                    detail: e.to_string(),
                },
            ));
            None
        }
    }
}

/// The text of a file saved as UTF-16 with its byte-order mark (what Windows Notepad calls
/// "Unicode"), which toli does not load but reads to say which entry the file holds.
pub(in crate::corpus) fn utf16_text(bytes: &[u8]) -> Option<String> {
    let (rest, little_endian) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return None,
    };
    let units = rest.chunks_exact(2).map(|c| match little_endian {
        true => u16::from_le_bytes([c[0], c[1]]),
        false => u16::from_be_bytes([c[0], c[1]]),
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{FFFD}'))
            .collect(),
    )
}

/// Decodes a file as UTF-8 text, reporting invalid bytes or NUL bytes at their line, and a
/// file saved as UTF-16 as such.
pub(super) fn decode(file: &RawFile) -> Result<&str, Box<Diagnostic>> {
    if utf16_text(&file.bytes).is_some() {
        return Err(Box::new(Diagnostic::new(&file.path, 1, 1, Problem::Utf16)));
    }
    let line_of = |offset: usize| file.bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    let text = std::str::from_utf8(&file.bytes).map_err(|e| {
        Box::new(Diagnostic::new(
            &file.path,
            line_of(e.valid_up_to()),
            1,
            Problem::InvalidUtf8,
        ))
    })?;
    if let Some(pos) = text.find('\0') {
        return Err(Box::new(Diagnostic::new(
            &file.path,
            line_of(pos),
            1,
            Problem::NulByte,
        )));
    }
    Ok(text)
}
