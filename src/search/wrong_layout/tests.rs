//! The Mongolian reading of keys typed on the Latin layout, over the shipped corpus: the
//! queries of an official who meant Mongolian are read as meant, and real Latin queries (English,
//! Mongolian in Latin letters, a typo) keep what they find as typed.

use super::*;
use crate::corpus::load::{Sources, load};
use crate::lang::Lang;

fn shipped() -> (Corpus, SearchIndex) {
    let corpus = load(&Sources::builtin()).corpus;
    let index = SearchIndex::build(&corpus);
    (corpus, index)
}

fn opts(lang: Lang) -> SearchOptions {
    SearchOptions {
        limit: 10,
        ..SearchOptions::in_lang(lang)
    }
}

#[test]
fn the_reading_is_the_keys_on_the_mongolian_layout_with_single_spaces() {
    assert_eq!(mongolian_reading("mfvf.").as_deref(), Some("төсөв"));
    assert_eq!(
        mongolian_reading(" [lgvm-j  utr /e .t").as_deref(),
        Some("кластер гэж юу вэ")
    );
    // Two letters say too little; Cyrillic typed is Mongolian already; no letters, no reading.
    assert_eq!(mongolian_reading("mf"), None);
    assert_eq!(mongolian_reading("mfvf төсөв"), None);
    assert_eq!(mongolian_reading("2022 ..."), None);
}

#[test]
fn keys_typed_on_the_latin_layout_meaning_mongolian_are_searched_as_meant() {
    let (c, ix) = shipped();
    for (typed, meant, lang) in [
        ("mfvf.", "төсөв", Lang::Mn),
        ("heel,", "хууль", Lang::Mn),
        ("mgm.gjsy heel,", "татварын хууль", Lang::Mn),
        ("[lgvm-j utr /e .t", "кластер гэж юу вэ", Lang::Mn),
        ("ht;ty 'gj[", "хэдэн парк", Lang::Mn),
        ("mfvf.", "төсөв", Lang::En),
    ] {
        let found = ix.find(&c, typed, &opts(lang));
        assert_eq!(found.read_as.as_deref(), Some(meant), "{typed}");
        let as_meant = ix.find(&c, meant, &opts(lang));
        assert_eq!(
            found.hits, as_meant.hits,
            "{typed} finds what {meant} finds"
        );
        assert!(!found.hits.is_empty(), "{meant} finds entries");
        assert!(found.near_only.is_empty(), "{typed}: {:?}", found.near_only);
    }
    let cluster = ix.find(&c, "[lgvm-j utr /e .t", &opts(Lang::Mn));
    assert_eq!(cluster.hits.first().map(|h| c.id(h.entry)), Some("cluster"));
}

#[test]
fn a_latin_query_the_corpus_holds_or_that_reads_as_no_word_is_kept() {
    let (c, ix) = shipped();
    for (typed, lang) in [
        ("klaster", Lang::Mn),
        ("huuli", Lang::Mn),
        ("tusuv", Lang::Mn),
        ("klaster gej yu ve", Lang::Mn),
        ("tatvariin huuli", Lang::Mn),
        ("budget", Lang::En),
        ("what is a cluster?", Lang::En),
        ("incubaton", Lang::En),
        ("Finland innovation", Lang::En),
        // A word read as one of the corpus's beside one read as none: not what was meant.
        ("klaster heel", Lang::Mn),
        ("qwzx", Lang::En),
    ] {
        let found = ix.find(&c, typed, &opts(lang));
        assert_eq!(found.read_as, None, "{typed} → {:?}", found.read_as);
        assert_eq!(found, ix.find_as_typed(&c, typed, &opts(lang)), "{typed}");
    }
}
