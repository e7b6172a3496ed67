//! The backlinks at the end of the entry view, compact: "cited by" for a source, and every other
//! entry that links here under "Linked from", the heading `toli show` gives them too. Findings
//! and the actions that address them are relations, shown near the top
//! ([`crate::reading::relations`]), not repeated here.
//! Each group is in alphabetical order of the titles in the language read ([`crate::collate`]).

use super::document::Doc;
use crate::corpus::model::KindFields;
use crate::reading::related_ids;

/// The backlinks: who cites this entry, then everything else that links here.
pub(super) fn panel(d: &mut Doc<'_>, index: usize) {
    let c = &d.app.corpus;
    let e = c.entry(index);
    let mut shown: Vec<String> = related_ids(c, index, d.lang);
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    if let KindFields::Source { .. } = &e.fields {
        let v = c
            .backlinks(index)
            .iter()
            .copied()
            .filter(|&b| c.entry(b).sources.iter().any(|s| s.id == e.id))
            .collect();
        groups.push(("label-cited-by", v));
    }
    for (_, v) in &groups {
        shown.extend(v.iter().map(|&i| c.id(i).to_string()));
    }
    let rest: Vec<usize> = c
        .backlinks(index)
        .iter()
        .copied()
        .filter(|&b| !shown.iter().any(|s| s == c.id(b)))
        .collect();
    groups.push(("label-backlinks", rest));
    for (label, mut v) in groups {
        // In the reader's alphabetical order of titles, as the entry lists are.
        v.sort_by_key(|&i| c.title_rank(i, d.lang));
        let ids: Vec<String> = v.iter().map(|&i| c.id(i).to_string()).collect();
        d.compact(label, &ids);
    }
}
