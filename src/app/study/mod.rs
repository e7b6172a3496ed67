//! The reader's own data: bookmarks and personal notes, where they are saved, and the external
//! editor for notes. Here: attaching the store (loading both, reporting a corrupt file that was
//! set aside), `m` toggling a bookmark with a confirmation and an atomic save, a failed save
//! told in the reader's words, and reading bookmarks and notes again when their files change
//! (another window saved them); editing a note
//! and saving it is [`note_edit`]. The
//! views beside it — [`bookmarks`] (`b`), [`notes`] (`E`), [`recent`] (`H`), [`note_editor`] — are drawn by the
//! files of the same names in `ui/study/`; [`draft`] keeps the text being typed for the event
//! loop to save when a signal ends the app, and [`draft_disk`] on disk for a run that dies; [`unsaved`] keeps a note whose save failed, which
//! the next edit of that note opens again; [`renamed`] carries a note and a bookmark left on an
//! id that changed to the entry that took its place.

pub mod absent;
pub mod bookmarks;
pub mod draft;
pub mod draft_disk;
pub mod local_clock;
mod note_edit;
pub mod note_editor;
pub mod note_search;
pub mod notes;
pub mod recent;
pub mod renamed;
pub mod soft_wrap;
pub mod unsaved;

use std::collections::BTreeMap;

pub use note_edit::{
    NoteEdit, NoteEditFailure, draft_of, edit_note, let_go_unsaved, note_edit_failed, note_edited,
    save_note, unsaved_draft,
};

use super::state::App;
use crate::store::bookmarks::Bookmarks;
use crate::store::note_merge::{Draft, Marks, Saved, nonblank};
use crate::store::notes::{CopyFailed, Stamp};
use crate::store::{Cause, Notice, SaveError, Store, notes as saved_notes};

/// Bookmarks and notes.
#[derive(Debug, Default)]
pub struct Study {
    /// Where bookmarks and notes are saved (none: kept in memory only).
    pub store: Option<Store>,
    pub bookmarks: Bookmarks,
    /// Personal notes by entry id.
    pub notes: BTreeMap<String, String>,
    /// The content folder each bookmarked or noted entry of the reader's own was loaded from
    /// ([`absent`]).
    pub folders: crate::store::folders::Folders,
    /// The external editor for notes ($VISUAL or $EDITOR); none: the built-in editor.
    pub editor: Option<String>,
    /// The profile they are kept under (`--profile`); none: shared by everyone using the
    /// computer's account ([`crate::store::profile`]).
    pub owner: Option<String>,
    /// The notes folder as last read (see [`refresh_notes`]).
    folder: Option<Stamp>,
    /// Each note file as last read, by entry id (none: there was no file).
    stamps: BTreeMap<String, Option<Stamp>>,
    /// The notes whose save failed, by entry id, until a save succeeds ([`unsaved`]).
    unsaved: BTreeMap<String, unsaved::Unsaved>,
    /// What reloads saw of the noted or bookmarked entries they took away, by id, while the
    /// id stays gone ([`renamed`]).
    traces: BTreeMap<String, renamed::Trace>,
}

impl Study {
    /// Nothing saved yet, the editor taken from $VISUAL or $EDITOR.
    pub fn new() -> Study {
        Study {
            editor: ["VISUAL", "EDITOR"]
                .iter()
                .filter_map(std::env::var_os)
                .map(|v| v.to_string_lossy().trim().to_string())
                .find(|v| !v.is_empty()),
            ..Study::default()
        }
    }
}

fn notice_text(app: &App, n: Notice) -> String {
    n.text(&app.l10n, app.settings.lang)
}

fn report(app: &mut App, n: Option<Notice>) {
    if let Some(n) = n {
        app.status.say(notice_text(app, n));
    }
}

/// Uses `store` for bookmarks and notes, loading what it holds, and brings back the notes
/// whose save failed in an earlier run ([`unsaved::bring_back`]). A file that cannot be read
/// is set aside by the store and reported in the status line.
pub fn attach_store(app: &mut App, store: Store) {
    crate::store::atomic::clean_leftovers(store.dir());
    crate::store::atomic::clean_leftovers(&store.dir().join("notes"));
    let (bookmarks, notice) = Bookmarks::load(&store);
    app.study.bookmarks = bookmarks;
    report(app, notice);
    app.study.store = Some(store);
    app.study.owner = crate::store::profile::current().map(str::to_string);
    reload_notes(app);
    let notice = absent::learn(app);
    report(app, notice);
    unsaved::bring_back(app);
}

/// Reads every note again from the store (the `E` list opening, a change in the notes
/// folder), reporting a file that cannot be read.
pub fn reload_notes(app: &mut App) {
    let Some(store) = app.study.store.clone() else {
        return;
    };
    app.study.folder = saved_notes::folder_stamp(&store);
    let (notes, notices) = saved_notes::all(&store);
    app.study.stamps = (notes.iter())
        .map(|(id, _)| (id.clone(), saved_notes::stamp(&store, id)))
        .collect();
    let before = edited_note(app);
    app.study.notes = notes.into_iter().collect();
    for (id, kept) in &app.study.unsaved {
        app.study.notes.insert(id.clone(), kept.text.clone());
    }
    app.study.notes.retain(|_, t| !t.trim().is_empty());
    warn_editor(app, before);
    for n in notices {
        report(app, Some(n));
    }
}

