//! Tests of [`super`]: the facet values each entry gives from its kind's fields, their counts
//! under the other facets' filters, and that every kind with a year or period is in the year
//! facet.

use std::path::PathBuf;

use super::*;
use crate::corpus::load::{Sources, load};

fn corpus() -> Corpus {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![root.join("content"), root.join("study")],
    });
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    outcome.corpus
}

fn facet(c: &[(Facet, Vec<(String, usize)>)], f: Facet) -> Vec<(String, usize)> {
    c.iter()
        .find(|(g, _)| *g == f)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn pairs(v: &[(&str, usize)]) -> Vec<(String, usize)> {
    v.iter().map(|(s, n)| (s.to_string(), *n)).collect()
}

#[test]
fn values_come_from_the_kind_fields() {
    let c = corpus();
    let park = c.index_of("it-park").expect("it-park");
    assert_eq!(
        values(&c, park),
        vec![
            (Facet::Kind, "case".to_string()),
            (Facet::Country, "MN".into()),
            (Facet::Year, "2008".into()),
            (Facet::Ownership, "public".into()),
            (Facet::Sector, "ict".into()),
        ]
    );
    let law = c.index_of("innovation-law").expect("law");
    assert!(values(&c, law).contains(&(Facet::PolicyType, "law".into())));
    let f = c.index_of("finding-1").expect("finding");
    assert_eq!(values(&c, f), vec![(Facet::Kind, "finding".into())]);
}

#[test]
fn counts_without_filters() {
    let c = corpus();
    let all = counts(&c, &Filters::default());
    assert_eq!(
        facet(&all, Facet::Country),
        pairs(&[("MN", 2), ("LT", 1), ("RU", 1)])
    );
    assert_eq!(
        facet(&all, Facet::Sector),
        pairs(&[("ict", 2), ("manufacturing", 1)])
    );
    assert_eq!(
        facet(&all, Facet::Year),
        pairs(&[("2016", 1), ("2015", 1), ("2012", 1), ("2008", 1)])
    );
    let kinds = facet(&all, Facet::Kind);
    assert_eq!(kinds.first(), Some(&("definition".to_string(), 3)));
    assert!(kinds.contains(&("finding".to_string(), 3)));
    assert_eq!(kinds.iter().map(|(_, n)| n).sum::<usize>(), c.len());
}

#[test]
fn counts_reflect_the_other_facets_filters() {
    let c = corpus();
    let mut f = Filters::default();
    f.toggle(Facet::Country, "MN");
    let n = counts(&c, &f);
    // Country itself still shows every country (choosing another widens the selection).
    assert_eq!(
        facet(&n, Facet::Country),
        pairs(&[("MN", 2), ("LT", 1), ("RU", 1)])
    );
    // Other facets count only Mongolian entries; a value none of them has stays at 0.
    assert_eq!(
        facet(&n, Facet::Sector),
        pairs(&[("ict", 1), ("manufacturing", 0)])
    );
    let kinds = facet(&n, Facet::Kind);
    let some: Vec<_> = kinds.iter().filter(|(_, n)| *n > 0).cloned().collect();
    assert_eq!(some, pairs(&[("policy", 1), ("case", 1)]));
    f.toggle(Facet::Kind, "policy");
    let n = counts(&c, &f);
    assert_eq!(
        facet(&n, Facet::Country),
        pairs(&[("MN", 1), ("LT", 0), ("RU", 1)])
    );
    assert_eq!(
        facet(&n, Facet::Sector),
        pairs(&[("ict", 0), ("manufacturing", 0)])
    );
}

/// Every value keeps its place under any filters (O-5 of user walk 21: rows that vanished
/// after a choice put the cursor on another value): the same values in the same order, only
/// the counts change.
#[test]
fn values_keep_their_places_under_any_filters() {
    let c = corpus();
    let names = |f: &Filters| -> Vec<(Facet, Vec<String>)> {
        (counts(&c, f).into_iter())
            .map(|(g, vs)| (g, vs.into_iter().map(|(v, _)| v).collect()))
            .collect()
    };
    let all = names(&Filters::default());
    for chosen in [
        vec![(Facet::Kind, "policy")],
        vec![(Facet::Country, "MN")],
        vec![(Facet::Kind, "policy"), (Facet::Country, "RU")],
        vec![(Facet::Sector, "manufacturing"), (Facet::Year, "2008")],
    ] {
        let mut f = Filters::default();
        for (facet, value) in &chosen {
            f.toggle(*facet, value);
        }
        assert_eq!(names(&f), all, "{chosen:?}");
    }
}

#[test]
fn a_selected_value_stays_listed_at_zero() {
    let c = corpus();
    let mut f = Filters::default();
    f.toggle(Facet::Country, "LT");
    f.toggle(Facet::PolicyType, "law");
    let n = counts(&c, &f);
    assert!(facet(&n, Facet::Country).contains(&("LT".to_string(), 0)));
    assert!(facet(&n, Facet::PolicyType).contains(&("law".to_string(), 0)));
}

#[test]
fn filtering_is_or_within_a_facet_and_across_facets() {
    let c = corpus();
    let mut f = Filters::default();
    assert_eq!(filtered(&c, Kind::Case, &f, Lang::En).len(), 2);
    f.toggle(Facet::Country, "MN");
    assert_eq!(
        filtered(&c, Kind::Case, &f, Lang::En),
        vec![c.index_of("it-park").expect("p")]
    );
    assert!(filtered(&c, Kind::Finding, &f, Lang::En).is_empty());
    f.toggle(Facet::Country, "LT");
    assert_eq!(filtered(&c, Kind::Case, &f, Lang::En).len(), 2);
    f.toggle(Facet::Sector, "manufacturing");
    assert_eq!(
        filtered(&c, Kind::Case, &f, Lang::En),
        vec![c.index_of("lt-laser").expect("l")]
    );
    f.toggle(Facet::Sector, "manufacturing");
    assert!(!f.contains(Facet::Sector, "manufacturing"));
    f.clear();
    assert!(f.is_empty());
    assert_eq!(filtered(&c, Kind::Finding, &f, Lang::En).len(), 3);
}

/// A kind whose fields carry a year has it in the Year facet, as `search::traits` favours it
/// for "when" questions: checked for every kind, so a new kind's date is not left out of the
/// panel. The dated kinds the facet leaves out, each on purpose, are listed.
#[test]
fn every_kind_with_a_year_is_in_the_year_facet() {
    use crate::corpus::kinds::Value;
    // A source's year is when it was published; a stage's period is a span, not a year.
    let left_out = [Kind::Source, Kind::Stage];
    for kind in Kind::ALL {
        let mut e = crate::corpus::model::Entry::damaged("an-entry".into());
        e.kind = kind;
        e.fields = crate::corpus::kinds::tests::full(kind);
        let dated = e
            .fields
            .values()
            .iter()
            .any(|(_, v)| matches!(v, Value::Year(_) | Value::Period(_)));
        let in_facet = entry_values(&e).iter().any(|(f, _)| *f == Facet::Year);
        assert_eq!(
            in_facet,
            dated && !left_out.contains(&kind),
            "{kind}: a year in its fields and a Year facet value go together (app::facets::values)"
        );
    }
}
