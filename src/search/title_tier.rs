//! How much of an entry's title, alias or id a query covers: the title tiers of [`super::rank`],
//! whether the query names the entry exactly, and the exact-letter and fuzzy title bonuses.

use fuzzy_matcher::FuzzyMatcher;

use super::query::Word;
use super::skipped::vowel_left_out;
use super::stem::same_stem;
use super::{Field, SearchIndex, highlight, rank};

impl SearchIndex {
    /// How much of a title, alias or the id the query covers (see [`rank`]): the tier (4 all of
    /// it exactly, 3 all of it word by word with prefixes, 2 its first words, else 1) and the
    /// share of the covered title's words the query gave, in thousandths. With
    /// `subject_is_name` (a question asking what X recommends), the subject before a colon
    /// ranks as a name: "X: a new strategy" answers it.
    pub(super) fn tier(&self, e: usize, qkey: &str, subject_is_name: bool) -> (i64, i64) {
        let mut best = (1, 0);
        let qn = i64::from(super::shorts::count_words(qkey));
        for s in self.index.shorts.of_where(e, naming) {
            // The subject before a title's colon ("Sea buckthorn cluster: research agenda") is
            // what the entry is about, not its name: it ranks a tier below a name.
            let name = subject_is_name || !s.head_is_subject();
            for (text, tn, whole) in [(s.words, s.words_n, true), (s.head, s.head_n, name)] {
                if text.is_empty() {
                    continue;
                }
                if text == qkey {
                    match whole {
                        true => return (4, 1000),
                        false => best = best.max((3, 1000)),
                    }
                    continue;
                }
                let covered = if qn == 1 {
                    // One word covers the title's first word when it starts the title, or
                    // names what the title is about: its last word ("park" → "STI park").
                    // (Stems are looked at only for words of four letters or more.)
                    let long = qkey.len() >= 4;
                    let first = || text.split(' ').next().unwrap_or(text);
                    let last = || text.rsplit(' ').next().unwrap_or(text);
                    if rank::word_prefix(qkey, text) || (long && same_stem(first(), qkey)) {
                        Some(tn == 1)
                    } else {
                        (long && same_stem(last(), qkey)).then_some(false)
                    }
                } else {
                    // Or all of the title but its first word, a qualifier the reader left
                    // out: «чацарганын кластерийн санаачилга» names «Монголын чацарганын
                    // кластерийн санаачилга» as much as its 2015 stage's alias starting so.
                    let tail = || {
                        let (_, rest) = text.split_once(' ')?;
                        (i64::from(tn) == qn + 1 && covers(qkey, rest) == Some(true))
                            .then_some(false)
                    };
                    covers(qkey, text).or_else(tail)
                };
                if let Some(all) = covered {
                    let tier = if all && whole { 3 } else { 2 };
                    best = best.max((tier, qn * 1000 / i64::from(tn.max(1))));
                }
            }
        }
        best
    }

    /// Whether `key` is entry `e`'s title, an alias or the id (or a title before its
    /// parenthesis) word for word, each long word allowed one slip of typing (Latin-typed
    /// Mongolian: "inovatsiin tukhai khuuli" names «Инновацийн тухай хууль»): the top tier of
    /// [`SearchIndex::tier`].
    pub(super) fn names_exactly(&self, e: usize, key: &str) -> bool {
        self.index.shorts.of_where(e, naming).any(|s| {
            (same_words(s.words, key) || (same_words(s.head, key) && !s.head_is_subject()))
                && !key.is_empty()
        })
    }

    /// Exact-letter, title fuzzy and title run bonuses.
    pub(super) fn bonus(&self, e: usize, words: &[Word], qkey: &str) -> i64 {
        let shorts = self.index.shorts.of(e);
        let run = (shorts.clone())
            .filter(|s| matches!(s.field, Field::Title | Field::Alias))
            .map(|s| longest_run(qkey, s.words))
            .max()
            .unwrap_or(0);
        let run = (run.saturating_sub(1) as i64) * rank::RUN_WORD;
        let exact = words
            .iter()
            .filter(|w| shorts.clone().any(|s| s.lower.contains(w.lower.as_str())))
            .count() as i64
            * rank::EXACT_LETTERS;
        let fuzzy = shorts
            .filter(|s| {
                s.field == Field::Title
                    && highlight::subsequence(qkey.as_bytes(), s.words.as_bytes())
            })
            .filter_map(|s| self.matcher.fuzzy_match(s.words, qkey))
            .max()
            .map_or(0, rank::fuzzy_bonus);
        exact + fuzzy + run
    }
}

/// Whether a short field names its entry (a title, an alias or the id), as tiers are worked
/// out on: a scan of every candidate skips the tags' rows without reading their texts.
fn naming(field: Field, _letters: u32) -> bool {
    matches!(field, Field::Title | Field::Alias | Field::Id)
}

