//! Why a saved file could not be read, in words for its owner: the place in the file (line and
//! column) in the reader's language, never the parser's own English.

use crate::i18n::Localizer;
use crate::lang::Lang;

/// What is wrong with a bookmarks file or a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The data stops before its end: the file was cut short, at `line`.
    Truncated { line: usize },
    /// Something toli never writes is at `line`, `column` (a hand edit, a broken copy).
    Damaged { line: usize, column: usize },
    /// The file is not text (UTF-8) from `line` on.
    NotText { line: usize },
    /// No permission to read it.
    NoPermission,
    /// A folder, a pipe or a device where the file should be.
    NotAFile,
    /// Larger than toli reads.
    TooLarge,
    /// Anything else, in the system's words.
    Other(String),
}

impl Reason {
    /// Why JSON could not be read.
    pub fn of_json(e: &serde_json::Error) -> Reason {
        use serde_json::error::Category;
        match e.classify() {
            Category::Eof => Reason::Truncated { line: e.line() },
            Category::Syntax | Category::Data => Reason::Damaged {
                line: e.line(),
                column: e.column(),
            },
            Category::Io => Reason::Other(e.to_string()),
        }
    }

    /// Why [`super::read`] could not read a file (`safe_file` refuses a file that is no
    /// regular file as invalid input, one too large as invalid data).
    pub fn of_io(e: &std::io::Error) -> Reason {
        match e.kind() {
            std::io::ErrorKind::PermissionDenied => Reason::NoPermission,
            std::io::ErrorKind::InvalidInput => Reason::NotAFile,
            std::io::ErrorKind::InvalidData => Reason::TooLarge,
            _ => Reason::Other(e.to_string()),
        }
    }

    /// Why `bytes` are not text: the line where the first byte that is not UTF-8 stands.
    pub fn not_text(bytes: &[u8], e: &std::string::FromUtf8Error) -> Reason {
        let valid = &bytes[..e.utf8_error().valid_up_to().min(bytes.len())];
        Reason::NotText {
            line: valid.iter().filter(|&&b| b == b'\n').count() + 1,
        }
    }

    /// The reason in `lang`.
    pub fn text(&self, l10n: &Localizer, lang: Lang) -> String {
        let line = |line: &usize| ("line", line.to_string());
        match self {
            Reason::Truncated { line: l } => {
                l10n.format(lang, "store-reason-truncated", &[line(l)])
            }
            Reason::Damaged { line: l, column } => l10n.format(
                lang,
                "store-reason-damaged",
                &[line(l), ("column", column.to_string())],
            ),
            Reason::NotText { line: l } => l10n.format(lang, "store-reason-not-text", &[line(l)]),
            Reason::NoPermission => l10n.t(lang, "store-reason-no-permission"),
            Reason::NotAFile => l10n.t(lang, "store-reason-not-a-file"),
            Reason::TooLarge => l10n.t(lang, "store-reason-too-large"),
            Reason::Other(words) => words.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_reason(text: &str) -> Reason {
        let e = serde_json::from_str::<serde_json::Value>(text).expect_err("not JSON");
        Reason::of_json(&e)
    }

    /// A damaged file is placed by line (and column) in plain words in the reader's language,
    /// and the parser's English is nowhere in the Mongolian.
    #[test]
    fn the_place_is_said_in_plain_words_without_the_parser_s_english() {
        let l10n = Localizer::new();
        let cut = json_reason("{\"oops\": [");
        assert_eq!(cut, Reason::Truncated { line: 1 });
        assert_eq!(
            cut.text(&l10n, Lang::Mn),
            "файлын төгсгөл дутуу байна: мөр 1"
        );
        assert_eq!(
            cut.text(&l10n, Lang::En),
            "the file ends too soon, at line 1"
        );
        let bad = json_reason("{\n  \"bookmarks\": [}\n");
        assert_eq!(
            bad,
            Reason::Damaged {
                line: 2,
                column: 17
            }
        );
        assert_eq!(
            bad.text(&l10n, Lang::Mn),
            "файл эвдэрсэн байна: мөр 2, багана 17"
        );
        assert_eq!(
            bad.text(&l10n, Lang::En),
            "the file is damaged at line 2, column 17"
        );
        let bytes = b"one\ntwo \xff\n";
        let e = String::from_utf8(bytes.to_vec()).expect_err("not UTF-8");
        assert_eq!(Reason::not_text(bytes, &e), Reason::NotText { line: 2 });
        for reason in [cut, bad, Reason::NotText { line: 2 }, Reason::NoPermission] {
            let mn = reason.text(&l10n, Lang::Mn);
            assert!(!mn.is_ascii() && !mn.contains("while"), "{mn}");
        }
    }
}
