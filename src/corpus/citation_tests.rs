//! The citation's text: who, when, each title as published and its translation, places merged,
//! content made inert.

use super::*;
use crate::corpus::load::{Sources, load};

fn fixture() -> Corpus {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    load(&Sources {
        builtin: false,
        dirs: vec![dir],
    })
    .corpus
}

#[test]
fn citation_has_both_titles_sources_and_locators() {
    let c = fixture();
    let l = Localizer::new();
    let i = c.index_of("stage-growth").expect("entry");
    let text = citation(&c, &l, i, Lang::En);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    let src = c.get("src-fixture-deck").expect("source");
    assert!(lines[0].starts_with("Growth — "), "{text}");
    assert!(lines[0].contains(&format!("{}, slide 8", src.title.show(Lang::En))));
    // Who wrote the source and when come first, as a reader cites it.
    let crate::corpus::model::KindFields::Source { author, .. } = &src.fields else {
        panic!("a source");
    };
    assert!(
        lines[0].contains(&format!("— Source: {}", author.show(Lang::En))),
        "{text}"
    );
    assert!(
        lines[1].contains(&format!(": {}", author.show(Lang::Mn))),
        "{text}"
    );
    assert!(lines[1].starts_with("Өсөлт — "), "{text}");
    // The deck's title as published (English), its translation in brackets.
    assert!(lines[1].contains(&format!(
        "{} [{}], 8-р слайд",
        src.title.show(Lang::En),
        src.title.show(Lang::Mn)
    )));
}

/// The reader's language comes first on the clipboard, as in the window: an official pasting
/// into a Mongolian memo gets the Mongolian citation first.
#[test]
fn the_readers_language_comes_first() {
    let c = fixture();
    let l = Localizer::new();
    let i = c.index_of("stage-growth").expect("entry");
    for reader in Lang::ALL {
        let text = citation(&c, &l, i, reader);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                citation_in(&c, &l, i, reader),
                citation_in(&c, &l, i, reader.other())
            ],
            "{reader:?}"
        );
    }
    assert!(citation(&c, &l, i, Lang::Mn).starts_with("Өсөлт — "));
}

#[test]
fn citation_content_is_inert() {
    let src = "---\nid: src-evil\nkind: source\ntitle: {en: \"Deck\\e[2J\", mn: Илтгэл}\n\
               summary: {en: s, mn: s}\nauthor: x\n---\n::: en\nx\n\n::: mn\nx\n";
    let entry = "---\nid: evil\nkind: definition\n\
                 title: {en: \"Evil\\e]52;c;AAAA\\a\\nsecond line\", mn: Муу}\n\
                 summary: {en: s, mn: s}\nsources:\n  - id: src-evil\n    locator: \"p. 1\\e[31m\"\n\
                 ---\n::: en\nx\n\n::: mn\nx\n";
    let c = corpus_of(&[("src-evil.md", src), ("evil.md", entry)]);
    let i = c.index_of("evil").expect("entry loads");
    let text = citation(&c, &Localizer::new(), i, Lang::En);
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
    assert_eq!(
        text.lines().count(),
        2,
        "content cannot add lines: {text:?}"
    );
    assert!(text.contains("^[]52"), "{text:?}");
    assert!(text.contains("p. 1^[[31m"), "{text:?}");
}

/// A source cited at several places is named once, with all its places.
#[test]
fn a_source_cited_at_several_places_is_cited_once() {
    let src = "---\nid: src-r\nkind: source\ntitle: {en: The report, mn: Тайлан}\n\
               summary: {en: s, mn: s}\nauthor: {en: UNCTAD, mn: НҮБХХБХ}\nyear: 2025\n---\n\
               ::: en\nx\n\n::: mn\nx\n";
    let entry = "---\nid: law\nkind: definition\ntitle: {en: Law, mn: Хууль}\n\
                 summary: {en: s, mn: s}\nsources:\n\
                 \x20 - id: src-r\n    locator: \"Section VI\"\n\
                 \x20 - id: src-r\n    locator: \"Section IV\"\n\
                 \x20 - id: src-r\n    locator: \"Section V\"\n\
                 ---\n::: en\nx\n\n::: mn\nx\n";
    let c = corpus_of(&[("src-r.md", src), ("law.md", entry)]);
    let i = c.index_of("law").expect("entry loads");
    let text = citation(&c, &Localizer::new(), i, Lang::En);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "Law — Source: UNCTAD, 2025. The report, Sections IV, V, VI",
            "Хууль — Эх сурвалж: НҮБХХБХ, 2025. The report [Тайлан], IV, V, VI бүлэг",
        ],
        "{text}"
    );
}

