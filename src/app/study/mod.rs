//! The reader's own data: bookmarks and personal notes, where they are saved, and the external
//! editor for notes. Here: attaching the store (loading both, reporting a corrupt file that was
//! set aside), `m` toggling a bookmark with a confirmation and an atomic save, where a note is
//! edited ($EDITOR through the event loop, or the built-in editor), saving it without losing a
//! text another window saved meanwhile, a failed save (or an editor that could not be used)
//! told in the reader's words, and reading notes again when their files change. The
//! views beside it — [`bookmarks`] (`b`), [`notes`] (`E`), [`note_editor`] — are drawn by the
//! files of the same names in `ui/study/`; [`draft`] keeps the text being typed for the event
//! loop to save when a signal ends the app; [`unsaved`] keeps a note whose save failed, which
//! the next edit of that note opens again.

pub mod absent;
pub mod bookmarks;
pub mod draft;
pub mod note_editor;
pub mod note_search;
pub mod notes;
pub mod soft_wrap;
pub mod unsaved;

use std::collections::BTreeMap;

use note_editor::NoteEditor;

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
    /// The notes folder as last read (see [`refresh_notes`]).
    folder: Option<Stamp>,
    /// Each note file as last read, by entry id (none: there was no file).
    stamps: BTreeMap<String, Option<Stamp>>,
    /// The notes whose save failed, by entry id, until a save succeeds ([`unsaved`]).
    unsaved: BTreeMap<String, unsaved::Unsaved>,
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

/// The external editor could not be used on a note: the note could not be copied for it, the
/// editor did not start, or what it left could not be read back.
pub fn note_edit_failed(app: &mut App, failure: NoteEditFailure) {
    let told = match failure {
        NoteEditFailure::Note(e) => save_failed_text(app, &e),
        NoteEditFailure::Copy(e) => app.tf("note-copy-failed", &[("folder", e.folder())]),
        NoteEditFailure::CopyKept(e) => app.tf("note-copy-kept", &[("folder", e.folder())]),
        NoteEditFailure::Editor(editor) => app.tf("note-editor-failed", &[("editor", editor)]),
    };
    app.status.say(told);
}

/// Why the external editor could not be used on a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteEditFailure {
    /// The note's folder could not be made, or the note cannot be read: told as its save
    /// failing, before the editor opens.
    Note(SaveError),
    /// No copy of the note could be made in the temporary folder (the error names a file in it).
    Copy(SaveError),
    /// The editor's copy could not be read back as text, so the note was not saved; the copy is
    /// kept where it is (the error names it), with what the reader wrote.
    CopyKept(SaveError),
    /// The editor (as set in $VISUAL or $EDITOR) did not start.
    Editor(String),
}

impl From<CopyFailed> for NoteEditFailure {
    fn from(failed: CopyFailed) -> NoteEditFailure {
        match failed {
            CopyFailed::Note(e) => NoteEditFailure::Note(e),
            CopyFailed::Copy(e) => NoteEditFailure::Copy(e),
        }
    }
}

/// The note on the current entry: the external editor when one is set and there is a store,
/// else the built-in editor on the note as it is on disk now (what its save compares with).
pub fn edit_note(app: &mut App) -> Option<NoteEdit> {
    let i = app.current()?;
    let id = app.corpus.entry(i).id.clone();
    unsaved::opened(app, &id);
    if app.study.editor.is_some() && app.study.store.is_some() {
        return Some(NoteEdit::External(id));
    }
    let Some(store) = app.study.store.clone() else {
        let text = app.study.notes.get(&id).cloned();
        return Some(NoteEdit::BuiltIn(NoteEditor::on_disk(&id, text)));
    };
    // What the reader wrote and could not save opens again, not the note on disk.
    if let Some(kept) = unsaved::of(app, &id) {
        let ed = NoteEditor::unsaved(&id, kept.read.clone(), &kept.text);
        return Some(NoteEdit::BuiltIn(ed));
    }
    app.study
        .stamps
        .insert(id.clone(), saved_notes::stamp(&store, &id));
    let (read, notice) = saved_notes::load(&store, &id);
    set_cached(app, &id, read.clone());
    report(app, notice);
    Some(NoteEdit::BuiltIn(NoteEditor::on_disk(&id, read)))
}

