//! A loaded corpus as one snapshot in the cache folder (see [`crate::cache`]): what was loaded
//! from all sources, merged and checked, with its diagnostics, so a start reads one file and
//! neither parses YAML nor checks links.
//!
//! The snapshot's first two parts are the corpus [`Head`](super::head::Head) — each entry's id,
//! kind, titles, list order, links and backlinks (see [`crate::cache::WithTexts`]); then the
//! diagnostics; then the search's synonyms as the load parsed them
//! ([`crate::search::synonyms`]); then each entry as a part of
//! its own, decoded only when first used: `toli show ID` decodes the head, the entry and
//! nothing else.

use std::path::Path;
use std::sync::Arc;

use super::Corpus;
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;
use crate::search::synonyms::Synonyms;

/// The first part of the corpus head.
pub(super) const HEAD: usize = 0;
/// The part holding the diagnostics, after the head's numbers and text.
const DIAGNOSTICS: usize = 2;
/// The part holding the synonyms.
const SYNONYMS: usize = 3;

/// The part holding entry `i` (or, for the number of entries, the number of parts).
pub fn entry_part(i: usize) -> usize {
    SYNONYMS + 1 + i
}

/// Whether a load with these diagnostics may be snapshotted: a file that could not be read may
/// become readable without changing its size or time, so such a load is not kept.
pub fn keepable(diagnostics: &[Diagnostic]) -> bool {
    !diagnostics
        .iter()
        .any(|d| matches!(d.problem, Problem::Unreadable { .. }))
}

/// What a snapshot gives back besides the corpus: the diagnostics found making it, and the
/// synonyms its sources hold.
pub type Besides = (Vec<Diagnostic>, Synonyms);

/// Stores `corpus`, the `diagnostics` found making it and its sources' `synonyms` under `name`
/// with `key`.
pub fn write(name: &str, key: u64, corpus: &Corpus, besides: (&[Diagnostic], &Synonyms)) {
    if let Some(dir) = crate::cache::dir() {
        write_in(&dir, name, key, corpus, besides);
    }
}

/// The corpus stored under `name` with `key`, its diagnostics and synonyms: the head decoded
/// at once, entries when used.
pub fn read(name: &str, key: u64) -> Option<(Corpus, Besides)> {
    read_in(&crate::cache::dir()?, name, key)
}

/// The parts a snapshot of `corpus`, its `diagnostics` and `synonyms` holds: the head, the
/// diagnostics, the synonyms, then each entry.
pub fn encode(
    corpus: &Corpus,
    (diagnostics, synonyms): (&[Diagnostic], &Synonyms),
) -> Vec<Vec<u8>> {
    let entries = (0..corpus.len()).map(|i| bitcode::encode(corpus.cell(i)));
    // The titles' order is kept, so that a one-shot command never collates them.
    let ranks = Lang::ALL.map(|lang| corpus.title_ranks(lang).to_vec());
    let mut head = corpus.head().clone().with_title_ranks(ranks);
    let mut parts = crate::cache::encode_with_texts(&mut head);
    parts.push(bitcode::encode(diagnostics));
    parts.push(bitcode::encode(synonyms));
    parts.extend(entries);
    parts
}

fn write_in(
    dir: &Path,
    name: &str,
    key: u64,
    corpus: &Corpus,
    besides: (&[Diagnostic], &Synonyms),
) {
    crate::cache::write_parts_in(dir, name, key, &encode(corpus, besides));
}

/// [`read`] from the cache folder `dir`.
pub fn read_in(dir: &Path, name: &str, key: u64) -> Option<(Corpus, Besides)> {
    from_parts(crate::cache::read_parts_in(dir, name, key)?)
}

