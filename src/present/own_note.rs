//! The trainer's own note (written with `e` in the app) on the entry of the step a talk is at,
//! for the notes screen only: read from the reader's notes folder, and read again only when the
//! note's file changes, as the app refreshes its notes on every tick.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::inert::inert;
use crate::store::Store;
use crate::store::notes::{self as saved_notes, Stamp};
use crate::ui::theme::Theme;

/// The trainer's own note on an entry as last read, with its file's stamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnNote {
    id: String,
    stamp: Option<Stamp>,
    /// None: no note, a blank one, or one that cannot be read as text.
    text: Option<String>,
}

impl OwnNote {
    /// The note on entry `id`: `known` itself when it is that entry's and its file has not
    /// changed since (one `stat`), else read anew. Only reads: a note that cannot be read is
    /// left where it is, for the app to report and set aside.
    pub fn read(store: &Store, id: &str, known: Option<OwnNote>) -> OwnNote {
        let stamp = saved_notes::stamp(store, id);
        if let Some(known) = known.filter(|n| n.id == id && n.stamp == stamp) {
            return known;
        }
        let text = saved_notes::path(store, id)
            .and_then(|path| crate::store::read(&path).ok().flatten())
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .filter(|t| !t.trim().is_empty());
        OwnNote {
            id: id.to_string(),
            stamp,
            text,
        }
    }

    /// The note's text when it is the note on entry `id`.
    pub fn text_on(&self, id: &str) -> Option<&str> {
        self.text.as_deref().filter(|_| self.id == id)
    }

    /// The notes screen's lines for the note on entry `id` (none when there is none): a blank
    /// line, `heading` ("My note"), then the note as written.
    pub fn lines(&self, id: &str, heading: String, th: &Theme) -> Vec<Line<'static>> {
        let Some(text) = self.text_on(id) else {
            return Vec::new();
        };
        let mut out = vec![
            Line::from(""),
            Line::from(Span::styled(heading, th.key.add_modifier(Modifier::BOLD))),
        ];
        out.extend(
            inert(text)
                .lines()
                .map(|l| Line::from(Span::styled(l.to_string(), Style::default()))),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_read_again_when_its_file_changes_and_an_unreadable_one_stays_put() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf());
        let none = OwnNote::read(&store, "cluster", None);
        assert_eq!(none.text_on("cluster"), None, "no note yet");
        let notes = dir.path().join("notes");
        std::fs::create_dir_all(&notes).expect("notes folder");
        std::fs::write(notes.join("cluster.md"), "first\n").expect("write");
        let first = OwnNote::read(&store, "cluster", Some(none));
        assert_eq!(first.text_on("cluster"), Some("first\n"));
        assert_eq!(first.text_on("stage-growth"), None, "another entry's");
        // Saved again (the app replaces the file): read anew.
        crate::store::notes::save(&store, "cluster", "second, longer\n").expect("save");
        let second = OwnNote::read(&store, "cluster", Some(first));
        assert_eq!(second.text_on("cluster"), Some("second, longer\n"));
        let other = OwnNote::read(&store, "stage-growth", Some(second));
        assert_eq!(other.text_on("stage-growth"), None);
        std::fs::write(notes.join("cluster.md"), "   \n").expect("write");
        assert_eq!(
            OwnNote::read(&store, "cluster", None).text_on("cluster"),
            None
        );
        // Not text: shown as no note, and the file is left where it is.
        std::fs::write(notes.join("cluster.md"), b"\xff\xfe note").expect("write");
        assert_eq!(
            OwnNote::read(&store, "cluster", None).text_on("cluster"),
            None
        );
        assert!(notes.join("cluster.md").exists(), "left as it is");
    }
}
