//! The status line's message: what the last action has to say (a saved note, a bookmark, a web
//! address, a problem with the content or the store). Any feature may speak through
//! [`Status::say`]; a key in the panes or the search clears it. Drawn by `ui/status.rs` (and by the
//! presentation's footer).

use crate::corpus::Corpus;
use crate::diagnostic::{Diagnostic, Severity};

/// The message shown in the status line, if any, and the content's problems, which `!` shows
/// whole (the status line has room for the first one only).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub notice: Option<String>,
    /// Every problem of the last load, errors first.
    pub problems: Vec<Diagnostic>,
    /// The entry files of the last load that did not load (their entries are missing).
    pub not_loaded: Vec<String>,
}

impl Status {
    /// Keeps the problems of a load of `corpus` (errors first, each in its order), and the
    /// files that did not load, for `!`.
    pub fn set_problems(&mut self, mut problems: Vec<Diagnostic>, corpus: &Corpus) {
        problems.sort_by_key(|d| d.severity() != Severity::Error);
        self.not_loaded = (crate::corpus::unloaded::files_not_loaded(corpus, &problems))
            .into_iter()
            .map(str::to_string)
            .collect();
        self.problems = problems;
    }

    /// Shows `text` until the next key in the panes or the search.
    pub fn say(&mut self, text: String) {
        self.notice = Some(text);
    }

    /// Shows `text`, or nothing.
    pub fn set(&mut self, text: Option<String>) {
        self.notice = text;
    }

    pub fn clear(&mut self) {
        self.notice = None;
    }

    /// Adds `text` after what the status line says now (` · ` between), or says it alone.
    pub fn say_after(&mut self, text: String) {
        self.notice = Some(match self.notice.take() {
            Some(before) => format!("{before} · {text}"),
            None => text,
        });
    }
}

/// The columns of an entry title named in a status message: a longer one is cut with `…`, so
/// that the message's instruction after it stays on screen at 80 columns.
pub const TITLE_COLUMNS: usize = 40;

/// `title` as named in a status message (see [`TITLE_COLUMNS`]).
pub fn short_title(title: &str) -> String {
    crate::text::fit::fit(title, TITLE_COLUMNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_is_cut_to_forty_columns() {
        assert_eq!(short_title("Кластер"), "Кластер");
        let long = "Шинжлэх ухаан, технологийн паркийн бодлого, засаглалын тогтолцоо";
        let cut = short_title(long);
        // Cut at the end of a word, within the columns.
        assert_eq!(cut, "Шинжлэх ухаан, технологийн паркийн…");
        assert!(crate::markdown::wrap::str_width(&cut) <= TITLE_COLUMNS);
    }
}
