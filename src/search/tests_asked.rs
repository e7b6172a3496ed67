//! What a question asks for and which entry holds it, over small corpora written as entry
//! files: the entry a question names but that lacks the answer, a year typed, a title holding
//! most of a long question, entries named alike, and a question about an abbreviation.

use super::*;
use crate::corpus::Loaded;
use crate::corpus::parse::parse_entry;

/// An entry from the text of its file (the entry format, content/README.md).
pub(super) fn entry(text: &str) -> Loaded {
    let parsed = parse_entry("test.md", text, false);
    let problems = format!("{:?}", parsed.diagnostics);
    Loaded {
        entry: parsed.entry.expect(&problems),
        link_sites: parsed.link_sites,
        lines: parsed.lines,
    }
}

/// The text of an entry file: the front matter `head` (its id, kind, title, summary and
/// fields, in the entry format) and a body of `en` and `mn`.
pub(super) fn file(head: &str, en: &str, mn: &str) -> String {
    format!("---\n{}\n---\n::: en\n{en}\n::: mn\n{mn}\n", head.trim())
}

/// A research park in Mongolia (a case: `country: MN`, `type: park`, `sector: [research]`),
/// its id, title, summary and any other fields in `head`, its body `en` and `mn`.
fn research_park(head: &str, en: &str, mn: &str) -> String {
    let head = head.trim();
    let head = format!("{head}\nkind: case\ncountry: MN\ntype: park\nsector: [research]");
    file(&head, en, mn)
}

/// The ids `query` finds in the corpus of `files`, best first.
pub(super) fn found(files: &[impl AsRef<str>], query: &str) -> Vec<String> {
    let corpus = Corpus::new(files.iter().map(|t| entry(t.as_ref())).collect());
    let index = SearchIndex::build(&corpus);
    (index
        .search(&corpus, query, &SearchOptions::default())
        .iter())
    .map(|h| corpus.id(h.entry).to_string())
    .collect()
}

/// Asserts that each of `queries` finds entry `id` first in the corpus of `files`.
pub(super) fn answers_first(files: &[impl AsRef<str>], queries: &[&str], id: &str) {
    for query in queries {
        let got = found(files, query);
        assert_eq!(
            got.first().map(String::as_str),
            Some(id),
            "{query:?} → {got:?}"
        );
    }
}

/// MCS Group, whose alias is MCS, linking to its business park.
fn group() -> String {
    file(
        r#"
id: group
kind: case
title: {en: MCS Group, mn: MCS групп}
summary: {en: A conglomerate that owns a business park., mn: Бизнес парк эзэмшдэг конгломерат.}
aliases: {en: [MCS], mn: [MCS]}
country: MN
type: company
sector: [multi]
related: [group-park]
"#,
        "MCS owns the [[group-park]].",
        "MCS бизнес [[group-park|парктай]].",
    )
}

