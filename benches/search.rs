//! Search speed: loading and indexing (parsing every file, or reading the snapshots a later start
//! reads), queries, and what a keystroke costs the app's UI thread when large corpora search on
//! the worker — on the shipped corpus and on synthetic corpora of 20,000 and 100,000 entries (see
//! `toli::search::synthetic`). Results: `BENCHMARKS.md`.
//!
//! `TOLI_BENCH_CONTENT=/path/to/content cargo bench --bench search` measures a content folder
//! instead of the corpus embedded in the binary; `TOLI_BENCH_SIZES=shipped,20k` picks corpora
//! (default: all three). Besides criterion's means, the `keystrokes` runs print p50/p95/max
//! latencies over a fixed list of queries typed letter by letter; `question/…` times whole
//! questions (issue 18).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use toli::app::action::Action;
use toli::app::search_worker::WORKER_FROM;
use toli::app::state::App;
use toli::app::update::update;
use toli::corpus::load::Fingerprint;
use toli::corpus::load::{Sources, load};
use toli::corpus::{Corpus, Loaded};
use toli::lang::Lang;
use toli::search::{SearchIndex, SearchOptions, synthetic};
use toli::ui::theme::ThemeName;

/// Queries as people type them: English, Mongolian, Latin-typed Mongolian, typos, filters.
const QUERIES: &[&str] = &[
    "s",
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

/// Questions as people ask them (issue 18), typed letter by letter in a second report: they are
/// not in [`QUERIES`], so that the first report compares with earlier runs.
const QUESTIONS: &[&str] = &[
    "what is a living lab",
    "инновацийн тухай хууль хэзээ батлагдсан бэ",
    "cluster vs cluster initiative",
    "how many industrial technology parks",
    "inkubator gej yu ve",
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
fn keystrokes(queries: &[&str]) -> Vec<String> {
    let mut v = Vec::new();
    for q in queries {
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            v.push(chars[..n].iter().collect());
        }
    }
    v
}

/// Prints latency percentiles of typing every query, then every question, letter by letter.
fn report(name: &str, corpus: &Corpus, index: &SearchIndex) {
    report_on(&format!("keystrokes/{name}"), QUERIES, corpus, index);
    report_on(&format!("questions/{name}"), QUESTIONS, corpus, index);
}

fn report_on(name: &str, queries: &[&str], corpus: &Corpus, index: &SearchIndex) {
    let opts = SearchOptions::default();
    let mut timed: Vec<(Duration, String)> = Vec::new();
    for _ in 0..3 {
        for q in keystrokes(queries) {
            let t = Instant::now();
            black_box(index.search(corpus, &q, &opts));
            timed.push((t.elapsed(), q));
        }
    }
    timed.sort();
    let times: Vec<Duration> = timed.iter().map(|t| t.0).collect();
    let pct = |p: usize| times[(times.len() - 1) * p / 100];
    eprintln!(
        "{name}: n={} p50={:?} p95={:?} max={:?}",
        times.len(),
        pct(50),
        pct(95),
        times[times.len() - 1]
    );
    let slowest: Vec<String> = timed
        .iter()
        .rev()
        .take(12)
        .map(|(t, q)| format!("{q:?} {t:.1?}"))
        .collect();
    eprintln!("  slowest: {}", slowest.join(", "));
}

fn bench(c: &mut Criterion, name: &str, corpus: &Corpus, index: &SearchIndex) {
    report(name, corpus, index);
    let opts = SearchOptions::default();
    let mut g = c.benchmark_group(format!("query/{name}"));
    for q in QUERIES {
        g.bench_function(*q, |b| b.iter(|| index.search(corpus, black_box(q), &opts)));
    }
    g.finish();
    let mut g = c.benchmark_group(format!("question/{name}"));
    for q in QUESTIONS {
        g.bench_function(*q, |b| b.iter(|| index.search(corpus, black_box(q), &opts)));
    }
    g.finish();
}

/// Points the snapshot cache at `dir` (empty: snapshots off).
fn cache_dir(dir: &std::path::Path) {
    // SAFETY: benchmarks run on this one thread; nothing else reads the environment meanwhile.
    unsafe { std::env::set_var("TOLI_CACHE_DIR", dir) };
}

fn shipped(c: &mut Criterion) {
    let src = sources();
    // A first start (or one after the files changed): every file parsed, the index built.
    cache_dir(std::path::Path::new(""));
    c.bench_function("load+index/shipped/parse", |b| {
        b.iter(|| {
            let out = load(&src);
            SearchIndex::build(&out.corpus)
        })
    });
    // Later starts: the corpus and the index read back from their snapshots. The app decodes
    // every entry before it draws; a one-shot `toli search` decodes only the entries it prints.
    let snapshots = tempfile::tempdir().expect("tempdir");
    cache_dir(snapshots.path());
    let out = load(&src);
    SearchIndex::load_or_build(&out.corpus, &out.fingerprint);
    c.bench_function("load+index/shipped/snapshot", |b| {
        b.iter(|| {
            let mut out = load(&src);
            out.corpus.decode_all();
            SearchIndex::load_or_build(&out.corpus, &out.fingerprint)
        })
    });
    c.bench_function("load+index/shipped/snapshot-lazy", |b| {
        b.iter(|| {
            let out = load(&src);
            SearchIndex::load_or_build(&out.corpus, &out.fingerprint)
        })
    });
    cache_dir(std::path::Path::new(""));
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
    snapshot_n(c, &name, &loaded);
    let corpus = Corpus::new(loaded);
    let index = SearchIndex::build(&corpus);
    eprintln!(
        "{name}: {} entries, {} distinct words",
        corpus.len(),
        index.token_count()
    );
    bench(c, &name, &corpus, &index);
    if n >= WORKER_FROM {
        typing(c, &name, corpus, index);
    }
}

/// What a keystroke in the search overlay costs the UI thread when the corpus is large enough
/// to search on the worker (the search itself runs meanwhile on the other thread).
fn typing(c: &mut Criterion, name: &str, corpus: Corpus, index: SearchIndex) {
    let mut app = App::with_index(corpus, index, Lang::En, ThemeName::Dark, true);
    update(&mut app, Action::OpenSearch);
    let mut letters = "cluster".chars().cycle();
    c.bench_function(&format!("ui-keystroke/{name}"), |b| {
        b.iter(|| {
            let ch = letters.next().unwrap_or('c');
            update(&mut app, Action::Input(ch));
            app.take_search_answers();
            update(&mut app, Action::DeleteChar);
        })
    });
}

/// A later start on the same synthetic corpus: the corpus and the index read back from their
/// snapshot files and every entry decoded (as the app does for a `--content` folder whose files
/// have not changed).
fn snapshot_n(c: &mut Criterion, name: &str, loaded: &[Loaded]) {
    let snapshots = tempfile::tempdir().expect("tempdir");
    cache_dir(snapshots.path());
    let fingerprint = Fingerprint {
        sources: "index-bench".into(),
        key: 1,
    };
    let corpus = Corpus::new(loaded.to_vec());
    let none = toli::search::synonyms::Synonyms::default();
    toli::corpus::snapshot::write("loaded-bench", 1, &corpus, (&[], &none));
    SearchIndex::load_or_build(&corpus, &fingerprint);
    drop(corpus);
    c.bench_function(&format!("load+index/{name}/snapshot"), |b| {
        b.iter(|| {
            let (mut corpus, _) =
                toli::corpus::snapshot::read("loaded-bench", 1).unwrap_or_default();
            corpus.decode_all();
            let index = SearchIndex::load_or_build(&corpus, &fingerprint);
            (corpus, index)
        })
    });
    cache_dir(std::path::Path::new(""));
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
