//! Keeps a file's warnings of one kind to a readable number: past the first [`PER_FILE`], one
//! closing line says how many more there are, so a pasted page of one slip cannot push the
//! real errors out of sight. Errors are never capped.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Problem, Severity};

/// How many warnings of one kind a file lists before its closing line.
pub const PER_FILE: usize = 10;

/// `diagnostics` (sorted by path and line) with each file's warnings of one code past the
/// first [`PER_FILE`] replaced by one [`Problem::MoreWarnings`], at the place of the first one
/// left out (so it follows those listed).
pub fn cap(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen: HashMap<(String, &'static str), usize> = HashMap::new();
    for d in &diagnostics {
        if d.severity() == Severity::Warning {
            *seen.entry((d.path.clone(), d.problem.code())).or_default() += 1;
        }
    }
    if seen.values().all(|&n| n <= PER_FILE) {
        return diagnostics;
    }
    let mut listed: HashMap<(String, &'static str), usize> = HashMap::new();
    let mut out = Vec::with_capacity(diagnostics.len());
    for d in diagnostics {
        if d.severity() != Severity::Warning {
            out.push(d);
            continue;
        }
        let key = (d.path.clone(), d.problem.code());
        let total = seen.get(&key).copied().unwrap_or(0);
        let n = listed.entry(key).or_default();
        *n += 1;
        match (*n).cmp(&(PER_FILE + 1)) {
            std::cmp::Ordering::Less => out.push(d),
            std::cmp::Ordering::Equal if total > PER_FILE => {
                let code = d.problem.code().to_string();
                out.push(Diagnostic::new(
                    d.path,
                    d.line,
                    d.column,
                    Problem::MoreWarnings {
                        code,
                        more: total - PER_FILE,
                    },
                ));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doubled(path: &str, line: usize) -> Diagnostic {
        Diagnostic::new(
            path,
            line,
            1,
            Problem::MnDoubledWord {
                word: "Урт".into(),
                times: 2,
            },
        )
    }

    #[test]
    fn a_file_lists_ten_warnings_of_a_kind_then_says_how_many_more() {
        let mut all: Vec<Diagnostic> = (1..=25).map(|l| doubled("a.md", l)).collect();
        all.insert(3, Diagnostic::new("a.md", 4, 1, Problem::Empty));
        all.push(doubled("b.md", 1));
        let capped = cap(all);
        let codes: Vec<&str> = capped.iter().map(|d| d.problem.code()).collect();
        assert_eq!(capped.len(), 10 + 1 + 1 + 1, "{codes:?}");
        assert_eq!(
            codes.iter().filter(|c| **c == "empty").count(),
            1,
            "the error stays"
        );
        let closing = &capped[11];
        assert_eq!(
            closing.problem,
            Problem::MoreWarnings {
                code: "mn-doubled-word".into(),
                more: 15
            }
        );
        assert_eq!((closing.path.as_str(), closing.line), ("a.md", 11));
        assert_eq!(capped[12].path, "b.md", "another file keeps its own");
        assert_eq!(crate::diagnostic::tally(&capped), (1, 26));
    }

    #[test]
    fn ten_or_fewer_are_all_listed() {
        let all: Vec<Diagnostic> = (1..=10).map(|l| doubled("a.md", l)).collect();
        assert_eq!(cap(all.clone()), all);
    }
}
