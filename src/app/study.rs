//! The reader's own data: bookmarks and personal notes, where they are saved, and the external
//! editor for notes. Written by [`super::marks`] and [`super::note_editor`]; drawn by
//! `ui/bookmarks.rs`, `ui/notes.rs` and `ui/note.rs`.

use std::collections::BTreeMap;

use crate::store::Store;
use crate::store::bookmarks::Bookmarks;

/// Bookmarks and notes.
#[derive(Debug, Default)]
pub struct Study {
    /// Where bookmarks and notes are saved (none: kept in memory only).
    pub store: Option<Store>,
    pub bookmarks: Bookmarks,
    /// Personal notes by entry id.
    pub notes: BTreeMap<String, String>,
    /// The external editor for notes ($VISUAL or $EDITOR); none: the built-in editor.
    pub editor: Option<String>,
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
