//! Brackets and quotes inside flow values (`[…]`, `{…}`), read as YAML reads them. A closing
//! bracket of the wrong kind means the bracket open inside it was never closed: it is named,
//! with where its closer goes (after its last item: in a `{…}`, an item that is a field of the
//! map is not one of the list's), so that nothing after it is reported as an echo. A closer
//! that closes nothing of its kind is a slip for the right one. A quote left open inside
//! brackets closes where what follows it still reads as the rest of the brackets.

use super::super::yaml_scan::{byte_at, column_of};
use super::{Fault, Patch};

/// An open bracket: its 0-based line, its byte in that line, and the bracket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Open {
    pub line: usize,
    pub byte: usize,
    pub bracket: char,
}

fn closer(open: char) -> char {
    if open == '[' { ']' } else { '}' }
}

/// Reads YAML text a character at a time for its brackets: a flow opens with `[` or `{` where
/// a value starts, inside it every bracket counts, and quoted text and comments are skipped.
#[derive(Debug, Default, Clone)]
struct Scan {
    open: Vec<Open>,
    quote: Option<char>,
    /// A closer with nothing open is a mismatch too (else it is text).
    strict: bool,
}

/// A closer met by [`Scan::line`] that does not close the innermost bracket open.
struct Mismatch;

impl Scan {
    /// Reads `text` (line `i`, bytes before `end`), stopping at a closer that closes nothing
    /// open or a bracket of the other kind.
    fn line(&mut self, i: usize, text: &str, end: usize) -> Result<(), Mismatch> {
        let mut chars = text[..end.min(text.len())].char_indices().peekable();
        // The last character that was not a space, and whether a space came after it.
        let mut last: Option<char> = None;
        let mut after_space = true;
        while let Some((b, c)) = chars.next() {
            if let Some(q) = self.quote {
                let next = chars.peek().map(|&(_, n)| n);
                if (q == '"' && c == '\\') || (q == '\'' && c == '\'' && next == Some('\'')) {
                    chars.next();
                } else if c == q {
                    self.quote = None;
                    last = Some(c);
                    after_space = false;
                }
                continue;
            }
            let starts_value = match last {
                None | Some('[' | '{' | ',') => true,
                Some(':' | '-' | '?') => after_space,
                _ => false,
            };
            match c {
                '"' | '\'' if starts_value => self.quote = Some(c),
                '#' if after_space => break,
                '[' | '{' if starts_value || !self.open.is_empty() => self.open.push(Open {
                    line: i,
                    byte: b,
                    bracket: c,
                }),
                ']' | '}' if self.strict || !self.open.is_empty() => match self.open.last() {
                    Some(top) if closer(top.bracket) == c => {
                        self.open.pop();
                    }
                    _ => return Err(Mismatch),
                },
                _ => {}
            }
            if c == ' ' {
                after_space = true;
            } else {
                last = Some(c);
                after_space = false;
            }
        }
        Ok(())
    }
}

/// The brackets open just before byte `at` of line `stop` (0-based), innermost last.
pub(super) fn open_before(lines: &[&str], stop: usize, at: usize) -> Vec<Open> {
    let mut scan = Scan::default();
    for (i, line) in lines.iter().enumerate().take(stop + 1) {
        let end = if i == stop { at } else { line.len() };
        if scan.line(i, line, end).is_err() {
            // A slip above the stop was reported before; read on as if it closed.
            scan.open.pop();
        }
    }
    scan.open
}

