//! Highlights: where the query words are in a displayed string, as char positions, and whether a
//! text word's key matches a query word (snippets, around the first match, are `snippet`).
//!
//! A word is looked for, in order: in the folded text (Cyrillic typed words: "КЛАСТЕР" in
//! "кластер"), verbatim (quoted words), as a prefix of a word of the ASCII key (mapped back to
//! the source chars through the key's position map, so "khovsgol" lights up "Хөвсгөл"), within
//! one edit (words of five letters or more), and last as a fuzzy subsequence of the key.

use std::cell::OnceCell;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::fold::{find_all, fold, lower};
use super::query::Word;
use super::tokens::near_prefix;
use super::translit::{Key, key};

/// Byte ranges of the words of an ASCII key.
pub fn key_words(k: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = k.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let s = i;
        while i < b.len() && b[i] != b' ' {
            i += 1;
        }
        Some((s, i))
    })
}

/// Char positions of `words` in `text`, sorted and deduplicated.
pub fn positions(text: &str, words: &[Word], fuzzy: Option<&SkimMatcherV2>) -> Vec<usize> {
    let forms = Forms {
        text,
        lower: lower(text),
        folded: OnceCell::new(),
        key: OnceCell::new(),
    };
    let mut out = Vec::new();
    for w in words {
        word_positions(&forms, w, fuzzy, &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The forms of a text that words are looked for in; the folded text and the key (the costly
/// ones on long texts) are made only when a word needs them.
struct Forms<'a> {
    text: &'a str,
    lower: String,
    folded: OnceCell<String>,
    key: OnceCell<Key>,
}

impl Forms<'_> {
    fn folded(&self) -> &str {
        self.folded.get_or_init(|| fold(&self.lower))
    }

    fn key(&self) -> &Key {
        self.key.get_or_init(|| key(self.text))
    }
}

fn word_positions(f: &Forms<'_>, w: &Word, fuzzy: Option<&SkimMatcherV2>, out: &mut Vec<usize>) {
    if w.exact {
        out.extend(find_all(&f.lower, &w.lower));
        return;
    }
    if w.is_cyrillic() {
        let found = find_all(f.folded(), &fold(&w.lower));
        if !found.is_empty() {
            out.extend(found);
            return;
        }
    }
    let k = f.key();
    let before = out.len();
    for (s, e) in key_words(&k.text) {
        let tok = &k.text[s..e];
        if tok.starts_with(&w.key) {
            out.extend(k.source_chars(s, s + w.key.len()));
        } else if w.key.len() >= 4 && super::stem::same_stem(tok, &w.key) {
            // Another form of the word (хуулийн in «хууль», тахлын in «тахалтай»): its stem.
            out.extend(k.source_chars(s, s + super::stem::stem(tok).len()));
        }
    }
    if out.len() > before {
        return;
    }
    if w.lower.chars().count() >= 5 {
        for (s, e) in key_words(&k.text) {
            if near_prefix(w.key.as_bytes(), w.letters(), &k.text.as_bytes()[s..e]) {
                out.extend(k.source_chars(s, e.min(s + w.key.len() + 1)));
            }
        }
        if out.len() > before {
            return;
        }
    }
    if let Some(m) = fuzzy
        && w.key.len() >= 2
        && subsequence(w.key.as_bytes(), k.text.as_bytes())
        && let Some((score, idx)) = m.fuzzy_indices(&k.text, &w.key)
        && score >= 10 * w.key.len() as i64
    {
        for i in idx {
            out.extend(k.source_chars(i, i + 1));
        }
    }
}

/// Whether `p` is a subsequence of `t` (the cheap test before SkimMatcherV2).
pub fn subsequence(p: &[u8], t: &[u8]) -> bool {
    let mut it = t.iter();
    p.iter().all(|c| it.any(|x| x == c))
}

/// Whether `p` is a subsequence of a run of at most `span` bytes of `t`. From each place the
/// first letter occurs, the earliest match of the rest ends the shortest run starting there.
pub fn compact_subsequence(p: &[u8], t: &[u8], span: usize) -> bool {
    let Some((&first, rest)) = p.split_first() else {
        return true;
    };
    memchr::memchr_iter(first, t).any(|start| {
        let window = &t[start + 1..t.len().min(start + span)];
        subsequence(rest, window)
    })
}

/// Whether the key `tok` of a text word is a match for query word `w`.
pub fn token_matches(tok: &str, w: &Word) -> bool {
    if w.exact {
        return tok == w.key;
    }
    // A word typed with a case ending meets its other forms: ажилтантай, «Ажилтан: 43 хүн»
    // (a stem is four letters or more: the first four are compared before stemming).
    let stem_of = || {
        let st = super::stem::stem(&w.key);
        st.len() >= 4 && st.len() < w.key.len() && tok.starts_with(st)
    };
    // A verb meets its other voices: хамруулсан (incubated) in «инкубацид хамрагдсан».
    let same_verb = || {
        w.is_cyrillic()
            && super::stem::verb_root(&w.key)
                .is_some_and(|root| super::stem::verb_root(tok) == Some(root))
    };
    // The word with or without its fleeting vowel: тахлын in «цар тахалтай».
    let fleeting = || super::stem::fleeting_kin(&w.key, tok);
    tok.starts_with(&w.key)
        || (tok.get(..4).is_some_and(|head| w.key.starts_with(head)) && (stem_of() || same_verb()))
        || (tok.get(..2).is_some_and(|head| w.key.starts_with(head)) && fleeting())
        || (w.key.len() >= 5
            && (super::rank::word_prefix(&w.key, tok)
                || near_prefix(w.key.as_bytes(), w.letters(), tok.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    fn words(q: &str) -> Vec<Word> {
        Query::parse(q).words
    }

    /// A word typed without its fleeting vowel marks the stem of the form written with it, and
    /// back.
    #[test]
    fn highlights_a_word_with_or_without_its_fleeting_vowel() {
        let m = SkimMatcherV2::default();
        assert_eq!(
            positions("цар тахалтай", &words("тахлын"), Some(&m)),
            (4..9).collect::<Vec<_>>()
        );
        assert_eq!(
            positions("ажлын байр", &words("ажил"), Some(&m)),
            (0..3).collect::<Vec<_>>()
        );
    }

    #[test]
    fn highlights_across_scripts() {
        let m = SkimMatcherV2::default();
        assert_eq!(
            positions("Хөвсгөл аймаг", &words("khovsgol"), Some(&m)),
            vec![0, 1, 2, 3, 4, 5, 6]
        );
        assert_eq!(
            positions("Кластер", &words("КЛАСТ"), Some(&m)),
            vec![0, 1, 2, 3, 4]
        );
        assert_eq!(
            positions("Business incubator", &words("incubaton"), Some(&m)).len(),
            9
        );
        assert_eq!(
            positions("Чацаргана", &words("chats"), Some(&m)),
            vec![0, 1, 2]
        );
        assert!(positions("abc", &words("zz"), Some(&m)).is_empty());
    }

    #[test]
    fn compact_subsequences_fit_their_span() {
        assert!(compact_subsequence(b"hvs", b"x hovsgol", 6));
        assert!(compact_subsequence(b"hvs", b"hovs", 4));
        assert!(
            !compact_subsequence(b"hvs", b"hovs", 3),
            "four bytes from h to s"
        );
        assert!(!compact_subsequence(
            b"hovsgol",
            b"technology development strategy",
            14
        ));
        assert!(
            compact_subsequence(b"ab", b"a.....a.b", 3),
            "a later start is shorter"
        );
        assert!(compact_subsequence(b"", b"", 0));
        assert!(!compact_subsequence(b"a", b"", 2));
    }
}
