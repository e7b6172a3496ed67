//! `toli cite`: the citation the app's `y` copies, on the command line, in the reader's language.

use crate::common;

use toli::corpus::citation::citation;
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
    let copied = citation(&corpus, &Localizer::new(), i, toli::lang::Lang::En);
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

/// Walk 8 (m1, n5) on the shipped corpus: the title after «Who, year.» starts with a capital,
/// and a source cited in another says who, when and "cited in" once.
#[test]
fn shipped_citations_say_each_thing_once_and_start_titles_with_a_capital() {
    let cite = |lang: &str, id: &str| {
        let out = common::toli_en()
            .args(["--lang", lang, "cite", id])
            .output()
            .expect("run");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let park = cite("mn", "it-park");
    assert!(park.contains("2025. Албан ёсны цахим хуудас"), "{park}");
    assert!(cite("en", "it-park").contains("2025. Homepage"));
    let apec = cite("mn", "fig-apec-cluster-facts");
    assert!(
        apec.contains(
            "TCI, 2017. ЭЗДС-ийн 2018 оны илтгэлд иш татсан, «The Issue» (асуудал) слайд"
        ),
        "{apec}"
    );
    assert!(!apec.contains("TCI (2017)"), "{apec}");
    let apec = cite("en", "fig-apec-cluster-facts");
    assert!(
        apec.contains("TCI, 2017. Cited in HSE 2018, slide: The Issue;"),
        "{apec}"
    );
    assert_eq!(apec.matches("Cited in HSE 2018").count(), 5, "{apec}");
    assert!(!apec.contains("as cited"), "{apec}");
    let incubator = cite("en", "incubator");
    assert_eq!(
        incubator
            .matches("Benchmarking of Business Incubators")
            .count(),
        1,
        "{incubator}"
    );
    let rd = cite("en", "finding-rd-expenditure-0-1-percent-gdp");
    assert!(
        rd.contains("World Bank, 2025. World Development Indicators"),
        "{rd}"
    );
}
