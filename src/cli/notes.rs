//! `toli notes`: the user's personal notes, from the shell — id, title in the chosen language
//! and the note's first line, or JSON with each note's full text. A note whose save failed,
//! kept in the temporary folder ([`crate::store::kept`]), is listed too, after the note saved
//! on its entry (if any), marked "not saved" with the file that holds it; stderr then says how
//! to save it. An entry this run did not load is told as `toli bookmarks` tells it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::listing::{self, Row};
use super::width::listing_width;
use super::{CmdResult, Context};
use crate::app::study::notes::{first_line, two_versions};
use crate::inert::inert;
use crate::present::sync::Loaded;
use crate::store::folders::Folders;
use crate::store::{Store, kept, notes};

/// A note to list: its entry, its text, and the copy holding it when its save failed.
struct Listed {
    id: String,
    note: String,
    kept: Option<PathBuf>,
}

pub fn run(ctx: &Context, out: &mut impl Write, loaded: &Loaded, as_json: bool) -> CmdResult {
    let (items, notices, not_saved, folders) = match Store::open_default() {
        Some(store) => {
            let (items, notices) = notes::all(&store);
            let not_saved = kept::all(&store);
            let folders = super::own_folders::record(ctx, &store, loaded, None, Some(&items));
            (items, notices, not_saved, folders)
        }
        None => (Vec::new(), Vec::new(), Vec::new(), Folders::new()),
    };
    let about = super::bookmarks::Entries {
        ctx,
        folders: &folders,
        loaded,
    };
    for notice in notices {
        eprintln!("{}", notice.text(&ctx.l10n, ctx.lang));
    }
    let kept_count = not_saved.len();
    let mut items: Vec<Listed> = (items.into_iter())
        .map(|(id, note)| Listed {
            id,
            note,
            kept: None,
        })
        .chain(not_saved.into_iter().map(|k| Listed {
            id: k.id,
            note: k.text,
            kept: Some(k.copy),
        }))
        .collect();
    // By id; on one entry, the saved note before the one not saved (a stable sort).
    items.sort_by(|a, b| a.id.cmp(&b.id));
    if as_json {
        let items: Vec<_> = items
            .iter()
            .map(|item| {
                let mut v = about.json(&item.id);
                v["note"] = json!(item.note);
                if let Some(copy) = &item.kept {
                    v["kept"] = json!(copy.display().to_string());
                }
                v
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
    } else {
        let rows: Vec<Row> = items
            .iter()
            .map(|item| {
                let title = about.title(&item.id);
                let mut told = inert(first_line(&item.note)).into_owned();
                if two_versions(&item.note) {
                    told = format!("{} {told}", ctx.l10n.t(ctx.lang, "notes-two-versions"));
                }
                if let Some(copy) = &item.kept {
                    let file = ("file", inert(&copy.display().to_string()).into_owned());
                    let said = ctx.l10n.format(ctx.lang, "notes-cli-kept", &[file]);
                    told = format!("{said} {told}");
                }
                // Notes are files anyone could have edited: printed inert.
                Row {
                    id: inert(&item.id).into_owned(),
                    kind: None,
                    title: format!("{title}  — {told}"),
                }
            })
            .collect();
        // None yet: said on stderr, so a pipe still reads an empty list.
        if rows.is_empty() {
            eprintln!("{}", ctx.l10n.t(ctx.lang, "notes-empty"));
        }
        for line in listing::lines(&rows, listing_width()) {
            writeln!(out, "{line}")?;
        }
    }
    if kept_count > 0 {
        let count = ("count", kept_count.to_string());
        let hint = ctx.l10n.format(ctx.lang, "notes-cli-kept-hint", &[count]);
        eprintln!("toli: {hint}");
    }
    Ok(ExitCode::SUCCESS)
}
