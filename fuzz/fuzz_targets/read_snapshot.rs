//! Fuzzes the snapshot reader: whatever a snapshot file holds, reading it must not panic, and a
//! corpus or index it gives back must answer every lookup without panicking.
//!
//! The first byte picks what the rest is. Even: the whole file, as found in the cache folder
//! (header, table, checksums). Odd: edits to a snapshot of a small corpus or of its search
//! index, written back with correct checksums, so that the fuzzer reaches the decoding behind
//! them: byte 1 picks the part, then pairs of bytes (place, value) overwrite it; a last odd
//! byte cuts the part at that place.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use toli::corpus::Corpus;
use toli::corpus::model::Kind;
use toli::lang::Lang;
use toli::search::{SearchIndex, SearchOptions};

const KEY: u64 = 7;
/// The parts of an index snapshot: numbers and three texts.
const INDEX_PARTS: usize = 4;

struct Fixture {
    dir: tempfile::TempDir,
    corpus: Corpus,
    /// The corpus snapshot's parts, then the index snapshot's.
    parts: Vec<Vec<u8>>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let corpus = toli::search::synthetic::corpus(6, 3);
        let mut parts = toli::corpus::snapshot::encode(&corpus, &[]);
        parts.extend(SearchIndex::build(&corpus).encode());
        let dir = tempfile::tempdir_in("/dev/shm")
            .or_else(|_| tempfile::tempdir())
            .expect("a temporary folder");
        let index = &parts[parts.len() - INDEX_PARTS..];
        write(dir.path(), "index0", index);
        Fixture { dir, corpus, parts }
    })
}

/// Writes a snapshot file as the cache does, without its atomic rename and pruning (the fuzzer
/// writes one per run).
fn write(dir: &std::path::Path, name: &str, parts: &[Vec<u8>]) {
    let _ = std::fs::write(dir.join(format!("{name}.bin")), toli::cache::encode_file(KEY, parts));
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

fn ask_index(index: &SearchIndex, corpus: &Corpus) {
    for q in ["a", "cl", "klaster", "кластер хууль", "what is a park", "\"value chain\""] {
        let _ = index.search(corpus, q, &SearchOptions::default());
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let f = fixture();
    let dir = f.dir.path();
    if mode % 2 == 0 {
        if std::fs::write(dir.join("raw.bin"), rest).is_err() {
            return;
        }
        if let Some((corpus, _)) = toli::corpus::snapshot::read_in(dir, "raw", KEY) {
            ask_corpus(&corpus);
        }
        if let Some(parts) = toli::cache::read_parts_in(dir, "raw", KEY)
            && let Some(index) = SearchIndex::from_snapshot(&parts, f.corpus.len())
        {
            ask_index(&index, &f.corpus);
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
        write(dir, "index", &parts);
        if let Some(parts) = toli::cache::read_parts_in(dir, "index", KEY)
            && let Some(index) = SearchIndex::from_snapshot(&parts, f.corpus.len())
        {
            ask_index(&index, &f.corpus);
        }
    } else {
        let mut parts = f.parts[..index_part].to_vec();
        parts[which] = part;
        write(dir, "corpus", &parts);
        if let Some((corpus, _)) = toli::corpus::snapshot::read_in(dir, "corpus", KEY) {
            ask_corpus(&corpus);
            // The intact index over the corpus read back from the edited snapshot.
            if let Some(parts) = toli::cache::read_parts_in(dir, "index0", KEY)
                && let Some(index) = SearchIndex::from_snapshot(&parts, corpus.len())
            {
                ask_index(&index, &corpus);
            }
        }
    }
});
