//! What a corpus knows of its entries before decoding any of them: each entry's id, kind,
//! titles and list order, its links and backlinks, the recommendation that lists it (for
//! actions), and the ids in sorted order for lookups by id.
//!
//! It is a few flat arrays — a [`HeadTable`] as built — read through a [`Head`] view, which a
//! snapshot gives back in place, without decoding ([`Head::parts`], [`Head::from_parts`]):
//! `toli show` or `toli list` reads the head of the corpus without an allocation per entry.
//! Lookups never panic, whatever the numbers say; [`Head::from_parts`] checks that every link
//! and lookup points at an entry.

use bytemuck::{Pod, Zeroable};
use rustc_hash::FxHashMap;

use super::Loaded;
use super::model::{Entry, Kind, KindFields};
use crate::cache::{Parts, span};
use crate::lang::Lang;

/// No entry (an action that no recommendation lists).
const NONE: u32 = u32::MAX;

/// The number of parts [`Head::parts`] makes.
pub const PARTS: usize = 7;

/// One entry's numbers. Its texts — id, English title, Mongolian title, list group — lie one
/// after another in the head's text, ending at `ends` (the first starts where the previous
/// row's last ends). Plain numbers only, so that a snapshot's rows are used in place.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Pod, Zeroable)]
pub struct Row {
    /// Place in [`Kind::ALL`].
    kind: u8,
    /// Bit 0: an English title is written; bit 1: a Mongolian one.
    titles: u8,
    unused: [u8; 2],
    /// Where lists put it within its group: stage position, finding number, else `u32::MAX`.
    order: u32,
    ends: [u32; 4],
    /// The recommendation that lists this action ([`NONE`]: none).
    recommendation: u32,
}

/// The head as built.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct HeadTable {
    text: String,
    rows: Vec<Row>,
    /// Entry `i`'s links are `links[link_ends[i - 1]..link_ends[i]]`; backlinks likewise.
    links: Vec<usize>,
    link_ends: Vec<u32>,
    backlinks: Vec<usize>,
    backlink_ends: Vec<u32>,
    /// Entry numbers in order of their ids.
    by_id: Vec<u32>,
}

/// A [`HeadTable`] read in place: borrowed from a built table or from a snapshot's parts.
#[derive(Debug, Default, Clone, Copy, yoke::Yokeable)]
pub struct Head<'a> {
    text: &'a str,
    rows: &'a [Row],
    links: &'a [usize],
    link_ends: &'a [u32],
    backlinks: &'a [usize],
    backlink_ends: &'a [u32],
    by_id: &'a [u32],
}

impl HeadTable {
    /// The head of `loaded` (ids unique): links resolved to the other entries they name,
    /// deduplicated, in file order; backlinks in entry order; for each action the first
    /// recommendation that lists it.
    pub fn build(loaded: &[Loaded]) -> HeadTable {
        let n = loaded.len();
        let index: FxHashMap<&str, usize> = (loaded.iter().enumerate())
            .map(|(i, l)| (l.entry.id.as_str(), i))
            .collect();
        let mut t = HeadTable::default();
        let mut recommendation = vec![NONE; n];
        for (i, l) in loaded.iter().enumerate() {
            let start = t.links.len();
            for s in &l.link_sites {
                if let Some(&to) = index.get(s.target.as_str())
                    && to != i
                    && !t.links[start..].contains(&to)
                {
                    t.links.push(to);
                }
            }
            t.link_ends.push(t.links.len() as u32);
            if let KindFields::Recommendation { actions, .. } = &l.entry.fields {
                for a in actions {
                    if let Some(&action) = index.get(a.as_str())
                        && recommendation[action] == NONE
                    {
                        recommendation[action] = i as u32;
                    }
                }
            }
        }
        t.backlinks_from_links(n);
        for (l, recommendation) in loaded.iter().zip(recommendation) {
            t.push_row(&l.entry, recommendation);
        }
        t.by_id = (0..n as u32).collect();
        t.by_id.sort_unstable_by(|&a, &b| {
            loaded[a as usize]
                .entry
                .id
                .cmp(&loaded[b as usize].entry.id)
        });
        t
    }

