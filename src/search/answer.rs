//! The sentence that answers a question asking how many or when: of an entry's facts, summary
//! or matched text, the sentence holding the figure asked for and most of the query's words —
//! and, for a count, the word counted written with a number («…хамрагдсан компани: 120
//! компани»). The snippet then starts there.

use super::highlight::token_matches;
use super::query::Word;
use super::snippet::{SNIPPET_CHARS, Titles, snippet_at};
use super::translit::KeyBuilder;

/// Sentences holding the figure asked for that are searched for the query's words, at most:
/// the answer is near the top of an entry, and keying a whole body costs a keystroke's budget.
pub(super) const FIGURE_SENTENCES: usize = 4;

/// What figure a question asks for: a count ("how many", «хэдэн») or a year ("when", «хэзээ»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count,
    Year,
}

/// Whether `sentence` holds the figure asked for: a year from 1900 to 2100, or for a count
/// any other number.
fn holds(sentence: &str, figure: Figure) -> bool {
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .any(|run| {
            let year =
                run.len() == 4 && run.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
            year == (figure == Figure::Year)
        })
}

/// The sentence of `text` that answers a question asking how many or when: of the first
/// `sentences` sentences holding the `figure` asked for, the one matching most of `words` (the
/// first of equals), as where it starts and how many words it matches. Sentences end at ". ",
/// a line break or " · " between facts; the text is read only as far as that many sentences
/// holding the figure, so a long body costs little.
///
/// For a count, the word counted (`noun`: «компани» in «хэдэн компани») written with a
/// number counts as two more words: «…хамрагдсан компани: 120 компани» answers how many
/// companies, a sentence naming companies beside a share in per cent does not.
pub fn figure_answer(
    text: &str,
    words: &[Word],
    figure: Figure,
    noun: Option<&Word>,
    sentences: usize,
) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let holding = sentences_of(text).filter(|(_, sentence)| holds(sentence, figure));
    for (start, sentence) in holding.take(sentences) {
        let counted = figure == Figure::Count && noun.is_some_and(|w| counts(sentence, w));
        let n = words_matched(sentence, words) + 4 * usize::from(counted);
        if n > 0 && best.is_none_or(|(_, most)| n > most) {
            best = Some((start, n));
        }
    }
    best
}

/// Byte offset of the first number in `text` that is the `figure` asked for (the first
/// sentence only: an answer starts there).
fn figure_at(text: &str, figure: Figure) -> Option<usize> {
    let sentence = &text[..sentence_end(text, 0)];
    let digits = sentence.as_bytes();
    let mut at = 0;
    while at < digits.len() {
        // Digits are ASCII: a run of them starts and ends on char boundaries.
        let run = digits[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if run > 0 && holds(&sentence[at..at + run], figure) {
            return Some(at);
        }
        at += run.max(1);
    }
    None
}

/// The sentences of `text` with where each starts (see [`sentence_end`]).
fn sentences_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        (start < text.len()).then(|| {
            let end = sentence_end(text, start);
            let found = (start, &text[start..end]);
            start = end;
            found
        })
    })
}

/// Where the first sentence of `text` holding a year starts, among its first `sentences`: the
/// answer to "when" in an entry the question names whole («IT Park хэзээ байгуулагдсан»: its
/// facts' «Байгуулагдсан: 1972» holds none of the words left after the entry's name).
pub fn first_year(text: &str, sentences: usize) -> Option<usize> {
    (sentences_of(text).take(sentences))
        .find(|(_, sentence)| holds(sentence, Figure::Year))
        .map(|(start, _)| start)
}

/// Whether `text` counts `noun` with a number ([`counts`]) in one of its first `sentences`
/// sentences holding a number: it states how many of the thing asked for there are («…3-р
/// хүснэгтэд орсон парк: 14 парк» for «хэдэн парк»). With `labels` false (running text, not a
/// list of facts), a colon after the noun makes it no label: in «IT Park: 43 ажилтантай» the
/// 43 are staff, not parks.
pub fn states_count(text: &str, noun: &Word, sentences: usize, labels: bool) -> bool {
    sentences_of(text)
        .filter(|(_, sentence)| holds(sentence, Figure::Count))
        .take(sentences)
        .any(|(_, sentence)| counts_with(sentence, noun, labels))
}

