//! `toli list`: entry ids and titles, grouped by kind.

use std::io::Write;
use std::process::ExitCode;

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
    let width = indices
        .iter()
        .map(|&i| corpus.id(i).len())
        .max()
        .unwrap_or(0)
        .min(crate::markdown::links::MAX_ID_LEN);
    for &i in &indices {
        let kind_label = ctx.t(&format!("kind-{}", corpus.kind(i).name()), &[]);
        writeln!(
            out,
            "{:width$}  {:<16} {}",
            corpus.id(i),
            kind_label,
            inert(corpus.title(i, ctx.lang)),
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