    /// Backlinks of `n` entries from their links: a counting sort, so each list is in entry order.
    fn backlinks_from_links(&mut self, n: usize) {
        let mut next = vec![0u32; n];
        for &to in &self.links {
            next[to] += 1;
        }
        let mut at = 0;
        for count in &mut next {
            (*count, at) = (at, at + *count);
            self.backlink_ends.push(at);
        }
        self.backlinks = vec![0; self.links.len()];
        let mut start = 0;
        for (from, &end) in self.link_ends.iter().enumerate() {
            for &to in &self.links[start..end as usize] {
                self.backlinks[next[to] as usize] = from;
                next[to] += 1;
            }
            start = end as usize;
        }
    }

    fn push_row(&mut self, e: &Entry, recommendation: u32) {
        let (group, order) = match &e.fields {
            KindFields::Stage {
                model, position, ..
            } => (model.as_str(), *position),
            KindFields::Finding {
                number: Some(n), ..
            } => ("", *n),
            _ => ("", u32::MAX),
        };
        let mut ends = [0; 4];
        let texts = [
            e.id.as_str(),
            e.title.en.as_deref().unwrap_or(""),
            e.title.mn.as_deref().unwrap_or(""),
            group,
        ];
        for (end, text) in ends.iter_mut().zip(texts) {
            self.text.push_str(text);
            *end = self.text.len() as u32;
        }
        self.rows.push(Row {
            kind: Kind::ALL.iter().position(|&k| k == e.kind).unwrap_or(0) as u8,
            titles: u8::from(e.title.en.is_some()) | u8::from(e.title.mn.is_some()) << 1,
            unused: [0; 2],
            order,
            ends,
            recommendation,
        });
    }

    /// The table in place.
    pub fn view(&self) -> Head<'_> {
        Head {
            text: &self.text,
            rows: &self.rows,
            links: &self.links,
            link_ends: &self.link_ends,
            backlinks: &self.backlinks,
            backlink_ends: &self.backlink_ends,
            by_id: &self.by_id,
        }
    }
}

/// Run `i` of `items` (see [`span`]), empty if out of range.
fn run<'a, T>(items: &'a [T], ends: &[u32], i: usize) -> &'a [T] {
    span(ends, i).and_then(|r| items.get(r)).unwrap_or(&[])
}

