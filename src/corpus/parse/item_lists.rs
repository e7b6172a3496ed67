//! The lists of the front matter read item by item: an item that cannot be read is taken out
//! alone and reported at its own line (`related[2]`, counted as written in the file), so the
//! list's other items — and their problems — are read in the same run. A figure's `rows` are
//! the one list whose entry is not made without the item: a figure missing a row would show
//! wrong numbers. The others load without it.

use std::collections::BTreeMap;

use serde_yaml::{Mapping, Value};

/// The top-level lists read item by item. `columns` is not one: a column taken out would only
/// make every row's cells miscount.
const ITEM_LISTS: &[&str] = &[
    "rows",
    "related",
    "sources",
    "actions",
    "addressed_by",
    "evidence",
    "key_figures",
    "steps",
    "sector",
];

/// The list whose items the entry is not made without.
const NEEDED_WHOLE: &str = "rows";

/// The items taken out so far, per list, as places in the file (from 0, sorted).
#[derive(Debug, Default)]
pub(super) struct TakenItems {
    by_list: BTreeMap<String, Vec<usize>>,
}

impl TakenItems {
    /// The list and place in the file of the item an error at `segs` lies in (`related`, `1`:
    /// the second item still in the list, which is further down when items before it were
    /// taken out).
    pub(super) fn item_of(&self, segs: &[String]) -> Option<(String, usize)> {
        let [list, item, ..] = segs else {
            return None;
        };
        if !ITEM_LISTS.contains(&list.as_str()) {
            return None;
        }
        let k = item.parse().ok()?;
        let taken = self.by_list.get(list).map_or(&[][..], Vec::as_slice);
        Some((list.clone(), place_in_file(k, taken)))
    }

    /// Notes the item at `place` of `list` taken out.
    pub(super) fn record(&mut self, list: &str, place: usize) {
        let taken = self.by_list.entry(list.to_string()).or_default();
        taken.push(place);
        taken.sort_unstable();
    }

    /// The figure rows taken out (places in the file), which keep the figure from loading.
    pub(super) fn rows(&self) -> Vec<usize> {
        self.by_list.get(NEEDED_WHOLE).cloned().unwrap_or_default()
    }
}

/// Takes out item `segs[1]` of the item list `segs[0]`, when that is what `segs` names.
pub(super) fn take_item(map: &mut Mapping, segs: &[String]) -> bool {
    let [list, item, ..] = segs else {
        return false;
    };
    if !ITEM_LISTS.contains(&list.as_str()) {
        return false;
    }
    match (item.parse::<usize>(), map.get_mut(list.as_str())) {
        (Ok(k), Some(Value::Sequence(items))) if k < items.len() => {
            items.remove(k);
            true
        }
        _ => false,
    }
}

/// The place in the file of item `k` of what is left after taking out the items at `taken`
/// (places in the file, sorted).
fn place_in_file(k: usize, taken: &[usize]) -> usize {
    let mut place = k;
    for &t in taken {
        if t <= place {
            place += 1;
        }
    }
    place
}

/// The serde path `field` (`sources[1].id`) with the item of `list` at `place`
/// (`sources[2].id`).
pub(super) fn in_file(field: &str, list: &str, place: usize) -> String {
    let Some(rest) = field.strip_prefix(&format!("{list}[")) else {
        return field.to_string();
    };
    let after = rest.split_once(']').map_or("", |(_, after)| after);
    format!("{list}[{place}]{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(path: &[&str]) -> Vec<String> {
        path.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_item_is_counted_as_written_past_those_taken_out() {
        let mut taken = TakenItems::default();
        assert_eq!(
            taken.item_of(&segs(&["related", "1"])),
            Some(("related".into(), 1))
        );
        taken.record("related", 1);
        assert_eq!(
            taken.item_of(&segs(&["related", "1"])),
            Some(("related".into(), 2))
        );
        // Another list keeps its own count; a field that is no item list has none.
        assert_eq!(
            taken.item_of(&segs(&["sources", "1", "id"])),
            Some(("sources".into(), 1))
        );
        assert_eq!(taken.item_of(&segs(&["title", "en"])), None);
        assert!(taken.rows().is_empty(), "only rows keep a figure out");
        assert_eq!(in_file("sources[1].id", "sources", 3), "sources[3].id");
    }
}
