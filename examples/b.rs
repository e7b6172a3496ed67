//! Development helper: time index building on a synthetic corpus.
use std::time::Instant;
use toli::search::{SearchIndex, synthetic};
fn main() {
    let n: usize = std::env::var("SYN")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20000);
    let c = synthetic::corpus(n, 42);
    if std::env::var("SKIP").is_ok() {
        return;
    }
    let t = Instant::now();
    let ix = SearchIndex::build(&c);
    println!("build {:?} {}", t.elapsed(), ix.token_count());
}
