//! Closeness: whether the words a query matches in an entry sit together or are scattered over
//! a long body. A word in a title, alias, tag or id is about the whole entry; the summary is one
//! passage; the body and kind fields are read as passages (a line — a list item, a table row —
//! cut at each sentence's end). The words an entry holds outside its head and its best passage
//! are scattered: each counts as one word fewer matched ([`rank::SCATTERED`]), so a long entry that
//! mentions every word of a question somewhere comes after a focused one that says them
//! together. Only the best candidates are read (each read decodes the entry).

use std::cell::OnceCell;
use std::ops::ControlFlow;

use rustc_hash::FxHashMap as FxMap;

use super::fields::fields_text;
use super::passages::{self, Piece};
use super::query::Word;
use super::skipped::vowel_left_out;
use super::stem::same_stem;
use super::{Cand, SearchIndex, english, rank};
use crate::corpus::Corpus;
use crate::corpus::model::Entry;
use crate::lang::Lang;
use crate::text::key_start::{self, Letters};
use crate::text::translit::{KeyBuilder, word_key};

/// A query word as a text word is compared with it: its key, and the part of its English stem
/// a form of it starts with.
pub(super) struct Sought<'a> {
    key: &'a str,
    english: Option<(String, String)>,
}

impl Sought<'_> {
    pub(super) fn new(key: &str) -> Sought<'_> {
        let st = english::stem(key);
        let english = (st.len() >= english::SHORTEST && st.len() < key.len()).then(|| {
            let shared = st.get(..st.len() - 1).unwrap_or(&st).to_owned();
            (st.into_owned(), shared)
        });
        Sought { key, english }
    }

    /// The first two letters ([`first_two`]) of every key this word is found in: its own, or
    /// its English stem's.
    fn first_twos(&self) -> impl Iterator<Item = [u8; 2]> {
        let stem = self.english.as_ref().map(|(st, _)| first_two(st));
        std::iter::once(first_two(self.key)).chain(stem)
    }

    /// Whether a text word (its key `token`) is a form of this word: the same word, a longer
    /// word it starts, a case form, the word with an inner vowel left out, or an English form
    /// of it. A word of one or two letters only as itself. Every way keeps the first two
    /// letters (or the whole of a shorter word): [`Self::first_twos`].
    pub(super) fn found_in(&self, token: &str) -> bool {
        let word = self.key;
        // Every way below keeps the first letter: a word that starts otherwise is none of them.
        if word.as_bytes().first() != token.as_bytes().first() {
            return false;
        }
        if word.len() <= 2 {
            return word == token;
        }
        rank::word_prefix(word, token)
            || same_stem(word, token)
            || vowel_left_out(word.as_bytes(), token.as_bytes())
            || self.english.as_ref().is_some_and(|(st, shared)| {
                token.starts_with(shared.as_str()) && english::same_word(st, token)
            })
    }
}

/// The first two bytes of a key, a zero for each it lacks.
fn first_two(key: &str) -> [u8; 2] {
    let b = key.as_bytes();
    [b.first(), b.get(1)].map(|b| b.copied().unwrap_or(0))
}

/// The query words (a bit each, by position in `words`) that the words of `text` are forms of,
/// one set per passage, passed to `each` until it breaks. Each written word is keyed and compared
/// once per search; a word whose key starts with no query word's letter is not even looked up.
fn passages<'t>(
    text: &'t str,
    words: &[Sought<'_>],
    reading: &mut Reading<'t>,
    mut each: impl FnMut(u32) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let Reading {
        seen,
        keys,
        starts,
        first_twos,
    } = reading;
    let mut found = 0u32;
    passages::read(text, *starts, |piece| match piece {
        Piece::Word(raw) => {
            found |= *seen.entry(raw).or_insert_with(|| {
                let key = word_key(raw, keys);
                let two = first_two(key);
                let maybe = (first_twos.iter())
                    .filter(|&&(t, _)| t == two)
                    .fold(0, |m, &(_, bits)| m | bits);
                (words.iter().enumerate())
                    .filter(|&(i, w)| maybe & (1 << i) != 0 && !key.is_empty() && w.found_in(key))
                    .fold(0, |m, (i, _)| m | (1 << i))
            });
            ControlFlow::Continue(())
        }
        Piece::End => match std::mem::take(&mut found) {
            0 => ControlFlow::Continue(()),
            f => each(f),
        },
    })
}

/// What the candidates of one search share while they are read: each written word's set of
/// query words, worked out once however many entries write it, the key builder, the letters
/// the query words' keys start with, and the query words (a bit each) whose forms start with
/// each two letters.
pub(super) struct Reading<'t> {
    seen: FxMap<&'t str, u32>,
    keys: KeyBuilder,
    starts: Letters,
    first_twos: Vec<([u8; 2], u32)>,
}

