//! A question word with the particle ч is no question: «аль ч парк» (no park, any park),
//! «ямар ч», «хэн ч», «хэзээ ч» — in Latin letters `ali ch`, `yamar ch`. Typed so, the two words
//! are part of what is looked for (a finding's title may begin «Аль ч үйлдвэр, технологийн
//! парк …»), not the frame of a question.

use super::words::lists;
use crate::search::query::Word;

/// The particle ч, in key form.
const PARTICLE: &str = "ch";

/// Question words whose last letter is the soft sign, which has no key letter but is typed as
/// i in Latin letters: `ali` is «аль», keyed `al`.
const SOFT_SIGN_AS_I: &[(&str, &str)] = &[("ali", "al")];

/// Marks each question word followed by ч, and the ч, to be looked for as typed, as a quoted
/// phrase is: they then neither make the query a question nor weigh nothing. One typed in
/// Latin letters is looked for as the Cyrillic word it stands for (`ali ch` as «аль ч»).
pub fn indefinite_as_typed(words: &mut [Word]) {
    let asking = &lists().asking;
    for i in 1..words.len() {
        let (before, after) = words.split_at_mut(i);
        let (Some(q), Some(ch)) = (before.last_mut(), after.first_mut()) else {
            continue;
        };
        if ch.key == PARTICLE && !q.exact && asking.contains(&q.key) {
            q.exact = true;
            ch.exact = true;
            if let Some(&(_, key)) = SOFT_SIGN_AS_I.iter().find(|(typed, _)| q.key == *typed) {
                q.key = key.to_string();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;
    use crate::search::question::Question;

    fn read(q: &str) -> (Vec<bool>, Question) {
        let mut words = Query::parse(q).words;
        indefinite_as_typed(&mut words);
        let asked = Question::of(q, &words);
        (words.iter().map(|w| w.exact).collect(), asked)
    }

    #[test]
    fn a_question_word_with_its_particle_is_looked_for_as_typed() {
        for q in [
            "Аль ч үйлдвэр, технологийн парк",
            "ali ch uildver park",
            "ямар ч хууль",
        ] {
            let (exact, asked) = read(q);
            assert!(exact[0] && exact[1], "{q}: {exact:?}");
            assert!(exact[2..].iter().all(|e| !e), "{q}: {exact:?}");
            assert!(!asked.asks, "{q} asks nothing");
        }
    }

    #[test]
    fn a_latin_question_word_with_its_particle_is_the_cyrillic_word() {
        let mut words = Query::parse("ali ch park").words;
        indefinite_as_typed(&mut words);
        let keys: Vec<&str> = words.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            ["al", "ch", "park"],
            "«аль» is keyed without its soft sign"
        );
        let mut alone = Query::parse("ali park").words;
        indefinite_as_typed(&mut alone);
        assert_eq!(
            alone[0].key, "ali",
            "a question word alone is left as typed"
        );
    }

    #[test]
    fn a_question_word_alone_still_asks() {
        for q in ["аль парк том бэ", "ямар хууль батлагдсан", "ali park"]
        {
            let (exact, asked) = read(q);
            assert!(exact.iter().all(|e| !e), "{q}: {exact:?}");
            assert!(asked.asks, "{q} asks");
        }
    }
}
