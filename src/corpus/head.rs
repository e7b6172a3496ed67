//! What a corpus knows of its entries before decoding any of them: each entry's id, kind,
//! titles and list order, its links and backlinks, the recommendation that lists it (for
//! actions), the ids in sorted order for lookups by id, and — in a head read from a snapshot —
//! each title's place in alphabetical order in either language, so that `toli search` and
//! `toli list` sort without collating every title (a parsed corpus works them out when first
//! asked, see `Corpus::title_rank`).
//!
//! It is a few flat arrays — one text of ids and titles, one row of numbers per entry, links
//! and backlinks as runs of one array — so that a snapshot holds it as two parts (numbers
//! decoded with bitcode, the text checked as UTF-8) read into a handful of allocations (`toli show` or `toli list` reads the head without
//! an allocation per entry). Lookups never panic, whatever the numbers say; [`Head::fits`]
//! checks a decoded head's links and lookups before it is used.

use rustc_hash::FxHashMap;

use super::Loaded;
use super::model::{Entry, Kind, KindFields};
use crate::cache::span;
use crate::lang::Lang;

/// No entry (an action that no recommendation lists).
const NONE: u32 = u32::MAX;

/// One entry's numbers. Its texts — id, English title, Mongolian title, list group — lie one
/// after another in the head's text, ending at `ends` (the first starts where the previous
/// row's last ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
struct Row {
    /// Place in [`Kind::ALL`].
    kind: u8,
    /// Bit 0: an English title is written; bit 1: a Mongolian one.
    titles: u8,
    /// Where lists put it within its group: stage position, finding number, a policy's year,
    /// else `u32::MAX`.
    order: u32,
    ends: [u32; 4],
    /// The recommendation that lists this action ([`NONE`]: none).
    recommendation: u32,
}

/// The head of a corpus.
#[derive(Debug, Default, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct Head {
    text: String,
    rows: Vec<Row>,
    /// Entry `i`'s links are `links[link_ends[i - 1]..link_ends[i]]`; backlinks likewise.
    links: Vec<usize>,
    link_ends: Vec<u32>,
    backlinks: Vec<usize>,
    backlink_ends: Vec<u32>,
    /// Entry numbers in order of their ids.
    by_id: Vec<u32>,
    /// Per language (English, Mongolian), each entry's place in alphabetical order of its
    /// title in that language ([`crate::collate`]); empty until [`Head::with_title_ranks`].
    title_ranks: [Vec<u32>; 2],
}

