//! Text handling the layers share, naming none of them: folding case and marks
//! ([`fold`]), the one ASCII key for Cyrillic and Latin spellings ([`translit`]) and the
//! letters a word's key can start with ([`key_start`]), the
//! Mongolian keyboard layout against the Latin one ([`mn_keyboard`]), and fitting a line or
//! a column of titles to the room it has ([`fit`], [`titles`]).

pub mod fit;
pub mod fold;
pub mod key_start;
pub mod mn_keyboard;
pub mod titles;
pub mod translit;
