//! The corpus: every entry, looked up by id, with links and computed backlinks.
//!
//! `load` reads files (embedded and user folders) into a [`Corpus`]; `check` finds problems that
//! need the whole corpus (broken links, duplicate ids, stage gaps); `parse` reads one file;
//! `snapshot` keeps a loaded corpus in the cache folder, its entries decoded when first used.

pub mod check;
pub mod facts;
pub mod load;
pub mod locate;
pub mod model;
pub mod parse;
pub mod reload;
pub mod snapshot;
pub mod split;
pub mod watch;

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use model::{Bi, Entry, Kind, KindFields};
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
///
/// A corpus opened from a snapshot ([`snapshot::read`]) decodes each entry the first time it is
/// asked for, so `toli show` touches a handful of the entries; [`Corpus::decode_all`] decodes
/// the rest at once (the app does, before it draws).
#[derive(Debug, Default)]
pub struct Corpus {
    entries: Entries,
    by_id: HashMap<String, usize>,
    /// Outgoing links of each entry: existing target indices, deduplicated, in file order.
    links: Vec<Vec<usize>>,
    backlinks: Vec<Vec<usize>>,
    /// For each action, the recommendation that lists it.
    recommendation_of: HashMap<usize, usize>,
}

/// The entries with their link sites: all in memory, or read from a snapshot as they are used.
#[derive(Debug)]
enum Entries {
    Parsed(Vec<Loaded>),
    Snapshot {
        /// Boxed, so that the cells of entries never decoded take 16 bytes each, not a whole
        /// entry's size: a start touches (and the system zero-fills) far fewer pages.
        cells: Vec<OnceLock<Box<Loaded>>>,
        /// Where entries not yet decoded come from (part `i + 1` is entry `i`); `None` once
        /// all are decoded.
        parts: Option<crate::cache::Parts>,
        /// What lists and links show of each entry, read with the snapshot's head.
        headings: Vec<Heading>,
    },
}

/// What lists and links show of an entry: kept in a snapshot's head, so that `toli list` or the
/// titles of the entries a page names need no entry decoded.
#[derive(Debug, Clone, PartialEq, bitcode::Encode, bitcode::Decode)]
pub struct Heading {
    pub id: String,
    pub kind: Kind,
    pub title: Bi<String>,
    /// Where lists put it before the title: stages by model and position, findings by number.
    pub order: (String, u32),
}

impl Heading {
    pub fn of(e: &Entry) -> Heading {
        Heading {
            id: e.id.clone(),
            kind: e.kind,
            title: e.title.clone(),
            order: list_order(e),
        }
    }
}

/// See [`Heading::order`].
fn list_order(e: &Entry) -> (String, u32) {
    match &e.fields {
        KindFields::Stage {
            model, position, ..
        } => (model.clone(), *position),
        KindFields::Finding {
            number: Some(n), ..
        } => (String::new(), *n),
        _ => (String::new(), u32::MAX),
    }
}

impl Default for Entries {
    fn default() -> Self {
        Entries::Parsed(Vec::new())
    }
}

