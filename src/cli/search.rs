//! `toli search`: the best matches for a query, as text or JSON.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::listing::{self, Row};
use super::width::listing_width;
use super::{CmdResult, Context, json as shapes, parse_kind};
use crate::app::state::Search;
use crate::inert::inert;
use crate::search::{Detail, SearchOptions};

pub fn run(
    ctx: &Context,
    out: &mut impl Write,
    query: &str,
    kind: Option<&str>,
    limit: usize,
    as_json: bool,
) -> CmdResult {
    let kind = parse_kind(ctx, kind)?;
    let corpus = &ctx.outcome.corpus;
    // Left to the process exit to free, like the corpus (see `cli::run`).
    let index = std::mem::ManuallyDrop::new(
        crate::search::SearchIndex::load_or_build(corpus, &ctx.outcome.fingerprint)
            .with_synonyms(Some(ctx.outcome.synonyms.clone())),
    );
    // The list shows no highlights; JSON has the snippet.
    let detail = match as_json {
        true => Detail::Snippet,
        false => Detail::Ranked,
    };
    let opts = SearchOptions {
        kind,
        limit,
        detail,
        lang: ctx.lang,
    };
    let found = index.find(corpus, query, &opts);
    let found = with_notes(ctx, &index, query, kind, limit, found);
    let hits = &found.hits;
    let noted = |e: usize| found.noted.contains(&e);
    if as_json {
        let items: Vec<_> = hits
            .iter()
            .map(|h| {
                let mut v = shapes::summary(corpus.entry(h.entry));
                v["score"] = json!(h.score);
                v["field"] = json!(h.field);
                v["snippet"] = json!(h.snippet);
                if noted(h.entry) {
                    v["note"] = json!(true);
                }
                v
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        writeln!(
            out,
            "{}",
            ctx.t("cli-no-results", &[("query", query.to_string())])
        )?;
        return Ok(ExitCode::from(1));
    }
    let rows: Vec<Row> = hits
        .iter()
        .map(|h| Row {
            id: corpus.id(h.entry).to_string(),
            kind: Some(ctx.t(&format!("kind-{}", corpus.kind(h.entry).name()), &[])),
            title: match noted(h.entry) {
                true => format!("✎ {}", inert(corpus.title(h.entry, ctx.lang))),
                false => inert(corpus.title(h.entry, ctx.lang)).into_owned(),
            },
        })
        .collect();
    // Lines go out in one block, not one write each.
    let mut out = std::io::BufWriter::new(out);
    for line in listing::lines(&rows, listing_width()) {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    if let Some(reading) = &found.read_as {
        let quoted = |w: &str| ctx.t("quoted-word", &[("word", inert(w).into_owned())]);
        let args = [("typed", quoted(query)), ("reading", quoted(reading))];
        note(&ctx.t("cli-search-read-as", &args));
    }
    if found.total > hits.len() {
        // On stderr, so that the list stays clean for a pipe.
        let args = [
            ("shown", hits.len().to_string()),
            ("total", found.total.to_string()),
        ];
        let id = match found.exact {
            true => "cli-search-more",
            false => "cli-search-more-at-least",
        };
        note(&ctx.t(id, &args));
    }
    if let Some(c) = found.complete {
        note(&ctx.t("cli-search-complete", &[("complete", c.to_string())]));
    }
    if !found.near_only.is_empty() {
        let words: Vec<String> = (found.near_only.iter())
            .map(|w| ctx.t("quoted-word", &[("word", inert(w).into_owned())]))
            .collect();
        let args = [
            ("words", words.join(", ")),
            ("count", found.near_only.len().to_string()),
        ];
        note(&ctx.t("cli-search-near-only", &args));
    }
    Ok(ExitCode::SUCCESS)
}

/// `found` with the reader's notes searched too, as the app does: an entry whose note holds
/// every word comes first, marked ✎, and the counts take it in (see
/// [`crate::app::study::note_search`]); the rows keep to `limit`.
fn with_notes(
    ctx: &Context,
    index: &crate::search::SearchIndex,
    query: &str,
    kind: Option<crate::corpus::model::Kind>,
    limit: usize,
    found: crate::search::Found,
) -> Search {
    use crate::app::study::note_search::{merge_into, note_hits, places};
    let corpus = &ctx.outcome.corpus;
    let notes: std::collections::BTreeMap<String, String> = crate::store::Store::open_default()
        .map(|store| crate::store::notes::all(&store).0.into_iter().collect())
        .unwrap_or_default();
    let mut hits = note_hits(&notes, corpus, query, ctx.lang);
    hits.retain(|h| kind.is_none_or(|k| corpus.kind(h.entry) == k));
    let noted: Vec<usize> = hits.iter().map(|h| h.entry).collect();
    let places = match noted.is_empty() {
        true => Vec::new(),
        false => places(index, corpus, query, ctx.lang, &found, &noted),
    };
    let mut s = Search {
        hits: found.hits,
        total: found.total,
        exact: found.exact,
        complete: found.complete,
        near_only: found.near_only,
        read_as: found.read_as,
        ..Search::default()
    };
    merge_into(&mut s, hits, &places, limit);
    s
}

/// A note on stderr, wrapped at spaces when stderr is a terminal (or `COLUMNS` says a width),
/// as the list above it is.
fn note(text: &str) {
    for line in super::listing::wrapped(text, super::width::stderr_width(), 0) {
        eprintln!("{line}");
    }
}
