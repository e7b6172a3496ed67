//! Facets: filtering the entry list by kind, country, sector, year, ownership and policy type,
//! each value with its count (like the European Cluster Collaboration Platform's overview).
//!
//! Pure functions over the corpus: what values an entry has, whether it passes the active
//! filters (any value within a facet, every facet with a selection), and the counts per value,
//! each counted under the *other* facets' filters so a count says what choosing it would give.

use std::collections::{BTreeMap, BTreeSet};

use crate::corpus::Corpus;
use crate::corpus::model::{Entry, Kind, KindFields};
use crate::lang::Lang;

/// One way to slice the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Kind,
    Country,
    Sector,
    Year,
    Ownership,
    PolicyType,
}

impl Facet {
    /// Every facet, in panel order.
    pub const ALL: [Facet; 6] = [
        Facet::Kind,
        Facet::Country,
        Facet::Sector,
        Facet::Year,
        Facet::Ownership,
        Facet::PolicyType,
    ];

    /// The Fluent id of the facet's heading.
    pub fn title_id(self) -> &'static str {
        match self {
            Facet::Kind => "facet-kind",
            Facet::Country => "facet-country",
            Facet::Sector => "facet-sector",
            Facet::Year => "facet-year",
            Facet::Ownership => "facet-ownership",
            Facet::PolicyType => "facet-policy-type",
        }
    }
}

/// The active filters: selected values per facet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub selected: BTreeSet<(Facet, String)>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }

    /// Selects the value if unselected, else unselects it.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let key = (facet, value.to_string());
        if !self.selected.remove(&key) {
            self.selected.insert(key);
        }
    }

    pub fn contains(&self, facet: Facet, value: &str) -> bool {
        self.selected.contains(&(facet, value.to_string()))
    }

    pub fn clear(&mut self) {
        self.selected.clear();
    }
}

/// The facet values of entry `index`.
pub fn values(corpus: &Corpus, index: usize) -> Vec<(Facet, String)> {
    entry_values(corpus.entry(index))
}

/// The facet values of `e`.
pub fn entry_values(e: &Entry) -> Vec<(Facet, String)> {
    let mut out = vec![(Facet::Kind, e.kind.name().to_string())];
    match &e.fields {
        KindFields::Policy {
            country,
            year,
            policy_type,
            ..
        } => {
            out.push((Facet::Country, country.clone()));
            if let Some(y) = year {
                out.push((Facet::Year, y.to_string()));
            }
            out.push((Facet::PolicyType, policy_type.code().to_string()));
        }
        KindFields::Case {
            country,
            ownership,
            established,
            sector,
            ..
        } => {
            out.push((Facet::Country, country.clone()));
            if let Some(y) = established {
                out.push((Facet::Year, y.to_string()));
            }
            if let Some(o) = ownership {
                out.push((Facet::Ownership, o.clone()));
            }
            for s in sector {
                out.push((Facet::Sector, s.clone()));
            }
        }
        // Every kind is named, so that a new kind with a country, sector or year is not left
        // out of its facet unnoticed. A source's year is when it was published: no Year value.
        KindFields::Definition { .. }
        | KindFields::Stage { .. }
        | KindFields::Finding { .. }
        | KindFields::Recommendation { .. }
        | KindFields::Action { .. }
        | KindFields::Source { .. }
        | KindFields::Figure { .. }
        | KindFields::Tour { .. } => {}
    }
    out
}

/// Whether an entry with `vals` passes `filters`, ignoring the facet `except`.
fn passes(vals: &[(Facet, String)], filters: &Filters, except: Option<Facet>) -> bool {
    Facet::ALL.iter().filter(|f| Some(**f) != except).all(|&f| {
        let mut chosen = filters.selected.iter().filter(|(g, _)| *g == f).peekable();
        chosen.peek().is_none() || chosen.any(|c| vals.contains(c))
    })
}

/// Whether entry `index` passes the filters.
pub fn matches(corpus: &Corpus, index: usize, filters: &Filters) -> bool {
    filters.is_empty() || passes(&values(corpus, index), filters, None)
}

/// The entries of `kind` that pass the filters, in list order for `lang`.
pub fn filtered(corpus: &Corpus, kind: Kind, filters: &Filters, lang: Lang) -> Vec<usize> {
    corpus
        .of_kind_in(kind, lang)
        .into_iter()
        .filter(|&i| matches(corpus, i, filters))
        .collect()
}

/// Per facet, every value with the number of entries having it among those passing the other
/// facets' filters: a value no entry left has stays listed with 0, in its place, so that the
/// rows never move under the cursor when a filter changes. Selected values are always listed.
/// Kinds follow [`Kind::ALL`]; years are newest first; other values by their count without
/// filters, then name.
pub fn counts(corpus: &Corpus, filters: &Filters) -> Vec<(Facet, Vec<(String, usize)>)> {
    let all: Vec<Vec<(Facet, String)>> = (0..corpus.len()).map(|i| values(corpus, i)).collect();
    Facet::ALL
        .iter()
        .map(|&f| {
            // Per value: (entries passing the other facets' filters, entries in all).
            let mut n: BTreeMap<String, (usize, usize)> = BTreeMap::new();
            for vals in &all {
                let counted = passes(vals, filters, Some(f));
                for (_, v) in vals.iter().filter(|(g, _)| *g == f) {
                    let (shown, total) = n.entry(v.clone()).or_insert((0, 0));
                    *total += 1;
                    *shown += usize::from(counted);
                }
            }
            for (_, v) in filters.selected.iter().filter(|(g, _)| *g == f) {
                n.entry(v.clone()).or_insert((0, 0));
            }
            let mut list: Vec<(String, (usize, usize))> = n.into_iter().collect();
            match f {
                Facet::Kind => list.sort_by_key(|(v, _)| {
                    Kind::ALL
                        .iter()
                        .position(|k| k.name() == v)
                        .unwrap_or(usize::MAX)
                }),
                Facet::Year => list.sort_by(|a, b| b.0.cmp(&a.0)),
                _ => list.sort_by(|a, b| b.1.1.cmp(&a.1.1).then_with(|| a.0.cmp(&b.0))),
            }
            let list = list.into_iter().map(|(v, (shown, _))| (v, shown)).collect();
            (f, list)
        })
        .collect()
}

#[cfg(test)]
#[path = "facets_tests.rs"]
mod tests;
