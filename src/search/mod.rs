//! Search over the corpus. This first version is a plain case-insensitive substring match on
//! ids, titles, aliases, tags, summaries and bodies; the ranked, fuzzy, transliterating engine
//! replaces it behind the same interface ([`SearchIndex::build`], [`SearchIndex::search`]).

use serde::Serialize;

use crate::corpus::Corpus;
use crate::corpus::model::{Bi, Kind};
use crate::lang::Lang;

/// Where a query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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

/// What to search for and how many results to return.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Only entries of this kind (a `kind:` term in the query also filters).
    pub kind: Option<Kind>,
    pub limit: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            kind: None,
            limit: 50,
        }
    }
}

/// One result: the entry, how well it matched and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    pub field: Field,
    /// The language of the text that matched.
    pub lang: Lang,
    /// Char positions of matched characters in the entry's title, per language.
    pub title_highlights: Bi<Vec<usize>>,
    /// A short excerpt around the match, in the matched language.
    pub snippet: String,
}

/// The searchable form of a corpus, built once and queried per keystroke.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Lower-cased texts per entry: (field, lang, text).
    texts: Vec<Vec<(Field, Lang, String)>>,
}

fn char_positions(haystack: &str, needle: &str) -> Vec<usize> {
    let hay = haystack.to_lowercase();
    match hay.find(needle) {
        Some(byte) if hay.len() == haystack.len() => {
            let start = hay[..byte].chars().count();
            (start..start + needle.chars().count()).collect()
        }
        _ => Vec::new(),
    }
}

impl SearchIndex {
    pub fn build(corpus: &Corpus) -> SearchIndex {
        let texts = corpus
            .entries()
            .iter()
            .map(|e| {
                let mut v = vec![(Field::Id, Lang::En, e.id.clone())];
                for lang in Lang::ALL {
                    let mut add = |f, t: &str| v.push((f, lang, t.to_lowercase()));
                    add(Field::Title, e.title.get(lang).map_or("", |s| s));
                    for a in e.aliases.get(lang).into_iter().flatten() {
                        add(Field::Alias, a);
                    }
                    for t in e.tags.get(lang).into_iter().flatten() {
                        add(Field::Tag, t);
                    }
                    add(Field::Summary, e.summary.get(lang).map_or("", |s| s));
                    add(Field::Body, e.body.get(lang).map_or("", |s| s));
                }
                v
            })
            .collect();
        SearchIndex { texts }
    }

    /// Entries matching `query`, best first.
    pub fn search(&self, corpus: &Corpus, query: &str, opts: &SearchOptions) -> Vec<Hit> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        let weight = |f: Field| match f {
            Field::Id => 100,
            Field::Title => 90,
            Field::Alias => 70,
            Field::Tag => 60,
            Field::Fields => 50,
            Field::Summary => 40,
            Field::Body => 20,
        };
        let mut hits: Vec<Hit> = Vec::new();
        for (i, texts) in self.texts.iter().enumerate() {
            let e = corpus.entry(i);
            if opts.kind.is_some_and(|k| e.kind != k) {
                continue;
            }
            let best = texts
                .iter()
                .filter(|(_, _, t)| t.contains(&q))
                .max_by_key(|(f, _, _)| weight(*f));
            if let Some((field, lang, text)) = best {
                let at = text.find(&q).unwrap_or(0);
                let start = text[..at]
                    .char_indices()
                    .rev()
                    .nth(30)
                    .map_or(0, |(b, _)| b);
                let snippet: String = text[start..].chars().take(80).collect();
                hits.push(Hit {
                    entry: i,
                    score: weight(*field),
                    field: *field,
                    lang: *lang,
                    title_highlights: Bi {
                        en: Some(char_positions(e.title.show(Lang::En), &q)),
                        mn: Some(char_positions(e.title.show(Lang::Mn), &q)),
                    },
                    snippet,
                });
            }
        }
        hits.sort_by(|a, b| {
            b.score.cmp(&a.score).then_with(|| {
                let len = |h: &Hit| corpus.entry(h.entry).title.show(Lang::En).chars().count();
                len(a).cmp(&len(b))
            })
        });
        hits.truncate(opts.limit);
        hits
    }
}
