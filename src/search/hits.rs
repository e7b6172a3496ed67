//! Filling in a ranked hit: where it matched, the snippet around the match and the title
//! highlights — as much as the caller's [`Detail`] asks for.

use super::fields::{fields_shown, row_cells};
use super::index::FIELDS;
use super::query::Word;
use super::shorts::Short;
use super::{Cand, Detail, Field, Hit, SearchIndex, answer, fold, highlight, rank, snippet};
use crate::corpus::Corpus;
use crate::corpus::model::{Bi, Entry};
use crate::lang::Lang;

/// How hits are filled in: how much, for a reader of which language, and with the snippet
/// holding the figure a question asks for (how many, when).
#[derive(Debug, Clone, Copy)]
pub(super) struct Dress<'a> {
    pub detail: Detail,
    pub shown: Lang,
    pub figure: Option<answer::Figure>,
    /// For a count, the word counted (an index into the query's content words).
    pub noun: Option<usize>,
    /// The other names of the word counted, from its synonym groups («ажилчдын» is also
    /// «ажилтан», staff): a fact counting one of them answers too.
    pub counted_as: &'a [Word],
    /// Some word of the query, a question word too, was typed in Cyrillic: the reader writes
    /// Mongolian («ECCP гэж юу вэ»).
    pub cyrillic: bool,
}

impl SearchIndex {
    /// The hit for candidate `c`; the entry itself is read only for the detail asked for.
    pub(super) fn hit(
        &self,
        corpus: &Corpus,
        c: Cand,
        best: &[Vec<u32>],
        words: &[Word],
        dress: Dress,
    ) -> Hit {
        let Dress {
            detail,
            shown,
            figure,
            noun,
            counted_as,
            cyrillic,
        } = dress;
        let places: Vec<(Field, Lang)> = best
            .iter()
            .filter(|b| b[c.entry] > 0)
            .map(|b| {
                let (fi, mn) = rank::unpack_place(b[c.entry]);
                (FIELDS[fi], if mn { Lang::Mn } else { Lang::En })
            })
            .collect();
        let (field, lang) = places
            .iter()
            .copied()
            .max_by_key(|(f, _)| rank::weight(*f))
            .unwrap_or((Field::Title, Lang::En));
        let deep = places
            .iter()
            .copied()
            .filter(|(f, _)| matches!(f, Field::Summary | Field::Body | Field::Fields))
            .min_by_key(|(f, _)| rank::weight(*f));
        let lang = deep.map_or(lang, |(_, l)| l);
        // Snippets are in the language typed (Cyrillic: Mongolian), else the reader's.
        let reading = match cyrillic || words.iter().any(Word::is_cyrillic) {
            true => Lang::Mn,
            false => shown,
        };
        let (snippet, snippet_highlights) = if detail >= Detail::Snippet {
            let e = corpus.entry(c.entry);
            let (text, text_lang) = match deep {
                // In the reader's language where the words match there too; an English
                // reader whose words matched only the Mongolian text, or one writing in
                // Mongolian whose words matched only the English («ECCP гэж юу вэ», ECCP in
                // an English body), reads what the entry is about in their own language (a
                // Mongolian reader typing only Latin words, "spillover", is shown the match).
                Some((f, l)) if l != reading => {
                    let theirs = long_text(e, f, reading);
                    let own = reading == Lang::En || cyrillic;
                    match snippet::first_match(&theirs, words) {
                        Some(_) => (theirs, reading),
                        None if own && !e.summary.show(reading).is_empty() => {
                            (e.summary.show(reading).to_string(), reading)
                        }
                        None => (long_text(e, f, l), l),
                    }
                }
                Some((f, l)) => (long_text(e, f, l), l),
                None => {
                    let short = self.index.shorts.of(c.entry).find(|s| {
                        s.field == field
                            && s.lang == lang
                            && matches!(field, Field::Alias | Field::Tag)
                            && !highlight::positions(s.lower, words, None).is_empty()
                    });
                    // Matched in a title or the id only: the summary, as the reader reads it.
                    match short {
                        Some(s) => (short_text(e, &s), lang),
                        None => (e.summary.show(reading).to_string(), reading),
                    }
                }
            };
            // A bare link reads as its entry's title, not its id.
            let titles =
                |l: Lang| move |id: &str| crate::corpus::prose_title::of(corpus, id.trim(), l);
            let noun = noun.filter(|&i| i < words.len());
            let answer = figure.and_then(|f| {
                // The question as typed, then with each other name of the thing counted read
                // in place of the word typed.
                let asked: Vec<Vec<Word>> = std::iter::once(words.to_vec())
                    .chain(noun.into_iter().flat_map(|i| {
                        counted_as.iter().map(move |other| {
                            let mut named = words.to_vec();
                            if let Some(slot) = named.get_mut(i) {
                                *slot = other.clone();
                            }
                            named
                        })
                    }))
                    .collect();
                (asked.iter().enumerate())
                    .filter_map(|(k, ws)| {
                        let counted = noun.and_then(|i| ws.get(i));
                        answering(e, &text, text_lang, reading, ws, (f, counted)).map(|a| (k, a))
                    })
                    .reduce(|best, a| {
                        // The word as typed answers of equals; of other names, the answer in
                        // the reader's language («ajilchdyn» reads «Ажилтан: 43», not "Staff").
                        let own = |x: &(usize, (String, usize, Lang, usize))| x.1.2 == reading;
                        let tie = a.1.3 == best.1.3 && best.0 > 0 && own(&a) && !own(&best);
                        match a.1.3 > best.1.3 || tie {
                            true => a,
                            false => best,
                        }
                    })
                    .map(|(_, (answer, at, l, _))| ((answer, at, l), f))
            });
            match answer {
                Some(((answer, at, l), f)) => {
                    answer::snippet_from(&answer, at, words, f, &titles(l))
                }
                None => snippet::snippet_titled(&text, words, &titles(text_lang)),
            }
        } else {
            (String::new(), Vec::new())
        };
        // Positions in the title as shown in the reader's language (which is the other
        // language's title when one is missing); the other language's are not worked out.
        let title = |l: Lang| {
            (detail == Detail::Full && l == shown).then(|| {
                let title = corpus.title(c.entry, l);
                highlight::positions(title, words, Some(&self.matcher))
            })
        };
        Hit {
            entry: c.entry,
            score: c.score,
            field,
            lang,
            title_highlights: Bi {
                en: title(Lang::En),
                mn: title(Lang::Mn),
            },
            snippet,
            snippet_highlights,
        }
    }
}

