//! `toli bookmarks`: the user's bookmarks, from the shell. An entry this run did not load is
//! told as the app tells it (not loaded this time, and the folder to open: see
//! [`crate::app::study::absent`]), and its JSON says `"loaded": false`.

use std::io::Write;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::listing::{self, Row};
use super::width::listing_width;
use super::{CmdResult, Context};
use crate::app::study::absent::{Absent, folder_of};
use crate::app::study::renamed::successor;
use crate::inert::inert;
use crate::present::sync::Loaded;
use crate::store::Store;
use crate::store::bookmarks::Bookmarks;
use crate::store::folders::Folders;

pub fn run(ctx: &Context, out: &mut impl Write, loaded: &Loaded, as_json: bool) -> CmdResult {
    let (bookmarks, folders) = match Store::open_default() {
        Some(store) => {
            let (bookmarks, notice) = Bookmarks::load(&store);
            if let Some(notice) = notice {
                eprintln!("{}", notice.text(&ctx.l10n, ctx.lang));
            }
            let folders = super::own_folders::record(ctx, &store, loaded, Some(&bookmarks), None);
            (bookmarks, folders)
        }
        None => (Bookmarks::default(), Folders::new()),
    };
    let about = Entries {
        ctx,
        folders: &folders,
        loaded,
    };
    if as_json {
        let items: Vec<_> = bookmarks
            .items
            .iter()
            .map(|b| {
                let mut v = about.json(&b.id);
                v["added"] = json!(b.added);
                v
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
                title: about.title(&b.id),
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

/// What `toli bookmarks` and `toli notes` say of a bookmarked or noted entry.
pub(super) struct Entries<'a> {
    pub ctx: &'a Context,
    /// The folders remembered for the reader's own entries.
    pub folders: &'a Folders,
    /// What this run loaded.
    pub loaded: &'a Loaded,
}

impl Entries<'_> {
    /// The entry's title in the reader's language, printed inert; for one not loaded, why, in
    /// brackets.
    pub fn title(&self, id: &str) -> String {
        match self.ctx.outcome.corpus.get(id) {
            Some(e) => inert(e.title.show(self.ctx.lang)).into_owned(),
            None => {
                let why = Absent::of(id, self.folders, self.loaded);
                let why = why.text(&self.ctx.l10n, self.ctx.lang);
                match self.successor(id) {
                    Some(hint) => format!("({why}; {hint})"),
                    None => format!("({why})"),
                }
            }
        }
    }

    /// For an entry not loaded whose place another entry of the reader's own took (its id
    /// changed: [`crate::app::study::renamed`]), that entry and the command that carries the
    /// note and the bookmark over.
    fn successor(&self, id: &str) -> Option<String> {
        let corpus = &self.ctx.outcome.corpus;
        let absent = Absent::of(id, self.folders, self.loaded);
        let (to, _) = successor(corpus, &absent, id, None)?;
        let quoted = |id: &str| crate::shell::quote(&inert(id));
        let args = [
            ("new", inert(&corpus.entry(to).id).into_owned()),
            ("old_quoted", quoted(id)),
            ("new_quoted", quoted(&corpus.entry(to).id)),
        ];
        Some(self.ctx.t("notes-cli-renamed", &args))
    }

    /// `{"id","title","loaded","folder"}`: `title` null and `loaded` false for an entry this
    /// run did not load; `folder` the content folder it comes from (null: the shipped corpus,
    /// or not known).
    pub fn json(&self, id: &str) -> Value {
        match self.ctx.outcome.corpus.get(id) {
            Some(e) => {
                let folder = folder_of(e, self.loaded).map(|f| f.display().to_string());
                json!({
                    "id": id,
                    "title": {"en": e.title.en, "mn": e.title.mn},
                    "loaded": true,
                    "folder": folder,
                })
            }
            None => {
                let why = Absent::of(id, self.folders, self.loaded);
                let folder = why.folder().map(|f| f.display().to_string());
                json!({"id": id, "title": null, "loaded": false, "folder": folder})
            }
        }
    }
}
