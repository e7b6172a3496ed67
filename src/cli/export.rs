//! `toli export`: writes a handout folder and says where it is.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::{CmdResult, Context, Failure};
use crate::corpus::model::Kind;
use crate::export::{Format, Languages, Plan, write};

pub fn run(
    ctx: &Context,
    out: &mut impl Write,
    format: Format,
    langs: Languages,
    tour: Option<&str>,
    dir: &Path,
) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let tour = match tour {
        None => None,
        Some(id) => Some(
            corpus
                .index_of(id)
                .filter(|&i| corpus.entry(i).kind == Kind::Tour)
                .ok_or_else(|| {
                    let message = ctx.t("cli-no-tour", &[("id", id.to_string())]);
                    Failure::Message(ctx.suggesting(message, id, ctx.ids(Some(Kind::Tour))))
                })?,
        ),
    };
    let plan = Plan::new(corpus, tour, langs);
    let pages = write(&plan, dir, format, &ctx.l10n)?;
    writeln!(
        out,
        "{}",
        ctx.t(
            "export-done",
            &[
                ("pages", pages.to_string()),
                ("dir", dir.display().to_string())
            ]
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