/// Whether `text` counts `noun` with a number: the number right before it ("120
/// companies", «1,398 кластер») or after it as a label ("Staff: 43"). A number joined to
/// another sign ("70%-ийг") counts nothing.
fn counts(text: &str, noun: &Word) -> bool {
    counts_with(text, noun, true)
}

/// [`counts`], reading "Staff: 43" as a count only with `labels`.
fn counts_with(text: &str, noun: &Word, labels: bool) -> bool {
    let mut b = KeyBuilder::new(false);
    // The word before was a number (or the noun, then a colon), and only spaces or a
    // thousands comma (or that colon) came since.
    let mut after_number = false;
    let mut after_label = false;
    for c in text.chars().chain([' ']) {
        if super::fold::is_word_char(c) {
            b.push(c, 0);
            continue;
        }
        if !b.is_empty() {
            let tok = b.text();
            let number = tok.bytes().all(|d| d.is_ascii_digit());
            if (after_number && token_matches(tok, noun)) || (after_label && number) {
                return true;
            }
            after_label = labels && c == ':' && token_matches(tok, noun);
            after_number = number;
            b.clear();
            continue;
        }
        after_number &= c.is_whitespace() || c == ',';
        after_label &= c.is_whitespace();
    }
    false
}

/// How well `text` matches `words`: two for each word some word of `text` starts with as
/// typed, one for a word met only in another form (a stem, another voice of a verb): of
/// "Companies incubated" and "Companies in incubation", the first answers "incubate".
pub(super) fn words_matched(text: &str, words: &[Word]) -> usize {
    let mut seen = vec![0; words.len()];
    let mut b = KeyBuilder::new(false);
    let mut mark = |b: &mut KeyBuilder| {
        if !b.is_empty() {
            for (i, w) in words.iter().enumerate() {
                let how = match b.text() {
                    t if t.starts_with(&w.key) => 2,
                    t if token_matches(t, w) => 1,
                    _ => 0,
                };
                seen[i] = seen[i].max(how);
            }
        }
        b.clear();
    };
    for c in text.chars() {
        if super::fold::is_word_char(c) {
            b.push(c, 0);
        } else {
            mark(&mut b);
        }
    }
    mark(&mut b);
    seen.into_iter().sum()
}

/// Where the sentence starting at byte `start` of `text` ends: after ". ", a line break, or
/// " · " between an entry's facts («парк · … · Ажилтан: 43 хүн»: each fact is read alone).
fn sentence_end(text: &str, start: usize) -> usize {
    const FACTS: &[u8] = " · ".as_bytes();
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => return i + 1,
            b'.' if bytes.get(i + 1) == Some(&b' ') => return i + 2,
            b' ' if bytes[i..].starts_with(FACTS) => return i + FACTS.len(),
            _ => i += 1,
        }
    }
    bytes.len()
}

