//! Placeholders: the `TODO:` texts `toli new` writes for a trainer to replace. Each one left is
//! an error naming its line and column, so `toli check` walks a new entry to a finished one.

use super::super::split::lines;
use crate::diagnostic::Problem;

/// What every placeholder starts with.
pub const PLACEHOLDER: &str = "TODO:";

/// Longest placeholder text quoted back in a message, in characters.
const QUOTED_CHARS: usize = 60;

/// Line, column (1-based) and problem of every placeholder in a file.
pub fn find(text: &str) -> Vec<(usize, usize, Problem)> {
    let mut out = Vec::new();
    if !text.contains(PLACEHOLDER) {
        return out;
    }
    for (i, line) in lines(text).into_iter().enumerate() {
        let mut from = 0;
        while let Some(pos) = line[from..].find(PLACEHOLDER) {
            let at = from + pos;
            let rest = &line[at..];
            // The placeholder runs to its closing quote, or to the end of the line.
            let end = rest.find(['"', '\'']).unwrap_or(rest.len());
            let whole = rest[..end].trim_end();
            let mut quoted: String = whole.chars().take(QUOTED_CHARS).collect();
            if quoted.len() < whole.len() {
                quoted.push('…');
            }
            out.push((
                i + 1,
                line[..at].chars().count() + 1,
                Problem::Placeholder { text: quoted },
            ));
            from = at + PLACEHOLDER.len();
        }
    }
    out
}

/// True when `text` is or holds a placeholder.
pub fn is_placeholder(text: &str) -> bool {
    text.contains(PLACEHOLDER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_found_with_its_column() {
        let text =
            "---\ntitle: {en: \"TODO: the title\", mn: \"TODO: гарчиг\"}\n---\nTODO: write it\n";
        let found: Vec<(usize, usize, String)> = find(text)
            .into_iter()
            .map(|(l, c, p)| match p {
                Problem::Placeholder { text } => (l, c, text),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            found,
            [
                (2, 14, "TODO: the title".to_string()),
                (2, 37, "TODO: гарчиг".to_string()),
                (4, 1, "TODO: write it".to_string()),
            ]
        );
    }

    #[test]
    fn finished_text_has_none() {
        assert!(find("---\ntitle: Done\n---\nAll written.\n").is_empty());
        assert!(!is_placeholder("src-a"));
    }
}
