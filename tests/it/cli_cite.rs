//! `toli cite`: the citation the app's `y` copies, on the command line, in the reader's language.

use crate::common;

use toli::app::cite::citation;
use toli::i18n::Localizer;

fn fixture() -> Vec<std::path::PathBuf> {
    vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus"
    ))]
}

fn toli(lang: &str) -> assert_cmd::Command {
    let mut cmd = common::toli_en();
    cmd.args([
        "--no-builtin",
        "--content",
        "tests/fixtures/corpus",
        "--lang",
        lang,
    ]);
    cmd
}

#[test]
fn cite_prints_the_line_y_copies_in_the_reader_s_language() {
    let corpus = common::loaded(fixture());
    let i = corpus.index_of("finding-1").expect("entry");
    let copied = citation(&corpus, &Localizer::new(), i);
    let lines: Vec<&str> = copied.lines().collect();
    for (lang, line) in [("en", lines[0]), ("mn", lines[1])] {
        let out = toli(lang)
            .args(["cite", "finding-1"])
            .output()
            .expect("run");
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{line}\n"));
    }
    assert!(lines[0].starts_with("Low R&D — Sources: "), "{copied}");
    assert!(lines[0].ends_with(", Finding 1"), "{copied}");
    assert!(lines[1].starts_with("СХ бага — Эх сурвалж: "), "{copied}");
}

#[test]
fn cite_takes_several_ids_and_prints_nothing_for_an_unknown_one() {
    let out = toli("en")
        .args(["cite", "finding-1", "action-fund"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[1].starts_with("Create a fund — Sources: "), "{text}");
    let out = toli("mn")
        .args(["cite", "finding-1", "no-such-entry"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "all or nothing for a script");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-entry"), "{stderr}");
    let out = toli("en").args(["cite"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "an id is required");
}

#[test]
fn cite_has_its_help_in_both_languages() {
    let out = toli("mn").args(["help", "cite"]).output().expect("run");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Бичлэгийн ишлэлийг хэвлэнэ"), "{help}");
    let out = toli("en").args(["cite", "--help"]).output().expect("run");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Print an entry's citation"), "{help}");
}
