//! Development helper: the slowest keystrokes of the bench query list.
use std::time::Instant;
use toli::corpus::load::{Sources, load};
use toli::search::{SearchIndex, SearchOptions, synthetic};
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
fn main() {
    let c = match std::env::var("SYN") {
        Ok(n) => synthetic::corpus(n.parse().expect("n"), 42),
        Err(_) => {
            load(&Sources {
                builtin: false,
                dirs: vec![std::env::var("TOLI_TEST_CONTENT").expect("dir").into()],
            })
            .corpus
        }
    };
    let t = Instant::now();
    let ix = SearchIndex::build(&c);
    println!("build {:?}", t.elapsed());
    let mut v = Vec::new();
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            let q: String = chars[..n].iter().collect();
            let t = Instant::now();
            for _ in 0..3 {
                ix.search(&c, &q, &SearchOptions::default());
            }
            v.push((t.elapsed() / 3, q));
        }
    }
    v.sort();
    for (t, q) in v.iter().rev().take(12) {
        println!("{t:?} {q:?}");
    }
}
