//! `toli list`: entry ids and titles, grouped by kind.

use std::io::Write;
use std::process::ExitCode;

use super::listing::{self, Row};
use super::width::listing_width;
use super::{CmdResult, Context, json, parse_kind};
use crate::corpus::model::Kind;
use crate::inert::inert;

pub fn run(ctx: &Context, out: &mut impl Write, kind: Option<&str>, as_json: bool) -> CmdResult {
    let kind = parse_kind(ctx, kind)?;
    let corpus = &ctx.outcome.corpus;
    let kinds: Vec<Kind> = match kind {
        Some(k) => vec![k],
        None => Kind::ALL.to_vec(),
    };
    let indices: Vec<usize> = kinds
        .iter()
        .flat_map(|&k| corpus.of_kind_in(k, ctx.lang))
        .collect();
    if as_json {
        let items: Vec<_> = indices
            .iter()
            .map(|&i| json::summary(corpus.entry(i)))
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Ids, kinds and titles come with the corpus: no entry is decoded for the list.
    // Each kind's name is formatted once, and lines go out in blocks, not one write each.
    let labels: Vec<(Kind, String)> = kinds
        .iter()
        .map(|&k| (k, ctx.t(&format!("kind-{}", k.name()), &[])))
        .collect();
    let rows: Vec<Row> = indices
        .iter()
        .map(|&i| Row {
            id: corpus.id(i).to_string(),
            kind: labels
                .iter()
                .find(|(k, _)| *k == corpus.kind(i))
                .map(|(_, l)| l.clone()),
            title: inert(corpus.title(i, ctx.lang)).into_owned(),
        })
        .collect();
    let mut out = std::io::BufWriter::new(out);
    for line in listing::lines(&rows, listing_width()) {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
