//! An action that no loaded recommendation lists while one in a file that did not load does:
//! said as that file and its first error (fix it, and the action has its recommendation),
//! not as "no recommendation lists this action", which sends the reader to the wrong file.

use super::unloaded::{bare, front_lines};
use crate::diagnostic::{Diagnostic, Problem, Severity};

/// The ids a file's front matter lists under `actions:`, read without parsing the YAML (which
/// may be what is broken): a one-line `[a, b]` or a block of `- a` lines below the key.
pub fn declared_actions(text: &str) -> Vec<String> {
    let front: Vec<&str> = front_lines(text).collect();
    let Some(at) = front.iter().position(|l| l.starts_with("actions:")) else {
        return Vec::new();
    };
    let rest = front[at]["actions:".len()..]
        .split(" #")
        .next()
        .unwrap_or("");
    let items: Vec<&str> = match rest.trim().strip_prefix('[') {
        Some(flow) => flow.trim_end_matches(']').split(',').collect(),
        None => (front[at + 1..].iter())
            .take_while(|l| l.starts_with([' ', '-']))
            .filter_map(|l| l.trim_start().strip_prefix('-'))
            .collect(),
    };
    items
        .into_iter()
        .map(bare)
        .filter(|i| crate::markdown::links::is_entry_id(i))
        .map(str::to_string)
        .collect()
}

/// Turns each "no recommendation lists this action" whose id a file that did not load lists
/// (`listed`: the action's id and that file's path) into [`Problem::ActionListedByUnloaded`],
/// naming the file and the line and column of its first error.
pub fn explain(diagnostics: &mut [Diagnostic], listed: &[(String, String)]) {
    if listed.is_empty() {
        return;
    }
    let first_error = |path: &str, diagnostics: &[Diagnostic]| {
        (diagnostics.iter())
            .filter(|d| d.path == path && d.severity() == Severity::Error)
            .map(|d| (d.line, d.column))
            .min()
    };
    for i in 0..diagnostics.len() {
        let Problem::ActionWithoutRecommendation { id } = &diagnostics[i].problem else {
            continue;
        };
        let Some((_, file)) = listed.iter().find(|(action, _)| action == id) else {
            continue;
        };
        let Some((line, column)) = first_error(file, diagnostics) else {
            continue;
        };
        diagnostics[i].problem = Problem::ActionListedByUnloaded {
            file: file.clone(),
            line,
            column,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_actions_are_read_from_the_front_matter_as_written() {
        let flow = "---\nid: итгэлцэл\nkind: recommendation\nactions: [trust-workshops, \"b\"] # mine\n---\n";
        assert_eq!(declared_actions(flow), ["trust-workshops", "b"]);
        let block =
            "---\nid: r\nactions:\n  - a-one\n  - 'a-two'\nsummary: x\n---\nactions: [body]\n";
        assert_eq!(declared_actions(block), ["a-one", "a-two"]);
        assert!(declared_actions("---\nid: r\n---\nactions: [x]\n").is_empty());
        assert!(declared_actions("no front matter\nactions: [x]\n").is_empty());
    }

    #[test]
    fn an_action_listed_by_a_file_that_did_not_load_names_that_file() {
        let mut diagnostics = vec![
            Diagnostic::new(
                "ws/actions/trust-workshops.md",
                2,
                1,
                Problem::ActionWithoutRecommendation {
                    id: "trust-workshops".into(),
                },
            ),
            Diagnostic::new(
                "ws/actions/alone.md",
                2,
                1,
                Problem::ActionWithoutRecommendation { id: "alone".into() },
            ),
            Diagnostic::new(
                "ws/recommendations/r.md",
                2,
                5,
                Problem::BadId {
                    value: "итгэлцэл".into(),
                    meant: Some("itgeltsel".into()),
                },
            ),
        ];
        let listed = [(
            "trust-workshops".to_string(),
            "ws/recommendations/r.md".to_string(),
        )];
        explain(&mut diagnostics, &listed);
        assert_eq!(
            diagnostics[0].problem,
            Problem::ActionListedByUnloaded {
                file: "ws/recommendations/r.md".into(),
                line: 2,
                column: 5,
            }
        );
        // An action no file lists at all is still told to find a recommendation.
        assert_eq!(
            diagnostics[1].problem,
            Problem::ActionWithoutRecommendation { id: "alone".into() }
        );
    }
}
