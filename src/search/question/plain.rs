//! An English question said plainly, read as meant: "what worked" asks what succeeded (the
//! word the corpus uses is "success"), the pronoun "it" of "who funded it" names no IT
//! (information technology, IT Park), which it would as a word looked up, and "Lithuanian
//! clusters" asks about clusters, not about whatever is titled "Lithuania: …".

use super::words::lists;
use crate::search::query::Word;
use crate::search::translit::key_text;

/// Verbs that, asked with a question word ("what worked", "which ones succeeded"), ask about
/// success.
const SUCCEEDED: &[&str] = &["worked", "succeeded"];

/// The word the corpus says success with, in titles ("Key success factors") and findings.
const SUCCESS: &str = "success";

/// `words` with a verb of [`SUCCEEDED`] read as "success" where a question word comes before
/// it: "what worked" is looked up as "what success" ("works" and "work" are left as typed:
/// "how can universities and companies work together" asks nothing of the kind).
pub fn worked_as_success(words: &mut [Word]) {
    let asking = &lists().asking;
    let mut asked = false;
    for w in words.iter_mut() {
        asked |= !w.exact && asking.contains(&w.key);
        if asked && !w.exact && SUCCEEDED.contains(&w.key.as_str()) {
            *w = Word {
                lower: SUCCESS.to_string(),
                key: key_text(SUCCESS),
                exact: false,
                whole: false,
            };
        }
    }
}

/// `words` without the pronoun "it": "it" typed in lower-case letters, in a query asking
/// something, and not followed by "park" ("who funded it", "what do we know about it"). "IT"
/// in capitals, or "it park", is information technology and stays. `raw` is the query as typed.
pub fn without_pronoun_it(raw: &str, words: &mut Vec<Word>) {
    let asking = &lists().asking;
    if !words.iter().any(|w| !w.exact && asking.contains(&w.key)) {
        return;
    }
    let typed_lower = raw
        .split(|c: char| !c.is_alphanumeric())
        .any(|t| t == "it" || t == "It");
    let capitals = raw.split(|c: char| !c.is_alphanumeric()).any(|t| t == "IT");
    if !typed_lower || capitals {
        return;
    }
    let pronoun = |i: usize, words: &[Word]| {
        let w = &words[i];
        let park_after = words.get(i + 1).is_some_and(|n| n.key.starts_with("park"));
        !w.exact && w.key == "it" && !park_after
    };
    // A query of nothing but the pronoun and question words keeps it: there is nothing else to
    // look for.
    if words
        .iter()
        .all(|w| w.key == "it" || super::is_light(&w.key))
    {
        return;
    }
    let at: Vec<usize> = (0..words.len()).filter(|&i| pronoun(i, words)).collect();
    for i in at.into_iter().rev() {
        words.remove(i);
    }
}

/// Whether the one-word `name` (a key: a title's subject before its colon, "Lithuania") is
/// named by `words` only through an English adjective made from it ("Lithuanian",
/// "European": the name with "n" or "an" added): such a question qualifies another word with
/// the place ("who should represent Lithuanian clusters"), it does not ask about the place.
pub fn names_place_by_adjective_only(words: &[Word], name: &str) -> bool {
    let adjective = |w: &Word| {
        !w.is_cyrillic()
            && (w.key.strip_suffix('n'))
                .is_some_and(|k| k == name || k.strip_suffix('a') == Some(name))
    };
    !name.contains(' ') && words.iter().any(adjective) && !words.iter().any(|w| w.key == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    fn keys(words: &[Word]) -> Vec<&str> {
        words.iter().map(|w| w.key.as_str()).collect()
    }

    #[test]
    fn what_worked_asks_what_succeeded() {
        let mut words = Query::parse("what worked").words;
        worked_as_success(&mut words);
        assert_eq!(keys(&words), ["what", key_text("success").as_str()]);
        assert_eq!(words[1], Query::parse("success").words[0], "as if typed");
        let mut words = Query::parse("what worked well in IT Park").words;
        worked_as_success(&mut words);
        assert_eq!(keys(&words)[1], key_text("success"));
    }

    #[test]
    fn work_outside_a_question_or_in_another_form_is_left_as_typed() {
        for q in [
            "worked examples",
            "how can universities and companies work together",
            "\"what worked\"",
        ] {
            let mut words = Query::parse(q).words;
            let before = words.clone();
            worked_as_success(&mut words);
            assert_eq!(words, before, "{q}");
        }
    }

    #[test]
    fn the_pronoun_it_is_left_out_of_a_question() {
        let reads_as = |q: &str, expected: &str| {
            let mut words = Query::parse(q).words;
            without_pronoun_it(q, &mut words);
            let expected: Vec<String> = (Query::parse(expected).words.into_iter())
                .map(|w| w.key)
                .collect();
            assert_eq!(keys(&words), expected, "{q}");
        };
        reads_as("who funded it", "who funded");
        reads_as("what do we know about it", "what do we know about");
        // IT in capitals is information technology; "it park" names IT Park.
        reads_as(
            "how many companies did IT Park incubate",
            "how many companies did IT Park incubate",
        );
        reads_as("it park hed ajiltantai ve", "it park hed ajiltantai ve");
        // No question: a keyword. Nothing else to look for: the pronoun stays.
        reads_as("funded it", "funded it");
        reads_as("what is it", "what is it");
    }

    #[test]
    fn an_adjective_of_a_place_does_not_name_the_place() {
        let words = |q: &str| Query::parse(q).words;
        let q = words("who should represent Lithuanian clusters at international events");
        assert!(names_place_by_adjective_only(&q, &key_text("lithuania")));
        assert!(names_place_by_adjective_only(
            &words("European clusters"),
            &key_text("europe")
        ));
        assert!(
            !names_place_by_adjective_only(&q, &key_text("lithuania clusters")),
            "one word only"
        );
        let q = words("how many clusters does Lithuania have");
        assert!(!names_place_by_adjective_only(&q, &key_text("lithuania")));
        let q = words("Lithuanian clusters in Lithuania");
        assert!(
            !names_place_by_adjective_only(&q, &key_text("lithuania")),
            "named itself too"
        );
        let q = words("Литвийн кластерууд");
        assert!(!names_place_by_adjective_only(&q, &key_text("litva")));
    }
}
