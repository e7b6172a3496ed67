//! A handout named like a PDF: `toli handout … x.pdf` writes the HTML handout to
//! the folder `x` (or `x.html` with `--single-file`), never HTML under a `.pdf` name, says so,
//! and its printing command writes `x.pdf`; any other OUT prints to a PDF named from it. What is
//! already there is never replaced unsaid: a folder or file of the reader's in the handout's
//! place is refused as ever, and a PDF (or folder) where the command prints is named.

use crate::common;

use std::path::Path;

/// `toli --lang LANG handout ARGS…` on the fixture corpus, run in `dir`: exit code, stdout,
/// stderr.
fn handout(dir: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let out = common::toli_en()
        .current_dir(dir)
        .args([
            "--lang",
            lang,
            "--no-builtin",
            "--content",
            corpus,
            "handout",
        ])
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn is_html(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|t| t.starts_with("<!DOCTYPE html>"))
}

#[test]
fn a_handout_named_as_a_pdf_goes_to_its_stem_and_prints_to_that_name() {
    for (lang, folder_said, file_said) in [
        (
            "en",
            "toli writes HTML, not PDF: the handout goes to the folder x, to be printed to x.pdf.",
            "toli writes HTML, not PDF: the handout goes to the file both.html, to be printed to \
             both.pdf.",
        ),
        (
            "mn",
            "toli PDF биш, HTML бичдэг: тараах материалыг x хавтсанд бичнэ, дараа нь доорх \
             зааврын дагуу x.pdf болгон хэвлэнэ үү.",
            "toli PDF биш, HTML бичдэг: тараах материалыг both.html файлд бичнэ, дараа нь доорх \
             зааврын дагуу both.pdf болгон хэвлэнэ үү.",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let (code, said, err) = handout(dir.path(), lang, &["--tour", "tour-intro", "x.pdf"]);
        assert_eq!(code, 0, "{lang}: {err}");
        assert!(said.starts_with(folder_said), "{lang}: {said}");
        assert!(is_html(&dir.path().join("x/print.html")), "{lang}");
        assert!(
            !dir.path().join("x.pdf").exists(),
            "{lang}: nothing named x.pdf"
        );
        assert!(
            said.contains("--print-to-pdf=x.pdf x/print.html"),
            "{lang}: {said}"
        );
        let (code, said, err) = handout(
            dir.path(),
            lang,
            &[
                "--tour",
                "tour-intro",
                "--langs",
                "both",
                "--single-file",
                "both.pdf",
            ],
        );
        assert_eq!(code, 0, "{lang}: {err}");
        assert!(said.starts_with(file_said), "{lang}: {said}");
        assert!(is_html(&dir.path().join("both.html")), "{lang}");
        assert!(!dir.path().join("both.pdf").exists(), "{lang}");
        assert!(
            said.contains("--print-to-pdf=both.pdf both.html"),
            "{lang}: {said}"
        );
        assert!(!said.contains("handout.pdf"), "{lang}: {said}");
    }
}

/// Any other OUT is the handout, and its PDF is named from it, beside it: not `handout.pdf`,
/// which one handout after another would overwrite. Nothing is said of a PDF name.
#[test]
fn any_other_handout_prints_to_a_pdf_named_from_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, said, err) = handout(dir.path(), "en", &["--tour", "tour-intro", "site"]);
    assert!(
        said.contains("--print-to-pdf=site.pdf site/print.html"),
        "{said}{err}"
    );
    let (_, said, err) = handout(
        dir.path(),
        "en",
        &["--tour", "tour-intro", "--single-file", "talk.html"],
    );
    assert!(
        said.contains("--print-to-pdf=talk.pdf talk.html"),
        "{said}{err}"
    );
    assert!(!said.contains("not PDF"), "{said}");
}

