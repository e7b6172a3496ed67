//! The index: what is precomputed per entry so that a keystroke costs little.
//!
//! * **Short fields** (id, titles, aliases, tags) are kept per entry with their lower-cased text,
//!   their ASCII [`Key`](super::translit::Key) with its position map, their words joined by
//!   single spaces (for exact/prefix title tiers) and a letter bitmask (a cheap pre-filter before
//!   fuzzy matching).
//! * **Every field** (short fields, summaries, bodies and kind-specific fields, both languages) is
//!   split into words whose keys go into a [`TokenIndex`]: a sorted token list (prefix ranges by
//!   binary search; one-edit typo checks by scanning tokens of nearby length) with, per token, the
//!   entries it occurs in and a bitmask of the fields and languages it occurs in. A second,
//!   small token index of the short fields alone serves one- and two-letter prefixes, which
//!   would otherwise touch most of the corpus on the first keystroke.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::Field;
use super::translit::{Key, KeyBuilder, for_each_word, key};
use crate::corpus::Corpus;
use crate::corpus::model::{Entry, Figure, Kind, KindFields};
use crate::lang::Lang;

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

/// A tiny FxHash: the token map is hashed millions of times while indexing.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// One occurrence list entry: an entry and where in it the token occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub entry: u32,
    pub mask: u16,
}

/// Sorted tokens with their postings.
#[derive(Debug, Default)]
pub struct TokenIndex {
    pub tokens: Vec<Box<str>>,
    pub postings: Vec<Vec<Posting>>,
    /// Token ids grouped by token length (for typo scans).
    pub by_len: Vec<Vec<u32>>,
}

/// Collects postings while entries are added in order.
#[derive(Default)]
pub struct TokenIndexBuilder {
    ids: FxMap<Box<str>, u32>,
    postings: Vec<Vec<Posting>>,
    words: KeyBuilder,
}

impl TokenIndexBuilder {
    /// Adds every word of `text` as occurring in `entry` at `bit`. Entries must come in order.
    pub fn add(&mut self, entry: u32, bit: u16, text: &str) {
        let TokenIndexBuilder {
            ids,
            postings,
            words,
        } = self;
        for_each_word(text, words, |w| {
            let id = match ids.get(w) {
                Some(&id) => id,
                None => {
                    let id = postings.len() as u32;
                    ids.insert(w.into(), id);
                    postings.push(Vec::new());
                    id
                }
            };
            let list = &mut postings[id as usize];
            match list.last_mut() {
                Some(p) if p.entry == entry => p.mask |= bit,
                _ => list.push(Posting { entry, mask: bit }),
            }
        });
    }

    pub fn finish(self) -> TokenIndex {
        let mut pairs: Vec<(Box<str>, u32)> = self.ids.into_iter().collect();
        pairs.sort_unstable();
        let mut postings: Vec<Option<Vec<Posting>>> = self.postings.into_iter().map(Some).collect();
        let mut tokens = Vec::with_capacity(pairs.len());
        let mut sorted = Vec::with_capacity(pairs.len());
        let mut by_len: Vec<Vec<u32>> = Vec::new();
        for (i, (t, id)) in pairs.into_iter().enumerate() {
            if by_len.len() <= t.len() {
                by_len.resize(t.len() + 1, Vec::new());
            }
            by_len[t.len()].push(i as u32);
            tokens.push(t);
            sorted.push(postings[id as usize].take().unwrap_or_default());
        }
        TokenIndex {
            tokens,
            postings: sorted,
            by_len,
        }
    }
}

impl TokenIndex {
    /// Ids of tokens starting with `prefix` (a contiguous range of the sorted list).
    pub fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.tokens.partition_point(|t| &**t < prefix);
        let len = self.tokens[lo..].partition_point(|t| t.starts_with(prefix));
        lo..lo + len
    }

    /// Ids of tokens within one edit of `word`, or with a prefix within one edit of it.
    pub fn typo_matches(&self, word: &str) -> Vec<usize> {
        let n = word.len();
        let mut out = Vec::new();
        for len in n.saturating_sub(1)..self.by_len.len() {
            for &id in &self.by_len[len] {
                let t = self.tokens[id as usize].as_bytes();
                if near_prefix(word.as_bytes(), t) {
                    out.push(id as usize);
                }
            }
        }
        out
    }
}

/// True when `t` or one of its prefixes is within one edit of `w` (insert, delete, substitute
/// or swap of neighbours).
pub fn near_prefix(w: &[u8], t: &[u8]) -> bool {
    let n = w.len();
    (n.saturating_sub(1)..=n + 1)
        .filter(|&l| l <= t.len())
        .any(|l| one_edit(w, &t[..l]))
}

