//! Where each message of a Fluent file lies, found without parsing it, so that a message can be
//! parsed on its own the first time it is formatted: a one-shot command formats a handful of
//! the few hundred messages.
//!
//! A message starts on a line that begins with its identifier and `=`; it runs until the next
//! line that begins with anything but whitespace (the next message, a term, a comment). That is
//! all a message is when it refers to no other message or term, which [`self_contained`] checks:
//! a file where some message does is parsed whole.
//!
//! build.rs includes this file and writes the [`index`] of every embedded file into the build,
//! so a start does not scan them; files added at run time are indexed when added.

/// Where a message lies in its file, in bytes: `[id start, id end, text start, text end]`.
pub type Span = [u32; 4];

/// An embedded file's index, as build.rs writes it.
#[derive(Debug)]
pub struct Indexed {
    /// The file's name under `locales/`, e.g. `en/search.ftl`.
    pub name: &'static str,
    /// Its length when indexed: another length means the index is not this file's.
    pub len: usize,
    /// Whether its messages stand alone ([`self_contained`]).
    pub self_contained: bool,
    /// Its [`index`].
    pub spans: &'static [Span],
}

/// The length of the identifier of the message starting on `line`, if one does.
fn message_id(line: &str) -> Option<usize> {
    if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    line[end..]
        .trim_start_matches([' ', '\t'])
        .starts_with('=')
        .then_some(end)
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Every message of `source`, in file order.
pub fn message_spans(source: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        let starts_entry = !line.trim().is_empty() && !line.starts_with([' ', '\t']);
        if starts_entry {
            if let Some(span) = out.last_mut()
                && span[3] == u32::MAX
            {
                span[3] = offset(at);
            }
            if let Some(len) = message_id(line) {
                out.push([offset(at), offset(at + len), offset(at), u32::MAX]);
            }
        }
        at += line.len();
    }
    if let Some(span) = out.last_mut()
        && span[3] == u32::MAX
    {
        span[3] = offset(source.len());
    }
    out
}

/// The identifier of `span` in `source`.
fn id_of<'s>(source: &'s [u8], span: &Span) -> &'s [u8] {
    source
        .get(span[0] as usize..span[1] as usize)
        .unwrap_or_default()
}

/// The messages of `source` sorted by identifier, each once: its first definition.
pub fn index(source: &str) -> Vec<Span> {
    let mut spans = message_spans(source);
    // Stable: of equal identifiers, the first definition stays first.
    spans.sort_by(|a, b| id_of(source.as_bytes(), a).cmp(id_of(source.as_bytes(), b)));
    spans.dedup_by(|later, first| {
        id_of(source.as_bytes(), later) == id_of(source.as_bytes(), first)
    });
    spans
}

/// The text of message `id` in `source`, looked up in its [`index`].
pub fn find<'s>(source: &'s [u8], index: &[Span], id: &str) -> Option<&'s str> {
    let at = index
        .binary_search_by(|span| id_of(source, span).cmp(id.as_bytes()))
        .ok()?;
    let span = index[at];
    std::str::from_utf8(source.get(span[2] as usize..span[3] as usize)?).ok()
}

/// True when no placeable of `source` refers to a message, a term or a function other than
/// `NUMBER` (`{ other }`, `{ -term }`, `{ LEN($n) }`): only variables, literals and
/// `NUMBER(…)`, which every bundle has, so each message stands alone.
pub fn self_contained(source: &str) -> bool {
    source.split('{').skip(1).all(|after| {
        let inner = after.trim_start();
        inner.starts_with(['$', '"', '}'])
            || inner.starts_with(|c: char| c.is_ascii_digit())
            || inner.starts_with("NUMBER(")
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

    fn id(span: &Span) -> &'static str {
        &FTL[span[0] as usize..span[1] as usize]
    }

    #[test]
    fn each_message_is_its_lines() {
        let spans = message_spans(FTL);
        let ids: Vec<&str> = spans.iter().map(id).collect();
        assert_eq!(ids, ["hello", "multi", "last"]);
        let text = |i: usize| &FTL[spans[i][2] as usize..spans[i][3] as usize];
        assert_eq!(text(0), "hello = Hello, { $name }!\n\n");
        assert_eq!(
            text(1),
            "multi =\n    First line\n\n    after a blank line\n    .title = An attribute\n"
        );
        assert_eq!(text(2), "last= The end");
        assert!(self_contained(FTL));
    }

    #[test]
    fn the_index_finds_each_first_definition() {
        let source = "b = B\na = A1\nc = C\na = A2\n";
        let index = index(source);
        assert_eq!(index.len(), 3, "one entry per identifier");
        let find = |id| find(source.as_bytes(), &index, id);
        assert_eq!(find("a"), Some("a = A1\n"));
        assert_eq!(find("b"), Some("b = B\n"));
        assert_eq!(find("c"), Some("c = C\n"));
        assert_eq!(find("d"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn the_built_index_is_the_index_of_the_embedded_file() {
        let indexed = super::super::INDEXED;
        let names: Vec<String> = super::super::Locales::iter()
            .map(|n| n.to_string())
            .collect();
        assert_eq!(indexed.len(), names.len(), "every file indexed by build.rs");
        for file in indexed {
            let data = super::super::Locales::get(file.name)
                .expect("embedded")
                .data;
            let source = std::str::from_utf8(&data).expect("UTF-8");
            assert_eq!(file.len, source.len(), "{}", file.name);
            assert_eq!(file.self_contained, self_contained(source), "{}", file.name);
            assert_eq!(file.spans, index(source), "{}", file.name);
        }
    }

    #[test]
    fn references_are_not_self_contained() {
        assert!(!self_contained("a = { -brand } is here"));
        assert!(!self_contained("a = see { b }"));
        assert!(!self_contained("a = { LEN($n) }"));
        assert!(self_contained("a = { $n } and { \"{\" } and { 5 }"));
        assert!(self_contained(
            "a = { NUMBER($n) } and { NUMBER($n, useGrouping: \"false\") }"
        ));
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
            for span in spans {
                let id = &source[span[0] as usize..span[1] as usize];
                let text = &source[span[2] as usize..span[3] as usize];
                let alone = FluentResource::try_new(text.to_string())
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
