//! The entry being read that a live reload took away, and its return: the status line says
//! which file went and which entry with it (the list stays on the entry's row, which now
//! shows its neighbour), and when the file comes back it says so — and, the reader not having
//! moved meanwhile, shows the entry again.

use std::path::Path;

use super::state::App;
use crate::corpus::model::{Bi, Entry};

/// The entry a reload took from under the reader.
#[derive(Debug, Clone)]
pub struct Gone {
    id: String,
    title: Bi<String>,
    /// Its file, as the corpus showed it.
    file: String,
    /// The entry shown in its place (none: its list is empty now), while the reader stays.
    left_on: Option<String>,
}

impl Gone {
    /// `entry`, being read when a reload took it away.
    pub fn of(entry: &Entry) -> Gone {
        Gone {
            id: entry.id.clone(),
            title: entry.title.clone(),
            file: entry.origin.path.clone(),
            left_on: None,
        }
    }
}

/// The last part of `path`: the file's name.
fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// After a reload has put its corpus in place: `took` is the entry being read that it took
/// away (if it did). Says what went, or what came back (the errors a deletion leaves, links
/// to the entry now broken, are `!`'s to list); on a presentation nothing (the talk keeps its
/// step by its own rule).
pub(super) fn after_reload(app: &mut App, took: Option<Gone>) {
    if app.present.is_some() {
        app.gone = None;
        return;
    }
    let shown = app.current().map(|i| app.corpus.entry(i).id.clone());
    // The entry taken now may be the one shown in place of an entry taken before, which this
    // reload brings back (an id changed, then changed back): that return is what to say.
    let earlier_back = (app.gone.as_ref()).is_some_and(|g| app.corpus.index_of(&g.id).is_some());
    if !earlier_back && let Some(mut gone) = took {
        let key = match Path::new(&gone.file).exists() {
            false => "reload-entry-deleted",
            true => "reload-entry-left-file",
        };
        let title = crate::app::status::short_title(gone.title.show(app.settings.lang));
        let told = app.tf(key, &[("file", file_name(&gone.file)), ("title", title)]);
        app.status.say(told);
        gone.left_on = shown;
        app.gone = Some(gone);
        return;
    }
    let Some(gone) = app.gone.take() else {
        return;
    };
    let Some(back) = app.corpus.index_of(&gone.id) else {
        app.gone = Some(gone);
        return;
    };
    // The reader still where the entry left them (or on the entry shown in its place, which
    // this reload took): it is shown again.
    if shown == gone.left_on || took.is_some_and(|t| Some(&t.id) == gone.left_on.as_ref()) {
        app.select(back);
        app.reading.to_top();
    }
    let entry = app.corpus.entry(back);
    let title = crate::app::status::short_title(entry.title.show(app.settings.lang));
    let file = file_name(&entry.origin.path);
    let told = app.tf("reload-entry-back", &[("file", file), ("title", title)]);
    app.status.say(told);
}
