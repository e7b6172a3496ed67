//! Search speed: index building and queries on the shipped corpus and on synthetic corpora of
//! 20,000 and 100,000 entries (see `toli::search::synthetic`).
//!
//! `TOLI_BENCH_CONTENT=/path/to/content cargo bench --bench search` measures a content folder
//! instead of the corpus embedded in the binary; `TOLI_BENCH_SIZES=shipped,20k` picks corpora
//! (default: all three). Besides criterion's means, the `keystrokes` runs print p50/p95/max
//! latencies over a fixed list of queries typed letter by letter.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use toli::corpus::Corpus;
use toli::corpus::load::{Sources, load};
use toli::search::{SearchIndex, SearchOptions, synthetic};

/// Queries as people type them: English, Mongolian, Latin-typed Mongolian, typos, filters.
const QUERIES: &[&str] = &[
    "cluster",
    "кластер",
    "klaster",
    "incubaton",
    "supercluser",
    "chatsargana",
    "huvsgul",
    "technology transfer",
    "kind:policy innovation",
    "\"value chain\"",
    "инноваци парк",
    "science park mongolia",
    "zzqx",
];

fn sources() -> Sources {
    match std::env::var("TOLI_BENCH_CONTENT") {
        Ok(dir) => Sources {
            builtin: false,
            dirs: vec![dir.into()],
        },
        Err(_) => Sources::builtin(),
    }
}

/// Every prefix of every query, as typed.
fn keystrokes() -> Vec<String> {
    let mut v = Vec::new();
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            v.push(chars[..n].iter().collect());
        }
    }
    v
}

/// Prints latency percentiles of typing every query letter by letter.
fn report(name: &str, corpus: &Corpus, index: &SearchIndex) {
    let opts = SearchOptions::default();
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..3 {
        for q in keystrokes() {
            let t = Instant::now();
            black_box(index.search(corpus, &q, &opts));
            times.push(t.elapsed());
        }
    }
    times.sort();
    let pct = |p: usize| times[(times.len() - 1) * p / 100];
    eprintln!(
        "keystrokes/{name}: n={} p50={:?} p95={:?} max={:?}",
        times.len(),
        pct(50),
        pct(95),
        times[times.len() - 1]
    );
}

fn bench(c: &mut Criterion, name: &str, corpus: &Corpus, index: &SearchIndex) {
    report(name, corpus, index);
    let opts = SearchOptions::default();
    let mut g = c.benchmark_group(format!("query/{name}"));
    for q in QUERIES {
        g.bench_function(*q, |b| b.iter(|| index.search(corpus, black_box(q), &opts)));
    }
    g.finish();
}

fn shipped(c: &mut Criterion) {
    let src = sources();
    c.bench_function("load+index/shipped", |b| {
        b.iter(|| {
            let out = load(&src);
            SearchIndex::build(&out.corpus)
        })
    });
    let corpus = load(&src).corpus;
    eprintln!("shipped corpus: {} entries", corpus.len());
    let index = SearchIndex::build(&corpus);
    bench(c, "shipped", &corpus, &index);
}

fn synthetic_n(c: &mut Criterion, n: usize) {
    let name = format!("{}k", n / 1000);
    let loaded = synthetic::loaded(n, 42);
    c.bench_function(&format!("load+index/{name}"), |b| {
        b.iter_batched(
            || loaded.clone(),
            |l| {
                let corpus = Corpus::new(l);
                let index = SearchIndex::build(&corpus);
                (corpus, index)
            },
            BatchSize::PerIteration,
        )
    });
    let corpus = Corpus::new(loaded);
    let index = SearchIndex::build(&corpus);
    eprintln!(
        "{name}: {} entries, {} distinct words",
        corpus.len(),
        index.token_count()
    );
    bench(c, &name, &corpus, &index);
}

/// Whether corpus `name` is selected by `TOLI_BENCH_SIZES` (e.g. `shipped,20k`; default all).
fn selected(name: &str) -> bool {
    match std::env::var("TOLI_BENCH_SIZES") {
        Ok(v) => v.split(',').any(|s| s.trim() == name),
        Err(_) => true,
    }
}

fn small(c: &mut Criterion) {
    if selected("shipped") {
        shipped(c);
    }
    if selected("20k") {
        synthetic_n(c, 20_000);
    }
}

fn large(c: &mut Criterion) {
    if selected("100k") {
        synthetic_n(c, 100_000);
    }
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! { name = small_group; config = config(); targets = small }
criterion_group! { name = large_group; config = config(); targets = large }
criterion_main!(small_group, large_group);
