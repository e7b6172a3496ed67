//! Search reaches the reader's own notes: an entry whose note holds every word of the query
//! as the corpus search reads it (Cyrillic or Latin letters alike, word forms and one slip of
//! typing: [`crate::search::same_word`]) comes first in the search overlay,
//! marked ✎, with the note's matching line as its snippet, the words found in it highlighted.
//! The count stays exact: where the corpus search listed only the best of its matches, the
//! entries with a note are looked up among all of them ([`places`]), so an entry the corpus
//! matched too is counted once.

use std::collections::BTreeMap;

use crate::app::state::Search;
use crate::corpus::Corpus;
use crate::lang::Lang;
use crate::search::highlight::positions;
use crate::search::query::Query;
use crate::search::same_word;
use crate::search::snippet::snippet;
use crate::search::translit::key_text;
use crate::search::{Detail, Field, Found, Hit, SearchIndex, SearchOptions};

/// A note's line up to this many characters is its snippet whole.
const WHOLE_LINE_CHARS: usize = 200;

/// The entries whose note holds every word of `query` (or a form of it, or it with one slip),
/// in the order of their ids, each as a
/// hit whose snippet is taken from the note's first line holding the query's first word, with
/// the query's words highlighted.
pub fn note_hits(
    notes: &BTreeMap<String, String>,
    corpus: &Corpus,
    query: &str,
    lang: Lang,
) -> Vec<Hit> {
    // Filters (`kind:policy`) and quotes are the corpus search's; here only words count.
    let words: Vec<String> = query
        .split_whitespace()
        .filter(|w| !w.contains(':'))
        .map(key_text)
        .flat_map(|k| k.split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|k| !k.is_empty())
        .collect();
    let Some(first) = words.first() else {
        return Vec::new();
    };
    let looked_for = Query::parse(query).words;
    notes
        .iter()
        .filter_map(|(id, note)| {
            let entry = corpus.index_of(id)?;
            let keyed = key_text(note);
            let note_words = same_word::keys(note);
            let holds =
                |w: &String| keyed.contains(w.as_str()) || same_word::any_reads_as(w, &note_words);
            if !words.iter().all(holds) {
                return None;
            }
            let line = note
                .lines()
                .find(|l| {
                    key_text(l).contains(first.as_str())
                        || same_word::any_reads_as(first, &same_word::keys(l))
                })
                .unwrap_or_else(|| super::notes::first_line(note))
                .trim();
            // The reader's own line reads best whole; a long one, around its first match.
            let (snippet, snippet_highlights) = match line.chars().count() <= WHOLE_LINE_CHARS {
                true => (line.to_string(), positions(line, &looked_for, None)),
                false => snippet(line, &looked_for),
            };
            Some(Hit {
                entry,
                score: i64::MAX,
                field: Field::Body,
                lang,
                title_highlights: Default::default(),
                snippet,
                snippet_highlights,
            })
        })
        .collect()
}

/// Where each entry of `noted` stands among every entry the corpus search matched for
/// `query` (`found` is its answer with the best of them): its place in the ranked list, or
/// `None` when the corpus search did not match it. When `found` lists every match its places
/// are read there; else the query is ranked again without a limit (details left out), once.
pub fn places(
    index: &SearchIndex,
    corpus: &Corpus,
    query: &str,
    lang: Lang,
    found: &Found,
    noted: &[usize],
) -> Vec<(usize, Option<usize>)> {
    let mut every: Option<Vec<usize>> = None;
    (noted.iter())
        .map(|&entry| {
            let shown = found.hits.iter().position(|h| h.entry == entry);
            let place = match shown {
                Some(p) => Some(p),
                None if found.exact && found.total <= found.hits.len() => None,
                None => {
                    let every = every.get_or_insert_with(|| {
                        let opts = SearchOptions {
                            limit: corpus.len().max(1),
                            detail: Detail::Ranked,
                            ..SearchOptions::in_lang(lang)
                        };
                        let all = index.find(corpus, query, &opts).hits;
                        all.into_iter().map(|h| h.entry).collect()
                    });
                    every.iter().position(|&e| e == entry)
                }
            };
            (entry, place)
        })
        .collect()
}