#[test]
fn who_and_when_is_said_once() {
    assert_eq!(
        without_short_reference("Eun, Lee and Wu (2006): Explaining the phenomenon", None),
        "Explaining the phenomenon"
    );
    assert_eq!(
        without_short_reference(
            "KSP (2022/23): Хүнд үйлдвэрт онцгой анхаарсан стратеги",
            None
        ),
        "Хүнд үйлдвэрт онцгой анхаарсан стратеги"
    );
    // A title whose parenthesis is no year, or that is nothing but the reference, stays.
    assert_eq!(
        without_short_reference("Science parks (SIP): the concept", None),
        "Science parks (SIP): the concept"
    );
    let shipped = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let l10n = Localizer::new();
    let i = shipped
        .index_of("china-university-run-enterprises")
        .expect("shipped");
    let line = citation_in(&shipped, &l10n, i, Lang::En);
    assert!(line.contains("2006. Explaining"), "{line}");
    assert!(!line.contains("(2006):"), "{line}");
}

/// The corpus of `files` (name, text), written to a temporary folder.
fn corpus_of(files: &[(&str, &str)]) -> Corpus {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    load(&Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    })
    .corpus
}

/// Loads `files` (name, text) from a temporary folder and cites `id` in both languages.
fn cite_files(files: &[(&str, &str)], id: &str) -> Vec<String> {
    let c = corpus_of(files);
    let i = c.index_of(id).expect("entry loads");
    Lang::ALL
        .map(|lang| citation_in(&c, &Localizer::new(), i, lang))
        .to_vec()
}

/// A source whose title describes it (`original: none`: a homepage, a work known as cited).
fn source(id: &str, title: (&str, &str), author: (&str, &str), year: i32) -> String {
    published(id, title, author, year, "original: none\n")
}

/// A source with `more` front matter (`original:`, `publisher:` …).
fn published(id: &str, title: (&str, &str), author: (&str, &str), year: i32, more: &str) -> String {
    format!(
        "---\nid: {id}\nkind: source\ntitle: {{en: \"{}\", mn: \"{}\"}}\n\
         summary: {{en: s, mn: s}}\nauthor: {{en: \"{}\", mn: \"{}\"}}\nyear: {year}\n{more}---\n\
         ::: en\nx\n\n::: mn\nx\n",
        title.0, title.1, author.0, author.1
    )
}

/// A source published in English is cited by its English title in both languages, the
/// Mongolian citation giving the translation after it in brackets, and its publisher as
/// the language names it.
#[test]
fn an_english_source_keeps_its_title_as_published_in_a_mongolian_citation() {
    let src = published(
        "src-sanz",
        (
            "Sanz et al. (2023): A Taxonomy of Organised Innovations Spaces",
            "Санс нар (2023): Зохион байгуулалттай инновацийн орон зайн ангилал",
        ),
        ("Sanz L and Jansen P", "Sanz L, Jansen P"),
        2023,
        "publisher: {en: Joint Research Centre, mn: Хамтарсан судалгааны төв}\n",
    );
    let files = [
        ("src-sanz.md", src.as_str()),
        (
            "e.md",
            &citing(&[("src-sanz", ("living labs", "амьд лабораториуд"))]),
        ),
    ];
    assert_eq!(
        cite_files(&files, "e"),
        [
            "E — Source: Sanz L and Jansen P, 2023. A Taxonomy of Organised Innovations \
             Spaces. Joint Research Centre, living labs",
            "Е — Эх сурвалж: Sanz L, Jansen P, 2023. A Taxonomy of Organised Innovations \
             Spaces [Зохион байгуулалттай инновацийн орон зайн ангилал]. Хамтарсан \
             судалгааны төв, амьд лабораториуд",
        ]
    );
    // The source cited as itself is its whole reference, publisher included.
    assert_eq!(
        cite_files(&files, "src-sanz"),
        [
            "Sanz L and Jansen P, 2023. A Taxonomy of Organised Innovations Spaces. Joint \
             Research Centre",
            "Sanz L, Jansen P, 2023. A Taxonomy of Organised Innovations Spaces \
             [Зохион байгуулалттай инновацийн орон зайн ангилал]. Хамтарсан судалгааны төв",
        ]
    );
}

