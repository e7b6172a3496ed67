//! An unclosed quote, named where it opens and closed where the value ends.

use super::super::yaml_scan::{byte_at, quote_spans};
use super::{Fault, Patch, Reported, flow};

/// A quote that opens a value and is still open where the parser gave up (or never closes).
pub(super) fn open_quote(lines: &[&str], r: &Reported) -> Option<Fault> {
    let spans = quote_spans(lines);
    let context_quote = r
        .context
        .starts_with("scanning a quoted scalar")
        .then_some(r.context_at)
        .flatten();
    let span = spans.iter().find(|s| {
        Some((s.line + 1, s.column)) == context_quote
            || (s.line < r.at.0 && s.closes_on.is_none_or(|c| c + 1 >= r.at.0))
    })?;
    let line = lines[span.line];
    // Inside brackets, the quote closes where the rest of the line still closes them.
    let quote = byte_at(line, span.column);
    let open = flow::open_before(lines, span.line, quote);
    if !open.is_empty()
        && let Some((at, quoted)) = flow::quote_close(line, quote, &open)
    {
        return Some(Fault {
            line: span.line + 1,
            column: span.column,
            code: "quote-closes-after",
            name: flow::shortened(quoted),
            patch: Some(Patch::Insert {
                at,
                text: span.quote.to_string(),
            }),
        });
    }
    Some(Fault {
        line: span.line + 1,
        column: span.column,
        code: "quote-not-closed",
        name: span.quote.to_string(),
        patch: Some(Patch::Insert {
            at: quote_end(line),
            text: span.quote.to_string(),
        }),
    })
}

/// Where a missing closing quote goes on `line`: its end, but before the `}` or `]` that close
/// a flow the quote sits in.
pub(super) fn quote_end(line: &str) -> usize {
    let trimmed = line.trim_end();
    let opens = trimmed.matches(['{', '[']).count();
    let body = trimmed.trim_end_matches(['}', ']', ' ']);
    if opens > 0 && body.len() < trimmed.len() {
        body.len()
    } else {
        trimmed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{fault_of, patched, said};

    #[test]
    fn an_unclosed_quote_is_named_where_it_opens() {
        let front = "id: q\ntitle:\n  en: Q\n  mn: \"Эвдэрсэн\nsummary: x\nsources:\n  - id: a\n    locator: \"S II\"\n";
        assert_eq!(said(front), (4, 7, "quote-not-closed", "\"".into()));
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert!(serde_yaml::from_str::<serde_yaml::Value>(&fixed).is_ok());
    }

    #[test]
    fn a_quote_open_to_the_end_or_inside_braces_is_found() {
        assert_eq!(said("id: x\ntitle: 'abc\nsummary: x\n").0, 2);
        let front = "summary: {en: x, mn: \"х}\nsources:\n  - locator: \"S\"\n";
        assert_eq!(said(front), (1, 22, "quote-closes-after", "х".into()));
        let fixed = patched(front, &fault_of(front)).expect("patch");
        assert!(
            fixed.starts_with("summary: {en: x, mn: \"х\"}\n"),
            "{fixed}"
        );
    }

    #[test]
    fn a_quote_that_closes_on_a_later_line_is_fine_until_the_error() {
        let front = "title: \"abc\n  def\"\nsummary: \"oops\n";
        assert_eq!(said(front), (3, 10, "quote-not-closed", "\"".into()));
    }

    /// A quote left open inside brackets closes where the rest of the line still closes
    /// them: in a map before the next field, in a list at the item's end, commas and all.
    #[test]
    fn a_quote_left_open_inside_brackets_closes_before_what_follows_it() {
        let cases = [
            (
                "title: {en: \"Parks, a review, mn: Паркууд}\n",
                "Parks, a review",
                "title: {en: \"Parks, a review\", mn: Паркууд}\n",
            ),
            (
                "aliases: {en: [\"a, b], mn: [c]}\n",
                "a, b",
                "aliases: {en: [\"a, b\"], mn: [c]}\n",
            ),
        ];
        for (front, name, fixed) in cases {
            assert_eq!(said(front).2, "quote-closes-after", "{front}");
            assert_eq!(said(front).3, name, "{front}");
            assert_eq!(patched(front, &fault_of(front)).as_deref(), Some(fixed));
        }
    }
}
