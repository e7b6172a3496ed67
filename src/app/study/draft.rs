//! The note being typed in the built-in editor, kept where the event loop's signal handling
//! and its watchdog thread can save it: when SIGHUP (the terminal closed, an SSH session
//! dropped), SIGTERM, SIGINT or SIGQUIT ends the app, the draft is saved through the same
//! save as Ctrl-S ([`crate::store::note_merge::Draft::save`]), never lost. While an external
//! editor runs, the draft is what it has saved in its copy of the note.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use super::unsaved_draft;
use crate::app::state::App;
use crate::store::SaveError;
use crate::store::note_merge::{Draft, Saved, nonblank};

/// A copy of the unsaved draft, shared between the event loop and the thread that ends the
/// app when the terminal is gone. Cloning shares the same copy.
#[derive(Debug, Clone, Default)]
pub struct DraftKeeper(Arc<Mutex<Kept>>);

#[derive(Debug, Default)]
struct Kept {
    draft: Option<Draft>,
    /// The editor's version the copy was taken at (none: no editor).
    version: Option<u64>,
    /// The note open in an external editor now, and the copy it changes.
    external: Option<(Draft, PathBuf)>,
}

/// The longest note copied after every burst of keys, in characters: copying it takes well
/// under a millisecond.
const CHEAP: usize = 100_000;

/// A draft saved by [`DraftKeeper::save`]: the draft (its entry, its text) and what the save
/// did.
pub type SavedDraft = (Draft, Result<Saved, SaveError>);

impl DraftKeeper {
    /// Takes a copy of the editor's unsaved text when it changed since the last copy (nothing
    /// to do when no key changed the text), or forgets it when the editor has closed. A copy
    /// costs as much as the note is long: a long note is copied only when `pausing` (the keys
    /// have paused), so a key costs the same on any size of note.
    pub fn keep(&self, app: &App, pausing: bool) {
        let version = match app.note_editor() {
            Some(ed) if pausing || ed.chars() <= CHEAP => Some(ed.version),
            Some(_) => return,
            None => None,
        };
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if kept.version != version {
            kept.draft = unsaved_draft(app);
            kept.version = version;
        }
    }

    /// While an external editor runs: the note it is on (its text unused) and the copy it
    /// changes, whose text a signal saves; none when it has closed.
    pub fn editing(&self, copy: Option<(Draft, PathBuf)>) {
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        kept.external = copy;
    }

    /// Saves the draft kept, if any, once, from whichever thread comes first; the lock is held
    /// while it saves, so the other waits for the save to end before the process does. With
    /// an external editor open, what it has saved in its copy is the draft.
    pub fn save(&self) -> Option<SavedDraft> {
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let draft = match kept.external.take() {
            Some((mut draft, copy)) => {
                draft.text = std::fs::read_to_string(copy).ok()?;
                let changed = nonblank(Some(&draft.text)) != nonblank(draft.read.as_deref());
                changed.then_some(draft)?
            }
            None => kept.draft.take()?,
        };
        let saved = draft.save();
        Some((draft, saved))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::app::settings::ThemeName;
    use crate::app::update;
    use crate::corpus::load::{Sources, load};
    use crate::lang::Lang;
    use crate::store::{Store, notes};

    /// Text typed and not saved is what a signal saves; a draft saved once is not saved again,
    /// and a closed editor leaves nothing to save.
    #[test]
    fn the_unsaved_text_is_kept_and_saved_once() {
        let corpus = load(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let mut app = App::new(corpus, Lang::Mn, ThemeName::Dark, false);
        super::super::attach_store(&mut app, store.clone());
        let id = app
            .current()
            .map(|i| app.corpus.entry(i).id.clone())
            .expect("an entry is shown");
        let keeper = DraftKeeper::default();
        update(&mut app, Action::EditNote);
        keeper.keep(&app, true);
        assert!(keeper.save().is_none(), "nothing typed, nothing to save");
        for c in "ноорог".chars() {
            update(&mut app, Action::Input(c));
        }
        keeper.keep(&app, true);
        let (on, saved) = keeper.save().expect("a draft");
        assert_eq!(
            (on.id.as_str(), saved.ok()),
            (id.as_str(), Some(Saved::Written))
        );
        assert_eq!(notes::load(&store, &id).0.as_deref(), Some("ноорог\n"));
        assert!(keeper.save().is_none(), "saved once");
        update(&mut app, Action::SaveNote);
        keeper.keep(&app, true);
        assert!(keeper.save().is_none(), "the editor is closed");
        // A long note is copied when the keys pause, not after every burst (pasted on the
        // fresh line the reopened note gives).
        update(&mut app, Action::EditNote);
        let long = "мөр\n".repeat(CHEAP / 4 + 1);
        update(&mut app, Action::Paste(long.clone()));
        keeper.keep(&app, false);
        assert!(keeper.save().is_none(), "not copied while the keys come");
        keeper.keep(&app, true);
        let (_, saved) = keeper.save().expect("copied when they pause");
        assert_eq!(saved.ok(), Some(Saved::Written));
        let note = notes::load(&store, &id).0.unwrap_or_default();
        let want = format!("ноорог\n{long}");
        assert!(note.trim_end() == want.trim_end(), "{} bytes", note.len());
    }
}
