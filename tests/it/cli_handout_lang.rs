//! Command-line mistakes a trainer and an official make: `toli handout`'s usage line
//! names `handout`, not `export`, and `--format pdf` says how the PDF is made (T-N3);
//! `--lang мн` typed on a Mongolian keyboard, and `mongol`/`english`, are taken (O-4).

use crate::common;

/// `toli ARGS…` over the shipped corpus: exit code, stdout, stderr.
fn toli(args: &[&str]) -> (i32, String, String) {
    let out = common::toli_en().args(args).output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn handout_usage_names_handout() {
    for (lang, usage) in [
        ("en", "Usage: toli handout --tour <TOUR> <OUT>"),
        ("mn", "Хэрэглээ: toli handout [СОНГОЛТУУД] <ЗАМ>"),
    ] {
        let (code, _, err) = toli(&[
            "--lang",
            lang,
            "handout",
            "--tour",
            "tour-what-is-a-cluster",
        ]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(usage), "{lang}: {err}");
        assert!(!err.contains("toli export"), "{lang}: {err}");
    }
    // Typed as `export`, it says `export`.
    let (_, _, err) = toli(&["--lang", "mn", "export", "--tour", "x"]);
    assert!(err.contains("Хэрэглээ: toli export"), "{err}");
}

#[test]
fn format_pdf_says_the_pdf_is_printed_from_print_html() {
    for (lang, want) in [
        (
            "en",
            "toli writes no PDF itself: a PDF is printed from the HTML handout (`--format html`, \
             the default).",
        ),
        (
            "mn",
            "toli PDF файлыг өөрөө бичдэггүй: PDF-ийг HTML тараах материалаас (`--format html`, \
             анхдагч утга) хэвлэж гаргана.",
        ),
    ] {
        let (code, _, err) = toli(&[
            "--lang",
            lang,
            "handout",
            "--tour",
            "tour-what-is-a-cluster",
            "--format",
            "pdf",
            "o3",
        ]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(want), "{lang}: {err}");
        assert!(
            err.contains("--print-to-pdf=o3.pdf o3/print.html"),
            "{lang}: {err}"
        );
        // The folder is not written yet: the command that writes it comes first,
        // then how its print file is printed.
        let first = format!("`toli --lang {lang} handout --tour tour-what-is-a-cluster o3`");
        let (Some(at), Some(print)) = (err.find(&first), err.find("o3/print.html")) else {
            panic!("{lang}: {err}");
        };
        assert!(at < print, "{lang}: {err}");
    }
}

/// `--format pdf` to `x.pdf`: the reader named the PDF. The advice writes the handout to the
/// folder `x` and prints it to `x.pdf`, not to a folder named `x.pdf` and a PDF named
/// `handout.pdf`. Both languages.
#[test]
fn format_pdf_to_a_pdf_name_prints_to_that_name() {
    for lang in ["en", "mn"] {
        let (code, _, err) = toli(&[
            "--lang",
            lang,
            "handout",
            "--format",
            "pdf",
            "--tour",
            "tour-what-is-a-cluster",
            "x.pdf",
        ]);
        assert_eq!(code, 2, "{err}");
        let first = format!("`toli --lang {lang} handout --tour tour-what-is-a-cluster x`");
        assert!(err.contains(&first), "{lang}: {err}");
        assert!(
            err.contains("--print-to-pdf=x.pdf x/print.html"),
            "{lang}: {err}"
        );
        assert!(!err.contains("x.pdf/"), "{lang}: {err}");
        assert!(!err.contains("handout.pdf"), "{lang}: {err}");
    }
}

#[test]
fn lang_takes_what_a_mongolian_keyboard_types() {
    for (value, want) in [
        ("мн", "Тодорхойлолт"),
        ("mongol", "Тодорхойлолт"),
        ("монгол", "Тодорхойлолт"),
        ("ан", "Definition"),
        ("english", "Definition"),
    ] {
        let (code, out, err) = toli(&["--lang", value, "list", "--kind", "definition"]);
        assert_eq!(code, 0, "{value}: {err}");
        assert!(out.contains(want), "{value}: {out}");
    }
    // A mistake after `--lang мн` is told in Mongolian.
    let (_, _, err) = toli(&["--lang", "мн", "list", "--jsno"]);
    assert!(err.starts_with("алдаа: "), "{err}");
}
