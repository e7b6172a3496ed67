//! Scoring. Every hit gets one `i64` score; higher is better.
//!
//! ```text
//! score = required words matched × 100_000_000_000   (see super::strategy: all of them unless
//!                                                      fewer entries than asked for match all;
//!                                                      an entry a question names counts as all)
//!       − scattered × 100_000_000_000               (of the best candidates, each required word
//!                                                      held neither in the title, aliases, tags
//!                                                      or id nor in the passage — sentence, list
//!                                                      item, table row, the summary — holding
//!                                                      most of the others: super::closeness)
//!       + title words a question names × 10_000_000_000 (a question — "what is X", «X гэж юу
//!                                                      вэ», "X vs Y" — puts the entries whose
//!                                                      whole title, alias or title head it
//!                                                      contains first, longer titles first;
//!                                                      half a step more for a whole title or
//!                                                      name than for the subject before a
//!                                                      colon; a title holding all the
//!                                                      question's words, all but one, or
//!                                                      more than two thirds, counts as named;
//!                                                      an entry named without what a count or
//!                                                      date question asks names the one entry
//!                                                      it links to that has it: super::expand;
//!                                                      a comparison names the entry a side
//!                                                      links to that contrasts the two one
//!                                                      step above the sides: super::contrast)
//!       + wanted × 10_000_000_000                  (as much as one title word named: a question
//!                                                      asking how many, or when, and an entry whose
//!                                                      facts carry a count, or that has a date or
//!                                                      year field — in the year typed, when one
//!                                                      is: see super::traits; or a question asking
//!                                                      what is recommended and a recommendation —
//!                                                      an action: half of it; or one asking what
//!                                                      went wrong and a finding; or one
//!                                                      naming a kind — «зөвлөмж», «гол
//!                                                      асуудал» — and an entry of it)
//!       + frequent words matched × 1_000_000_000   (words in most entries rank, never filter)
//!       + counted       × 1_000_000_000          (a question asking how many, and an entry
//!                                                      whose key figures, summary or table
//!                                                      count the very thing asked: «14 парк»)
//!       + rarity share × 1_000_000                 (thousandths of the query's rarity carried by
//!                                                      the required words matched: "which words";
//!                                                      an entry named counts as matching all,
//!                                                      but its share is what it matches)
//!       + tier          ×     10_000_000      (4: the query is a title, alias or the id, or
//!                                              the part of a title before a parenthesis;
//!                                           3: the same word by word, each query word a
//!                                              prefix or case form of the title word
//!                                              ("incub" → Incubator); or the subject
//!                                              before a title's colon, typed whole (it
//!                                              is what the entry is about, not its name);
//!                                           2: the query words start a title, alias or id,
//!                                              or cover a colon's subject word by word, or
//!                                              one word is the title's last ("park" → STI park);
//!                                           1: otherwise)
//!       + cover         ×          1_000      (for tiers 2–4: the share of the title's or alias's
//!                                           words that the query covers, in thousandths, so
//!                                           "sea buckthorn" prefers the alias "sea buckthorn
//!                                           cluster" to a six-word title starting the same)
//!       + Σ over required and frequent words of  weight(field) × strength(match)
//!       + Σ over light words matched of the same / 100
//!       + exact-letter bonus + title fuzzy bonus + links in + kind prior
//! ```
//!
//! Tiers and covers compare titles with the required and frequent words only: question and
//! function words ("what", «юу вэ») are left out.
//!
//! * Each query word counts once, with its best match in the entry: `weight` is 100 for the title,
//!   80 alias, 70 tag, 60 id, 40 summary, 30 kind-specific fields, 20 body; `strength` is 10 for a
//!   whole word, 9 for a Mongolian case form of it (the same stem, [`super::stem`]:
//!   "chatsargana" → чацарганын, хуулийн → хууль; or the word typed with an inner vowel left
//!   out, [`super::skipped`]: `honglolt` → хөнгөлөлт), 7–9 for a prefix (more of the word
//!   typed scores higher), 6–8 for a prefix once the last letter is dropped, 6 for a one-edit typo
//!   and 5 for a fuzzy (subsequence) match on a short field. So a title beats an alias or tag,
//!   which beat the summary, which beats the body, and an exact word beats a prefix beats a typo
//!   in the same field.
//! * The exact-letter bonus ([`EXACT_LETTERS`] per word) rewards words found in a title, alias or
//!   tag with the very letters typed (before folding ө→о, ү→у): "өр" prefers "өр" to "ор".
//! * The title fuzzy bonus (SkimMatcherV2 score of the whole query against the title key / 8,
//!   at most [`FUZZY_CAP`]) prefers titles where the query is compact and early.
//! * Links in: how many entries link to this one, at most [`LINKS_IN_CAP`] — small next to a
//!   field or strength step, it lifts the entry a topic hangs from above its satellites when they
//!   match equally well ("chatsargana": the sea buckthorn cluster case above its timeline stages).
//! * Kind prior ([`kind_prior`]): a definition 60, a case or policy 40 … a source 0 — below one
//!   step of strength, so that the entry about a thing leads those that mention it.
//! * Words are matched as [`super::strategy`] says: light words never filter, unmatched words
//!   are dropped, and entries matching fewer required words come after those matching all,
//!   only when fewer than the limit match all.
//! * Ties are broken by the shorter title, then by alphabetical order of titles; stages of one
//!   model scored alike come in their order ([`super::order`]).

