//! A field inside a list said as a content author counts it: `rows[2].value` is `value` in
//! row 3 («№3 мөр»), not a path with a place counted from 0.

use crate::i18n::Localizer;
use crate::lang::Lang;

/// The list items a field path passes through, each as its list's name and its place counted
/// from 1, and the field after the last of them (the list's own name when the path ends at an
/// item: `columns[1]`). No items: the path as it is. Reads `rows[2].value` and `rows.2.value`.
pub(super) fn split(field: &str) -> (Vec<(String, usize)>, String) {
    let segs: Vec<&str> = field
        .split(['.', '[', ']'])
        .filter(|s| !s.is_empty())
        .collect();
    let mut places = Vec::new();
    let mut after = 0;
    for (k, seg) in segs.iter().enumerate() {
        if let (Ok(n), Some(list)) = (seg.parse::<usize>(), k.checked_sub(1).map(|p| segs[p])) {
            places.push((list.to_string(), n + 1));
            after = k + 1;
        }
    }
    if places.is_empty() {
        return (places, field.to_string());
    }
    let rest = segs[after..].join(".");
    let rest = match rest.is_empty() {
        true => places
            .last()
            .map(|(list, _)| list.clone())
            .unwrap_or_default(),
        false => rest,
    };
    (places, rest)
}

/// The places in `lang`, outermost first: "row 3, cell 2".
pub(super) fn said(places: &[(String, usize)], l10n: &Localizer, lang: Lang) -> String {
    places
        .iter()
        .map(|(list, n)| {
            l10n.format(
                lang,
                "field-place",
                &[("list", list.clone()), ("n", n.to_string())],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_through_list_items_names_each_item_from_one() {
        let owned = |v: &[(&str, usize)]| -> Vec<(String, usize)> {
            v.iter().map(|(l, n)| (l.to_string(), *n)).collect()
        };
        assert_eq!(
            split("rows[2].value"),
            (owned(&[("rows", 3)]), "value".to_string())
        );
        assert_eq!(
            split("rows.2.unti"),
            (owned(&[("rows", 3)]), "unti".to_string())
        );
        assert_eq!(
            split("rows[0].cells[1]"),
            (owned(&[("rows", 1), ("cells", 2)]), "cells".to_string())
        );
        assert_eq!(
            split("key_figures[1].label"),
            (owned(&[("key_figures", 2)]), "label".to_string())
        );
        assert_eq!(
            split("profile.about"),
            (vec![], "profile.about".to_string())
        );
        assert_eq!(split("title"), (vec![], "title".to_string()));
    }

    #[test]
    fn places_read_as_counted_in_both_languages() {
        let l10n = Localizer::new();
        let places = [("rows".to_string(), 3), ("cells".to_string(), 2)];
        assert_eq!(said(&places, &l10n, Lang::En), "row 3, cell 2");
        assert_eq!(said(&places, &l10n, Lang::Mn), "№3 мөр, №2 нүд");
        let other = [("related".to_string(), 4)];
        assert_eq!(said(&other, &l10n, Lang::En), "item 4 of `related`");
        assert_eq!(
            said(&other, &l10n, Lang::Mn),
            "`related` жагсаалтын №4 зүйл"
        );
    }
}
