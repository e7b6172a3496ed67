//! The token index: every word of every field, reduced to its ASCII key, with where it occurs.
//!
//! Tokens are kept sorted, so the tokens starting with a prefix are one range found by binary
//! search, and one-edit typo scans only look at the range sharing the first letter. Each token has a posting
//! list: the entries it occurs in, in corpus order, each with a bitmask of the fields and
//! languages it occurs in (bit `2 * field + lang`, see [`super::index::field_bit`]), and the
//! length of its Mongolian stem ([`super::stem`]), worked out once when the index is built
//! rather than for every token a query's prefix range holds.

mod builder;

pub use builder::TokenIndexBuilder;

use crate::cache::span;

/// The length of `token`'s stem, as stored (a stem too long for a byte is the whole token,
/// which words that long are).
fn stem_len(token: &str) -> u8 {
    u8::try_from(super::stem::stem(token).len()).unwrap_or(u8::MAX)
}

/// One occurrence list entry: an entry and where in it the token occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct Posting {
    pub entry: u32,
    pub mask: u16,
}

impl Posting {
    pub fn new(entry: u32, mask: u16) -> Posting {
        Posting { entry, mask }
    }
}

/// Sorted tokens with their postings, each kept in one flat buffer (token `i` is
/// `text[ends[i - 1]..ends[i]]`, its postings `postings[post_ends[i - 1]..post_ends[i]]`): a few
/// large arrays instead of two per token. Lookups never panic, whatever the numbers say (a token
/// out of range reads as empty), so one decoded from a damaged snapshot only finds less.
#[derive(Debug, Default, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct TokenIndex {
    text: String,
    ends: Vec<u32>,
    postings: Vec<Posting>,
    post_ends: Vec<u32>,
    /// The length of each token's stem ([`super::stem::stem`] of it is a prefix of it).
    stems: Vec<u8>,
}

impl TokenIndex {
    /// The number of distinct tokens.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The text of every token, one after another (for snapshots).
    pub(crate) fn text_mut(&mut self) -> &mut String {
        &mut self.text
    }

    /// Whether the per-token arrays are equally long and the tokens end where the text does
    /// (an index decoded from a snapshot).
    pub fn fits(&self) -> bool {
        let text_end = self.ends.last().map_or(0, |&e| e as usize);
        self.post_ends.len() == self.len()
            && self.stems.len() == self.len()
            && text_end == self.text.len()
    }

    /// Token `i` (in sorted order).
    pub fn token(&self, i: usize) -> &str {
        span(&self.ends, i)
            .and_then(|r| self.text.get(r))
            .unwrap_or("")
    }

    /// Token `i`'s stem ([`super::stem::stem`]): a prefix of the token.
    pub fn stem(&self, i: usize) -> &str {
        let token = self.token(i);
        let len = self.stems.get(i).map_or(token.len(), |&l| usize::from(l));
        token.get(..len).unwrap_or(token)
    }

    /// Where token `i` occurs.
    pub fn postings(&self, i: usize) -> &[Posting] {
        span(&self.post_ends, i)
            .and_then(|r| self.postings.get(r))
            .unwrap_or(&[])
    }

    /// Appends `token` with its `postings` (tokens must come in sorted order).
    fn push(&mut self, token: &str, postings: impl IntoIterator<Item = Posting>) {
        self.text.push_str(token);
        self.ends.push(self.text.len() as u32);
        self.postings.extend(postings);
        self.post_ends.push(self.postings.len() as u32);
        self.stems.push(stem_len(token));
    }

    /// The id of token `word`, if indexed.
    pub fn find(&self, word: &str) -> Option<usize> {
        let at = self.partition(0, self.len(), |t| t < word);
        (at < self.len() && self.token(at) == word).then_some(at)
    }