/// Reads the notes again when their files changed on disk since they were read (another toli
/// window saved one, a text editor wrote one), so the entry view's «My note», the `E` list
/// and the ✎ marks show what is on disk: every note when the notes folder changed, else the
/// note on the entry shown when its file did. Called on the event loop's every turn: two
/// `stat`s when nothing changed.
pub fn refresh_notes(app: &mut App) {
    let Some(store) = &app.study.store else {
        return;
    };
    if saved_notes::folder_stamp(store) != app.study.folder {
        return reload_notes(app);
    }
    let Some(i) = app.current() else {
        return;
    };
    let id = &app.corpus.entry(i).id;
    let stamp = saved_notes::stamp(store, id);
    if app.study.stamps.get(id) == Some(&stamp) {
        return;
    }
    let id = id.clone();
    app.study.stamps.insert(id.clone(), stamp);
    let (text, notice) = saved_notes::load(store, &id);
    let before = edited_note(app);
    set_cached(app, &id, text);
    warn_editor(app, before);
    report(app, notice);
}

/// The note the built-in editor is open on, as the app holds it now (none: no editor).
fn edited_note(app: &App) -> Option<Option<String>> {
    let ed = app.note_editor()?;
    Some(app.study.notes.get(&ed.id).cloned())
}

/// The note on `id` in the app is `text` (none, or blank: no note) — unless what the reader
/// wrote on it could not be saved: that text shows until it is ([`unsaved`]).
fn set_cached(app: &mut App, id: &str, text: Option<String>) {
    let kept = app.study.unsaved.get(id).map(|u| u.text.clone());
    match kept.or(text).filter(|t| !t.trim().is_empty()) {
        Some(t) => {
            app.study.notes.insert(id.to_string(), t);
        }
        None => {
            app.study.notes.remove(id);
        }
    }
}

/// Tells the reader typing a note that another window has just saved it (the note differs
/// from `before` a reload, [`edited_note`], and from the note read when the editor opened):
/// their save will merge both windows' changes.
fn warn_editor(app: &mut App, before: Option<Option<String>>) {
    let (Some(before), Some(ed)) = (before, app.note_editor()) else {
        return;
    };
    let now = app.study.notes.get(&ed.id).map(String::as_str);
    if now != before.as_deref() && now != nonblank(ed.read.as_deref()) {
        app.status.say(app.t("note-changed-meanwhile"));
    }
}

/// `m`: bookmarks the current entry or removes its bookmark, saves, and confirms.
pub fn toggle_bookmark(app: &mut App) {
    let Some(i) = app.current() else {
        return;
    };
    let id = app.corpus.entry(i).id.clone();
    let title = app
        .corpus
        .entry(i)
        .title
        .show(app.settings.lang)
        .to_string();
    let title = crate::app::status::short_title(&title);
    let on = app.study.bookmarks.toggle(&id);
    if on {
        absent::remember(app, [id.as_str()]);
    }
    let msg = if on {
        app.tf("bookmark-added", &[("title", title)])
    } else {
        app.tf("bookmark-removed", &[("title", title)])
    };
    app.status.say(msg);
    save_bookmarks(app);
}

/// Reads the bookmarks again when their file changed since this window read or wrote it
/// (another window added or removed one), so the `b` list and the ✓ marks follow the file.
/// Called when `b` opens and on the event loop's every turn: one `stat` when nothing changed.
pub fn refresh_bookmarks(app: &mut App) {
    let Some(store) = &app.study.store else {
        return;
    };
    if app.study.bookmarks.refresh(store) {
        bookmarks::keep_selection_in_list(app);
    }
}

pub(super) fn save_bookmarks(app: &mut App) {
    if let Some(store) = &app.study.store
        && let Err(e) = app.study.bookmarks.save(store)
    {
        app.status.say(save_failed_text(app, &e));
    }
}

/// A failed save in the reader's words: what was not saved, why, what to do, and the folder.
pub fn save_failed_text(app: &App, e: &SaveError) -> String {
    let data = if e.is_note() { "note" } else { "bookmarks" };
    let args = [("data", data.to_string()), ("folder", e.folder())];
    match e.cause {
        Cause::NoPermission => app.tf("store-save-no-permission", &args),
        Cause::ReadOnly => app.tf("store-save-read-only", &args),
        Cause::Full => app.tf("store-save-full", &args),
        Cause::Missing => app.tf("store-save-missing", &args),
        Cause::Unreadable => app.tf("store-save-unreadable", &args),
        // Bookmarks and notes are in no folder that must be private: told as any other.
        Cause::NotPrivate | Cause::Other => app.tf("store-save-failed", &args),
    }
}
