//! The matching strategy, after Meilisearch's `frequency`: which query words filter and how
//! much each weighs.
//!
//! * Question and function words ([`super::question`]) are *light*: they never filter and weigh
//!   almost nothing, but still add a little where they match.
//! * A word that matches no entry is dropped: it never empties the result.
//! * In a corpus of [`FREQUENT_FROM`] entries or more, a word found as a whole word (or a case
//!   form of it) in more than half of them is *frequent*, as long as a rarer word is left: it
//!   does not filter, but an entry matching it ranks above one that does not, and where it
//!   matches (title, body …) counts in full.
//! * The others are the *required* words. Entries matching all of them come first; when there
//!   are fewer than asked for, entries matching fewer come next, ranked by how many matched and
//!   then by how rare the matched ones are (the share of the query's [`Plan::rarity`]).
//! * A query of light words only ("what is") searches for them as content words.

use super::query::Word;
use super::question::is_light;

/// Corpora at least this large let a word found in most entries stop filtering.
pub const FREQUENT_FROM: usize = 20;

/// The roles of a query's words.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Distinct required words (indices into the query's words), in query order.
    pub content: Vec<usize>,
    /// Frequent words (indices): they rank, but do not filter.
    pub frequent: Vec<usize>,
    /// Light words (indices), matched for a little score only.
    pub light: Vec<usize>,
    /// Per content word, how rare it is (`ln(N / df)` in thousandths, at least 1).
    pub rarity: Vec<i64>,
}

