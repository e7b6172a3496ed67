//! Phrases that frame a question about who thought of something — "who came up with the idea of
//! X", «X-ийн санааг хэн гаргасан бэ» —: they ask what "who defined X" asks, so they are left
//! out of the words searched, as "defined" would weigh nothing beside X.

use crate::search::query::Word;
use crate::search::translit::key_text;

/// Runs of words that frame the question, as typed; a run is left out where the query holds
/// all of its words in a row, but for a word in brackets: the question word it frames stays.
const FRAMES: &[&str] = &[
    "came up with the idea of",
    "come up with the idea of",
    "comes up with the idea of",
    "came up with",
    "come up with",
    "comes up with",
    "whose idea was",
    "the idea of",
    "санааг [хэн] гаргасан",
    "санааг [хэн] дэвшүүлсэн",
    "санааг гаргасан",
    "санааг дэвшүүлсэн",
];

/// `words` without the runs of [`FRAMES`] (quoted words are kept: they are looked for as typed).
pub fn without_framing_phrases(words: &mut Vec<Word>) {
    for frame in FRAMES {
        // (key, kept)
        let keys: Vec<(String, bool)> = (frame.split(' '))
            .map(
                |w| match w.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                    Some(kept) => (key_text(kept).trim().to_string(), true),
                    None => (key_text(w).trim().to_string(), false),
                },
            )
            .collect();
        while let Some(at) = words.windows(keys.len()).position(|run| {
            run.iter()
                .zip(&keys)
                .all(|(w, (k, _))| !w.exact && w.key == *k)
        }) {
            for (i, _) in keys.iter().enumerate().rev().filter(|(_, (_, kept))| !kept) {
                words.remove(at + i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    fn keys(q: &str) -> String {
        let mut words = Query::parse(q).words;
        without_framing_phrases(&mut words);
        let keys: Vec<String> = words.into_iter().map(|w| w.key).collect();
        keys.join(" ")
    }

    #[test]
    fn who_came_up_with_an_idea_asks_who_defined_it() {
        assert_eq!(
            keys("who came up with the idea of an innovation supercluster"),
            key_text("who an innovation supercluster")
        );
        assert_eq!(
            keys("who came up with smart specialisation"),
            key_text("who smart specialisation")
        );
        assert_eq!(
            keys("супер кластерийн санааг хэн гаргасан бэ"),
            key_text("супер кластерийн хэн бэ"),
            "the question word the frame holds stays"
        );
        assert_eq!(
            keys("санааг нь хэн гаргасан"),
            key_text("санааг нь хэн гаргасан"),
            "words apart are no frame"
        );
        assert_eq!(
            keys("супер кластерийн санааг гаргасан хүн"),
            key_text("супер кластерийн хүн")
        );
    }

    #[test]
    fn the_words_alone_or_quoted_are_searched() {
        for q in ["scale up", "idea generation", "\"came up with\""] {
            assert_eq!(keys(q), key_text(q).replace('"', "").trim(), "{q}");
        }
    }
}
