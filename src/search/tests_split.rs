//! Searching on several threads finds what searching on one finds: the same hits in the same
//! order, the same totals, for queries typed letter by letter on a seeded synthetic corpus
//! cut in many small chunks; and the best of a list are the best of its parts' best.

use super::cores::Split;
use super::*;

/// Queries as typed, one letter at a time: words most entries hold, words none holds (fuzzy
/// recall), Latin-typed Mongolian, questions, a `kind:` filter and a quoted phrase.
const TYPED: &[&str] = &[
    "s",
    "cluster",
    "кластер",
    "klaster",
    "incubaton",
    "supercluser",
    "chatsargana",
    "technology transfer",
    "kind:policy innovation",
    "\"value chain\"",
    "инноваци парк",
    "science park mongolia",
    "zzqx",
    "what is a living lab",
    "инновацийн тухай хууль хэзээ батлагдсан бэ",
    "cluster vs cluster initiative",
    "how many industrial technology parks",
    "inkubator gej yu ve",
];

fn prefixes(typed: &str) -> impl Iterator<Item = String> + '_ {
    let chars: Vec<char> = typed.chars().collect();
    (1..=chars.len()).map(move |n| chars[..n].iter().collect())
}

#[test]
fn many_threads_find_what_one_finds() {
    let corpus = synthetic::corpus(1500, 7);
    let one = SearchIndex::build(&corpus).with_split(Split::ONE);
    let many = SearchIndex::build(&corpus).with_split(Split {
        threads: 3,
        min_chunk: 40,
    });
    let (mut searches, mut long) = (0, 0);
    for typed in TYPED {
        for q in prefixes(typed) {
            for limit in [5, 50] {
                let opts = SearchOptions {
                    limit,
                    ..SearchOptions::in_lang(Lang::Mn)
                };
                let found = one.find(&corpus, &q, &opts);
                assert_eq!(many.find(&corpus, &q, &opts), found, "{q:?}, limit {limit}");
                searches += 1;
                long += usize::from(found.total > 3 * (limit + 20));
            }
        }
    }
    // Most searches matched more entries than a chunk keeps.
    assert!(long * 2 > searches, "{long} of {searches} long lists");
}

/// An index of 300 entries, whose titles' lengths break ties.
static TITLED: std::sync::LazyLock<SearchIndex> =
    std::sync::LazyLock::new(|| SearchIndex::build(&synthetic::corpus(300, 3)));

proptest::proptest! {
    /// Whatever the scores (ties too) and wherever a list is cut, the best few of each part
    /// hold the best few of the whole.
    #[test]
    fn best_of_the_parts_best_is_the_best(
        scores in proptest::collection::vec(0i64..8, 0..300),
        keep in 1usize..40,
        parts in 1usize..7,
    ) {
        let ix = &*TITLED;
        let cands: Vec<Cand> = (scores.iter().enumerate())
            .map(|(entry, &score)| Cand { entry, score })
            .collect();
        let ids = |v: Vec<Cand>| {
            let mut v: Vec<usize> = v.iter().map(|c| c.entry).collect();
            v.sort_unstable();
            v
        };
        let whole = ids(ix.best_cut(cands.clone(), keep));
        let size = cands.len().div_ceil(parts).max(1);
        let bests: Vec<Cand> = (cands.chunks(size))
            .flat_map(|part| ix.best_cut(part.to_vec(), keep))
            .collect();
        proptest::prop_assert_eq!(ids(ix.best_cut(bests, keep)), whole);
    }
}
