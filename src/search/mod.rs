//! Search over the corpus: type a few letters in either language, on any keyboard.
//!
//! [`SearchIndex::build`] precomputes an [`index::Index`] (short fields with ASCII keys, and a
//! token index of every word of every field); [`SearchIndex::search`] answers a query:
//!
//! 1. [`query::Query::parse`] splits words, `kind:` filters and "quoted phrases".
//! 2. Each word is looked up in the token index — exact token, prefix range, and for words of
//!    five letters or more tokens within one edit — giving each entry the word's best match.
//!    Latin-typed Mongolian works because Cyrillic and Latin share one key ([`translit`]).
//! 3. Entries where every word matched are candidates. When there are fewer than the limit,
//!    SkimMatcherV2 fuzzy matching over the keys of titles, aliases and tags adds more.
//! 4. Candidates are ranked ([`rank`] explains the score), quoted phrases verified, and the best
//!    get title highlights and a snippet ([`highlight`]).

pub mod fold;
pub mod highlight;
pub mod index;
pub mod query;
pub mod rank;
pub mod synthetic;
pub mod translit;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use crate::corpus::Corpus;
use crate::corpus::model::{Bi, Entry, Kind};
use crate::lang::Lang;
use index::{FIELDS, Index, Short, fields_text, letter_mask};
use query::{Query, Word};

/// Where a query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Id,
    Title,
    Alias,
    Tag,
    Summary,
    Body,
    Fields,
}

/// What to search for and how many results to return.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Only entries of this kind (a `kind:` term in the query also filters).
    pub kind: Option<Kind>,
    pub limit: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            kind: None,
            limit: 50,
        }
    }
}

/// One result: the entry, how well it matched and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    pub field: Field,
    /// The language of the text that matched.
    pub lang: Lang,
    /// Char positions of matched characters in the entry's title, per language (positions in
    /// the title as shown, which is the other language's when one is missing).
    pub title_highlights: Bi<Vec<usize>>,
    /// A short excerpt around the match, in the matched language.
    pub snippet: String,
    /// Char positions of matched characters in `snippet`.
    pub snippet_highlights: Vec<usize>,
}

/// The searchable form of a corpus, built once and queried per keystroke.
#[derive(Default)]
pub struct SearchIndex {
    index: Index,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("entries", &self.index.shorts.len())
            .field("tokens", &self.index.tokens.tokens.len())
            .finish()
    }
}

/// Fuzzy recall runs when fewer entries than this matched every word.
const RECALL_BELOW: usize = 10;

/// A candidate entry during ranking.
#[derive(Debug, Clone, Copy)]
struct Cand {
    entry: usize,
    score: i64,
}

impl SearchIndex {
    pub fn build(corpus: &Corpus) -> SearchIndex {
        SearchIndex {
            index: Index::build(corpus),
            matcher: SkimMatcherV2::default(),
        }
    }

    /// Number of distinct words indexed.
    pub fn token_count(&self) -> usize {
        self.index.tokens.tokens.len()
    }

    /// Entries matching `query`, best first.
    pub fn search(&self, corpus: &Corpus, query: &str, opts: &SearchOptions) -> Vec<Hit> {
        let q = Query::parse(query);
        let n = self.index.shorts.len().min(corpus.len());
        if q.bad_kind || q.is_empty() || opts.limit == 0 {
            return Vec::new();
        }
        let kind_ok = |i: usize| {
            let k = self.index.kinds[i];
            opts.kind.is_none_or(|o| o == k) && (q.kinds.is_empty() || q.kinds.contains(&k))
        };
        if q.words.is_empty() {
            return self.list_kind(corpus, n, &kind_ok, opts.limit);
        }
        let mut best: Vec<Vec<u32>> = q.words.iter().map(|w| self.word_matches(w, n)).collect();
        let nw = q.words.len();
        let count = |best: &[Vec<u32>], e: usize| best.iter().filter(|b| b[e] > 0).count();
        let mut full: usize = (0..n)
            .filter(|&e| kind_ok(e) && count(&best, e) == nw)
            .count();
        if full < RECALL_BELOW {
            self.fuzzy_recall(&q.words, &mut best, n, &kind_ok);
            full = (0..n)
                .filter(|&e| kind_ok(e) && count(&best, e) == nw)
                .count();
        }
        let need = if full > 0 || nw == 1 || !q.phrases.is_empty() {
            nw
        } else {
            1
        };
        let qkey = q.joined_key();
        let mut cands: Vec<Cand> = (0..n)
            .filter(|&e| kind_ok(e))
            .filter_map(|e| {
                let c = count(&best, e);
                if c < need {
                    return None;
                }
                let sum: i64 = best
                    .iter()
                    .map(|b| i64::from(rank::unpack_score(b[e])))
                    .sum();
                let short = best.iter().all(|b| {
                    let (fi, _) = rank::unpack_place(b[e]);
                    b[e] > 0 && fi <= 3
                });
                let (tier, cover) = if short { self.tier(e, &qkey) } else { (1, 0) };
                let score = c as i64 * rank::WORDS + tier * rank::TIER + cover * rank::COVER + sum;
                Some(Cand { entry: e, score })
            })
            .collect();
        let want = opts.limit + 20;
        if q.phrases.is_empty() && cands.len() > want {
            let len = &self.index.title_len;
            cands.select_nth_unstable_by(want, |a, b| {
                b.score
                    .cmp(&a.score)
                    .then(len[a.entry].cmp(&len[b.entry]))
                    .then(a.entry.cmp(&b.entry))
            });
            cands.truncate(want);
        }
        self.sort(&mut cands);
        let mut refined = Vec::with_capacity(want.min(cands.len()));
        for c in cands {
            if refined.len() >= want {
                break;
            }
            let e = corpus.entry(c.entry);
            if !q
                .phrases
                .iter()
                .all(|p| has_phrase(e, &self.index.shorts[c.entry], p))
            {
                continue;
            }
            let bonus = self.bonus(c.entry, &q.words, &qkey);
            refined.push(Cand {
                entry: c.entry,
                score: c.score + bonus,
            });
        }
        self.sort(&mut refined);
        refined.truncate(opts.limit);
        refined
            .into_iter()
            .map(|c| self.hit(corpus.entry(c.entry), c, &best, &q.words))
            .collect()
    }

