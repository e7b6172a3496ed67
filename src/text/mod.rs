//! Text handling that search and the corpus's checks share: folding case and marks
//! ([`fold`]) and the one ASCII key for Cyrillic and Latin spellings ([`translit`]).

pub mod fold;
pub mod translit;