/// The parser stopped at `at` (1-based line and column) on a `]` or `}` that does not close the
/// innermost bracket open: that bracket is the fault, or the closer itself when nothing of its
/// kind is open or when, read as the right closer, the brackets close where the value ends
/// (`{en: [a, b}, mn: [c]}`); a closer that closes nothing in brackets that close without it
/// (`[a}, b]`) is extra.
pub(super) fn wrong_closer(lines: &[&str], at: (usize, usize)) -> Option<Fault> {
    let stop = at.0.checked_sub(1)?;
    let line = *lines.get(stop)?;
    let byte = byte_at(line, at.1);
    let found = line[byte..]
        .chars()
        .next()
        .filter(|c| matches!(c, ']' | '}'))?;
    let open = open_before(lines, stop, byte);
    let top = *open.last()?;
    let want = closer(top.bracket);
    if want == found {
        return None;
    }
    let after = byte + found.len_utf8();
    // Read as a slip for the right closer, the brackets close where the value ends
    // (`{en: [a, b}, mn: [c]}`): the closer is the fault, whatever else is open.
    let inner_closed = &open[..open.len() - 1];
    let slip = closes_by_its_end(lines, inner_closed, stop, after);
    if slip || !open.iter().any(|o| closer(o.bracket) == found) {
        // One that closes nothing, in brackets that close without it (`[a}, b]`), is extra.
        let extra = !slip && closes_by_its_end(lines, &open, stop, after);
        let (code, name, text) = if extra {
            ("extra-closer", found, line[after..].to_string())
        } else {
            ("wrong-closer", want, format!("{want}{}", &line[after..]))
        };
        return Some(Fault {
            line: at.0,
            column: at.1,
            code,
            name: name.to_string(),
            patch: Some(Patch::Rewrite { from: byte, text }),
        });
    }
    let inside = open.len().checked_sub(2).map(|i| open[i].bracket);
    let (insert_line, insert_at, after) = close_after(lines, top, (stop, byte), inside);
    let (code, name) = match (top.bracket, after.is_empty()) {
        ('[', false) => ("list-closes-after", shortened(&after)),
        ('[', true) => ("list-not-closed", "]".to_string()),
        (_, false) => ("map-closes-after", shortened(&after)),
        (_, true) => ("map-not-closed", "}".to_string()),
    };
    Some(Fault {
        line: top.line + 1,
        column: column_of(lines[top.line], top.byte),
        code,
        name,
        patch: Some(Patch::InsertOn {
            line: insert_line,
            at: insert_at,
            text: want.to_string(),
        }),
    })
}

/// True when, with `open` open before byte `from` of line `line` (0-based), the rest of that
/// line and the lines after it close every bracket in order, with no closer left over.
fn closes_by_its_end(lines: &[&str], open: &[Open], line: usize, from: usize) -> bool {
    let mut scan = Scan {
        open: open.to_vec(),
        quote: None,
        strict: true,
    };
    for (i, text) in lines.iter().enumerate().skip(line) {
        // What follows the closer goes on a value: a space-less start keeps quotes closed.
        let rest = if i == line {
            format!("x{}", text.get(from..).unwrap_or_default())
        } else {
            text.to_string()
        };
        if scan.line(i, &rest, usize::MAX).is_err() {
            return false;
        }
        if scan.open.is_empty() {
            return true;
        }
    }
    false
}

/// The bracket at `opened` (1-based line and column) never closes: where its closer goes on
/// its own line when that is not the line's end, because a field of the map it sits in
/// follows its items (`{en: [a, b, mn: [c]}`); none when the closer goes at the end.
pub(super) fn unclosed_inside(lines: &[&str], opened: (usize, usize)) -> Option<Fault> {
    let l = opened.0.checked_sub(1)?;
    let line = *lines.get(l)?;
    let byte = byte_at(line, opened.1);
    let open = open_before(lines, l, byte + 1);
    let top = *open.last().filter(|o| (o.line, o.byte) == (l, byte))?;
    let inside = open.len().checked_sub(2).map(|i| open[i].bracket);
    let (at_line, at, after) = close_after(lines, top, (l, line.len()), inside);
    if after.is_empty() || (at_line, at) == (l, line.trim_end().len()) {
        return None;
    }
    let code = if top.bracket == '[' {
        "list-closes-after"
    } else {
        "map-closes-after"
    };
    Some(Fault {
        line: opened.0,
        column: opened.1,
        code,
        name: shortened(&after),
        patch: Some(Patch::InsertOn {
            line: at_line,
            at,
            text: closer(top.bracket).to_string(),
        }),
    })
}

