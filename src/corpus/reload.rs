//! Live reload's merge, kept pure so it can be tested without files or threads: given the corpus
//! on screen and a fresh load of every source, entries whose file now fails to parse keep their
//! last good version; entries whose file was deleted or whose id changed disappear (no ghosts).

use std::collections::HashSet;

use super::load::Outcome;
use super::{Corpus, Loaded};
use crate::diagnostic::{Diagnostic, Severity};

/// The corpus to show after a reload.
pub struct Merged {
    pub corpus: Corpus,
    /// Every problem of the fresh load.
    pub diagnostics: Vec<Diagnostic>,
    /// Ids whose last good version was kept because their file is broken now.
    pub kept: Vec<String>,
    /// The errors of the files whose last good version was kept.
    pub broken: Vec<Diagnostic>,
}

impl Merged {
    /// The problem to show in the status line: a kept entry's error first, else any error.
    pub fn headline(&self) -> Option<&Diagnostic> {
        // A syntax error is why a file did not load: it goes first.
        let syntax = |d: &&Diagnostic| matches!(d.problem, crate::diagnostic::Problem::Yaml { .. });
        let errors = || {
            self.diagnostics
                .iter()
                .filter(|d| d.severity() == Severity::Error)
        };
        self.broken
            .iter()
            .find(syntax)
            .or(self.broken.first())
            .or_else(|| errors().find(syntax))
            .or_else(|| errors().next())
    }
}

/// Merges a fresh load into the previous corpus.
pub fn merge(previous: &Corpus, fresh: Outcome) -> Merged {
    let failing: HashSet<&str> = fresh
        .diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .map(|d| d.path.as_str())
        .collect();
    let fresh_paths: HashSet<&str> = fresh
        .corpus
        .entries()
        .map(|e| e.origin.path.as_str())
        .collect();
    let mut loaded: Vec<Loaded> = (0..fresh.corpus.len())
        .map(|i| fresh.corpus.loaded(i))
        .collect();
    let mut kept = Vec::new();
    let mut kept_paths: HashSet<String> = HashSet::new();
    for (i, old) in previous.entries().enumerate() {
        let path = old.origin.path.as_str();
        if old.origin.builtin || !failing.contains(path) || fresh_paths.contains(path) {
            continue;
        }
        match loaded.iter().position(|l| l.entry.id == old.id) {
            // A good file now has this id: it wins over a broken one, unless it is only the
            // built-in entry the broken file was replacing.
            Some(j) if !loaded[j].entry.origin.builtin => continue,
            Some(j) => loaded[j] = previous.loaded(i),
            None => loaded.push(previous.loaded(i)),
        }
        kept.push(old.id.clone());
        kept_paths.insert(path.to_string());
    }
    let broken = fresh
        .diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error && kept_paths.contains(&d.path))
        .cloned()
        .collect();
    let corpus = if kept.is_empty() {
        fresh.corpus
    } else {
        Corpus::new(loaded)
    };
    Merged {
        corpus,
        diagnostics: fresh.diagnostics,
        kept,
        broken,
    }
}

#[cfg(test)]
#[path = "reload_tests.rs"]
mod tests;
