//! A tour's text naming a step the tour does not have — "steps 10–12" or «10–12-р алхамд» in a
//! tour of eleven steps — or giving a step's entry the wrong number: "[[it-park]] (step 7)" when
//! IT Park is step 8. Steps get added and moved; the prose that counts them is easy to forget,
//! and a trainer plans `g 12` from it.

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
/// A link and the step number after it: "[[it-park]] (step 7)", «[[it-park|IT Park]] (7-р алхам)».
static LINKED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)\[\[([^\]|]+)(?:\|[^\]]*)?\]\]\s*\((?:steps?\s+(\d+)|(\d+)-р\s+алх[^)]*)\)")
        .ok()
});

/// Each step number in the tour's English and Mongolian text past its last step, and each
/// number given to a step's own entry that is not its place, at its file line and column.
/// `steps` are the ids the tour's steps name, in order.
pub fn check(path: &str, parts: &Parts, steps: &[&str]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for section in [&parts.en, &parts.mn].into_iter().flatten() {
        let Some(pattern) = &*LINKED else { break };
        for found in pattern.captures_iter(&section.text) {
            let (Some(id), Some(number)) = (found.get(1), found.get(2).or(found.get(3))) else {
                continue;
            };
            let id = id.as_str().trim();
            let (Ok(written), Some(at)) = (
                number.as_str().parse::<usize>(),
                steps.iter().position(|s| *s == id),
            ) else {
                continue;
            };
            if written != at + 1 {
                let (l, c) = line_col(&section.text, number.start());
                out.push(Diagnostic::new(
                    path,
                    section.first_line + l - 1,
                    c,
                    Problem::TourStepNumber {
                        id: id.to_string(),
                        written,
                        actual: at + 1,
                    },
                ));
            }
        }
    }
    let steps = steps.len();
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
        let eleven = ["s"; 11];
        let found: Vec<(usize, usize, usize)> = check("t.md", &p, &eleven)
            .iter()
            .map(|d| match d.problem {
                Problem::TourStepBeyond { step, .. } => (d.line, d.column, step),
                _ => (0, 0, 0),
            })
            .collect();
        assert_eq!(found, [(21, 10, 12), (31, 4, 12)]);
        assert!(check("t.md", &p, &["s"; 12]).is_empty());
    }

    #[test]
    fn a_steps_entry_given_another_number_is_named() {
        let p = parts(
            "Charts: [[fig-a]] (step 3), [[it-park]] (step 7) and [[it-park|IT Park]] (step 8).",
            "Графикууд: [[it-park|IT Park]] (7-р алхам).",
        );
        let steps = ["a", "b", "c", "d", "e", "f", "g", "it-park"];
        let found: Vec<(usize, usize, String)> = check("t.md", &p, &steps)
            .iter()
            .map(|d| match &d.problem {
                Problem::TourStepNumber {
                    written, actual, ..
                } => (d.line, *written, format!("{actual}")),
                _ => (0, 0, String::new()),
            })
            .collect();
        assert_eq!(found, [(20, 7, "8".into()), (30, 7, "8".into())]);
    }
}
