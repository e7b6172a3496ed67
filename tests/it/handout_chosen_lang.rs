//! A handout without `--langs` is in the language the reader chose — `--lang`, or a locale that
//! names one — and in both when nothing names one; its output says which, and how to have both
//! (walk 26, A-6).

use crate::common;

/// `toli [GLOBAL…] handout [ARGS…] --single-file OUT` on the fixture corpus with the locale
/// `lang_env`: stdout and the languages of the handout's sections.
fn handout(global: &[&str], args: &[&str], lang_env: &str) -> (String, Vec<&'static str>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("h.html");
    let done = common::toli_en()
        .env("LANG", lang_env)
        .args(["--no-builtin", "--content", "tests/fixtures/corpus"])
        .args(global)
        .arg("handout")
        .args(args)
        .arg("--single-file")
        .arg(&file)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&done.get_output().stdout).into_owned();
    let html = std::fs::read_to_string(&file).expect("read");
    let langs = ["en", "mn"]
        .into_iter()
        .filter(|code| html.contains(&format!("<section lang=\"{code}\">")))
        .collect();
    (out, langs)
}

#[test]
fn lang_mn_alone_writes_a_mongolian_handout_and_says_how_to_have_both() {
    let (out, langs) = handout(&["--lang", "mn"], &[], "C.UTF-8");
    assert_eq!(langs, ["mn"], "{out}");
    assert!(
        out.contains(
            "Тараах материалыг toli програмд таны сонгосон хэлээр (--lang mn), зөвхөн монгол хэлээр \
             бичлээ. Хоёр хэлээр (монгол хэл эхэндээ) бичих бол `--langs both` сонголтыг нэмнэ үү."
        ),
        "{out}"
    );
}

#[test]
fn lang_en_alone_writes_an_english_handout() {
    let (out, langs) = handout(&["--lang", "en"], &[], "mn_MN.UTF-8");
    assert_eq!(langs, ["en"], "--lang wins over the locale: {out}");
    assert!(
        out.contains(
            "In English only, the language you chose for toli (--lang en). For both languages, \
             English first: --langs both"
        ),
        "{out}"
    );
}

#[test]
fn a_mongolian_locale_is_a_choice_too() {
    let (out, langs) = handout(&[], &[], "mn_MN.UTF-8");
    assert_eq!(langs, ["mn"], "{out}");
    assert!(out.contains("зөвхөн монгол хэлээр бичлээ"), "{out}");
}

#[test]
fn no_language_named_writes_both_and_langs_still_decides() {
    let (out, langs) = handout(&[], &[], "C.UTF-8");
    assert_eq!(langs, ["en", "mn"], "{out}");
    assert!(
        out.contains("In two languages: English, Mongolian. For English only: --langs en"),
        "{out}"
    );
    let (out, langs) = handout(&["--lang", "mn"], &["--langs", "both"], "C.UTF-8");
    assert_eq!(langs, ["en", "mn"], "{out}");
    assert!(out.contains("монгол, англи хоёр хэлээр бичлээ"), "{out}");
    // A language given with --langs is said as before, without "you chose".
    let (out, langs) = handout(&["--lang", "mn"], &["--langs", "en"], "C.UTF-8");
    assert_eq!(langs, ["en"], "{out}");
    assert!(out.contains("зөвхөн англи хэлээр бичлээ"), "{out}");
}
