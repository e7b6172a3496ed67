//! The backlinks panel at the end of the entry view: for a finding the actions that address it,
//! for an action the findings it answers, "cited by" for a source, "used by" for a definition,
//! and every other entry that links here.

use super::document::Doc;
use crate::corpus::model::{Kind, KindFields};

/// The backlinks panel: who addresses, answers, cites or uses this entry.
pub(super) fn panel(d: &mut Doc<'_>, index: usize) {
    let c = &d.app.corpus;
    let e = c.entry(index);
    let ids = |v: &[usize]| -> Vec<(String, String)> {
        v.iter()
            .map(|&i| (c.entry(i).id.clone(), String::new()))
            .collect()
    };
    let mut shown: Vec<usize> = Vec::new();
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    match &e.fields {
        KindFields::Finding { addressed_by, .. } => {
            let v: Vec<usize> = addressed_by.iter().filter_map(|a| c.index_of(a)).collect();
            groups.push(("label-addressed-by", v));
        }
        KindFields::Action { .. } | KindFields::Recommendation { .. } => {
            groups.push(("label-addresses", c.addresses(index)));
        }
        KindFields::Source { .. } => {
            let v = c
                .backlinks(index)
                .iter()
                .copied()
                .filter(|&b| c.entry(b).sources.iter().any(|s| s.id == e.id))
                .collect();
            groups.push(("label-cited-by", v));
        }
        _ if e.kind == Kind::Definition => {
            groups.push(("label-used-by", c.backlinks(index).to_vec()));
        }
        _ => {}
    }
    for (_, v) in &groups {
        shown.extend(v);
    }
    let rest: Vec<usize> = c
        .backlinks(index)
        .iter()
        .copied()
        .filter(|b| !shown.contains(b))
        .collect();
    groups.push(("label-backlinks", rest));
    for (label, v) in groups {
        let items = ids(&v);
        d.link_list(label, &items, true);
    }
}
