//! The search reads every kind's dated and searched fields: an entry of each kind with every
//! field set (`corpus::kinds`' test entry) is favoured by "when" questions when it has a date,
//! and gives each searched field's text to the fields line, in both languages.

use crate::corpus::kinds::Value;
use crate::corpus::kinds::tests::full_entry;
use crate::corpus::model::Kind;
use crate::lang::Lang;

/// A kind whose fields hold a year or a period is one a "when" question («хэзээ») favours
/// (`search::traits`), and a year typed finds it in that year; a year a case or policy began
/// is in the Year facet: all read the kind's fields by hand, so a new kind's date is checked
/// here against its values.
#[test]
fn a_kind_with_a_date_is_favoured_by_when_questions() {
    use crate::search::traits::{DATE, of, years};
    for kind in Kind::ALL {
        let entry = full_entry(kind);
        let dated = entry
            .fields
            .values()
            .iter()
            .any(|(_, v)| matches!(v, Value::Year(_) | Value::Period(_)));
        assert_eq!(
            of(&entry) & DATE != 0,
            dated,
            "{kind}: a date or year field"
        );
        assert_eq!(
            years(&entry).is_some(),
            dated,
            "{kind}: the years of its date"
        );
    }
}

/// A field marked `searched` reaches the search index's fields line (`search::fields`, which
/// `search::index` indexes) in both languages: a kind of value the line passes over would
/// leave a searched field unsearched without a word.
#[test]
fn every_searched_field_reaches_the_search_line_in_both_languages() {
    use super::{fields_text, value_items};
    let mut lost = Vec::new();
    for kind in Kind::ALL {
        let entry = full_entry(kind);
        for lang in Lang::ALL {
            let line = fields_text(&entry, lang);
            for (spec, value) in entry.fields.values() {
                let items = value_items(value, lang, true);
                if spec.searched && (items.is_empty() || !items.iter().all(|i| line.contains(i))) {
                    lost.push(format!("{kind} `{}` ({lang:?}): {items:?}", spec.name));
                }
            }
        }
    }
    assert!(
        lost.is_empty(),
        "marked searched, not in the fields line:\n{}",
        lost.join("\n")
    );
}
