//! How a bare `[[id]]` link reads in a sentence, in every view that shows one (the terminal,
//! `toli show`, the projector, the handout's HTML and Markdown, the notes written out): the
//! title of a definition, a common noun, starts lower-case mid-sentence ("a small cluster in
//! one soum", «жижиг кластер»); at a sentence's start, and for every other kind, the title
//! stays as written. A definition's title stays as written too where it is a name: its first
//! word an acronym (all capitals, or capitals inside the word: "EU", "ШУТИ-ийн", "eCluster"),
//! a later word with a capital ("Pact for Skills", "Triple Helix"), or a first word its own
//! text writes with its capital mid-sentence more often than without ("the Pentagon model"). A `[[id|words]]` link keeps its words.

use super::Corpus;
use super::model::{Entry, Kind};
use crate::lang::Lang;
pub use crate::markdown::prose::LinkTitle;
use crate::markdown::prose::starts_sentence;

/// The title a bare link to `id` shows to a reader of `lang`; none when no entry has the id.
pub fn of(corpus: &Corpus, id: &str, lang: Lang) -> Option<LinkTitle> {
    corpus.get(id).map(|e| of_entry(e, lang))
}

/// The title a bare link to `entry` shows to a reader of `lang`.
pub fn of_entry(entry: &Entry, lang: Lang) -> LinkTitle {
    let (text, fallback) = entry.title.text(lang);
    let written_in = if fallback { lang.other() } else { lang };
    let common_noun = entry.kind == Kind::Definition
        && !reads_as_name(text)
        && own_text_writes_lower(entry, written_in, text);
    LinkTitle {
        text: text.to_string(),
        common_noun,
    }
}

/// Whether `title` reads as a name, not a common noun: its first word has a capital past its
/// first letter ("EU", "ШУТИ-ийн", "eCluster"), or a later word starts with a capital that is
/// not an acronym in brackets ("Pact for Skills", "Triple Helix"; "Accelerator (ACC)" is no
/// name).
fn reads_as_name(title: &str) -> bool {
    let mut words = title.split_whitespace();
    let Some(first) = words.next() else {
        return true;
    };
    if first.chars().skip(1).any(char::is_uppercase) {
        return true;
    }
    words.any(|w| {
        let w = w.trim_start_matches(['(', '«', '“', '"', '‘', '\'']);
        let starts_upper = w.chars().next().is_some_and(char::is_uppercase);
        let acronym = w
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        starts_upper && !acronym
    })
}

/// Whether the entry's own summary and body in `lang` write the first word of `title` in lower
/// case mid-sentence at least as often as with its capital, as a common noun is written
/// ("cluster", «кластер»; not "the Pentagon model").
fn own_text_writes_lower(entry: &Entry, lang: Lang, title: &str) -> bool {
    let Some(first) = title.split_whitespace().next() else {
        return false;
    };
    let word = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower = word.to_lowercase();
    if lower == word {
        return true;
    }
    let texts = [entry.summary.get(lang), entry.body.get(lang)];
    let texts: Vec<&String> = texts.into_iter().flatten().collect();
    let uses = |w: &str| -> usize { texts.iter().map(|t| mid_sentence_uses(t, w)).sum() };
    let lower_uses = uses(&lower);
    lower_uses > 0 && lower_uses >= uses(word)
}

/// How many times `text` holds `word` mid-sentence as the start of a word (`кластер` in
/// «кластерийн»), not of an id (`[[pentagon-model]]`).
fn mid_sentence_uses(text: &str, word: &str) -> usize {
    let starts_word = |at: usize| {
        let before = text[..at].chars().next_back();
        let in_id = text[at + word.len()..].starts_with('-');
        !in_id && before.is_none_or(|c| !c.is_alphanumeric() && !"[(|-".contains(c))
    };
    (text.match_indices(word))
        .filter(|&(at, _)| starts_word(at) && !starts_sentence(&text[..at]))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};

    /// A bare link to a definition mid-sentence reads lower-case in both languages, and as
    /// written at a sentence's start.
    #[test]
    fn a_definition_mid_sentence_starts_lower_case_in_both_languages() {
        let corpus = load(&Sources::builtin()).corpus;
        let en = of(&corpus, "cluster", Lang::En).expect("cluster");
        assert_eq!(en.after("a small "), "cluster");
        assert_eq!(en.after(""), "Cluster");
        assert_eq!(en.after("It grew. "), "Cluster");
        assert_eq!(en.after("See also: "), "Cluster");
        assert_eq!(en.after("one soum ("), "cluster");
        let mn = of(&corpus, "cluster", Lang::Mn).expect("cluster");
        assert_eq!(mn.after("Нэг сумын жижиг "), "кластер");
        assert_eq!(mn.after("Өсөв. «"), "Кластер");
    }

    /// A title that is a name, an acronym or a kind other than a definition stays as written.
    #[test]
    fn names_acronyms_and_other_kinds_stay_as_written() {
        let corpus = load(&Sources::builtin()).corpus;
        let mid = |id: &str, lang| of(&corpus, id, lang).expect(id).after("the ").into_owned();
        assert_eq!(mid("triple-helix", Lang::En), "Triple Helix");
        assert_eq!(mid("pentagon-model", Lang::En), "Pentagon model");
        assert_eq!(
            mid("sti-park", Lang::En),
            "STI park (science, technology and innovation park)"
        );
        assert_eq!(
            mid("sti-park", Lang::Mn),
            "ШУТИ-ийн парк (шинжлэх ухаан, технологи, инновацийн парк)"
        );
        assert_eq!(mid("accelerator", Lang::En), "accelerator");
        let case = (corpus.entries())
            .find(|e| e.kind == Kind::Case)
            .expect("a case");
        let title = case.title.show(Lang::En);
        assert_eq!(of_entry(case, Lang::En).after("the "), title);
    }

    #[test]
    fn a_sentence_starts_at_a_block_a_full_stop_or_a_colon() {
        for before in ["", "  ", "Done. ", "Why? «", "Next: ", "A · ", "**"] {
            assert!(starts_sentence(before), "{before:?}");
        }
        for before in ["a small ", "one soum (", "see “", "A, ", "A — "] {
            assert!(!starts_sentence(before), "{before:?}");
        }
    }

    #[test]
    fn a_name_is_told_by_its_capitals() {
        for title in [
            "EU cluster performance tiers",
            "Pact for Skills",
            "Triple Helix",
            "eCluster",
        ] {
            assert!(reads_as_name(title), "{title}");
        }
        for title in [
            "Cluster",
            "Accelerator (ACC)",
            "Industrial technology park (ITP)",
            "Кластер",
        ] {
            assert!(!reads_as_name(title), "{title}");
        }
    }
}
