//! Finds the links inside an entry body and tells entry links from external ones.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

/// The longest entry id: ids name files and stand in columns, so they stay short.
pub const MAX_ID_LEN: usize = 100;

/// True when `target` has the shape of an entry id (`cluster-initiative`), not a URL or path.
pub fn is_entry_id(target: &str) -> bool {
    if target.len() > MAX_ID_LEN {
        return false;
    }
    let mut chars = target.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && target
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A link to another entry found in Markdown: the id and the byte offset of the link,
/// whether it is a bare `[[id]]` (no text of its own: it shows the target's title), and the
/// words of a `[words](id)` link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryLink {
    pub target: String,
    pub offset: usize,
    pub bare: bool,
    pub text: Option<String>,
}

/// Whether a link of `link_type` to `dest` points at an entry: a `[[…]]` link, or a
/// Markdown link to an id or to a name written where the id goes (`[words](Cluster)`, see
/// [`super::name_links`]).
pub fn names_entry(link_type: LinkType, dest: &str) -> bool {
    matches!(link_type, LinkType::WikiLink { .. })
        || is_entry_id(dest)
        || super::name_links::is_name(dest)
}

/// Entry links of `markdown` in document order (`[text](id)`, `[[id]]`, `[[id|text]]`).
pub fn entry_links(markdown: &str) -> Vec<EntryLink> {
    let mut out: Vec<EntryLink> = Vec::new();
    // The link whose words are being read, when it is a Markdown link to an entry.
    let mut words: Option<String> = None;
    for (event, range) in Parser::new_ext(markdown, super::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                let target = dest_url.trim();
                if names_entry(link_type, target) {
                    let wiki = matches!(link_type, LinkType::WikiLink { .. });
                    words = (!wiki).then(String::new);
                    out.push(EntryLink {
                        target: target.to_string(),
                        offset: range.start,
                        bare: matches!(link_type, LinkType::WikiLink { has_pothole: false }),
                        text: None,
                    });
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(words) = words.as_mut() {
                    words.push_str(&t);
                }
            }
            Event::End(TagEnd::Link) => {
                if let (Some(w), Some(link)) = (words.take(), out.last_mut()) {
                    link.text = Some(w);
                }
            }
            _ => {}
        }
    }
    out
}

/// The ids of `markdown`'s bare `[[id]]` links (no text of their own), each once, in the order
/// first linked: what the projector and the handout leave out when no entry has the id.
pub fn bare_ids(markdown: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for link in entry_links(markdown) {
        if link.bare && !ids.contains(&link.target) {
            ids.push(link.target);
        }
    }
    ids
}

/// 1-based line and column (in chars) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// `text` without a case ending hyphenated onto the link just before it («[[id]]-г үзнэ үү» →
/// « үзнэ үү»): when the link is left out, its ending goes with it.
pub fn without_glued_ending(text: &str) -> &str {
    let Some(rest) = text.strip_prefix('-') else {
        return text;
    };
    let ending = rest
        .char_indices()
        .find(|(_, c)| !is_cyrillic_letter(*c))
        .map_or(rest.len(), |(at, _)| at);
    match ending {
        0 => text,
        _ => &rest[ending..],
    }
}

/// Whether `rest`, the text after a link left out, closes the list that link ended (nothing,
/// a space, a sentence's end): then the list's comma before the link goes too — «A, [[id]]
/// үзнэ үү» reads «A үзнэ үү».
pub fn closes_list(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with([' ', '.', '!', '?', ')'])
}

/// The words that join a list's last item to the others ("A and B", «A ба B»).
const LIST_JOINS: [&str; 5] = ["and", "or", "ба", "болон", "эсвэл"];

/// `kept`, the text before the last item of a list that is left out, without what joined that
/// item to the list (`rest` being the text after it, see [`closes_list`]): its comma, and when
/// the sentence ends there its "and" too — "See A and [[gone]]." reads "See A." (a word that
/// starts the text, with not even a space before it, is kept).
pub fn without_list_join<'a>(kept: &'a str, rest: &str) -> &'a str {
    let trimmed = kept.trim_end();
    if let Some(before) = trimmed.strip_suffix([',', ';']) {
        return before;
    }
    if !(rest.is_empty() || rest.starts_with(['.', '!', '?', ')', ';', ':'])) {
        return kept;
    }
    LIST_JOINS
        .iter()
        .filter_map(|w| trimmed.strip_suffix(w))
        .find(|before| before.ends_with(' '))
        .map_or(kept, str::trim_end)
}

fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'ё' | 'ө' | 'ү' | 'А'..='Я' | 'Ё' | 'Ө' | 'Ү')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_left_out_last_item_takes_its_join_along() {
        assert_eq!(without_list_join("See A and ", "."), "See A");
        assert_eq!(
            without_list_join("See A and ", " B."),
            "See A and ",
            "the list goes on"
        );
        assert_eq!(without_list_join("A, ", " үзнэ үү."), "A");
        assert_eq!(without_list_join("A ба ", ""), "A");
        assert_eq!(
            without_list_join("Sand ", "."),
            "Sand ",
            "a word ending in a join's letters"
        );
        assert_eq!(without_list_join("and ", "."), "and ", "nothing before it");
        assert_eq!(without_list_join(" and ", "."), "", "a link before it");
        assert_eq!(without_list_join("See ", "."), "See ");
    }

    #[test]
    fn tells_entry_ids_from_urls() {
        assert!(is_entry_id("cluster-initiative"));
        assert!(is_entry_id("finding-1"));
        assert!(!is_entry_id("https://example.org"));
        assert!(!is_entry_id("Cluster"));
        assert!(!is_entry_id("../etc/passwd"));
        assert!(!is_entry_id(""));
    }

    #[test]
    fn finds_markdown_and_wiki_links_with_offsets() {
        let md = "See [a cluster](cluster) and\n[[triple-helix]], [[pentagon-model|the pentagon]], [web](https://x.org).";
        let links = entry_links(md);
        let targets: Vec<_> = links.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, ["cluster", "triple-helix", "pentagon-model"]);
        assert_eq!(line_col(md, links[1].offset), (2, 1));
        let bare: Vec<_> = links.iter().map(|l| l.bare).collect();
        assert_eq!(bare, [false, true, false]);
    }
}
