//! What front matter is checked for before the YAML parser reads it: flow nesting deeper than
//! [`MAX_FLOW_DEPTH`], which would slow the parser, and tabs in indentation (reported, then
//! read as spaces by `untab`).

/// Front matter never needs deeper `[`/`{` nesting than this; the YAML parser slows down
/// quadratically on pathological nesting, so deeper input is refused before parsing.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Line and column (1-based) where flow nesting first exceeds [`MAX_FLOW_DEPTH`], if it does.
pub(super) fn too_deep(yaml: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, line) in yaml.split('\n').enumerate() {
        let mut quote: Option<char> = None;
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some((i + 1, col + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// Lines (1-based, in the front matter) and columns of tabs in indentation.
pub(super) fn tab_indents(yaml: &str) -> Vec<(usize, usize)> {
    yaml.split('\n')
        .enumerate()
        .filter_map(|(i, line)| {
            let indent = line.len() - line.trim_start_matches([' ', '\t', '-']).len();
            let tab = line[..indent].find('\t')?;
            Some((i + 1, line[..tab].chars().count() + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_in_indentation_are_found_but_not_tabs_in_values() {
        assert_eq!(tab_indents("a:\n\tb: 1\n  -\tc\nd: x\ty"), [(2, 1), (3, 4)]);
    }
}
