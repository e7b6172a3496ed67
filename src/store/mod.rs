//! What a user saves — bookmarks and personal notes — under the XDG data directory
//! (`$XDG_DATA_HOME/toli`, or `TOLI_DATA_DIR` when set). Every write is atomic; a file that cannot
//! be read is set aside with a timestamp and reported, never silently overwritten.

pub mod atomic;
pub mod bookmarks;
pub mod carry;
pub mod draft_file;
pub mod edit_copy;
pub mod folders;
pub mod kept;
pub mod merge3;
pub mod note_merge;
pub mod notes;
pub mod profile;
mod read_list;
pub mod reason;
pub mod recent;
pub mod save_error;
pub mod trail;

pub use reason::Reason;
pub use save_error::{Cause, SaveError};

use std::path::{Path, PathBuf};

/// The folder user data lives in.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store at `TOLI_DATA_DIR`, else the platform data dir (`~/.local/share/toli`); the
    /// chosen profile's folder in it when there is one ([`profile`]).
    pub fn open_default() -> Option<Store> {
        let dir = match std::env::var_os("TOLI_DATA_DIR").filter(|d| !d.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("", "", "toli")?
                .data_dir()
                .to_path_buf(),
        };
        Some(Store::at(profile::within(dir)))
    }

    /// A store in `dir` (created on first write).
    pub fn at(dir: PathBuf) -> Store {
        Store { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The store's folder made if need be, and the lock file `name` in it held until the file
    /// returned is dropped: every window takes it around reading and replacing one of the
    /// store's files, so that two saves at the same moment come one after the other.
    pub fn lock(&self, name: &str) -> std::io::Result<std::fs::File> {
        std::fs::create_dir_all(&self.dir)?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join(name))?;
        file.lock()?;
        Ok(file)
    }
}

/// Something worth telling the user about their saved data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file could not be read; it was moved to `moved_to` and a fresh one is used.
    SetAside {
        file: PathBuf,
        moved_to: PathBuf,
        reason: Reason,
    },
    /// A file could not be read and stays where it is; toli will not save over it.
    LeftAsIs { file: PathBuf, reason: Reason },
}

impl Notice {
    /// The line that tells the user, in `lang`, what happened to their data (the file it was
    /// kept as, and its folder) and what to do; what is wrong in the file, and where, comes
    /// last.
    pub fn text(&self, l10n: &crate::i18n::Localizer, lang: crate::lang::Lang) -> String {
        let (id, args) = self.message(l10n, lang);
        l10n.format(lang, id, &args)
    }

    /// The message id and arguments of [`Notice::text`].
    fn message(
        &self,
        l10n: &crate::i18n::Localizer,
        lang: crate::lang::Lang,
    ) -> (&'static str, Vec<(&'static str, String)>) {
        let (id, file, reason) = match self {
            Notice::SetAside { file, reason, .. } => ("store-kept-aside", file, reason),
            Notice::LeftAsIs { file, reason } => ("store-not-readable", file, reason),
        };
        let name = |p: &Path| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        // A note is `notes/<entry id>.md`; then the folders file, else the bookmarks file.
        let note = file.parent().and_then(Path::file_name) == Some("notes".as_ref());
        let data = if note {
            "note"
        } else if file.file_name() == Some(folders::FILE_NAME.as_ref()) {
            "folders"
        } else if file.file_name() == Some("trail.json".as_ref()) {
            "trail"
        } else if file.file_name() == Some("recent.json".as_ref()) {
            "recent"
        } else {
            "bookmarks"
        };
        let entry = file
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let mut args = vec![
            ("data", data.to_string()),
            ("entry", entry),
            ("file", name(file)),
            (
                "folder",
                file.parent()
                    .map_or_else(String::new, |d| d.display().to_string()),
            ),
            ("reason", reason.text(l10n, lang)),
        ];
        if let Notice::SetAside { moved_to, .. } = self {
            args.push(("moved", name(moved_to)));
        }
        (id, args)
    }
}

/// The largest bookmarks file or note toli reads.
pub const MAX_STORE_FILE: u64 = 8 * 1024 * 1024;

