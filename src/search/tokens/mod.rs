//! The token index: every word of every field, reduced to its ASCII key, with where it occurs.
//!
//! Tokens are kept sorted, so the tokens starting with a prefix are one range found by binary
//! search, and one-edit typo scans only look at the range sharing the first letter. Each token has a posting
//! list: the entries it occurs in, in corpus order, each with a bitmask of the fields and
//! languages it occurs in (bit `2 * field + lang`, see [`super::index::field_bit`]).

mod builder;

pub use builder::TokenIndexBuilder;

use crate::cache::span;

/// One occurrence list entry: an entry and where in it the token occurs. Plain numbers only,
/// so that a snapshot's postings are used in place.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, bytemuck::Pod, bytemuck::Zeroable)]
pub struct Posting {
    pub entry: u32,
    pub mask: u16,
    unused: u16,
}

impl Posting {
    pub fn new(entry: u32, mask: u16) -> Posting {
        Posting {
            entry,
            mask,
            unused: 0,
        }
    }
}

/// Sorted tokens with their postings, as built, each kept in one flat buffer (token `i` is
/// `text[ends[i - 1]..ends[i]]`, its postings `postings[post_ends[i - 1]..post_ends[i]]`): a few
/// large arrays instead of two per token, so a snapshot is read in place ([`Tokens`]).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TokenIndex {
    text: String,
    ends: Vec<u32>,
    postings: Vec<Posting>,
    post_ends: Vec<u32>,
}

/// A [`TokenIndex`] read in place: borrowed from a built index or from a snapshot. Lookups never
/// panic, whatever the numbers say (a token out of range reads as empty).
#[derive(Debug, Default, Clone, Copy, yoke::Yokeable)]
pub struct Tokens<'a> {
    pub text: &'a str,
    pub ends: &'a [u32],
    pub postings: &'a [Posting],
    pub post_ends: &'a [u32],
}

impl TokenIndex {
    /// The index in place.
    pub fn view(&self) -> Tokens<'_> {
        Tokens {
            text: &self.text,
            ends: &self.ends,
            postings: &self.postings,
            post_ends: &self.post_ends,
        }
    }

    /// The number of distinct tokens.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

impl<'a> Tokens<'a> {
    /// The number of distinct tokens.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Token `i` (in sorted order).
    pub fn token(&self, i: usize) -> &'a str {
        span(self.ends, i)
            .and_then(|r| self.text.get(r))
            .unwrap_or("")
    }

    /// Where token `i` occurs.
    pub fn postings(&self, i: usize) -> &'a [Posting] {
        span(self.post_ends, i)
            .and_then(|r| self.postings.get(r))
            .unwrap_or(&[])
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

    /// Ids of tokens within one edit of `word`, or with a prefix within one edit of it.
    pub fn typo_matches(&self, word: &str) -> Vec<usize> {
        // Typos in the first letter are rare: scanning only the tokens that share it (one
        // contiguous range of the sorted list) keeps this cheap on large vocabularies.
        let n = word.len();
        let mut out = Vec::new();
        let Some(first) = word.get(..1) else {
            return out;
        };
        for id in self.prefix_range(first) {
            let t = self.token(id).as_bytes();
            if t.len() + 1 >= n && near_prefix(word.as_bytes(), t) {
                out.push(id);
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

impl TokenIndex {
    /// The same index restricted to the fields of `mask`: tokens that occur only elsewhere are
    /// dropped, and so are the postings of entries where the token is not in those fields.
    pub fn only(&self, mask: u16) -> TokenIndex {
        let mut out = TokenIndex::default();
        let all = self.view();
        for i in 0..all.len() {
            let kept = out.postings.len();
            out.postings.extend(
                all.postings(i)
                    .iter()
                    .filter(|p| p.mask & mask != 0)
                    .map(|p| Posting::new(p.entry, p.mask & mask)),
            );
            if out.postings.len() > kept {
                out.text.push_str(all.token(i));
                out.ends.push(out.text.len() as u32);
                out.post_ends.push(out.postings.len() as u32);
            }
        }
        out
    }

    /// The index of two runs of entries, `self`'s all before `later`'s: a linear merge of the
    /// two sorted vocabularies (a token in both gets `self`'s postings, then `later`'s).
    pub fn merge(self, later: TokenIndex) -> TokenIndex {
        let mut out = TokenIndex {
            text: String::with_capacity(self.text.len() + later.text.len()),
            ends: Vec::with_capacity(self.len() + later.len()),
            postings: Vec::with_capacity(self.postings.len() + later.postings.len()),
            post_ends: Vec::with_capacity(self.len() + later.len()),
        };
        let (mut i, mut j) = (0, 0);
        let (first, later) = (self.view(), later.view());
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
            out.text.push_str(token);
            out.ends.push(out.text.len() as u32);
            if order.is_le() {
                out.postings.extend_from_slice(first.postings(i));
                i += 1;
            }
            if order.is_ge() {
                out.postings.extend_from_slice(later.postings(j));
                j += 1;
            }
            out.post_ends.push(out.postings.len() as u32);
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
        assert!(near_prefix(b"incobat", b"incobators"));
        assert!(near_prefix(b"incobaton", b"incobators"));
    }

    #[test]
    fn prefix_ranges_and_merges() {
        let mut b = TokenIndexBuilder::default();
        b.add(0, field_bit(Field::Title, Lang::En), "Cluster policy");
        b.add(0, field_bit(Field::Body, Lang::Mn), "кластер");
        let mut later = TokenIndexBuilder::default();
        later.add(1, field_bit(Field::Body, Lang::En), "clusters policy");
        later.add(2, field_bit(Field::Body, Lang::En), "zebra");
        let built = b.finish().merge(later.finish());
        let ix = built.view();
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
    fn numbers_that_do_not_fit_read_as_empty() {
        let postings = [Posting::new(0, 1)];
        let bad = Tokens {
            text: "кa",
            ends: &[1, 9, 0],
            postings: &postings,
            post_ends: &[3],
        };
        assert_eq!(bad.token(0), "", "inside a character");
        assert_eq!(bad.token(1), "", "past the end");
        assert_eq!(bad.token(2), "", "backwards");
        assert_eq!(bad.token(7), "", "no such token");
        assert_eq!(bad.postings(0), &[] as &[Posting]);
        assert_eq!(bad.find("a"), None);
        assert!(bad.typo_matches("abcdef").is_empty());
    }
}
