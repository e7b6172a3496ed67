//! Carrying the note and the bookmark on one entry id over to another: an entry of the
//! reader's own whose id changed leaves them on the old id, and the app's `c` or
//! `toli notes --move OLD NEW` moves them. A note already on the new id is never replaced: the
//! two are merged as two windows' notes are ([`super::merge3`], the new id's lines first, then
//! the old id's), under the notes' lock; the bookmark keeps its place in the list.

use super::bookmarks::Bookmarks;
use super::note_merge::{Marks, nonblank};
use super::{Cause, SaveError, Store, atomic, merge3, notes};

/// What carrying moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carried {
    pub note: Option<NoteCarried>,
    /// The bookmark on the old id is now on the new one (or was dropped, the new id being
    /// bookmarked already).
    pub bookmark: bool,
}

/// How the note came over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteCarried {
    /// The new id had no note: the old one's is its note now.
    Moved,
    /// The new id had a note: it now holds both, its own lines first.
    Merged,
}

impl Carried {
    /// Nothing was on the old id.
    pub fn is_empty(&self) -> bool {
        self.note.is_none() && !self.bookmark
    }

    /// What came over, as the `renamed-carried` messages' `$what` selector names it.
    pub fn what(&self) -> &'static str {
        match (self.note.is_some(), self.bookmark) {
            (true, true) => "both",
            (true, false) => "note",
            _ => "bookmark",
        }
    }
}

/// Moves the note and the bookmark on `old` to `new`. The note is written before the old one is
/// removed, so a failure leaves it on `old` at worst; a note that cannot be read is never
/// replaced.
pub fn carry(store: &Store, old: &str, new: &str, marks: &Marks) -> Result<Carried, SaveError> {
    let note = carry_note(store, old, new, marks)?;
    let (mut bookmarks, _) = Bookmarks::load(store);
    let bookmark = bookmarks.rename(old, new);
    if bookmark {
        bookmarks.save(store)?;
    }
    Ok(Carried { note, bookmark })
}

fn carry_note(
    store: &Store,
    old: &str,
    new: &str,
    marks: &Marks,
) -> Result<Option<NoteCarried>, SaveError> {
    let (Some(from), Some(to)) = (notes::path(store, old), notes::path(store, new)) else {
        return Err(notes::no_entry(store));
    };
    let _lock = store
        .lock("notes.lock")
        .map_err(|e| SaveError::io(&to, &e))?;
    let read = |path: &std::path::Path| -> Result<Option<String>, SaveError> {
        match super::read(path) {
            Ok(bytes) => bytes
                .map(String::from_utf8)
                .transpose()
                .map_err(|_| SaveError::new(path, Cause::Unreadable)),
            Err(e) => Err(notes::unreadable(path, &e)),
        }
    };
    let Some(ours) = read(&from)?.filter(|t| nonblank(Some(t)).is_some()) else {
        return Ok(None);
    };
    let theirs = read(&to)?;
    let (text, how) = match nonblank(theirs.as_deref()) {
        None => (ours, NoteCarried::Moved),
        Some(theirs) => {
            let marks = merge3::Marks {
                ours: &marks.ours,
                theirs: &marks.theirs,
                end: &marks.end,
            };
            // Both only added to an empty base: kept one after the other, never marked.
            let (text, _) = merge3::merge("", &ours, theirs, marks);
            (text, NoteCarried::Merged)
        }
    };
    std::fs::create_dir_all(to.parent().unwrap_or(store.dir()))
        .map_err(|e| SaveError::io(&to, &e))?;
    atomic::write(&to, text.as_bytes()).map_err(|e| SaveError::io(&to, &e))?;
    std::fs::remove_file(&from).map_err(|e| SaveError::io(&from, &e))?;
    Ok(Some(how))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks() -> Marks {
        Marks {
            ours: "--- ours ---".into(),
            theirs: "--- theirs ---".into(),
            end: "--- end ---".into(),
        }
    }

    fn ids(store: &Store) -> Vec<String> {
        (Bookmarks::load(store).0.items.into_iter())
            .map(|b| b.id)
            .collect()
    }

    /// Walk 24, C-4: the note and the bookmark on `manai-klaster` go to `uvs-chatsargana`, the
    /// bookmark in its place in the list.
    #[test]
    fn the_note_and_the_bookmark_go_to_the_new_id() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        notes::save(
            &store,
            "manai-klaster",
            "Тэмдэглэл 16: өөрийн жишээ, Увс.\n",
        )
        .expect("save");
        let mut b = Bookmarks::default();
        for id in ["a", "manai-klaster", "z"] {
            b.toggle(id);
        }
        b.save(&store).expect("save");
        let carried = carry(&store, "manai-klaster", "uvs-chatsargana", &marks()).expect("carry");
        assert_eq!(
            carried,
            Carried {
                note: Some(NoteCarried::Moved),
                bookmark: true
            }
        );
        assert_eq!(notes::load(&store, "manai-klaster").0, None);
        assert_eq!(
            notes::load(&store, "uvs-chatsargana").0.as_deref(),
            Some("Тэмдэглэл 16: өөрийн жишээ, Увс.\n")
        );
        assert_eq!(ids(&store), ["a", "uvs-chatsargana", "z"]);
        // Nothing left on the old id: nothing to carry.
        let again = carry(&store, "manai-klaster", "uvs-chatsargana", &marks()).expect("carry");
        assert!(again.is_empty());
    }

    /// A note already on the new id is kept: both, its own first, no marks; a bookmark on both
    /// ids leaves one.
    #[test]
    fn a_note_on_the_new_id_is_merged_never_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        notes::save(&store, "old-id", "From the old id.\n").expect("save");
        notes::save(&store, "new-id", "Written on the new id.\n").expect("save");
        let mut b = Bookmarks::default();
        b.toggle("new-id");
        b.toggle("old-id");
        b.save(&store).expect("save");
        let carried = carry(&store, "old-id", "new-id", &marks()).expect("carry");
        assert_eq!(carried.note, Some(NoteCarried::Merged));
        assert_eq!(
            notes::load(&store, "new-id").0.as_deref(),
            Some("Written on the new id.\nFrom the old id.\n")
        );
        assert_eq!(notes::load(&store, "old-id").0, None);
        assert_eq!(ids(&store), ["new-id"]);
    }
}