impl Corpus {
    /// Builds the corpus from loaded entries (ids must already be unique).
    pub fn new(loaded: Vec<Loaded>) -> Corpus {
        let mut c = Corpus::default();
        c.by_id.reserve(loaded.len());
        for (i, l) in loaded.iter().enumerate() {
            c.by_id.insert(l.entry.id.clone(), i);
        }
        c.entries = Entries::Parsed(loaded);
        c.links = (0..c.len())
            .map(|i| {
                let mut out: Vec<usize> = Vec::new();
                for s in c.link_sites(i) {
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
        c.backlinks = vec![Vec::new(); c.len()];
        for (from, targets) in c.links.iter().enumerate() {
            for &to in targets {
                c.backlinks[to].push(from);
            }
        }
        let mut recommendation_of = HashMap::default();
        for (i, e) in c.entries().enumerate() {
            if let KindFields::Recommendation { actions, .. } = &e.fields {
                for a in actions {
                    if let Some(&ai) = c.by_id.get(a) {
                        recommendation_of.entry(ai).or_insert(i);
                    }
                }
            }
        }
        c.recommendation_of = recommendation_of;
        c
    }

    /// Entry `index` with its link sites, decoded from the snapshot on first use.
    fn cell(&self, index: usize) -> &Loaded {
        match &self.entries {
            Entries::Parsed(all) => &all[index],
            Entries::Snapshot { cells, parts, .. } => {
                cells[index].get_or_init(|| Box::new(self.unpack(parts.as_ref(), index)))
            }
        }
    }

    /// Decodes entry `index` from the snapshot. Should its part be damaged (the snapshot's
    /// table was checked when opened, each part is checked when read), the entry shows as
    /// damaged, saying what to do, and the snapshot is deleted so the next start parses again.
    fn unpack(&self, parts: Option<&crate::cache::Parts>, index: usize) -> Loaded {
        if let Some(parts) = parts {
            match parts.decode(index + 1) {
                Some(l) => return l,
                None => parts.discard(),
            }
        }
        let id = self
            .by_id
            .iter()
            .find(|&(_, &i)| i == index)
            .map_or_else(String::new, |(id, _)| id.clone());
        Loaded {
            entry: model::Entry::damaged(id),
            link_sites: Vec::new(),
            lines: KeyLines::default(),
        }
    }

    /// Decodes every entry not yet decoded, on all cores, and lets go of the snapshot's bytes.
    pub fn decode_all(&mut self) {
        let Entries::Snapshot { parts, .. } = &mut self.entries else {
            return;
        };
        // One read of the whole snapshot rather than one per entry.
        *parts = parts.take().map(crate::cache::Parts::in_memory);
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = self.len().div_ceil(threads).max(1);
        let this = &*self;
        std::thread::scope(|scope| {
            for start in (0..this.len()).step_by(chunk) {
                scope.spawn(move || {
                    for i in start..(start + chunk).min(this.len()) {
                        this.cell(i);
                    }
                });
            }
        });
        if let Entries::Snapshot { parts, .. } = &mut self.entries {
            *parts = None;
        }
    }

    /// Whether entries are still read from a snapshot as they are used.
    #[cfg(test)]
    fn reads_snapshot(&self) -> bool {
        matches!(self.entries, Entries::Snapshot { parts: Some(_), .. })
    }

    /// Entry `index` as it was loaded (for rebuilding a corpus, e.g. on live reload).
    pub fn loaded(&self, index: usize) -> Loaded {
        self.cell(index).clone()
    }

    pub fn len(&self) -> usize {
        match &self.entries {
            Entries::Parsed(all) => all.len(),
            Entries::Snapshot { cells, .. } => cells.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entries in load order.
    pub fn entries(
        &self,
    ) -> impl ExactSizeIterator<Item = &Entry> + DoubleEndedIterator + Clone + '_ {
        (0..self.len()).map(|i| self.entry(i))
    }

    pub fn entry(&self, index: usize) -> &Entry {
        &self.cell(index).entry
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.index_of(id).map(|i| self.entry(i))
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
        &self.cell(index).link_sites
    }

    pub fn id_line(&self, index: usize) -> usize {
        self.cell(index).lines.id
    }

    /// Lines of the keys diagnostics point at.
    pub fn key_line(&self, index: usize) -> KeyLines {
        self.cell(index).lines
    }

    /// The recommendation an action belongs to.
    pub fn recommendation_of(&self, action: usize) -> Option<usize> {
        self.recommendation_of.get(&action).copied()
    }

    /// Findings that name `index` (an action or recommendation) in `addressed_by`.
    pub fn addresses(&self, index: usize) -> Vec<usize> {
        let id = &self.entry(index).id;
        self.backlinks[index]
            .iter()
            .copied()
            .filter(|&f| match &self.entry(f).fields {
                KindFields::Finding { addressed_by, .. } => addressed_by.contains(id),
                _ => false,
            })
            .collect()
    }

    /// Entry `index`'s id.
    pub fn id(&self, index: usize) -> &str {
        match &self.entries {
            Entries::Snapshot { headings, .. } => &headings[index].id,
            Entries::Parsed(_) => &self.entry(index).id,
        }
    }

    /// Entry `index`'s kind.
    pub fn kind(&self, index: usize) -> Kind {
        match &self.entries {
            Entries::Snapshot { headings, .. } => headings[index].kind,
            Entries::Parsed(_) => self.entry(index).kind,
        }
    }

    /// Entry `index`'s title.
    pub fn title(&self, index: usize) -> &Bi<String> {
        match &self.entries {
            Entries::Snapshot { headings, .. } => &headings[index].title,
            Entries::Parsed(_) => &self.entry(index).title,
        }
    }

    /// Indices of entries of `kind`, in list order: stages by model then position, findings by
    /// number, else by English title.
    pub fn of_kind(&self, kind: Kind) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.len()).filter(|&i| self.kind(i) == kind).collect();
        v.sort_by_cached_key(|&i| self.sort_key(i));
        v
    }

    fn sort_key(&self, i: usize) -> (String, u32, String) {
        let title = self.title(i).show(crate::lang::Lang::En).to_lowercase();
        let (group, n) = match &self.entries {
            Entries::Snapshot { headings, .. } => headings[i].order.clone(),
            Entries::Parsed(_) => list_order(self.entry(i)),
        };
        (group, n, title)
    }

    /// Number of entries of each kind.
    pub fn count(&self, kind: Kind) -> usize {
        (0..self.len()).filter(|&i| self.kind(i) == kind).count()
    }

    /// Stages of a model in order of position.
    pub fn stages_of(&self, model: &str) -> Vec<usize> {
        let mut v: Vec<(u32, usize)> = self
            .entries()
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
