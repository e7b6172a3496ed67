//! A linked title as it reads in a sentence: the text a bare `[[id]]` shows and whether it is
//! a common noun, which starts lower-case mid-sentence ("a small cluster", «жижиг кластер»);
//! which titles are common nouns is the corpus's to say (`corpus::prose_title`).

use std::borrow::Cow;

/// The title a bare link to an entry shows, and whether it may start lower-case mid-sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTitle {
    pub text: String,
    pub common_noun: bool,
}

impl LinkTitle {
    /// The title as it reads after `before`, the text of its paragraph, list item or table
    /// cell up to the link.
    pub fn after(&self, before: &str) -> Cow<'_, str> {
        match self.common_noun && !starts_sentence(before) {
            true => Cow::Owned(lower_first(&self.text)),
            false => Cow::Borrowed(&self.text),
        }
    }
}

/// Whether a link after `before` (the text of its block up to the link) starts a sentence: at
/// the block's start, or after a sentence's end, a colon or a `·` between items, any opening
/// bracket, quote or emphasis mark aside.
pub fn starts_sentence(before: &str) -> bool {
    const OPENERS: [char; 11] = ['(', '[', '«', '“', '„', '"', '\'', '‘', '*', '_', '`'];
    let kept = before.trim_end_matches(|c: char| c.is_whitespace() || OPENERS.contains(&c));
    kept.chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '…' | '·' | '|' | '#' | '>'))
}

/// `text` with its first letter lower-case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_common_noun_starts_lower_case_mid_sentence_only() {
        let title = LinkTitle {
            text: "Кластер".to_string(),
            common_noun: true,
        };
        assert_eq!(title.after("нэг сумын жижиг "), "кластер");
        assert_eq!(title.after("Өсөв. «"), "Кластер");
        let name = LinkTitle {
            common_noun: false,
            ..title
        };
        assert_eq!(name.after("нэг сумын жижиг "), "Кластер");
    }
}
