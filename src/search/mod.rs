//! Search over the corpus: type a few letters in either language, on any keyboard.
//!
//! [`SearchIndex::build`] precomputes an [`index::Index`] (short fields with ASCII keys, and a
//! token index of every word of every field); [`SearchIndex::search`] answers a query:
//!
//! 1. [`query::Query::parse`] splits words, `kind:` filters and "quoted phrases".
//! 2. Each word is looked up in the token index — exact token, prefix range, case forms of the
//!    same stem ([`stem`]), and for words of five letters or more tokens within one edit —
//!    giving each entry the word's best match; English word forms meet too ([`english`]:
//!    "financing" → financial). Latin-typed Mongolian works because Cyrillic and
//!    Latin share one key ([`translit`]); a word typed with an inner vowel left out is the
//!    word ([`skipped`]). Synonyms ([`synonyms`]) widen what a word matches, and a spelling
//!    variant the corpus does not hold is compared with titles as the one it does.
//! 3. [`strategy`] decides which words filter: question and function words ([`question`])
//!    and words that match nothing never do; words found in most entries rank but do not
//!    filter. Entries matching every required word are candidates, then (when fewer than the
//!    limit) those matching fewer. When few match all, SkimMatcherV2 fuzzy matching over the
//!    keys of titles, aliases and tags adds more.
//! 4. Candidates are ranked ([`rank`] explains the score; a question puts the entries whose
//!    title it names first — or, for one named that lacks the count or date asked, the one
//!    entry it links to that has it ([`expand`]) —, [`traits`] favour counts, dates (in the
//!    year typed) and lengths of time asked for,
//!    a question asking what is recommended favours recommendations, a word naming a kind
//!    («зөвлөмж», `gol asuudal`: a finding's) that kind; a comparison puts the
//!    entry contrasting its two sides before them ([`contrast`])), quoted phrases
//!    verified, of the best candidates those whose words are scattered over a long body
//!    rather than said together put after the focused ones ([`closeness`]), stages of one model scored alike put in their order ([`order`]), and the best
//!    get title highlights and a snippet ([`highlight`]); for a question asking how many or
//!    when, the snippet starts at the sentence that answers it ([`answer`]).

mod answer;
mod candidates;
mod chat_latin;
mod closeness;
mod contrast;
pub mod cores;
mod english;
mod expand;
pub mod fields;
pub mod guess;
pub use crate::text::fold;
pub mod highlight;
mod hits;
pub mod index;
mod matching;
mod order;
mod passages;
mod phrase;
mod plural;
pub mod query;
pub mod question;
pub mod rank;
mod refine;
pub mod same_word;
pub mod shorts;
mod shown;
mod skipped;
pub mod snippet;
pub mod stem;
mod strategy;
pub mod synonyms;
pub use crate::corpus::synthetic;
mod title_tier;
pub mod tokens;
pub mod traits;
pub use crate::text::translit;
mod wrong_layout;

use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use crate::corpus::Corpus;
use crate::corpus::load::Fingerprint;
use crate::corpus::model::{Bi, Kind};
use crate::lang::Lang;
use candidates::Asked;
use hits::Dress;
use index::Index;
use matching::RECALL_BELOW;
use query::{Query, Word};
use question::Question;
pub use refine::PHRASES_COUNTED;
use refine::Phrases;
use strategy::Plan;
use synonyms::Synonyms;

/// Where a query matched. The order here is each field's number in the index
/// ([`index::FIELDS`]); the build fails if a field added here does not fit its bit layout.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    bitcode::Encode,
    bitcode::Decode,
    strum::EnumCount,
    strum::VariantArray,
)]
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

/// What to search for, how many results to return, and what to work out about each.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Only entries of this kind (a `kind:` term in the query also filters).
    pub kind: Option<Kind>,
    pub limit: usize,
    pub detail: Detail,
    /// The language shown: results of equal score are in alphabetical order of their titles
    /// in it.
    pub lang: Lang,
}

/// How much of a [`Hit`] is filled in beyond the entry, score, field and language: a caller
/// that shows no highlights (e.g. `toli search` printing a list) does not pay for them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    /// Ranking only: no snippet, no highlights.
    Ranked,
    /// The snippet and its highlights.
    Snippet,
    /// The snippet and the title highlights too.
    #[default]
    Full,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            kind: None,
            limit: 50,
            detail: Detail::Full,
            lang: Lang::En,
        }
    }
}

impl SearchOptions {
    /// The default options for a reader of `lang`.
    pub fn in_lang(lang: Lang) -> SearchOptions {
        SearchOptions {
            lang,
            ..SearchOptions::default()
        }
    }
}

