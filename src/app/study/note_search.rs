//! Search reaches the reader's own notes: an entry whose note holds every word of the query
//! (Cyrillic or Latin letters alike, through the search key) comes first in the search overlay,
//! with the note's matching line as its snippet, marked ✎.

use std::collections::BTreeMap;

use crate::app::state::Search;
use crate::corpus::Corpus;
use crate::lang::Lang;
use crate::search::translit::key_text;
use crate::search::{Field, Hit};

/// How much of a note's line a snippet shows, in characters.
const SNIPPET_CHARS: usize = 100;

/// The entries whose note holds every word of `query`, in the order of their ids, each as a
/// hit whose snippet is the note's first line holding the query's first word.
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
    notes
        .iter()
        .filter_map(|(id, note)| {
            let entry = corpus.index_of(id)?;
            let keyed = key_text(note);
            if !words.iter().all(|w| keyed.contains(w.as_str())) {
                return None;
            }
            let line = note
                .lines()
                .find(|l| key_text(l).contains(first.as_str()))
                .unwrap_or_else(|| super::notes::first_line(note))
                .trim();
            let mut snippet: String = line.chars().take(SNIPPET_CHARS).collect();
            if line.chars().count() > SNIPPET_CHARS {
                snippet.push('…');
            }
            Some(Hit {
                entry,
                score: i64::MAX,
                field: Field::Body,
                lang,
                title_highlights: Default::default(),
                snippet: format!("✎ {snippet}"),
                snippet_highlights: Vec::new(),
            })
        })
        .collect()
}

/// Puts the entries whose note matches first in `s`'s hits, each entry once. The count grows by
/// the entries that were not found already; when the corpus count went past the hits shown, one
/// of them may have been counted already, so the count becomes a lower bound.
pub fn merge_into(s: &mut Search, mut found: Vec<Hit>) {
    if found.is_empty() {
        return;
    }
    let shown_before = s.hits.len();
    // Every match was on the list: it can hold them all, up to the search's limit.
    let all_shown = s.total <= shown_before;
    s.hits.retain(|h| found.iter().all(|n| n.entry != h.entry));
    let new = found.len() - (shown_before - s.hits.len());
    if new > 0 {
        if !all_shown {
            s.exact = false;
        }
        s.total += new;
    }
    // The entries with a note come first. A list that held every match holds them and the
    // notes' (as many as the search shows at most); a list the search cut keeps its length,
    // the search's last ones giving way.
    let keep = if all_shown {
        (shown_before + new).min(
            crate::search::SearchOptions::default()
                .limit
                .max(found.len()),
        )
    } else {
        shown_before.max(found.len())
    };
    found.append(&mut s.hits);
    found.truncate(keep);
    s.hits = found;
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use crate::corpus::model::Bi;

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
        merge_into(&mut s, vec![hit(400)]);
        assert_eq!(s.hits.len(), 50, "the best 50, not 51");
        assert_eq!(s.hits[0].entry, 400);
        assert_eq!(s.hits[49].entry, 48, "the search's last gives way");
        // A note on an entry already listed moves it up without adding to the count.
        let mut s = Search {
            hits: (0..3).map(hit).collect(),
            total: 3,
            exact: true,
            ..Search::default()
        };
        merge_into(&mut s, vec![hit(2)]);
        let order: Vec<usize> = s.hits.iter().map(|h| h.entry).collect();
        assert_eq!((order, s.total), (vec![2, 0, 1], 3));
    }

    /// A note on an entry the search did not find, when the search listed every match: the
    /// count and the rows agree (walk 4, m1: «илэрц: 2 (хамгийн тохирох 1)» with one row).
    #[test]
    fn a_note_beside_a_whole_list_counts_once_and_shows_every_row() {
        for shown in [0, 1, 37] {
            let mut s = Search {
                hits: (0..shown).map(hit).collect(),
                total: shown,
                exact: true,
                ..Search::default()
            };
            merge_into(&mut s, vec![hit(400)]);
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
        merge_into(&mut s, vec![hit(400)]);
        assert_eq!((s.hits.len(), s.total), (limit, limit + 1));
    }
}
