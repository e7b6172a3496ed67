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

use super::Field;
use super::fields::fields_text;
use super::tokens::{TokenIndex, TokenIndexBuilder};
use super::translit::key_text;
use crate::corpus::Corpus;
use crate::corpus::model::{Bi, Entry, Kind};
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

/// A short field of one entry, ready for fuzzy and tier matching.
#[derive(Debug, Clone, bitcode::Encode, bitcode::Decode)]
pub struct Short {
    pub field: Field,
    pub lang: Lang,
    /// The original text lower-cased (one char per char).
    pub lower: String,
    /// The words of the text's key joined by single spaces.
    pub words: String,
    /// The same for the text before a parenthesis ("STI park (science …)" → "sti park").
    pub head: String,
    /// The number of words in `words` and in `head`.
    pub words_n: u32,
    pub head_n: u32,
    /// Bit `b - 'a'` for letters, 26 + digit/2 for digits, of the key.
    pub mask: u32,
}

/// Letter bitmask of an ASCII key.
pub fn letter_mask(key: &str) -> u32 {
    key.bytes().fold(0, |m, b| match b {
        b'a'..=b'z' => m | 1 << (b - b'a'),
        b'0'..=b'9' => m | 1 << (26 + (b - b'0') / 2),
        _ => m,
    })
}

/// The words of a key joined by single spaces.
pub fn words_of(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for w in key.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The number of words in a text of words joined by single spaces.
pub fn count_words(words: &str) -> u32 {
    if words.is_empty() {
        0
    } else {
        words.bytes().filter(|&b| b == b' ').count() as u32 + 1
    }
}

fn short(field: Field, lang: Lang, text: &str) -> Short {
    let words = words_of(&key_text(text));
    let head = match text.find('(') {
        Some(at) if at > 0 => words_of(&key_text(&text[..at])),
        _ => String::new(),
    };
    Short {
        field,
        lang,
        lower: super::fold::lower(text),
        words_n: count_words(&words),
        head_n: count_words(&head),
        mask: letter_mask(&words),
        words,
        head,
    }
}

/// The short fields of an entry: id, titles, aliases, tags.
pub fn shorts(e: &Entry) -> Vec<Short> {
    let mut v = vec![short(Field::Id, Lang::En, &e.id)];
    for lang in Lang::ALL {
        if let Some(t) = e.title.get(lang) {
            v.push(short(Field::Title, lang, t));
        }
        for a in e.aliases.get(lang).into_iter().flatten() {
            v.push(short(Field::Alias, lang, a));
        }
        for t in e.tags.get(lang).into_iter().flatten() {
            v.push(short(Field::Tag, lang, t));
        }
    }
    v
}

/// Everything precomputed about a corpus.
#[derive(Debug, Default, bitcode::Encode, bitcode::Decode)]
pub struct Index {
    pub shorts: Vec<Vec<Short>>,
    /// The kind-specific fields of each entry as searchable text ([`fields_text`]).
    pub fields: Vec<Bi<String>>,
    pub kinds: Vec<Kind>,
    /// Char count of the English (else shown) title, for tie-breaking.
    pub title_len: Vec<u32>,
    /// How many entries link to each entry (a tie-breaker: see [`super::rank`]).
    pub links_in: Vec<u32>,
    pub tokens: TokenIndex,
    /// Tokens of the short fields only: one- and two-letter prefixes look only here.
    pub short_tokens: TokenIndex,
}

/// Adds the long fields (summary, body, kind fields) of entry `i` to `b`; returns the kind
/// fields' text.
fn add_long(b: &mut TokenIndexBuilder, i: u32, e: &Entry) -> Bi<String> {
    let mut fields = Bi::default();
    for lang in Lang::ALL {
        if let Some(s) = e.summary.get(lang) {
            b.add(i, field_bit(Field::Summary, lang), s);
        }
        if let Some(s) = e.body.get(lang) {
            b.add(i, field_bit(Field::Body, lang), s);
        }
        let text = fields_text(e, lang);
        b.add(i, field_bit(Field::Fields, lang), &text);
        *fields.slot(lang) = Some(text);
    }
    fields
}

/// The index of a run of entries starting at `first`.
struct Part {
    tokens: TokenIndex,
    short_tokens: TokenIndex,
    shorts: Vec<Vec<Short>>,
    fields: Vec<Bi<String>>,
}

fn build_part(corpus: &Corpus, range: std::ops::Range<usize>) -> Part {
    let mut b = TokenIndexBuilder::default();
    let mut shorts_all = Vec::with_capacity(range.len());
    let mut fields = Vec::with_capacity(range.len());
    for i in range {
        let e = corpus.entry(i);
        let i = i as u32;
        let s = shorts(e);
        for sh in &s {
            b.add(i, field_bit(sh.field, sh.lang), &sh.words);
        }
        fields.push(add_long(&mut b, i, e));
        shorts_all.push(s);
    }
    // Sorting each part's vocabulary here runs on the part's own thread.
    let tokens = b.finish();
    Part {
        short_tokens: tokens.only(SHORT_FIELDS),
        tokens,
        shorts: shorts_all,
        fields,
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
            all.fields.extend(p.fields);
        }
        Index {
            shorts: all.shorts,
            fields: all.fields,
            kinds: corpus.entries().map(|e| e.kind).collect(),
            links_in: (0..n).map(|i| corpus.backlinks(i).len() as u32).collect(),
            title_len: corpus
                .entries()
                .map(|e| e.title.show(Lang::En).chars().count() as u32)
                .collect(),
            tokens: all.tokens,
            short_tokens: all.short_tokens,
        }
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
        for (i, e) in corpus.entries().enumerate() {
            for sh in shorts(e) {
                b.add(i as u32, field_bit(sh.field, sh.lang), &sh.words);
            }
        }
        let direct = b.finish();
        assert!(direct.len() > 100);
        assert_eq!(index.short_tokens, direct);
    }

    #[test]
    fn short_fields_keep_keys_heads_and_masks() {
        let s = short(Field::Title, Lang::Mn, "ШУТИ-ийн парк (шинжлэх ухаан)");
        assert_eq!(s.words, "shoti iin park shinjleh ohaan");
        assert_eq!(s.head, "shoti iin park");
        assert_eq!(s.lower, "шути-ийн парк (шинжлэх ухаан)");
        assert_eq!(letter_mask("ab") & letter_mask("b"), letter_mask("b"));
        assert_eq!(words_of("a  b "), "a b");
    }
}
