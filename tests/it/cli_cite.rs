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
    assert!(lines[0].starts_with("Low R&D — Source: "), "{copied}");
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
    assert!(lines[1].starts_with("Create a fund — Source: "), "{text}");
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

/// Walk 26 (D-2): the comma list `export --ids` takes, with or without spaces, names the same
/// entries as separate words: one line per entry, in the order given.
#[test]
fn cite_takes_the_comma_list_export_ids_takes() {
    let words = toli("en")
        .args(["cite", "finding-1", "action-fund", "park-a"])
        .output()
        .expect("run");
    assert!(words.status.success());
    assert_eq!(String::from_utf8_lossy(&words.stdout).lines().count(), 3);
    for args in [
        &["finding-1,action-fund,park-a"][..],
        &["finding-1, action-fund, park-a"],
        &["finding-1,", "action-fund", ",park-a"],
    ] {
        let out = toli("en").arg("cite").args(args).output().expect("run");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.stdout, words.stdout, "{args:?}");
    }
    // A list with an unknown id names that id alone, and prints nothing.
    let out = toli("en")
        .args(["cite", "finding-1,no-such-entry"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("`no-such-entry`"), "{stderr}");
    assert!(!stderr.contains("finding-1,"), "{stderr}");
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

/// `toli cite ID` on the shipped corpus in `lang`.
fn cite_shipped(lang: &str, id: &str) -> String {
    let out = common::toli_en()
        .args(["--lang", lang, "cite", id])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

/// One source is a "Source", and a deck's slides named by their titles say "slides:" once; the
/// Mongolian, which says the kind after each title, stays as written.
#[test]
fn one_source_and_its_titled_slides_read_as_a_reader_writes_them() {
    let en = cite_shipped("en", "sea-buckthorn-cluster");
    assert!(
        en.ends_with(
            "— Source: Economic Institute, National University of Mongolia, n.d. Mongolian sea \
             buckthorn cluster initiative (slides), slides: Brief intro to SBT Cluster \
             activities; Research question; Conclusions"
        ),
        "{en}"
    );
    let mn = cite_shipped("mn", "sea-buckthorn-cluster");
    assert!(
        mn.ends_with(
            "«Brief intro to SBT Cluster activities» (чацарганын кластерийн үйл ажиллагааны \
             товч танилцуулга) слайд; «Research question» (судалгааны асуулт) слайд; \
             «Conclusions» (дүгнэлт) слайд"
        ),
        "{mn}"
    );
    assert!(mn.contains("— Эх сурвалж: "), "{mn}");
}

/// The sections' titles the entry view shows are kept in the line pasted, in
/// both languages, each section said once.
#[test]
fn a_citation_keeps_the_section_titles_the_entry_shows() {
    let en = cite_shipped("en", "law-on-innovation-2012");
    assert!(en.contains("— Source: UNCTAD"), "{en}");
    assert!(
        en.ends_with(
            "Geneva, Section IV, STI Policy Framework (list of legal instruments, item 8); \
             Section V, STI Parks for Economic Diversification (incentives under the Law of \
             Innovation); Section VI, Findings (grants, loans and loan subsidies)"
        ),
        "{en}"
    );
    let mn = cite_shipped("mn", "law-on-innovation-2012");
    assert!(
        mn.ends_with(
            "Женев, IV бүлэг, «ШУТИ-ийн бодлогын орчин», эрх зүйн актуудын жагсаалтын 8-р \
             зүйл; V бүлэг, «Эдийн засгийг төрөлжүүлэх ШУТИ-ийн паркууд» (Инновацийн тухай \
             хуулиар олгох хөнгөлөлт); VI бүлэг, «Дүгнэлт» (буцалтгүй тусламж, зээл, зээлийн \
             хүүгийн татаас)"
        ),
        "{mn}"
    );
    // The entry view says the same places.
    let shown = common::toli_en()
        .args(["--lang", "mn", "show", "law-on-innovation-2012"])
        .output()
        .expect("run");
    // Its lines joined: the text wraps at the terminal's width.
    let shown = String::from_utf8_lossy(&shown.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        shown
            .contains("IV бүлэг, «ШУТИ-ийн бодлогын орчин», эрх зүйн актуудын жагсаалтын 8-р зүйл"),
        "{shown}"
    );
}

/// Places in the report's annex say "Annex" once, as the slides say "slides:" — in the line
/// `toli cite` gives and in the handout's Sources list, in both languages.
#[test]
fn places_in_the_annex_say_it_once() {
    let en = cite_shipped("en", "china-sti-parks");
    assert!(
        en.contains("Geneva, Annex: STI Parks in China; Key Takeaways for Mongolia; "),
        "{en}"
    );
    assert!(!en.contains("Annex, Key Takeaways"), "{en}");
    let mn = cite_shipped("mn", "china-sti-parks");
    assert!(
        mn.contains("Женев, хавсралт: «Хятад дахь ШУТИ-ийн паркууд»; «Монголд авах гол сургамж»; "),
        "{mn}"
    );
    assert!(!mn.contains("хавсралт, «Монголд авах"), "{mn}");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("handout.html");
    let out = common::toli_en()
        .args(["handout", "--ids", "china-sti-parks", "--langs", "both"])
        .arg("--single-file")
        .arg(&file)
        .env("SOURCE_DATE_EPOCH", "0")
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let page = std::fs::read_to_string(&file).expect("the handout");
    assert!(
        page.contains("Annex: STI Parks in China; Key Takeaways for Mongolia"),
        "the English Sources list"
    );
    assert!(
        page.contains("хавсралт: «Хятад дахь ШУТИ-ийн паркууд»; «Монголд авах гол сургамж»"),
        "the Mongolian Sources list"
    );
}

/// A source whose title already says where it was cited ("TCI (2017), cited in HSE 2018") is
/// followed by the place alone in every shipped entry, so the sources list does not read
/// «… иш татсан — иш татсан: …» or "cited in HSE 2018 — as cited on …".
#[test]
fn a_source_whose_title_says_cited_is_not_cited_again_in_its_place() {
    let corpus = common::shipped();
    let mut repeated = Vec::new();
    for entry in corpus.entries() {
        for s in &entry.sources {
            let Some(source) = corpus.get(&s.id) else {
                continue;
            };
            for lang in [toli::lang::Lang::En, toli::lang::Lang::Mn] {
                let title = source.title.show(lang);
                let place = s.place(lang);
                let says_cited = |t: &str| {
                    t.contains("иш татсан") || t.contains("cited in") || t.contains("cited by")
                };
                let opens_cited = place.starts_with("иш татсан")
                    || place.starts_with("as cited")
                    || place.starts_with("cited");
                if says_cited(title) && opens_cited {
                    repeated.push(format!("{}: {title} — {place}", entry.id));
                }
            }
        }
    }
    assert!(repeated.is_empty(), "{repeated:#?}");
}
