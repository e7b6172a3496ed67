//! A finding's number as a key fact («Дугаар: 1», "Number: 1") repeats a title that already
//! says it («1-р дүгнэлт: …», "Finding 1: …"): the slide and the printed page, which put the
//! facts right under the title, leave it out there.

use super::facts::Fact;

/// Whether `number` stands in `title` as a number of its own (not a digit of a longer one).
fn says(title: &str, number: &str) -> bool {
    let number = number.trim();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    title.match_indices(number).any(|(at, _)| {
        let before = title[..at].chars().next_back();
        let after = title[at + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// `facts` without the number fact when `title` already says that number.
pub fn without_titled_number(facts: &mut Vec<Fact>, title: &str) {
    facts.retain(|f| !(f.label == "label-number" && says(title, &f.value)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::lang::Lang;

    #[test]
    fn a_number_the_title_says_is_a_number_of_its_own() {
        assert!(says("1-р дүгнэлт: СХ-ийн зардал", "1"));
        assert!(says("Finding 8: parks that work", "8"));
        assert!(!says("Finding 18: parks", "8"), "a digit of 18");
        assert!(!says("Finding 1: parks", "12"));
        assert!(!says("Parks", "3"));
    }

    /// On the shipped corpus every finding numbered in its title loses the repeated fact, in
    /// both languages, and keeps every other fact.
    #[test]
    fn a_finding_titled_with_its_number_keeps_its_other_facts() {
        let corpus = load(&Sources::builtin()).corpus;
        let mut dropped = 0;
        for i in 0..corpus.len() {
            for lang in Lang::ALL {
                let all = crate::corpus::facts::facts(&corpus, i, lang);
                let mut kept = all.clone();
                let title = corpus.entry(i).title.show(lang).to_string();
                without_titled_number(&mut kept, &title);
                let gone: Vec<&Fact> = all.iter().filter(|f| !kept.contains(f)).collect();
                assert!(gone.iter().all(|f| f.label == "label-number"), "{title}");
                dropped += gone.len();
            }
        }
        assert!(dropped >= 2, "the walk's findings 1, 3 and 8: {dropped}");
    }
}