/// A source published in Mongolian keeps its Mongolian title in both languages; the English
/// citation gives the translation in brackets, and a publisher written once is given as
/// written in both.
#[test]
fn a_mongolian_source_keeps_its_mongolian_title_in_an_english_citation() {
    let src = published(
        "src-deck",
        (
            "The power of collaboration (slides, in Mongolian)",
            "Хамтран ажиллах хүч",
        ),
        ("Unnamed presenter", "Нэр нь үл дурдагдсан илтгэгч"),
        2021,
        "original: mn\npublisher: Ivory Tower AB\n",
    );
    let files = [
        ("src-deck.md", src.as_str()),
        ("e.md", &citing(&[("src-deck", ("slide 2", "2-р слайд"))])),
    ];
    assert_eq!(
        cite_files(&files, "e"),
        [
            "E — Source: Unnamed presenter, 2021. Хамтран ажиллах хүч [The power of \
             collaboration (slides, in Mongolian)]. Ivory Tower AB, slide 2",
            "Е — Эх сурвалж: Нэр нь үл дурдагдсан илтгэгч, 2021. Хамтран ажиллах хүч. Ivory \
             Tower AB, 2-р слайд",
        ]
    );
}

/// A title that is only the author's name is said once, as the author; a publisher the
/// author already names is not repeated.
#[test]
fn a_title_or_publisher_repeating_the_author_is_said_once() {
    let src = published(
        "src-db",
        (
            "Statistical Service (2025): unified database",
            "Статистикийн нэгдсэн сан (2025)",
        ),
        ("Statistical Service", "Статистикийн нэгдсэн сан"),
        2025,
        "original: mn\npublisher: {en: Statistical Service, mn: Статистикийн нэгдсэн сан}\n",
    );
    assert_eq!(
        cite_files(&[("src-db.md", &src)], "src-db"),
        [
            "Statistical Service, 2025. Статистикийн нэгдсэн сан [Unified database]",
            "Статистикийн нэгдсэн сан, 2025",
        ]
    );
}

fn citing(sources: &[(&str, (&str, &str))]) -> String {
    let refs: String = sources
        .iter()
        .map(|(id, (en, mn))| {
            format!("  - id: {id}\n    locator: {{en: \"{en}\", mn: \"{mn}\"}}\n")
        })
        .collect();
    format!(
        "---\nid: e\nkind: definition\ntitle: {{en: E, mn: Е}}\nsummary: {{en: s, mn: s}}\n\
         sources:\n{refs}---\n::: en\nx\n\n::: mn\nx\n"
    )
}

/// The title after «Who, year.» starts a sentence: its first letter, and only that, is a
/// capital.
#[test]
fn the_title_after_who_and_when_starts_with_a_capital() {
    let src = source(
        "src-park",
        ("homepage of the IT Park", "албан ёсны цахим хуудас"),
        ("IT Park", "МТП"),
        2025,
    );
    let lines = cite_files(
        &[
            ("src-park.md", &src),
            ("e.md", &citing(&[("src-park", ("Box 1", "1-р хайрцаг"))])),
        ],
        "e",
    );
    assert_eq!(
        lines,
        [
            "E — Source: IT Park, 2025. Homepage of the IT Park, Box 1",
            "Е — Эх сурвалж: МТП, 2025. Албан ёсны цахим хуудас, 1-р хайрцаг",
        ]
    );
    assert_eq!(capitalised("élan vital"), "Élan vital");
    assert_eq!(capitalised(""), "");
}

