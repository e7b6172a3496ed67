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
//! A snapshot holds the [`Index`] as its numbers and three texts ([`crate::cache::WithTexts`]);
//! [`Index::fits`] checks what was decoded.
//!
//! A field's number — its place in [`FIELDS`], the order [`Field`] declares — gives its bits in a
//! posting mask (`2 * number + lang`) and its three bits in a packed match ([`super::rank::pack`]);
//! both limits are checked when compiling, so a field added to [`Field`] either fits or fails
//! the build.

use strum::{EnumCount, VariantArray};

use super::Field;
use super::fields::fields_text;
use super::shorts::ShortTable;
use super::shown::shown_text;
use super::tokens::{TokenIndex, TokenIndexBuilder};
use crate::corpus::Corpus;
use crate::corpus::model::{Entry, Kind};
use crate::lang::Lang;

/// Every field, in index order: the order [`Field`] declares them in.
pub const FIELDS: &[Field] = Field::VARIANTS;

const _: () = {
    assert!(
        2 * Field::COUNT <= u16::BITS as usize,
        "a posting mask (u16) has two bits per field"
    );
    assert!(
        Field::COUNT <= 8,
        "a packed match (rank::pack) keeps the field in three bits"
    );
    let mut i = 0;
    while i < FIELDS.len() {
        assert!(FIELDS[i] as usize == i, "a field's number is its place");
        i += 1;
    }
};

/// Field `field`'s number: its place in [`FIELDS`].
pub const fn field_number(field: Field) -> usize {
    field as usize
}

/// The posting-mask bit of `field` in `lang`.
pub const fn field_bit(field: Field, lang: Lang) -> u16 {
    let mn = matches!(lang, Lang::Mn) as usize;
    1 << (2 * field_number(field) + mn)
}

/// Posting-mask bits of the short fields (id, title, alias, tag) in both languages.
pub const SHORT_FIELDS: u16 = {
    let short = [Field::Id, Field::Title, Field::Alias, Field::Tag];
    let mut mask = 0;
    let mut i = 0;
    while i < short.len() {
        mask |= field_bit(short[i], Lang::En) | field_bit(short[i], Lang::Mn);
        i += 1;
    }
    mask
};

/// Everything precomputed about a corpus.
#[derive(Debug, Default, bitcode::Encode, bitcode::Decode)]
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
    /// The years each entry's date or year field spans ([`super::traits::years`]).
    pub years: Vec<super::traits::Years>,
    pub tokens: TokenIndex,
    /// Tokens of the short fields only: one- and two-letter prefixes look only here.
    pub short_tokens: TokenIndex,
}

/// Adds the long fields (summary, body as a reader sees it, kind fields) of entry `i` to `b`.
fn add_long(b: &mut TokenIndexBuilder, i: u32, e: &Entry, corpus: &Corpus) {
    for lang in Lang::ALL {
        if let Some(s) = e.summary.get(lang) {
            b.add(i, field_bit(Field::Summary, lang), s);
        }
        if let Some(s) = e.body.get(lang) {
            let title_of = |id: &str| corpus.index_of(id).map(|j| corpus.title(j, lang));
            b.add(i, field_bit(Field::Body, lang), &shown_text(s, title_of));
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
        add_long(&mut b, i as u32, e, corpus);
    }
    // Sorting each part's vocabulary here runs on the part's own thread.
    let tokens = b.finish();
    Part {
        short_tokens: tokens.only(SHORT_FIELDS),
        tokens,
        shorts,
    }
}

impl crate::cache::WithTexts for Index {
    fn texts(&mut self) -> Vec<&mut String> {
        vec![
            self.shorts.text_mut(),
            self.tokens.text_mut(),
            self.short_tokens.text_mut(),
        ]
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
            years: corpus.entries().map(super::traits::years).collect(),
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

    /// Whether an index decoded from a snapshot fits together: the per-entry arrays equally
    /// long, each token index's per-token arrays too. (Numbers out of range are harmless:
    /// lookups read them as empty.)
    pub fn fits(&self) -> bool {
        let n = self.len();
        let per_entry = [
            self.kinds.len(),
            self.title_len.len(),
            self.links_in.len(),
            self.traits.len(),
            self.years.len(),
        ];
        per_entry == [n; 5] && self.tokens.fits() && self.short_tokens.fits() && self.shorts.fits()
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
            for sh in shorts.of(i) {
                b.add(i as u32, field_bit(sh.field, sh.lang), sh.words);
            }
        }
        let direct = b.finish();
        assert!(direct.len() > 100);
        assert_eq!(index.short_tokens, direct);
    }
}
