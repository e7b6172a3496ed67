//! Notes whose save failed: what the reader wrote is kept — in the app, and in a copy in the
//! temporary folder (the external editor's own copy, or one made for it) — until a save of
//! that note succeeds. The next `e` on the note opens that text again, in either editor, and
//! the entry view shows it; when the app ends with such a note, it is saved once more, and if
//! that fails too, stderr names the copy that holds it. The next run of the app brings such
//! notes back ([`bring_back`]), and the drafts of editors a run that died left open
//! ([`super::draft_disk`]): the status line says so, and each is kept as here, its save
//! merged with what the note holds by then. A note brought back that the reader never opens
//! is not saved for them when the app ends: it stays kept, for the run after.

use std::path::PathBuf;

use super::{draft_of, save_failed_text, set_cached};
use crate::app::state::App;
use crate::store::note_merge::{Saved, nonblank};
use crate::store::{draft_file, edit_copy, kept, notes as saved_notes};

/// A note the reader wrote whose save failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    /// The note as it was on disk when the editor opened (what its save compares with).
    pub read: Option<String>,
    /// What the reader wrote.
    pub text: String,
    /// The copy in the temporary folder that holds it (none: none could be made).
    pub copy: Option<PathBuf>,
    /// Brought back from an earlier run ([`bring_back`]) and not opened in an editor since:
    /// the reader has not chosen to save it, so the app's end leaves it kept ([`at_exit`]).
    pub untouched: bool,
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
        _ => None,
    });
    // With the record that lets the next run find it (a copy without one is still named on
    // stderr when the app ends).
    let copy = match (copy, &app.study.store) {
        (Some(c), Some(store)) => {
            let _ = kept::mark(store, id, &c, read);
            Some(c)
        }
        (None, Some(store)) => edit_copy::keep_text(store, id, read, text).ok(),
        (copy, None) => copy,
    };
    let unsaved = Unsaved {
        read: read.map(str::to_string),
        text: text.to_string(),
        copy,
        untouched: false,
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

/// The reader opens the note on `id` in an editor: a text brought back from an earlier run
/// is now theirs to save or let go, as one whose save failed in this run.
pub(super) fn opened(app: &mut App, id: &str) {
    if let Some(unsaved) = app.study.unsaved.get_mut(id) {
        unsaved.untouched = false;
    }
}

/// When the app ends: each note not saved is saved once more (its folder may have been put
/// right meanwhile); returns what to tell on stderr: that it was saved, or why not and which
/// file holds what the reader wrote. `done` is a note already saved as the app ended (the
/// editor was open on it, so its draft holds the kept text): it is left alone. A note brought
/// back from an earlier run that the reader never opened is not saved for them: it stays kept
/// for the next run, and stderr names the file that holds it.
pub fn at_exit(app: &App, done: Option<&str>) -> Vec<String> {
    let mut told = Vec::new();
    for (id, unsaved) in (app.study.unsaved.iter()).filter(|(id, _)| Some(id.as_str()) != done) {
        let entry = ("entry", id.clone());
        if unsaved.untouched {
            if let Some(copy) = &unsaved.copy {
                let file = ("file", copy.display().to_string());
                told.push(app.tf("note-kept-still", &[entry, file]));
            }
            continue;
        }
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
                let (read, text) = (unsaved.read.as_deref(), &unsaved.text);
                let copy = (unsaved.copy.clone())
                    .or_else(|| edit_copy::keep_text(&draft.store, id, read, text).ok());
                if let Some(copy) = copy {
                    let file = ("file", copy.display().to_string());
                    told.push(app.tf("note-unsaved-kept", &[entry, file]));
                }
            }
        }
    }
    told
}