/// A source known only as cited elsewhere names who, when, where it was cited and the place
/// once each; a place that repeats the title, and a title that repeats the author, are said
/// once.
#[test]
fn a_cited_source_says_who_when_and_where_once() {
    let tci = source(
        "src-tci",
        (
            "TCI (2017), cited in HSE 2018",
            "TCI (2017), ЭЗДС-ийн 2018 оны илтгэлд иш татсан",
        ),
        ("TCI", "TCI"),
        2017,
    );
    let ec = source(
        "src-ec",
        (
            "European Commission (2002): Benchmarking of Business Incubators",
            "Европын Комисс (2002): Бизнес инкубаторын жишиг үнэлгээ",
        ),
        ("European Commission", "Европын Комисс"),
        2002,
    );
    let wb = source(
        "src-wb",
        (
            "World Bank: World Development Indicators",
            "Дэлхийн банк: Дэлхийн хөгжлийн үзүүлэлтүүд",
        ),
        ("World Bank", "Дэлхийн банк"),
        2025,
    );
    let entry = citing(&[
        (
            "src-tci",
            (
                "as cited on slide: The Issue",
                "иш татсан: «The Issue» слайд",
            ),
        ),
        (
            "src-ec",
            (
                "Benchmarking of Business Incubators",
                "«Benchmarking of Business Incubators» тайлан",
            ),
        ),
        ("src-wb", ("", "")),
    ]);
    let lines = cite_files(
        &[
            ("src-tci.md", &tci),
            ("src-ec.md", &ec),
            ("src-wb.md", &wb),
            ("e.md", &entry),
        ],
        "e",
    );
    assert_eq!(
        lines,
        [
            "E — Sources: TCI, 2017. Cited in HSE 2018, slide: The Issue; \
             European Commission, 2002. Benchmarking of Business Incubators; \
             World Bank, 2025. World Development Indicators",
            "Е — Эх сурвалж: TCI, 2017. ЭЗДС-ийн 2018 оны илтгэлд иш татсан, «The Issue» слайд; \
             Европын Комисс, 2002. Бизнес инкубаторын жишиг үнэлгээ, \
             «Benchmarking of Business Incubators» тайлан; \
             Дэлхийн банк, 2025. Дэлхийн хөгжлийн үзүүлэлтүүд",
        ]
    );
}

/// A citation separates its sources with «;», so no source's publisher holds one: the book a
/// chapter is in reads as part of the chapter's reference, «… (ред.), The Oxford Handbook of
/// China Innovation номонд», not as another source.
#[test]
fn a_chapter_names_its_book_as_part_of_its_own_reference() {
    let shipped = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    for e in shipped.entries() {
        if let crate::corpus::model::KindFields::Source {
            publisher: Some(p), ..
        } = &e.fields
        {
            for lang in Lang::ALL {
                assert!(!p.show(lang).contains(';'), "{}: {}", e.id, p.show(lang));
            }
        }
    }
    let l10n = Localizer::new();
    let i = shipped
        .index_of("fig-china-high-tech-zone-export-share")
        .expect("figure");
    let mn = citation_in(&shipped, &l10n, i, Lang::Mn);
    assert_eq!(mn.split("; ").count(), 2, "two sources: {mn}");
    assert!(
        mn.contains(
            "(ред.), The Oxford Handbook of China Innovation номонд. Oxford University Press"
        ),
        "{mn}"
    );
}

/// A journal article names its journal (`published_in`) after its title, as the language
/// writes it, and before a publisher when it has one.
#[test]
fn a_journal_article_names_its_journal_after_its_title() {
    let src = published(
        "src-hong",
        (
            "Hong et al. (2017): Technology business incubators",
            "Хун нар (2017): Технологийн бизнес инкубатор",
        ),
        ("Hong J and Chen M", "Hong J, Chen M"),
        2017,
        "published_in:\n  en: \"Technology Analysis & Strategic Management, 29(6), 569–582\"\n  \
         mn: \"Technology Analysis & Strategic Management сэтгүүл, 29-р боть\"\n\
         publisher: Taylor & Francis\n",
    );
    assert_eq!(
        cite_files(&[("src-hong.md", src.as_str())], "src-hong"),
        [
            "Hong J and Chen M, 2017. Technology business incubators. Technology Analysis & \
             Strategic Management, 29(6), 569–582. Taylor & Francis",
            "Hong J, Chen M, 2017. Technology business incubators [Технологийн бизнес \
             инкубатор]. Technology Analysis & Strategic Management сэтгүүл, 29-р боть. \
             Taylor & Francis",
        ]
    );
}

/// A source whose date the corpus does not know says so after its author, in both languages
/// (a citation pasted into a memo without a date looks unfinished); a dated one is unchanged.
#[test]
fn an_undated_source_says_no_date() {
    let shipped = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let l10n = Localizer::new();
    let i = shipped
        .index_of("fig-lithuania-cluster-programmes")
        .expect("shipped");
    let en = citation_in(&shipped, &l10n, i, Lang::En);
    assert!(
        en.contains("Lithuania, n.d. The Policy Makers Vision"),
        "{en}"
    );
    let mn = citation_in(&shipped, &l10n, i, Lang::Mn);
    assert!(mn.contains("инновацийн яам, огноогүй. The Policy"), "{mn}");
    let dated = shipped
        .index_of("china-university-run-enterprises")
        .expect("shipped");
    assert!(!citation_in(&shipped, &l10n, dated, Lang::En).contains("n.d."));
}
