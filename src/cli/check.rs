//! `toli check`: every problem in the corpus as `path:line:col: severity: message`, or JSON
//! with statistics, each counting what its name says (`broken_links` the links, every link to
//! a file that did not load among them; `files_not_loaded` the files). The text summary names
//! the files that did not load, whose entries are missing until they are fixed, and the JSON
//! lists their paths (`not_loaded`). Exit 1 on errors, and on warnings with `--strict`.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::{CmdResult, Context};
use crate::corpus::model::{Kind, KindFields};
use crate::diagnostic::Problem;

/// How many of the files that did not load the summary names; the others are counted.
const NAMED_FILES: usize = 3;

pub fn run(ctx: &Context, out: &mut impl Write, strict: bool, as_json: bool) -> CmdResult {
    let diags = &ctx.outcome.diagnostics;
    let corpus = &ctx.outcome.corpus;
    let (errors, warnings) = crate::diagnostic::tally(diags);
    let not_loaded = crate::corpus::unloaded::files_not_loaded(corpus, diags);
    if as_json {
        let by_kind: BTreeMap<&str, usize> = Kind::ALL
            .iter()
            .map(|k| (k.name(), corpus.count(*k)))
            .collect();
        let count = |code: &str| diags.iter().filter(|d| d.problem.code() == code).count();
        // Each link to an id no loaded entry has: a link to a file that did not load is said
        // once for all its links, which are counted.
        let links_to_unloaded: usize = (diags.iter())
            .map(|d| match d.problem {
                Problem::LinkToUnloaded { links, .. } => links,
                _ => 0,
            })
            .sum();
        // Only findings are decoded: kinds come with the corpus.
        let findings_without_actions = corpus
            .of_kind(Kind::Finding)
            .into_iter()
            .filter(|&i| matches!(&corpus.entry(i).fields, KindFields::Finding { addressed_by, .. } if addressed_by.is_empty()))
            .count();
        let report = json!({
            "diagnostics": diags.iter().map(|d| d.to_json(&ctx.l10n, ctx.lang)).collect::<Vec<_>>(),
            "not_loaded": not_loaded,
            "stats": {
                "entries": corpus.len(),
                "by_kind": by_kind,
                "missing_translations": count("missing-language") + count("missing-body"),
                "broken_links": count("broken-link") + links_to_unloaded,
                "files_not_loaded": not_loaded.len(),
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
        let notes = (diags.iter())
            .filter(|d| d.severity() == crate::diagnostic::Severity::Note)
            .count();
        let summary = if diags.is_empty() {
            ctx.t("check-clean", &[("entries", entries)])
        } else if errors == 0 && warnings == 0 {
            // Only notes (an own entry replacing a shipped one): nothing to fix, but read them.
            let notes = notes.to_string();
            ctx.t(
                "check-clean-notes",
                &[("entries", entries), ("notes", notes)],
            )
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
        if !not_loaded.is_empty() {
            let mut paths = (not_loaded.iter().take(NAMED_FILES))
                .map(|p| crate::inert::inert(p).into_owned())
                .collect::<Vec<_>>()
                .join(", ");
            if not_loaded.len() > NAMED_FILES {
                let more = (not_loaded.len() - NAMED_FILES).to_string();
                paths.push(' ');
                paths.push_str(&ctx.t("check-not-loaded-more", &[("more", more)]));
            }
            let files = not_loaded.len().to_string();
            eprintln!(
                "{}",
                ctx.t("check-not-loaded", &[("files", files), ("paths", paths)])
            );
        }
    }
    let failed = errors > 0 || (strict && warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
