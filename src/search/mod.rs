//! Search over the corpus. This first version is a plain case-insensitive substring match on
//! ids, titles, aliases, tags, summaries and bodies; the ranked, fuzzy, transliterating engine
//! replaces it behind the same interface.

use serde::Serialize;

use crate::corpus::Corpus;
use crate::corpus::model::Kind;
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
}

/// One result: the entry, how well it matched and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    pub field: Field,
    pub lang: Lang,
}

/// Entries matching `query`, best first.
pub fn search(corpus: &Corpus, query: &str, kind: Option<Kind>, limit: usize) -> Vec<Hit> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = Vec::new();
    for (i, e) in corpus.entries().iter().enumerate() {
        if kind.is_some_and(|k| e.kind != k) {
            continue;
        }
        let mut best: Option<(i64, Field, Lang)> = None;
        let mut consider = |score: i64, field: Field, lang: Lang, text: &str| {
            if best.is_none_or(|b| b.0 < score) && text.to_lowercase().contains(&q) {
                best = Some((score, field, lang));
            }
        };
        consider(100, Field::Id, Lang::En, &e.id);
        for lang in Lang::ALL {
            consider(90, Field::Title, lang, e.title.get(lang).map_or("", |s| s));
            for a in e.aliases.get(lang).into_iter().flatten() {
                consider(70, Field::Alias, lang, a);
            }
            for t in e.tags.get(lang).into_iter().flatten() {
                consider(60, Field::Tag, lang, t);
            }
            consider(
                40,
                Field::Summary,
                lang,
                e.summary.get(lang).map_or("", |s| s),
            );
            consider(20, Field::Body, lang, e.body.get(lang).map_or("", |s| s));
        }
        if let Some((score, field, lang)) = best {
            hits.push(Hit {
                entry: i,
                score,
                field,
                lang,
            });
        }
    }
    hits.sort_by(|a, b| {
        b.score.cmp(&a.score).then_with(|| {
            let ta = corpus.entry(a.entry).title.show(Lang::En).chars().count();
            let tb = corpus.entry(b.entry).title.show(Lang::En).chars().count();
            ta.cmp(&tb)
        })
    });
    hits.truncate(limit);
    hits
}
