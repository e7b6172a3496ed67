//! The TUI's state and behaviour, apart from drawing: [`state`] (the [`App`], made of feature
//! sub-states: [`navigation`], [`reading`], [`study`], [`settings`], the search worker and the
//! presentation), [`action`] (what the user can do, and every [`Message`] that comes in),
//! [`keymap`] (the one key table), [`update`](mod@update) (the one door that applies messages)
//! and [`effect`] (what update asks the event loop to do).

pub mod action;
pub mod backlinks;
pub mod cite;
pub mod document;
pub mod effect;
pub mod facet_panel;
pub mod facets;
pub mod figures;
pub mod find;
pub mod help;
pub mod keydoc;
pub mod keymap;
pub mod list_rows;
pub mod matrix;
pub mod navigation;
pub mod present;
pub mod problems;
pub mod reading;
pub mod reload;
mod reload_gone;
mod reload_notice;
pub mod search;
pub mod search_worker;
pub mod session;
pub mod settings;
pub mod side_column;
pub mod state;
pub mod status;
pub mod study;
pub mod typing;
pub mod update;

pub use action::{Action, Message};
pub use effect::{Effect, Effects};
pub use state::App;
pub use update::update;

#[cfg(test)]
mod ownership_tests;
