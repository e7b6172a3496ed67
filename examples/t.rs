use std::time::Instant;
use toli::corpus::load::{Sources, load};
use toli::search::{SearchIndex, SearchOptions};
fn main() {
    let dir = std::env::var("TOLI_TEST_CONTENT").unwrap_or_else(|_| "content".into());
    let c = load(&Sources {
        builtin: false,
        dirs: vec![dir.into()],
    })
    .corpus;
    let ix = SearchIndex::build(&c);
    for limit in [50, 5] {
        for q in std::env::args().skip(1) {
            let t = Instant::now();
            let mut n = 0;
            for _ in 0..50 {
                n = ix
                    .search(&c, &q, &SearchOptions { kind: None, limit })
                    .len();
            }
            println!("limit {limit} {q:?}: {:?} ({n} hits)", t.elapsed() / 50);
        }
    }
}
