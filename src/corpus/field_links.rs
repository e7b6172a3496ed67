//! A link written in a front-matter text (`title: "[[cluster-initiative]] and cluster"`): front
//! matter is shown as it is written, brackets and all, so the link is no link. Found here for
//! `toli check`; the words belong there without the link, the link in the body or `related`.

/// The first link in `text`, `[[…]]` or `[…](…)`: its byte offset and the link as written.
pub fn find(text: &str) -> Option<(usize, &str)> {
    let wiki = text.find("[[").and_then(|open| {
        let close = text[open..].find("]]")? + open + 2;
        Some((open, &text[open..close]))
    });
    let markdown = text.match_indices("](").find_map(|(mid, _)| {
        let open = text[..mid].rfind('[')?;
        let close = text[mid..].find(')')? + mid + 1;
        let target = &text[mid + 2..close - 1];
        crate::markdown::links::is_entry_id(target).then(|| (open, &text[open..close]))
    });
    match (wiki, markdown) {
        (Some(w), Some(m)) => Some(if w.0 <= m.0 { w } else { m }),
        (w, m) => w.or(m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_of_both_forms_are_found_and_plain_brackets_are_not() {
        assert_eq!(
            find("[[cluster-initiative]] and cluster"),
            Some((0, "[[cluster-initiative]]"))
        );
        assert_eq!(
            find("Parks ([the review](src-a)) today"),
            Some((7, "[the review](src-a)"))
        );
        assert_eq!(find("Table [3] (2020)"), None);
        assert_eq!(find("see [a](https://x.org/a)"), None);
    }
}
