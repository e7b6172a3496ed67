//! Front matter with the tabs of its indentation read as spaces, so that the rest of a file
//! indented with a tab can be checked (the tab itself is reported). A tab stands for however
//! many spaces its writer's editor showed, so each line's leading tabs become the indentation
//! of a line around it — the key above, one step under it, the line below — whichever YAML
//! reads furthest; else one space a tab, column for column.

/// Lines whose tabs are lined up by trying the YAML; past them, one space a tab.
const TRIED_LINES: usize = 32;

/// `front` with every tab in the indentation of its lines read as spaces.
pub(super) fn untab(front: &str) -> String {
    let mut lines: Vec<String> = front.split('\n').map(str::to_string).collect();
    let mut tried = 0;
    for i in 0..lines.len() {
        let own = lead(&lines[i]);
        if !lines[i][..own].contains('\t') {
            lines[i] = one_for_one(&lines[i]);
            continue;
        }
        let rest = lines[i][own..].to_string();
        let mut widths = Vec::new();
        if tried < TRIED_LINES {
            tried += 1;
            let above = (0..i)
                .rev()
                .map(|k| lines[k].as_str())
                .find(|l| is_content(l));
            let below = lines[i + 1..]
                .iter()
                .map(String::as_str)
                .find(|l| is_content(l));
            if let Some(above) = above {
                widths.push(key_column(above));
            }
            if let Some(below) = below.filter(|l| !l[..lead(l)].contains('\t')) {
                widths.push(lead(below));
            }
            if let Some(above) = above {
                widths.push(key_column(above) + 2);
            }
        }
        // The first width that reads furthest, if further than one space a tab.
        let reads_with = |line: &str| {
            let mut with = lines.clone();
            with[i] = line.to_string();
            reads_to(&with.join("\n"))
        };
        let mut best = one_for_one(&lines[i]);
        let mut furthest = reads_with(&best);
        for w in widths {
            let candidate = format!("{}{}", " ".repeat(w), one_for_one(&rest));
            let reads = reads_with(&candidate);
            if reads > furthest {
                (best, furthest) = (candidate, reads);
            }
        }
        lines[i] = best;
    }
    lines.join("\n")
}

/// How far YAML reads `text`: the line of its first error, or past every line.
fn reads_to(text: &str) -> usize {
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(_) => usize::MAX,
        Err(e) => e.location().map_or(0, |l| l.line()),
    }
}

fn is_content(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with('#')
}

/// Bytes of leading spaces and tabs.
fn lead(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// The column (from 0) where the key of `line` starts: after its indentation and any `- `.
fn key_column(line: &str) -> usize {
    let trimmed = line.trim_start_matches([' ', '\t', '-']);
    line.len() - trimmed.len()
}

/// `line` with each tab of its indentation (dashes included) read as one space.
fn one_for_one(line: &str) -> String {
    let indent = line.len() - line.trim_start_matches([' ', '\t', '-']).len();
    format!("{}{}", line[..indent].replace('\t', " "), &line[indent..])
}

/// Line and column (from 1) of the first tab of each line of `front` after its indentation
/// (inside a value, or between a key and its value), comments left out.
pub(super) fn tabs_in_values(front: &str) -> Vec<(usize, usize)> {
    front
        .split('\n')
        .enumerate()
        .filter_map(|(i, line)| {
            let indent = line.len() - line.trim_start_matches([' ', '\t', '-']).len();
            let body = &line[indent..];
            let comment = (body.starts_with('#').then_some(0))
                .or_else(|| body.find(" #"))
                .unwrap_or(body.len());
            let tab = indent + body[..comment].find('\t')?;
            Some((i + 1, line[..tab].chars().count() + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tab where the lines around are indented with spaces reads as their indentation, so
    /// the front matter reads whole and the tab is the one problem to report.
    #[test]
    fn a_tab_lines_up_with_the_lines_around_it() {
        let cases = [
            ("title:\n\ten: T\n  mn: Т\n", "title:\n  en: T\n  mn: Т\n"),
            ("title:\n  en: T\n\tmn: Т\n", "title:\n  en: T\n  mn: Т\n"),
            // Read at the start of the line it would be a field of its own: the key above wins.
            (
                "title:\n  en: T\n\tmn: Т\nid: x\n",
                "title:\n  en: T\n  mn: Т\nid: x\n",
            ),
            (
                "steps:\n  - entry: t\n\tnote:\n      en: x\n",
                "steps:\n  - entry: t\n    note:\n      en: x\n",
            ),
            (
                "steps:\n  - entry: t\n    note:\n\t\ten: x\n      mn: y\n",
                "steps:\n  - entry: t\n    note:\n      en: x\n      mn: y\n",
            ),
        ];
        for (front, fixed) in cases {
            assert_eq!(untab(front), fixed, "{front:?}");
            assert_eq!(reads_to(&untab(front)), usize::MAX, "{front:?}");
        }
    }

    #[test]
    fn a_tab_after_a_dash_and_in_a_value_are_read_as_before() {
        assert_eq!(untab("a:\n  -\tc\nd: x\ty"), "a:\n  - c\nd: x\ty");
    }

    /// A tab inside a value (or after a key's colon) is found at its column; one in the
    /// indentation or a comment is not.
    #[test]
    fn a_tab_inside_a_value_is_found_where_it_is() {
        let front = "tags:\n  en: [a,\tb]\n\tmn: [в]\ntitle:\tT # a\tcomment\n# c\td\nсан: ж\tз\n";
        assert_eq!(tabs_in_values(front), vec![(2, 10), (4, 7), (6, 7)]);
    }
}
