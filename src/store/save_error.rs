//! Why saving bookmarks, a note or toli's own state failed, as a cause its owner can act on —
//! no permission, a read-only disk, a full disk, a missing folder, a file toli will not
//! replace, a folder that is not private — and the file it was for; never the system's own
//! English (the app words a note's or the bookmarks' failure, `app::study`; [`Cause::text`]
//! says the cause alone, for the other messages).

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// What stopped a save. Every cause is listed in [`Cause::VARIANTS`], so a new one is met by
/// the tests that each is said in both languages and fits the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum Cause {
    /// No permission to write in the folder (or to replace the file).
    NoPermission,
    /// The folder is on a read-only file system.
    ReadOnly,
    /// The disk (or the user's quota on it) is full.
    Full,
    /// A folder on the way does not exist (removed while toli ran).
    Missing,
    /// The file there cannot be read, so it is not replaced (see `Notice::LeftAsIs`).
    Unreadable,
    /// A folder that must be the user's alone (the presenter's runtime folder) is open to
    /// others, is a link, or is another user's.
    NotPrivate,
    /// Anything else.
    Other,
}

impl Cause {
    /// The cause of an error of `kind`.
    pub fn of(kind: ErrorKind) -> Cause {
        match kind {
            ErrorKind::PermissionDenied => Cause::NoPermission,
            ErrorKind::ReadOnlyFilesystem => Cause::ReadOnly,
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Cause::Full,
            ErrorKind::NotFound => Cause::Missing,
            _ => Cause::Other,
        }
    }

    /// The cause in plain words in `lang`, to follow what could not be done ("the disk is
    /// full"), the folder named after it by the message.
    pub fn text(self, l10n: &crate::i18n::Localizer, lang: crate::lang::Lang) -> String {
        l10n.t(
            lang,
            match self {
                Cause::NoPermission => "save-why-no-permission",
                Cause::ReadOnly => "save-why-read-only",
                Cause::Full => "save-why-full",
                Cause::Missing => "save-why-missing",
                Cause::Unreadable => "save-why-unreadable",
                Cause::NotPrivate => "save-why-not-private",
                Cause::Other => "save-why-other",
            },
        )
    }
}

/// A save that failed: the file it was for, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    pub file: PathBuf,
    pub cause: Cause,
}

impl SaveError {
    /// Saving `file` failed with `e`.
    pub fn io(file: &Path, e: &std::io::Error) -> SaveError {
        SaveError::new(file, Cause::of(e.kind()))
    }

    pub fn new(file: &Path, cause: Cause) -> SaveError {
        SaveError {
            file: file.to_path_buf(),
            cause,
        }
    }

    /// Whether it was a note (`notes/<id>.md`) rather than the bookmarks file.
    pub fn is_note(&self) -> bool {
        self.file.parent().and_then(Path::file_name) == Some("notes".as_ref())
    }

    /// Why, in plain words in `lang` ([`Cause::text`]).
    pub fn why(&self, l10n: &crate::i18n::Localizer, lang: crate::lang::Lang) -> String {
        self.cause.text(l10n, lang)
    }

    /// The folder the file is in, as the reader would type it.
    pub fn folder(&self) -> String {
        self.file
            .parent()
            .map_or_else(String::new, |d| d.display().to_string())
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.file.display(), self.cause)
    }
}

impl std::error::Error for SaveError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_error_people_can_fix_has_its_cause() {
        for (kind, cause) in [
            (ErrorKind::PermissionDenied, Cause::NoPermission),
            (ErrorKind::ReadOnlyFilesystem, Cause::ReadOnly),
            (ErrorKind::StorageFull, Cause::Full),
            (ErrorKind::QuotaExceeded, Cause::Full),
            (ErrorKind::NotFound, Cause::Missing),
            (ErrorKind::AlreadyExists, Cause::Other),
            (ErrorKind::NotADirectory, Cause::Other),
        ] {
            assert_eq!(Cause::of(kind), cause, "{kind:?}");
        }
        // The system's errors as they come: EACCES, EROFS, ENOSPC, EDQUOT, ENOENT.
        for (errno, cause) in [
            (libc::EACCES, Cause::NoPermission),
            (libc::EPERM, Cause::NoPermission),
            (libc::EROFS, Cause::ReadOnly),
            (libc::ENOSPC, Cause::Full),
            (libc::EDQUOT, Cause::Full),
            (libc::ENOENT, Cause::Missing),
            (libc::EIO, Cause::Other),
        ] {
            let e = std::io::Error::from_raw_os_error(errno);
            let saved = SaveError::io(Path::new("/d/toli/bookmarks.json"), &e);
            assert_eq!(saved.cause, cause, "{e}");
        }
    }

    /// Each cause has its words in both languages, none the system's or a raw message id.
    #[test]
    fn each_cause_is_said_in_plain_words_in_both_languages() {
        use crate::lang::Lang;
        let l10n = crate::i18n::Localizer::new();
        use strum::VariantArray;
        let all = Cause::VARIANTS;
        for lang in Lang::ALL {
            let said: Vec<String> = all.iter().map(|c| c.text(&l10n, lang)).collect();
            for (cause, text) in all.iter().zip(&said) {
                assert!(!text.starts_with("save-why"), "{cause:?} {lang:?}: {text}");
                assert!(!text.contains("os error"), "{text}");
            }
            let mut distinct = said.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), all.len(), "{said:?}");
        }
        assert_eq!(Cause::Full.text(&l10n, Lang::En), "the disk is full");
        assert_eq!(Cause::Full.text(&l10n, Lang::Mn), "диск дүүрсэн байна");
    }

    #[test]
    fn a_note_is_told_from_the_bookmarks_and_its_folder_is_named() {
        let note = SaveError::new(Path::new("/d/toli/notes/it-park.md"), Cause::Full);
        assert!(note.is_note());
        assert_eq!(note.folder(), "/d/toli/notes");
        let marks = SaveError::new(Path::new("/d/toli/bookmarks.json"), Cause::Other);
        assert!(!marks.is_note());
        assert_eq!(marks.folder(), "/d/toli");
    }
}
