//! Толь (toli): a terminal knowledge base for cluster and science/technology-park policy
//! workshops, in Mongolian and English.
//!
//! The layers, each depending only on those before it (ARCHITECTURE.md; `layers_tests` checks
//! it): [`cache`] (a keyed store in the cache folder); [`corpus`] (the entry format, loading
//! and checking, with [`figure`], [`diagnostic`], [`reading`] and [`matrix`]); [`search`];
//! [`app`] (state and actions); [`ui`] (drawing); [`cli`], [`tui`], [`export`] and
//! [`present`] (the commands, the terminal and its event loop, handouts, presenting).
//!
//! Shared pieces, naming no layer: [`lang`] (the two languages), [`i18n`] (Fluent messages),
//! [`text`] (folding, the ASCII key, fitting text to columns), [`suggest`], [`markdown`] (the
//! body dialect), [`numeric`], [`collate`], [`inert`] (safe printing), [`safe_file`] (reading
//! files others may have put in place), [`store`] and [`shell`].

pub mod app;
pub mod cache;
pub mod cli;
pub mod collate;
pub mod corpus;
pub mod diagnostic;
pub mod export;
pub mod figure;
pub mod i18n;
pub mod inert;
pub mod lang;
pub mod markdown;
pub mod matrix;
pub mod numeric;
pub mod present;
pub mod reading;
pub mod safe_file;
pub mod search;
pub mod shell;
pub mod store;
pub mod suggest;
pub mod text;
pub mod tui;
pub mod ui;

#[cfg(test)]
mod layers_tests;