/// The reader's folder `x` in the handout's place: refused as ever, after saying why `x`
/// when `x.pdf` was typed, its file untouched and no `x.pdf` written; `--format md` to a PDF
/// name is refused, naming the folder to give instead.
#[test]
fn the_readers_folder_in_the_handouts_place_is_refused_and_markdown_is_not_named_as_a_pdf() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("x")).expect("the reader's folder");
    std::fs::write(dir.path().join("x/notes.txt"), "mine").expect("the reader's file");
    let (code, said, err) = handout(dir.path(), "en", &["--tour", "tour-intro", "x.pdf"]);
    assert_eq!(code, 2, "{said}{err}");
    assert!(
        said.contains("the folder x, to be printed to x.pdf"),
        "{said}"
    );
    assert!(
        err.contains("x already holds files toli did not write (notes.txt)"),
        "{err}"
    );
    let kept = std::fs::read_to_string(dir.path().join("x/notes.txt")).expect("kept");
    assert_eq!(kept, "mine");
    assert!(!dir.path().join("x.pdf").exists());
    assert!(!dir.path().join("x/print.html").exists());
    for (lang, want) in [
        (
            "en",
            "--format md writes Markdown files, not a PDF; name the folder without .pdf at the \
             end, such as notes",
        ),
        (
            "mn",
            "--format md сонголтоор PDF биш, Markdown файлууд бичигдэнэ; хавтасны нэрийг .pdf төгсгөлгүй \
             өгнө үү, жишээ нь notes",
        ),
    ] {
        let (code, said, err) = handout(dir.path(), lang, &["--format", "md", "notes.pdf"]);
        assert_eq!(code, 2, "{lang}: {said}");
        assert!(err.contains(want), "{lang}: {err}");
        assert!(!dir.path().join("notes.pdf").exists(), "{lang}");
        assert!(!dir.path().join("notes").exists(), "{lang}");
    }
}

/// A file where the printing command writes the PDF (an earlier print, or the HTML an older
/// toli wrote under that name) is said to be replaced by it; a folder there (an older toli's
/// handout folder named `x.pdf`) is said to stop it, with what to do. In both languages.
#[test]
fn what_is_already_where_the_pdf_goes_is_named() {
    for (lang, replaced, folder) in [
        (
            "en",
            "x.pdf exists already: the command above replaces it.",
            "y.pdf is a folder, so the command above cannot write the PDF there: rename that \
             folder, or change the name after --print-to-pdf=.",
        ),
        (
            "mn",
            "x.pdf файл байна: дээрх тушаал түүнийг шинэ PDF-ээр солино.",
            "y.pdf нэртэй хавтас байгаа тул дээрх тушаал PDF-ийг тэнд бичиж чадахгүй: тэр \
             хавтасны нэрийг өөрчлөх эсвэл --print-to-pdf= дараах нэрийг өөрчилнө үү.",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("x.pdf"), "%PDF-1.4 an earlier print").expect("pdf");
        std::fs::create_dir(dir.path().join("y.pdf")).expect("a folder named y.pdf");
        let (code, said, err) = handout(dir.path(), lang, &["--tour", "tour-intro", "x.pdf"]);
        assert_eq!(code, 0, "{lang}: {err}");
        let last = said.lines().last().unwrap_or_default();
        assert_eq!(last, replaced, "{lang}: {said}");
        let kept = std::fs::read_to_string(dir.path().join("x.pdf")).expect("kept");
        assert_eq!(kept, "%PDF-1.4 an earlier print", "the export leaves it");
        let (code, said, err) = handout(
            dir.path(),
            lang,
            &["--tour", "tour-intro", "--single-file", "y.pdf"],
        );
        assert_eq!(code, 0, "{lang}: {err}");
        assert_eq!(said.lines().last().unwrap_or_default(), folder, "{lang}");
        assert!(is_html(&dir.path().join("y.html")), "{lang}");
        let (_, said, _) = handout(dir.path(), lang, &["--tour", "tour-intro", "z.pdf"]);
        assert!(!said.contains("z.pdf файл аль") && !said.contains("z.pdf exists"));
    }
}