/// One result: the entry, how well it matched and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    pub field: Field,
    /// The language of the best match (the snippet is in the language searched in when the
    /// words match there too).
    pub lang: Lang,
    /// Char positions of matched characters in the entry's title as shown in the language
    /// searched in ([`SearchOptions::lang`]; the other language's title when that one is
    /// missing). The other language's are `None`.
    pub title_highlights: Bi<Vec<usize>>,
    /// A short excerpt around the match: in the language typed (Cyrillic: Mongolian), else in
    /// the language searched in where the words match there too, else where they matched.
    pub snippet: String,
    /// Char positions of matched characters in `snippet`.
    pub snippet_highlights: Vec<usize>,
}

/// What a query found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// The best entries, best first, at most [`SearchOptions::limit`].
    pub hits: Vec<Hit>,
    /// How many entries matched in all (the hits are the first of them); with a quoted phrase
    /// and more than [`PHRASES_COUNTED`] entries holding its words, at least this many.
    pub total: usize,
    /// Whether `total` is exact rather than a lower bound.
    pub exact: bool,
    /// How many of them hold every word the query requires (its question and function words
    /// aside), when fewer than `total`: the list's first part; the rest hold some of the words.
    pub complete: Option<usize>,
    /// Words typed that the corpus does not hold, as typed: the entries found match them only
    /// by a near spelling ("Finland" meets "financial"), which the reader is told.
    pub near_only: Vec<String>,
    /// The query as the same keys type it on the Mongolian layout, when that reading was
    /// searched instead of the keys typed on the Latin one (`mfvf.` → «төсөв», see
    /// [`wrong_layout`]), which the reader is told.
    pub read_as: Option<String>,
}

/// `word` (lower-cased) as the reader typed it in `query` ("Finland", not "finland").
fn as_typed(query: &str, word: &str) -> String {
    query
        .split(|c: char| !c.is_alphanumeric())
        .find(|t| fold::lower(t) == word)
        .unwrap_or(word)
        .to_string()
}

/// The searchable form of a corpus, built once and queried per keystroke.
pub struct SearchIndex {
    index: Index,
    matcher: SkimMatcherV2,
    /// Synonyms beyond the shipped ones (from `--content` folders); `None`: the shipped ones.
    synonyms: Option<std::sync::Arc<Synonyms>>,
    /// How a search shares its work over many entries among threads.
    split: cores::Split,
}

impl Default for SearchIndex {
    fn default() -> Self {
        SearchIndex::from_index(Index::default())
    }
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("entries", &self.index.len())
            .field("tokens", &self.index.tokens.len())
            .finish()
    }
}

/// A candidate entry during ranking.
#[derive(Debug, Clone, Copy)]
struct Cand {
    entry: usize,
    score: i64,
}

impl SearchIndex {
    pub fn build(corpus: &Corpus) -> SearchIndex {
        SearchIndex::from_index(Index::build(corpus))
    }

    fn from_index(index: Index) -> SearchIndex {
        SearchIndex {
            index,
            matcher: SkimMatcherV2::default(),
            synonyms: None,
            split: cores::Split::cores(),
        }
    }

    /// The index of a corpus loaded with `fingerprint`: from its snapshot when one was made
    /// from the same files by this build and fits the corpus; else built and snapshotted (see
    /// [`crate::cache`]).
    pub fn load_or_build(corpus: &Corpus, fingerprint: &Fingerprint) -> SearchIndex {
        let name = &fingerprint.sources;
        let snapshot = crate::cache::read_parts(name, fingerprint.key);
        if let Some(index) = snapshot.and_then(|p| SearchIndex::from_snapshot(&p, corpus.len())) {
            return index;
        }
        let mut index = SearchIndex::build(corpus);
        crate::cache::write_parts(name, fingerprint.key, &index.encode());
        index
    }

    /// The index a snapshot holds (the parts [`SearchIndex::encode`] makes), if it is intact,
    /// decodes and fits a corpus of `entries` entries.
    pub fn from_snapshot(parts: &crate::cache::Parts, entries: usize) -> Option<SearchIndex> {
        let index: Index = crate::cache::decode_with_texts(parts, 0)?;
        let fits = parts.len() == 4 && index.fits() && index.len() == entries;
        fits.then(|| SearchIndex::from_index(index))
    }

    /// The index as a snapshot holds it: its numbers, then its texts.
    pub fn encode(&mut self) -> Vec<Vec<u8>> {
        crate::cache::encode_with_texts(&mut self.index)
    }