/// True when `a` and `b` differ by at most one edit (a swap of neighbours counts as one).
pub fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == a.len() {
        return true;
    }
    if a.len() == b.len() {
        a[p + 1..] == b[p + 1..]
            || (p + 1 < a.len() && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
    } else {
        a[p..] == b[p + 1..]
    }
}

/// A short field of one entry, ready for fuzzy and tier matching.
#[derive(Debug, Clone)]
pub struct Short {
    pub field: Field,
    pub lang: Lang,
    /// The original text lower-cased (one char per char).
    pub lower: String,
    pub key: Key,
    /// The words of the key joined by single spaces.
    pub words: String,
    /// The same for the text before a parenthesis ("STI park (science …)" → "sti park").
    pub head: String,
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
    key.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn short(field: Field, lang: Lang, text: &str) -> Short {
    let k = key(text);
    Short {
        field,
        lang,
        lower: super::fold::lower(text),
        words: words_of(&k.text),
        head: match text.find('(') {
            Some(at) if at > 0 => words_of(&super::translit::key_text(&text[..at])),
            _ => String::new(),
        },
        mask: letter_mask(&k.text),
        key: k,
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

fn country_names(code: &str) -> (&'static str, &'static str) {
    match code.to_ascii_uppercase().as_str() {
        "MN" => ("Mongolia", "Монгол"),
        "LT" => ("Lithuania", "Литва"),
        "EU" => ("European Union", "Европын холбоо"),
        "CA" => ("Canada", "Канад"),
        "RU" => ("Russia", "Орос"),
        "CN" => ("China", "Хятад"),
        "KR" => ("Korea", "Солонгос"),
        "US" => ("United States", "АНУ"),
        "JP" => ("Japan", "Япон"),
        "KZ" => ("Kazakhstan", "Казахстан"),
        "GB" | "UK" => ("United Kingdom", "Их Британи"),
        "AU" => ("Australia", "Австрали"),
        "TW" => ("Taiwan", "Тайвань"),
        "DE" => ("Germany", "Герман"),
        "FR" => ("France", "Франц"),
        "SG" => ("Singapore", "Сингапур"),
        "IN" => ("India", "Энэтхэг"),
        "FI" => ("Finland", "Финланд"),
        "EE" => ("Estonia", "Эстони"),
        "TH" => ("Thailand", "Тайланд"),
        "MY" => ("Malaysia", "Малайз"),
        _ => ("", ""),
    }
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn figures(out: &mut Vec<String>, figs: &[Figure], lang: Lang) {
    for f in figs {
        out.push(f.label.show(lang).to_string());
        out.push(number(f.value));
        if let Some(u) = &f.unit {
            out.push(u.show(lang).to_string());
        }
        if let Some(y) = f.year {
            out.push(y.to_string());
        }
    }
}

/// The kind-specific fields of an entry as one searchable line in `lang`.
pub fn fields_text(e: &Entry, lang: Lang) -> String {
    let mut v: Vec<String> = Vec::new();
    let bi =
        |b: &Option<crate::corpus::model::Bi<String>>| b.as_ref().map(|b| b.show(lang).to_string());
    let country = |v: &mut Vec<String>, c: &str| {
        v.push(c.to_string());
        let (en, mn) = country_names(c);
        v.push(if lang == Lang::En { en } else { mn }.to_string());
    };
    match &e.fields {
        KindFields::Definition { defined_by } => v.extend(defined_by.clone()),
        KindFields::Stage {
            model,
            position,
            period,
        } => {
            v.push(model.clone());
            v.push(position.to_string());
            v.extend(period.clone());
        }
        KindFields::Policy {
            country: c,
            year,
            policy_type,
            body,
            instrument,
        } => {
            country(&mut v, c);
            v.extend(year.map(|y| y.to_string()));
            v.push(format!("{policy_type:?}").to_lowercase());
            v.extend(bi(body));
            v.extend(instrument.clone());
        }
        KindFields::Case {
            country: c,
            case_type,
            ownership,
            established,
            status,
            sector,
            key_figures,
            profile,
        } => {
            country(&mut v, c);
            v.push(case_type.clone());
            v.extend(ownership.clone());
            v.extend(established.map(|y| y.to_string()));
            v.extend(bi(status));
            v.extend(sector.iter().cloned());
            figures(&mut v, key_figures, lang);
            if let Some(p) = profile {
                for s in [
                    &p.about,
                    &p.management,
                    &p.international,
                    &p.success_stories,
                    &p.contacts,
                ] {
                    v.extend(bi(s));
                }
            }
        }
        KindFields::Finding {
            number: n,
            evidence,
            ..
        } => {
            v.extend(n.map(|n| n.to_string()));
            figures(&mut v, evidence, lang);
        }
        KindFields::Recommendation { challenge, .. } => v.push(challenge.show(lang).to_string()),
        KindFields::Action { actor } => v.extend(bi(actor)),
        KindFields::Source {
            author,
            year,
            publisher,
            ..
        } => {
            v.push(author.clone());
            v.extend(year.map(|y| y.to_string()));
            v.extend(publisher.clone());
        }
        KindFields::Tour { steps } => v.extend(steps.iter().map(|s| s.note.show(lang).to_string())),
    }
    v.retain(|s| !s.is_empty());
    v.join(" · ")
}

/// Everything precomputed about a corpus.
#[derive(Debug, Default)]
pub struct Index {
    pub shorts: Vec<Vec<Short>>,
    pub kinds: Vec<Kind>,
    /// Char count of the English (else shown) title, for tie-breaking.
    pub title_len: Vec<u32>,
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
    tokens: TokenIndexBuilder,
    short_tokens: TokenIndexBuilder,
    shorts: Vec<Vec<Short>>,
}

fn build_part(first: usize, entries: &[Entry]) -> Part {
    let mut b = TokenIndexBuilder::default();
    let mut sb = TokenIndexBuilder::default();
    let mut shorts_all = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let i = (first + i) as u32;
        let s = shorts(e);
        for sh in &s {
            b.add(i, field_bit(sh.field, sh.lang), &sh.key.text);
            sb.add(i, field_bit(sh.field, sh.lang), &sh.key.text);
        }
        add_long(&mut b, i, e);
        shorts_all.push(s);
    }
    Part {
        tokens: b,
        short_tokens: sb,
        shorts: shorts_all,
    }
}

impl TokenIndexBuilder {
    /// Appends the postings of `later`, whose entries all come after this builder's.
    fn merge(&mut self, later: TokenIndexBuilder) {
        let mut lists: Vec<Option<Vec<Posting>>> = later.postings.into_iter().map(Some).collect();
        for (tok, id) in later.ids {
            let list = lists[id as usize].take().unwrap_or_default();
            match self.ids.get(&tok) {
                Some(&mine) => self.postings[mine as usize].extend(list),
                None => {
                    self.ids.insert(tok, self.postings.len() as u32);
                    self.postings.push(list);
                }
            }
        }
    }
}

/// Corpora smaller than this are indexed on one thread.
const PARALLEL_FROM: usize = 2000;

impl Index {
    /// Builds the index, splitting large corpora across the available cores.
    pub fn build(corpus: &Corpus) -> Index {
        let entries = corpus.entries();
        let threads = if entries.len() < PARALLEL_FROM {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
        };
        let chunk = entries.len().div_ceil(threads).max(1);
        let parts: Vec<Part> = if threads == 1 {
            vec![build_part(0, entries)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = entries
                    .chunks(chunk)
                    .enumerate()
                    .map(|(k, c)| scope.spawn(move || build_part(k * chunk, c)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        };
        let mut parts = parts.into_iter();
        let mut all = parts.next().unwrap_or_else(|| build_part(0, &[]));
        for p in parts {
            all.tokens.merge(p.tokens);
            all.short_tokens.merge(p.short_tokens);
            all.shorts.extend(p.shorts);
        }
        Index {
            shorts: all.shorts,
            kinds: entries.iter().map(|e| e.kind).collect(),
            title_len: entries
                .iter()
                .map(|e| e.title.show(Lang::En).chars().count() as u32)
                .collect(),
            tokens: all.tokens.finish(),
            short_tokens: all.short_tokens.finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits() {
        assert!(one_edit(b"incobaton", b"incobator"));
        assert!(!one_edit(b"sopercloser", b"soperclooster"));
        assert!(one_edit(b"sopercloser", b"sopercloster"));
        assert!(one_edit(b"claster", b"calster"));
        assert!(!one_edit(b"claster", b"cluster-x"));
        assert!(near_prefix(b"incobat", b"incobators"));
        assert!(near_prefix(b"incobaton", b"incobators"));
    }

    #[test]
    fn prefix_ranges_and_masks() {
        let mut b = TokenIndexBuilder::default();
        b.add(0, field_bit(Field::Title, Lang::En), "Cluster policy");
        b.add(0, field_bit(Field::Body, Lang::Mn), "кластер");
        b.add(1, field_bit(Field::Body, Lang::En), "clusters");
        let ix = b.finish();
        let r = ix.prefix_range("clost");
        assert_eq!(r.len(), 2);
        let k = ix.prefix_range("klaster");
        assert_eq!(ix.postings[k.start].len(), 1);
        assert_eq!(letter_mask("ab") & letter_mask("b"), letter_mask("b"));
        assert_eq!(words_of("a  b "), "a b");
    }
}
