//! The study views drawn over the panes: the bookmarks view, the notes list and the built-in
//! note editor (their behaviour is in `app/study/`, file for file).

pub mod bookmarks;
pub mod note_editor;
pub mod notes;
