//! `toli notes`: the user's personal notes, from the shell — id, title in the chosen language
//! and the note's first line; with `--full` each note whole (Markdown: [`crate::export::notes`]),
//! with `--out FILE` the same written to a Markdown or HTML file to hand on
//! ([`super::notes_file`]), each note with its entry's citation under it; or JSON with each note's full text. The notes come in the order of
//! their entries' titles in the chosen language, as the app's `E` lists them (JSON: by id).
//! A note whose save failed,
//! kept in the temporary folder ([`crate::store::kept`]), is listed too, after the note saved
//! on its entry (if any), marked "not saved" with the file that holds it; stderr then says how
//! to save it. So is the draft of a note that was being typed when a run of the app died
//! (`drafts/ID.json`, [`crate::store::draft_file`]), marked "draft", which the app's next start
//! brings back. An entry this run did not load is told as `toli bookmarks` tells it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::listing::{self, Row};
use super::width::listing_width;
use super::{CmdResult, Context};
use crate::app::study::notes::{first_line, in_order, two_versions};
use crate::corpus::citation::citation_in;
use crate::inert::inert;
use crate::present::sync::Loaded;
use crate::store::folders::Folders;
use crate::store::{Store, draft_file, kept, notes};

/// A note to list: its entry, its text, the file holding it when it is not saved, and the
/// day its file was last changed.
struct Listed {
    id: String,
    note: String,
    kept: Option<Unsaved>,
    changed: Option<time::Date>,
}

/// A note not saved, and the file that holds it.
enum Unsaved {
    /// Its save failed: a copy in the temporary folder.
    Kept(PathBuf),
    /// It was being typed when the app died: its draft in the data folder.
    Draft(PathBuf),
}

impl Unsaved {
    fn file(&self) -> &std::path::Path {
        match self {
            Unsaved::Kept(f) | Unsaved::Draft(f) => f,
        }
    }
}

/// What `toli notes` prints or writes.
pub enum Shape {
    /// Each note's first line.
    List,
    /// JSON with each note's full text.
    Json,
    /// Each note whole, as Markdown.
    Full,
    /// Each note whole, written to a Markdown or HTML file.
    File { path: PathBuf, force: bool },
}

/// The day the file at `path` was last changed (UTC).
fn changed(path: &std::path::Path) -> Option<time::Date> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(time::OffsetDateTime::from(modified).date())
}

