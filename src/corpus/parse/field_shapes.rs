//! The fields of the file format as the YAML messages need them: the fields every kind may
//! use, what a field's value should look like (by its path), and which fields a map at a path
//! may hold, for "did you mean".

use crate::corpus::dates::form_of;
use crate::diagnostic::Shape;

/// Fields every kind may use, in the order suggestions prefer them.
pub(super) const COMMON_FIELDS: &[&str] = &[
    "id", "kind", "title", "summary", "aliases", "tags", "related", "sources",
];

/// What a field's value should look like, by the last named segment of its path.
pub(super) fn shape_of(segs: &[&str]) -> Option<Shape> {
    let named: Vec<&str> = segs
        .iter()
        .copied()
        .filter(|s| s.parse::<usize>().is_err())
        .collect();
    let last = *named.last()?;
    let parent = named.len().checked_sub(2).map(|i| named[i]);
    if matches!(last, "en" | "mn") {
        return Some(if matches!(parent, Some("aliases" | "tags")) {
            Shape::TextList
        } else {
            Shape::Text
        });
    }
    // A kind's date, as `corpus::kinds` describes it; a figure's `year` is a year too.
    if let Some(form) = form_of(last).filter(|_| named.len() == 1) {
        return Some(form.shape());
    }
    Some(match last {
        "year" => Shape::Year,
        "position" | "number" => Shape::WholeNumber,
        "total" | "value" => Shape::Number,
        "title" | "summary" | "responsible_body" | "status" | "challenge" | "actor" | "unit"
        | "label" | "note" | "about" | "management" | "international" | "success_stories"
        | "contacts" | "author" | "publisher" | "published_in" | "label_column" => Shape::Bilingual,
        "aliases" | "tags" => Shape::BilingualList,
        "columns" | "cells" => Shape::PairList,
        "related" | "addressed_by" | "actions" => Shape::IdList,
        "sector" => Shape::TextList,
        "sources" => Shape::SourceList,
        "steps" => Shape::StepList,
        "key_figures" | "evidence" | "rows" => Shape::FigureList,
        "profile" => Shape::Profile,
        "id" | "kind" | "defined_by" | "model" | "country" | "type" | "instrument"
        | "ownership" | "url" | "document" | "original" | "locator" | "entry" | "chart"
        | "order" => Shape::Text,
        _ => return None,
    })
}

/// The field names allowed inside the map at `parent` (a path of segments).
pub(super) fn known_fields(parent: &[&str]) -> Vec<&'static str> {
    let named: Vec<&str> = parent
        .iter()
        .copied()
        .filter(|s| s.parse::<usize>().is_err())
        .collect();
    match named.last() {
        None => COMMON_FIELDS
            .iter()
            .copied()
            .chain(crate::corpus::kinds::all_keys())
            .collect(),
        Some(&"sources") => vec!["id", "locator"],
        Some(&"steps") => vec!["entry", "note", "minutes", "figures"],
        Some(&("key_figures" | "evidence")) => vec!["label", "value", "unit", "year"],
        Some(&"rows") => vec!["label", "value", "unit", "year", "cells"],
        Some(&"profile") => vec![
            "about",
            "management",
            "international",
            "success_stories",
            "contacts",
        ],
        Some(_) => vec!["en", "mn"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::closest;

    #[test]
    fn shapes_follow_the_last_named_segment() {
        assert_eq!(shape_of(&["year"]), Some(Shape::Year));
        assert_eq!(shape_of(&["position"]), Some(Shape::WholeNumber));
        assert_eq!(shape_of(&["key_figures", "0", "year"]), Some(Shape::Year));
        assert_eq!(shape_of(&["rows", "2", "value"]), Some(Shape::Number));
        assert_eq!(shape_of(&["title"]), Some(Shape::Bilingual));
        assert_eq!(shape_of(&["title", "en"]), Some(Shape::Text));
        assert_eq!(shape_of(&["tags", "mn"]), Some(Shape::TextList));
        assert_eq!(shape_of(&["whatever"]), None);
    }

    /// A field without a shape here is told in serde's English words, in either language
    /// (`published_in: 5` was); a new field of a kind fails until it is given one.
    #[test]
    fn every_field_of_every_kind_has_a_shape() {
        let shapeless: Vec<&str> = (crate::corpus::kinds::all_keys().into_iter())
            .filter(|key| shape_of(&[key]).is_none())
            .collect();
        assert!(
            shapeless.is_empty(),
            "give these fields their shape in `shape_of`: {shapeless:?}"
        );
    }

    /// The fields a case's profile may hold are those `corpus::kinds` describes.
    #[test]
    fn the_profile_s_fields_are_the_kinds_table_s() {
        let described: Vec<&str> = (crate::corpus::kinds::fields(crate::corpus::model::Kind::Case))
            .iter()
            .filter_map(|f| f.name.strip_prefix("profile."))
            .collect();
        assert_eq!(known_fields(&["profile"]), described);
    }

    #[test]
    fn suggestions_know_the_fields_of_each_level() {
        assert_eq!(closest("titel", known_fields(&[])), Some("title"));
        assert_eq!(
            closest("lokator", known_fields(&["sources", "0"])),
            Some("locator")
        );
        assert_eq!(
            closest("entri", known_fields(&["steps", "1"])),
            Some("entry")
        );
    }
}
