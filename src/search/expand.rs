//! Beyond the words typed: synonyms ([`super::synonyms`]) widen what a word matches, and a
//! question names the entries whose whole title it contains ([`super::question`]).

use super::index::FIELDS;
use super::query::Word;
use super::question::{Question, TitleNamer};
use super::strategy::Plan;
use super::{Field, SearchIndex, rank, traits};
use crate::corpus::Corpus;
use crate::corpus::model::Kind;
use crate::lang::Lang;

impl SearchIndex {
    /// Lets each run of query words that names a synonym also match wherever another member of
    /// its group occurs (every word of the member; the weaker of their matches counts). Returns,
    /// per word, whether a synonym that the corpus holds named it.
    pub(super) fn add_synonyms(
        &self,
        words: &[Word],
        best: &mut [Vec<u32>],
        n: usize,
        reader: Lang,
    ) -> Vec<bool> {
        let mut named = vec![false; words.len()];
        let synonyms = self.synonyms();
        for found in synonyms.find(words) {
            for member in synonyms.others(found) {
                let mut all: Option<Vec<u32>> = None;
                for key in member {
                    let m = self.word_matches(&Word::keyed(key), n, reader);
                    all = Some(match all {
                        None => m,
                        Some(a) => a.iter().zip(&m).map(|(x, y)| *x.min(y)).collect(),
                    });
                }
                let Some(alt) = all else { continue };
                if alt.iter().any(|&a| a > 0) {
                    named[found.start..found.start + found.len].fill(true);
                }
                for b in &mut best[found.start..found.start + found.len] {
                    for (slot, &a) in b.iter_mut().zip(&alt) {
                        *slot = (*slot).max(a);
                    }
                }
            }
        }
        named
    }

    /// Reads a word the corpus does not hold, whose one-word synonym it does, as that synonym:
    /// a spelling variant («санаачлага», `sanaachlaga`) is compared with titles as the spelling
    /// they are written in («Кластерийн санаачилга»).
    pub(super) fn as_spelled_here(&self, words: &mut [Word], held: &[bool]) {
        let synonyms = self.synonyms();
        let ti = &self.index.tokens;
        for found in synonyms.find(words) {
            if found.len != 1 || held.get(found.start).is_none_or(|&h| h) {
                continue;
            }
            let spelled = (synonyms.others(found)).find_map(|member| match member {
                [key] if ti.find(key).is_some() => Some(key.clone()),
                _ => None,
            });
            if let (Some(key), Some(w)) = (spelled, words.get_mut(found.start)) {
                w.key = key;
            }
        }
    }

    /// The one-word members of the synonym groups `noun` names, as words: what a count
    /// question's noun is also called («ажилчдын» → «ажилтан», staff).
    pub(super) fn noun_synonyms(&self, noun: Option<&Word>) -> Vec<Word> {
        let Some(noun) = noun else {
            return Vec::new();
        };
        let synonyms = self.synonyms();
        (synonyms.find(std::slice::from_ref(noun)).into_iter())
            .flat_map(|found| synonyms.others(found))
            .filter_map(|member| match member {
                [key] => Some(Word::keyed(key)),
                _ => None,
            })
            .collect()
    }

