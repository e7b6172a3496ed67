//! A loaded corpus as one snapshot in the cache folder (see [`crate::cache`]): what was loaded
//! from all sources, merged and checked, with its diagnostics, so a start reads one file and
//! neither parses YAML nor checks links.
//!
//! The snapshot's first part holds what every command needs at once — each entry's id, kind,
//! title and list order, links, backlinks, diagnostics — and each entry is a part of its own, decoded only when first used: `toli show
//! ID` decodes the entry and the few it names, not the whole corpus.

use std::path::Path;

use super::{Corpus, Heading};
use crate::diagnostic::{Diagnostic, Problem};

/// What a corpus needs before any entry is decoded.
#[derive(bitcode::Encode, bitcode::Decode)]
struct Head {
    headings: Vec<Heading>,
    links: Vec<Vec<usize>>,
    backlinks: Vec<Vec<usize>>,
    recommendation_of: Vec<(usize, usize)>,
    /// Problems found while parsing and checking (not those met walking the folders, which are
    /// found again at every start).
    diagnostics: Vec<Diagnostic>,
}

/// Whether a load with these diagnostics may be snapshotted: a file that could not be read may
/// become readable without changing its size or time, so such a load is not kept.
pub fn keepable(diagnostics: &[Diagnostic]) -> bool {
    !diagnostics
        .iter()
        .any(|d| matches!(d.problem, Problem::Unreadable { .. }))
}

/// Stores `corpus` and the `diagnostics` found making it under `name` with `key`.
pub fn write(name: &str, key: u64, corpus: &Corpus, diagnostics: &[Diagnostic]) {
    if let Some(dir) = crate::cache::dir() {
        write_in(&dir, name, key, corpus, diagnostics);
    }
}

/// The corpus stored under `name` with `key`, and its diagnostics; entries are decoded lazily.
pub fn read(name: &str, key: u64) -> Option<(Corpus, Vec<Diagnostic>)> {
    read_in(&crate::cache::dir()?, name, key)
}

fn write_in(dir: &Path, name: &str, key: u64, corpus: &Corpus, diagnostics: &[Diagnostic]) {
    let headings = corpus.entries().map(Heading::of).collect();
    let mut recommendation_of: Vec<(usize, usize)> = corpus
        .recommendation_of
        .iter()
        .map(|(&a, &r)| (a, r))
        .collect();
    recommendation_of.sort_unstable();
    let head = Head {
        headings,
        links: corpus.links.clone(),
        backlinks: corpus.backlinks.clone(),
        recommendation_of,
        diagnostics: diagnostics.to_vec(),
    };
    let mut parts = Vec::with_capacity(corpus.len() + 1);
    parts.push(bitcode::encode(&head));
    parts.extend((0..corpus.len()).map(|i| bitcode::encode(corpus.cell(i))));
    crate::cache::write_parts_in(dir, name, key, &parts);
}

fn read_in(dir: &Path, name: &str, key: u64) -> Option<(Corpus, Vec<Diagnostic>)> {
    let parts = crate::cache::read_parts_in(dir, name, key)?;
    let head: Head = parts.decode(0)?;
    let n = head.headings.len();
    let fits = |lists: &[Vec<usize>]| lists.len() == n && lists.iter().flatten().all(|&i| i < n);
    if parts.len() != n + 1 || !fits(&head.links) || !fits(&head.backlinks) {
        return None;
    }
    let by_id = head
        .headings
        .iter()
        .enumerate()
        .map(|(i, h)| (h.id.clone(), i))
        .collect();
    let corpus = Corpus {
        entries: super::Entries::Snapshot {
            cells: (0..n).map(|_| std::sync::OnceLock::new()).collect(),
            parts: Some(parts),
            headings: head.headings,
        },
        by_id,
        links: head.links,
        backlinks: head.backlinks,
        recommendation_of: head
            .recommendation_of
            .into_iter()
            .filter(|&(a, r)| a < n && r < n)
            .collect(),
    };
    (corpus.by_id.len() == n).then_some((corpus, head.diagnostics))
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
            (c.id(i).to_string(), c.kind(i), c.title(i).clone()),
        )
    }

    #[test]
    fn a_corpus_read_back_answers_as_the_corpus_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let loaded = load(&Sources::builtin()).corpus;
        let corpus = Corpus::new((0..loaded.len()).map(|i| loaded.loaded(i)).collect());
        assert!(corpus.len() > 100);
        let diagnostics = vec![Diagnostic::new("content/x.md", 3, 1, Problem::SelfLink)];
        write_in(dir.path(), "t", 5, &corpus, &diagnostics);
        assert!(read_in(dir.path(), "t", 6).is_none(), "another key");

        let (lazy, read_diagnostics) = read_in(dir.path(), "t", 5).expect("reads");
        assert_eq!(read_diagnostics, diagnostics);
        // Lists need no entry decoded: ids, kinds, titles and list order come with the head.
        for k in crate::corpus::model::Kind::ALL {
            assert_eq!(lazy.of_kind(k), corpus.of_kind(k), "{k:?}");
            assert_eq!(lazy.count(k), corpus.count(k), "{k:?}");
        }
        assert!(lazy.count(crate::corpus::model::Kind::Stage) > 5);
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
}
