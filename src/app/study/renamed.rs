//! A note or a bookmark left on an id that is gone while an entry of the reader's own took its
//! place: its id changed in the same file, or its file was replaced by one with the same title.
//! Which entry that is ([`successor`]) is said beside the old id in the `b` and `E` lists, in
//! the status line when a reload makes it so, and by `toli bookmarks` and `toli notes`; `c` in
//! either list carries the note and the bookmark over ([`carry`], and `toli notes --move OLD
//! NEW` from the shell), merging a note already on the new id, never replacing it.

use super::super::state::App;
use super::absent::Absent;
use crate::corpus::Corpus;
use crate::corpus::model::{Bi, Entry};
use crate::inert::inert;
use crate::store::carry::{Carried, NoteCarried};

/// What a reload saw of a noted or bookmarked entry of the reader's own that it took away:
/// its file and its titles, to know the entry that takes its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    file: String,
    title: Bi<String>,
}

/// How the entry that took an id's place is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// It is in the file the old id was in (a reload saw it there, or the file is named after
    /// the old id, as `toli new` names it).
    File,
    /// It has the old entry's title, in a file of its own.
    Title,
}

impl Why {
    fn code(self) -> &'static str {
        match self {
            Why::File => "file",
            Why::Title => "title",
        }
    }
}

/// The one entry of `found`, if there is exactly one.
fn only(found: &[usize]) -> Option<usize> {
    match found {
        [one] => Some(*one),
        _ => None,
    }
}

/// The entries of the reader's own (not the shipped corpus) that `matches` picks.
fn own(corpus: &Corpus, matches: impl Fn(&Entry) -> bool) -> Vec<usize> {
    (corpus.entries().enumerate())
        .filter(|(_, e)| !e.origin.builtin && matches(e))
        .map(|(i, _)| i)
        .collect()
}

/// The entry that took the place of `id`, which `corpus` does not hold (`absent`: why, as
/// [`Absent::of`] tells it), and how it is known: with what a reload saw of it (`trace`), the
/// one entry in its file, else the one with its title; without, the one entry of the folder it
/// was noted from — loaded, and the entry no longer in it — whose file is named after the old
/// id. None when there is not exactly one.
pub fn successor(
    corpus: &Corpus,
    absent: &Absent,
    id: &str,
    trace: Option<&Trace>,
) -> Option<(usize, Why)> {
    if corpus.get(id).is_some() {
        return None;
    }
    if let Some(t) = trace {
        let same_file = own(corpus, |e| e.origin.path == t.file);
        if let Some(i) = only(&same_file) {
            return Some((i, Why::File));
        }
        let same = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
        let same_title = own(corpus, |e| {
            same(&e.title.en, &t.title.en) || same(&e.title.mn, &t.title.mn)
        });
        return only(&same_title).map(|i| (i, Why::Title));
    }
    let Absent::Removed(folder) = absent else {
        return None;
    };
    let named = own(corpus, |e| {
        let file = std::path::absolute(&e.origin.path).unwrap_or_default();
        file.starts_with(folder) && file.file_stem().is_some_and(|s| s == id)
    });
    only(&named).map(|i| (i, Why::File))
}

/// [`successor`] in the app, with what its reloads saw.
fn successor_in_app(app: &App, id: &str) -> Option<(usize, Why)> {
    let trace = app.study.traces.get(id);
    let absent = Absent::of(id, &app.study.folders, &app.content);
    successor(&app.corpus, &absent, id, trace)
}

/// Said after the old id's reason in the `b` and `E` lists and the status line: the entry
/// that took its place, and that `c` carries the note and bookmark there.
pub fn hint(app: &App, id: &str) -> Option<String> {
    let (to, why) = successor_in_app(app, id)?;
    let new = inert(&app.corpus.entry(to).id).into_owned();
    Some(app.tf(
        "renamed-hint",
        &[("new", new), ("how", why.code().to_string())],
    ))
}

