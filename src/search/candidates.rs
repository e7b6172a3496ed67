//! Candidates: the entries a query's [`Plan`] lets through, each with its score (see
//! [`super::rank`] for what the score is made of).

use super::question::Question;
use super::strategy::Plan;
use super::{Cand, SearchIndex, rank, traits};

/// What is known of a query once its words are matched.
pub(super) struct Asked<'a> {
    pub plan: &'a Plan,
    /// The required and frequent words ([`Plan::ranked`]).
    pub ranked: &'a [usize],
    /// Each word's best match per entry.
    pub best: &'a [Vec<u32>],
    /// Per entry, the title words a question names (empty: not a question).
    pub focus: &'a [u32],
    pub question: &'a Question,
    /// The keys of the ranked words joined by spaces, compared with titles.
    pub qkey: &'a str,
    /// The keys of every word as typed, function words too: a name such as "law on
    /// innovation" is an alias word for word.
    pub qkey_typed: &'a str,
    /// Per quoted phrase, the fields each entry could hold it in.
    pub phrase_fields: &'a [Vec<u16>],
    /// The entries of the kinds asked for.
    pub ok: &'a [usize],
}

impl SearchIndex {
    /// The entries matching enough required words (see [`Plan::need`]), scored; how many
    /// entries match any of them (the total a list of any length can reach, whatever `limit`
    /// is), and how many match all of them. With `keep`, only the best `keep` candidates
    /// ([`SearchIndex::best_cut`]); else all of them.
    pub(super) fn candidates(
        &self,
        a: &Asked<'_>,
        limit: usize,
        keep: Option<usize>,
    ) -> (Vec<Cand>, usize, usize) {
        let Asked {
            plan,
            ranked,
            best,
            focus,
            question: asked,
            qkey,
            qkey_typed,
            phrase_fields,
            ok,
        } = *a;
        let ix = &self.index;
        let all = plan.content.len();
        // Each possible entry with the content words it matches and their share of the
        // query's rarity. An entry the question names counts as matching all of them when its
        // title or name holds at least half of them (the question's subject); a short title
        // naming a few words of a longer question («олон улсын кластер» in one about how many
        // Lithuanian clusters joined international networks) counts what it matches. The
        // share stays what it matches: of two entries named alike, the one holding the
        // question's other words too comes first (the park on 4.2 га of land, not the tax
        // incentives whose «гаалийн» only starts with «га»).
        let in_title = |e: usize| super::expand::in_title(&plan.content, best, e);
        let matched_in = |part: &[usize]| -> Vec<(usize, usize, i64)> {
            (part.iter().copied())
                .filter(|&e| phrase_fields.iter().all(|f| f[e] != 0))
                .filter_map(|e| {
                    let named = focus.get(e).is_some_and(|&f| f > 0);
                    let (c, rare) = plan.matched(best, e);
                    let c = match named && 2 * in_title(e) >= all {
                        true => all,
                        false => c,
                    };
                    (c > 0).then_some((e, c, rare))
                })
                .collect()
        };
        let matched = self.split.chunks(ok, matched_in).concat();
        let counts: Vec<usize> = matched.iter().map(|m| m.1).collect();
        let need = plan.need(&counts, limit);
        let total = matched.len();
        let complete = matched.iter().filter(|m| m.1 >= all).count();
        let score = |&(e, c, rare): &(usize, usize, i64)| {
            let frequent = plan.frequent.iter().filter(|&&i| best[i][e] > 0).count();
            let sum: i64 = ranked
                .iter()
                .map(|&i| i64::from(rank::unpack_score(best[i][e])))
                .sum::<i64>()
                + plan
                    .light
                    .iter()
                    .map(|&i| i64::from(rank::unpack_score(best[i][e])) / rank::LIGHT)
                    .sum::<i64>();
            let short = ranked.iter().all(|&i| {
                let (fi, _) = rank::unpack_place(best[i][e]);
                best[i][e] > 0 && fi <= 3
            });
            // Typed with its function words, the query counts only as a whole name.
            let named = || qkey_typed != qkey && self.names_exactly(e, qkey_typed);
            let (tier, cover) = if !short {
                (1, 0)
            } else if named() {
                (4, 1000)
            } else {
                self.tier(e, qkey, asked.recommends)
            };
            let wanted = self.offers(e, asked);
            let advice = match (asked.recommends, asked.faults, asked.sources) {
                (true, _, _) => ix.kind(e).map_or(0, rank::advice),
                (false, true, _) => ix.kind(e).map_or(0, rank::fault),
                (false, false, true) => ix.kind(e).map_or(0, rank::origin),
                (false, false, false) => match (asked.kind, ix.kind(e)) {
                    (Some(named), Some(kind)) => rank::named_kind(named, kind),
                    _ => 0,
                },
            };
            let score = c as i64 * rank::WORDS
                + i64::from(focus.get(e).copied().unwrap_or(0).min(19)) * (rank::FOCUS / 2)
                + frequent.min(9) as i64 * rank::FREQUENT
                + rare * rank::RARITY
                + i64::from(wanted) * rank::WANTED
                + advice
                + sum
                + rank::links_in(ix.links_in.get(e).copied().unwrap_or(0))
                + ix.kind(e).map_or(0, rank::kind_prior)
                + tier * rank::TIER
                + cover * rank::COVER;
            Cand { entry: e, score }
        };
        // Each chunk keeps its best `keep`: the best of all are among them.
        let scored_in = |part: &[(usize, usize, i64)]| -> Vec<Cand> {
            let cands = part.iter().filter(|m| m.1 >= need).map(score).collect();
            match keep {
                Some(keep) => self.best_cut(cands, keep),
                None => cands,
            }
        };
        let cands = self.split.chunks(&matched, scored_in).concat();
        (cands, total, complete)
    }

    /// The best `keep` of `cands` (all of them when there are no more), in no particular
    /// order: by score, then the shorter title, then the entry first indexed. The order
    /// leaves no ties, so the best of a list are the best of the best of each of its parts.
    pub(super) fn best_cut(&self, mut cands: Vec<Cand>, keep: usize) -> Vec<Cand> {
        if cands.len() > keep {
            let len = |c: &Cand| self.index.title_len.get(c.entry).copied().unwrap_or(0);
            cands.select_nth_unstable_by(keep, |a, b| {
                b.score
                    .cmp(&a.score)
                    .then(len(a).cmp(&len(b)))
                    .then(a.entry.cmp(&b.entry))
            });
            cands.truncate(keep);
        }
        cands
    }

    /// Whether entry `e` offers what a question asks for ([`super::traits`]): a length of time
    /// for "how many months", an amount of money for "how much … spend", a count for "how
    /// many", a date for "when" (dated in the year
    /// named, when it names one).
    pub(super) fn offers(&self, e: usize, asked: &Question) -> bool {
        let traits = self.index.traits.get(e).copied().unwrap_or(0);
        match (asked.duration, asked.money) {
            (true, _) => traits & traits::DURATION != 0,
            (false, true) => traits & traits::MONEY != 0,
            (false, false) => {
                (asked.count && traits & traits::COUNT != 0)
                    || (asked.date && traits & traits::DATE != 0 && self.dated(e, asked))
            }
        }
    }

    /// Whether entry `e` is dated as a date question asks: any date, or, when it names years,
    /// in one of them ("law on innovation 2012" asks for what is dated 2012, not for a source
    /// published in 2021).
    fn dated(&self, e: usize, asked: &Question) -> bool {
        asked.years.is_empty() || {
            let years = self.index.years.get(e).copied().flatten();
            asked.years.iter().any(|&y| traits::dated_in(years, y))
        }
    }
}