/// Reads a file of the store: `Ok(None)` when there is none, an error naming what is wrong
/// when it is not a readable regular file of a sane size.
pub(crate) fn read(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match crate::safe_file::read_regular(path, MAX_STORE_FILE) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The JSON file of the store at `path` read as `T`: `Ok(None)` when there is none, the reason
/// when it cannot be read or does not hold a `T`.
pub(crate) fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, Reason> {
    let Some(bytes) = read(path).map_err(|e| Reason::of_io(&e))? else {
        return Ok(None);
    };
    serde_json::from_slice::<T>(&bytes)
        .map(Some)
        .map_err(|e| Reason::of_json(&e))
}

/// [`read_json`] on loading: a file that cannot be read is set aside (kept for the user under
/// another name, never saved over) and the notice saying so returned with nothing read.
pub(crate) fn load_json<T: serde::de::DeserializeOwned>(
    path: &Path,
) -> (Option<T>, Option<Notice>) {
    match read_json(path) {
        Ok(read) => (read, None),
        Err(reason) => (None, Some(set_aside(path, reason))),
    }
}

/// Moves an unreadable file out of the way, keeping it for the user, and describes what happened.
pub(crate) fn set_aside(file: &Path, reason: Reason) -> Notice {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut moved_to = file.with_file_name(format!("{name}.corrupt-{stamp}"));
    let mut n = 1;
    while moved_to.exists() {
        moved_to = file.with_file_name(format!("{name}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    // If even the rename fails, the file stays where it is and saving refuses to replace it.
    match std::fs::rename(file, &moved_to) {
        Ok(()) => Notice::SetAside {
            file: file.to_path_buf(),
            moved_to,
            reason,
        },
        Err(_) => Notice::LeftAsIs {
            file: file.to_path_buf(),
            reason,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;
    use crate::lang::Lang;

    fn text(lang: Lang, notice: &Notice) -> String {
        notice.text(&Localizer::new(), lang)
    }

    fn en_of(notice: &Notice) -> String {
        text(Lang::En, notice)
    }

    fn kept(file: &str, moved: &str) -> Notice {
        Notice::SetAside {
            file: PathBuf::from(file),
            moved_to: PathBuf::from(moved),
            reason: Reason::Damaged { line: 1, column: 2 },
        }
    }

    /// The status line says first, in the user's language, which file the data was kept as and
    /// how to get it back; the reader's English detail comes last, where a narrow line cuts it.
    #[test]
    fn a_file_set_aside_is_reported_with_its_new_name_first() {
        let notice = kept(
            "/home/u/.local/share/toli/bookmarks.json",
            "/home/u/.local/share/toli/bookmarks.json.corrupt-1764921600",
        );
        let mn = text(Lang::Mn, &notice);
        assert!(mn.starts_with("Хавчуурга гэмтсэн"), "{mn}");
        let head = &mn[..mn.find("(файл эвдэрсэн").expect("the detail is kept")];
        assert!(
            head.contains("bookmarks.json.corrupt-1764921600 нэрээр"),
            "{mn}"
        );
        assert!(
            head.contains("сэргэнэ"),
            "what to do comes before the detail: {mn}"
        );
        // What matters fits a status line of 120 columns.
        for text in [&mn, &en_of(&notice)] {
            let first = &text[..text
                .find(". Хавтас")
                .or(text.find(". Folder"))
                .expect("folder")];
            let n = first.chars().count();
            assert!(n <= 105, "{n} chars: {first}");
        }
        let folder = mn.find("/home/u/.local/share/toli (").expect("the folder");
        assert!(
            mn.find("сэргэнэ") < Some(folder),
            "the folder comes after: {mn}"
        );

        let en = text(Lang::En, &notice);
        assert!(
            en.starts_with("Bookmarks file damaged, kept as bookmarks.json.corrupt-1764921600;"),
            "{en}"
        );
        assert!(
            en.ends_with("(the file is damaged at line 1, column 2)"),
            "{en}"
        );
    }

    #[test]
    fn a_note_names_its_entry_and_a_file_left_in_place_says_why() {
        let note = kept("/d/notes/it-park.md", "/d/notes/it-park.md.corrupt-7");
        let mn = text(Lang::Mn, &note);
        assert!(mn.starts_with("«it-park» бичлэгийн тэмдэглэл"), "{mn}");
        assert!(mn.contains("it-park.md.corrupt-7 нэрээр"), "{mn}");
        let en = text(Lang::En, &note);
        assert!(
            en.starts_with("Note on it-park damaged, kept as it-park.md.corrupt-7;"),
            "{en}"
        );

        let left = Notice::LeftAsIs {
            file: PathBuf::from("/d/bookmarks.json"),
            reason: Reason::NoPermission,
        };
        let mn = text(Lang::Mn, &left);
        assert!(mn.starts_with("Хавчуургын файлыг уншиж чадсангүй"), "{mn}");
        assert!(mn.contains("дарж бичихгүй"), "{mn}");
    }
}
