//! The Mongolian style warnings of `toli check`, each pinned by a small fixture to its code,
//! line and column and to the fix it suggests; and their counts over the shipped corpus.

use crate::common;

use toli::corpus::load::{Sources, load};
use toli::diagnostic::{Problem, Severity};

/// A definition `id` titled `title_mn` in Mongolian, with `summary_mn` and the bodies given.
/// Front-matter lines: title mn on 6, summary mn on 9; the bodies start on lines 15 and 18.
fn entry(id: &str, title_mn: &str, summary_mn: &str, en: &str, mn: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: Title\n  mn: {title_mn}\nsummary:\n  en: Summary\n  mn: {summary_mn}\nsources:\n  - id: src-a\n    locator: p. 1\n---\n::: en\n{en}\n\n::: mn\n{mn}\n"
    )
}

/// `name:line:col: code` and the problem of every diagnostic of the files (plus `src-a`).
fn check(files: &[(&str, String)], extra: Option<&str>) -> Vec<(String, Problem)> {
    let mut all: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    if let Some(names) = extra {
        all.push(("LATIN_NAMES.txt", names));
    }
    let (outcome, prefix) = common::load_with_source(&all);
    outcome
        .diagnostics
        .into_iter()
        .map(|d| {
            assert_eq!(d.severity(), Severity::Warning, "{d:?}");
            (
                format!(
                    "{}:{}:{}: {}",
                    d.path.strip_prefix(&prefix).unwrap_or(&d.path),
                    d.line,
                    d.column,
                    d.problem.code()
                ),
                d.problem,
            )
        })
        .collect()
}

fn one(mn_body: &str) -> Vec<(String, Problem)> {
    check(
        &[("e.md", entry("e", "Гарчиг", "Товч", "Text.", mn_body))],
        None,
    )
}

#[test]
fn a_case_ending_after_a_link_goes_inside_it() {
    let found = one("Энэ бол [[src-a]]-ийн дүгнэлт, [[src-a|тайлан]]-д бий.");
    let sites: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        sites,
        ["e.md:18:9: mn-case-hyphen", "e.md:18:32: mn-case-hyphen"]
    );
    assert_eq!(
        found[1].1,
        Problem::MnCaseHyphen {
            found: "[[src-a|тайлан]]-д".into(),
            fix: "[[src-a|тайланд]]".into(),
            after: "link".into(),
        }
    );
}

