//! Building a [`TokenIndex`]: every word of every field added entry by entry, each written
//! spelling keyed once, postings collected and placed by token at the end. A case ending
//! written after a hyphen (`ЕХ-ноос`, `ШУТИ-ийн`) belongs to the word before it and is no word
//! of its own, as a query reads it ([`crate::search::query`]).

use rustc_hash::FxHashMap as FxMap;

use super::{Posting, TokenIndex};
use crate::cache::span;
use crate::search::translit::{KeyBuilder, for_each_raw_word, word_key};

/// Collects postings while entries are added in order.
#[derive(Default)]
pub struct TokenIndexBuilder {
    ids: FxMap<Box<str>, u32>,
    /// Each token's latest posting, still open to more fields of the same entry (mask 0: none).
    open: Vec<Posting>,
    /// Closed postings with their token, in the order they were closed.
    closed: Vec<(u32, Posting)>,
    /// Token `id`'s key is `keys[key_ends[id - 1]..key_ends[id]]`.
    keys: String,
    key_ends: Vec<u32>,
    /// Words as written → their token ([`NO_TOKEN`] when the key is empty): words repeat, so
    /// most are keyed once, not at every occurrence.
    written: FxMap<Box<str>, u32>,
    words: KeyBuilder,
}

/// A written word whose key is empty (e.g. a lone soft sign).
const NO_TOKEN: u32 = u32::MAX;

impl TokenIndexBuilder {
    /// Adds every word of `text` as occurring in `entry` at `bit`. Entries must come in order.
    pub fn add(&mut self, entry: u32, bit: u16, text: &str) {
        for_each_raw_word(text, |raw| {
            let id = self.token_of(raw);
            if !self.is_hyphen_ending(text, raw, id) {
                self.post(id, entry, bit);
            }
        });
    }

    /// [`Self::add`], also appending the keys of the words to `out`, joined by single spaces
    /// (what keying the whole text and splitting it on spaces gives: a word's key has none).
    pub fn add_keyed(&mut self, entry: u32, bit: u16, text: &str, out: &mut String) {
        self.keys_of(text, out, |b, id| b.post(id, entry, bit));
    }

    /// The keys of the words of `text` appended to `out` as [`Self::add_keyed`] does, without
    /// adding them to the index.
    pub fn push_keys(&mut self, text: &str, out: &mut String) {
        self.keys_of(text, out, |_, _| {});
    }

    fn keys_of(&mut self, text: &str, out: &mut String, mut then: impl FnMut(&mut Self, u32)) {
        let start = out.len();
        for_each_raw_word(text, |raw| {
            let id = self.token_of(raw);
            if self.is_hyphen_ending(text, raw, id) {
                return;
            }
            let Some(key) = span(&self.key_ends, id as usize).and_then(|r| self.keys.get(r)) else {
                return;
            };
            if out.len() > start {
                out.push(' ');
            }
            out.push_str(key);
            then(self, id);
        });
    }

    /// Whether `raw`, a word of `text` whose token is `id`, is a case ending written after a
    /// hyphen glued to the word before it (`ЕХ-ноос`: `ноос` is the ending, not the word wool).
    fn is_hyphen_ending(&self, text: &str, raw: &str, id: u32) -> bool {
        let at = (raw.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        let Some(before) = text.get(..at).and_then(|t| t.strip_suffix('-')) else {
            return false;
        };
        before
            .chars()
            .next_back()
            .is_some_and(crate::search::fold::is_word_char)
            && span(&self.key_ends, id as usize)
                .and_then(|r| self.keys.get(r))
                .is_some_and(crate::search::stem::is_case_ending)
    }

    /// The token of a word as written, keyed and added to the vocabulary when first seen.
    fn token_of(&mut self, raw: &str) -> u32 {
        if let Some(&id) = self.written.get(raw) {
            return id;
        }
        let key = word_key(raw, &mut self.words);
        let id = if key.is_empty() {
            NO_TOKEN
        } else if let Some(&id) = self.ids.get(key) {
            id
        } else {
            let id = self.open.len() as u32;
            self.ids.insert(key.into(), id);
            self.keys.push_str(key);
            self.key_ends.push(self.keys.len() as u32);
            self.open.push(Posting::new(u32::MAX, 0));
            id
        };
        self.written.insert(raw.into(), id);
        id
    }

    /// Records that token `id` occurs in `entry` at `bit`.
    fn post(&mut self, id: u32, entry: u32, bit: u16) {
        let Some(p) = self.open.get_mut(id as usize) else {
            return;
        };
        if p.entry == entry {
            p.mask |= bit;
            return;
        }
        if p.mask != 0 {
            self.closed.push((id, *p));
        }
        *p = Posting::new(entry, bit);
    }

    /// The index: tokens sorted, and each token's postings (closed in entry order) placed
    /// together by a counting sort.
    pub fn finish(self) -> TokenIndex {
        let TokenIndexBuilder {
            ids,
            open,
            mut closed,
            ..
        } = self;
        closed.extend((0u32..).zip(open).filter(|(_, p)| p.mask != 0));
        let mut counts = vec![0u32; ids.len()];
        for (id, _) in &closed {
            if let Some(c) = counts.get_mut(*id as usize) {
                *c += 1;
            }
        }
        // A token only ever written as a hyphen's ending occurs nowhere: it is left out.
        let mut pairs: Vec<(Box<str>, u32)> = ids
            .into_iter()
            .filter(|(_, id)| counts.get(*id as usize).is_some_and(|&c| c > 0))
            .collect();
        pairs.sort_unstable();
        let mut out = TokenIndex {
            postings: vec![Posting::new(0, 0); closed.len()],
            ..TokenIndex::default()
        };
        // `counts[id]` becomes where token `id`'s next posting goes.
        let mut at = 0;
        for (t, id) in &pairs {
            out.text.push_str(t);
            out.ends.push(out.text.len() as u32);
            if let Some(c) = counts.get_mut(*id as usize) {
                (*c, at) = (at, at + *c);
            }
            out.post_ends.push(at);
            out.stems.push(super::stem_len(t));
        }
        for (id, p) in closed {
            if let Some(c) = counts.get_mut(id as usize)
                && let Some(slot) = out.postings.get_mut(*c as usize)
            {
                *slot = p;
                *c += 1;
            }
        }
        out
    }
}
