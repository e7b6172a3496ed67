//! Word-level slips in Mongolian text: known misspellings ([`Lists`]) and a word written twice
//! in a row («Монголын Монголын»).

use super::lists::Lists;

/// A word of the text with its byte offset.
struct Word<'a> {
    start: usize,
    text: &'a str,
}

/// The words of `text`: runs of letters and digits (hyphens split words).
fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| Word {
            start: w.as_ptr() as usize - text.as_ptr() as usize,
            text: w,
        })
}

/// A misspelt word with its byte offset and correct form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelt {
    pub start: usize,
    pub word: String,
    pub fix: String,
}

/// Every known misspelling in `text`.
pub fn misspellings(text: &str, lists: &Lists) -> Vec<Misspelt> {
    words(text)
        .filter_map(|w| {
            let right = lists.correction(w.text)?;
            // Keep a capital letter the writer put first.
            let fix = match (w.text.chars().next(), right.chars().next()) {
                (Some(f), Some(r)) if f.is_uppercase() => {
                    r.to_uppercase().chain(right.chars().skip(1)).collect()
                }
                _ => right.to_string(),
            };
            Some(Misspelt {
                start: w.start,
                word: w.text.to_string(),
                fix,
            })
        })
        .collect()
}

/// Words that Mongolian repeats on purpose: «тус тус» (respectively), «өөр өөр» (various).
const REDUPLICATED: &[&str] = &[
    "тус",
    "өөр",
    "янз",
    "олон",
    "сая",
    "хааяа",
    "нэг",
    "хоёр",
    "ээлж",
    "ард",
    "тал",
    "жил",
    "өдөр",
    "бага",
    "зуу",
    "мянга",
    "дахин",
    "ахин",
    "үе",
    "аль",
    "хэд",
    "янз",
    "сайн",
    "шат",
];

/// A word written twice or more in a row with only spaces between: the byte offset of its
/// second writing and how many times the run writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doubled {
    pub start: usize,
    pub word: String,
    /// How many times the word is written in the run: 2 for «Монголын Монголын».
    pub times: usize,
}

/// Every run of a doubled word in `text`, once per run however long it is (numbers and
/// deliberate reduplication excepted).
pub fn doubled(text: &str) -> Vec<Doubled> {
    let all: Vec<Word> = words(text).collect();
    let mut out: Vec<Doubled> = Vec::new();
    // The index in `all` of the word the last run ended at, so the run grows word by word.
    let mut run_end = None;
    for (i, pair) in all.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let between = &text[a.start + a.text.len()..b.start];
        let repeated = !between.is_empty()
            && between
                .chars()
                .all(|c| c == ' ' || c == '\n' || c == '\u{a0}')
            && a.text.to_lowercase() == b.text.to_lowercase()
            && !a.text.chars().all(|c| c.is_ascii_digit())
            && !REDUPLICATED.contains(&a.text.to_lowercase().as_str());
        if !repeated {
            continue;
        }
        match (run_end, out.last_mut()) {
            (Some(end), Some(last)) if end == i => last.times += 1,
            _ => out.push(Doubled {
                start: b.start,
                word: b.text.to_string(),
                times: 2,
            }),
        }
        run_end = Some(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspellings_come_with_their_fix() {
        let found = misspellings("Гэрээын нөхцөл, кластераас гадна", Lists::builtin());
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|m| (m.word.as_str(), m.fix.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [("Гэрээын", "Гэрээний"), ("кластераас", "кластерээс")]
        );
        assert_eq!(found[1].start, "Гэрээын нөхцөл, ".len());
    }

    /// A run of one word is one finding, however long: a pasted line of 50,000 «Урт» is one
    /// warning saying how many times, not 49,999.
    #[test]
    fn a_run_of_a_repeated_word_is_found_once_with_its_length() {
        let line = "Урт ".repeat(50_000);
        let found = doubled(&format!("Эхлэл {line}төгсгөл; тийм тийм. Урт Урт"));
        let runs: Vec<(&str, usize)> = found.iter().map(|d| (d.word.as_str(), d.times)).collect();
        assert_eq!(runs, [("Урт", 50_000), ("тийм", 2), ("Урт", 2)]);
        assert_eq!(found[0].start, "Эхлэл Урт ".len());
    }

    #[test]
    fn doubled_words_but_not_reduplication_or_numbers() {
        let found = doubled("Монголын Монголын кластер; тус тус; 10 10; өөр өөр салбар");
        assert_eq!(
            found,
            [Doubled {
                start: "Монголын ".len(),
                word: "Монголын".into(),
                times: 2,
            }]
        );
        assert_eq!(doubled("кластер, кластер"), []);
    }
}