    /// The same index searching with `synonyms` (the shipped ones extended by a `--content`
    /// folder's, see [`crate::corpus::load::Outcome::synonyms`]); `None` keeps the shipped ones.
    pub fn with_synonyms(mut self, synonyms: Option<std::sync::Arc<Synonyms>>) -> SearchIndex {
        self.synonyms = synonyms;
        self
    }

    /// The same index sharing its work among threads as `split` says (by default, among the
    /// machine's cores); what it finds is the same.
    pub fn with_split(mut self, split: cores::Split) -> SearchIndex {
        self.split = split;
        self
    }

    /// The synonyms given with [`SearchIndex::with_synonyms`], for an index rebuilt later.
    pub fn extra_synonyms(&self) -> Option<std::sync::Arc<Synonyms>> {
        self.synonyms.clone()
    }

    /// The synonyms searching uses.
    fn synonyms(&self) -> &Synonyms {
        self.synonyms
            .as_deref()
            .unwrap_or_else(|| Synonyms::builtin())
    }

    /// Number of distinct words indexed.
    pub fn token_count(&self) -> usize {
        self.index.tokens.len()
    }

    /// Reads a word the corpus holds nowhere, not even as the start of a word, that is one slip
    /// of typing from a question or function word as that word («хэдэг сар» asks «хэдэн сар»).
    fn read_slipped_light_words(&self, words: &mut [Word]) {
        let ti = &self.index.tokens;
        for w in words.iter_mut().filter(|w| !w.exact) {
            if ti.prefix_range(&w.key).is_empty()
                && let Some(light) = question::slipped_light_word(&w.key)
            {
                w.key = light.to_string();
            }
        }
    }

    /// Entries matching `query`, best first.
    pub fn search(&self, corpus: &Corpus, query: &str, opts: &SearchOptions) -> Vec<Hit> {
        self.find(corpus, query, opts).hits
    }

    /// The best entries matching `query` (at most the limit), and how many matched in all;
    /// a query typed on the Latin layout meaning Mongolian is read as meant ([`wrong_layout`]).
    pub fn find(&self, corpus: &Corpus, query: &str, opts: &SearchOptions) -> Found {
        let typed = self.find_as_typed(corpus, query, opts);
        self.or_as_on_mongolian_keys(corpus, query, opts, typed)
    }