/// MCS Group's business park, founded in 1993.
fn group_park() -> String {
    file(
        r#"
id: group-park
kind: case
title: {en: MCS Business Park, mn: MCS бизнес парк}
summary: {en: The group's start-up park., mn: Группийн гарааны бизнесийн парк.}
country: MN
type: incubator
established: 1993
sector: [ict]
"#,
        "A park.",
        "Парк.",
    )
}

/// "When was MCS founded": MCS Group is named (its alias is the question's subject) but no
/// source gives its founding; the business park it links to, whose title holds the name, was
/// founded in 1993 and answers first. A named entry that has the date keeps its place, and so
/// does one pointing to several entries that have one.
#[test]
fn a_named_entry_without_the_date_asked_is_answered_by_the_entry_it_links_to() {
    answers_first(
        &[&group(), &group_park()],
        &[
            "when was MCS founded",
            "MCS хэзээ байгуулагдсан бэ",
            "MCS hezee baiguulagdsan",
        ],
        "group-park",
    );
    let dated = group().replace("sector:", "established: 1993\nsector:");
    answers_first(&[&dated, &group_park()], &["when was MCS founded"], "group");
    // A year licensed dates an entry too: a park's licence answers when it began.
    let licensed = group().replace("sector:", "licensed: 1995\nsector:");
    answers_first(
        &[&licensed, &group_park()],
        &["when was MCS founded"],
        "group",
    );
    // Pointing to two such entries, it points to no one answer.
    let two = group().replace("[group-park]", "[group-park, group-lab]");
    let lab = group_park()
        .replace("group-park", "group-lab")
        .replace("Business Park", "Lab")
        .replace("бизнес парк", "лаборатори");
    answers_first(
        &[&two, &group_park(), &lab],
        &["when was MCS founded"],
        "group",
    );
}

/// A year typed asks about that year: the figure titled with 2016 comes before a source that
/// quotes the 2016 figure but was published in 2021 (its year is no answer).
#[test]
fn a_year_typed_favours_what_is_dated_that_year_not_any_date() {
    let figure = file(
        r#"
id: fig-exports
kind: figure
title: {en: "High-tech zones' share of exports, 2006 and 2016", mn: "Өндөр технологийн бүсийн экспортод эзлэх хувь, 2006 ба 2016"}
summary: {en: The share rose from 15% to 28%., mn: Хувь 15-аас 28 болсон.}
unit: {en: "%", mn: "%"}
rows:
  - label: {en: "2006", mn: "2006"}
    value: 15
  - label: {en: "2016", mn: "2016"}
    value: 28
"#,
        "Two years.",
        "Хоёр он.",
    );
    let source = file(
        r#"
id: src-walcott
kind: source
title: {en: "Walcott (2021): high-tech zones", mn: "Уолкотт (2021): өндөр технологийн бүс"}
summary: {en: Cited for the zones' share of exports (15% in 2006; 28% in 2016)., mn: Бүсийн экспортод эзлэх хувь (2006 онд 15 хувь; 2016 онд 28 хувь) иш татсан.}
author: Walcott SM
year: 2021
"#,
        "A chapter.",
        "Бүлэг.",
    );
    answers_first(
        &[figure, source],
        &[
            "high-tech zones share of exports 2016",
            "өндөр технологийн бүсийн экспортын хувь 2016",
        ],
        "fig-exports",
    );
}

/// A long question more than two thirds of whose words one title holds is answered by that
/// entry, before one holding every word here and there: the finding titled "The top 10
/// clusters account for 35% of world patent filings" answers "what share of patent
/// applications do top 10 clusters account for" though it says filings, not applications.
#[test]
fn a_title_holding_more_than_two_thirds_of_a_long_question_answers_it() {
    let finding = file(
        r#"
id: top-share
kind: finding
title: {en: The top 10 clusters account for 35% of world patent filings, mn: Шилдэг 10 кластер дэлхийн патентын өргөдлийн 35 хувийг бүрдүүлдэг}
summary: {en: Innovation is concentrated in a few places., mn: Инноваци цөөн газарт төвлөрсөн.}
"#,
        "A slide.",
        "Слайд.",
    );
    let ranking = file(
        r#"
id: gii
kind: case
title: {en: "Global Innovation Index: top 10 clusters", mn: "Дэлхийн инновацийн индекс: шилдэг 10 кластер"}
summary: {en: A ranking of clusters by patent applications; their share of filings is large on that account., mn: Патентын өргөдлөөр эрэмбэлсэн кластерийн жагсаалт.}
country: JP
type: cluster
sector: [multi]
"#,
        "A table.",
        "Хүснэгт.",
    );
    let query = "what share of patent applications do top 10 clusters account for";
    answers_first(&[finding, ranking], &[query], "top-share");
    // Four words of six are not more than two thirds: a source whose title happens to hold
    // them does not come before the park the question names.
    let park = research_park(
        r#"
id: sip
title: {en: Science Park, mn: Шинжлэх ухааны парк}
summary: {en: Built on 4.2 hectares of land., mn: 4.2 га газарт баригдсан.}
"#,
        "A park.",
        "Парк.",
    );
    let source = file(
        r#"
id: src-reform
kind: source
title: {en: "Evaluating science parks upon a land reform", mn: "Газрын шинэчлэлийн үеийн шинжлэх ухааны паркийн үнэлгээ"}
summary: {en: An article., mn: Өгүүлэл.}
author: Author A
year: 2001
"#,
        "An article.",
        "Өгүүлэл.",
    );
    let query = "how many hectares of land is the science park built upon";
    answers_first(&[park, source], &[query], "sip");
}

/// Of two entries a question names alike, the one holding its other words too comes first:
/// "how many hectares of land does the science park have" → the park built on 4.2 hectares of
/// land, not the one tagged with hectares that says nothing of land.
#[test]
fn of_entries_named_alike_the_one_holding_every_word_comes_first() {
    let park = research_park(
        r#"
id: sip
title: {en: Science and Innovation Park, mn: "Шинжлэх ухаан, инновацийн парк"}
summary: {en: A public park., mn: Төрийн парк.}
aliases: {en: [Science Park], mn: [Шинжлэх ухааны парк]}
key_figures:
  - label: {en: Developed land, mn: Бэлтгэсэн газрын талбай}
    value: 4.2
    unit: {en: hectares, mn: га}
"#,
        "Built on 4.2 hectares of land.",
        "4.2 га газарт баригдаж байна.",
    );
    let other = research_park(
        r#"
id: park-tagged
title: {en: Science Park, mn: Шинжлэх ухааны парк}
summary: {en: A park of 12 firms., mn: 12 компанитай парк.}
tags: {en: [hectares], mn: [га]}
"#,
        "A park.",
        "Парк.",
    );
    let query = "how many hectares of land does the science park have";
    answers_first(&[park, other], &[query], "sip");
}

/// A word asked in one form meets the entry written in the other, with or without the vowel
/// Mongolian drops before an ending (тахлын / тахалтай, ажлын / ажил), and the snippet marks it.
#[test]
fn a_word_meets_its_form_without_the_fleeting_vowel() {
    let covid = file(
        r#"
id: covid-clusters
kind: finding
title: {en: Clusters during COVID-19, mn: Кластерууд цар тахалтай тэмцэхэд}
summary: {en: Clusters worked with companies and government against the pandemic., mn: Цар тахалтай тэмцэхэд кластерууд компаниуд болон засгийн газартай хамтран ажилласан.}
"#,
        "Text.",
        "Бичвэр.",
    );
    let other = file(
        r#"
id: other-clusters
kind: finding
title: {en: Clusters and companies, mn: Кластерууд ба компаниуд}
summary: {en: Clusters worked with companies., mn: Кластерууд компаниудтай хамтран ажилласан.}
"#,
        "Text.",
        "Бичвэр.",
    );
    answers_first(
        &[&other, &covid],
        &["цар тахлын үед кластерууд"],
        "covid-clusters",
    );
    let got = found(&[&other, &covid], "тахлын");
    assert_eq!(got, ["covid-clusters"]);
    // A word whose last letter the stemmer reads as an ending: засаг meets засгийн.
    let got = found(&[&other, &covid], "засаг");
    assert_eq!(got, ["covid-clusters"]);
}

/// The short unit a count question asks for is a whole word: «хэдэн га» (how many hectares)
/// finds the park measured in га, not the incentives whose title has «гаалийн» (customs).
#[test]
fn a_short_unit_asked_is_a_whole_word() {
    let park = research_park(
        r#"
id: park
title: {en: Science Park, mn: Шинжлэх ухааны парк}
summary: {en: A park built on 4.2 hectares., mn: 4.2 га талбайд баригдаж буй парк.}
key_figures:
  - label: {en: Land, mn: Газрын талбай}
    value: 4.2
    unit: {en: hectares, mn: га}
"#,
        "Text.",
        "Бичвэр.",
    );
    let incentives = research_park(
        r#"
id: park-incentives
title: {en: "Science park incentives: tax and customs", mn: "Шинжлэх ухааны паркийн хөнгөлөлт: татвар, гаалийн"}
summary: {en: Incentives for 10 years., mn: 10 жилийн хөнгөлөлт.}
"#,
        "Text.",
        "Бичвэр.",
    );
    answers_first(
        &[incentives, park],
        &[
            "шинжлэх ухааны парк хэдэн га",
            "shinjleh uhaanii park heden ga",
        ],
        "park",
    );
}

/// "What does ТСБ stand for": the word «товчлол» (abbreviation) frames the question, as "stand
/// for" does; an entry that happens to write «товчлолоор» is not the answer, the one the
/// abbreviation names is.
#[test]
fn the_word_abbreviation_frames_a_question_about_one() {
    let named = file(
        r#"
id: pro
kind: definition
title: {en: Public research organisation (PRO), mn: Төрийн судалгааны байгууллага (ТСБ)}
summary: {en: A research body the state owns., mn: Төрийн өмчийн судалгааны байгууллага.}
"#,
        "Text.",
        "ТСБ нь төрийн өмчийнх.",
    );
    let mentions = file(
        r#"
id: mention
kind: definition
title: {en: Cluster initiative, mn: Кластерийн санаачилга}
summary: {en: An initiative., mn: Санаачилга.}
"#,
        "Text.",
        "Илтгэлд ТСБ-г зөвхөн товчлолоор бичсэн гэсэн тэмдэглэл бий.",
    );
    answers_first(
        &[mentions, named],
        &[
            "ТСБ гэдэг товчлол юу гэсэн үг",
            "what does the abbreviation ТСБ stand for",
        ],
        "pro",
    );
}

/// A year to come is a target, not a date: "strategy to 2030" finds the strategy, not a stage
/// whose open-ended period («2015–») would hold any year.
#[test]
fn a_year_to_come_is_a_target_not_a_date() {
    let stage = file(
        r#"
id: paradigm-2015
kind: stage
title: {en: "The cluster paradigm from 2015", mn: "2015 оноос хойших кластерийн парадигм"}
summary: {en: "Clusters from 2015 on, as the sea buckthorn deck sees them; its strategy runs to 2030.", mn: "2015 оноос хойших кластер, чацарганын илтгэлээр; стратеги нь 2030 он хүртэл."}
model: cluster-paradigm-shift
position: 2
period: "2015–"
"#,
        "The second period of the paradigm shift, the strategy to 2030 among its steps.",
        "Парадигмын хоёр дахь үе, 2030 он хүртэлх стратеги түүний нэг алхам.",
    );
    let strategy = file(
        r#"
id: sbt-strategy-2030
kind: policy
title: {en: "Sea buckthorn cluster strategy to 2030", mn: "2030 он хүртэлх чацарганын кластерийн стратеги"}
summary: {en: "A new strategy for the sea buckthorn cluster.", mn: "Чацарганын кластерийн шинэ стратеги."}
country: MN
type: strategy
"#,
        "The strategy.",
        "Стратеги.",
    );
    answers_first(
        &[stage, strategy],
        &[
            "chatsarganii klasteriin 2030 hurtelh strategi",
            "sea buckthorn cluster strategy 2030",
        ],
        "sbt-strategy-2030",
    );
}

/// A year in a question asking how many is when the count was made: «2021 онд … хүн ам хэдэн
/// сая байсан» finds the population counted in 2021, not a park licensed that year.
#[test]
fn a_year_in_a_count_question_dates_the_count() {
    let finding = file(
        r#"
id: finding-economy
kind: finding
title: {en: "A resource-based economy", mn: "Баялагт тулгуурласан эдийн засаг"}
summary: {en: "Mongolia's economy rests on natural resources.", mn: "Монголын эдийн засаг байгалийн баялагт тулгуурладаг."}
evidence:
  - label: {en: "Population of Mongolia", mn: "Монгол Улсын хүн ам"}
    value: 3.348
    unit: {en: "million", mn: "сая"}
    year: 2021
"#,
        "A small domestic market (3.348 million people in 2021).",
        "Дотоодын зах зээл жижиг (2021 онд 3.348 сая хүн).",
    );
    let park = research_park(
        r#"
id: glass-park
title: {en: "Glass park of Mongolia", mn: "Монголын шилний парк"}
summary: {en: "A private park of Mongolia licensed in 2021 for a town whose people the report names.", mn: "Хүн ам цөөн суманд 2021 онд тусгай зөвшөөрөл авсан Монголын хувийн парк; тайланд нэрлэсэн."}
licensed: 2021
"#,
        "Licensed in 2021.",
        "2021 онд тусгай зөвшөөрөл авсан.",
    );
    answers_first(
        &[finding, park],
        &[
            "2021 онд Монголын хүн ам хэдэн сая байсан гэж тайланд бичсэн бэ",
            "how many million people did Mongolia have in 2021",
        ],
        "finding-economy",
    );
}