impl Plan {
    /// The plan for `words`, given each word's matches (`best[i][e] > 0`) over entries `ok`.
    /// `None` when no content word matches anything: there is nothing to find.
    pub fn new(words: &[Word], best: &[Vec<u32>], ok: &[usize]) -> Option<Plan> {
        let df: Vec<usize> = best
            .iter()
            .map(|b| ok.iter().filter(|&&e| b[e] > 0).count())
            .collect();
        let mut distinct: Vec<usize> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if !distinct.iter().any(|&j| words[j].key == w.key) {
                distinct.push(i);
            }
        }
        let light_word = |i: usize| !words[i].exact && is_light(&words[i].key);
        let (mut light, mut content): (Vec<usize>, Vec<usize>) =
            distinct.iter().partition(|&&i| light_word(i));
        if content.is_empty() {
            content = std::mem::take(&mut light);
        }
        content.retain(|&i| df[i] > 0 || words[i].exact);
        if content.is_empty() {
            return None;
        }
        let n = ok.len();
        // Frequent as a whole word: prefixes of a short word ("act" → action) do not count.
        let whole = |i: usize| {
            ok.iter()
                .filter(|&&e| super::rank::at_least(best[i][e], super::rank::INFLECTED))
                .count()
        };
        let mut frequent = Vec::new();
        // A lone word always filters: only a query of two words or more has one to spare.
        let common: Vec<bool> = match content.len() > 1 && n >= FREQUENT_FROM {
            true => content
                .iter()
                .map(|&i| !words[i].exact && whole(i) * 2 > n)
                .collect(),
            false => vec![false; content.len()],
        };
        if common.contains(&false) && common.contains(&true) {
            let rest: Vec<usize> = content
                .iter()
                .zip(&common)
                .filter_map(|(&i, &c)| (!c).then_some(i))
                .collect();
            frequent = content
                .iter()
                .zip(&common)
                .filter_map(|(&i, &c)| c.then_some(i))
                .collect();
            content = rest;
        }
        light.retain(|&i| df[i] > 0);
        let rarity = content
            .iter()
            .map(|&i| {
                let r = ((n as f64 + 1.0) / (df[i] as f64 + 1.0)).ln();
                ((r * 1000.0) as i64).max(1)
            })
            .collect();
        Some(Plan {
            content,
            frequent,
            light,
            rarity,
        })
    }

    /// The required and frequent words, in query order: what titles are compared with.
    pub fn ranked(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self.content.iter().chain(&self.frequent).copied().collect();
        v.sort_unstable();
        v
    }

    /// How many required words entry `e` matches, and the share (in thousandths) of the
    /// query's rarity they carry.
    pub fn matched(&self, best: &[Vec<u32>], e: usize) -> (usize, i64) {
        let mut count = 0;
        let mut rare = 0;
        for (k, &i) in self.content.iter().enumerate() {
            if best[i][e] > 0 {
                count += 1;
                rare += self.rarity[k];
            }
        }
        if count == self.content.len() {
            return (count, 1000);
        }
        let total: i64 = self.rarity.iter().sum();
        (count, rare * 1000 / total.max(1))
    }

    /// The fewest content words a candidate must match so that about `limit` entries qualify:
    /// all of them when enough entries match all; else one fewer at a time.
    pub fn need(&self, counts: &[usize], limit: usize) -> usize {
        let all = self.content.len();
        let mut have = vec![0usize; all + 1];
        for &c in counts {
            have[c.min(all)] += 1;
        }
        let mut at_least = 0;
        for need in (1..=all).rev() {
            at_least += have[need];
            if at_least >= limit {
                return need;
            }
        }
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    #[test]
    fn roles_of_words() {
        let q = Query::parse("what is the cluster zzqx cluster").words;
        // 30 entries: "what" in 3, "is" in 30, "the" none, "cluster" in 4, "zzqx" none.
        let n = 30;
        let exact = super::super::rank::pack(1000, 1, false);
        let with = |k: usize| {
            (0..n)
                .map(|e| if e < k { exact } else { 0 })
                .collect::<Vec<u32>>()
        };
        let best = vec![with(3), with(30), with(0), with(4), with(0), with(4)];
        let ok: Vec<usize> = (0..n).collect();
        let plan = Plan::new(&q, &best, &ok).expect("cluster matches");
        assert_eq!(
            plan.content,
            vec![3],
            "one cluster, no zzqx, no question words"
        );
        assert_eq!(plan.light, vec![0, 1]);
        assert_eq!(plan.matched(&best, 0), (1, 1000));
        assert_eq!(plan.matched(&best, 10), (0, 0));
        // Only light words: they are searched for (the one found everywhere still does not filter).
        let q = Query::parse("what is").words;
        let plan = Plan::new(&q, &best[..2], &ok).expect("light words match");
        assert_eq!((plan.content, plan.frequent), (vec![0], vec![1]));
        // Nothing to find.
        let q = Query::parse("what zzqx").words;
        assert!(Plan::new(&q, &[with(3), with(0)], &ok).is_none());
    }

    #[test]
    fn frequent_words_stop_filtering_while_a_rarer_word_is_left() {
        let q = Query::parse("innovation park").words;
        let n = 40;
        let exact = super::super::rank::pack(1000, 1, false);
        let with = |k: usize| {
            (0..n)
                .map(|e| if e < k { exact } else { 0 })
                .collect::<Vec<u32>>()
        };
        let ok: Vec<usize> = (0..n).collect();
        let plan = Plan::new(&q, &[with(30), with(5)], &ok).expect("plan");
        assert_eq!(
            (plan.content.clone(), plan.frequent.clone()),
            (vec![1], vec![0])
        );
        let plan = Plan::new(&q, &[with(30), with(35)], &ok).expect("plan");
        assert_eq!(plan.content, vec![0, 1], "both common: both filter");
    }

    #[test]
    fn need_relaxes_until_enough_entries_qualify() {
        let plan = Plan {
            content: vec![0, 1, 2],
            frequent: vec![],
            light: vec![],
            rarity: vec![1, 1, 1],
        };
        assert_eq!(plan.need(&[3, 3, 2, 1, 0], 2), 3);
        assert_eq!(plan.need(&[3, 2, 2, 1, 0], 3), 2);
        assert_eq!(plan.need(&[1, 0, 0], 50), 1);
    }
}
