//! Matching: each query word against the token index, fuzzy recall on short fields, the title
//! tiers and bonuses of [`super::rank`], and quoted-phrase checks.

use fuzzy_matcher::FuzzyMatcher;

use super::fields::fields_text;
use super::index::{FIELDS, Short, letter_mask};
use super::query::Word;
use super::{Field, SearchIndex, fold, highlight, rank};
use crate::corpus::model::Entry;
use crate::lang::Lang;

/// Fuzzy recall runs when fewer entries than this matched every word.
pub(super) const RECALL_BELOW: usize = 10;

impl SearchIndex {
    /// Every entry's best match for one word, packed (0: no match).
    pub(super) fn word_matches(&self, w: &Word, n: usize) -> Vec<u32> {
        let ti = &self.index.tokens;
        let mut acc = vec![0u32; n];
        let prefer_mn = w.is_cyrillic();
        let mut visit = |ti: &super::tokens::TokenIndex, tok: usize, strength: u32| {
            for p in &ti.postings[tok] {
                let (fi, mn) = best_place(p.mask, prefer_mn);
                let packed = rank::pack(rank::weight(FIELDS[fi]) * strength, fi, mn);
                if let Some(slot) = acc.get_mut(p.entry as usize)
                    && packed > *slot
                {
                    *slot = packed;
                }
            }
        };
        let exact = ti.tokens.binary_search_by(|t| (**t).cmp(w.key.as_str()));
        if w.exact || w.key.len() <= 2 {
            // Whole words everywhere; short prefixes only in titles, aliases, tags and ids.
            if let Ok(t) = exact {
                visit(ti, t, rank::EXACT);
            }
            if !w.exact {
                let st = &self.index.short_tokens;
                for t in st.prefix_range(&w.key) {
                    visit(st, t, rank::prefix(w.key.len(), st.tokens[t].len()));
                }
            }
            return acc;
        }
        let range = ti.prefix_range(&w.key);
        for t in range.clone() {
            visit(ti, t, rank::prefix(w.key.len(), ti.tokens[t].len()));
        }
        if w.lower.chars().count() >= 5 && w.key.len() >= 5 {
            // A Mongolian suffix often replaces the last vowel: чацаргана → чацарганын.
            let stem = ti.prefix_range(&w.key[..w.key.len() - 1]);
            for t in stem.clone() {
                if !range.contains(&t) {
                    let s = rank::prefix(w.key.len() - 1, ti.tokens[t].len()) - 1;
                    visit(ti, t, s.max(rank::TYPO));
                }
            }
            for t in ti.typo_matches(&w.key) {
                if !range.contains(&t) && !stem.contains(&t) {
                    visit(ti, t, rank::TYPO);
                }
            }
        }
        acc
    }

    /// Fuzzy (subsequence) matches on titles, aliases and tags for words that found nothing.
    pub(super) fn fuzzy_recall(
        &self,
        words: &[Word],
        best: &mut [Vec<u32>],
        n: usize,
        kind_ok: &impl Fn(usize) -> bool,
    ) {
        let masks: Vec<u32> = words.iter().map(|w| letter_mask(&w.key)).collect();
        for e in (0..n).filter(|&e| kind_ok(e)) {
            for (wi, w) in words.iter().enumerate() {
                if best[wi][e] > 0 || w.exact || w.key.len() < 3 {
                    continue;
                }
                let mut top = 0;
                for s in &self.index.shorts[e] {
                    if s.mask & masks[wi] != masks[wi] || s.field == Field::Id {
                        continue;
                    }
                    if !highlight::subsequence(w.key.as_bytes(), s.words.as_bytes()) {
                        continue;
                    }
                    let good = 10 * w.key.len() as i64;
                    if self
                        .matcher
                        .fuzzy_match(&s.words, &w.key)
                        .is_some_and(|score| score >= good)
                    {
                        let fi = field_index(s.field);
                        let p =
                            rank::pack(rank::weight(s.field) * rank::FUZZY, fi, s.lang == Lang::Mn);
                        top = top.max(p);
                    }
                }
                best[wi][e] = top;
                if top == 0 {
                    break;
                }
            }
        }
    }

