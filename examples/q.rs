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
    for q in std::env::args().skip(1) {
        println!("== {q}");
        for h in ix.search(
            &c,
            &q,
            &SearchOptions {
                kind: None,
                limit: 6,
            },
        ) {
            let e = c.entry(h.entry);
            println!(
                "{:>12} {:?} {:?} {} | {} | {:?} | {}",
                h.score,
                h.field,
                h.lang,
                e.id,
                e.title.show(h.lang),
                h.title_highlights,
                h.snippet
            );
        }
    }
}
