//! The order of the lists of one kind: the policies by year, as an official reads laws.

use super::load::{Sources, load};
use super::model::{Kind, KindFields};
use crate::lang::Lang;

fn year(corpus: &super::Corpus, i: usize) -> Option<i32> {
    match corpus.entry(i).fields {
        KindFields::Policy { year, .. } => year,
        _ => None,
    }
}

/// Walk 25, O-2: the laws by year, the oldest first (1998 technology transfer, 2006 patents,
/// 2007 SMEs …), in both languages; the policies the corpus gives no year after them, in
/// alphabetical order.
#[test]
fn the_policies_are_in_order_of_year_then_alphabetical() {
    let corpus = load(&Sources::builtin()).corpus;
    for lang in [Lang::En, Lang::Mn] {
        let list = corpus.of_kind_in(Kind::Policy, lang);
        let ids: Vec<&str> = list.iter().map(|&i| corpus.entry(i).id.as_str()).collect();
        assert_eq!(
            ids[..3],
            [
                "technology-transfer-act-1998",
                "patent-act-2006",
                "sme-act-2007"
            ],
            "{lang:?}"
        );
        let years: Vec<Option<i32>> = list.iter().map(|&i| year(&corpus, i)).collect();
        let dated = years.iter().take_while(|y| y.is_some()).count();
        assert!(dated >= 20, "{lang:?}: {years:?}");
        assert!(
            years[dated..].iter().all(Option::is_none),
            "{lang:?}: {years:?}"
        );
        assert!(years[..dated].is_sorted(), "{lang:?}: {years:?}");
        let undated = &list[dated..];
        let ranks: Vec<u32> = undated
            .iter()
            .map(|&i| corpus.title_rank(i, lang))
            .collect();
        assert!(ranks.is_sorted(), "{lang:?}: the rest alphabetical");
    }
}
