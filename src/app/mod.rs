//! The TUI's state and behaviour, apart from drawing: [`state`] (the [`App`]), [`action`] (what
//! the user can do), [`keymap`] (the one key table), [`update`](mod@update) (applying actions) and
//! [`document`] (an entry as scrollable lines with links).

pub mod action;
pub mod backlinks;
pub mod cite;
pub mod document;
pub mod facet_panel;
pub mod facets;
pub mod figures;
pub mod find;
pub mod keydoc;
pub mod keymap;
pub mod marks;
pub mod matrix_view;
pub mod mnkeys;
pub mod note_editor;
pub mod notes_view;
pub mod present;
pub mod reload;
pub mod search;
pub mod search_worker;
pub mod session;
pub mod side_column;
pub mod state;
pub mod update;

pub use action::Action;
pub use state::App;
pub use update::update;