use super::Field;
use crate::corpus::model::Kind;

pub const WORDS: i64 = 100_000_000_000;
/// Each required word an entry holds only scattered, away from its head and its best passage
/// ([`super::closeness`]): one word matched less.
pub const SCATTERED: i64 = WORDS;
pub const FOCUS: i64 = 10_000_000_000;
/// Each frequent word matched (it ranks, but does not filter: see [`super::strategy`]).
pub const FREQUENT: i64 = 1_000_000_000;
pub const RARITY: i64 = 1_000_000;
pub const TIER: i64 = 10_000_000;
/// An entry holding what a question asks for (a count, a date): as much as one step of how
/// closely the question names it, so the entry with the figure comes before one named as
/// closely without it.
pub const WANTED: i64 = FOCUS;
/// An entry stating a count of the very thing a question asks how many of («14 парк» for
/// «хэдэн парк»): more than how closely its title is named, less than one step of focus.
pub const COUNTED: i64 = FREQUENT;
/// A light word's match counts a hundredth of a content word's: a whole title word then
/// weighs less than the kind prior, so a title that is itself a question ("What is a
/// cluster?", a tour) does not come before the entry that answers it.
pub const LIGHT: i64 = 100;

/// A small preference by kind, below one step of match strength: the entry that is about a
/// thing (a definition, a case, a policy) before the findings, actions and sources that
/// mention it.
pub fn kind_prior(kind: Kind) -> i64 {
    match kind {
        Kind::Definition => 60,
        Kind::Case | Kind::Policy => 40,
        Kind::Stage => 30,
        Kind::Figure | Kind::Finding | Kind::Recommendation => 20,
        Kind::Action => 10,
        Kind::Source | Kind::Tour => 0,
    }
}
/// What a question asking what is recommended ("what does UNCTAD recommend", «юу зөвлөсөн»)
/// wants of an entry's kind: a recommendation what [`WANTED`] gives, an action (a part of one)
/// half of it, the others nothing.
pub fn advice(kind: Kind) -> i64 {
    match kind {
        Kind::Recommendation => WANTED,
        Kind::Action => WANTED / 2,
        _ => 0,
    }
}
/// What a question asking what went wrong ("what went wrong with X", «X яагаад бүтэлгүйтсэн»)
/// wants of an entry's kind: a finding what [`WANTED`] gives, the others nothing.
pub fn fault(kind: Kind) -> i64 {
    match kind {
        Kind::Finding => WANTED,
        _ => 0,
    }
}
/// What a question asking where something comes from ("where do these numbers come from",
/// «хаанаас гарсан бэ») wants of an entry's kind: a source what [`WANTED`] gives.
pub fn origin(kind: Kind) -> i64 {
    match kind {
        Kind::Source => WANTED,
        _ => 0,
    }
}
/// What a query naming a kind ("zovlomj", «гол асуудал», "policies": super::question's
/// `kind`) wants of an entry's kind: an entry of that kind what [`WANTED`] gives.
pub fn named_kind(named: Kind, kind: Kind) -> i64 {
    match named == kind {
        true => WANTED,
        false => 0,
    }
}
pub const COVER: i64 = 1_000;
pub const EXACT_LETTERS: i64 = 5;
/// Per word, after the first, of the longest run of the query's words a title holds in the
/// query's order: of entries otherwise level, the one whose title says the words together.
pub const RUN_WORD: i64 = 10;
pub const FUZZY_CAP: i64 = 40;
pub const LINKS_IN_CAP: u32 = 20;

