//! Which languages a kind's two-language values lack, found from `corpus::kinds` (every
//! `Bi`, `Name` and `Citation` value `KindFields::values` gives), so that a new field of text
//! in both languages is checked for both without a line of its own in the parser.

use super::super::kinds::{FieldValue, Value};
use crate::lang::Lang;

/// Each field (named as `toli check` names it: `profile.about`, `columns[1]` for an item of
/// a list of several) and language missing from `values`. A value with neither language is
/// passed over: a required field left out is reported as missing, not as two languages.
pub(super) fn missing(values: &[FieldValue<'_>]) -> Vec<(String, Lang)> {
    let mut out = Vec::new();
    for (k, (spec, value)) in values.iter().enumerate() {
        let (Value::Bi(b) | Value::Name(b) | Value::Citation(b)) = value else {
            continue;
        };
        if b.is_empty() {
            continue;
        }
        let same = values.iter().filter(|(s, _)| s.name == spec.name).count();
        let name = if same > 1 {
            let place = values[..k]
                .iter()
                .filter(|(s, _)| s.name == spec.name)
                .count();
            format!("{}[{place}]", spec.name)
        } else {
            spec.name.to_string()
        };
        out.extend(b.missing().map(|lang| (name.clone(), lang)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::kinds::tests::full;
    use crate::corpus::model::{Bi, Kind};

    /// Every two-language value of every kind, given in English only, is reported as lacking
    /// its Mongolian; given in both, as lacking nothing.
    #[test]
    fn every_two_language_field_of_every_kind_is_checked_for_both() {
        let half = Bi {
            en: Some("text".to_string()),
            mn: None,
        };
        let mut checked = 0;
        for kind in Kind::ALL {
            let fields = full(kind);
            let values = fields.values();
            assert_eq!(missing(&values), [], "{kind}: full() has both languages");
            let halved: Vec<FieldValue<'_>> = values
                .iter()
                .map(|&(spec, v)| match v {
                    Value::Bi(_) => (spec, Value::Bi(&half)),
                    Value::Name(_) => (spec, Value::Name(&half)),
                    Value::Citation(_) => (spec, Value::Citation(&half)),
                    other => (spec, other),
                })
                .collect();
            let reported = missing(&halved);
            for (spec, v) in &halved {
                if matches!(v, Value::Bi(_) | Value::Name(_) | Value::Citation(_)) {
                    checked += 1;
                    assert!(
                        reported
                            .iter()
                            .any(|(f, l)| f.starts_with(spec.name) && *l == Lang::Mn),
                        "{kind} `{}` in English only is not reported: {reported:?}",
                        spec.name
                    );
                }
            }
        }
        assert!(checked > 10, "two-language values found ({checked})");
    }

    #[test]
    fn an_item_of_a_list_is_named_by_its_place() {
        use crate::corpus::kinds::FieldSpec;
        static COLUMNS: FieldSpec = FieldSpec {
            name: "columns",
            label: None,
            searched: true,
            date: None,
            about: None,
        };
        let (a, b) = (
            Bi {
                en: Some("a".to_string()),
                mn: Some("а".to_string()),
            },
            Bi {
                en: Some("b".to_string()),
                mn: None,
            },
        );
        let values = [(&COLUMNS, Value::Bi(&a)), (&COLUMNS, Value::Bi(&b))];
        assert_eq!(missing(&values), [("columns[1]".to_string(), Lang::Mn)]);
    }
}
