//! `toli notes --move OLD NEW`: carries the note and the bookmark on OLD — most often an entry of
//! the reader's own whose id changed — over to NEW ([`crate::store::carry`]); a note already on
//! NEW is kept, the two merged, never replaced. NEW must be an entry this run loaded (with
//! `--content` for the reader's folder), so that a mistyped id moves nothing.

use std::io::Write;
use std::process::ExitCode;

use super::{CmdResult, Context, Failure};
use crate::inert::inert;
use crate::store::Store;
use crate::store::carry::{NoteCarried, carry};
use crate::store::note_merge::Marks;

pub fn run(ctx: &Context, out: &mut impl Write, old: &str, new: &str) -> CmdResult {
    let ids = [
        ("old", inert(old).into_owned()),
        ("new", inert(new).into_owned()),
    ];
    if old == new {
        return Err(Failure::Message(ctx.t("notes-move-same", &ids)));
    }
    let Some(entry) = ctx.outcome.corpus.get(new) else {
        let guess = ctx.guess_entry(new);
        let said = ctx.t("notes-move-unknown", &ids);
        return Err(Failure::Message(ctx.with_guess(said, guess.as_deref())));
    };
    let title = inert(entry.title.show(ctx.lang)).into_owned();
    let Some(store) = Store::open_default() else {
        return Err(Failure::Message(ctx.t("notes-move-no-store", &[])));
    };
    let marks = Marks {
        ours: ctx.t("note-mark-ours", &[]),
        theirs: ctx.t("note-separator", &[]),
        end: ctx.t("note-mark-end", &[]),
    };
    let carried = carry(&store, old, new, &marks).map_err(|e| {
        let why = e.why(&ctx.l10n, ctx.lang);
        let file = e.file.display().to_string();
        Failure::Message(ctx.t("notes-move-failed", &[("why", why), ("file", file)]))
    })?;
    let args = [
        ("old", inert(old).into_owned()),
        ("title", title),
        ("what", carried.what().to_string()),
    ];
    let said = match carried.note {
        _ if carried.is_empty() => {
            eprintln!("toli: {}", ctx.t("renamed-nothing", &args[..1]));
            return Ok(ExitCode::from(1));
        }
        Some(NoteCarried::Merged) => ctx.t("renamed-carried-merged", &args),
        _ => ctx.t("renamed-carried", &args),
    };
    writeln!(out, "{said}")?;
    Ok(ExitCode::SUCCESS)
}
