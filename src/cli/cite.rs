//! `toli cite`: an entry's citation in the reader's language, the line the app's `y` copies for
//! that language, one line per entry so that it pastes whole.

use std::io::Write;
use std::process::ExitCode;

use super::{CmdResult, Context};
use crate::corpus::citation::citation_in;

pub fn run(ctx: &Context, out: &mut impl Write, ids: &[String]) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    // Every id is checked before anything is printed: a script gets all citations or an error.
    let indices = ctx.entries_named(ids)?;
    for i in indices {
        writeln!(out, "{}", citation_in(corpus, &ctx.l10n, i, ctx.lang))?;
    }
    Ok(ExitCode::SUCCESS)
}
