//! Reading YAML lines as the parser would, without parsing them: where quoted values open and
//! close, which brackets stay open, and where a line's key is. The parser gives up on broken text;
//! these scans still answer, so that `yaml_syntax` can name the slip.

/// The first `[` or `{` (1-based line and column) opened on or before `last_line` that is not
/// closed by then; quoted text is skipped.
pub(super) fn unclosed_flow(lines: &[&str], last_line: usize) -> Option<(usize, usize)> {
    let mut open: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(last_line) {
        let mut quote: Option<char> = None;
        let mut last: Option<char> = None;
        for (b, c) in line.char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => continue,
                (None, '"' | '\'') if matches!(last, None | Some('[' | '{' | ',' | ':')) => {
                    quote = Some(c);
                }
                (None, '[' | '{') => open.push((i + 1, column_of(line, b))),
                (None, ']' | '}') => {
                    open.pop();
                }
                (None, '#') if last.is_none() || line[..b].ends_with(' ') => break,
                _ => {}
            }
            if c != ' ' {
                last = Some(c);
            }
        }
    }
    open.first().copied()
}

/// Byte offset of the 1-based character column `column` in `line`.
pub(super) fn byte_at(line: &str, column: usize) -> usize {
    line.char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(b, _)| b)
}

/// 1-based character column of byte offset `byte` in `line`.
pub(super) fn column_of(line: &str, byte: usize) -> usize {
    line[..byte.min(line.len())].chars().count() + 1
}

/// A quoted value that does not close on the line it opens on (0-based line, 1-based column).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct QuoteSpan {
    pub line: usize,
    pub column: usize,
    pub quote: char,
    pub closes_on: Option<usize>,
}

/// Every quoted value that runs past its line, found as YAML reads quotes: a quote opens a
/// value only at its start (after `: `, `- `, `[`, `{`, `,` or at the start of a line).
pub(super) fn quote_spans(lines: &[&str]) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut open: Option<QuoteSpan> = None;
    for (i, line) in lines.iter().enumerate() {
        let mut chars = line.char_indices().peekable();
        let mut last: Option<char> = None;
        let mut after_space = true;
        while let Some((b, c)) = chars.next() {
            if let Some(span) = &open {
                let q = span.quote;
                let escaped = (q == '"' && c == '\\')
                    || (c == q && q == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\''));
                if escaped {
                    chars.next();
                } else if c == q {
                    if span.line != i
                        && let Some(mut s) = open.take()
                    {
                        s.closes_on = Some(i);
                        spans.push(s);
                    }
                    open = None;
                    last = Some(c);
                    after_space = false;
                }
                continue;
            }
            let starts_value = match last {
                None => true,
                Some('[' | '{' | ',') => true,
                Some(':' | '-' | '?') => after_space,
                _ => false,
            };
            match c {
                '"' | '\'' if starts_value => {
                    open = Some(QuoteSpan {
                        line: i,
                        column: column_of(line, b),
                        quote: c,
                        closes_on: None,
                    });
                }
                '#' if after_space => break,
                ' ' => after_space = true,
                _ => {
                    last = Some(c);
                    after_space = false;
                }
            }
        }
    }
    spans.extend(open);
    spans
}

/// True when the bracket at byte `at` of line `from` is closed later by a closer of its kind,
/// the brackets inside it closed in order (quotes skipped).
pub(super) fn closes(lines: &[&str], from: usize, at: usize) -> bool {
    let mut want: Vec<char> = Vec::new();
    let mut quote: Option<char> = None;
    for (i, line) in lines.iter().enumerate().skip(from) {
        let start = if i == from { at } else { 0 };
        for c in line[start..].chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '[') => want.push(']'),
                (None, '{') => want.push('}'),
                (None, ']' | '}') => {
                    if want.pop() != Some(c) {
                        return false;
                    }
                    if want.is_empty() {
                        return true;
                    }
                }
                _ => {}
            }
        }
    }
    false
}

/// The key of a line: its 1-based column (after indentation and `- `), its name, and whether a
/// value follows on the same line. `None` for a line that is not `key: …`.
pub(super) fn key_of(line: &str) -> Option<(usize, &str, bool)> {
    let body = line.trim_start_matches([' ', '-']);
    let start = line.len() - body.len();
    let colon = body.find(':')?;
    let name = &body[..colon];
    let after = &body[colon + 1..];
    if name.is_empty() || name.contains(' ') || !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let value = after.trim();
    Some((
        column_of(line, start),
        name,
        !value.is_empty() && !value.starts_with('#'),
    ))
}

/// True when `name` is a field of the entry itself (not a key of a map or list inside it): one
/// every kind has, or one of the kind its `kind:` line names (of any kind while none is named).
pub(super) fn is_entry_field(lines: &[&str], name: &str) -> bool {
    use crate::corpus::{kinds, model::Kind};
    if super::field_shapes::COMMON_FIELDS.contains(&name) {
        return true;
    }
    let kind = lines
        .iter()
        .find_map(|l| l.strip_prefix("kind:"))
        .and_then(|v| Kind::parse(v.trim().trim_matches(['"', '\''])));
    match kind {
        Some(kind) => kinds::allows(kind, name),
        None => kinds::all_keys().contains(&name),
    }
}

/// The nearest line above `line` (1-based) that holds something.
pub(super) fn line_above<'a>(lines: &[&'a str], line: usize) -> Option<&'a str> {
    lines[..line.saturating_sub(1).min(lines.len())]
        .iter()
        .rev()
        .find(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
        .copied()
}

/// Leading spaces that put the key of `line` at `column` (`- ` counted as indentation).
pub(super) fn spaces_for(line: &str, column: usize) -> usize {
    let dashes = line.trim_start_matches(' ').len() - line.trim_start_matches([' ', '-']).len();
    column.saturating_sub(1).saturating_sub(dashes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_quotes_that_open_a_value_count() {
        let lines = [
            "mn: Монголын 'Шинэ' бодлого",
            "en: it's fine",
            "title: \"a",
            "  b\"",
            "x: 'c",
        ];
        assert_eq!(
            quote_spans(&lines),
            [
                QuoteSpan {
                    line: 2,
                    column: 8,
                    quote: '"',
                    closes_on: Some(3)
                },
                QuoteSpan {
                    line: 4,
                    column: 4,
                    quote: '\'',
                    closes_on: None
                },
            ]
        );
    }

    #[test]
    fn escaped_quotes_do_not_close_a_value() {
        let lines = ["a: \"say \\\"hi", "b: 'it''s"];
        let spans = quote_spans(&lines);
        assert_eq!(spans.len(), 1, "{spans:?}");
        assert_eq!(spans[0].closes_on, None);
    }

    #[test]
    fn the_first_bracket_left_open_is_found_past_quoted_brackets() {
        let lines = ["a: {en: \"{\", mn: x}", "b: [c, d", "e: f"];
        assert_eq!(unclosed_flow(&lines, 3), Some((2, 4)));
        assert_eq!(unclosed_flow(&lines, 1), None);
    }

    #[test]
    fn keys_are_found_after_indentation_and_dashes() {
        assert_eq!(key_of("  - id: src"), Some((5, "id", true)));
        assert_eq!(key_of("summary:"), Some((1, "summary", false)));
        assert_eq!(key_of("related cluster"), None);
        assert_eq!(key_of("url: https://x"), Some((1, "url", true)));
        assert_eq!(spaces_for("  - id: src", 5), 2);
    }
}