/// When the store is attached: the notes of this data folder whose save failed in an earlier
/// run, kept in the temporary folder ([`kept`]), are brought back as if their save had just
/// failed here — the entry view and `E` show them, the next `e` opens them, the save merges
/// them with the note as it is by then — and the status line says so. A copy whose text the
/// note already holds has done its work and goes.
pub(super) fn bring_back(app: &mut App) {
    let Some(store) = app.study.store.clone() else {
        return;
    };
    let mut back = Vec::new();
    // The copies of failed saves, then the drafts of editors a dead run left open (no copy:
    // the draft stays in the data folder until the editor opened on it closes).
    let copies = kept::all(&store)
        .into_iter()
        .map(|k| (k.id, k.read, k.text, Some(k.copy)));
    let drafts = (draft_file::all(&store).into_iter()).map(|d| (d.id, d.read, d.text, None));
    for (id, read, text, copy) in copies.chain(drafts) {
        if app.study.unsaved.contains_key(&id) {
            continue;
        }
        let (now, _) = saved_notes::load(&store, &id);
        let saved = nonblank(now.as_deref()).map(str::trim_end);
        if saved == Some(text.trim_end()) || nonblank(Some(&text)).is_none() {
            match &copy {
                Some(copy) => edit_copy::discard(copy),
                None => draft_file::remove(&store, &id),
            }
            continue;
        }
        // Saved again since it was kept: its save merges the two.
        let changed = saved != nonblank(read.as_deref()).map(str::trim_end);
        back.push((id.clone(), changed));
        let unsaved = Unsaved {
            read,
            text,
            copy,
            untouched: true,
        };
        app.study.unsaved.insert(id.clone(), unsaved);
        set_cached(app, &id, now);
    }
    let Some((id, changed)) = back.first() else {
        return;
    };
    let title = match app.corpus.get(id) {
        Some(e) => crate::app::status::short_title(e.title.show(app.settings.lang)),
        None => id.clone(),
    };
    let args = [("count", back.len().to_string()), ("title", title)];
    let told = match back.len() == 1 && *changed {
        true => app.tf("note-kept-back-changed", &args),
        false => app.tf("note-kept-back", &args),
    };
    app.status.say(told);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::app::settings::ThemeName;
    use crate::app::state::Overlay;
    use crate::app::update;
    use crate::corpus::load::{Sources, load};
    use crate::lang::Lang;
    use crate::store::{Store, notes};

    /// The app on the built-in corpus in English, not attached to a store yet, and the id of
    /// the entry it shows.
    fn app() -> (App, String) {
        let corpus = load(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let app = App::new(corpus, Lang::En, ThemeName::Dark, false);
        let id = (app.current())
            .map(|i| app.corpus.entry(i).id.clone())
            .expect("an entry is shown");
        (app, id)
    }

    /// What an earlier run left: a store in a folder of its own, and a copy of a note on the
    /// shown entry kept in the temporary folder; the app, not attached to the store yet.
    struct Earlier {
        _dir: tempfile::TempDir,
        store: Store,
        app: App,
        id: String,
        copy: PathBuf,
    }

    /// [`Earlier`] with `saved` as the note on disk (none: no note) and `text`, written on the
    /// note `read`, kept in the copy.
    fn earlier(saved: Option<&str>, read: Option<&str>, text: &str) -> Earlier {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("data"));
        let (app, id) = app();
        if let Some(saved) = saved {
            notes::save(&store, &id, saved).expect("save");
        }
        let copy = edit_copy::keep_text(&store, &id, read, text).expect("kept");
        Earlier {
            _dir: dir,
            store,
            app,
            id,
            copy,
        }
    }

    /// Opens the built-in editor on the shown entry's note and saves it at once; what it
    /// opened on.
    fn open_and_save(app: &mut App) -> String {
        update(app, Action::EditNote);
        let Some(Overlay::Note(ed)) = &app.overlay else {
            panic!("the built-in editor opens")
        };
        assert!(ed.changed(), "what was kept is not saved yet: Esc warns");
        let opened = ed.text();
        update(app, Action::SaveNote);
        opened
    }

    /// A note an earlier run could not save, kept in the temporary folder, is back when the
    /// app starts: the status line says so, the entry shows it, `e` opens it, and one save
    /// puts it in its place and removes the copy; the app's end has nothing left to save.
    #[test]
    fn a_note_kept_by_an_earlier_run_comes_back_and_one_save_puts_it_in_place() {
        let mut e = earlier(Some("old\n"), Some("old\n"), "old\nmine\n");
        super::super::attach_store(&mut e.app, e.store.clone());
        let told = e.app.status.notice.clone().unwrap_or_default();
        assert!(told.starts_with("Your note on «"), "{told}");
        assert!(
            told.ends_with(", not saved last time, is back: press e on that entry and save it"),
            "{told}"
        );
        assert_eq!(
            e.app.study.notes.get(&e.id).map(String::as_str),
            Some("old\nmine\n")
        );
        assert_eq!(open_and_save(&mut e.app), "old\nmine\n");
        assert_eq!(
            notes::load(&e.store, &e.id).0.as_deref(),
            Some("old\nmine\n")
        );
        assert!(!e.copy.exists(), "the kept copy goes once saved");
        assert!(of(&e.app, &e.id).is_none());
        assert!(at_exit(&e.app, None).is_empty());
    }

    /// A note brought back that the reader never opens is not saved for them when the app
    /// ends: the note on disk stays as it was, stderr names the copy that still holds the
    /// text, and the next run brings it back again.
    #[test]
    fn a_note_brought_back_and_never_opened_stays_kept_when_the_app_ends() {
        let mut e = earlier(Some("old\n"), Some("old\n"), "old\nmine\n");
        super::super::attach_store(&mut e.app, e.store.clone());
        assert!(of(&e.app, &e.id).is_some());
        let told = at_exit(&e.app, None);
        let still = format!(
            "Your note on {}, not saved, is still in {}: toli brings it back next time.",
            e.id,
            e.copy.display()
        );
        assert_eq!(told, [still]);
        assert_eq!(notes::load(&e.store, &e.id).0.as_deref(), Some("old\n"));
        assert!(e.copy.exists(), "the copy stays");
        let (mut again, _) = self::app();
        super::super::attach_store(&mut again, e.store.clone());
        let back = of(&again, &e.id).map(|u| u.text.as_str());
        assert_eq!(back, Some("old\nmine\n"), "brought back again");
        edit_copy::discard(&e.copy);
    }

    /// A note brought back that the reader opened with `e` is theirs to save: the app ending
    /// with the editor open on it (no draft saved) saves it, as a save failed in this run.
    #[test]
    fn a_note_brought_back_and_opened_is_saved_when_the_app_ends() {
        let mut e = earlier(Some("old\n"), Some("old\n"), "old\nmine\n");
        super::super::attach_store(&mut e.app, e.store.clone());
        update(&mut e.app, Action::EditNote);
        assert!(matches!(e.app.overlay, Some(Overlay::Note(_))));
        let told = at_exit(&e.app, None);
        let saved = format!(
            "The note you were writing on {} was saved before toli closed.",
            e.id
        );
        assert_eq!(told, [saved]);
        assert_eq!(
            notes::load(&e.store, &e.id).0.as_deref(),
            Some("old\nmine\n")
        );
        assert!(!e.copy.exists(), "the kept copy goes once saved");
    }

    /// A note brought back that the reader lets go (Esc twice in the editor) is not brought
    /// back again by the run after; its copy stays, with the text.
    #[test]
    fn a_note_brought_back_and_let_go_stays_let_go() {
        let mut e = earlier(None, None, "mine\n");
        super::super::attach_store(&mut e.app, e.store.clone());
        assert!(of(&e.app, &e.id).is_some());
        update(&mut e.app, Action::EditNote);
        update(&mut e.app, Action::Escape);
        update(&mut e.app, Action::Escape);
        assert!(e.app.overlay.is_none() && of(&e.app, &e.id).is_none());
        let (mut again, _) = self::app();
        super::super::attach_store(&mut again, e.store.clone());
        assert!(of(&again, &e.id).is_none(), "not brought back");
        assert!(e.copy.exists(), "the copy stays");
        edit_copy::discard(&e.copy);
    }

    /// The note was saved again after the copy was kept (another window): the app says the
    /// save will merge them, and it does — both texts stay, neither replaced.
    #[test]
    fn a_kept_note_whose_note_changed_since_is_merged_not_written_over() {
        let mut e = earlier(Some("old\n"), Some("old\n"), "old\nmine\n");
        notes::save(&e.store, &e.id, "old\ntheirs\n").expect("saved since");
        super::super::attach_store(&mut e.app, e.store.clone());
        let told = e.app.status.notice.clone().unwrap_or_default();
        assert!(
            told.ends_with("saving merges it with the note saved since"),
            "{told}"
        );
        open_and_save(&mut e.app);
        let note = notes::load(&e.store, &e.id).0.unwrap_or_default();
        assert!(note.starts_with("old\n"), "{note}");
        assert!(
            note.contains("mine\n") && note.contains("theirs\n"),
            "{note}"
        );
        assert!(!e.copy.exists(), "the kept copy goes once saved");
    }

    /// A kept copy whose text the note already holds (saved by hand from it) has done its
    /// work: it goes, and nothing is said; two kept notes are counted.
    #[test]
    fn a_kept_copy_the_note_already_holds_goes_quietly_and_several_are_counted() {
        let mut e = earlier(Some("mine\n"), None, "mine\n");
        super::super::attach_store(&mut e.app, e.store.clone());
        assert_eq!(e.app.status.notice, None);
        assert!(!e.copy.exists() && of(&e.app, &e.id).is_none());

        let (mut app, id) = self::app();
        let other = (0..app.corpus.len())
            .map(|i| app.corpus.entry(i).id.clone())
            .find(|o| *o != id)
            .expect("another entry");
        let copies = [&id, &other].map(|i| edit_copy::keep_text(&e.store, i, None, "x\n"));
        super::super::attach_store(&mut app, e.store.clone());
        let told = app.status.notice.clone().unwrap_or_default();
        assert!(
            told.starts_with("2 notes not saved last time are back"),
            "{told}"
        );
        for c in copies.into_iter().flatten() {
            edit_copy::discard(&c);
        }
    }
}