    /// The first index in `lo..hi` where `before` stops holding (it must hold on a prefix).
    fn partition(&self, mut lo: usize, mut hi: usize, before: impl Fn(&str) -> bool) -> usize {
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if before(self.token(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Ids of tokens starting with `prefix` (a contiguous range of the sorted list).
    pub fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.partition(0, self.len(), |t| t < prefix);
        let hi = self.partition(lo, self.len(), |t| t.starts_with(prefix));
        lo..hi
    }

    /// Ids of tokens within one edit of `word`, or with a prefix within one edit of it when
    /// the word was typed with `letters` letters or more (see [`near_prefix`]).
    pub fn typo_matches(&self, word: &str, letters: usize) -> Vec<usize> {
        // Typos in the first letter are rare: scanning only the tokens that share it (one
        // contiguous range of the sorted list) keeps this cheap on large vocabularies.
        let n = word.len();
        let mut out = Vec::new();
        let Some(first) = word.get(..1) else {
            return out;
        };
        for id in self.prefix_range(first) {
            let t = self.token(id).as_bytes();
            if t.len() + 1 >= n && near_prefix(word.as_bytes(), letters, t) {
                out.push(id);
            }
        }
        out
    }
}

/// Words of fewer letters than this, typed with a slip, name whole words only, not the start
/// of a longer one: «эмзэг» (vulnerable) is not «эм(з)эг» + «тэй» (эмэгтэй, woman), nor «зөвлөл»
/// (council) «зөвлө(м)» + «ж» (зөвлөмж, recommendation), nor «хоршоо» (cooperative, six
/// letters though its key "horshoo" has seven) «хө(р)шөө» + «рэг» (хөшүүрэг, lever).
pub const SLIP_AND_PREFIX_FROM: usize = 7;

/// True when `t` or one of its prefixes is within one edit of the key `w` (insert, delete,
/// substitute or swap of neighbours); for a word typed with fewer than
/// [`SLIP_AND_PREFIX_FROM`] `letters`, `t` itself.
pub fn near_prefix(w: &[u8], letters: usize, t: &[u8]) -> bool {
    let n = w.len();
    (n.saturating_sub(1)..=n + 1)
        .filter(|&l| l <= t.len())
        .filter(|&l| l == t.len() || letters.min(n) >= SLIP_AND_PREFIX_FROM)
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

impl TokenIndex {
    /// The same index restricted to the fields of `mask`: tokens that occur only elsewhere are
    /// dropped, and so are the postings of entries where the token is not in those fields.
    pub fn only(&self, mask: u16) -> TokenIndex {
        let mut out = TokenIndex::default();
        for i in 0..self.len() {
            let kept = (self.postings(i).iter())
                .filter(|p| p.mask & mask != 0)
                .map(|p| Posting::new(p.entry, p.mask & mask));
            if kept.clone().next().is_some() {
                out.push(self.token(i), kept);
            }
        }
        out
    }

    /// The index of two runs of entries, `self`'s all before `later`'s: a linear merge of the
    /// two sorted vocabularies (a token in both gets `self`'s postings, then `later`'s).
    pub fn merge(self, later: TokenIndex) -> TokenIndex {
        let tokens = self.len() + later.len();
        let mut out = TokenIndex {
            text: String::with_capacity(self.text.len() + later.text.len()),
            ends: Vec::with_capacity(tokens),
            postings: Vec::with_capacity(self.postings.len() + later.postings.len()),
            post_ends: Vec::with_capacity(tokens),
            stems: Vec::with_capacity(tokens),
        };
        let (mut i, mut j) = (0, 0);
        let first = self;
        while i < first.len() || j < later.len() {
            let order = match (i < first.len(), j < later.len()) {
                (true, true) => first.token(i).cmp(later.token(j)),
                (true, false) => std::cmp::Ordering::Less,
                _ => std::cmp::Ordering::Greater,
            };
            let token = if order.is_gt() {
                later.token(j)
            } else {
                first.token(i)
            };
            let from_first = if order.is_le() {
                first.postings(i)
            } else {
                &[]
            };
            let from_later = if order.is_ge() {
                later.postings(j)
            } else {
                &[]
            };
            out.push(token, from_first.iter().chain(from_later).copied());
            i += usize::from(order.is_le());
            j += usize::from(order.is_ge());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::search::Field;
    use crate::search::index::field_bit;

    #[test]
    fn edits() {
        assert!(one_edit(b"incobaton", b"incobator"));
        assert!(!one_edit(b"sopercloser", b"soperclooster"));
        assert!(one_edit(b"sopercloser", b"sopercloster"));
        assert!(one_edit(b"claster", b"calster"));
        assert!(!one_edit(b"claster", b"cluster-x"));
        assert!(near_prefix(b"incobat", 7, b"incobators"));
        assert!(near_prefix(b"incobaton", 9, b"incobators"));
        assert!(
            near_prefix(b"pentagonn", 9, b"pentagon"),
            "a letter too many"
        );
        assert!(
            near_prefix(b"incoobat", 8, b"incobators"),
            "long enough to be a slip"
        );
        assert!(
            !near_prefix(b"emzeg", 5, b"emegtei"),
            "эмзэг is not эмэгтэй"
        );
        assert!(
            !near_prefix(b"zovlol", 6, b"zovlomj"),
            "зөвлөл is not зөвлөмж"
        );
        assert!(
            near_prefix(b"livng", 5, b"living"),
            "a short word's slip, whole"
        );
    }

    #[test]
    fn prefix_ranges_and_merges() {
        let mut b = TokenIndexBuilder::default();
        b.add(0, field_bit(Field::Title, Lang::En), "Cluster policy");
        b.add(0, field_bit(Field::Body, Lang::Mn), "кластер");
        let mut later = TokenIndexBuilder::default();
        later.add(1, field_bit(Field::Body, Lang::En), "clusters policy");
        later.add(2, field_bit(Field::Body, Lang::En), "zebra");
        let ix = b.finish().merge(later.finish());
        assert_eq!(ix.len(), 5, "cluster, clusters, klaster, policy, zebra");
        assert!(
            (1..ix.len()).all(|i| ix.token(i - 1) < ix.token(i)),
            "sorted"
        );
        assert_eq!(ix.prefix_range("clost").len(), 2);
        let k = ix.prefix_range("klaster");
        assert_eq!(ix.postings(k.start).len(), 1);
        assert_eq!(ix.find("klaster"), Some(k.start));
        assert_eq!(ix.find("klaste"), None);
        assert_eq!(ix.find("zzz"), None);
        assert_eq!(ix.token(k.start), "klaster");
        let p = ix.prefix_range("polici");
        assert_eq!(
            ix.postings(p.start)
                .iter()
                .map(|p| p.entry)
                .collect::<Vec<_>>(),
            vec![0, 1]
        );
    }

    #[test]
    fn each_token_keeps_its_stem() {
        let mut b = TokenIndexBuilder::default();
        b.add(
            0,
            field_bit(Field::Body, Lang::Mn),
            "хуулийн кластеруудын ном",
        );
        let ix = b.finish();
        for i in 0..ix.len() {
            assert_eq!(ix.stem(i), crate::search::stem::stem(ix.token(i)));
        }
        let only = ix.only(u16::MAX);
        assert_eq!(only, ix, "restricting to every field keeps the stems");
        assert!(ix.fits());
    }

    #[test]
    fn numbers_that_do_not_fit_read_as_empty() {
        let bad = TokenIndex {
            text: "кa".to_string(),
            ends: vec![1, 9, 0],
            postings: vec![Posting::new(0, 1)],
            post_ends: vec![3],
            stems: vec![200],
        };
        assert!(!bad.fits());
        assert_eq!(bad.stem(0), "", "a stem inside a character");
        assert_eq!(bad.token(0), "", "inside a character");
        assert_eq!(bad.token(1), "", "past the end");
        assert_eq!(bad.token(2), "", "backwards");
        assert_eq!(bad.token(7), "", "no such token");
        assert_eq!(bad.postings(0), &[] as &[Posting]);
        assert_eq!(bad.find("a"), None);
        assert!(bad.typo_matches("abcdef", 6).is_empty());
    }
}
