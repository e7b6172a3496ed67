//! Editing the note on an entry: where it is edited ($EDITOR through the event loop, or the
//! built-in editor), saving it without losing a text another window saved meanwhile, what
//! keeps $EDITOR from being used told in the reader's words, and the draft a signal saves.

use super::note_editor::NoteEditor;
use super::*;

/// Where the note on the current entry is edited.
pub enum NoteEdit {
    /// In $VISUAL or $EDITOR, by the event loop: the entry's id.
    External(String),
    /// In the built-in editor.
    BuiltIn(NoteEditor),
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
