//! The corpus: every entry, looked up by id, with links and computed backlinks.
//!
//! `load` reads files (embedded and user folders) into a [`Corpus`]; `check` finds problems that
//! need the whole corpus (broken links, duplicate ids, stage gaps); `parse` reads one file.

pub mod check;
pub mod facts;
pub mod load;
pub mod locate;
pub mod model;
pub mod parse;
pub mod reload;
pub mod split;
pub mod watch;

use rustc_hash::FxHashMap as HashMap;

use model::{Entry, Kind, KindFields};
use parse::LinkSite;

/// An entry with where it names other entries.
#[derive(Debug, Clone, bitcode::Encode, bitcode::Decode)]
pub struct Loaded {
    pub entry: Entry,
    pub link_sites: Vec<LinkSite>,
    pub lines: KeyLines,
}

/// File lines of the keys that corpus-level diagnostics point at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct KeyLines {
    pub id: usize,
    pub position: usize,
    pub total: usize,
}

/// All entries, indexed, with outgoing links and backlinks resolved.
#[derive(Debug, Default)]
pub struct Corpus {
    entries: Vec<Entry>,
    sites: Vec<Vec<LinkSite>>,
    key_lines: Vec<KeyLines>,
    by_id: HashMap<String, usize>,
    /// Outgoing links of each entry: existing target indices, deduplicated, in file order.
    links: Vec<Vec<usize>>,
    backlinks: Vec<Vec<usize>>,
    /// For each action, the recommendation that lists it.
    recommendation_of: HashMap<usize, usize>,
}

impl Corpus {
    /// Builds the corpus from loaded entries (ids must already be unique).
    pub fn new(loaded: Vec<Loaded>) -> Corpus {
        let mut c = Corpus::default();
        for l in loaded {
            c.by_id.insert(l.entry.id.clone(), c.entries.len());
            c.entries.push(l.entry);
            c.sites.push(l.link_sites);
            c.key_lines.push(l.lines);
        }
        c.links = c
            .sites
            .iter()
            .enumerate()
            .map(|(i, sites)| {
                let mut out: Vec<usize> = Vec::new();
                for s in sites {
                    if let Some(&t) = c.by_id.get(&s.target)
                        && t != i
                        && !out.contains(&t)
                    {
                        out.push(t);
                    }
                }
                out
            })
            .collect();
        c.backlinks = vec![Vec::new(); c.entries.len()];
        for (from, targets) in c.links.iter().enumerate() {
            for &to in targets {
                c.backlinks[to].push(from);
            }
        }
        for (i, e) in c.entries.iter().enumerate() {
            if let KindFields::Recommendation { actions, .. } = &e.fields {
                for a in actions {
                    if let Some(&ai) = c.by_id.get(a) {
                        c.recommendation_of.entry(ai).or_insert(i);
                    }
                }
            }
        }
        c
    }

    /// Entry `index` as it was loaded (for rebuilding a corpus, e.g. on live reload).
    pub fn loaded(&self, index: usize) -> Loaded {
        Loaded {
            entry: self.entries[index].clone(),
            link_sites: self.sites[index].clone(),
            lines: self.key_lines[index],
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.index_of(id).map(|i| &self.entries[i])
    }

    /// Entries this one links to (front matter and body), existing ones only.
    pub fn links(&self, index: usize) -> &[usize] {
        &self.links[index]
    }

    /// Entries that link to this one.
    pub fn backlinks(&self, index: usize) -> &[usize] {
        &self.backlinks[index]
    }

    /// Where entry `index` names other entries, with lines.
    pub fn link_sites(&self, index: usize) -> &[LinkSite] {
        &self.sites[index]
    }

    pub fn id_line(&self, index: usize) -> usize {
        self.key_lines[index].id
    }

    /// Lines of the keys diagnostics point at.
    pub fn key_line(&self, index: usize) -> KeyLines {
        self.key_lines[index]
    }

    /// The recommendation an action belongs to.
    pub fn recommendation_of(&self, action: usize) -> Option<usize> {
        self.recommendation_of.get(&action).copied()
    }

    /// Findings that name `index` (an action or recommendation) in `addressed_by`.
    pub fn addresses(&self, index: usize) -> Vec<usize> {
        let id = &self.entries[index].id;
        self.backlinks[index]
            .iter()
            .copied()
            .filter(|&f| match &self.entries[f].fields {
                KindFields::Finding { addressed_by, .. } => addressed_by.contains(id),
                _ => false,
            })
            .collect()
    }

    /// Indices of entries of `kind`, sorted by English title.
    pub fn of_kind(&self, kind: Kind) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.entries[i].kind == kind)
            .collect();
        v.sort_by_cached_key(|&i| self.sort_key(i));
        v
    }

    /// Sort key: stages by model then position, findings by number, else title.
    fn sort_key(&self, i: usize) -> (String, u32, String) {
        let e = &self.entries[i];
        let title = e.title.show(crate::lang::Lang::En).to_lowercase();
        match &e.fields {
            KindFields::Stage {
                model, position, ..
            } => (model.clone(), *position, title),
            KindFields::Finding {
                number: Some(n), ..
            } => (String::new(), *n, title),
            _ => (String::new(), u32::MAX, title),
        }
    }

    /// Number of entries of each kind.
    pub fn count(&self, kind: Kind) -> usize {
        self.entries.iter().filter(|e| e.kind == kind).count()
    }

    /// Stages of a model in order of position.
    pub fn stages_of(&self, model: &str) -> Vec<usize> {
        let mut v: Vec<(u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| match &e.fields {
                KindFields::Stage {
                    model: m, position, ..
                } if m == model => Some((*position, i)),
                _ => None,
            })
            .collect();
        v.sort();
        v.into_iter().map(|(_, i)| i).collect()
    }
}