/// [`snippet_titled`] from the sentence that starts at byte `start` of `text` (a figure's
/// answer, [`figure_answer`]), marked as cut when it is not the text's first.
pub fn snippet_from(
    text: &str,
    start: usize,
    words: &[Word],
    figure: Figure,
    titles: &Titles<'_>,
) -> (String, Vec<usize>) {
    // From the sentence's start when the figure is near it, not from the first word matched
    // («1972 онд байгуулагдаж, … парк» answers "when"; «…хамрагдсан компани: 120 компани»
    // keeps the label saying what it counts); else around the first word matched.
    let sentence = &text[start..];
    let head = figure_at(sentence, figure)
        .is_some_and(|at| sentence[..at].chars().count() < SNIPPET_CHARS * 3 / 4);
    if start == 0 {
        return snippet_at(text, words, titles, head);
    }
    let (mut s, mut marks) = snippet_at(sentence, words, titles, head);
    if !s.starts_with('…') {
        s.insert(0, '…');
        marks.iter_mut().for_each(|m| *m += 1);
    }
    (s, marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;
    use crate::search::snippet::snippet;

    fn words(q: &str) -> Vec<Word> {
        Query::parse(q).words
    }

    /// [`snippet_from`] the sentence answering the question ([`figure_answer`]), when there is
    /// one; else around the first match.
    pub fn snippet_with(
        text: &str,
        words: &[Word],
        figure: Figure,
        titles: &Titles<'_>,
    ) -> (String, Vec<usize>) {
        let start =
            figure_answer(text, words, figure, None, FIGURE_SENTENCES).map_or(0, |(at, _)| at);
        snippet_from(text, start, words, figure, titles)
    }

    #[test]
    fn a_question_for_a_figure_gets_the_sentence_with_it() {
        let body = "Industrial technology parks were planned from 2009 on in many laws and \
                    programmes of the government, with land set aside. Today the parks number 14 \
                    in all.";
        let none: &Titles<'_> = &|_| None;
        let (s, marks) = snippet_with(body, &words("parks"), Figure::Count, none);
        assert!(s.contains("14") && !s.contains("2009"), "{s}");
        assert!(s.starts_with('…'), "{s}");
        let chars: Vec<char> = s.chars().collect();
        let hit: String = marks.iter().map(|&i| chars[i]).collect();
        assert_eq!(hit, "parks");
        let (s, _) = snippet_with(body, &words("parks"), Figure::Year, none);
        assert!(s.contains("2009"), "{s}");
        // No sentence with the figure: the first match, as before.
        let plain_text = "The parks are many. Parks grow.";
        assert_eq!(
            snippet_with(plain_text, &words("parks"), Figure::Count, none),
            snippet(plain_text, &words("parks"))
        );
    }

    #[test]
    fn a_count_question_gets_the_fact_with_it() {
        // An entry's facts as the search reads them: the type matches "park" first, the
        // count asked for is a later fact.
        let facts = "парк · Монгол Улс · төрийн өмч · 1972 · Үйл ажиллагаа явуулж буй · \
                     Ажилтан: 43 хүн · Инкубацид байгаа компани: 20 компани";
        let none: &Titles<'_> = &|_| None;
        let (s, _) = snippet_with(facts, &words("парк ажилтантай"), Figure::Count, none);
        assert!(s.starts_with("…Ажилтан: 43 хүн"), "{s}");
        let (s, _) = snippet_with(facts, &words("парк компани"), Figure::Count, none);
        assert!(s.starts_with("…Инкубацид байгаа компани: 20"), "{s}");
    }

    /// Of several facts with a count, the one counting the noun asked for and matching most
    /// of the words as typed answers: 120 companies incubated, not 20 in incubation now, nor
    /// a summary naming companies beside a share in per cent.
    #[test]
    fn a_count_question_gets_the_fact_counting_what_it_asks() {
        let facts = "Одоо инкубацид буй компани: 20\u{a0}компани · \
                     2002 оноос хойш инкубацид хамрагдсан компани: 120\u{a0}компани";
        let q = words("хэдэн компани инкубацид хамруулсан");
        let noun = &q[1];
        let answer = |t: &str| figure_answer(t, &q, Figure::Count, Some(noun), 8);
        let (at, _) = answer(facts).expect("a fact answers");
        assert!(facts[at..].starts_with("2002 оноос"), "{}", &facts[at..]);
        let summary = "Дотоодын компаниудыг инкубацид хамруулж, орлогын 70%-ийг сургалтаас олдог.";
        let fact_score = answer(facts).map(|(_, n)| n);
        assert!(answer(summary).map(|(_, n)| n) < fact_score);

        let en = words("how many companies did it incubate");
        let facts = "Companies currently in incubation: 20 companies · \
                     Companies incubated since 2002: 120 companies";
        let (at, _) = figure_answer(facts, &en, Figure::Count, Some(&en[2]), 8).expect("answers");
        assert!(
            facts[at..].starts_with("Companies incubated"),
            "{}",
            &facts[at..]
        );
    }

    #[test]
    fn a_number_counts_the_word_after_it_or_the_label_before_it() {
        let staff = &words("staff")[0];
        assert!(counts("Staff: 43 persons", staff));
        assert!(counts("The box counts 43 staff", staff));
        assert!(counts("1,398 staff", staff));
        assert!(!counts("70%-staff", staff));
        assert!(!counts("staff of the park, 43 in all", staff));
        assert!(!counts_with("Staff: 43 persons", staff, false), "no labels");
        assert!(counts_with("The box counts 43 staff", staff, false));
    }
}
