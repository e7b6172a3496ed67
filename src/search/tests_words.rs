//! Words that look alike but are other words (зөвлөсөн and зөвлөл, эмзэг and эмэгтэй), and
//! question words typed with a slip, over a small hand-made corpus; and the shipped synonyms
//! meeting a reader's everyday words, and a question asking how much money, over the shipped
//! corpus.

use super::tests::e;
use super::*;

fn corpus() -> Corpus {
    Corpus::new(vec![
        e(
            "council",
            Kind::Definition,
            "Council",
            "Зөвлөл",
            &[],
            "",
            "Зөвлөлийн хурал.",
        ),
        e(
            "consult",
            Kind::Action,
            "Consult stakeholders",
            "Оролцогч талуудтай зөвлөлдөх",
            &[],
            "",
            "",
        ),
        e(
            "advice",
            Kind::Recommendation,
            "Advice on parks",
            "Паркийн зөвлөмж",
            &[],
            "",
            "Парк байгуулахыг зөвлөсөн. Яам хариуцна.",
        ),
        e(
            "women",
            Kind::Action,
            "Women",
            "Эмэгтэйчүүдийн оролцоо",
            &[],
            "",
            "",
        ),
        e(
            "vulnerable",
            Kind::Finding,
            "Vulnerable groups",
            "Эмзэг бүлэг",
            &[],
            "",
            "",
        ),
        e(
            "data",
            Kind::Definition,
            "Open data",
            "Нээлттэй өгөгдөл",
            &[],
            "",
            "",
        ),
        e(
            "markets",
            Kind::Action,
            "Markets beyond the EU",
            "ЕХ-ноос гадуурх зах зээл",
            &[],
            "",
            "",
        ),
        e(
            "ramps",
            Kind::Action,
            "Facilities accessible to persons with disabilities",
            "Хөгжлийн бэрхшээлтэй хүнд хүртээмжтэй байгууламж",
            &[],
            "",
            "",
        ),
        e(
            "wool",
            Kind::Finding,
            "Wool",
            "Ноос боловсруулах",
            &[],
            "",
            "",
        ),
    ])
}

fn top(q: &str) -> Vec<String> {
    let c = corpus();
    let ix = SearchIndex::build(&c);
    ix.search(&c, q, &SearchOptions::in_lang(Lang::Mn))
        .into_iter()
        .map(|h| c.entry(h.entry).id.clone())
        .collect()
}

#[test]
fn recommended_is_not_council_nor_consult() {
    assert_eq!(top("зөвлөсөн"), ["advice"]);
    // (зөвлөл is the start of зөвлөлдөх: typed so far, it may be that word.)
    assert_eq!(top("зөвлөл"), ["council", "consult"]);
    for q in ["зөвлөлийн", "зөвлөлөөс"] {
        assert_eq!(top(q), ["council"], "{q}");
    }
    for q in ["зөвлөлдөх", "зөвлөлдсөн", "зөвлөлдөж"] {
        assert_eq!(top(q), ["consult"], "{q}");
    }
    // Forms of one verb still meet: хариуцдаг (is responsible) finds хариуцна.
    assert_eq!(top("хариуцдаг"), ["advice"]);
}

/// A case ending after a hyphen belongs to the abbreviation before it: «ЕХ-ноос» (from the
/// EU) is no «ноос» (wool), in the index as in a query; a quoted phrase still finds it as
/// written.
#[test]
fn an_ending_after_a_hyphen_is_not_a_word() {
    assert_eq!(top("ноос"), ["wool"]);
    assert_eq!(top("ЕХ-ноос"), ["markets"]);
    assert_eq!(top("\"ЕХ-ноос гадуурх\""), ["markets"]);
}

/// A four-letter word no entry holds, one slip from a word one does, finds it: «прак» is
/// «парк» typed with two letters swapped.
#[test]
fn a_slip_in_a_four_letter_word_is_forgiven() {
    assert_eq!(top("прак"), ["advice"]);
}

/// An English form the stemmer rewrites at its end meets the others: "disabled" is stemmed as
/// "disabilities" is, though neither begins with the other's letters.
#[test]
fn disabled_finds_disabilities() {
    assert_eq!(top("disabled"), ["ramps"]);
    assert_eq!(top("disabled access"), ["ramps"]);
}