/// How many words of the query key `q` the title key `t` holds one after the other, in the
/// query's order (its function words aside): «шинжлэх ухаан, инновацийн парк» holds all four of
/// `shinjleh uhaan innovatsiin parkad`, «шинжлэх ухааны парк … инновацийн» two in a row.
fn longest_run(q: &str, t: &str) -> usize {
    let q: Vec<&str> = q.split(' ').filter(|w| !w.is_empty()).collect();
    let t: Vec<&str> = (t.split(' '))
        .filter(|w| !w.is_empty() && !super::question::is_light(w))
        .collect();
    let same = |qw: &str, tw: &str| {
        rank::word_prefix(qw, tw)
            || same_stem(qw, tw)
            || vowel_left_out(qw.as_bytes(), tw.as_bytes())
    };
    let mut best = 0;
    // runs[j]: the run ending at the previous query word and title word j.
    let mut runs = vec![0usize; t.len() + 1];
    for qw in &q {
        let mut next = vec![0usize; t.len() + 1];
        for (j, tw) in t.iter().enumerate() {
            if same(qw, tw) {
                next[j + 1] = runs[j] + 1;
                best = best.max(next[j + 1]);
            }
        }
        runs = next;
    }
    best
}

/// Whether every word of `q` is, in order, a prefix of the words of `t` starting at the first;
/// `Some(true)` when they cover all of `t`.
fn covers(q: &str, t: &str) -> Option<bool> {
    let mut tw = t.split(' ');
    for qw in q.split(' ') {
        match tw.next() {
            Some(w)
                if rank::word_prefix(qw, w)
                    || same_stem(qw, w)
                    || vowel_left_out(qw.as_bytes(), w.as_bytes()) => {}
            _ => return None,
        }
    }
    Some(tw.next().is_none())
}

/// The same words in the same order, a word of four letters or more allowed one edit.
fn same_words(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // One edit a word changes the length by one a word at most: most titles fail here.
    let words = b.bytes().filter(|&c| c == b' ').count() + 1;
    if a.len().abs_diff(b.len()) > words {
        return false;
    }
    let (mut x, mut y) = (a.split(' '), b.split(' '));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            (Some(p), Some(q)) if p.len().min(q.len()) >= 4 => {
                if !within_one_edit(p, q) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Whether `a` and `b` are at most one edit apart (a letter added, left out or typed for
/// another): `strsim::levenshtein(a, b) <= 1`, without its table for ASCII keys.
fn within_one_edit(a: &str, b: &str) -> bool {
    if !(a.is_ascii() && b.is_ascii()) {
        return strsim::levenshtein(a, b) <= 1;
    }
    let (a, b) = match a.len() <= b.len() {
        true => (a.as_bytes(), b.as_bytes()),
        false => (b.as_bytes(), a.as_bytes()),
    };
    if b.len() - a.len() > 1 {
        return false;
    }
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if same == a.len() {
        return true;
    }
    match a.len() == b.len() {
        true => a[same + 1..] == b[same + 1..],
        false => a[same..] == b[same + 1..],
    }
}

#[cfg(test)]
mod tests {
    use super::{longest_run, within_one_edit};
    use crate::search::translit::key_text;

    /// A title saying the question's words together, in its order, holds a longer run than one
    /// holding them apart; the title's function words do not break a run.
    #[test]
    fn a_title_holding_the_words_together_holds_a_longer_run() {
        let q = key_text("shinjleh uhaan innovatsiin parkad tosvoos mongo ogson");
        let run = |title: &str| longest_run(&q, &key_text(title));
        assert_eq!(
            run("Шинжлэх ухаан, инновацийн парк, инкубаторт үндэсний санхүүжилт хуваарилаагүй"),
            4
        );
        assert_eq!(
            run(
                "7-р дүгнэлт: инновацийн тодорхой бодлого байхгүй, шинжлэх ухааны парк байгуулагдаж байна"
            ),
            2
        );
        let q = key_text("science innovation parks");
        assert_eq!(
            longest_run(&q, &key_text("Science and innovation parks")),
            3
        );
        assert_eq!(longest_run(&q, &key_text("Parks for innovation")), 1);
    }

    proptest::proptest! {
        /// One edit apart exactly when Levenshtein says so (a swap of neighbours is two).
        #[test]
        fn one_edit_is_levenshtein_one(a in "[abcé]{0,7}", b in "[abcé]{0,7}") {
            proptest::prop_assert_eq!(within_one_edit(&a, &b), strsim::levenshtein(&a, &b) <= 1);
        }

        #[test]
        fn one_edit_of_a_word_is_levenshtein_one(a in "[a-d]{3,8}", at in 0usize..9, c in "[a-e]?") {
            let at = at.min(a.len());
            let b = format!("{}{}{}", &a[..at], c, &a[(at + 1).min(a.len())..]);
            proptest::prop_assert_eq!(within_one_edit(&a, &b), strsim::levenshtein(&a, &b) <= 1);
        }
    }
}