impl Head {
    /// The head of `loaded` (ids unique): links resolved to the other entries they name,
    /// deduplicated, in file order; backlinks in entry order; for each action the first
    /// recommendation that lists it.
    pub fn build(loaded: &[Loaded]) -> Head {
        let n = loaded.len();
        let index: FxHashMap<&str, usize> = (loaded.iter().enumerate())
            .map(|(i, l)| (l.entry.id.as_str(), i))
            .collect();
        let mut t = Head::default();
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

    /// The head with the title ranks `ranks` (English, Mongolian) kept in it, as a snapshot
    /// stores it.
    pub fn with_title_ranks(mut self, ranks: [Vec<u32>; 2]) -> Head {
        self.title_ranks = ranks;
        self
    }

    /// Each entry's place when all are in alphabetical order of their titles in `lang`
    /// (ties: the raw title, then the id).
    pub fn ranks_of_titles(&self, lang: Lang) -> Vec<u32> {
        let n = self.len();
        // Every key in one buffer: one allocation for the whole corpus.
        let mut buffer = Vec::new();
        let mut ends = Vec::with_capacity(n);
        for i in 0..n {
            crate::collate::push_key(self.title(i, lang), lang, &mut buffer);
            ends.push(buffer.len() as u32);
        }
        let key = |i: usize| span(&ends, i).and_then(|r| buffer.get(r)).unwrap_or(&[]);
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| {
            key(a)
                .cmp(key(b))
                .then_with(|| self.title(a, lang).cmp(self.title(b, lang)))
                .then_with(|| self.id(a).cmp(self.id(b)))
        });
        let mut ranks = vec![0; n];
        for (rank, &i) in order.iter().enumerate() {
            ranks[i] = rank as u32;
        }
        ranks
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
            KindFields::Policy {
                year: Some(year), ..
            } => ("", u32::try_from(*year).unwrap_or(u32::MAX)),
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
            order,
            ends,
            recommendation,
        });
    }

    /// Whether a head decoded from a snapshot fits together: the per-entry arrays as long as
    /// the rows, and every kind, link, backlink and id lookup an entry.
    pub fn fits(&self) -> bool {
        let n = self.len();
        let [en_ranks, mn_ranks] = &self.title_ranks;
        let lengths = [&self.link_ends, &self.backlink_ends, &self.by_id].map(|v| v.len());
        let ranks_fit = |r: &Vec<u32>| r.is_empty() || r.len() == n;
        let inside = |all: &[usize]| all.iter().all(|&i| i < n);
        let text_end = self.rows.last().map_or(0, |r| r.ends[3] as usize);
        lengths == [n; 3]
            && ranks_fit(en_ranks)
            && ranks_fit(mn_ranks)
            && text_end == self.text.len()
            && inside(&self.links)
            && inside(&self.backlinks)
            && self.by_id.iter().all(|&i| (i as usize) < n)
            && (self.rows.iter()).all(|r| usize::from(r.kind) < Kind::ALL.len())
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Text `k` of entry `i` (0 id, 1 English title, 2 Mongolian title, 3 list group).
    fn text(&self, i: usize, k: usize) -> &str {
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

    pub fn id(&self, i: usize) -> &str {
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
    pub fn title(&self, i: usize, lang: Lang) -> &str {
        let titles = self.rows.get(i).map_or(0, |r| r.titles);
        let slot = |l: Lang| match l {
            Lang::En => (titles & 1 != 0).then(|| self.text(i, 1)),
            Lang::Mn => (titles & 2 != 0).then(|| self.text(i, 2)),
        };
        slot(lang).or_else(|| slot(lang.other())).unwrap_or("")
    }

    /// Where lists put entry `i`: its group (a stage's model) and number in it.
    pub fn order(&self, i: usize) -> (&str, u32) {
        let n = self.rows.get(i).map_or(u32::MAX, |r| r.order);
        (self.text(i, 3), n)
    }

    /// The recommendation that lists action `i`.
    pub fn recommendation(&self, i: usize) -> Option<usize> {
        let r = self.rows.get(i)?.recommendation as usize;
        (r < self.len()).then_some(r)
    }

    pub fn links(&self, i: usize) -> &[usize] {
        run(&self.links, &self.link_ends, i)
    }

    pub fn backlinks(&self, i: usize) -> &[usize] {
        run(&self.backlinks, &self.backlink_ends, i)
    }

    /// The title ranks kept in this head for `lang`, if it has them (see [`Head::with_title_ranks`]).
    pub fn title_ranks(&self, lang: Lang) -> Option<&[u32]> {
        let ranks = match lang {
            Lang::En => &self.title_ranks[0],
            Lang::Mn => &self.title_ranks[1],
        };
        (!ranks.is_empty() && ranks.len() == self.len()).then_some(ranks.as_slice())
    }

    /// The entry with id `id` (a binary search of the ids in order).
    pub fn index_of(&self, id: &str) -> Option<usize> {
        let at = self.by_id.partition_point(|&i| self.id(i as usize) < id);
        let i = *self.by_id.get(at)? as usize;
        (self.id(i) == id).then_some(i)
    }
}

impl crate::cache::WithTexts for Head {
    fn texts(&mut self) -> Vec<&mut String> {
        vec![&mut self.text]
    }
}

/// Run `i` of `items` (see [`span`]), empty if out of range.
fn run<'a, T>(items: &'a [T], ends: &[u32], i: usize) -> &'a [T] {
    span(ends, i).and_then(|r| items.get(r)).unwrap_or(&[])
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
        let head = Head::build(&loaded);
        assert!(head.fits());
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
    fn nonsense_numbers_read_as_empty_and_do_not_fit() {
        let head = Head {
            text: "кa".to_string(),
            rows: vec![Row {
                kind: 200,
                titles: 3,
                order: 1,
                ends: [9, 2, 1, 400],
                recommendation: 7,
            }],
            links: vec![5],
            link_ends: vec![9],
            backlinks: vec![],
            backlink_ends: vec![],
            by_id: vec![3],
            title_ranks: [vec![0], vec![0]],
        };
        assert!(!head.fits());
        assert_eq!(head.id(0), "");
        assert_eq!(head.title(0, Lang::Mn), "");
        assert_eq!(head.kind(0), Kind::Definition);
        assert_eq!(head.recommendation(0), None);
        assert_eq!(head.links(0), &[] as &[usize]);
        assert_eq!(head.backlinks(0), &[] as &[usize]);
        assert_eq!(head.index_of("a"), None);
        assert_eq!(head.id(1), "");
    }

    #[test]
    fn a_head_whose_links_point_nowhere_does_not_fit() {
        let mut head = Head::build(&shipped());
        head.links.push(head.len());
        assert!(!head.fits(), "a link to no entry");
        let mut head = Head::build(&shipped());
        head.by_id.pop();
        assert!(!head.fits(), "an id lookup short of an entry");
        let head = Head::build(&shipped());
        assert!(
            head.fits(),
            "no title ranks kept: they are worked out when asked"
        );
        let n = head.len();
        let whole = head.clone().with_title_ranks([vec![0; n], vec![0; n]]);
        assert!(whole.fits());
        let short = head.with_title_ranks([vec![0; n - 1], vec![0; n]]);
        assert!(!short.fits(), "title ranks short of an entry");
        assert_eq!(short.title_ranks(Lang::En), None);
    }
}