/// Puts the entries whose note matches first in `s`'s hits, each entry once, and marks them
/// (`s.noted`). `places` says where the corpus search ranked each (see [`places`]; an entry
/// missing there counts as not matched): the count grows by the entries it did not match,
/// and the count of entries holding every word by those it did not count there (the note
/// holds every word). The list keeps to `limit` rows (the search's, or `--limit`).
pub fn merge_into(
    s: &mut Search,
    mut found: Vec<Hit>,
    places: &[(usize, Option<usize>)],
    limit: usize,
) {
    s.noted = found.iter().map(|h| h.entry).collect();
    if found.is_empty() {
        return;
    }
    let place = |entry: usize| places.iter().find(|p| p.0 == entry).and_then(|p| p.1);
    let shown_before = s.hits.len();
    // Every match was on the list: it can hold them all, up to the search's limit.
    let all_shown = s.total <= shown_before;
    let new = found.iter().filter(|h| place(h.entry).is_none()).count();
    // Counted among those holding every word: placed before the first that does not.
    let complete_before = s.complete.unwrap_or(s.total);
    let completed = (found.iter())
        .filter(|h| place(h.entry).is_none_or(|p| p >= complete_before))
        .count();
    s.total += new;
    s.complete = s.complete.map(|c| c + completed).filter(|&c| c < s.total);
    s.hits.retain(|h| found.iter().all(|n| n.entry != h.entry));
    // The entries with a note come first. A list that held every match holds them and the
    // notes' (as many as the search shows at most); a list the search cut keeps its length,
    // the search's last ones giving way. Never more rows than the limit asks for.
    let keep = if all_shown {
        (shown_before + new).min(limit.max(1))
    } else {
        shown_before.max(found.len()).min(limit.max(1))
    };
    found.append(&mut s.hits);
    found.truncate(keep);
    s.hits = found;
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use crate::corpus::model::Bi;

    const LIMIT: usize = 50;

    fn hit(entry: usize) -> Hit {
        Hit {
            entry,
            score: 0,
            field: Field::Title,
            lang: Lang::En,
            title_highlights: Bi::default(),
            snippet: String::new(),
            snippet_highlights: Vec::new(),
        }
    }

    #[test]
    fn entries_with_a_note_come_first_and_the_list_keeps_its_length() {
        let mut s = Search {
            hits: (0..50).map(hit).collect(),
            total: 348,
            exact: true,
            ..Search::default()
        };
        merge_into(&mut s, vec![hit(400)], &[(400, None)], LIMIT);
        assert_eq!(s.hits.len(), 50, "the best 50, not 51");
        assert_eq!(s.hits[0].entry, 400);
        assert_eq!(s.hits[49].entry, 48, "the search's last gives way");
        assert_eq!((s.total, s.exact, &s.noted), (349, true, &vec![400]));
        // A note on an entry already listed moves it up without adding to the count.
        let mut s = Search {
            hits: (0..3).map(hit).collect(),
            total: 3,
            exact: true,
            ..Search::default()
        };
        merge_into(&mut s, vec![hit(2)], &[(2, Some(2))], LIMIT);
        let order: Vec<usize> = s.hits.iter().map(|h| h.entry).collect();
        assert_eq!((order, s.total), (vec![2, 0, 1], 3));
    }

    /// A note on an entry the search did not find, when the search listed every match: the
    /// count and the rows agree («илэрц: 2 (хамгийн тохирох 1)» with one row).
    #[test]
    fn a_note_beside_a_whole_list_counts_once_and_shows_every_row() {
        for shown in [0, 1, 37] {
            let mut s = Search {
                hits: (0..shown).map(hit).collect(),
                total: shown,
                exact: true,
                ..Search::default()
            };
            merge_into(&mut s, vec![hit(400)], &[(400, None)], LIMIT);
            assert_eq!(s.total, shown + 1);
            assert_eq!(s.hits.len(), s.total, "every match is a row");
            assert!(s.exact);
            assert_eq!(s.hits[0].entry, 400);
        }
        // The list at the search's limit stays there.
        let limit = crate::search::SearchOptions::default().limit;
        let mut s = Search {
            hits: (0..limit).map(hit).collect(),
            total: limit,
            exact: true,
            ..Search::default()
        };
        merge_into(&mut s, vec![hit(400)], &[(400, None)], LIMIT);
        assert_eq!((s.hits.len(), s.total), (limit, limit + 1));
    }

    /// `toli search Q --limit 2` with a note on an entry the search did not find: two rows,
    /// the note's first, and a count of three (the count line says the rest).
    #[test]
    fn a_note_keeps_the_limit() {
        let mut s = Search {
            hits: (0..2).map(hit).collect(),
            total: 2,
            exact: true,
            ..Search::default()
        };
        merge_into(&mut s, vec![hit(400)], &[(400, None)], 2);
        let order: Vec<usize> = s.hits.iter().map(|h| h.entry).collect();
        assert_eq!((order, s.total), (vec![400, 0], 3));
    }

    /// The walk's count (N6): the corpus search listed the best 50 of 91, none holding every
    /// word; the note holds them all. The count stays exact, and the note's entry counts once
    /// whether the corpus matched it below the list or not at all.
    #[test]
    fn a_note_past_a_cut_list_keeps_the_count_exact() {
        let cut = || Search {
            hits: (0..50).map(hit).collect(),
            total: 91,
            exact: true,
            complete: Some(0),
            ..Search::default()
        };
        let mut s = cut();
        merge_into(&mut s, vec![hit(400)], &[(400, None)], LIMIT);
        assert_eq!((s.total, s.exact, s.complete), (92, true, Some(1)));
        let mut s = cut();
        merge_into(&mut s, vec![hit(70)], &[(70, Some(70))], LIMIT);
        assert_eq!((s.total, s.exact, s.complete), (91, true, Some(1)));
        assert_eq!(s.hits[0].entry, 70);
        // Counted among those holding every word already: no change there.
        let mut s = Search {
            complete: Some(10),
            ..cut()
        };
        merge_into(&mut s, vec![hit(3)], &[(3, Some(3))], LIMIT);
        assert_eq!((s.total, s.complete), (91, Some(10)));
        // Every match holding every word (no separate figure) stays so.
        let mut s = Search {
            complete: None,
            ..cut()
        };
        merge_into(&mut s, vec![hit(400)], &[(400, None)], LIMIT);
        assert_eq!((s.total, s.complete), (92, None));
        // Holding every word, all of them: the figure goes.
        let mut s = Search {
            hits: (0..2).map(hit).collect(),
            total: 3,
            complete: Some(2),
            ..cut()
        };
        merge_into(&mut s, vec![hit(2)], &[(2, Some(2))], LIMIT);
        assert_eq!((s.total, s.complete), (3, None));
    }
}
