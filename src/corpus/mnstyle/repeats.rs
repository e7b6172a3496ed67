//! A link whose text repeats the words right before it: `Гурвалсан спираль ([[triple-helix]])`
//! reads «Гурвалсан спираль (Гурвалсан спираль)». Needs the whole corpus, since `[[id]]` shows
//! the target's title.

use crate::corpus::Corpus;
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;
use crate::markdown::links::{entry_links, line_col};

/// The words of `text`, lower-cased, without surrounding punctuation.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The link written at `offset` of `text`: its length, id and own text, if it has one.
fn link_at(text: &str, offset: usize) -> Option<(usize, &str, Option<&str>)> {
    let rest = &text[offset..];
    if let Some(inner) = rest.strip_prefix("[[") {
        let end = inner.find("]]")?;
        let inner = &inner[..end];
        return Some(match inner.split_once('|') {
            Some((id, shown)) => (end + 4, id.trim(), Some(shown)),
            None => (end + 4, inner.trim(), None),
        });
    }
    let inner = rest.strip_prefix('[')?;
    let close = inner.find("](")?;
    let target_end = inner[close..].find(')')? + close;
    Some((
        target_end + 2,
        inner[close + 2..target_end].trim(),
        Some(&inner[..close]),
    ))
}

/// A repeat found in a Mongolian body: byte offset of the repeated words, the words, the text
/// the link shows, and the suggested link.
#[derive(Debug, PartialEq, Eq)]
pub struct Repeat {
    pub start: usize,
    pub words: String,
    pub shown: String,
    pub fix: String,
}

/// Repeats in `text`, with `title` giving the title a `[[id]]` link shows.
pub fn find<'t>(text: &str, title: impl Fn(&str) -> Option<&'t str>) -> Vec<Repeat> {
    let mut out = Vec::new();
    for link in entry_links(text) {
        let Some((_, id, own)) = link_at(text, link.offset) else {
            continue;
        };
        let Some(shown) = own.or_else(|| title(id)) else {
            continue;
        };
        let shown_words = words(shown);
        let before = text[..link.offset].trim_end_matches([' ', '\n']);
        let before = before
            .strip_suffix(['(', '«'])
            .unwrap_or(before)
            .trim_end_matches([' ', '\n']);
        let n = shown_words.len().min(3);
        if n == 0 || before.ends_with(|c: char| !c.is_alphanumeric()) {
            continue;
        }
        // Byte offsets of the last `n` words before the link.
        let mut starts = Vec::new();
        let mut end = before.len();
        while starts.len() < n {
            let Some(start) = before[..end]
                .rfind(char::is_whitespace)
                .map(|i| i + 1)
                .or((end > 0).then_some(0))
            else {
                break;
            };
            if start >= end {
                break;
            }
            starts.push(start);
            end = before[..start].trim_end().len();
            if start == 0 {
                break;
            }
        }
        let Some(&first) = starts.last() else {
            continue;
        };
        let written = &before[first..];
        if starts.len() == n && words(written) == shown_words[..n] {
            out.push(Repeat {
                start: first,
                words: written.to_string(),
                shown: shown.to_string(),
                fix: format!("[[{id}|{written}]]"),
            });
        }
    }
    out
}

/// Every repeat in the Mongolian bodies of the corpus, at its file line and column.
pub fn check(corpus: &Corpus) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, entry) in corpus.entries().enumerate() {
        let Some(text) = entry.body.mn.as_deref() else {
            continue;
        };
        let repeats = find(text, |id| {
            corpus.index_of(id).map(|t| corpus.title(t, Lang::Mn))
        });
        if repeats.is_empty() {
            continue;
        }
        // The Mongolian body's links are the last body link sites; the first of them gives
        // the file line the body starts on.
        let links = entry_links(text);
        let sites: Vec<_> = corpus
            .link_sites(i)
            .iter()
            .filter(|s| s.field == crate::corpus::parse::LinkField::Body)
            .collect();
        let (Some(first_link), Some(site)) = (
            links.first(),
            sites
                .len()
                .checked_sub(links.len())
                .and_then(|k| sites.get(k)),
        ) else {
            continue;
        };
        let first_line = site.line + 1 - line_col(text, first_link.offset).0;
        for r in repeats {
            let (l, c) = line_col(text, r.start);
            out.push(Diagnostic::new(
                &entry.origin.path,
                first_line + l - 1,
                c,
                Problem::MnLinkRepeats {
                    words: r.words,
                    shown: r.shown,
                    fix: r.fix,
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(id: &str) -> Option<&'static str> {
        match id {
            "triple-helix" => Some("Гурвалсан спираль"),
            "cluster" => Some("Кластер"),
            _ => None,
        }
    }

    #[test]
    fn a_title_repeated_before_its_link() {
        let text = "Тэгээд Гурвалсан спираль ([[triple-helix]]) загвар";
        let found = find(text, titles);
        assert_eq!(
            found,
            [Repeat {
                start: "Тэгээд ".len(),
                words: "Гурвалсан спираль".into(),
                shown: "Гурвалсан спираль".into(),
                fix: "[[triple-helix|Гурвалсан спираль]]".into(),
            }]
        );
        assert_eq!(find("кластер [[cluster|кластерийн]]", titles).len(), 0);
        assert_eq!(find("кластер ([кластер](cluster))", titles).len(), 1);
    }

    #[test]
    fn different_words_or_punctuation_between_are_fine() {
        assert_eq!(find("Загвар: [[triple-helix]]", titles), []);
        assert_eq!(find("спираль, [[triple-helix]]", titles), []);
        assert_eq!(find("[[triple-helix]] ба [[cluster]]", titles), []);
    }
}
