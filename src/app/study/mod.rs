//! The reader's own data: bookmarks and personal notes, where they are saved, and the external
//! editor for notes. Here: attaching the store (loading both, reporting a corrupt file that was
//! set aside), `m` toggling a bookmark with a confirmation and an atomic save, and where a note
//! is edited ($EDITOR through the event loop, or the built-in editor). The views beside it —
//! [`bookmarks`] (`b`), [`notes`] (`E`), [`note_editor`] — are drawn by the files of the same
//! names in `ui/study/`.

pub mod bookmarks;
pub mod note_editor;
pub mod note_search;
pub mod notes;
pub mod soft_wrap;

use std::collections::BTreeMap;

use note_editor::NoteEditor;

use super::state::App;
use crate::store::bookmarks::Bookmarks;
use crate::store::{Cause, Notice, SaveError, Store, notes as saved_notes};

/// Bookmarks and notes.
#[derive(Debug, Default)]
pub struct Study {
    /// Where bookmarks and notes are saved (none: kept in memory only).
    pub store: Option<Store>,
    pub bookmarks: Bookmarks,
    /// Personal notes by entry id.
    pub notes: BTreeMap<String, String>,
    /// The external editor for notes ($VISUAL or $EDITOR); none: the built-in editor.
    pub editor: Option<String>,
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

/// Uses `store` for bookmarks and notes, loading what it holds. A file that cannot be read is
/// set aside by the store and reported in the status line.
pub fn attach_store(app: &mut App, store: Store) {
    crate::store::atomic::clean_leftovers(store.dir());
    crate::store::atomic::clean_leftovers(&store.dir().join("notes"));
    let (bookmarks, notice) = Bookmarks::load(&store);
    app.study.bookmarks = bookmarks;
    report(app, notice);
    let (notes, notices) = saved_notes::all(&store);
    app.study.notes = notes.into_iter().collect();
    for n in notices {
        report(app, Some(n));
    }
    app.study.store = Some(store);
}

/// `m`: bookmarks the current entry or removes its bookmark, saves, and confirms.
/// Where the note on the current entry is edited.
pub enum NoteEdit {
    /// In $VISUAL or $EDITOR, by the event loop: the entry's id.
    External(String),
    /// In the built-in editor.
    BuiltIn(NoteEditor),
}

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
    let msg = if on {
        app.tf("bookmark-added", &[("title", title)])
    } else {
        app.tf("bookmark-removed", &[("title", title)])
    };
    app.status.say(msg);
    save_bookmarks(app);
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
        Cause::Other => app.tf("store-save-failed", &args),
    }
}

/// The external editor could not be used on a note: its folder could not be made, or the
/// editor did not start.
pub fn note_edit_failed(app: &mut App, failure: NoteEditFailure) {
    let told = match failure {
        NoteEditFailure::Folder(e) => save_failed_text(app, &e),
        NoteEditFailure::Editor(editor) => app.tf("note-editor-failed", &[("editor", editor)]),
    };
    app.status.say(told);
}

/// Why the external editor could not be used on a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteEditFailure {
    /// The note's folder could not be made.
    Folder(SaveError),
    /// The editor (as set in $VISUAL or $EDITOR) did not start.
    Editor(String),
}

/// The note on the current entry: the external editor when one is set and there is a store,
/// else the built-in editor.
pub fn edit_note(app: &App) -> Option<NoteEdit> {
    let i = app.current()?;
    let id = app.corpus.entry(i).id.clone();
    if app.study.editor.is_some() && app.study.store.is_some() {
        return Some(NoteEdit::External(id));
    }
    let text = app.study.notes.get(&id).map_or("", String::as_str);
    Some(NoteEdit::BuiltIn(NoteEditor::new(&id, text)))
}

/// Saves the note on `id` (empty removes it) and confirms.
pub fn save_note(app: &mut App, id: &str, text: &str) -> bool {
    if text.trim().is_empty() {
        app.study.notes.remove(id);
    } else {
        app.study.notes.insert(id.to_string(), text.to_string());
    }
    app.status.say(app.t("note-saved"));
    if let Some(store) = &app.study.store
        && let Err(e) = saved_notes::save(store, id, text)
    {
        app.status.say(save_failed_text(app, &e));
        return false;
    }
    true
}

/// Reads the note on `id` again after the external editor has changed it.
pub fn reload_note(app: &mut App, id: &str) {
    let Some(store) = &app.study.store else {
        return;
    };
    let (text, notice) = saved_notes::load(store, id);
    match text.filter(|t| !t.trim().is_empty()) {
        Some(t) => {
            app.study.notes.insert(id.to_string(), t);
        }
        None => {
            app.study.notes.remove(id);
        }
    }
    app.status.say(app.t("note-saved"));
    report(app, notice);
}
