//! The corpus: every entry, looked up by id, with links and computed backlinks.
//!
//! `load` reads files (embedded and user folders) into a [`Corpus`]; `check` finds problems that
//! need the whole corpus (broken links, duplicate ids, stage gaps); `parse` reads one file;
//! `snapshot` keeps a loaded corpus in the cache folder, its entries decoded when first used.

pub mod bi;
pub mod capped;
pub mod check;
pub mod citation;
mod citation_places;
pub mod citation_short;
mod citation_titled;
pub mod dates;
pub mod facts;
pub mod field_links;
pub mod head;
pub mod id_like;
pub mod kind_guess;
mod kind_values;
pub mod kinds;
pub mod link_guess;
pub mod load;
pub mod locate;
pub mod locator;
mod locator_words;
pub mod mnstyle;
pub mod model;
pub mod parse;
pub mod prose_title;
pub mod reload;
pub mod snapshot;
pub mod split;
pub mod synthetic;
pub mod table_cells;
pub mod table_links;
pub mod title_link;
pub mod titled_number;
pub mod tour_refs;
pub mod unloaded;
pub mod unloaded_actions;
pub mod values;
mod walk;
pub mod watch;

use std::sync::{Arc, OnceLock};

use crate::cache::Parts;
use crate::lang::Lang;
use head::Head;
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
///
/// A corpus opened from a snapshot ([`snapshot::read`]) decodes its [`Head`] (ids, kinds,
/// titles, links) at once and each entry the first time it is asked for, so `toli show`
/// touches a handful of the entries; [`Corpus::decode_all`] decodes the rest at once (the app
/// does, before it draws).
pub struct Corpus {
    entries: Entries,
    head: Head,
    /// Per language (English, Mongolian), each entry's place in alphabetical order of titles,
    /// when the head does not keep them (a parsed corpus): worked out on first use.
    ranks: [OnceLock<Vec<u32>>; 2],
}

/// The entries with their link sites: all in memory, or read from a snapshot as they are used.
enum Entries {
    Parsed(Vec<Loaded>),
    Snapshot {
        /// Boxed, so that the cells of entries never decoded take 16 bytes each, not a whole
        /// entry's size: a start touches (and the system zero-fills) far fewer pages.
        cells: Vec<OnceLock<Box<Loaded>>>,
        /// Where entries not yet decoded come from (entry `i` is part [`snapshot::entry_part`]);
        /// `None` once all are decoded.
        parts: Option<Arc<Parts>>,
        /// What the corpus was loaded from, and the corpus read again from there should a
        /// part of the snapshot turn out damaged (see [`Corpus::unpack`]).
        sources: Option<load::Sources>,
        reread: OnceLock<Option<Box<Corpus>>>,
    },
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let decoded = match &self.entries {
            Entries::Parsed(_) => "parsed",
            Entries::Snapshot { parts: None, .. } => "decoded from a snapshot",
            Entries::Snapshot { .. } => "read from a snapshot when used",
        };
        write!(f, "Corpus({} entries, {decoded})", self.len())
    }
}

impl Default for Corpus {
    fn default() -> Self {
        Corpus::new(Vec::new())
    }
}

impl Corpus {
    /// Builds the corpus from loaded entries (ids must already be unique).
    pub fn new(loaded: Vec<Loaded>) -> Corpus {
        Corpus {
            head: Head::build(&loaded),
            entries: Entries::Parsed(loaded),
            ranks: Default::default(),
        }
    }

    /// The corpus whose head and entries are the parts of a snapshot, if the head is intact
    /// and fits together, and there is a part for every entry.
    fn from_snapshot(parts: Arc<Parts>) -> Option<Corpus> {
        let head: Head =
            crate::cache::decode_with_texts(&parts, snapshot::HEAD).filter(Head::fits)?;
        let n = head.len();
        (parts.len() == snapshot::entry_part(n)).then(|| Corpus {
            entries: Entries::Snapshot {
                cells: (0..n).map(|_| OnceLock::new()).collect(),
                parts: Some(parts),
                sources: None,
                reread: OnceLock::new(),
            },
            head,
            ranks: Default::default(),
        })
    }

