//! Links written with a name where an entry's id goes, in Markdown's own form: `[words](Some
//! Title)`. With a space in it the name makes no link at all for CommonMark (a destination
//! holds no space), so the text is shown as written; without one (`[words](Cluster)`) it is a
//! link to no address. Both are found here, so that `toli check` answers with the id and the
//! link to write, the author's words kept.

use pulldown_cmark::{Event, Parser, Tag};

use super::links::{EntryLink, is_entry_id};

/// Whether a link's destination reads as a name, not an address nor an id: letters, and none
/// of the marks an address or a file's path has (`:`, `/`, `.`, `#`, `?`, `@`, `=`, `&`, `%`,
/// `\`).
pub fn is_name(dest: &str) -> bool {
    let dest = dest.trim();
    dest.chars().any(char::is_alphabetic)
        && !is_entry_id(dest)
        && !dest.contains([':', '/', '.', '#', '?', '@', '=', '&', '%', '\\', '<', '>'])
}

/// The `[words](a name with spaces)` of `markdown` that CommonMark reads as no link, outside
/// code, each with its words and the offset of its `[`.
pub fn spaced(markdown: &str) -> Vec<EntryLink> {
    // The places no such link is looked for: code, and the links CommonMark did read.
    let taken: Vec<std::ops::Range<usize>> = Parser::new_ext(markdown, super::options())
        .into_offset_iter()
        .filter(|(event, _)| {
            matches!(
                event,
                Event::Code(_) | Event::Start(Tag::CodeBlock(_) | Tag::Link { .. })
            )
        })
        .map(|(_, range)| range)
        .collect();
    let mut out = Vec::new();
    for (mid, _) in markdown.match_indices("](") {
        let line_start = markdown[..mid].rfind('\n').map_or(0, |i| i + 1);
        let Some(open) = markdown[line_start..mid].rfind('[').map(|i| line_start + i) else {
            continue;
        };
        let rest = &markdown[mid + 2..];
        let Some(len) = rest
            .find([')', '\n'])
            .filter(|&l| rest[l..].starts_with(')'))
        else {
            continue;
        };
        let dest = rest[..len].trim();
        let end = mid + 2 + len + 1;
        if !dest.contains(' ')
            || !is_name(dest)
            || markdown[..open].ends_with('!')
            || taken.iter().any(|r| r.start < end && open < r.end)
        {
            continue;
        }
        out.push(EntryLink {
            target: dest.to_string(),
            offset: open,
            bare: false,
            text: Some(markdown[open + 1..mid].to_string()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_told_from_an_address_and_an_id() {
        assert!(is_name("Cluster organisation"));
        assert!(is_name("Кластерийн байгууллага"));
        assert!(is_name("Cluster-Organisation"));
        assert!(!is_name("cluster-organisation"));
        assert!(!is_name("https://example.org"));
        assert!(!is_name("notes.md"));
        assert!(!is_name("#heading"));
        assert!(!is_name("2025"));
    }

    #[test]
    fn a_link_to_a_spaced_name_is_found_outside_code_with_its_words() {
        let md = "See [members](Cluster organisation) and `[x](Not this one)`,\n\
                  [a](cluster) ![img](An image) [б](Кластерийн байгууллага).\n\
                  ```\n[c](In code)\n```\n";
        let found = spaced(md);
        let got: Vec<_> = found
            .iter()
            .map(|l| (l.target.as_str(), l.text.as_deref(), l.offset))
            .collect();
        let second = md.find("[б]").expect("written");
        assert_eq!(
            got,
            [
                ("Cluster organisation", Some("members"), 4),
                ("Кластерийн байгууллага", Some("б"), second)
            ]
        );
    }
}
