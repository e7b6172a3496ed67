//! Filling in a ranked hit: where it matched, the snippet around the match and the title
//! highlights — as much as the caller's [`Detail`] asks for.

use super::fields::fields_shown;
use super::index::FIELDS;
use super::query::Word;
use super::shorts::Short;
use super::{Cand, Detail, Field, Hit, SearchIndex, fold, highlight, rank};
use crate::corpus::Corpus;
use crate::corpus::model::{Bi, Entry};
use crate::lang::Lang;

/// How hits are filled in: how much, for a reader of which language, and with the snippet
/// holding the figure a question asks for (how many, when).
#[derive(Debug, Clone, Copy)]
pub(super) struct Dress {
    pub detail: Detail,
    pub shown: Lang,
    pub figure: Option<highlight::Figure>,
}

impl SearchIndex {
    /// The hit for candidate `c`; the entry itself is read only for the detail asked for.
    pub(super) fn hit(
        &self,
        corpus: &Corpus,
        c: Cand,
        best: &[Vec<u32>],
        words: &[Word],
        dress: Dress,
    ) -> Hit {
        let Dress {
            detail,
            shown,
            figure,
        } = dress;
        let places: Vec<(Field, Lang)> = best
            .iter()
            .filter(|b| b[c.entry] > 0)
            .map(|b| {
                let (fi, mn) = rank::unpack_place(b[c.entry]);
                (FIELDS[fi], if mn { Lang::Mn } else { Lang::En })
            })
            .collect();
        let (field, lang) = places
            .iter()
            .copied()
            .max_by_key(|(f, _)| rank::weight(*f))
            .unwrap_or((Field::Title, Lang::En));
        let deep = places
            .iter()
            .copied()
            .filter(|(f, _)| matches!(f, Field::Summary | Field::Body | Field::Fields))
            .min_by_key(|(f, _)| rank::weight(*f));
        let lang = deep.map_or(lang, |(_, l)| l);
        // Snippets are in the language typed (Cyrillic: Mongolian), else the reader's.
        let reading = match words.iter().any(Word::is_cyrillic) {
            true => Lang::Mn,
            false => shown,
        };
        let (snippet, snippet_highlights) = if detail >= Detail::Snippet {
            let e = corpus.entry(c.entry);
            let (text, text_lang) = match deep {
                // In the reader's language where the words match there too; an English
                // reader whose words matched only the Mongolian text reads what the entry is
                // about in English instead (a Mongolian reader is shown the English match).
                Some((f, l)) if l != reading => {
                    let theirs = long_text(e, f, reading);
                    match highlight::first_match(&theirs, words) {
                        Some(_) => (theirs, reading),
                        None if reading == Lang::En && !e.summary.show(reading).is_empty() => {
                            (e.summary.show(reading).to_string(), reading)
                        }
                        None => (long_text(e, f, l), l),
                    }
                }
                Some((f, l)) => (long_text(e, f, l), l),
                None => {
                    let short = self.index.shorts.of(c.entry).find(|s| {
                        s.field == field
                            && s.lang == lang
                            && matches!(field, Field::Alias | Field::Tag)
                            && !highlight::positions(s.lower, words, None).is_empty()
                    });
                    // Matched in a title or the id only: the summary, as the reader reads it.
                    match short {
                        Some(s) => (short_text(e, &s), lang),
                        None => (e.summary.show(reading).to_string(), reading),
                    }
                }
            };
            // A bare link reads as its entry's title, not its id.
            let titles = |id: &str| {
                (corpus.index_of(id.trim())).map(|i| corpus.title(i, text_lang).to_string())
            };
            match figure {
                Some(f) => highlight::snippet_with(&text, words, f, &titles),
                None => highlight::snippet_titled(&text, words, &titles),
            }
        } else {
            (String::new(), Vec::new())
        };
        // Positions in the title as shown in the reader's language (which is the other
        // language's title when one is missing); the other language's are not worked out.
        let title = |l: Lang| {
            (detail == Detail::Full && l == shown).then(|| {
                let title = corpus.title(c.entry, l);
                highlight::positions(title, words, Some(&self.matcher))
            })
        };
        Hit {
            entry: c.entry,
            score: c.score,
            field,
            lang,
            title_highlights: Bi {
                en: title(Lang::En),
                mn: title(Lang::Mn),
            },
            snippet,
            snippet_highlights,
        }
    }
}

fn long_text(e: &Entry, f: Field, lang: Lang) -> String {
    match f {
        Field::Summary => e.summary.show(lang).to_string(),
        Field::Body => e.body.show(lang).to_string(),
        _ => fields_shown(e, lang),
    }
}

fn short_text(e: &Entry, s: &Short<'_>) -> String {
    let list = match s.field {
        Field::Alias => e.aliases.get(s.lang),
        _ => e.tags.get(s.lang),
    };
    list.into_iter()
        .flatten()
        .find(|t| fold::lower(t) == s.lower)
        .cloned()
        .unwrap_or_default()
}
