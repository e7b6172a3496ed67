//! The words a reader sees of an entry's Markdown body. A link's target id is never shown, so
//! it is not searched: `[[id|text]]` and `[text](id)` keep their text, and `[[id]]` reads as
//! the linked entry's title, as the view prints it. Without this, every entry linking to
//! `unctad-rec-policy-governance` would match "governance" — and «говь», whose Latin key is
//! "gov" — in its Mongolian body.

use std::borrow::Cow;

use crate::markdown::links::is_entry_id;

/// `body` with its entry links' targets left out; `title_of` names the entry a bare `[[id]]`
/// links to (the id stays when it names none).
pub fn shown_text<'a>(body: &'a str, title_of: impl Fn(&str) -> Option<&'a str>) -> Cow<'a, str> {
    if !body.contains("[[") && !body.contains("](") {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    loop {
        let wiki = rest.find("[[");
        let inline = rest.find("](");
        let (at, is_wiki) = match (wiki, inline) {
            (Some(w), Some(i)) if i < w => (i, false),
            (Some(w), _) => (w, true),
            (None, Some(i)) => (i, false),
            (None, None) => break,
        };
        let open = at + 2;
        let close = if is_wiki { "]]" } else { ")" };
        let Some(len) = rest[open..].find(close) else {
            break;
        };
        let inner = &rest[open..open + len];
        let after = &rest[open + len + close.len()..];
        if is_wiki {
            out.push_str(&rest[..at]);
            match inner.split_once('|') {
                Some((_, text)) => out.push_str(text),
                None => out.push_str(title_of(inner.trim()).unwrap_or(inner)),
            }
        } else if is_entry_id(inner.trim()) {
            // `[text](id)`: the text and its closing bracket stay, the target goes.
            out.push_str(&rest[..=at]);
        } else {
            // A web address is printed: it stays.
            out.push_str(&rest[..open + len + close.len()]);
        }
        rest = after;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(body: &str) -> String {
        shown_text(body, |id| (id == "cluster").then_some("Кластер")).into_owned()
    }

    #[test]
    fn link_targets_are_not_the_readers_words() {
        assert_eq!(
            shown("[[unctad-rec-policy-governance|Бодлого, засаглалын]] зөвлөмж"),
            "Бодлого, засаглалын зөвлөмж"
        );
        assert_eq!(
            shown("see [the initiative](cluster-initiative)."),
            "see [the initiative]."
        );
        assert_eq!(
            shown("a [[cluster]] and [[no-such]]"),
            "a Кластер and no-such"
        );
    }

    #[test]
    fn text_without_entry_links_is_kept() {
        let plain = "Нийт 1,398 [байгууллага] (2024) бүртгэлтэй.";
        assert!(matches!(shown_text(plain, |_| None), Cow::Borrowed(_)));
        assert_eq!(
            shown("[site](https://sciencepark.gov.mn) and [[broken"),
            "[site](https://sciencepark.gov.mn) and [[broken"
        );
    }
}
