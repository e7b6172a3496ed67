//! `toli bookmarks`: the user's bookmarks, from the shell.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::listing::{self, Row};
use super::width::listing_width;
use super::{CmdResult, Context};
use crate::inert::inert;
use crate::store::Store;
use crate::store::bookmarks::Bookmarks;

pub fn run(ctx: &Context, out: &mut impl Write, as_json: bool) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let (bookmarks, notice) = match Store::open_default() {
        Some(store) => Bookmarks::load(&store),
        None => (Bookmarks::default(), None),
    };
    if let Some(notice) = notice {
        eprintln!("{}", notice.text(&ctx.l10n, ctx.lang));
    }
    if as_json {
        let items: Vec<_> = bookmarks
            .items
            .iter()
            .map(|b| {
                let title = corpus
                    .get(&b.id)
                    .map(|e| json!({"en": e.title.en, "mn": e.title.mn}));
                json!({"id": b.id, "title": title, "added": b.added})
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
    } else {
        let rows: Vec<Row> = bookmarks
            .items
            .iter()
            .map(|b| Row {
                // The id comes from a file anyone could have edited: printed inert too.
                id: inert(&b.id).into_owned(),
                kind: None,
                title: inert(corpus.get(&b.id).map_or("?", |e| e.title.show(ctx.lang)))
                    .into_owned(),
            })
            .collect();
        // None yet: said on stderr, so a pipe still reads an empty list.
        if rows.is_empty() {
            eprintln!("{}", ctx.l10n.t(ctx.lang, "bookmarks-empty"));
        }
        for line in listing::lines(&rows, listing_width()) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
