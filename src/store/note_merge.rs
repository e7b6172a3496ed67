//! Saving a note that another toli window (or any text editor) may have saved since this one
//! read it. Under a lock, the note on disk is compared with the text read when this window's
//! editor opened (the base); a text saved meanwhile is never replaced silently: the two are
//! merged against the base ([`super::merge3`]), so the text both share is kept once with each
//! window's changes (lines both only added at one place one after the other), and where both
//! changed the same lines both versions are kept between marking lines, this window's first.

use std::path::Path;

use super::{Cause, Notice, SaveError, Store, atomic, merge3, notes, set_aside};

/// What saving a note did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The note holds the text saved (or is gone, the text being empty).
    Written,
    /// The note had changed since it was read, and so had ours, in other places: it now holds
    /// this text, the base with both windows' changes.
    Merged(String),
    /// The note had changed since it was read, and so had ours, some of it in the same place:
    /// it now holds this text, both windows' changes merged, and where both changed the same
    /// place, both versions between the [`Marks`] lines.
    Both(String),
    /// The note had changed since it was read and ours adds nothing to it (unchanged from what
    /// was read, or emptied): it is left as the other saved it (none: the other removed it).
    Theirs(Option<String>),
}

impl Saved {
    /// The note on disk after the save of `ours` (none: there is no note).
    pub fn text(&self, ours: &str) -> Option<String> {
        match self {
            Saved::Written => nonblank(Some(ours)).map(str::to_string),
            Saved::Merged(text) | Saved::Both(text) => Some(text.clone()),
            Saved::Theirs(text) => text.clone(),
        }
    }
}

/// A note written in this window and not saved yet: all it takes to save it, from any thread.
#[derive(Debug, Clone)]
pub struct Draft {
    pub store: Store,
    /// The entry the note is on.
    pub id: String,
    /// The note as it was on disk when the editor opened (none: there was no note).
    pub read: Option<String>,
    /// The text to save.
    pub text: String,
    /// The lines that mark a place both windows changed, in the reader's language.
    pub marks: Marks,
}

/// The lines written around a place both windows changed: before this window's version,
/// between it and the other window's, and after that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    pub ours: String,
    pub theirs: String,
    pub end: String,
}

impl Draft {
    /// Saves the text (see [`Saved`]), atomically. A note on disk that cannot be read is never
    /// replaced; one that is not text is first set aside as `ID.md.corrupt-TIME`. An error says
    /// why in words the app can give the reader ([`SaveError`]).
    pub fn save(&self) -> Result<Saved, SaveError> {
        let path =
            notes::path(&self.store, &self.id).ok_or_else(|| notes::no_entry(&self.store))?;
        let _lock = lock(&self.store).map_err(|e| SaveError::io(&path, &e))?;
        let now = on_disk(&path)?;
        let ours = nonblank(Some(&self.text));
        let read = nonblank(self.read.as_deref());
        let theirs = nonblank(now.as_deref());
        if theirs != read && theirs != ours {
            if ours.is_none() || ours == read {
                return Ok(Saved::Theirs(theirs.map(str::to_string)));
            }
            if let (Some(ours), Some(theirs)) = (ours, theirs) {
                let marks = merge3::Marks {
                    ours: &self.marks.ours,
                    theirs: &self.marks.theirs,
                    end: &self.marks.end,
                };
                let (text, conflicts) =
                    merge3::merge(read.unwrap_or_default(), ours, theirs, marks);
                atomic::write(&path, text.as_bytes()).map_err(|e| SaveError::io(&path, &e))?;
                return Ok(if conflicts == 0 {
                    Saved::Merged(text)
                } else {
                    Saved::Both(text)
                });
            }
        }
        notes::write_or_remove(&path, &self.text)?;
        Ok(Saved::Written)
    }
}

