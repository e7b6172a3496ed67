//! Where a handout and the PDF printed from it go, from `OUT` as typed. An `OUT` named like a
//! PDF (`x.pdf`) names the PDF the reader wants: toli writes HTML, so the handout goes beside it
//! under its stem (the folder `x`, or `x.html` with `--single-file`), never into a file or
//! folder with a PDF's name. Any other `OUT` is the handout itself, and its PDF is named from it
//! (`site` → `site.pdf`, `talk.html` → `talk.pdf`), beside it.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The handout written and the PDF its printing command makes.
#[derive(Debug, PartialEq, Eq)]
pub struct HandoutPaths {
    /// The folder (or, with `--single-file`, the file) the HTML handout is written to.
    pub handout: PathBuf,
    /// The PDF printed from it.
    pub pdf: PathBuf,
    /// `OUT` was named like a PDF, and the handout goes to its stem instead.
    pub named_as_pdf: bool,
}

/// Whether `path` ends in `.pdf` (any case).
fn is_pdf(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// The handout and PDF for `out`, a folder or (`single_file`) one file.
pub fn paths(out: &Path, single_file: bool) -> HandoutPaths {
    if is_pdf(out) {
        let handout = out.with_extension(if single_file { "html" } else { "" });
        return HandoutPaths {
            handout,
            pdf: out.to_path_buf(),
            named_as_pdf: true,
        };
    }
    HandoutPaths {
        handout: out.to_path_buf(),
        pdf: pdf_beside(out, single_file),
        named_as_pdf: false,
    }
}

/// The PDF named from the handout `out`: a single file's name with `.pdf` for `.html`/`.htm`,
/// a folder's name with `.pdf` added; `handout.pdf` when `out` names no file or folder of its
/// own (`.`, `..`, `/`).
fn pdf_beside(out: &Path, single_file: bool) -> PathBuf {
    let Some(name) = out.file_name() else {
        return PathBuf::from("handout.pdf");
    };
    let html = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    if single_file && html {
        return out.with_extension("pdf");
    }
    let mut pdf = OsString::from(name);
    pdf.push(".pdf");
    out.with_file_name(pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf(out: &str, single_file: bool) -> String {
        paths(Path::new(out), single_file).pdf.display().to_string()
    }

    #[test]
    fn an_out_named_as_a_pdf_is_the_pdf_and_the_handout_takes_its_stem() {
        let folder = paths(Path::new("talks/x.pdf"), false);
        assert_eq!(folder.handout, PathBuf::from("talks/x"));
        assert_eq!(folder.pdf, PathBuf::from("talks/x.pdf"));
        assert!(folder.named_as_pdf);
        let single = paths(Path::new("X.PDF"), true);
        assert_eq!(single.handout, PathBuf::from("X.html"));
        assert_eq!(single.pdf, PathBuf::from("X.PDF"));
    }

    #[test]
    fn any_other_out_is_the_handout_and_its_pdf_is_named_from_it() {
        let site = paths(Path::new("site"), false);
        assert_eq!(site.handout, PathBuf::from("site"));
        assert!(!site.named_as_pdf);
        assert_eq!(pdf("site", false), "site.pdf");
        assert_eq!(pdf("talks/site.v2/", false), "talks/site.v2.pdf");
        assert_eq!(pdf("talk.html", true), "talk.pdf");
        assert_eq!(pdf("talk.HTM", true), "talk.pdf");
        assert_eq!(pdf("talk", true), "talk.pdf");
        assert_eq!(pdf(".", false), "handout.pdf");
        assert_eq!(pdf("..", false), "handout.pdf");
        assert_eq!(pdf("/", false), "handout.pdf");
    }
}