/// After a reload has put its corpus in place (`old`: the corpus before it): remembers what it
/// saw of each noted or bookmarked entry of the reader's own that it took away, and says in the
/// status line when another entry took the place of one (the first, when several did).
pub(crate) fn after_reload(app: &mut App, old: &Corpus) {
    let ids: Vec<String> = (app.study.bookmarks.items.iter().map(|b| b.id.clone()))
        .chain(app.study.notes.keys().cloned())
        .collect();
    let mut taken = Vec::new();
    for id in ids {
        let Some(e) = old.get(&id).filter(|e| !e.origin.builtin) else {
            continue;
        };
        if app.corpus.get(&id).is_none() && !app.study.traces.contains_key(&id) {
            let trace = Trace {
                file: e.origin.path.clone(),
                title: e.title.clone(),
            };
            app.study.traces.insert(id.clone(), trace);
            taken.push(id);
        }
    }
    // An id back in the corpus needs no trace.
    let corpus = std::sync::Arc::clone(&app.corpus);
    app.study.traces.retain(|id, _| corpus.get(id).is_none());
    if let Some(told) = taken.iter().find_map(|id| offer(app, id)) {
        app.status.say(told);
    }
}

/// The status line's word on `id` when another entry took its place: the new id, and that `c`
/// in the `b` or `E` list carries the note and bookmark there.
pub fn offer(app: &App, id: &str) -> Option<String> {
    let (to, why) = successor_in_app(app, id)?;
    let args = [
        ("old", inert(id).into_owned()),
        ("new", inert(&app.corpus.entry(to).id).into_owned()),
        ("how", why.code().to_string()),
    ];
    Some(app.tf("renamed-offer", &args))
}

/// `c` in the `b` or `E` list on the entry `old`, which this run did not load: carries its note
/// and bookmark to the entry that took its place, and says what moved; returns the new id. A
/// note on `old` not saved yet (its save failed, or it is being written) is saved first.
pub fn carry(app: &mut App, old: &str) -> Option<String> {
    let Some((to, _)) = successor_in_app(app, old) else {
        let told = app.tf("renamed-none", &[("old", inert(old).into_owned())]);
        app.status.say(told);
        return None;
    };
    let new = app.corpus.entry(to).id.clone();
    if super::unsaved::of(app, old).is_some() {
        let told = app.tf("renamed-unsaved", &[("old", inert(old).into_owned())]);
        app.status.say(told);
        return None;
    }
    let carried = match &app.study.store {
        Some(store) => match crate::store::carry::carry(store, old, &new, &marks(app)) {
            Ok(carried) => carried,
            Err(e) => {
                app.status.say(super::save_failed_text(app, &e));
                return None;
            }
        },
        None => in_memory(app, old, &new),
    };
    super::reload_notes(app);
    super::refresh_bookmarks(app);
    super::absent::remember(app, [new.as_str()]);
    app.study.traces.remove(old);
    let title = crate::app::status::short_title(app.corpus.entry(to).title.show(app.settings.lang));
    let args = [
        ("old", inert(old).into_owned()),
        ("title", title),
        ("what", carried.what().to_string()),
    ];
    let told = match carried.note {
        _ if carried.is_empty() => app.tf("renamed-nothing", &args[..1]),
        Some(NoteCarried::Merged) => app.tf("renamed-carried-merged", &args),
        _ => app.tf("renamed-carried", &args),
    };
    app.status.say(told);
    Some(new)
}

/// The lines that would mark a place two notes both changed, in the app's language (a note
/// carried onto another only adds to it, so they are never written).
fn marks(app: &App) -> crate::store::note_merge::Marks {
    crate::store::note_merge::Marks {
        ours: app.t("note-mark-ours"),
        theirs: app.t("note-separator"),
        end: app.t("note-mark-end"),
    }
}

/// [`carry`] with no store (the app keeps bookmarks and notes in memory only).
fn in_memory(app: &mut App, old: &str, new: &str) -> Carried {
    let bookmark = app.study.bookmarks.rename(old, new);
    let note = app
        .study
        .notes
        .remove(old)
        .map(|ours| match app.study.notes.remove(new) {
            None => {
                app.study.notes.insert(new.to_string(), ours);
                NoteCarried::Moved
            }
            Some(theirs) => {
                let marks = crate::store::merge3::Marks {
                    ours: "",
                    theirs: "",
                    end: "",
                };
                let (text, _) = crate::store::merge3::merge("", &ours, &theirs, marks);
                app.study.notes.insert(new.to_string(), text);
                NoteCarried::Merged
            }
        });
    Carried { note, bookmark }
}