    /// [`SearchIndex::find`] for the keys as typed.
    fn find_as_typed(&self, corpus: &Corpus, query: &str, opts: &SearchOptions) -> Found {
        let q = Query::parse(query);
        let ix = &self.index;
        let n = ix.len().min(corpus.len());
        if q.bad_kind || q.is_empty() || opts.limit == 0 {
            return Found::default();
        }
        let kind_ok = |i: usize| {
            ix.kind(i).is_some_and(|k| {
                opts.kind.is_none_or(|o| o == k) && (q.kinds.is_empty() || q.kinds.contains(&k))
            })
        };
        if q.words.is_empty() {
            return self.list_kind(corpus, n, &kind_ok, opts);
        }
        // (Room for every entry at once: most queries keep every kind.)
        let mut ok: Vec<usize> = Vec::with_capacity(n);
        ok.extend((0..n).filter(|&e| kind_ok(e)));
        let mut q = q;
        self.read_chat_latin(&mut q.words);
        self.read_slipped_light_words(&mut q.words);
        question::without_source_head(&mut q.words);
        question::without_framing_phrases(&mut q.words);
        question::indefinite_as_typed(&mut q.words);
        question::without_pronoun_it(query, &mut q.words);
        question::worked_as_success(&mut q.words);
        let spending = Question::of(query, &q.words).money;
        if spending {
            question::without_spending_verbs(&mut q.words);
        }
        // The short unit a count asks for is a whole word: «хэдэн га» (hectares) is not the
        // start of «гаалийн» (customs).
        if let Some(i) = question::counted(&q.words)
            && let Some(w) = q.words.get_mut(i).filter(|w| w.key.len() <= 2)
        {
            w.whole = true;
        }
        let reader = opts.lang;
        let (mut best, held): (Vec<Vec<u32>>, Vec<bool>) = (q.words.iter())
            .map(|w| self.word_matches_held(w, n, reader))
            .unzip();
        let by_synonym = self.add_synonyms(&q.words, &mut best, n, reader);
        let heavy: Vec<bool> = q
            .words
            .iter()
            .map(|w| w.exact || !question::is_light(&w.key))
            .collect();
        let near_only = (q.words.iter().enumerate())
            .filter(|&(i, _)| heavy[i] && !held[i] && !by_synonym[i])
            .map(|(_, w)| as_typed(query, &w.lower))
            .collect();
        // (Only a word the corpus holds as a synonym alone is spelled anew.)
        if (held.iter().zip(&by_synonym)).any(|(&h, &s)| s && !h) {
            self.as_spelled_here(&mut q.words, &held);
        }
        let full = ok
            .iter()
            .filter(|&&e| best.iter().zip(&heavy).all(|(b, &h)| !h || b[e] > 0))
            .count();
        if full < RECALL_BELOW {
            self.fuzzy_recall(&q.words, &heavy, &mut best, &ok);
        }
        let Some(plan) = Plan::new(&q.words, &best, &ok) else {
            return Found::default();
        };
        let mut asked = Question::of(query, &q.words);
        asked.money |= spending;
        let ranked = plan.ranked();
        let content: Vec<Word> = ranked.iter().map(|&i| q.words[i].clone()).collect();
        let qkey = content
            .iter()
            .map(|w| w.key.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let qkey_typed = (q.words.iter())
            .map(|w| w.key.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let phrase_fields: Vec<Vec<u16>> =
            q.phrases.iter().map(|p| self.phrase_fields(p, n)).collect();
        let mut focus = match asked.asks {
            true => self.focus(&q.words, &plan, &best, &ok, &asked),
            false => Vec::new(),
        };
        self.answer_in_its_links(corpus, &mut focus, &plan, &best, &asked, &ok);
        self.model_before_its_stages(corpus, &mut focus, &asked, &ok);
        self.contrast_before_its_sides(corpus, &mut focus, &plan, &best, &asked, &ok);
        let plurals = plural::plural_words(&q.words, &plan);
        self.list_before_its_items(corpus, &mut focus, &plurals, &best, &asked, &ok);
        let want = opts.limit + 20;
        let (mut cands, total, complete) = self.candidates(
            &Asked {
                plan: &plan,
                ranked: &ranked,
                best: &best,
                focus: &focus,
                question: &asked,
                qkey: &qkey,
                qkey_typed: &qkey_typed,
                phrase_fields: &phrase_fields,
                ok: &ok,
            },
            opts.limit,
            // Quoted phrases are checked in every candidate; else only the best are kept.
            q.phrases.is_empty().then_some(want),
        );
        if q.phrases.is_empty() {
            cands = self.best_cut(cands, want);
        }
        let phrases = Phrases {
            phrases: &q.phrases,
            fields: &phrase_fields,
        };
        // (A length of time asked, «хэдэн сар», is what the duration trait answers.)
        let counted_noun = (question::counted(&q.words))
            .filter(|_| asked.count && !asked.duration)
            .map(|i| &q.words[i]);
        let order = self.order(corpus, opts.lang);
        let (mut refined, counted) =
            self.refine(corpus, cands, &order, &phrases, (&content, &qkey), want);
        let required: Vec<&Word> = plan.content.iter().map(|&i| &q.words[i]).collect();
        let named = |e: usize| {
            focus.get(e).is_some_and(|&f| f > 0)
                && 2 * expand::in_title(&plan.content, &best, e) >= plan.content.len()
        };
        let head = |e: usize| expand::in_head(&plan.content, &best, e);
        self.closeness(corpus, &mut refined, &required, (named, head));
        self.count_bonus(corpus, &mut refined, counted_noun);
        self.sort(&mut refined, corpus, opts.lang);
        order::stages_in_order(&mut refined, corpus);
        refined.truncate(opts.limit);
        // Highlights and snippets show the content words.
        let noun = question::counted(&q.words).and_then(|i| ranked.iter().position(|&r| r == i));
        let counted_as = match asked.count {
            true => self.noun_synonyms(noun.and_then(|i| content.get(i))),
            false => Vec::new(),
        };
        let dress = Dress {
            detail: opts.detail,
            shown: opts.lang,
            figure: match (asked.count, asked.date) {
                (true, _) => Some(answer::Figure::Count),
                (_, true) => Some(answer::Figure::Year),
                _ => None,
            },
            noun,
            counted_as: &counted_as,
            cyrillic: q.words.iter().any(query::Word::is_cyrillic),
        };
        let shown: Vec<Vec<u32>> = ranked
            .iter()
            .map(|&i| std::mem::take(&mut best[i]))
            .collect();
        let hits = (refined.into_iter())
            .map(|c| self.hit(corpus, c, &shown, &content, dress))
            .collect();
        let complete = (counted.is_none() && complete < total).then_some(complete);
        let (total, exact) = counted.unwrap_or((total, true));
        Found {
            hits,
            total,
            exact,
            complete,
            near_only,
            read_as: None,
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_asked;
#[cfg(test)]
mod tests_framed;
#[cfg(test)]
mod tests_spelled;
#[cfg(test)]
mod tests_split;
#[cfg(test)]
mod tests_words;