    /// The head: ids, kinds, titles and links of all entries.
    pub fn head(&self) -> &Head {
        &self.head
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

    /// Decodes entry `index` from the snapshot. Should its part be damaged (the table was
    /// checked when opened, each part is checked when read), the snapshot is deleted and the
    /// corpus read again from its files (once, whatever the number of damaged parts), so the
    /// entry is shown as its file has it; only if that fails too does it show as damaged.
    fn unpack(&self, parts: Option<&Arc<Parts>>, index: usize) -> Loaded {
        if let Some(parts) = parts {
            match parts.decode(snapshot::entry_part(index)) {
                Some(l) => return l,
                None => parts.discard(),
            }
        }
        if let Entries::Snapshot {
            sources: Some(sources),
            reread,
            ..
        } = &self.entries
        {
            let fresh = reread.get_or_init(|| {
                let mut fresh = load::load(sources).corpus;
                fresh.decode_all();
                Some(Box::new(fresh))
            });
            if let Some(fresh) = fresh
                && let Some(i) = fresh.index_of(self.id(index))
            {
                return fresh.loaded(i);
            }
        }
        Loaded {
            entry: model::Entry::damaged(self.id(index).to_string()),
            link_sites: Vec::new(),
            lines: KeyLines::default(),
        }
    }

    /// Remembers what a snapshot corpus was loaded from, so a damaged part can be read again
    /// from the files.
    pub(crate) fn remember_sources(&mut self, from: &load::Sources) {
        if let Entries::Snapshot { sources, .. } = &mut self.entries {
            *sources = Some(from.clone());
        }
    }

    /// Decodes every entry not yet decoded, on all cores, and lets go of the snapshot's bytes.
    pub fn decode_all(&mut self) {
        if !matches!(self.entries, Entries::Snapshot { .. }) {
            return;
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = self.len().div_ceil(threads).max(1);
        if let Entries::Snapshot {
            parts: Some(parts), ..
        } = &self.entries
        {
            parts.read_all();
        }
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
        // Everything is decoded: let go of the snapshot.
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
        self.head().index_of(id)
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.index_of(id).map(|i| self.entry(i))
    }

    /// Entries this one links to (front matter and body), existing ones only.
    pub fn links(&self, index: usize) -> &[usize] {
        self.head().links(index)
    }

    /// Entries that link to this one.
    pub fn backlinks(&self, index: usize) -> &[usize] {
        self.head().backlinks(index)
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
        self.head().recommendation(action)
    }

    /// Findings that name `index` (an action or recommendation) in `addressed_by`.
    pub fn addresses(&self, index: usize) -> Vec<usize> {
        let id = &self.entry(index).id;
        self.backlinks(index)
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
        self.head().id(index)
    }

    /// Entry `index`'s kind.
    pub fn kind(&self, index: usize) -> Kind {
        self.head().kind(index)
    }

    /// Entry `index`'s title in `lang`, else in the other language.
    pub fn title(&self, index: usize, lang: Lang) -> &str {
        self.head().title(index, lang)
    }

    /// Indices of entries of `kind`, in English list order (see [`Corpus::of_kind_in`]).
    pub fn of_kind(&self, kind: Kind) -> Vec<usize> {
        self.of_kind_in(kind, Lang::En)
    }

    /// Indices of entries of `kind`, in list order: stages by model then position, findings by
    /// number, policies by year (those the corpus gives no year after them), else — and among
    /// ties — alphabetically by title in `lang` ([`crate::collate`]).
    pub fn of_kind_in(&self, kind: Kind, lang: Lang) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.len()).filter(|&i| self.kind(i) == kind).collect();
        v.sort_by_cached_key(|&i| {
            let (group, n) = self.head().order(i);
            (group, n, self.title_rank(i, lang))
        });
        v
    }

    /// Entry `index`'s place when all entries are in alphabetical order of their titles in
    /// `lang`: compare ranks to compare titles.
    pub fn title_rank(&self, index: usize, lang: Lang) -> u32 {
        self.title_ranks(lang)
            .get(index)
            .copied()
            .unwrap_or(u32::MAX)
    }

    /// Every entry's title rank in `lang`: kept in a snapshot's head, else worked out once.
    pub fn title_ranks(&self, lang: Lang) -> &[u32] {
        if let Some(kept) = self.head.title_ranks(lang) {
            return kept;
        }
        let slot = match lang {
            Lang::En => &self.ranks[0],
            Lang::Mn => &self.ranks[1],
        };
        slot.get_or_init(|| self.head.ranks_of_titles(lang))
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

#[cfg(test)]
#[path = "list_order_tests.rs"]
mod list_order_tests;