impl<'a> Head<'a> {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Text `k` of entry `i` (0 id, 1 English title, 2 Mongolian title, 3 list group).
    fn text(&self, i: usize, k: usize) -> &'a str {
        let Some(row) = self.rows.get(i) else {
            return "";
        };
        let start = match k {
            0 => i
                .checked_sub(1)
                .and_then(|p| self.rows.get(p))
                .map_or(0, |r| r.ends[3]),
            _ => row.ends[k - 1],
        };
        let end = row.ends.get(k).copied().unwrap_or(start);
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    pub fn id(&self, i: usize) -> &'a str {
        self.text(i, 0)
    }

    pub fn kind(&self, i: usize) -> Kind {
        self.rows
            .get(i)
            .and_then(|r| Kind::ALL.get(usize::from(r.kind)))
            .copied()
            .unwrap_or(Kind::Definition)
    }

    /// The title in `lang`, else in the other language, else "".
    pub fn title(&self, i: usize, lang: Lang) -> &'a str {
        let titles = self.rows.get(i).map_or(0, |r| r.titles);
        let slot = |l: Lang| match l {
            Lang::En => (titles & 1 != 0).then(|| self.text(i, 1)),
            Lang::Mn => (titles & 2 != 0).then(|| self.text(i, 2)),
        };
        slot(lang).or_else(|| slot(lang.other())).unwrap_or("")
    }

    /// Where lists put entry `i`: its group (a stage's model) and number in it.
    pub fn order(&self, i: usize) -> (&'a str, u32) {
        let n = self.rows.get(i).map_or(u32::MAX, |r| r.order);
        (self.text(i, 3), n)
    }

    /// The recommendation that lists action `i`.
    pub fn recommendation(&self, i: usize) -> Option<usize> {
        let r = self.rows.get(i)?.recommendation as usize;
        (r < self.len()).then_some(r)
    }

    pub fn links(&self, i: usize) -> &'a [usize] {
        run(self.links, self.link_ends, i)
    }

    pub fn backlinks(&self, i: usize) -> &'a [usize] {
        run(self.backlinks, self.backlink_ends, i)
    }

    /// The entry with id `id` (a binary search of the ids in order).
    pub fn index_of(&self, id: &str) -> Option<usize> {
        let at = self.by_id.partition_point(|&i| self.id(i as usize) < id);
        let i = *self.by_id.get(at)? as usize;
        (self.id(i) == id).then_some(i)
    }

    /// An owned copy, for keeping after the snapshot it was read from is let go.
    pub fn to_table(&self) -> HeadTable {
        HeadTable {
            text: self.text.to_string(),
            rows: self.rows.to_vec(),
            links: self.links.to_vec(),
            link_ends: self.link_ends.to_vec(),
            backlinks: self.backlinks.to_vec(),
            backlink_ends: self.backlink_ends.to_vec(),
            by_id: self.by_id.to_vec(),
        }
    }

    /// The head's arrays, as snapshot parts, in the order [`Head::from_parts`] reads them.
    pub fn parts(&self) -> [&'a [u8]; PARTS] {
        [
            self.text.as_bytes(),
            bytemuck::cast_slice(self.rows),
            bytemuck::cast_slice(self.links),
            bytemuck::cast_slice(self.link_ends),
            bytemuck::cast_slice(self.backlinks),
            bytemuck::cast_slice(self.backlink_ends),
            bytemuck::cast_slice(self.by_id),
        ]
    }

    /// The head whose [`Head::parts`] are the first parts of `parts`, read in place. `None`
    /// when a part is missing, damaged or does not fit: the text must be UTF-8, the per-entry
    /// arrays as long as the rows, and every link, backlink and id lookup an entry.
    pub fn from_parts(parts: &'a Parts) -> Option<Head<'a>> {
        let head = Head {
            text: parts.text(0)?,
            rows: parts.array(1)?,
            links: parts.array(2)?,
            link_ends: parts.array(3)?,
            backlinks: parts.array(4)?,
            backlink_ends: parts.array(5)?,
            by_id: parts.array(6)?,
        };
        let n = head.len();
        let lengths = [head.link_ends, head.backlink_ends, head.by_id].map(<[u32]>::len);
        let inside = |all: &[usize]| all.iter().all(|&i| i < n);
        let kinds = head
            .rows
            .iter()
            .all(|r| usize::from(r.kind) < Kind::ALL.len());
        let fits = lengths == [n; 3]
            && inside(head.links)
            && inside(head.backlinks)
            && head.by_id.iter().all(|&i| (i as usize) < n)
            && kinds;
        fits.then_some(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};

    fn shipped() -> Vec<Loaded> {
        let corpus = load(&Sources::builtin()).corpus;
        (0..corpus.len()).map(|i| corpus.loaded(i)).collect()
    }

    #[test]
    fn answers_as_the_entries_say() {
        let loaded = shipped();
        let table = HeadTable::build(&loaded);
        let head = table.view();
        assert_eq!(head.len(), loaded.len());
        for (i, l) in loaded.iter().enumerate() {
            let e = &l.entry;
            assert_eq!(head.id(i), e.id);
            assert_eq!(head.kind(i), e.kind);
            for lang in Lang::ALL {
                assert_eq!(head.title(i, lang), e.title.show(lang), "{}", e.id);
            }
            assert_eq!(head.index_of(&e.id), Some(i));
            for &to in head.links(i) {
                assert!(head.backlinks(to).contains(&i), "{} → {to}", e.id);
            }
            for &from in head.backlinks(i) {
                assert!(head.links(from).contains(&i));
            }
            assert!(head.backlinks(i).is_sorted());
        }
        assert_eq!(head.index_of("no-such-entry"), None);
        assert_eq!(head.index_of(""), None);
        let actions = (0..head.len()).filter(|&i| head.kind(i) == Kind::Action);
        assert!(actions.clone().count() > 10);
        for a in actions {
            let r = head
                .recommendation(a)
                .expect("every shipped action is listed");
            assert_eq!(head.kind(r), Kind::Recommendation);
        }
    }

    #[test]
    fn nonsense_numbers_read_as_empty() {
        let rows = [Row {
            kind: 200,
            titles: 3,
            unused: [0; 2],
            order: 1,
            ends: [9, 2, 1, 400],
            recommendation: 7,
        }];
        let head = Head {
            text: "кa",
            rows: &rows,
            links: &[5],
            link_ends: &[9],
            backlinks: &[],
            backlink_ends: &[],
            by_id: &[3],
        };
        assert_eq!(head.id(0), "");
        assert_eq!(head.title(0, Lang::Mn), "");
        assert_eq!(head.kind(0), Kind::Definition);
        assert_eq!(head.recommendation(0), None);
        assert_eq!(head.links(0), &[] as &[usize]);
        assert_eq!(head.backlinks(0), &[] as &[usize]);
        assert_eq!(head.index_of("a"), None);
        assert_eq!(head.id(1), "");
    }
}
