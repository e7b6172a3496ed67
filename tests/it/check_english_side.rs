//! What `toli check` says of the English side and of controlled values: Mongolian
//! written as an English value or as a source's place warns, as Latin letters on the Mongolian
//! side do, while a Mongolian name or quotation inside English words does not; a value a field
//! does not take is answered with the values it does, each with its name in the reader's
//! language.

use crate::common;

use toli::i18n::Localizer;
use toli::lang::Lang;

/// Every problem of the files (beside `src-a`) as `name:line:col: message` in `lang`.
fn said(files: &[(&str, &str)], lang: Lang) -> Vec<String> {
    let (outcome, prefix) = common::load_with_source(files);
    let l10n = Localizer::new();
    outcome
        .diagnostics
        .iter()
        .map(|d| d.render(&l10n, lang).replacen(&prefix, "", 1))
        .collect()
}

/// A case whose English summary is the Mongolian one, whose first source's place is written
/// once in Mongolian, and whose other English texts hold Mongolian rightly: a name in
/// brackets, a Russian name among the aliases, a slide's title quoted as the deck has it.
const DARKHAN: &str = "---
id: darkhan-wool
kind: case
title:
  en: The Darkhan wool cooperative (Дарханы ноосны хоршоо)
  mn: Дарханы ноосны хоршоо
summary:
  en: Дарханы ноосны хоршоо 2015 онд байгуулагдсан.
  mn: Дарханы ноосны хоршоо 2015 онд байгуулагдсан.
aliases:
  en: [Карта кластеров России]
  mn: [Ноосны хоршоо]
country: MN
type: organisation
sources:
  - id: src-a
    locator: \"V бүлэг\"
  - id: src-a
    locator: {en: \"slide: Кластерийн тодорхойлолт\", mn: \"«Кластерийн тодорхойлолт» слайд\"}
  - id: src-a
    locator: {en: \"3-р хүснэгт\", mn: \"3-р хүснэгт.\"}
---
::: en
Founded in 2015.

::: mn
2015 онд байгуулагдсан.
";

#[test]
fn mongolian_on_the_english_side_warns_where_it_is_written() {
    let found = said(&[("darkhan-wool.md", DARKHAN)], Lang::En);
    assert_eq!(
        found,
        [
            "darkhan-wool.md:8:7: warning: the English `summary` is written in Cyrillic: \
             «Дарханы ноосны хоршоо 2015 онд байгуулагдсан.» — write it in English (a Mongolian \
             name inside an English sentence is fine, and so is a quotation in “…” or «…»)",
            "darkhan-wool.md:17:14: warning: source 1: `locator` gives the place in Mongolian \
             only, «V бүлэг», and the English view shows it as written — write the place as the \
             source names it in English (`locator: \"Section V\"`, which toli shows in Mongolian \
             as «V бүлэг»), or both languages: {en: \"…\", mn: \"…\"}",
            "darkhan-wool.md:21:19: warning: source 3: `locator` gives the place in Mongolian \
             only, «3-р хүснэгт», and the English view shows it as written — write the place as \
             the source names it in English (`locator: \"Section V\"`, which toli shows in \
             Mongolian as «V бүлэг»), or both languages: {en: \"…\", mn: \"…\"}",
        ]
    );
    let mn = said(&[("darkhan-wool.md", DARKHAN)], Lang::Mn);
    assert_eq!(mn.len(), 3, "{mn:#?}");
    assert!(
        mn[0].starts_with(
            "darkhan-wool.md:8:7: анхааруулга: англи `summary` талбарыг кирилл үсгээр бичжээ: \
             «Дарханы ноосны хоршоо 2015 онд байгуулагдсан.»"
        ),
        "{}",
        mn[0]
    );
    assert!(mn[1].contains("№1 эх сурвалж: `locator`"), "{}", mn[1]);
    assert!(mn[1].contains("«V бүлэг»"), "{}", mn[1]);
}

#[test]
fn the_english_side_written_in_english_passes() {
    let fixed = DARKHAN
        .replace(
            "  en: Дарханы ноосны хоршоо 2015 онд байгуулагдсан.",
            "  en: The Darkhan wool cooperative was founded in 2015.",
        )
        .replace("locator: \"V бүлэг\"", "locator: \"Section V\"")
        .replace(
            "{en: \"3-р хүснэгт\", mn: \"3-р хүснэгт.\"}",
            "{en: \"Table 3\", mn: \"3-р хүснэгт.\"}",
        );
    // A source entry names its publication and author as printed, in Cyrillic too.
    let source = "---\nid: src-mn\nkind: source\ntitle: {en: A Mongolian report, mn: Монгол тайлан}\n\
                  summary: {en: A report., mn: Тайлан.}\nauthor: Ж. Батболд\noriginal: mn\n---\n\
                  ::: en\nA report.\n::: mn\nТайлан.\n";
    assert_eq!(
        said(
            &[("darkhan-wool.md", &fixed), ("src-mn.md", source)],
            Lang::En
        ),
        [""; 0]
    );
}

/// A value a coded field does not take: the codes with their names in the reader's language
/// where the name is not the code itself, so «хоршоо» leads to `organisation (байгууллага)`.
#[test]
fn a_bad_controlled_value_lists_the_values_with_their_names() {
    let wrong = DARKHAN
        .replace("type: organisation", "type: cooperative")
        .replace("country: MN", "country: Mongol");
    let mn = said(&[("darkhan-wool.md", &wrong)], Lang::Mn);
    let line = |lines: &[String], code: &str| -> String {
        let found = lines.iter().find(|l| l.contains(code));
        found
            .cloned()
            .unwrap_or_else(|| panic!("{code}: {lines:#?}"))
    };
    assert_eq!(
        line(&mn, "`cooperative`"),
        "darkhan-wool.md:14:7: алдаа: `cooperative` гэсэн утгыг `type` талбар хүлээж авахгүй; \
         боломжит утга: park (парк), cluster (кластер), incubator (инкубатор), programme \
         (хөтөлбөр), organisation (байгууллага), platform (платформ), company (компани), \
         ecosystem (экосистем)"
    );
    assert!(line(&mn, "`Mongol`").contains("MN (Монгол Улс)"), "{mn:#?}");
    let en = said(&[("darkhan-wool.md", &wrong)], Lang::En);
    // In English a name that is its code is not said twice; a country's is.
    assert!(
        line(&en, "`cooperative`").ends_with(
            "expected park, cluster, incubator, programme, organisation, platform, company, \
             ecosystem"
        ),
        "{en:#?}"
    );
    assert!(line(&en, "`Mongol`").contains("MN (Mongolia)"), "{en:#?}");
}
