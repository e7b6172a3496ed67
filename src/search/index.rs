//! The index: what is precomputed per entry so that a keystroke costs little.
//!
//! * **Short fields** (id, titles, aliases, tags) are kept per entry with their lower-cased text,
//!   the words of their ASCII key ([`super::translit`]) joined by single spaces (for exact/prefix
//!   title tiers and fuzzy matching) and a letter bitmask (a cheap pre-filter before fuzzy
//!   matching). Highlight positions are worked out only for the hits shown.
//! * **Every field** (short fields, summaries, bodies and kind-specific fields, both languages) is
//!   split into words whose keys go into a [`TokenIndex`]: a sorted token list (prefix ranges by
//!   binary search; one-edit typo checks by scanning tokens of nearby length) with, per token, the
//!   entries it occurs in and a bitmask of the fields and languages it occurs in. A second,
//!   small token index of the short fields alone serves one- and two-letter prefixes, which
//!   would otherwise touch most of the corpus on the first keystroke.
//!
//! The [`Index`] is what is built; searching reads an [`IndexView`] of it — plain slices and
//! strings — which is also what a snapshot gives back without decoding anything: its arrays are
//! the snapshot's parts, used in place ([`IndexView::parts`], [`IndexView::from_parts`]).

use super::Field;
use super::fields::fields_text;
use super::shorts::{ShortTable, Shorts};
use super::tokens::{Posting, TokenIndex, TokenIndexBuilder, Tokens};
use crate::cache::Parts;
use crate::corpus::Corpus;
use crate::corpus::model::{Entry, Kind};
use crate::lang::Lang;

/// Posting-mask bits of the short fields (id, title, alias, tag) in both languages.
pub const SHORT_FIELDS: u16 = 0xFF;

/// Fields in index order; a posting mask has bit `2 * field + lang`.
pub const FIELDS: [Field; 7] = [
    Field::Id,
    Field::Title,
    Field::Alias,
    Field::Tag,
    Field::Summary,
    Field::Body,
    Field::Fields,
];

pub fn field_bit(field: Field, lang: Lang) -> u16 {
    let f = FIELDS.iter().position(|&x| x == field).unwrap_or(0);
    1 << (2 * f + usize::from(lang == Lang::Mn))
}

/// Everything precomputed about a corpus, as built.
#[derive(Debug, Default)]
pub struct Index {
    pub shorts: ShortTable,
    /// Each entry's kind, as its place in [`Kind::ALL`].
    pub kinds: Vec<u8>,
    /// Char count of the English (else shown) title, for tie-breaking.
    pub title_len: Vec<u32>,
    /// How many entries link to each entry (a tie-breaker: see [`super::rank`]).
    pub links_in: Vec<u32>,
    /// What each entry offers a question ([`super::traits`]).
    pub traits: Vec<u8>,
    pub tokens: TokenIndex,
    /// Tokens of the short fields only: one- and two-letter prefixes look only here.
    pub short_tokens: TokenIndex,
}

/// Adds the long fields (summary, body, kind fields) of entry `i` to `b`.
fn add_long(b: &mut TokenIndexBuilder, i: u32, e: &Entry) {
    for lang in Lang::ALL {
        if let Some(s) = e.summary.get(lang) {
            b.add(i, field_bit(Field::Summary, lang), s);
        }
        if let Some(s) = e.body.get(lang) {
            b.add(i, field_bit(Field::Body, lang), s);
        }
        b.add(i, field_bit(Field::Fields, lang), &fields_text(e, lang));
    }
}

/// The index of a run of entries starting at `first`.
struct Part {
    tokens: TokenIndex,
    short_tokens: TokenIndex,
    shorts: ShortTable,
}

fn build_part(corpus: &Corpus, range: std::ops::Range<usize>) -> Part {
    let mut b = TokenIndexBuilder::default();
    let mut shorts = ShortTable::default();
    for i in range {
        let e = corpus.entry(i);
        shorts.push(e, &mut b, i as u32);
        add_long(&mut b, i as u32, e);
    }
    // Sorting each part's vocabulary here runs on the part's own thread.
    let tokens = b.finish();
    Part {
        short_tokens: tokens.only(SHORT_FIELDS),
        tokens,
        shorts,
    }
}

/// Corpora smaller than this are indexed on one thread.
const PARALLEL_FROM: usize = 2000;