    /// For a question: per entry, twice how many words of its title (or alias, or the title
    /// before a parenthesis or a colon) the query names when it names them all, plus one for a
    /// whole title or name rather than the subject before a colon, plus how many of the query's
    /// content words its title holds; thrice that number for a title holding at least two and
    /// all, all but one, or more than two thirds of them (unless the question compares) — 0 for
    /// the others. Only entries where a content word matched a title or alias are looked at. A
    /// question asking what is recommended gives a whole title no step over a subject before a
    /// colon: "X: a new strategy" is what X recommends, as X's own entry is not.
    pub(super) fn focus(
        &self,
        words: &[Word],
        plan: &Plan,
        best: &[Vec<u32>],
        ok: &[usize],
        asked: &Question,
    ) -> Vec<u32> {
        let compares = asked.compares;
        let n = best.first().map_or(0, Vec::len);
        let mut out = vec![0u32; n];
        // A synonym names a title too: "Орос" names "ОХУ: … кластерууд".
        let synonyms = self.synonyms();
        let mut naming = words.to_vec();
        for found in synonyms.find(words) {
            for key in synonyms.others(found).flatten() {
                naming.push(Word::keyed(key));
            }
        }
        // A question asking how much money names what the amount is called: «Литва кластерт
        // хэдэн сая евро» names «Литвийн кластерийн санхүүжилт».
        let money = match asked.money {
            true => super::question::with_money_names(words),
            false => Vec::new(),
        };
        let in_title_of = |words: &[usize], e: usize| in_title(words, best, e) as u32;
        let (mut by_naming, mut by_words) = (TitleNamer::new(&naming), TitleNamer::new(words));
        let mut by_money = TitleNamer::new(&money);
        // A tour is a walk through other entries: named by a figure question («Литва кластерт
        // хэдэн сая евро» names "Clusters abroad: … Lithuania"), it is not where the figure is,
        // unless the question asks about the workshop itself.
        let walk = |e: usize| asked.figure_not_walk() && self.index.kind(e) == Some(Kind::Tour);
        for &e in ok {
            if walk(e) {
                continue;
            }
            let in_title = in_title_of(&plan.content, e);
            // A name of frequent words counts too: «IT Park хэдэн компани…» names IT Park
            // ("it" is in most English texts, "park" in most entries).
            if in_title == 0 && in_title_of(&plan.frequent, e) < 2 {
                continue;
            }
            let named = |field, _| matches!(field, Field::Title | Field::Alias);
            for s in self.index.shorts.of_where(e, named) {
                // A whole title or name (the title before a parenthesis: "Industrial technology
                // park (ITP)") leads a title's subject before a colon naming as many words:
                // "what is Vision 2050" → Vision 2050 before "Vision 2050: a science park …".
                for (text, whole) in [(s.words, true), (s.head, !s.head_is_subject())] {
                    // "Lithuanian clusters" does not name "Lithuania: vision for …".
                    if super::question::names_place_by_adjective_only(words, text) {
                        continue;
                    }
                    // A synonym adds one word however many title words it names: «ҮТП»
                    // naming «Үйлдвэр, технологийн парк» is one word typed, not three.
                    let n = match naming.len() > words.len() {
                        true => by_naming
                            .names_title(text)
                            .min(by_words.names_title(text) + 1),
                        false => by_words.names_title(text),
                    };
                    let n = match money.is_empty() {
                        true => n,
                        false => n.max(by_money.names_title(text)),
                    };
                    if !text.is_empty() && n > 0 {
                        out[e] = out[e].max(2 * n + u32::from(whole && !asked.recommends));
                    }
                }
            }
            // Of two named entries, the one whose title holds more of the question's words
            // answers it: "how many clusters does Canada have" → Canada's clusters, not Cluster.
            if out[e] > 0 {
                out[e] += in_title;
            }
            // A title holding every content word of a longer question (or all but one) answers
            // it as a named one does, and before a short title naming a few of its words:
            // «Литвийн кластерийн хэдэн хувь олон улсын сүлжээнд нэгдсэн» → the finding titled
            // so, not the stage «Олон улсын кластер». Not when it compares: "incubator vs
            // accelerator" asks about the two, not a finding titled with both.
            // Frequent words count here too: «инновацийн бодлогыг аль байгууллага хариуцдаг»
            // is not all but one of its words in a title holding «бодлого» and «байгууллага».
            // A long question's title may leave out more: "what share of patent applications
            // do top 10 clusters account for" → "The top 10 S&T clusters account for ~35% of
            // world patent filings" holds five of its seven words.
            let held = in_title + in_title_of(&plan.frequent, e);
            let all = (plan.content.len() + plan.frequent.len()) as u32;
            if in_title >= 2 && (held + 1 >= all || 3 * held > 2 * all) && !compares {
                out[e] = out[e].max(3 * in_title);
            }
        }
        out
    }

