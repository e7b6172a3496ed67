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
    let indices: Vec<usize> = kinds.iter().flat_map(|&k| corpus.of_kind(k)).collect();
    if as_json {
        let items: Vec<_> = indices
            .iter()
            .map(|&i| json::summary(corpus.entry(i)))
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let width = indices
        .iter()
        .map(|&i| corpus.entry(i).id.len())
        .max()
        .unwrap_or(0);
    for &i in &indices {
        let e = corpus.entry(i);
        let kind_label = ctx.t(&format!("kind-{}", e.kind.name()), &[]);
        writeln!(
            out,
            "{:width$}  {:<16} {}",
            e.id,
            kind_label,
            inert(e.title.show(ctx.lang)),
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
