//! Толь (toli): a terminal knowledge base for cluster and science/technology-park policy
//! workshops, in Mongolian and English.
//!
//! The layers, each depending only on those above it:
//! - [`corpus`]: the entry format, loading (embedded and user folders) and checking;
//! - [`search`]: finding entries by what people type;
//! - [`cli`]: the one-shot commands;
//! - [`app`], [`ui`] and [`tui`]: the interactive terminal app (state and actions, drawing, the
//!   terminal and event loop).
//!
//! Shared pieces: [`lang`] (the two languages), [`i18n`] (Fluent messages), [`diagnostic`]
//! (problems with path and line), [`markdown`] (the body dialect), [`inert`] (safe printing) and
//! [`safe_file`] (reading files others may have put in place).

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
