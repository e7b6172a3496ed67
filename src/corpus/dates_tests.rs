//! Holds the dates of every kind to what `toli check` says of them: each `Year` or `Period`
//! value a kind gives is described as a date of that form, and one that is not a date is named.

use super::*;
use crate::corpus::kinds::tests::full;
use crate::corpus::kinds::{FieldSpec, Value};

#[test]
fn periods_are_years_spans_days_and_lengths_of_time() {
    for ok in [
        "1972",
        "2008–2015",
        "2008-2015",
        "2008 — 2015",
        "2015–",
        "2018-01-18",
        "1 month",
        "2 months",
        "6 weeks",
        "3 years",
    ] {
        assert!(is_period(ok), "{ok}");
    }
    for bad in [
        "soon",
        "20I5",
        "15",
        "2015-20",
        "2015–2008",
        "0 months",
        "2 moons",
        "2018-13-01",
        "–2015",
        "",
    ] {
        assert!(!is_period(bad), "{bad}");
    }
}

#[test]
fn a_year_written_with_letters_like_digits_is_the_year_meant() {
    assert_eq!(year_meant("20I5").as_deref(), Some("2015"));
    assert_eq!(year_meant("2O1l").as_deref(), Some("2011"));
    assert_eq!(year_meant("soon"), None);
    assert_eq!(year_meant("20I"), None);
}

/// The specs of `kind` marked as dates, by name.
fn marked(kind: Kind) -> Vec<(&'static str, DateForm)> {
    fields(kind)
        .iter()
        .filter_map(|f| f.date.map(|d| (f.name, d)))
        .collect()
}

/// A kind's `Year` and `Period` values are its dates: a field given as one is marked with that
/// form in `corpus::kinds` (so `toli check` reads `KEY: soon` as a date), and a field marked
/// gives a value of its form. A new kind's date fails here until it is marked.
#[test]
fn every_year_and_period_of_every_kind_is_described_as_a_date() {
    let mut dated_kinds = 0;
    for kind in Kind::ALL {
        let fields = full(kind);
        let mut given: Vec<(&'static str, DateForm)> = fields
            .values()
            .into_iter()
            .filter_map(|(spec, value)| match value {
                Value::Year(_) => Some((spec.name, DateForm::Year)),
                Value::Period(_) => Some((spec.name, DateForm::Period)),
                _ => None,
            })
            .collect();
        given.dedup();
        assert_eq!(
            given,
            marked(kind),
            "{kind}: a field whose value is a Year or Period is marked `.dated(DateForm::…)` \
             in corpus::kinds, and only those"
        );
        for (name, form) in &given {
            assert_eq!(form_of(name), Some(*form), "{kind}: {name}");
        }
        dated_kinds += usize::from(!given.is_empty());
    }
    assert!(
        dated_kinds >= 4,
        "policy, case, source and stage carry dates"
    );
}

/// Every date of every kind, set to what is not a date, is named with its field; the dates
/// `full` gives are not.
#[test]
fn a_value_that_is_not_a_date_is_named_for_every_dated_kind() {
    let soon = "soon";
    for kind in Kind::ALL {
        let fields = full(kind);
        let values = fields.values();
        assert_eq!(misdated(&values), [], "{kind}: full() gives real dates");
        let bad: Vec<(&'static FieldSpec, Value<'_>)> = values
            .iter()
            .map(|&(spec, value)| match value {
                Value::Year(_) => (spec, Value::Year(15)),
                Value::Period(_) => (spec, Value::Period(soon)),
                other => (spec, other),
            })
            .collect();
        assert_eq!(misdated(&bad), marked(kind), "{kind}");
    }
}

#[test]
fn a_placeholder_left_in_a_period_is_not_named_twice() {
    static PERIOD: FieldSpec = FieldSpec {
        name: "period",
        label: None,
        searched: true,
        date: Some(DateForm::Period),
        about: None,
    };
    let values = [(&PERIOD, Value::Period("TODO: 2008–2015"))];
    assert_eq!(misdated(&values), []);
}
