//! Which words of a source locator are its writer's own (all but a slide's title, which
//! quotes the source: [`own_words`], for the Mongolian style checks) and which English
//! structural words a Mongolian locator still holds ([`english_words`]).

use std::sync::LazyLock;

use regex::Regex;

use super::locator::{re, word};

/// Where a slide's title begins: everything after it is the source's own words.
/// Where the word `slide:` or `slides:` begins and ends in `text`, if it is there as a word.
pub(super) fn slide_word(text: &str) -> Option<(usize, usize, bool)> {
    ["slides: ", "slide: "].iter().find_map(|w| {
        text.match_indices(w)
            .find(|(at, _)| {
                text[..*at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .map(|(at, _)| (at, at + w.len(), w.starts_with("slides")))
    })
}

/// The part of a locator in its writer's words: all of it but a slide's title, which is the
/// source's own (`slide: Кластерийн тодорхойлолт`, `slide 3: …` quote a Mongolian deck).
pub fn own_words(text: &str) -> &str {
    if let Some((start, _, _)) = slide_word(text) {
        return &text[..start];
    }
    let numbered = ["slide", "Slide"].iter().find_map(|w| {
        text.match_indices(w).map(|(at, _)| at).find(|&at| {
            let after = text[at + w.len()..].trim_start_matches('s');
            let after =
                after.trim_start_matches(|c: char| c.is_ascii_digit() || " –-,".contains(c));
            let word_start = !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            word_start && after.starts_with(':')
        })
    });
    numbered.map_or(text, |at| &text[..at])
}

/// English locator words left in a Mongolian locator: the structural words (any case) and the
/// report's own parts (`Findings`, `Recommendations`, a recommendation's `challenge`). Slide
/// titles are quotations and do not count; nor do an author's lower-case notes ("fieldwork
/// findings"), which want an explicit `{en, mn}` locator.
pub fn english_words(mongolian: &str) -> Vec<String> {
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b((?i:slides?|sections?|tables?|box(?:es)?|annex|figures?|footnotes?|pages?|chapters?|paragraphs?|cited|items?|introduction|abbreviations|executive summary|key actions|continued|printed)|Findings?|Recommendations?|challenge|recommendation)\b",
        )
    });
    let title_at = ["locator-slides", "locator-slide"]
        .iter()
        .filter_map(|id| mongolian.find(&format!("{}: ", word(id))))
        .min();
    let outside = title_at.map_or(mongolian, |at| &mongolian[..at]);
    let unquoted = without_quotations(outside);
    WORDS
        .find_iter(&unquoted)
        .map(|m| m.as_str().to_string())
        .collect()
}

/// `text` without what stands in «…» (or the nested „…“): a heading quoted as the source
/// prints it.
fn without_quotations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['«', '„']) {
        out.push_str(&rest[..open]);
        let close_mark = if rest[open..].starts_with('«') {
            '»'
        } else {
            '“'
        };
        match rest[open..].find(close_mark) {
            Some(close) => rest = &rest[open + close + close_mark.len_utf8()..],
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}
