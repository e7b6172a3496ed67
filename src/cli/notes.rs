//! `toli notes`: the user's personal notes, from the shell — id, title in the chosen language
//! and the note's first line, or JSON with each note's full text.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::listing::{self, Row};
use super::width::listing_width;
use super::{CmdResult, Context};
use crate::app::study::notes::first_line;
use crate::inert::inert;
use crate::store::{Store, notes};

pub fn run(ctx: &Context, out: &mut impl Write, as_json: bool) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let (items, notices) = match Store::open_default() {
        Some(store) => notes::all(&store),
        None => (Vec::new(), Vec::new()),
    };
    for notice in notices {
        eprintln!("{}", notice.text(&ctx.l10n, ctx.lang));
    }
    if as_json {
        let items: Vec<_> = items
            .iter()
            .map(|(id, note)| {
                let title = corpus
                    .get(id)
                    .map(|e| json!({"en": e.title.en, "mn": e.title.mn}));
                json!({"id": id, "title": title, "note": note})
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
    } else {
        let rows: Vec<Row> = items
            .iter()
            .map(|(id, note)| {
                let title = corpus.get(id).map_or("?", |e| e.title.show(ctx.lang));
                // Notes are files anyone could have edited: printed inert.
                Row {
                    id: inert(id).into_owned(),
                    kind: None,
                    title: format!("{}  — {}", inert(title), inert(first_line(note))),
                }
            })
            .collect();
        for line in listing::lines(&rows, listing_width()) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