/// The links-in bonus of an entry linked from `links_in` others.
pub fn links_in(links_in: u32) -> i64 {
    i64::from(links_in.min(LINKS_IN_CAP))
}

/// Whether query word `q` is a prefix of title word `t`, allowing a changed last letter for
/// words of five letters or more (Mongolian suffixes: чацаргана → чацарганын).
pub fn word_prefix(q: &str, t: &str) -> bool {
    t.starts_with(q) || (q.len() >= 5 && t.starts_with(&q[..q.len() - 1]))
}

/// How much a match in `field` is worth.
pub fn weight(field: Field) -> u32 {
    match field {
        Field::Title => 100,
        Field::Alias => 80,
        Field::Tag => 70,
        Field::Id => 60,
        Field::Summary => 40,
        Field::Fields => 30,
        Field::Body => 20,
    }
}

pub const EXACT: u32 = 10;
/// A Mongolian case form of the word typed ("chatsargana" → чацарганын, чацарганаас).
pub const INFLECTED: u32 = 9;

/// Whether `token` is a case form of `word` (the same stem, see [`super::stem`]): the word
/// with a case or plural ending, its final vowel dropped or restored (чацаргана → чацарганын,
/// хууль → хуулийн).
pub fn inflected(word: &str, token: &str) -> bool {
    word.len() >= 4 && token != word && super::stem::same_stem(token, word)
}
pub const TYPO: u32 = 6;
pub const FUZZY: u32 = 5;

/// Strength of a prefix match: `typed` bytes of a `token_len`-byte token.
pub fn prefix(typed: usize, token_len: usize) -> u32 {
    if typed >= token_len {
        EXACT
    } else {
        7 + (2 * typed / token_len.max(1)) as u32
    }
}

/// A word's best match in one entry, packed so that `max` picks the best:
/// score in the high bits, then field index and language.
pub fn pack(score: u32, field_index: usize, mn: bool) -> u32 {
    (score << 4) | ((field_index as u32) << 1) | u32::from(mn)
}

/// The score of a packed match.
pub fn unpack_score(p: u32) -> u32 {
    p >> 4
}

/// Whether a packed match is at least `strength` strong (its score over its field's weight).
pub fn at_least(p: u32, strength: u32) -> bool {
    let (fi, _) = unpack_place(p);
    p > 0 && unpack_score(p) >= weight(super::index::FIELDS[fi]) * strength
}

/// The field index and language of a packed match.
pub fn unpack_place(p: u32) -> (usize, bool) {
    (((p >> 1) & 7) as usize, p & 1 == 1)
}

/// The title fuzzy bonus from a SkimMatcherV2 score.
pub fn fuzzy_bonus(score: i64) -> i64 {
    (score / 8).clamp(0, FUZZY_CAP)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::translit::key_text;

    #[test]
    fn mongolian_case_forms_are_inflections() {
        let word = key_text("чацаргана");
        assert!(inflected(&word, &key_text("чацарганын")), "genitive");
        assert!(inflected(&word, &key_text("чацарганаас")), "ablative");
        assert!(inflected(&key_text("кластер"), &key_text("кластерийн")));
        assert!(!inflected(&key_text("кластер"), &key_text("кластерчлал")));
        assert!(!inflected("cl", "clin"), "too short to tell");
    }

    #[test]
    fn fields_dominate_and_strengths_order() {
        assert!(weight(Field::Title) > weight(Field::Alias));
        assert!(weight(Field::Alias) > weight(Field::Summary));
        assert!(weight(Field::Summary) > weight(Field::Body));
        assert!(prefix(3, 7) < prefix(6, 7) && prefix(6, 7) < EXACT);
        assert!(TYPO < prefix(1, 10) && FUZZY < TYPO);
        let p = pack(900, 5, true);
        assert_eq!(unpack_score(p), 900);
        assert_eq!(unpack_place(p), (5, true));
        assert!(pack(900, 1, false) > pack(800, 6, true));
    }
}
