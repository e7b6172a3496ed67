//! Notes whose save failed: what the reader wrote is kept — in the app, and in a copy in the
//! temporary folder (the external editor's own copy, or one made for it) — until a save of
//! that note succeeds. The next `e` on the note opens that text again, in either editor, and
//! the entry view shows it; when the app ends with such a note, it is saved once more, and if
//! that fails too, stderr names the copy that holds it.

use std::path::PathBuf;

use super::{draft_of, save_failed_text};
use crate::app::state::App;
use crate::store::edit_copy;
use crate::store::note_merge::Saved;

/// A note the reader wrote whose save failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    /// The note as it was on disk when the editor opened (what its save compares with).
    pub read: Option<String>,
    /// What the reader wrote.
    pub text: String,
    /// The copy in the temporary folder that holds it (none: none could be made).
    pub copy: Option<PathBuf>,
}

/// The text not saved on `id`, if any.
pub fn of<'a>(app: &'a App, id: &str) -> Option<&'a Unsaved> {
    app.study.unsaved.get(id)
}

/// Keeps `text`, written on the note `read` from disk, whose save has just failed: in the app,
/// and in `copy` (the external editor's), else in the copy kept before, else in one made for
/// it now. A copy kept before that is not the one used now is left where it is.
pub(super) fn keep(app: &mut App, id: &str, read: Option<&str>, text: &str, copy: Option<PathBuf>) {
    let copy = copy.or_else(|| match app.study.unsaved.get(id) {
        // The built-in editor opened on the kept text and changed it: the copy holds this.
        Some(Unsaved { copy: Some(c), .. }) if std::fs::write(c, text).is_ok() => Some(c.clone()),
        _ => edit_copy::keep_text(id, text).ok(),
    });
    let unsaved = Unsaved {
        read: read.map(str::to_string),
        text: text.to_string(),
        copy,
    };
    app.study.unsaved.insert(id.to_string(), unsaved);
}

/// The note on `id` is saved (or the reader took back what was kept): the kept text and its
/// copy go, and `copy`, the editor's, too.
pub(super) fn forget(app: &mut App, id: &str, copy: Option<PathBuf>) {
    let old = app.study.unsaved.remove(id).and_then(|u| u.copy);
    for c in old.iter().chain(copy.iter()) {
        edit_copy::discard(c);
    }
}

/// When the app ends: each note not saved is saved once more (its folder may have been put
/// right meanwhile); returns what to tell on stderr: that it was saved, or why not and which
/// file holds what the reader wrote. `done` is a note already saved as the app ended (the
/// editor was open on it, so its draft holds the kept text): it is left alone.
pub fn at_exit(app: &App, done: Option<&str>) -> Vec<String> {
    let mut told = Vec::new();
    for (id, unsaved) in (app.study.unsaved.iter()).filter(|(id, _)| Some(id.as_str()) != done) {
        let entry = ("entry", id.clone());
        let Some(draft) = draft_of(app, id, unsaved.read.as_deref(), &unsaved.text) else {
            continue;
        };
        match draft.save() {
            Ok(saved) => {
                if let Some(c) = &unsaved.copy {
                    edit_copy::discard(c);
                }
                let id = match saved {
                    Saved::Merged(_) => "note-draft-saved-merged",
                    Saved::Both(_) => "note-draft-saved-both",
                    _ => "note-draft-saved",
                };
                told.push(app.tf(id, &[entry]));
            }
            Err(e) => {
                told.push(save_failed_text(app, &e));
                let copy =
                    (unsaved.copy.clone()).or_else(|| edit_copy::keep_text(id, &unsaved.text).ok());
                if let Some(copy) = copy {
                    let file = ("file", copy.display().to_string());
                    told.push(app.tf("note-unsaved-kept", &[entry, file]));
                }
            }
        }
    }
    told
}