/// The text, unless it is blank (a blank note is no note).
pub fn nonblank(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

/// The lock every window takes around reading and replacing a note, so that two saves at the
/// same moment are compared one after the other.
fn lock(store: &Store) -> std::io::Result<std::fs::File> {
    store.lock("notes.lock")
}

/// The note at `path` as it is now: none when there is no file (or one that is not text, set
/// aside first); an error when it cannot be read, so it is not saved over.
fn on_disk(path: &Path) -> Result<Option<String>, SaveError> {
    match super::read(path) {
        Ok(Some(bytes)) => match String::from_utf8(bytes) {
            Ok(text) => Ok(Some(text)),
            Err(e) => match set_aside(path, super::Reason::not_text(e.as_bytes(), &e)) {
                Notice::SetAside { .. } => Ok(None),
                Notice::LeftAsIs { .. } => Err(SaveError::new(path, Cause::Unreadable)),
            },
        },
        Ok(None) => Ok(None),
        Err(e) => Err(notes::unreadable(path, &e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks() -> Marks {
        Marks {
            ours: "--- Saved in this toli window ---".into(),
            theirs: "--- Saved in another toli window ---".into(),
            end: "--- End of the two versions ---".into(),
        }
    }

    fn draft(store: &Store, read: Option<&str>, text: &str) -> Draft {
        Draft {
            store: store.clone(),
            id: "accelerator".into(),
            read: read.map(str::to_string),
            text: text.into(),
            marks: marks(),
        }
    }

    fn on_file(store: &Store) -> Option<String> {
        notes::load(store, "accelerator").0
    }

    /// Twenty-seven lines, as a coach's note that two windows changed.
    fn long_note() -> String {
        (1..=27)
            .map(|n| format!("Мөр {n}: хамтын санхүүжилт\n"))
            .collect()
    }

    /// Two windows open the same note; the second saves first. Where both rewrote the same
    /// lines, the first's save keeps both texts, its own on top, between marking lines, and
    /// says so; where both only wrote a new note, both are kept one after the other, the
    /// window that saved first on top. Nothing either wrote is lost.
    #[test]
    fn a_note_saved_meanwhile_in_another_window_is_kept_with_ours() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let old = Some("хуучин мөр\n");
        let b = draft(&store, old, "B: хоёр дахь хүний тэмдэглэл\n");
        b.save().expect("save");
        let a = draft(&store, old, "A: анхны тэмдэглэл\n");
        let saved = a.save().expect("save");
        let m = marks();
        let both = format!(
            "{}\nA: анхны тэмдэглэл\n{}\nB: хоёр дахь хүний тэмдэглэл\n{}\n",
            m.ours, m.theirs, m.end
        );
        assert_eq!(saved, Saved::Both(both.clone()));
        assert_eq!(on_file(&store), Some(both.clone()));
        assert_eq!(saved.text(&a.text), Some(both));

        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let b = draft(&store, None, "B: хоёр дахь хүний тэмдэглэл\n");
        assert_eq!(b.save().expect("save"), Saved::Written);
        let a = draft(&store, None, "A: анхны тэмдэглэл\n");
        let one_after_the_other = "B: хоёр дахь хүний тэмдэглэл\nA: анхны тэмдэглэл\n";
        assert_eq!(
            a.save().expect("save"),
            Saved::Merged(one_after_the_other.to_string())
        );
        assert_eq!(on_file(&store).as_deref(), Some(one_after_the_other));
        // The same text saved in both windows is no conflict.
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        draft(&store, Some("x\n"), "same\n").save().expect("save");
        let same = draft(&store, Some("x\n"), "same\n").save().expect("save");
        assert_eq!(same, Saved::Written);
        assert_eq!(on_file(&store).as_deref(), Some("same\n"));
    }

    /// Walks 13 and 24 (C-1, C-5): each window adds a line at the end of a 27-line note. The
    /// note keeps the 27 lines once, then both added lines, the window that saved first on
    /// top, with no marking lines: 29 lines, not 59.
    #[test]
    fn lines_both_windows_added_keep_the_shared_text_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let base = long_note();
        notes::save(&store, "accelerator", &base).expect("save");
        let b = format!("{base}B цонх: өөр нэмэлт\n");
        draft(&store, Some(&base), &b).save().expect("save");
        let a = format!("{base}A цонх: нэмэлт\n");
        let saved = draft(&store, Some(&base), &a).save().expect("save");
        let want = format!("{base}B цонх: өөр нэмэлт\nA цонх: нэмэлт\n");
        assert_eq!(saved, Saved::Merged(want.clone()));
        let file = on_file(&store).expect("the note");
        assert_eq!(file, want);
        assert_eq!(file.lines().count(), 29);
        assert_eq!(file.matches("Мөр 1:").count(), 1);
    }

    /// Changes in different places merge cleanly, with no marks: one window rewrote a line
    /// near the top and removed another, the other added a line at the end.
    #[test]
    fn changes_in_different_places_merge_cleanly() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let base = long_note();
        notes::save(&store, "accelerator", &base).expect("save");
        let theirs = format!("{base}B: төгсгөлд нэмсэн\n");
        draft(&store, Some(&base), &theirs).save().expect("save");
        let ours = base
            .replace("Мөр 2: хамтын санхүүжилт", "Мөр 2: засварласан")
            .replace("Мөр 5: хамтын санхүүжилт\n", "");
        let saved = draft(&store, Some(&base), &ours).save().expect("save");
        let want = format!("{ours}B: төгсгөлд нэмсэн\n");
        assert_eq!(saved, Saved::Merged(want.clone()));
        assert_eq!(on_file(&store), Some(want));
    }

    /// Ours changed nothing, or was emptied: the other window's text stays as it is; a note
    /// nobody else touched is saved, or removed when emptied, as before.
    #[test]
    fn a_save_that_adds_nothing_leaves_the_other_text_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        draft(&store, None, "old\n").save().expect("save");
        draft(&store, Some("old\n"), "theirs\n")
            .save()
            .expect("save");
        for ours in ["old\n", "  \n"] {
            let saved = draft(&store, Some("old\n"), ours).save().expect("save");
            assert_eq!(saved, Saved::Theirs(Some("theirs\n".into())), "{ours:?}");
            assert_eq!(saved.text(ours).as_deref(), Some("theirs\n"));
            assert_eq!(on_file(&store).as_deref(), Some("theirs\n"), "{ours:?}");
        }
        // Nobody else changed it: ours replaces it, and an emptied note is removed.
        let saved = draft(&store, Some("theirs\n"), "mine\n")
            .save()
            .expect("save");
        assert_eq!(saved, Saved::Written);
        assert_eq!(on_file(&store).as_deref(), Some("mine\n"));
        draft(&store, Some("mine\n"), "").save().expect("save");
        assert_eq!(on_file(&store), None);
        // The other window removed it and ours has text: ours is saved.
        draft(&store, None, "again\n").save().expect("save");
        std::fs::remove_file(notes::path(&store, "accelerator").expect("path")).expect("rm");
        let saved = draft(&store, Some("again\n"), "again, more\n")
            .save()
            .expect("save");
        assert_eq!(saved, Saved::Written);
        assert_eq!(on_file(&store).as_deref(), Some("again, more\n"));
    }

    /// A save that fails says why, with a cause the app words for the reader, naming the note:
    /// a note that cannot be read (a folder in its place, whoever runs the test) is left as it
    /// is; a file where the data folder should be stops the save.
    #[test]
    fn a_failed_save_names_the_note_and_why() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("data"));
        let path = notes::path(&store, "accelerator").expect("path");
        std::fs::create_dir_all(path.join("inside")).expect("a folder in its place");
        let e = draft(&store, None, "mine\n").save().expect_err("refused");
        assert_eq!(e, SaveError::new(&path, Cause::Unreadable));
        assert!(path.join("inside").is_dir(), "left as it was");
        let data = dir.path().join("file");
        std::fs::write(&data, "not a folder").expect("write");
        let e = (draft(&Store::at(data.clone()), None, "mine\n").save()).expect_err("refused");
        assert_eq!(e.file, data.join("notes/accelerator.md"));
        assert!(e.is_note());
    }

    /// A note replaced by something that is not text is set aside, not merged or lost.
    #[test]
    fn a_note_that_became_binary_is_set_aside_before_ours_is_saved() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let path = notes::path(&store, "accelerator").expect("path");
        std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
        std::fs::write(&path, b"\xff\xfe").expect("write");
        assert_eq!(
            draft(&store, None, "mine\n").save().expect("save"),
            Saved::Written
        );
        assert_eq!(on_file(&store).as_deref(), Some("mine\n"));
        let kept = std::fs::read_dir(path.parent().expect("folder"))
            .expect("read dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
            .count();
        assert_eq!(kept, 1);
    }
}
