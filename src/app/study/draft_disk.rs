//! The note being typed in the built-in editor, written to the data folder
//! ([`crate::store::draft_file`]) once the keys have stopped for [`QUIET`]: a kill or a dead
//! battery, which no signal handler sees, then loses at most those seconds. The draft goes
//! when the editor closes — the note saved or the edit cancelled — and one left by a run that
//! died is brought back at the next start ([`super::unsaved::bring_back`]).

use std::time::{Duration, Instant};

use crate::app::state::App;
use crate::store::draft_file::{self, NoteDraft};
use crate::store::note_merge::nonblank;

/// How long the keys must stop before the draft is written.
pub const QUIET: Duration = Duration::from_secs(2);

/// What the event loop knows of the draft between its turns.
#[derive(Debug, Default)]
pub struct DraftOnDisk {
    /// The note the editor is open on and its text's version, as last seen, and since when.
    seen: Option<(String, u64, Instant)>,
    /// The note and version last written (or found to need no draft).
    written: Option<(String, u64)>,
}

impl DraftOnDisk {
    /// Called every turn of the event loop with the time `now`: writes the draft when the
    /// editor's text has not changed for [`QUIET`] and differs from the note it opened on,
    /// and removes it when the editor has closed.
    pub fn keep(&mut self, app: &App, now: Instant) {
        let Some(store) = &app.study.store else {
            return;
        };
        let editing = app.note_editor().map(|ed| (ed.id.clone(), ed.version));
        let same = match (&self.seen, &editing) {
            (Some((id, v, _)), Some((eid, ev))) => id == eid && v == ev,
            (None, None) => true,
            _ => false,
        };
        if !same {
            if let Some((old, ..)) = &self.seen
                && editing.as_ref().is_none_or(|(id, _)| id != old)
            {
                draft_file::remove(store, old);
                self.written = None;
            }
            self.seen = editing.map(|(id, v)| (id, v, now));
            return;
        }
        let (Some((id, version, since)), Some(ed)) = (&self.seen, app.note_editor()) else {
            return;
        };
        let key = (id.clone(), *version);
        if self.written.as_ref() == Some(&key) || now.duration_since(*since) < QUIET {
            return;
        }
        let text = ed.text();
        let typed = nonblank(Some(&text)).map(str::trim_end);
        if typed == nonblank(ed.read.as_deref()).map(str::trim_end) {
            draft_file::remove(store, id);
        } else {
            let draft = NoteDraft {
                id: id.clone(),
                read: ed.read.clone(),
                text,
            };
            // A draft that cannot be written is no worse than none: the save still says why.
            let _ = draft_file::write(store, &draft);
        }
        self.written = Some(key);
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

    fn app_on(store: &Store) -> (App, String) {
        let corpus = load(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let mut app = App::new(corpus, Lang::En, ThemeName::Dark, false);
        super::super::attach_store(&mut app, store.clone());
        let id = (app.current())
            .map(|i| app.corpus.entry(i).id.clone())
            .expect("an entry is shown");
        (app, id)
    }

    fn typed(app: &mut App, text: &str) {
        for c in text.chars() {
            update(app, Action::Input(c));
        }
    }

    /// The draft's life: none while nothing is typed or the keys still come; written once
    /// they stop, beside the note and never over it; kept through a crash and offered back
    /// at the next start; gone when the note is saved, and when an edit is cancelled.
    #[test]
    fn a_draft_is_written_when_the_keys_stop_and_goes_when_the_editor_closes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let (mut app, id) = app_on(&store);
        notes::save(&store, &id, "saved line\n").expect("save");
        let mut disk = DraftOnDisk::default();
        let t0 = Instant::now();
        update(&mut app, Action::EditNote);
        disk.keep(&app, t0);
        disk.keep(&app, t0 + QUIET * 2);
        assert!(draft_file::all(&store).is_empty(), "nothing typed");
        typed(&mut app, "typed before the crash");
        disk.keep(&app, t0 + QUIET * 3);
        disk.keep(&app, t0 + QUIET * 3 + QUIET / 2);
        assert!(
            draft_file::all(&store).is_empty(),
            "the keys have not stopped long"
        );
        disk.keep(&app, t0 + QUIET * 4);
        let drafts = draft_file::all(&store);
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].text, "saved line\ntyped before the crash\n");
        assert_eq!(drafts[0].read.as_deref(), Some("saved line\n"));
        assert_eq!(notes::load(&store, &id).0.as_deref(), Some("saved line\n"));

        // The process dies (the app is dropped, nothing saved); the next start offers it.
        drop(app);
        let (mut app, _) = app_on(&store);
        let told = app.status.notice.clone().unwrap_or_default();
        assert!(
            told.contains("not saved last time, is back: press e"),
            "{told}"
        );
        update(&mut app, Action::EditNote);
        let ed = app.note_editor().expect("the editor");
        assert!(
            ed.text().contains("typed before the crash"),
            "{}",
            ed.text()
        );
        // Saving it: the note holds it, and the draft is gone on the next turn.
        let mut disk = DraftOnDisk::default();
        disk.keep(&app, t0);
        update(&mut app, Action::SaveNote);
        disk.keep(&app, t0);
        assert!(draft_file::all(&store).is_empty(), "saved: no draft");
        let note = notes::load(&store, &id).0.unwrap_or_default();
        assert!(note.contains("typed before the crash"), "{note}");

        // Cancelled: typed, kept as a draft, then Esc twice (the warning, then the cancel).
        update(&mut app, Action::EditNote);
        disk.keep(&app, t0);
        typed(&mut app, "let go");
        disk.keep(&app, t0);
        disk.keep(&app, t0 + QUIET);
        assert_eq!(draft_file::all(&store).len(), 1);
        update(&mut app, Action::Escape);
        update(&mut app, Action::Escape);
        assert!(app.note_editor().is_none(), "cancelled");
        disk.keep(&app, t0 + QUIET);
        assert!(draft_file::all(&store).is_empty(), "cancelled: no draft");
        let (app, _) = app_on(&store);
        assert!(super::super::unsaved::of(&app, &id).is_none());
    }
}
