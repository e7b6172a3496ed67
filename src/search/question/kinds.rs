//! Words naming a kind of entry — "recommendation", «зөвлөмж», `zovlomj`; "finding",
//! «дүгнэлт»; "policy", «бодлого» — and the problems a finding reports ("the main problem",
//! «гол асуудал»): a query naming one kind favours the entries of that kind.

use std::sync::LazyLock;

use crate::corpus::model::Kind;
use crate::search::query::Word;
use crate::search::stem::{same_stem, stem};
use crate::text::translit::key_text;

/// What each kind is called: English words, every form written out, and Mongolian words,
/// whose case forms meet by their stem (typed in Latin letters, a Mongolian word has the
/// same key). Actions are left out: "which actions address X" asks about X, whose finding
/// answers it; sources and tours are asked for in their own ways (`sources`, `walk`). Stages
/// are named by a question only ([`ASKED_ONLY`]).
#[rustfmt::skip]
const NAMES: &[(Kind, &[&str], &[&str])] = &[
    (Kind::Recommendation, &["recommendation", "recommendations"], &["зөвлөмж"]),
    (Kind::Finding, &["finding", "findings", "problem", "problems"], &["дүгнэлт", "асуудал"]),
    (Kind::Policy, &["policy", "policies"], &["бодлого"]),
    (Kind::Case, &["case", "cases"], &["жишээ"]),
    (Kind::Stage, &["stage", "stages", "phase", "phases"], &["шат"]),
];

/// The kinds a query names only when it asks something («аль үе шатанд хамаарах вэ», which
/// stage): typed as keywords, «кластерийн хөгжлийн үе шат» is the title of the definition
/// that lists the stages, not a stage.
const ASKED_ONLY: &[Kind] = &[Kind::Stage];

/// [`NAMES`] as keys.
struct KindKeys {
    kind: Kind,
    english: Vec<String>,
    mongolian: Vec<String>,
}

fn kind_keys() -> &'static [KindKeys] {
    static KEYS: LazyLock<Vec<KindKeys>> = LazyLock::new(|| {
        let keys = |words: &[&str]| words.iter().map(|w| key_text(w)).collect();
        (NAMES.iter())
            .map(|(kind, english, mongolian)| KindKeys {
                kind: *kind,
                english: keys(english),
                mongolian: keys(mongolian),
            })
            .collect()
    });
    &KEYS
}

/// The kind word `w` names, if any: one of its English names as typed, or a form of one of
/// its Mongolian names (in either alphabet).
fn names_kind(w: &Word) -> Option<Kind> {
    if w.exact {
        return None;
    }
    let key = w.key.as_str();
    let english = |k: &KindKeys| !w.is_cyrillic() && k.english.iter().any(|n| n == key);
    // A name the stemmer reads an ending off (дүгнэлт as `dognel`) is met by the stem of its
    // case forms (дүгнэлтүүдийг, `dognelt`).
    let mongolian = |k: &KindKeys| {
        (k.mongolian.iter()).any(|n| n == key || same_stem(key, n) || stem(key) == n)
    };
    (kind_keys().iter())
        .find(|k| english(k) || mongolian(k))
        .map(|k| k.kind)
}

/// The one kind the query's words name ([`names_kind`]); `None` when they name none, or more
/// than one ("findings and recommendations" asks for what holds both). A Mongolian name in
/// the genitive with a word after it qualifies that word and names no kind: «бодлогын
/// байгууллага» are policy institutions, not a policy. `asks`: the query asks something (see
/// [`ASKED_ONLY`]).
pub fn kind_named(words: &[Word], asks: bool) -> Option<Kind> {
    let qualifies = |i: usize| super::is_genitive(&words[i]) && i + 1 < words.len();
    let mut named = (words.iter().enumerate())
        .filter(|&(i, _)| !qualifies(i))
        .filter_map(|(_, w)| names_kind(w));
    let first = named.next()?;
    let named_here = asks || !ASKED_ONLY.contains(&first);
    (named_here && named.all(|k| k == first)).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    fn named(q: &str) -> Option<Kind> {
        let words = Query::parse(q).words;
        kind_named(
            &words,
            crate::search::question::Question::of(q, &words).asks,
        )
    }

    #[test]
    fn a_kind_is_named_in_english_cyrillic_and_latin_letters() {
        for q in [
            "zovlomj",
            "зөвлөмж",
            "recommendations",
            "ШУТИ паркийн засаглал зөвлөмж",
        ] {
            assert_eq!(named(q), Some(Kind::Recommendation), "{q}");
        }
        for q in [
            "gol asuudal yu ve",
            "гол асуудал юу вэ",
            "what is the main problem",
        ] {
            assert_eq!(named(q), Some(Kind::Finding), "{q}");
        }
        assert_eq!(named("дүгнэлтүүдийг"), Some(Kind::Finding), "a case form");
        assert_eq!(
            named("асуудлыг шийдэх"),
            Some(Kind::Finding),
            "fleeting vowel"
        );
        assert_eq!(
            named("gol asuudluud"),
            Some(Kind::Finding),
            "plural, Latin letters"
        );
        assert_eq!(
            named("чацарганын бодлогын"),
            Some(Kind::Policy),
            "last: named"
        );
        assert_eq!(named("bodlogo"), Some(Kind::Policy));
        assert_eq!(
            named("аль үе шатанд хамаарах вэ"),
            Some(Kind::Stage),
            "which stage"
        );
        assert_eq!(named("which stage is it at"), Some(Kind::Stage));
    }

    #[test]
    fn no_kind_or_two_kinds_name_none() {
        assert_eq!(named("cluster export growth"), None);
        assert_eq!(named("findings and recommendations"), None, "two kinds");
        assert_eq!(named("\"zovlomj\""), None, "a word looked for as typed");
        assert_eq!(
            named("зөвлөх үйлчилгээ"),
            None,
            "advisory is no recommendation"
        );
        assert_eq!(named("зөвлөл"), None, "a council is no recommendation");
        assert_eq!(
            named("кластерийн хөгжлийн үе шат"),
            None,
            "a stage named by keywords"
        );
        assert_eq!(
            named("бодлогын байгууллага, нөөц нийлүүлэгчдийн гүнзгий судалгаа"),
            None,
            "a genitive qualifies the word after it"
        );
    }
}
