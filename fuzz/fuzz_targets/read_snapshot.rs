//! Fuzzes the snapshot reader: whatever a snapshot file holds, reading it must not panic, and a
//! corpus or index it gives back must answer every lookup without panicking.
//!
//! The file's bytes are decoded in memory (`cache::decode_file`): the checks and lazy part reads
//! of a file on disk, without writing one per run.
//!
//! The first byte picks what the rest is. Even: the whole file, as found in the cache folder
//! (header, table, checksums). Odd: edits to a snapshot of a small corpus or of its search
//! index, encoded again with correct checksums, so that the fuzzer reaches the decoding behind
//! them: byte 1 picks the part, then pairs of bytes (place, value) overwrite it; a last odd
//! byte cuts the part at that place. The first byte's other bits pick the one search asked of
//! an index that reads back (query and detail), so each run pays for one search, not all.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use toli::corpus::Corpus;
use toli::corpus::model::Kind;
use toli::lang::Lang;
use toli::search::{Detail, SearchIndex, SearchOptions};

const KEY: u64 = 7;
/// The parts of an index snapshot: numbers and three texts.
const INDEX_PARTS: usize = 4;

/// A query of each kind: one letter, a prefix, a transliteration, Cyrillic words, a question,
/// a phrase.
const QUERIES: [&str; 6] = [
    "a",
    "cl",
    "klaster",
    "кластер хууль",
    "what is a park",
    "\"value chain\"",
];
const DETAILS: [Detail; 3] = [Detail::Full, Detail::Snippet, Detail::Ranked];

struct Fixture {
    corpus: Corpus,
    /// The corpus snapshot's parts, then the index snapshot's.
    parts: Vec<Vec<u8>>,
    /// The index snapshot's file, intact.
    index_file: Vec<u8>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let corpus = toli::search::synthetic::corpus(6, 3);
        let mut parts = toli::corpus::snapshot::encode(&corpus, (&[], &Default::default()));
        parts.extend(SearchIndex::build(&corpus).encode());
        let index_file = toli::cache::encode_file(KEY, &parts[parts.len() - INDEX_PARTS..]);
        Fixture {
            corpus,
            parts,
            index_file,
        }
    })
}

/// Every lookup a corpus answers, for every entry and a few that do not exist.
fn ask_corpus(c: &Corpus) {
    for i in 0..c.len() {
        let e = c.entry(i);
        let _ = (c.links(i), c.backlinks(i), c.link_sites(i), c.key_line(i));
        let _ = (c.title(i, Lang::En), c.title(i, Lang::Mn), c.kind(i));
        let _ = (c.recommendation_of(i), c.addresses(i), c.get(&e.id));
    }
    for k in Kind::ALL {
        let _ = (c.of_kind_in(k, Lang::Mn), c.count(k));
    }
    let _ = (c.index_of(""), c.index_of("no-such-entry"), c.stages_of("x"));
}

/// The search `pick` (the first byte's upper seven bits) chooses: every query at every detail.
fn ask_index(index: &SearchIndex, corpus: &Corpus, pick: u8) {
    let pick = usize::from(pick);
    let opts = SearchOptions {
        detail: DETAILS[pick / QUERIES.len() % DETAILS.len()],
        ..SearchOptions::default()
    };
    let _ = index.search(corpus, QUERIES[pick % QUERIES.len()], &opts);
}

/// The corpus a snapshot file holds, if it reads.
fn read_corpus(file: Vec<u8>) -> Option<Corpus> {
    let parts = toli::cache::decode_file(KEY, file)?;
    toli::corpus::snapshot::from_parts(parts).map(|(corpus, _)| corpus)
}

/// The index a snapshot file holds, if it reads and fits a corpus of `entries` entries.
fn read_index(file: Vec<u8>, entries: usize) -> Option<SearchIndex> {
    SearchIndex::from_snapshot(&toli::cache::decode_file(KEY, file)?, entries)
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let f = fixture();
    let pick = mode >> 1;
    if mode % 2 == 0 {
        if let Some(corpus) = read_corpus(rest.to_vec()) {
            ask_corpus(&corpus);
        }
        if let Some(index) = read_index(rest.to_vec(), f.corpus.len()) {
            ask_index(&index, &f.corpus, pick);
        }
        return;
    }
    let Some((&which, edits)) = rest.split_first() else {
        return;
    };
    let which = usize::from(which) % f.parts.len();
    let mut part = f.parts[which].clone();
    for pair in edits.chunks(2) {
        match *pair {
            [at, value] if !part.is_empty() => {
                let at = usize::from(at) * part.len() / 256;
                part[at] = value;
            }
            [at] => part.truncate(usize::from(at) * part.len() / 256),
            _ => {}
        }
    }
    let index_part = f.parts.len() - INDEX_PARTS;
    if which >= index_part {
        let mut parts = f.parts[index_part..].to_vec();
        parts[which - index_part] = part;
        if let Some(index) = read_index(toli::cache::encode_file(KEY, &parts), f.corpus.len()) {
            ask_index(&index, &f.corpus, pick);
        }
    } else {
        let mut parts = f.parts[..index_part].to_vec();
        parts[which] = part;
        if let Some(corpus) = read_corpus(toli::cache::encode_file(KEY, &parts)) {
            ask_corpus(&corpus);
            // The intact index over the corpus read back from the edited snapshot.
            if let Some(index) = read_index(f.index_file.clone(), corpus.len()) {
                ask_index(&index, &corpus, pick);
            }
        }
    }
});