    /// A count question naming several stages of one model alike («MCS хөтөлбөр хэдэн сар»
    /// names all four phases of the MCS programme) asks about the model: when the model's
    /// entry offers what is asked (a count, or a length of time, see [`super::traits`]), it
    /// is named one step above those stages, so the whole («таван сарын хөтөлбөр») comes
    /// before its parts («1 сар», «2 сар» …).
    pub(super) fn model_before_its_stages(
        &self,
        corpus: &Corpus,
        focus: &mut [u32],
        asked: &Question,
        ok: &[usize],
    ) {
        if !asked.count || focus.is_empty() {
            return;
        }
        let wanted = match asked.duration {
            true => traits::DURATION,
            false => traits::COUNT,
        };
        // (model, best focus of its stages, how many stages have it)
        let mut models: Vec<(&str, u32, u32)> = Vec::new();
        for &e in ok {
            let f = focus.get(e).copied().unwrap_or(0);
            if f == 0 || corpus.kind(e) != Kind::Stage {
                continue;
            }
            let model = corpus.head().order(e).0;
            match models.iter_mut().find(|m| m.0 == model) {
                Some(m) if f > m.1 => *m = (model, f, 1),
                Some(m) if f == m.1 => m.2 += 1,
                Some(_) => {}
                None => models.push((model, f, 1)),
            }
        }
        for (model, f, alike) in models {
            let Some(m) = corpus.index_of(model) else {
                continue;
            };
            let offers = self.index.traits.get(m).is_some_and(|t| t & wanted != 0);
            // `ok` is in entry order.
            if alike >= 2
                && offers
                && ok.binary_search(&m).is_ok()
                && let Some(slot) = focus.get_mut(m)
            {
                *slot = (*slot).max(f + 1);
            }
        }
    }

    /// A count or date question about an entry that does not offer what it asks (MCS Group,
    /// whose source gives no founding date) is answered where that entry points: the one entry
    /// it links to that offers it, and whose title or alias holds as many of the question's
    /// words (MCS Business Park, founded 1993), is named as closely — so, offering the answer,
    /// it comes first.
    pub(super) fn answer_in_its_links(
        &self,
        corpus: &Corpus,
        focus: &mut [u32],
        plan: &Plan,
        best: &[Vec<u32>],
        asked: &Question,
        ok: &[usize],
    ) {
        if !(asked.count || asked.date) || focus.is_empty() {
            return;
        }
        let in_title = |e: usize| in_title(&plan.content, best, e);
        let mut handed: Vec<(usize, u32)> = Vec::new();
        for &e in ok {
            let f = focus.get(e).copied().unwrap_or(0);
            if f == 0 || self.offers(e, asked) {
                continue;
            }
            // Only an entry named as the question's subject (its title holding at least half
            // of the question's words, as `candidates` counts it) hands its name on.
            let held = in_title(e);
            if 2 * held < plan.content.len() {
                continue;
            }
            // `ok` is in entry order.
            let mut answering = (corpus.links(e).iter()).filter(|&&r| {
                ok.binary_search(&r).is_ok() && self.offers(r, asked) && in_title(r) >= held
            });
            // One such entry is where the answer is; among several (a definition pointing to
            // its many cases) none is.
            if let (Some(&r), None) = (answering.next(), answering.next()) {
                handed.push((r, f));
            }
        }
        for (r, f) in handed {
            if let Some(slot) = focus.get_mut(r) {
                *slot = (*slot).max(f);
            }
        }
    }
}

/// How many of `words` (indices into `best`, each word's best match per entry) entry `e`
/// holds in its title or an alias.
pub(super) fn in_title(words: &[usize], best: &[Vec<u32>], e: usize) -> usize {
    (words.iter())
        .filter(|&&i| {
            let p = best[i].get(e).copied().unwrap_or(0);
            p > 0 && matches!(FIELDS[rank::unpack_place(p).0], Field::Title | Field::Alias)
        })
        .count()
}

/// Which of `words` (a bit each, by position, the first 32) entry `e` holds in its head — its
/// title, an alias, a tag or its id — however each was matched there (a synonym too).
pub(super) fn in_head(words: &[usize], best: &[Vec<u32>], e: usize) -> u32 {
    (words.iter().take(u32::BITS as usize).enumerate())
        .filter(|&(_, &i)| {
            let p = best[i].get(e).copied().unwrap_or(0);
            p > 0
                && matches!(
                    FIELDS[rank::unpack_place(p).0],
                    Field::Title | Field::Alias | Field::Tag | Field::Id
                )
        })
        .fold(0, |m, (k, _)| m | (1 << k))
}