impl Reading<'_> {
    pub(super) fn new(words: &[Sought<'_>]) -> Self {
        Reading {
            seen: FxMap::default(),
            keys: KeyBuilder::new(false),
            starts: key_start::first_letters(words.iter().map(|w| w.key)),
            first_twos: (words.iter().enumerate())
                .flat_map(|(i, w)| w.first_twos().map(move |t| (t, 1 << i)))
                .collect(),
        }
    }
}

/// How many of `words` (their keys) entry `e` holds scattered: located in its text, but
/// neither in its head (title, aliases, tags, id) nor in the one passage holding most of the
/// rest. A word matched in a way not located here (a synonym, a slip) is not counted.
/// `fields` gives the entry's kind fields as text, in [`Lang::ALL`]'s order (read last, and
/// only if still needed).
/// `head` holds the words the search matched in the head in other ways (a synonym).
/// Reading stops at a passage that holds every word the head does not.
pub(super) fn scattered<'t>(
    ix: &SearchIndex,
    (entry, e, mut head): (&'t Entry, usize, u32),
    fields: impl FnOnce() -> &'t [String; 2],
    words: &[Sought<'_>],
    reading: &mut Reading<'t>,
) -> u32 {
    for s in ix.index.shorts.of(e) {
        for t in s.words.split(' ') {
            for (i, w) in words.iter().enumerate() {
                if w.found_in(t) {
                    head |= 1 << i;
                }
            }
        }
    }
    let all = u32::MAX
        .checked_shr(u32::BITS - words.len() as u32)
        .unwrap_or(0);
    let rest = all & !head;
    if rest == 0 {
        return 0;
    }
    let (mut located, mut best) = (0u32, 0u32);
    let mut take = |found: u32| {
        located |= found & rest;
        best = best.max((found & rest).count_ones());
        match best == rest.count_ones() {
            true => ControlFlow::Break(()),
            false => ControlFlow::Continue(()),
        }
    };
    // The order texts are read in changes nothing but how soon a passage holding every word
    // is met: the summaries, which say what the whole entry is about, come first.
    let summaries = Lang::ALL.map(|lang| entry.summary.get(lang));
    let bodies = Lang::ALL.map(|lang| entry.body.get(lang));
    let read = (|| {
        for s in summaries.into_iter().flatten() {
            // The summary is one passage.
            let mut whole = 0;
            let _ = passages(s, words, reading, |f| {
                whole |= f;
                ControlFlow::Continue(())
            });
            take(whole)?;
        }
        for b in bodies.into_iter().flatten() {
            passages(b, words, reading, &mut take)?;
        }
        for f in fields() {
            passages(f, words, reading, &mut take)?;
        }
        ControlFlow::Continue(())
    })();
    match read {
        ControlFlow::Break(()) => 0,
        ControlFlow::Continue(()) => located.count_ones().saturating_sub(best),
    }
}

/// An entry's kind fields as text, in [`Lang::ALL`]'s order.
pub(super) fn kind_fields(entry: &Entry) -> [String; 2] {
    Lang::ALL.map(|l| fields_text(entry, l))
}

impl SearchIndex {
    /// Each of `cands` less [`rank::SCATTERED`] per required word it holds scattered (see the
    /// module doc); the entries a question names (`named`) keep their score. `head` gives the
    /// required words (a bit each) the search matched in an entry's head, a synonym too. Only
    /// the first 32 words are read (a question is shorter).
    pub(super) fn closeness(
        &self,
        corpus: &Corpus,
        cands: &mut [Cand],
        required: &[&Word],
        (named, head): (impl Fn(usize) -> bool, impl Fn(usize) -> u32),
    ) {
        if required.len() < 2 {
            return;
        }
        let words: Vec<Sought<'_>> = (required.iter().take(u32::BITS as usize))
            .map(|w| Sought::new(&w.key))
            .collect();
        let read: Vec<usize> = (cands.iter().enumerate())
            .filter(|(_, c)| !named(c.entry))
            .map(|(i, _)| i)
            .collect();
        let fields: Vec<OnceCell<[String; 2]>> = read.iter().map(|_| OnceCell::new()).collect();
        let mut reading = Reading::new(&words);
        for (&i, fields) in read.iter().zip(&fields) {
            let e = cands[i].entry;
            let at = (corpus.entry(e), e, head(e));
            let fields = || fields.get_or_init(|| kind_fields(at.0));
            let apart = scattered(self, at, fields, &words, &mut reading);
            cands[i].score -= i64::from(apart) * rank::SCATTERED;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::model::Kind;
    use crate::search::SearchOptions;
    use crate::search::tests::e;

    /// A long guide that mentions every word of a question somewhere, and a short entry that
    /// says them in one sentence (the guide holds one word more, in the same sentence as none
    /// of the others).
    fn guide_and_focused() -> Corpus {
        let long = "The export figures come from a survey.\n\n\
            - Members grew after joining.\n- Support reached firms in many places.\n\n\
            | Stage | Sign |\n|---|---|\n| Local | a cluster at home |\n\n\
            Some parks share their percent of sales. Later work asks much more.";
        Corpus::new(vec![
            e(
                "guide",
                Kind::Definition,
                "A guide to stages",
                "Үе шатны заавар",
                &[],
                long,
                "",
            ),
            e(
                "focused",
                Kind::Finding,
                "Effects on members",
                "Гишүүдэд үзүүлсэн нөлөө",
                &[],
                "After cluster support, members' export grew by a percent.",
                "",
            ),
        ])
    }

    #[test]
    fn words_said_together_come_before_words_scattered_over_a_long_body() {
        let c = guide_and_focused();
        let ix = SearchIndex::build(&c);
        let q = "cluster support members export grew percent sales";
        let ids: Vec<&str> = (ix.search(&c, q, &SearchOptions::in_lang(Lang::En)).iter())
            .map(|h| c.entry(h.entry).id.as_str())
            .collect();
        assert_eq!(ids, ["focused", "guide"], "{q}");
    }

    #[test]
    fn words_in_the_title_count_as_together_with_any_passage() {
        let c = guide_and_focused();
        let ix = SearchIndex::build(&c);
        let guide = c.index_of("guide").expect("guide");
        // Each written word as a query holds it: its key («guide» is `goide`, «export» `eksport`).
        let apart_in = |e: usize, words: &[&str]| {
            let mut b = KeyBuilder::new(false);
            let keys: Vec<String> = words
                .iter()
                .map(|w| word_key(w, &mut b).to_owned())
                .collect();
            let sought: Vec<Sought<'_>> = keys.iter().map(|k| Sought::new(k)).collect();
            let fields = kind_fields(c.entry(e));
            scattered(
                &ix,
                (c.entry(e), e, 0),
                || &fields,
                &sought,
                &mut Reading::new(&sought),
            )
        };
        assert_eq!(apart_in(guide, &["guide", "stages", "percent", "sales"]), 0);
        // members (a list item), local (a table row), percent (a sentence): one passage holds
        // one of them, so two are scattered.
        assert_eq!(apart_in(guide, &["members", "local", "percent"]), 2);
        // The body's first line is a passage too.
        assert_eq!(apart_in(guide, &["export", "members"]), 1);
        assert_eq!(apart_in(guide, &["export", "survey", "members"]), 1);
        // A word of the title is about the whole entry: «guide» goes with any one passage.
        assert_eq!(apart_in(guide, &["guide", "export", "members"]), 1);
        let focused = c.index_of("focused").expect("focused");
        assert_eq!(apart_in(focused, &["export", "members", "percent"]), 0);
    }

    /// A question of more words than a bit set holds (a pasted paragraph) is read, its first
    /// 32 words for closeness.
    #[test]
    fn a_question_longer_than_thirty_two_words_is_read() {
        let c = guide_and_focused();
        let ix = SearchIndex::build(&c);
        let q = "export figures come survey members grew after joining support reached firms \
            many places stage sign local cluster home parks share percent sales later work asks \
            much more guide stages figures survey members joining reached places sign local";
        assert!(q.split_whitespace().count() > 32);
        let hits = ix.search(&c, q, &SearchOptions::in_lang(Lang::En));
        let first = hits.first().map(|h| c.entry(h.entry).id.as_str());
        assert_eq!(first, Some("guide"), "{q}");
    }

    proptest::proptest! {
        /// A text word a query word is found in starts with the same two letters.
        #[test]
        fn a_form_of_a_word_starts_with_its_first_two_letters(
            word in "(un|co|in|ho|ba)?[a-z]{1,9}",
            token in "(un|co|in|ho|ba)?[a-z]{0,12}",
        ) {
            let w = Sought::new(&word);
            let full = format!("{word}{token}");
            for t in [token.as_str(), &full, word.get(..word.len() - 1).unwrap_or("")] {
                if !t.is_empty() && w.found_in(t) {
                    proptest::prop_assert!(w.first_twos().any(|two| two == first_two(t)), "{word} {t}");
                }
            }
        }
    }

    #[test]
    fn forms_of_a_word_are_found_short_words_only_whole() {
        assert!(Sought::new("park").found_in("parks"));
        assert!(Sought::new("universities").found_in("university"));
        assert!(Sought::new("financing").found_in("financial"));
        assert!(!Sought::new("ha").found_in("hab"));
        assert!(Sought::new("ha").found_in("ha"));
    }
}