#[test]
fn vulnerable_is_not_woman() {
    assert_eq!(top("эмзэг"), ["vulnerable"]);
    assert_eq!(top("эмзэг бүлгийн"), ["vulnerable"]);
    for q in ["эмэгтэй", "эмэгтэйчүүд", "эмэгтэйчүүдийн"] {
        assert_eq!(top(q), ["women"], "{q}");
    }
}

#[test]
fn a_slipped_question_word_is_read_as_one_unless_the_corpus_holds_it() {
    let c = corpus();
    let ix = SearchIndex::build(&c);
    let mut words = Query::parse("wat is open data хэдэг өгөгдөл").words;
    ix.read_slipped_light_words(&mut words);
    let keys: Vec<&str> = words.iter().map(|w| w.key.as_str()).collect();
    // "data" is one slip from the function word "date", but the corpus holds it.
    assert_eq!(keys, ["what", "is", "open", "data", "heden", "ogogdol"]);
}

/// A word the corpus does not hold is named when what it found only looks like it: "Finland"
/// is not "financial"; a word typed in part or in another form is held.
#[test]
fn a_word_not_held_is_said_to_be_a_near_spelling() {
    let c = Corpus::new(vec![e(
        "finance",
        Kind::Action,
        "Provide financial and policy incentives",
        "Санхүүгийн хөшүүрэг",
        &[],
        "",
        "Кластерийн санхүүжилт.",
    )]);
    let ix = SearchIndex::build(&c);
    let near = |q: &str| ix.find(&c, q, &SearchOptions::in_lang(Lang::En)).near_only;
    assert_eq!(near("finland"), ["finland"]);
    assert_eq!(near("policy finland"), ["finland"]);
    for held in [
        "financial",
        "financ",
        "incentive",
        "кластерийн",
        "кластер",
        "what is",
    ] {
        assert!(near(held).is_empty(), "{held}");
    }
}

/// A word the search read is never said to be missing: an English plural («laws», a
/// Mongolian reader), a Mongolian plural in either script, a question word with ч in Latin
/// letters (`ali ch`, «аль ч», which then finds the finding so titled first).
#[test]
fn a_word_the_search_read_is_not_said_to_be_missing() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    for (lang, q) in [
        (Lang::Mn, "laws"),
        (Lang::En, "laws"),
        (Lang::Mn, "huuliud"),
        (Lang::Mn, "хуулиуд"),
        (Lang::Mn, "ali ch"),
        (Lang::En, "ali ch"),
        (Lang::Mn, "ali ch uildver park"),
    ] {
        let found = ix.find(&c, q, &SearchOptions::in_lang(lang));
        assert!(found.near_only.is_empty(), "{q}: {:?}", found.near_only);
        assert!(!found.hits.is_empty(), "{q}");
    }
    let first = |q: &str| {
        let hits = ix.search(&c, q, &SearchOptions::in_lang(Lang::Mn));
        hits.first().map(|h| c.entry(h.entry).id.clone())
    };
    assert_eq!(
        first("ali ch").as_deref(),
        Some("finding-no-itp-operating-as-planned")
    );
}

/// A snippet reads a linked definition's title as the entry view does: lower-case
/// mid-sentence ("a technology incubator (business incubator) tied to …").
#[test]
fn a_snippet_lower_cases_a_definition_mid_sentence() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let hits = ix.search(
        &c,
        "incubator tied to pre-incubation",
        &SearchOptions::in_lang(Lang::En),
    );
    let hit = (hits.iter())
        .find(|h| c.entry(h.entry).id == "sti-park-key-success-factors")
        .expect("the success factors are found");
    assert!(
        hit.snippet
            .contains("a technology incubator (business incubator) tied"),
        "{}",
        hit.snippet
    );
}

/// A word the corpus lacks is named as the reader typed it: «Герман», "Finland".
#[test]
fn a_word_not_found_is_named_as_typed() {
    assert_eq!(super::as_typed("Finland innovation", "finland"), "Finland");
    assert_eq!(super::as_typed("«Герман» кластер", "герман"), "Герман");
    assert_eq!(super::as_typed("something else", "finland"), "finland");
}

