//! Where each message of a Fluent file lies, found without parsing it, so that a message can be
//! parsed on its own the first time it is formatted: a one-shot command formats a handful of
//! the few hundred messages.
//!
//! A message starts on a line that begins with its identifier and `=`; it runs until the next
//! line that begins with anything but whitespace (the next message, a term, a comment). That is
//! all a message is when it refers to no other message or term, which [`self_contained`] checks:
//! a file where some message does is parsed whole.

use std::ops::Range;

/// The identifier of the message starting on `line`, if one does.
fn message_id(line: &str) -> Option<&str> {
    if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let (id, rest) = line.split_at(end);
    rest.trim_start_matches([' ', '\t'])
        .starts_with('=')
        .then_some(id)
}

/// Every message of `source`: its identifier and the byte range of its text, in file order.
pub fn message_spans(source: &str) -> Vec<(&str, Range<usize>)> {
    let mut out: Vec<(&str, Range<usize>)> = Vec::new();
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        let starts_entry = !line.trim().is_empty() && !line.starts_with([' ', '\t']);
        if starts_entry {
            if let Some((_, range)) = out.last_mut()
                && range.end == usize::MAX
            {
                range.end = at;
            }
            if let Some(id) = message_id(line) {
                out.push((id, at..usize::MAX));
            }
        }
        at += line.len();
    }
    if let Some((_, range)) = out.last_mut()
        && range.end == usize::MAX
    {
        range.end = source.len();
    }
    out
}

/// True when no placeable of `source` refers to a message, a term or a function (`{ other }`,
/// `{ -term }`, `{ NUMBER($n) }`): only variables and literals, so each message stands alone.
pub fn self_contained(source: &str) -> bool {
    source.split('{').skip(1).all(|after| {
        let inner = after.trim_start();
        inner.starts_with(['$', '"', '}']) || inner.starts_with(|c: char| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;
    use fluent_syntax::ast::{Entry, Message};

    const FTL: &str = "# A comment\n\
        hello = Hello, { $name }!\n\
        \n\
        multi =\n    First line\n\n    after a blank line\n    .title = An attribute\n\
        ## Section\n\
        -brand = Toli\n\
        last= The end";

    #[test]
    fn each_message_is_its_lines() {
        let spans = message_spans(FTL);
        let ids: Vec<&str> = spans.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, ["hello", "multi", "last"]);
        let text = |i: usize| &FTL[spans[i].1.clone()];
        assert_eq!(text(0), "hello = Hello, { $name }!\n\n");
        assert_eq!(
            text(1),
            "multi =\n    First line\n\n    after a blank line\n    .title = An attribute\n"
        );
        assert_eq!(text(2), "last= The end");
        assert!(self_contained(FTL));
    }

    #[test]
    fn references_are_not_self_contained() {
        assert!(!self_contained("a = { -brand } is here"));
        assert!(!self_contained("a = see { b }"));
        assert!(!self_contained("a = { NUMBER($n) }"));
        assert!(self_contained("a = { $n } and { \"{\" } and { 5 }"));
    }

    fn messages(res: &FluentResource) -> impl Iterator<Item = &Message<&str>> {
        res.entries().filter_map(|e| match e {
            Entry::Message(m) => Some(m),
            _ => None,
        })
    }

    #[test]
    fn every_shipped_message_parses_alone_as_in_its_file() {
        for name in super::super::Locales::iter() {
            let file = super::super::Locales::get(&name).expect("embedded");
            let source = String::from_utf8_lossy(&file.data).into_owned();
            let whole = FluentResource::try_new(source.clone()).expect("parses");
            let spans = message_spans(&source);
            assert_eq!(spans.len(), messages(&whole).count(), "{name}");
            assert!(self_contained(&source), "{name}");
            for (id, range) in spans {
                let alone = FluentResource::try_new(source[range].to_string())
                    .unwrap_or_else(|_| panic!("{name}: {id} parses alone"));
                let m = messages(&alone).next().expect("a message");
                let in_file = messages(&whole).find(|w| w.id.name == id);
                assert_eq!(m.id.name, id);
                assert_eq!(
                    Some((&m.value, &m.attributes)),
                    in_file.map(|w| (&w.value, &w.attributes)),
                    "{name}: {id} reads the same alone"
                );
            }
        }
    }
}
