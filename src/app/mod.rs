//! The TUI's state and behaviour, apart from drawing: [`state`] (the [`App`]), [`action`] (what
//! the user can do), [`keymap`] (the one key table), [`update`] (applying actions) and
//! [`document`] (an entry as scrollable lines with links).

pub mod action;
pub mod backlinks;
pub mod document;
pub mod find;
pub mod keymap;
pub mod mnkeys;
pub mod reload;
pub mod search;
pub mod state;
pub mod update;

pub use action::Action;
pub use state::App;
pub use update::update;