impl Index {
    /// Builds the index, splitting large corpora across the available cores.
    pub fn build(corpus: &Corpus) -> Index {
        let n = corpus.len();
        let threads = if n < PARALLEL_FROM {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
        };
        let chunk = n.div_ceil(threads).max(1);
        let parts: Vec<Part> = if threads == 1 {
            vec![build_part(corpus, 0..n)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = (0..n)
                    .step_by(chunk)
                    .map(|start| {
                        scope.spawn(move || build_part(corpus, start..(start + chunk).min(n)))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        };
        let mut parts = parts.into_iter();
        let mut all = parts.next().unwrap_or_else(|| build_part(corpus, 0..0));
        for p in parts {
            all.tokens = all.tokens.merge(p.tokens);
            all.short_tokens = all.short_tokens.merge(p.short_tokens);
            all.shorts.extend(p.shorts);
        }
        Index {
            shorts: all.shorts,
            kinds: corpus.entries().map(|e| kind_number(e.kind)).collect(),
            links_in: (0..n).map(|i| corpus.backlinks(i).len() as u32).collect(),
            traits: corpus.entries().map(super::traits::of).collect(),
            title_len: corpus
                .entries()
                .map(|e| e.title.show(Lang::En).chars().count() as u32)
                .collect(),
            tokens: all.tokens,
            short_tokens: all.short_tokens,
        }
    }
}

fn kind_number(kind: Kind) -> u8 {
    Kind::ALL.iter().position(|&k| k == kind).unwrap_or(0) as u8
}

impl Index {
    /// The index in place, as searching reads it.
    pub fn view(&self) -> IndexView<'_> {
        IndexView {
            shorts: self.shorts.view(),
            kinds: &self.kinds,
            title_len: &self.title_len,
            links_in: &self.links_in,
            traits: &self.traits,
            tokens: self.tokens.view(),
            short_tokens: self.short_tokens.view(),
        }
    }
}

/// An [`Index`] read in place: borrowed from a built index or from a snapshot's parts.
#[derive(Debug, Default, Clone, Copy, yoke::Yokeable)]
pub struct IndexView<'a> {
    pub shorts: Shorts<'a>,
    pub kinds: &'a [u8],
    pub title_len: &'a [u32],
    pub links_in: &'a [u32],
    pub traits: &'a [u8],
    pub tokens: Tokens<'a>,
    pub short_tokens: Tokens<'a>,
}

/// The number of parts [`IndexView::parts`] makes: seven for the short fields and per-entry
/// arrays, four for each of the two token indexes.
const PARTS: usize = 7 + 2 * 4;

impl<'a> IndexView<'a> {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.shorts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shorts.is_empty()
    }

    /// Entry `i`'s kind.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        Kind::ALL.get(usize::from(*self.kinds.get(i)?)).copied()
    }

    /// The index's arrays, as the parts of a snapshot, in the order [`IndexView::from_parts`]
    /// reads them.
    pub fn parts(&self) -> Vec<&'a [u8]> {
        let tokens = |t: Tokens<'a>| {
            [
                t.text.as_bytes(),
                bytemuck::cast_slice(t.ends),
                bytemuck::cast_slice(t.postings),
                bytemuck::cast_slice(t.post_ends),
            ]
        };
        let mut parts = vec![
            self.shorts.text.as_bytes(),
            bytemuck::cast_slice(self.shorts.rows),
            bytemuck::cast_slice(self.shorts.ends),
            self.kinds,
            bytemuck::cast_slice(self.title_len),
            bytemuck::cast_slice(self.links_in),
            self.traits,
        ];
        parts.extend(tokens(self.tokens));
        parts.extend(tokens(self.short_tokens));
        parts
    }

    /// The index whose [`IndexView::parts`] are `parts`, read in place. `None` when a part is missing, damaged or does not fit:
    /// texts must be UTF-8, arrays aligned and whole, and the per-entry arrays equally long.
    pub fn from_parts(parts: &'a Parts) -> Option<IndexView<'a>> {
        let tokens = |at: usize| -> Option<Tokens<'a>> {
            let t = Tokens {
                text: parts.text(at)?,
                ends: parts.array(at + 1)?,
                postings: parts.array::<Posting>(at + 2)?,
                post_ends: parts.array(at + 3)?,
            };
            (t.ends.len() == t.post_ends.len()).then_some(t)
        };
        let view = IndexView {
            shorts: Shorts {
                text: parts.text(0)?,
                rows: parts.array(1)?,
                ends: parts.array(2)?,
            },
            kinds: parts.in_place(3)?,
            title_len: parts.array(4)?,
            links_in: parts.array(5)?,
            traits: parts.in_place(6)?,
            tokens: tokens(7)?,
            short_tokens: tokens(11)?,
        };
        let n = view.len();
        let whole = parts.len() == PARTS
            && [
                view.kinds.len(),
                view.title_len.len(),
                view.links_in.len(),
                view.traits.len(),
            ] == [n; 4];
        whole.then_some(view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tokens_are_the_tokens_of_the_short_fields() {
        let corpus = crate::search::synthetic::corpus(3000, 7);
        let index = Index::build(&corpus);
        let mut b = TokenIndexBuilder::default();
        let mut shorts = ShortTable::default();
        for (i, e) in corpus.entries().enumerate() {
            shorts.push(e, &mut TokenIndexBuilder::default(), i as u32);
            for sh in shorts.view().of(i) {
                b.add(i as u32, field_bit(sh.field, sh.lang), sh.words);
            }
        }
        let direct = b.finish();
        assert!(direct.len() > 100);
        assert_eq!(index.short_tokens, direct);
    }
}