/// The shipped synonyms meet a reader's everyday words with the corpus's terms: "NGOs" and
/// "business" with the civil society and private sector a consultation names, a plan with a
/// roadmap («төлөвлөгөө» → «замын зураг»), a goal with a target.
#[test]
fn everyday_words_meet_the_corpus_terms() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let finds = |q: &str, lang: Lang, id: &str| {
        let opts = SearchOptions {
            limit: 10,
            ..SearchOptions::in_lang(lang)
        };
        let ids: Vec<&str> = (ix.search(&c, q, &opts).iter())
            .map(|h| c.id(h.entry))
            .collect();
        assert!(ids.contains(&id), "{q} → {ids:?}");
    };
    finds(
        "NGOs",
        Lang::En,
        "action-periodic-stakeholder-consultations",
    );
    finds(
        "ТББ бизнес зөвлөлдөх",
        Lang::Mn,
        "action-periodic-stakeholder-consultations",
    );
    finds(
        "ШУТИ паркийн урт хугацааны төлөвлөгөө",
        Lang::Mn,
        "action-sti-park-long-term-roadmap",
    );
    finds(
        "lithuania goal global innovation index",
        Lang::En,
        "action-lt-gii-top-100",
    );
    // The corpus writes «акселератор» and «дасгалжуулагч»; an official says «хурдасгуур», and a
    // reader who knows the loan says «коуч».
    finds("хурдасгуур гэж юу вэ", Lang::Mn, "accelerator");
    finds(
        "кластерийн коуч",
        Lang::Mn,
        "action-sbt-cluster-manager-training",
    );
}

/// A question asking how many puts first the entry that counts the thing asked for: «14
/// парк» in the parks' overview, not a park named as closely that counts hectares; also as
/// chatted in Latin letters.
#[test]
fn how_many_is_answered_by_the_entry_that_counts_it() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    for (q, lang) in [
        ("монголд хэдэн парк байдаг вэ", Lang::Mn),
        ("how many parks does mongolia have", Lang::En),
        // As people chat in Latin letters (хэдэн, байдаг, вэ written short).
        ("mongold hedn park bdag we", Lang::Mn),
        ("mongold heden park bga we", Lang::Mn),
    ] {
        let hits = ix.search(&c, q, &SearchOptions::in_lang(lang));
        let first = hits.first().map(|h| c.id(h.entry));
        assert_eq!(first, Some("mongolia-industrial-technology-parks"), "{q}");
    }
}

/// The shipped corpus's first ids for `q`, read in `lang`.
fn shipped_top(q: &str, lang: crate::lang::Lang) -> Vec<String> {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let opts = SearchOptions {
        lang,
        ..SearchOptions::default()
    };
    (ix.search(&c, q, &opts).into_iter())
        .take(3)
        .map(|h| c.entry(h.entry).id.clone())
        .collect()
}

/// A money question is answered by the budget, not by a tour or the overview it names.
#[test]
fn how_much_money_is_answered_by_the_budget() {
    use crate::lang::Lang;
    for (q, lang) in [
        ("Литва кластерт хэдэн сая евро", Lang::Mn),
        ("how much did lithuania spend on clusters", Lang::En),
    ] {
        let top = shipped_top(q, lang);
        assert_eq!(
            top.first().map(String::as_str),
            Some("fig-lithuania-cluster-programmes"),
            "{q}: {top:?}"
        );
    }
    let spent = shipped_top("Литва кластерийн хөтөлбөрт хэдэн евро зарцуулсан", Lang::Mn);
    assert!(
        spent
            .iter()
            .take(2)
            .all(|id| id.starts_with("fig-lithuania-cluster-programme")),
        "the budget tables, not a tour: {spent:?}"
    );
}

/// Two countries asked for their difference («А, Б хоёрын ялгаа»): the entries holding both
/// come first, not a definition that says «хоёрын» (of the two).
#[test]
fn two_countries_compared_find_the_entries_holding_both() {
    use crate::lang::Lang;
    for q in ["Монгол Эстони хоёрын ялгаа", "mongol estoni hoyriin yalgaa"] {
        let top = shipped_top(q, Lang::Mn);
        assert!(
            top.iter().take(3).any(|id| id == "fig-ict-service-exports"),
            "{q}: {top:?}"
        );
    }
}