pub fn run(ctx: &Context, out: &mut impl Write, loaded: &Loaded, shape: Shape) -> CmdResult {
    let (items, notices, not_saved, folders, days) = match Store::open_default() {
        Some(store) => {
            let (items, notices) = notes::all(&store);
            let not_saved = not_saved(&store);
            let folders = super::own_folders::record(ctx, &store, loaded, None, Some(&items));
            let days: Vec<Option<time::Date>> = (items.iter())
                .map(|(id, _)| notes::path(&store, id).as_deref().and_then(changed))
                .collect();
            (items, notices, not_saved, folders, days)
        }
        None => (
            Vec::new(),
            Vec::new(),
            Vec::new(),
            Folders::new(),
            Vec::new(),
        ),
    };
    let about = super::bookmarks::Entries {
        ctx,
        folders: &folders,
        loaded,
    };
    for notice in notices {
        eprintln!("{}", notice.text(&ctx.l10n, ctx.lang));
    }
    let kept_count = (not_saved.iter())
        .filter(|n| matches!(n.kept, Some(Unsaved::Kept(_))))
        .count();
    let draft_count = not_saved.len() - kept_count;
    let mut items: Vec<Listed> = (items.into_iter().zip(days))
        .map(|((id, note), changed)| Listed {
            id,
            note,
            kept: None,
            changed,
        })
        .chain(not_saved)
        .collect();
    // JSON by id; the rest by title, as `E` lists them. On one entry, the saved note before
    // the one not saved (a stable sort).
    items.sort_by(|a, b| a.id.cmp(&b.id));
    if !matches!(shape, Shape::Json) {
        let corpus = &ctx.outcome.corpus;
        let order = in_order(corpus, items.iter().map(|i| i.id.as_str()), ctx.lang);
        let place: std::collections::HashMap<String, usize> = (order.into_iter().enumerate())
            .map(|(n, id)| (id.to_string(), n))
            .collect();
        items.sort_by_key(|i| place.get(&i.id).copied());
    }
    let kept_said = |item: &Listed| {
        (item.kept.as_ref()).map(|unsaved| {
            let file = inert(&unsaved.file().display().to_string()).into_owned();
            let id = match unsaved {
                Unsaved::Kept(_) => "notes-cli-kept",
                Unsaved::Draft(_) => "notes-cli-draft",
            };
            ctx.l10n.format(ctx.lang, id, &[("file", file)])
        })
    };
    let corpus = &ctx.outcome.corpus;
    let whole = || -> Vec<crate::export::notes::Note> {
        (items.iter())
            .map(|item| crate::export::notes::Note {
                id: item.id.clone(),
                title: about.title(&item.id),
                changed: item.changed,
                kept: kept_said(item),
                text: item.note.clone(),
                citation: (corpus.index_of(&item.id))
                    .map(|i| citation_in(corpus, &ctx.l10n, i, ctx.lang)),
            })
            .collect()
    };
    match &shape {
        Shape::File { path, force } => {
            super::notes_file::write(ctx, out, &whole(), path, *force)?;
        }
        Shape::Full if items.is_empty() => eprintln!("{}", ctx.l10n.t(ctx.lang, "notes-empty")),
        Shape::Full => {
            let stamp = crate::export::stamp::Stamp::now();
            let md = crate::export::notes::markdown(&whole(), &ctx.l10n, ctx.lang, &stamp, None);
            // Notes are files anyone could have edited: printed inert (line breaks kept).
            let shown: Vec<String> = md.lines().map(|l| inert(l).into_owned()).collect();
            writeln!(out, "{}", shown.join("\n").trim_end())?;
        }
        Shape::Json => print_json(out, &items, &about)?,
        Shape::List => print_list(ctx, out, &items, &about, kept_said)?,
    }
    for (count, id) in [
        (kept_count, "notes-cli-kept-hint"),
        (draft_count, "notes-cli-draft-hint"),
    ] {
        if count > 0 {
            let hint = (ctx.l10n).format(ctx.lang, id, &[("count", count.to_string())]);
            eprintln!("toli: {hint}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The notes not saved: the copies of saves that failed, then the drafts of notes being
/// typed when a run of the app died.
fn not_saved(store: &Store) -> Vec<Listed> {
    let kept = kept::all(store).into_iter().map(|k| Listed {
        changed: changed(&k.copy),
        id: k.id,
        note: k.text,
        kept: Some(Unsaved::Kept(k.copy)),
    });
    // A draft whose text the note holds, or a blank one, has nothing to save (the app's
    // next start removes it).
    let saved = |id: &str| notes::load(store, id).0.map(|t| t.trim_end().to_string());
    let drafts = draft_file::all(store).into_iter().filter_map(|d| {
        let blank = d.text.trim().is_empty();
        if blank || saved(&d.id).as_deref() == Some(d.text.trim_end()) {
            return None;
        }
        let file = draft_file::file(store, &d.id)?;
        Some(Listed {
            changed: changed(&file),
            id: d.id,
            note: d.text,
            kept: Some(Unsaved::Draft(file)),
        })
    });
    kept.chain(drafts).collect()
}

/// The notes as JSON, each with its full text.
fn print_json(
    out: &mut impl Write,
    items: &[Listed],
    about: &super::bookmarks::Entries,
) -> std::io::Result<()> {
    let items: Vec<_> = items
        .iter()
        .map(|item| {
            let mut v = about.json(&item.id);
            v["note"] = json!(item.note);
            match &item.kept {
                Some(Unsaved::Kept(copy)) => v["kept"] = json!(copy.display().to_string()),
                Some(Unsaved::Draft(file)) => v["draft"] = json!(file.display().to_string()),
                None => {}
            }
            v
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &items)?;
    writeln!(out)
}

/// The notes listed: id, title and first line (said before it: not saved, two versions).
fn print_list(
    ctx: &Context,
    out: &mut impl Write,
    items: &[Listed],
    about: &super::bookmarks::Entries,
    kept_said: impl Fn(&Listed) -> Option<String>,
) -> std::io::Result<()> {
    let rows: Vec<Row> = items
        .iter()
        .map(|item| {
            let title = about.title(&item.id);
            let mut told = inert(first_line(&item.note)).into_owned();
            if two_versions(&item.note) {
                told = format!("{} {told}", ctx.l10n.t(ctx.lang, "notes-two-versions"));
            }
            if let Some(said) = kept_said(item) {
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
    Ok(())
}