/// Facts a key-figure list holds at most that are read for an answer (each is short).
const FACTS_READ: usize = 24;
/// A table's cells read for an answer, at most.
const ROW_CELLS_READ: usize = 64;

/// The text and sentence that answer a question asking how many or when: the entry's facts,
/// its summary or the matched `text`, whichever has a sentence holding the figure and most of
/// the `words` (the facts first of equals: a key figure is the answer, «2002 оноос хойш
/// инкубацид хамрагдсан компани: 120 компани»); for "when", failing that, the first year of its
/// facts or summary.
fn answering(
    e: &Entry,
    text: &str,
    text_lang: Lang,
    reading: Lang,
    words: &[Word],
    (figure, noun): (answer::Figure, Option<&Word>),
) -> Option<(String, usize, Lang, usize)> {
    let facts = fields_shown(e, reading);
    let summary = e.summary.show(reading);
    // A question typed in English by a Mongolian reader ("how many staff"): the English facts
    // too, which answer it when they hold more of its words (Latin-letter Mongolian meets the
    // Mongolian facts first).
    let english = reading == Lang::Mn && !words.iter().any(Word::is_cyrillic);
    let (facts_en, rows_en) = match english {
        true => (fields_shown(e, Lang::En), named_rows(e, Lang::En, words)),
        false => (String::new(), String::new()),
    };
    let rows = named_rows(e, reading, words);
    // The matched text is read in its own language; the others in the reader's. A table's
    // rows come first of equals: the cell then says whose figure it is.
    let candidates = [
        (rows.as_str(), reading, ROW_CELLS_READ),
        (rows_en.as_str(), Lang::En, ROW_CELLS_READ),
        (facts.as_str(), reading, FACTS_READ),
        (summary, reading, answer::FIGURE_SENTENCES),
        (text, text_lang, answer::FIGURE_SENTENCES),
        (facts_en.as_str(), Lang::En, FACTS_READ),
    ];
    let mut best: Option<(&str, Lang, usize, usize)> = None;
    for (i, (t, l, sentences)) in candidates.into_iter().enumerate() {
        // The matched text when it is the facts or summary, read already.
        let read_already = i == 4 && l == reading && (t == summary || t == facts);
        if read_already || t.is_empty() {
            continue;
        }
        if let Some((at, n)) = answer::figure_answer(t, words, figure, noun, sentences)
            && best.is_none_or(|(_, _, _, most)| n > most)
        {
            best = Some((t, l, at, n));
        }
    }
    if let Some((t, l, at, n)) = best {
        return Some((t.to_string(), at, l, n));
    }
    // No sentence with a year holds a word of the question but the entry's name: the entry's
    // own date is the answer (its facts first, then its summary).
    if figure != answer::Figure::Year {
        return None;
    }
    [facts.as_str(), summary]
        .into_iter()
        .find_map(|t| answer::first_year(t, FACTS_READ).map(|at| (t.to_string(), at, reading, 0)))
}

/// Whether entry `e` states a count of `noun` in its key figures, its summary or its table,
/// in either language: where a question asking how many is answered.
pub(super) fn states_count(e: &Entry, noun: &Word) -> bool {
    [Lang::Mn, Lang::En].into_iter().any(|l| {
        let facts = fields_shown(e, l);
        let rows = named_rows(e, l, &[]);
        // The facts and a table's cells are lists of labelled values; the summary is prose.
        let read = [
            (facts.as_str(), FACTS_READ, true),
            (e.summary.show(l), answer::FIGURE_SENTENCES, false),
            (rows.as_str(), ROW_CELLS_READ, true),
        ];
        (read.into_iter()).any(|(t, n, labels)| answer::states_count(t, noun, n, labels))
    })
}

/// A table's cells each with its row's label ("Socratus Start-up Studio (Box 4): 22
/// companies"), the rows whose label the question names first: a question naming a row is
/// answered from it, and any answer from a table says whose figure it is. Without `words`,
/// in the table's order.
fn named_rows(e: &Entry, lang: Lang, words: &[Word]) -> String {
    let mut cells = row_cells(e, lang);
    if !words.is_empty() {
        cells.sort_by_key(|(label, _)| std::cmp::Reverse(answer::words_matched(label, words)));
    }
    let said: Vec<String> = cells
        .iter()
        .map(|(label, c)| format!("{label}: {c}"))
        .collect();
    said.join(" · ")
}

fn long_text(e: &Entry, f: Field, lang: Lang) -> String {
    match f {
        Field::Summary => e.summary.show(lang).to_string(),
        Field::Body => e.body.show(lang).to_string(),
        _ => fields_shown(e, lang),
    }
}

fn short_text(e: &Entry, s: &Short<'_>) -> String {
    let list = match s.field {
        Field::Alias => e.aliases.get(s.lang),
        _ => e.tags.get(s.lang),
    };
    list.into_iter()
        .flatten()
        .find(|t| fold::lower(t) == s.lower)
        .cloned()
        .unwrap_or_default()
}