/// Where the closer of `open` goes, when the parser stopped at `stop` (line, byte): after its
/// last item, which in a list inside `{…}` is the item before the first that is a field of the
/// map (`{en: [a, b, mn: [c]}`: after `b`). Gives the line, the byte and that item.
fn close_after(
    lines: &[&str],
    open: Open,
    stop: (usize, usize),
    inside: Option<char>,
) -> (usize, usize, String) {
    /// An item's text and where its last character other than a space ends (line, byte).
    #[derive(Default)]
    struct Item {
        text: String,
        end: Option<(usize, usize)>,
    }
    let mut items = vec![Item::default()];
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut last = Some(open.bracket);
    for (i, text) in lines.iter().enumerate().take(stop.0 + 1).skip(open.line) {
        let from = if i == open.line { open.byte + 1 } else { 0 };
        let to = if i == stop.0 { stop.1 } else { text.len() };
        for (b, c) in text[from..to].char_indices().map(|(b, c)| (b + from, c)) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, ',') if depth == 0 => {
                    items.push(Item::default());
                    last = Some(',');
                    continue;
                }
                (None, '"' | '\'') if matches!(last, Some('[' | '{' | ',' | ':')) => {
                    quote = Some(c);
                }
                (None, '[' | '{') => depth += 1,
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
            if let Some(item) = items.last_mut() {
                item.text.push(c);
                if c != ' ' {
                    item.end = Some((i, b + c.len_utf8()));
                    last = Some(c);
                }
            }
        }
        if let Some(item) = items.last_mut() {
            item.text.push(' ');
        }
    }
    let end = if inside == Some('{') && open.bracket == '[' {
        (items.iter().skip(1))
            .position(|item| is_field(item.text.trim()))
            .map_or(items.len(), |p| p + 1)
    } else {
        items.len()
    };
    match items[..end].iter().rev().find(|item| item.end.is_some()) {
        Some(Item {
            text,
            end: Some((line, byte)),
        }) => (*line, *byte, text.trim().to_string()),
        _ => (open.line, open.byte + 1, String::new()),
    }
}

/// `mn: [x]`, `id: a`: an item that is a field of a map (a plain name, a colon, then a space
/// or nothing).
fn is_field(item: &str) -> bool {
    item.split_once(':').is_some_and(|(key, rest)| {
        !key.is_empty()
            && !key.contains([' ', '"', '\'', '[', '{', ']', '}'])
            && (rest.is_empty() || rest.starts_with(' '))
    })
}

/// Text named in a message: whole when short, else its end.
pub(super) fn shortened(text: &str) -> String {
    let n = text.chars().count();
    if n <= 40 {
        return text.to_string();
    }
    let tail: String = text.chars().skip(n - 30).collect();
    format!("…{}", tail.trim_start())
}

/// Where a quote opened at byte `quote` of `line` inside the brackets `open` closes: before
/// the first `,`, `]` or `}` (or the line's end) after which the rest of the line still reads
/// as the rest of the brackets, with the quoted text's own brackets balanced, and, in a map,
/// a field after a comma; in a list, before a closer first, as an item is quoted for its
/// commas. Gives the byte and the quoted text.
pub(super) fn quote_close<'a>(
    line: &'a str,
    quote: usize,
    open: &[Open],
) -> Option<(usize, &'a str)> {
    let body_start = quote + 1;
    let trimmed = line.trim_end().len();
    let in_map = open.last().is_some_and(|o| o.bracket == '{');
    let stops: Vec<usize> = line[body_start..trimmed]
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | ']' | '}'))
        .map(|(b, _)| b + body_start)
        .chain([trimmed])
        .collect();
    // In a list a quoted item is one holding commas: its end is tried before the commas.
    let (closers, commas): (Vec<usize>, Vec<usize>) =
        stops.iter().partition(|&&at| !line[at..].starts_with(','));
    let order = if in_map {
        stops
    } else {
        closers.into_iter().chain(commas).collect()
    };
    for at in order {
        let content = line[body_start..at].trim_end();
        if content.is_empty() || !balanced(content) {
            continue;
        }
        let mut scan = Scan {
            open: open.to_vec(),
            quote: None,
            strict: true,
        };
        // The rest as YAML reads it after a value: a space-less start keeps quotes closed.
        let rest_ok = scan
            .line(0, &format!("x{}", &line[at..]), usize::MAX)
            .is_ok();
        let all_here = open.iter().all(|o| o.line == open[0].line);
        if !rest_ok || (all_here && !scan.open.is_empty()) {
            continue;
        }
        if in_map && line[at..].starts_with(',') {
            let next = line[at + 1..].split([',', '}']).next().unwrap_or_default();
            if !is_field(next.trim()) {
                continue;
            }
        }
        return Some((body_start + content.len(), content));
    }
    None
}

/// True when the brackets in `text` close in order.
fn balanced(text: &str) -> bool {
    let mut open = Vec::new();
    for c in text.chars() {
        match c {
            '[' | '{' => open.push(closer(c)),
            ']' | '}' if open.pop() != Some(c) => return false,
            _ => {}
        }
    }
    open.is_empty()
}
