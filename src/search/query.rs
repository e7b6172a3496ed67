//! Query syntax: words, `kind:` filters and "quoted phrases".
//!
//! * Words are separated by spaces and match in any field, in any order (which must match is
//!   [`super::strategy`]'s call). A word is reduced to its ASCII key, so punctuation inside it
//!   splits it (`sti-park` is `sti park`), but a case ending after a hyphen belongs to the word
//!   before it and is dropped (`ШУТИ-ийн`, `Socratus-iin`).
//! * `kind:K` (English or Mongolian kind name, see [`Kind::parse`]) keeps only entries of kind K;
//!   an unknown kind matches nothing.
//! * `"quoted words"` must occur exactly, as a phrase, case-insensitively (no transliteration, no
//!   prefix or typo tolerance). An unclosed quote runs to the end of the query.

use super::fold::lower;
use super::stem::is_case_ending;
use super::translit::key_text;
use crate::corpus::model::Kind;

/// One word to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word as typed, lower-cased (for the exact-letter bonus).
    pub lower: String,
    /// Its ASCII key.
    pub key: String,
    /// From a quoted phrase: only whole-token matches count.
    pub exact: bool,
    /// A Cyrillic word of one or two letters followed by others: typed whole, so it names
    /// whole words only («га», hectares, is not the start of «гаалийн»); the last word may be
    /// half typed. (In Latin letters such words are mostly function words or the halves of
    /// "R&D", which rank as before.)
    pub whole: bool,
}

impl Word {
    /// A word standing for `key` itself, not typed: a synonym's member, read as any query
    /// word is (prefixes, case forms).
    pub fn keyed(key: &str) -> Word {
        Word {
            lower: key.to_string(),
            key: key.to_string(),
            exact: false,
            whole: false,
        }
    }

    /// True when the word was typed in Cyrillic (or other non-ASCII letters).
    pub fn is_cyrillic(&self) -> bool {
        !self.lower.is_ascii()
    }

    /// How many letters were typed: «хоршоо» has six, though its key "horshoo" has seven.
    pub fn letters(&self) -> usize {
        self.lower.chars().count()
    }
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<Word>,
    /// Lower-cased phrases that must occur verbatim.
    pub phrases: Vec<String>,
    pub kinds: Vec<Kind>,
    /// A `kind:` term named no kind.
    pub bad_kind: bool,
}

impl Query {
    pub fn parse(q: &str) -> Query {
        let mut out = Query::default();
        for (i, part) in q.split('"').enumerate() {
            if i % 2 == 1 {
                out.phrase(part);
                continue;
            }
            for term in part.split_whitespace() {
                let low = lower(term);
                if let Some(k) = low.strip_prefix("kind:") {
                    match Kind::parse(k) {
                        Some(kind) => out.kinds.push(kind),
                        None if k.is_empty() => {}
                        None => out.bad_kind = true,
                    }
                    continue;
                }
                out.add_words(&without_hyphen_endings(without_possessive(term)), false);
            }
        }
        if let Some((_, typed)) = out.words.split_last_mut() {
            for w in typed
                .iter_mut()
                .filter(|w| w.key.len() <= 2 && w.is_cyrillic())
            {
                w.whole = true;
            }
        }
        out
    }

    fn phrase(&mut self, p: &str) {
        let p = lower(p.trim());
        if p.is_empty() {
            return;
        }
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        self.add_words(&phrase_words(&p), true);
        self.phrases.push(p);
    }

    fn add_words(&mut self, term: &str, exact: bool) {
        let k = key_text(term);
        let parts: Vec<&str> = k.split(' ').filter(|w| !w.is_empty()).collect();
        let raw: Vec<String> = term
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(lower)
            .collect();
        for (i, w) in parts.iter().enumerate() {
            self.words.push(Word {
                lower: if raw.len() == parts.len() {
                    raw[i].clone()
                } else {
                    lower(term)
                },
                key: (*w).to_string(),
                exact,
                whole: false,
            });
        }
    }

    /// The keys of all words joined by single spaces (compared with whole titles).
    pub fn joined_key(&self) -> String {
        self.words
            .iter()
            .map(|w| w.key.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.kinds.is_empty() && !self.bad_kind
    }
}

/// `term` without an English possessive `'s` ("Mongolia's" → "Mongolia"): the `s` would be
/// a word of its own that only entries writing the possessive hold.
fn without_possessive(term: &str) -> &str {
    ["'s", "’s", "'S", "’S"]
        .iter()
        .find_map(|p| term.strip_suffix(p))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(term)
}

/// The words of a phrase as the index holds them: case endings after a hyphen are part of the
/// word before them (`ЕХ-ноос гадуурх` → `ЕХ гадуурх`).
pub(super) fn phrase_words(phrase: &str) -> String {
    let words: Vec<String> = phrase.split(' ').map(without_hyphen_endings).collect();
    words.join(" ")
}

/// `term` without the case endings written after a hyphen (`ШУТИ-ийн` → `ШУТИ`,
/// `Socratus-iin` → `Socratus`).
fn without_hyphen_endings(term: &str) -> String {
    let mut parts = term.split('-');
    let mut out = parts.next().unwrap_or_default().to_string();
    for p in parts {
        if out.is_empty() || !is_case_ending(key_text(p).trim()) {
            out.push('-');
            out.push_str(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_kinds_and_phrases() {
        let q = Query::parse("kind:бодлого Cluster \"Technology  Transfer\" ХӨВСГӨЛ");
        assert_eq!(q.kinds, vec![Kind::Policy]);
        assert_eq!(q.phrases, vec!["technology transfer"]);
        let keys: Vec<&str> = q.words.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, vec!["closter", "technologi", "transfer", "hovsgol"]);
        assert!(q.words[1].exact && !q.words[0].exact);
        assert_eq!(q.words[3].lower, "хөвсгөл");
        assert!(q.words[3].is_cyrillic());
    }

    #[test]
    fn kind_terms() {
        assert!(Query::parse("kind:nothing x").bad_kind);
        assert_eq!(Query::parse("KIND:Policies").kinds, vec![Kind::Policy]);
        assert!(Query::parse("  ").is_empty());
        assert_eq!(Query::parse("sti-park").joined_key(), "sti park");
        assert_eq!(Query::parse("\"open").phrases, vec!["open"]);
        assert_eq!(Query::parse("ШУТИ-ийн парк").joined_key(), "shoti park");
        assert_eq!(Query::parse("Socratus-iin").joined_key(), "socratos");
        assert_eq!(Query::parse("co-creation").joined_key(), "co creation");
        assert_eq!(
            Query::parse("Mongolia's parks").joined_key(),
            "mongolia parks"
        );
        assert_eq!(Query::parse("Mongolia’s").joined_key(), "mongolia");
    }
}
