//! A tour's text naming a step the tour does not have: "steps 10–12" or «10–12-р алхамд» in a
//! tour of eleven steps. Steps get added and moved; the prose that counts them is easy to
//! forget, and a trainer plans `g 12` from it.

use std::sync::LazyLock;

use regex::Regex;

use super::split::Parts;
use crate::diagnostic::{Diagnostic, Problem};
use crate::markdown::links::line_col;

/// "step 7", "steps 10–12" (any case; a hyphen or an en dash).
static ENGLISH: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)\bsteps?\s+(\d+)(?:\s*[–-]\s*(\d+))?").ok());
/// «7-р алхам», «10–12-р алхамд», «9-р алхмын».
static MONGOLIAN: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(\d+)(?:\s*[–-]\s*(\d+))?-р\s+алх").ok());

/// Each step number in the tour's English and Mongolian text above `steps`, at its file line
/// and column.
pub fn check(path: &str, parts: &Parts, steps: usize) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let sections = [(&parts.en, &*ENGLISH), (&parts.mn, &*MONGOLIAN)];
    for (section, pattern) in sections {
        let (Some(section), Some(pattern)) = (section, pattern) else {
            continue;
        };
        for found in pattern.captures_iter(&section.text) {
            for number in [found.get(1), found.get(2)].into_iter().flatten() {
                let Ok(step) = number.as_str().parse::<usize>() else {
                    continue;
                };
                if step > steps {
                    let (l, c) = line_col(&section.text, number.start());
                    out.push(Diagnostic::new(
                        path,
                        section.first_line + l - 1,
                        c,
                        Problem::TourStepBeyond { step, steps },
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::split::Section;

    fn parts(en: &str, mn: &str) -> Parts {
        Parts {
            en: Some(Section {
                text: en.into(),
                first_line: 20,
            }),
            mn: Some(Section {
                text: mn.into(),
                first_line: 30,
            }),
            ..Parts::default()
        }
    }

    #[test]
    fn a_step_beyond_the_tour_is_named_where_it_is_written() {
        let p = parts(
            "Steps 2–4 carry the figures;\nsteps 10–12 the advice. See step 3.",
            "2–4-р алхамд тоо,\n10–12-р алхамд зөвлөмж. 9-р алхмын дараа.",
        );
        let found: Vec<(usize, usize, usize)> = check("t.md", &p, 11)
            .iter()
            .map(|d| match d.problem {
                Problem::TourStepBeyond { step, .. } => (d.line, d.column, step),
                _ => (0, 0, 0),
            })
            .collect();
        assert_eq!(found, [(21, 10, 12), (31, 4, 12)]);
        assert!(check("t.md", &p, 12).is_empty());
    }
}
