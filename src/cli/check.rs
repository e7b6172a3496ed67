//! `toli check`: every problem in the corpus as `path:line:col: severity: message`, or JSON
//! with statistics. Exit 1 on errors, and on warnings with `--strict`.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::{CmdResult, Context};
use crate::corpus::model::{Kind, KindFields};

pub fn run(ctx: &Context, out: &mut impl Write, strict: bool, as_json: bool) -> CmdResult {
    let diags = &ctx.outcome.diagnostics;
    let corpus = &ctx.outcome.corpus;
    let (errors, warnings) = crate::diagnostic::tally(diags);
    if as_json {
        let by_kind: BTreeMap<&str, usize> = Kind::ALL
            .iter()
            .map(|k| (k.name(), corpus.count(*k)))
            .collect();
        let count = |code: &str| diags.iter().filter(|d| d.problem.code() == code).count();
        // Only findings are decoded: kinds come with the corpus.
        let findings_without_actions = corpus
            .of_kind(Kind::Finding)
            .into_iter()
            .filter(|&i| matches!(&corpus.entry(i).fields, KindFields::Finding { addressed_by, .. } if addressed_by.is_empty()))
            .count();
        let report = json!({
            "diagnostics": diags.iter().map(|d| d.to_json(&ctx.l10n, ctx.lang)).collect::<Vec<_>>(),
            "stats": {
                "entries": corpus.len(),
                "by_kind": by_kind,
                "missing_translations": count("missing-language") + count("missing-body"),
                "broken_links": count("broken-link") + count("link-to-unloaded"),
                "findings_without_actions": findings_without_actions,
                "unsourced": count("unsourced"),
                "errors": errors,
                "warnings": warnings,
            }
        });
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        for d in diags {
            writeln!(
                out,
                "{}",
                crate::inert::inert(&d.render(&ctx.l10n, ctx.lang))
            )?;
        }
        out.flush()?;
        let entries = corpus.len().to_string();
        let summary = if diags.is_empty() {
            ctx.t("check-clean", &[("entries", entries)])
        } else {
            ctx.t(
                "check-summary",
                &[
                    ("entries", entries),
                    ("errors", errors.to_string()),
                    ("warnings", warnings.to_string()),
                ],
            )
        };
        eprintln!("{summary}");
    }
    let failed = errors > 0 || (strict && warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
