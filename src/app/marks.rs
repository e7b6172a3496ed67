//! Bookmarks and personal notes in the app: attaching the store (loading both, reporting a
//! corrupt file that was set aside), `m` toggling a bookmark with a confirmation and an atomic
//! save, the bookmarks view (Enter opens, d removes), and a note per entry edited in $EDITOR
//! (through the event loop) or in the built-in editor.

use super::action::Action;
use super::note_editor::NoteEditor;
use super::state::{App, Overlay, Then};
use crate::store::bookmarks::Bookmarks;
use crate::store::{Notice, Store, notes};

/// The status-line text for a store notice.
fn notice_text(app: &App, n: Notice) -> String {
    let (id, args) = n.message();
    app.tf(id, &args)
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
    let (notes, notices) = notes::all(&store);
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
    let title = app.corpus.entry(i).title.show(app.settings.lang).to_string();
    let on = app.study.bookmarks.toggle(&id);
    let msg = if on {
        app.tf("bookmark-added", &[("title", title)])
    } else {
        app.tf("bookmark-removed", &[("title", title)])
    };
    app.status.say(msg);
    save_bookmarks(app);
}

fn save_bookmarks(app: &mut App) {
    if let Some(store) = &app.study.store
        && let Err(e) = app.study.bookmarks.save(store)
    {
        app.status.say(app.tf("store-save-failed", &[("reason", e.to_string())]));
    }
}

/// Applies an action in the bookmarks view.
pub fn bookmarks_action(app: &mut App, action: Action) -> Then {
    let Some(Overlay::Bookmarks { selected }) = &mut app.overlay else {
        return Then::Stay;
    };
    let len = app.study.bookmarks.items.len();
    match action {
        Action::Up | Action::Wheel { down: false, .. } => *selected = selected.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => {
            *selected = (*selected + 1).min(len.saturating_sub(1));
        }
        Action::Open => {
            let to = app
                .study.bookmarks
                .items
                .get(*selected)
                .and_then(|b| app.corpus.index_of(&b.id));
            if let Some(to) = to {
                return Then::Open(to);
            }
        }
        Action::Remove => {
            let s = *selected;
            if s < len {
                let b = app.study.bookmarks.items.remove(s);
                *selected = s.min(len.saturating_sub(2));
                let title = app
                    .corpus
                    .get(&b.id)
                    .map_or(b.id.clone(), |e| e.title.show(app.settings.lang).to_string());
                app.status.say(app.tf("bookmark-removed", &[("title", title)]));
                save_bookmarks(app);
            }
        }
        Action::Escape | Action::OpenBookmarks => return Then::Close,
        _ => {}
    }
    Then::Stay
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
pub fn save_note(app: &mut App, id: &str, text: &str) {
    if text.trim().is_empty() {
        app.study.notes.remove(id);
    } else {
        app.study.notes.insert(id.to_string(), text.to_string());
    }
    app.status.say(app.t("note-saved"));
    if let Some(store) = &app.study.store
        && let Err(e) = notes::save(store, id, text)
    {
        app.status.say(app.tf("store-save-failed", &[("reason", e.to_string())]));
    }
}

/// Reads the note on `id` again after the external editor has changed it.
pub fn reload_note(app: &mut App, id: &str) {
    let Some(store) = &app.study.store else {
        return;
    };
    let (text, notice) = notes::load(store, id);
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