    /// How much of a title, alias or the id the query covers (see [`rank`]): the tier (4 all of
    /// it exactly, 3 all of it word by word with prefixes, 2 its first words, else 1) and the
    /// share of the covered title's words the query gave, in thousandths.
    pub(super) fn tier(&self, e: usize, qkey: &str) -> (i64, i64) {
        let mut best = (1, 0);
        let qn = qkey.split(' ').count() as i64;
        for s in &self.index.shorts[e] {
            if !matches!(s.field, Field::Title | Field::Alias | Field::Id) {
                continue;
            }
            for text in [&s.words, &s.head] {
                if text.is_empty() {
                    continue;
                }
                if text == qkey {
                    return (4, 1000);
                }
                if let Some(all) = covers(qkey, text) {
                    let tn = text.split(' ').count() as i64;
                    best = best.max((if all { 3 } else { 2 }, qn * 1000 / tn.max(1)));
                }
            }
        }
        best
    }

    /// Exact-letter and title fuzzy bonuses.
    pub(super) fn bonus(&self, e: usize, words: &[Word], qkey: &str) -> i64 {
        let shorts = &self.index.shorts[e];
        let exact = words
            .iter()
            .filter(|w| shorts.iter().any(|s| s.lower.contains(w.lower.as_str())))
            .count() as i64
            * rank::EXACT_LETTERS;
        let fuzzy = shorts
            .iter()
            .filter(|s| {
                s.field == Field::Title
                    && highlight::subsequence(qkey.as_bytes(), s.words.as_bytes())
            })
            .filter_map(|s| self.matcher.fuzzy_match(&s.words, qkey))
            .max()
            .map_or(0, rank::fuzzy_bonus);
        exact + fuzzy
    }
}

/// Whether every word of `q` is, in order, a prefix of the words of `t` starting at the first;
/// `Some(true)` when they cover all of `t`.
fn covers(q: &str, t: &str) -> Option<bool> {
    let mut tw = t.split(' ');
    for qw in q.split(' ') {
        match tw.next() {
            Some(w) if rank::word_prefix(qw, w) => {}
            _ => return None,
        }
    }
    Some(tw.next().is_none())
}

fn field_index(f: Field) -> usize {
    FIELDS.iter().position(|&x| x == f).unwrap_or(0)
}

/// The best field (by weight) in a posting mask, and whether to report it as Mongolian.
pub(super) fn best_place(mask: u16, prefer_mn: bool) -> (usize, bool) {
    const ORDER: [usize; 7] = [1, 2, 3, 0, 4, 6, 5];
    for fi in ORDER {
        let en = mask & (1 << (2 * fi)) != 0;
        let mn = mask & (1 << (2 * fi + 1)) != 0;
        if en || mn {
            return (fi, mn && (prefer_mn || !en));
        }
    }
    (5, false)
}

/// Whether the lower-cased phrase occurs in any field of the entry (any run of whitespace or
/// markup in the text matches one space of the phrase).
pub(super) fn has_phrase(e: &Entry, shorts: &[Short], phrase: &str) -> bool {
    shorts.iter().any(|s| s.lower.contains(phrase))
        || Lang::ALL.into_iter().any(|l| {
            [e.summary.get(l), e.body.get(l)]
                .into_iter()
                .flatten()
                .any(|t| contains_phrase(t, phrase))
                || contains_phrase(&fields_text(e, l), phrase)
        })
}

/// Case-insensitive phrase search without allocating: chars compare lower-cased, and a space in
/// the phrase matches any run of whitespace and Markdown markup.
pub(super) fn contains_phrase(text: &str, phrase: &str) -> bool {
    let skip = |c: char| c.is_whitespace() || matches!(c, '*' | '_' | '[' | ']' | '`');
    let first = phrase.chars().next();
    text.char_indices().any(|(i, c)| {
        if Some(fold::lower_char(c)) != first {
            return false;
        }
        let mut t = text[i..].chars().peekable();
        for p in phrase.chars() {
            if p == ' ' {
                let mut any = false;
                while t.peek().is_some_and(|&c| skip(c)) {
                    t.next();
                    any = true;
                }
                if !any {
                    return false;
                }
            } else if t.next().map(fold::lower_char) != Some(p) {
                return false;
            }
        }
        true
    })
}