/// Saves `text` as the note on `id` (empty removes it), `read` being the note as it was on disk
/// when the editor opened: a text saved meanwhile by another window is merged with ours (see
/// [`Draft::save`]). The app then shows what is on disk, and the status line says what
/// happened. Returns whether the note is saved; when it is not, what the reader wrote is kept
/// ([`unsaved`]) and the next edit of the note opens it.
pub fn save_note(app: &mut App, id: &str, read: Option<&str>, text: &str) -> bool {
    save_text(app, id, read, text, None)
}

/// [`save_note`], `copy` being the external editor's copy the text was read from: removed once
/// the note is saved, kept with the text when it is not.
fn save_text(
    app: &mut App,
    id: &str,
    read: Option<&str>,
    text: &str,
    copy: Option<std::path::PathBuf>,
) -> bool {
    let Some(draft) = draft_of(app, id, read, text) else {
        set_cached(app, id, Some(text.to_string()));
        app.status.say(app.t("note-saved"));
        return true;
    };
    match draft.save() {
        Ok(saved) => {
            unsaved::forget(app, id, copy);
            set_cached(app, id, saved.text(text));
            absent::remember(app, [id]);
            app.status.say(app.t(match saved {
                Saved::Written => "note-saved",
                Saved::Merged(_) => "note-merged",
                Saved::Both(_) => "note-both-kept",
                Saved::Theirs(_) => "note-theirs-kept",
            }));
            true
        }
        Err(e) => {
            // Kept in the app and in a copy, so the text is not lost; the next `e` opens it.
            unsaved::keep(app, id, read, text, copy);
            set_cached(app, id, Some(text.to_string()));
            app.status.say(save_failed_text(app, &e));
            false
        }
    }
}

/// The second Esc over the built-in editor, open on a text whose save failed: the reader lets
/// it go, having been told Esc discards it, and the app shows the note on disk again (its copy
/// in the temporary folder stays, with the text, but the next run does not bring it back).
pub fn let_go_unsaved(app: &mut App, id: &str) {
    let Some(let_go) = app.study.unsaved.remove(id) else {
        return;
    };
    // Nor does the next run bring it back.
    if let Some(copy) = let_go.copy {
        crate::store::kept::unmark(&copy);
    }
    if let Some(store) = app.study.store.clone() {
        let (text, notice) = saved_notes::load(&store, id);
        set_cached(app, id, text);
        report(app, notice);
    }
}

/// The external editor has closed on its copy of the note on `id`: saves the copy's text if it
/// changed, through [`save_note`], else shows the note as it is on disk.
pub fn note_edited(app: &mut App, id: &str, edited: crate::app::action::Edited) {
    if nonblank(Some(&edited.text)) != nonblank(edited.read.as_deref()) {
        save_text(app, id, edited.read.as_deref(), &edited.text, edited.copy);
        return;
    }
    // Left as the note was read: a text kept from a failed save, taken back, goes with it.
    unsaved::forget(app, id, edited.copy);
    if let Some(store) = app.study.store.clone() {
        app.study
            .stamps
            .insert(id.to_string(), saved_notes::stamp(&store, id));
        let (text, notice) = saved_notes::load(&store, id);
        set_cached(app, id, text);
        report(app, notice);
    }
    app.status.say(app.t("note-cancelled"));
}

/// The note being typed in the built-in editor, when it holds text not saved yet and there is
/// a store to save it in: what a signal ending the app saves (see [`draft`]).
pub fn unsaved_draft(app: &App) -> Option<Draft> {
    let ed = app.note_editor()?;
    let text = ed.text();
    if !ed.changed() || text.trim().is_empty() {
        return None;
    }
    draft_of(app, &ed.id, ed.read.as_deref(), &text)
}

/// `text` to save as the note on `id`, `read` when the editor opened, with the lines that
/// mark a place both windows changed in the reader's language; none without a store.
pub fn draft_of(app: &App, id: &str, read: Option<&str>, text: &str) -> Option<Draft> {
    Some(Draft {
        store: app.study.store.clone()?,
        id: id.to_string(),
        read: read.map(str::to_string),
        text: text.to_string(),
        marks: Marks {
            ours: app.t("note-mark-ours"),
            theirs: app.t("note-separator"),
            end: app.t("note-mark-end"),
        },
    })
}