    fn sort(&self, cands: &mut [Cand]) {
        let len = &self.index.title_len;
        cands.sort_unstable_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(len[a.entry].cmp(&len[b.entry]))
                .then(a.entry.cmp(&b.entry))
        });
    }

    /// Every entry's best match for one word, packed (0: no match).
    fn word_matches(&self, w: &Word, n: usize) -> Vec<u32> {
        let ti = &self.index.tokens;
        let mut acc = vec![0u32; n];
        let prefer_mn = w.is_cyrillic();
        let mut visit = |ti: &index::TokenIndex, tok: usize, strength: u32| {
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
    fn fuzzy_recall(
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
    fn tier(&self, e: usize, qkey: &str) -> (i64, i64) {
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
    fn bonus(&self, e: usize, words: &[Word], qkey: &str) -> i64 {
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

    fn hit(&self, e: &Entry, c: Cand, best: &[Vec<u32>], words: &[Word]) -> Hit {
        let places: Vec<(Field, Lang)> = best
            .iter()
            .filter(|b| b[c.entry] > 0)
            .map(|b| {
                let (fi, mn) = rank::unpack_place(b[c.entry]);
                (FIELDS[fi], if mn { Lang::Mn } else { Lang::En })
            })
            .collect();
        let (field, lang) = places
            .iter()
            .copied()
            .max_by_key(|(f, _)| rank::weight(*f))
            .unwrap_or((Field::Title, Lang::En));
        let deep = places
            .iter()
            .copied()
            .filter(|(f, _)| matches!(f, Field::Summary | Field::Body | Field::Fields))
            .min_by_key(|(f, _)| rank::weight(*f));
        let (text, lang) = match deep {
            Some((f, l)) => (long_text(e, f, l), l),
            None => {
                let short = self.index.shorts[c.entry].iter().find(|s| {
                    s.field == field
                        && s.lang == lang
                        && matches!(field, Field::Alias | Field::Tag)
                        && !highlight::positions(&s.lower, words, None).is_empty()
                });
                match short {
                    Some(s) => (short_text(e, s), lang),
                    None => (e.summary.show(lang).to_string(), lang),
                }
            }
        };
        let (snippet, snippet_highlights) = highlight::snippet(&text, words);
        let title = |l: Lang| {
            let shown = if e.title.get(l).is_some() {
                l
            } else {
                l.other()
            };
            let stored = self.index.shorts[c.entry]
                .iter()
                .find(|s| s.field == Field::Title && s.lang == shown);
            Some(match stored {
                Some(s) => highlight::positions_keyed(&s.lower, &s.key, words, Some(&self.matcher)),
                None => highlight::positions(e.title.show(l), words, Some(&self.matcher)),
            })
        };
        Hit {
            entry: c.entry,
            score: c.score,
            field,
            lang,
            title_highlights: Bi {
                en: title(Lang::En),
                mn: title(Lang::Mn),
            },
            snippet,
            snippet_highlights,
        }
    }

    /// A `kind:`-only query: the entries of the kind, shortest title first.
    fn list_kind(
        &self,
        corpus: &Corpus,
        n: usize,
        kind_ok: &impl Fn(usize) -> bool,
        limit: usize,
    ) -> Vec<Hit> {
        let mut v: Vec<Cand> = (0..n)
            .filter(|&e| kind_ok(e))
            .map(|entry| Cand { entry, score: 0 })
            .collect();
        self.sort(&mut v);
        v.truncate(limit);
        v.into_iter()
            .map(|c| self.hit(corpus.entry(c.entry), c, &[], &[]))
            .collect()
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
fn best_place(mask: u16, prefer_mn: bool) -> (usize, bool) {
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

fn long_text(e: &Entry, f: Field, lang: Lang) -> String {
    match f {
        Field::Summary => e.summary.show(lang).to_string(),
        Field::Body => e.body.show(lang).to_string(),
        _ => fields_text(e, lang),
    }
}

fn short_text(e: &Entry, s: &Short) -> String {
    let list = match s.field {
        Field::Alias => e.aliases.get(s.lang),
        _ => e.tags.get(s.lang),
    };
    list.into_iter()
        .flatten()
        .find(|t| fold::lower(t) == s.lower)
        .cloned()
        .unwrap_or_default()
}

/// Whether the lower-cased phrase occurs in any field of the entry (any run of whitespace or
/// markup in the text matches one space of the phrase).
fn has_phrase(e: &Entry, shorts: &[Short], phrase: &str) -> bool {
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
fn contains_phrase(text: &str, phrase: &str) -> bool {
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

#[cfg(test)]
mod tests;