/// Walk 13, T2: after `[[id]]-ыг` the fix names the id the link meant when it names no entry
/// (the one its broken-link error suggests), and the word to write: the target's title with
/// the ending on its last word, as the corpus writes that word in that case. Walk 14, C3: a
/// long title is not the text to copy: the name before its colon («1-р дүгнэлт»), else the
/// kind's word, inflected; when the corpus writes none of them in that case, `…` marks the
/// place for the author's word, never a title with a bare ending glued on.
#[test]
fn a_case_ending_after_a_bare_link_is_fixed_with_the_meant_id_and_the_inflected_title() {
    let target = entry(
        "sea-buckthorn-cluster",
        "Монголын чацарганын кластерийн санаачилга",
        "Товч",
        "Text.",
        "Энэ санаачилгыг судална.",
    );
    let other = entry("other-park", "Сумын парк", "Товч", "Text.", "Бичвэр.");
    let finding = entry(
        "unctad-finding-1",
        "\"1-р дүгнэлт: баялагт тулгуурласан эдийн засаг мэдлэгт суурилсан төрөлжилт эрэлхийлж байна\"",
        "Товч",
        "Text.",
        "Энэ дүгнэлтийг уншина.",
    );
    let long = entry(
        "long-definition",
        "Шинжлэх ухаан, технологи, инновацийн паркийн олон улсын тодорхойлолт",
        "Товч",
        "Text.",
        "Энэ тодорхойлолтын тухай.",
    );
    let e = entry(
        "e",
        "Гарчиг",
        "Товч",
        "Text.",
        "Жишээ нь [[sea-buckthorn-klaster]]-ыг үзнэ. [[sea-buckthorn-cluster]]-ыг ба [[other-park]]-ийг. [[unctad-finding-1]]-г үзнэ үү. [[long-definition]]-ийн дагуу.",
    );
    let files = [
        ("a.md", target.as_str()),
        ("b.md", other.as_str()),
        ("c.md", finding.as_str()),
        ("d.md", long.as_str()),
        ("e.md", e.as_str()),
    ];
    let (outcome, _) = common::load_with_source(&files);
    let fixes: Vec<(&str, &str)> = outcome
        .diagnostics
        .iter()
        .filter_map(|d| match &d.problem {
            Problem::MnCaseHyphen { found, fix, .. } => Some((found.as_str(), fix.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        fixes,
        [
            (
                "[[sea-buckthorn-klaster]]-ыг",
                "[[sea-buckthorn-cluster|Монголын чацарганын кластерийн санаачилгыг]]"
            ),
            (
                "[[sea-buckthorn-cluster]]-ыг",
                "[[sea-buckthorn-cluster|Монголын чацарганын кластерийн санаачилгыг]]"
            ),
            ("[[other-park]]-ийг", "[[other-park|…]]"),
            (
                "[[unctad-finding-1]]-г",
                "[[unctad-finding-1|1-р дүгнэлтийг]]"
            ),
            (
                "[[long-definition]]-ийн",
                "[[long-definition|тодорхойлолтын]]"
            ),
        ]
    );
    let afters: Vec<&str> = (outcome.diagnostics.iter())
        .filter_map(|d| match &d.problem {
            Problem::MnCaseHyphen { after, .. } => Some(after.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(afters, ["link", "link", "link-word", "link", "link"]);
    let l10n = toli::i18n::Localizer::new();
    let placeholder = (outcome.diagnostics.iter())
        .find(|d| matches!(&d.problem, Problem::MnCaseHyphen { after, .. } if after == "link-word"))
        .expect("the placeholder's warning");
    let told = placeholder.render(&l10n, toli::lang::Lang::Mn);
    assert!(
        told.contains("«…» тэмдгийн оронд") && told.ends_with("ШУТИ-ийн, UNCTAD-ын)"),
        "{told}"
    );
    let broken = outcome
        .diagnostics
        .iter()
        .find(|d| matches!(&d.problem, Problem::BrokenLink { .. }))
        .expect("the broken link is reported");
    assert_eq!(broken.suggestion.as_deref(), Some("sea-buckthorn-cluster"));
}

/// The title a bare link's fix copies is in lower case inside a sentence when it is a common
/// noun (the corpus writes it so), capitalised where the link starts the sentence; «луу» after
/// a hyphen is a word of its own, after a space, in the form the title takes.
#[test]
fn a_title_copied_into_a_link_is_lower_case_inside_a_sentence_and_towards_is_a_word() {
    let target = entry(
        "accel",
        "Акселератор",
        "Товч",
        "Text.",
        "Энэ акселератороор дамжина.",
    );
    let e = entry(
        "e",
        "Гарчиг",
        "Товч",
        "Text.",
        "Гарааны бизнес [[accel]]-оор дамжина. [[accel]]-оор эхэлнэ. Дараа нь [[accel]]-руу шилжинэ.",
    );
    let (outcome, _) = common::load_with_source(&[("a.md", target), ("e.md", e)]);
    let l10n = toli::i18n::Localizer::new();
    let fixes: Vec<(&str, &str, String)> = outcome
        .diagnostics
        .iter()
        .filter_map(|d| match &d.problem {
            Problem::MnCaseHyphen { found, fix, .. } => Some((
                found.as_str(),
                fix.as_str(),
                d.render(&l10n, toli::lang::Lang::Mn),
            )),
            _ => None,
        })
        .collect();
    let pairs: Vec<(&str, &str)> = fixes.iter().map(|(a, b, _)| (*a, *b)).collect();
    assert_eq!(
        pairs,
        [
            ("[[accel]]-оор", "[[accel|акселератороор]]"),
            ("[[accel]]-оор", "[[accel|Акселератороор]]"),
            ("[[accel]]-руу", "[[accel]] луу"),
        ]
    );
    assert!(
        fixes[2].2.contains("тусдаа үг") && !fixes[2].2.contains("ШУТИ-ийн"),
        "{}",
        fixes[2].2
    );
}

#[test]
fn a_case_ending_after_emphasis_brackets_or_a_word() {
    let found = one(
        "**Семинар**-аар, хууль (SBL)-ны, тогтвортой байдал-ий.\nШинжлэх ухаан, технологи, инновацийн (ШУТИ) парк; ШУТИ-ийн, UNCTAD-ын, Socratus-ын, 4-р сар.",
    );
    let fixes: Vec<(&str, &str)> = found
        .iter()
        .map(|(site, p)| match p {
            Problem::MnCaseHyphen { fix, .. } => (site.as_str(), fix.as_str()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        fixes,
        [
            ("e.md:18:1: mn-case-hyphen", "**Семинараар**"),
            ("e.md:18:18: mn-case-hyphen", "хуульны (SBL)"),
            ("e.md:18:45: mn-case-hyphen", "байдлын"),
        ]
    );
}

#[test]
fn latin_words_in_mongolian_values_unless_listed() {
    let text = entry(
        "e",
        "Гурвалсан спираль (Triple Helix)",
        "IT Park, UNCTAD, Sanz нар (2023) болон Acme Corp",
        "Text.",
        "Бичвэр.",
    )
    .replace("en: Summary\n", "en: Summary (2023)\n");
    let found = check(&[("e.md", text.clone())], None);
    let sites: Vec<String> = found
        .iter()
        .map(|(s, p)| match p {
            Problem::MnLatin { field, word } => format!("{s} {field} «{word}»"),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        sites,
        [
            "e.md:6:26: mn-latin title «Triple Helix»",
            "e.md:9:46: mn-latin summary «Acme Corp»",
        ]
    );
    // A trainer's folder may allow its own names.
    let found = check(&[("e.md", text)], Some("# ours\nAcme Corp\n"));
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn known_misspellings_with_their_fix() {
    let found = one("Гэрээын нөхцөл ба кластераас гадна.");
    let fixes: Vec<(&str, Problem)> = found.iter().map(|(s, p)| (s.as_str(), p.clone())).collect();
    assert_eq!(
        fixes,
        [
            (
                "e.md:18:1: mn-spelling",
                Problem::MnSpelling {
                    word: "Гэрээын".into(),
                    fix: "Гэрээний".into()
                }
            ),
            (
                "e.md:18:19: mn-spelling",
                Problem::MnSpelling {
                    word: "кластераас".into(),
                    fix: "кластерээс".into()
                }
            ),
        ]
    );
}

#[test]
fn doubled_words_and_links_that_repeat_the_words_before_them() {
    let helix = entry(
        "triple-helix",
        "Гурвалсан спираль",
        "Товч",
        "Text.",
        "Бичвэр.",
    );
    let text = entry(
        "e",
        "Гарчиг",
        "Товч",
        "See [[triple-helix]].",
        "Монголын Монголын жишээ.\nГурвалсан спираль ([[triple-helix]]) загвар; тус тус.",
    );
    let found = check(&[("triple-helix.md", helix), ("e.md", text)], None);
    let sites: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        sites,
        ["e.md:18:10: mn-doubled-word", "e.md:19:1: mn-link-repeats"]
    );
    assert_eq!(
        found[1].1,
        Problem::MnLinkRepeats {
            words: "Гурвалсан спираль".into(),
            shown: "Гурвалсан спираль".into(),
            fix: "[[triple-helix|Гурвалсан спираль]]".into(),
        }
    );
}

#[test]
fn a_point_before_three_decimals_is_told_in_mongolian_text_only() {
    let text = entry(
        "e",
        "Гарчиг",
        "Хүн ам 3.348 сая",
        "A population of 3.348 million; 2,972.53.",
        "Хүн ам 3.348 сая; 2,972.53; 3 сая 348 мянга.",
    );
    let found = check(&[("e.md", text)], None);
    let sites: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        sites,
        [
            "e.md:9:14: mn-three-decimals",
            "e.md:18:8: mn-three-decimals"
        ]
    );
    assert_eq!(
        found[1].1,
        Problem::MnThreeDecimals {
            number: "3.348".into()
        }
    );
}

#[test]
fn numbers_only_one_language_carries() {
    let same = entry(
        "e",
        "Гарчиг",
        "Товч",
        "In December 2023, 105 applications arrived, three (3) times.",
        "2023 оны 12-р сард 105 өргөдөл ирсэн, гурван (3) удаа.",
    );
    let found = check(&[("e.md", same)], None);
    assert!(found.is_empty(), "{found:?}");
    let text = entry(
        "e",
        "Гарчиг",
        "Товч",
        "In December 2023, 150 applications, 1,398 firms, 3 rounds.",
        "2023 оны 12-р сард 105 өргөдөл, 1 398 пүүс ирсэн.",
    );
    let found = check(&[("e.md", text)], None);
    let sites: Vec<(&str, Problem)> = found.iter().map(|(s, p)| (s.as_str(), p.clone())).collect();
    assert_eq!(
        sites,
        [
            (
                "e.md:15:19: numbers-one-side",
                Problem::NumbersOneSide {
                    lang: toli::lang::Lang::En,
                    numbers: "150".into()
                }
            ),
            (
                "e.md:18:20: numbers-one-side",
                Problem::NumbersOneSide {
                    lang: toli::lang::Lang::Mn,
                    numbers: "105".into()
                }
            ),
        ]
    );
}

/// The shipped corpus carries none of the Mongolian faults: hyphenated endings, Latin words in
/// Mongolian values, doubled words and repeating links. Prints the counts of every warning.
#[test]
fn a_piped_link_in_a_table_row_is_written_as_a_markdown_link() {
    let stage = entry("stage-a", "Шат", "Товч", "Text.", "Бичвэр.");
    let text = entry(
        "e",
        "Гарчиг",
        "Товч",
        "| a | b |\n|---|---|\n| 1 | [[stage-a|the stage]] |",
        "Бичвэр [[stage-a|шатанд]] мөрөнд.",
    );
    let found = check(&[("stage-a.md", stage), ("e.md", text)], None);
    let sites: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        sites,
        ["e.md:17:7: piped-link-in-table"],
        "prose links are fine"
    );
    assert_eq!(
        found[0].1,
        Problem::PipedLinkInTable {
            found: "[[stage-a|the stage]]".into(),
            fix: "[the stage](stage-a)".into(),
        }
    );
}

#[test]
fn the_shipped_corpus_has_no_mongolian_style_faults() {
    let outcome = load(&Sources::builtin());
    let count = |code: &str| {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.problem.code() == code)
            .count()
    };
    let codes = [
        "mn-abbrev-first-use",
        "mn-case-hyphen",
        "mn-latin",
        "mn-doubled-word",
        "mn-link-repeats",
        "mn-spelling",
        "piped-link-in-table",
        "numbers-one-side",
        "en-cyrillic",
        "mn-three-decimals",
    ];
    for code in codes {
        println!("{code}: {}", count(code));
    }
    let faults: Vec<String> = outcome
        .diagnostics
        .iter()
        .filter(|d| {
            codes[..5].contains(&d.problem.code())
                || ["piped-link-in-table", "en-cyrillic", "mn-three-decimals"]
                    .contains(&d.problem.code())
        })
        .map(|d| format!("{}:{}:{}: {}", d.path, d.line, d.column, d.problem.code()))
        .collect();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// A value written with three decimals prints as «3.348» in Mongolian too, which reads as a
/// thousands group there (GLOSSARY, Review 27 numbers): the shipped key figures, evidence and
/// figure rows are written in a unit that needs fewer (3,348 thousand, not 3.348 million).
#[test]
fn no_shipped_value_is_written_with_three_decimals() {
    use toli::corpus::model::KindFields;
    let outcome = load(&Sources::builtin());
    let mut three = Vec::new();
    for e in outcome.corpus.entries() {
        let places: Vec<Option<u8>> = match &e.fields {
            KindFields::Case { key_figures, .. } => key_figures.iter().map(|f| f.places).collect(),
            KindFields::Finding { evidence, .. } => evidence.iter().map(|f| f.places).collect(),
            KindFields::Figure { rows, .. } => rows.iter().map(|r| r.places).collect(),
            _ => Vec::new(),
        };
        if places.contains(&Some(3)) {
            three.push(e.id.clone());
        }
    }
    assert!(three.is_empty(), "{three:?}");
}

#[test]
fn an_abbreviation_is_spelled_out_at_its_first_use_in_the_body() {
    use toli::i18n::Localizer;
    use toli::lang::Lang;
    // A quoted title keeps its short form; the first bare use after it is the one to spell out.
    let found = one("«ШУТИ-ийн бодлогын орчин» бүлэгт\nМонгол Улс ШУТИ-ийн паркийг дэмжинэ.");
    let sites: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(sites, ["e.md:19:12: mn-abbrev-first-use"]);
    let problem = &found[0].1;
    assert_eq!(
        *problem,
        Problem::MnAbbrevFirstUse {
            abbr: "ШУТИ".into(),
            words: "шинжлэх ухаан, технологи, инноваци (ШУТИ)".into(),
            // The quoted title uses it again.
            once: false,
        }
    );
    let l10n = Localizer::new();
    assert_eq!(
        problem.message(&l10n, Lang::En),
        "«ШУТИ» is used here before it is spelled out — at its first use in the Mongolian text \
         write the words, with the case ending the sentence needs, then the abbreviation in \
         brackets: шинжлэх ухаан, технологи, инноваци (ШУТИ); after that «ШУТИ» alone will do \
         (a quoted title in «…» does not count)"
    );
    assert_eq!(
        problem.message(&l10n, Lang::Mn),
        "«ШУТИ» товчлолыг бүтэн нэрийг нь бичихээс өмнө хэрэглэжээ — монгол бичвэрт анх \
         хэрэглэхдээ үгсийг нь өгүүлбэрт тохирох нөхцөлтэй нь бүтнээр бичээд, товчлолыг хаалтад \
         бичнэ үү: шинжлэх ухаан, технологи, инноваци (ШУТИ); түүнээс хойш «ШУТИ» гэж товч \
         бичиж болно («…» хашилтад бичсэн гарчгийг тооцохгүй)"
    );
    // Spelled out first, or only inside «…»: nothing to say.
    assert_eq!(
        one("Шинжлэх ухаан, технологи, инновацийн (ШУТИ) парк байгуулна.\nШУТИ-ийн бодлого."),
        []
    );
    assert_eq!(
        one("«ШУТИ-ийн парк хөгжлийн хэрэгсэл болох нь» бүлэгт тайлбарласан."),
        []
    );
}

/// A title with its full name in brackets («ШУТИ-ийн парк (шинжлэх ухаан, …)») lends the name
/// before the bracket to the link-ending advice, not its kind's word.
#[test]
fn the_link_ending_advice_takes_the_name_before_a_title_s_bracket() {
    let park = entry(
        "sti-park",
        "ШУТИ-ийн парк (шинжлэх ухаан, технологи, инновацийн парк)",
        "Товч",
        "Text.",
        "Паркийн тухай; паркийн дэмжлэг.",
    );
    let e = entry("e", "Гарчиг", "Товч", "Text.", "[[sti-park]]-ийн тухай.");
    let files = [("a.md", park.as_str()), ("e.md", e.as_str())];
    let (outcome, _) = common::load_with_source(&files);
    let fixes: Vec<&str> = (outcome.diagnostics.iter())
        .filter_map(|d| match &d.problem {
            Problem::MnCaseHyphen { fix, .. } => Some(fix.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(fixes, ["[[sti-park|ШУТИ-ийн паркийн]]"]);
}
