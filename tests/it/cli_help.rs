//! The command line in the user's language: its help (`--help`, `help COMMAND`, `-h` after a
//! subcommand, chosen by --lang or the locale, and the manual page and completions built from
//! the same messages) and the file `toli new` writes.

use crate::common;

fn toli(lang_args: &[&str], env_lang: &str, args: &[&str]) -> (i32, String, String) {
    let state = tempfile::tempdir().expect("temp dir");
    let out = common::toli_en()
        .env("LANG", env_lang)
        .env("HOME", state.path())
        .env("TOLI_STATE_DIR", state.path())
        .env("TOLI_DATA_DIR", state.path())
        .args(lang_args)
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

/// Text of the English help that must not reach a Mongolian reader.
const ENGLISH: [&str; 9] = [
    "Usage:",
    "Commands:",
    "Options:",
    "Arguments:",
    "Print help",
    "List entries",
    "Check the corpus",
    "[default:",
    "possible values",
];

fn assert_mongolian(help: &str) {
    for english in ENGLISH {
        assert!(!help.contains(english), "`{english}` in:\n{help}");
    }
    assert!(help.contains("Хэрэглээ: toli"), "{help}");
    assert!(help.contains("Сонголтууд:"), "{help}");
}

#[test]
fn mongolian_help_by_option_by_locale_and_by_the_help_command() {
    let (code, root, _) = toli(&["--lang", "mn"], "C.UTF-8", &["--help"]);
    assert_eq!(code, 0);
    assert_mongolian(&root);
    assert!(root.contains("Тушаалууд:"), "{root}");
    assert!(root.contains("мэдлэгийн сан"), "{root}");

    let (code, check, _) = toli(&["--lang", "mn"], "C.UTF-8", &["help", "check"]);
    assert_eq!(code, 0);
    assert_mongolian(&check);
    assert!(
        check.contains("Хэрэглээ: toli check [СОНГОЛТУУД]"),
        "{check}"
    );

    // The locale alone, and -h after the subcommand.
    let (code, new, _) = toli(&[], "mn_MN.UTF-8", &["new", "-h"]);
    assert_eq!(code, 0);
    assert_mongolian(&new);
    assert!(new.contains("Аргументууд:"), "{new}");
    assert!(
        new.contains("Хэрэглээ: toli new [СОНГОЛТУУД] <ТӨРӨЛ> <ТАНИХ-НЭР>"),
        "{new}"
    );

    // --lang wins over the locale, either way.
    let (_, en, _) = toli(&["--lang", "en"], "mn_MN.UTF-8", &["list", "--help"]);
    assert!(en.contains("Usage: toli list [OPTIONS]"), "{en}");
    assert!(en.contains("Only entries of this kind"), "{en}");
}

/// A handout is what `toli export` writes («тараах материал»): `toli handout` is the same
/// command, and the help says so in the reader's language (clap's own note is English).
#[test]
fn handout_is_export_and_the_help_says_so_in_both_languages() {
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (code, en, _) = toli(&[], "C.UTF-8", &["--help"]);
    assert_eq!(code, 0);
    assert!(
        words(&en).contains("export Write a handout") && words(&en).contains("[alias: handout]"),
        "{en}"
    );
    let (code, mn, _) = toli(&["--lang", "mn"], "C.UTF-8", &["--help"]);
    assert_eq!(code, 0);
    assert_mongolian(&mn);
    assert!(words(&mn).contains("[өөр нэр: handout]"), "{mn}");
    assert!(!mn.contains("alias"), "{mn}");
    // Asked as `toli handout`, the help says `toli handout`, with `export` its other name;
    // asked as `toli export`, the other way round.
    for (lang, usage, note) in [
        (
            "en",
            "Usage: toli handout [OPTIONS] <OUT>",
            "[alias: export]",
        ),
        (
            "mn",
            "Хэрэглээ: toli handout [СОНГОЛТУУД] <ЗАМ>",
            "[өөр нэр: export]",
        ),
    ] {
        for asked in [
            &["handout", "--help"][..],
            &["help", "handout"],
            &["handout", "-h"],
        ] {
            let (code, help, _) = toli(&["--lang", lang], "C.UTF-8", asked);
            assert_eq!(code, 0, "{help}");
            assert!(help.contains(usage), "{asked:?}: {help}");
            assert!(words(&help).contains(note), "{asked:?}: {help}");
            assert!(!help.contains("toli export"), "{asked:?}: {help}");
        }
        let (code, help, _) = toli(&["--lang", lang], "C.UTF-8", &["export", "--help"]);
        assert_eq!(code, 0, "{help}");
        assert!(help.contains("toli export"), "{help}");
        assert!(!help.contains("toli handout"), "{help}");
    }
    let (_, man, _) = toli(&["--lang", "mn"], "C.UTF-8", &["man"]);
    assert!(words(&man).contains("[өөр нэр: handout]"), "{man}");

    // It writes the handout export writes.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("h.html");
    let (code, out, err) = toli(
        &[],
        "C.UTF-8",
        &[
            "handout",
            "--single-file",
            "--tour",
            "tour-what-is-a-cluster",
            file.to_str().expect("path"),
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let html = std::fs::read_to_string(&file).expect("the handout");
    assert!(html.contains("<article id=\"cluster\""), "{html:.400}");
}

/// The version is printed as clap prints it, in either language, and nothing else.
#[test]
fn version_is_one_line_in_every_language() {
    let expected = format!("toli {}\n", env!("CARGO_PKG_VERSION"));
    for (lang_args, env_lang) in [
        (&[][..], "C"),
        (&["--lang", "mn"][..], "C"),
        (&[][..], "mn_MN.UTF-8"),
    ] {
        let (code, out, err) = toli(lang_args, env_lang, &["--version"]);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (0, expected.as_str(), "")
        );
    }
}

#[test]
fn english_help_is_as_before() {
    let (code, root, _) = toli(&[], "C.UTF-8", &["-h"]);
    assert_eq!(code, 0);
    for text in [
        "Usage: toli [OPTIONS] [COMMAND]",
        "Commands:\n  list         List entries (all, or of one kind)",
        "Options:\n      --lang <LANG>",
        "[env: TOLI_THEME=] [default: dark] [possible values: dark, light, projector]",
        "-h, --help           Print help (see more with '--help')",
        "-V, --version        Print version",
    ] {
        // Compared as words: where clap wraps a long help line is not the point.
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words(&root).contains(&words(text)),
            "`{text}` missing:\n{root}"
        );
    }
}

#[test]
fn a_mistake_is_told_in_mongolian_and_in_english_as_clap_tells_it() {
    let (code, _, err) = toli(&["--lang", "mn"], "C.UTF-8", &["show"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("Хэрэглээ: toli show [СОНГОЛТУУД] <ТАНИХ-НЭР>"),
        "{err}"
    );
    let (code, _, err) = toli(&[], "mn_MN.UTF-8", &["shwo", "x"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("алдаа: `shwo` гэсэн тушаал байхгүй"),
        "{err}"
    );
    assert!(err.contains("`show` гэж бичих гэсэн үү?"), "{err}");
    assert!(!err.contains("error") && !err.contains("Usage"), "{err}");
    let (code, _, err) = toli(&[], "C.UTF-8", &["shwo", "x"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("tip: a similar subcommand exists: 'show'"),
        "{err}"
    );
}

#[test]
fn man_page_and_completions_in_mongolian() {
    let (code, man, _) = toli(&["--lang", "mn"], "C.UTF-8", &["man"]);
    assert_eq!(code, 0);
    assert!(man.contains(".SS \"toli check\""), "{man}");
    assert!(man.contains("Бичлэгүүдийг жагсаана"), "{man}");
    assert!(!man.contains("List entries"), "{man}");
    for title in ["НЭР", "ХЭРЭГЛЭЭ", "СОНГОЛТУУД", "ТУШААЛУУД"] {
        assert!(man.contains(&format!(".SH \"{title}\"")), "{title}: {man}");
    }
    assert!(!man.contains("NAME") && !man.contains("SYNOPSIS"), "{man}");
    for shell in ["bash", "zsh", "fish"] {
        let (code, script, _) = toli(&["--lang", "mn"], "C.UTF-8", &["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(script.contains("no-builtin"), "{shell}");
        if shell != "bash" {
            assert!(
                script.contains("Нэг бичлэгийг харуулна"),
                "{shell}: {script}"
            );
            assert!(!script.contains("Show one entry"), "{shell}");
        }
    }
}

/// `toli new` for a Mongolian user: the skeleton's comments and hints are Mongolian; the
/// English one keeps English prose (and Mongolian hints in the Mongolian fields).
#[test]
fn new_writes_its_comments_and_hints_in_the_users_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    let content = content.to_str().expect("UTF-8 path");
    let (code, out, err) = toli(
        &["--lang", "mn"],
        "C.UTF-8",
        &[
            "new",
            "бодлого",
            "aimag-law2",
            "--content",
            content,
            "--no-builtin",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("бичсэн файл"), "{out}");
    let mn = std::fs::read_to_string(dir.path().join("content/policies/aimag-law2.md"))
        .expect("written");
    for english in [
        "Optional",
        "country or area code",
        "law, strategy",
        "in English",
        "the name",
    ] {
        assert!(!mn.contains(english), "`{english}` in:\n{mn}");
    }
    assert!(
        mn.contains("country: \"TODO: улс эсвэл бүсийн код: MN,"),
        "{mn}"
    );
    assert!(mn.contains("# Заавал биш:"), "{mn}");

    let (code, _, err) = toli(
        &["--lang", "en"],
        "mn_MN.UTF-8",
        &[
            "new",
            "policy",
            "aimag-law3",
            "--content",
            content,
            "--no-builtin",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let en = std::fs::read_to_string(dir.path().join("content/policies/aimag-law3.md"))
        .expect("written");
    assert!(
        en.contains("# Optional: other names people search for"),
        "{en}"
    );
    assert!(
        en.contains("type: \"TODO: law, strategy, programme or incentive\""),
        "{en}"
    );
    assert!(en.contains("mn: \"TODO: монгол нэр\""), "{en}");
}