/// The corpus, diagnostics and synonyms a snapshot's `parts` hold, if its head, diagnostics
/// and synonyms decode.
pub fn from_parts(parts: crate::cache::Parts) -> Option<(Corpus, Besides)> {
    let parts = Arc::new(parts);
    let diagnostics = parts.decode(DIAGNOSTICS)?;
    let synonyms = parts.decode(SYNONYMS)?;
    Some((Corpus::from_snapshot(parts)?, (diagnostics, synonyms)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Entries;
    use crate::corpus::load::{Sources, load};

    /// Everything a corpus answers about entry `i`, to compare two corpora.
    fn answers(c: &Corpus, i: usize) -> impl PartialEq + std::fmt::Debug {
        (
            c.entry(i).clone(),
            c.link_sites(i).to_vec(),
            c.key_line(i),
            c.links(i).to_vec(),
            c.backlinks(i).to_vec(),
            c.recommendation_of(i),
            c.index_of(&c.entry(i).id),
            (
                c.id(i).to_string(),
                c.kind(i),
                c.title(i, crate::lang::Lang::En).to_string(),
                c.title(i, crate::lang::Lang::Mn).to_string(),
            ),
        )
    }

    #[test]
    fn a_corpus_read_back_answers_as_the_corpus_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let loaded = load(&Sources::builtin()).corpus;
        let corpus = Corpus::new((0..loaded.len()).map(|i| loaded.loaded(i)).collect());
        assert!(corpus.len() > 100);
        let diagnostics = vec![Diagnostic::new("content/x.md", 3, 1, Problem::SelfLink)];
        let (mut synonyms, _) = Synonyms::parse("SYNONYMS.yaml", "- [gizmo, widget]\n");
        synonyms.extend(Synonyms::builtin().clone());
        write_in(dir.path(), "t", 5, &corpus, (&diagnostics, &synonyms));
        assert!(read_in(dir.path(), "t", 6).is_none(), "another key");

        let (lazy, (read_diagnostics, read_synonyms)) = read_in(dir.path(), "t", 5).expect("reads");
        assert_eq!(read_diagnostics, diagnostics);
        assert_eq!(read_synonyms, synonyms);
        // Lists need no entry decoded: ids, kinds, titles and list order come with the head.
        for k in crate::corpus::model::Kind::ALL {
            assert_eq!(lazy.of_kind(k), corpus.of_kind(k), "{k:?}");
            assert_eq!(lazy.count(k), corpus.count(k), "{k:?}");
        }
        assert!(lazy.count(crate::corpus::model::Kind::Stage) > 5);
        // The titles' alphabetical order comes kept in the head, the same as worked out.
        for lang in Lang::ALL {
            assert!(
                corpus.head().title_ranks(lang).is_none(),
                "parsed: worked out"
            );
            assert_eq!(
                lazy.head().title_ranks(lang),
                Some(corpus.title_ranks(lang))
            );
        }
        let Entries::Snapshot { cells, .. } = &lazy.entries else {
            panic!("a snapshot corpus")
        };
        assert!(
            cells.iter().all(|c| c.get().is_none()),
            "nothing decoded yet"
        );
        assert_eq!(lazy.len(), corpus.len());
        assert!(lazy.reads_snapshot());
        // Out of order, one at a time: each entry is decoded when asked for.
        for i in (0..corpus.len()).rev() {
            assert_eq!(answers(&lazy, i), answers(&corpus, i), "entry {i}");
        }
        assert_eq!(lazy.index_of("no-such-entry"), None);

        let (mut all, _) = read_in(dir.path(), "t", 5).expect("reads");
        all.decode_all();
        assert!(!all.reads_snapshot(), "the snapshot is let go");
        for i in 0..corpus.len() {
            assert_eq!(answers(&all, i), answers(&corpus, i), "entry {i}");
        }
    }

    #[test]
    fn a_head_that_does_not_fit_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let corpus = crate::corpus::synthetic::corpus(30, 1);
        let none = (&[][..], &Synonyms::default());
        write_in(dir.path(), "t", 1, &corpus, none);
        assert!(read_in(dir.path(), "t", 1).is_some());
        let good = encode(&corpus, none);
        let with_head = |numbers: &[u8], text: &[u8]| {
            let mut parts = good.clone();
            parts[0] = numbers.to_vec();
            parts[1] = text.to_vec();
            crate::cache::write_parts_in(dir.path(), "t", 1, &parts);
            read_in(dir.path(), "t", 1).is_none()
        };
        let (numbers, text) = (&good[0], &good[1]);
        assert!(!with_head(numbers, text), "the head as written");
        assert!(
            with_head(&numbers[..numbers.len() - 1], text),
            "numbers cut short"
        );
        assert!(with_head(numbers, &[0xFF, 0xFE]), "a text not UTF-8");
        let fewer = encode(&crate::corpus::synthetic::corpus(29, 1), none);
        assert!(
            with_head(&fewer[0], &fewer[1]),
            "a head of fewer entries than the snapshot has"
        );
        assert!(with_head(b"not a head", text), "not a head at all");
    }
}
