//! Development helper: repeat one query on a synthetic corpus.
use toli::search::{SearchIndex, SearchOptions, synthetic};
fn main() {
    let c = synthetic::corpus(20000, 42);
    let ix = SearchIndex::build(&c);
    let q = std::env::args().nth(1).unwrap_or_default();
    let t = std::time::Instant::now();
    for _ in 0..20 {
        ix.search(&c, &q, &SearchOptions::default());
    }
    println!("{:?}", t.elapsed() / 20);
}
