//! "Did you mean …?": the known name closest to a misspelt one (a field, a kind, an id, a
//! controlled value), found with `strsim`'s Jaro–Winkler similarity, which favours names that
//! share their beginning, as typos usually do; and whether a guess found another way (what a
//! search ranks first) is spelt near enough what was typed to be offered at all.

/// Below this similarity a guess would more likely mislead than help.
const MIN_SIMILARITY: f64 = 0.8;

/// The candidate most like `word` (ignoring case), if one is close enough and is not `word`
/// itself. Ties keep the earlier candidate, so callers list common names first.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let written = word.trim();
    let word = written.to_lowercase();
    if word.is_empty() {
        return None;
    }
    let mut best: Option<(&'a str, f64)> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        if lower == word {
            return (candidate != written).then_some(candidate);
        }
        let score = strsim::jaro_winkler(&word, &lower);
        if score >= MIN_SIMILARITY && best.is_none_or(|(_, s)| score > s) {
            best = Some((candidate, score));
        }
    }
    best.map(|(c, _)| c)
}

/// How many letters a word of `len` letters may have wrong and still be taken for it: none up
/// to three letters, then one in four.
fn slips_allowed(len: usize) -> usize {
    len / 4
}

/// Whether `typed` is spelt near `name`, in Latin or Cyrillic letters alike (through the
/// search key, so `klaster` is near «Кластер»): the whole within [`slips_allowed`] of its
/// length, or every word typed within that of a word of `name` or the beginning of one (of
/// four letters or more: three are the beginning of too many words, and the key, which spells
/// o and u alike, makes `foo` the beginning of `four` as well as of `food`). A guess that is
/// not near any of an entry's names would mislead.
pub fn near(typed: &str, name: &str) -> bool {
    use crate::text::translit::key_text;
    let typed = key_text(typed);
    let name = key_text(name);
    let typed_words: Vec<&str> = typed.split_whitespace().collect();
    let name_words: Vec<&str> = name.split_whitespace().collect();
    if typed_words.is_empty() || name_words.is_empty() {
        return false;
    }
    let within = |a: &str, b: &str| strsim::osa_distance(a, b) <= slips_allowed(a.len());
    let whole = typed_words.join(" ");
    if within(&whole, &name_words.join(" ")) {
        return true;
    }
    typed_words.iter().all(|w| {
        name_words
            .iter()
            .any(|n| within(w, n) || (w.len() >= 4 && n.starts_with(w)))
    })
}

/// The candidate spelt nearest `typed` as the search key spells both, so a name typed in
/// Latin letters finds its Cyrillic one (`dugnelt` → «дүгнэлт», `eh-survalj` → «эх-сурвалж»),
/// within [`slips_allowed`] of its length; hyphens and spaces do not count. Ties keep the
/// earlier candidate.
pub fn closest_as_said<'a>(
    typed: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    use crate::text::translit::key_text;
    let compact = |s: &str| key_text(s).replace(' ', "");
    let typed = compact(typed);
    if typed.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let d = strsim::levenshtein(&typed, &compact(candidate));
        if d <= slips_allowed(typed.len()) && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// For an id of two words or more: the id spelt almost so (a slip of a letter or two:
/// `sti-parks` → `sti-park`), else the id whose words hold every word of `typed` in order, each
/// whole or as its beginning (`law-innovation` → `law-on-innovation-2012`): first one that
/// starts with the first word typed, then the one with the fewest other words, then the
/// shorter, then the first alphabetically. Ids are words joined by hyphens; `typed` may join
/// them with hyphens, spaces or underscores. A single word is left to search, which knows
/// which entry it names best.
pub fn id_with_words<'a>(typed: &str, ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed = typed.to_lowercase();
    let words: Vec<&str> = typed
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return None;
    }
    let ids: Vec<&'a str> = ids.into_iter().collect();
    let joined = words.join("-");
    let slip = (joined.chars().count() / 6).clamp(1, 2);
    let typo = ids
        .iter()
        .map(|id| (strsim::levenshtein(&joined, &id.to_lowercase()), *id))
        .filter(|(d, _)| *d <= slip)
        .min();
    if let Some((_, id)) = typo {
        return Some(id);
    }
    let holds = |id_words: &[&str]| {
        let mut rest = id_words.iter();
        words
            .iter()
            .all(|w| rest.any(|id_word| id_word.starts_with(w)))
    };
    ids.into_iter()
        .filter_map(|id| {
            let lower = id.to_lowercase();
            let id_words: Vec<&str> = lower.split('-').collect();
            if !holds(&id_words) {
                return None;
            }
            let starts = id_words[0].starts_with(words[0]);
            Some(((!starts, id_words.len() - words.len(), id.len()), id))
        })
        .min()
        .map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::{closest, closest_as_said, id_with_words, near};

    /// A Mongolian name typed in Latin letters finds its Cyrillic spelling.
    #[test]
    fn a_name_typed_in_latin_letters_finds_its_cyrillic_spelling() {
        let kinds = ["тодорхойлолт", "үе-шат", "дүгнэлт", "зөвлөмж", "эх-сурвалж"];
        assert_eq!(closest_as_said("dugnelt", kinds), Some("дүгнэлт"));
        assert_eq!(closest_as_said("zuvlumj", kinds), Some("зөвлөмж"));
        assert_eq!(closest_as_said("zövlömzh", kinds), Some("зөвлөмж"));
        assert_eq!(closest_as_said("ue-shat", kinds), Some("үе-шат"));
        assert_eq!(closest_as_said("ehsurvalj", kinds), Some("эх-сурвалж"));
        assert_eq!(closest_as_said("todorhoilolt", kinds), Some("тодорхойлолт"));
        assert_eq!(closest_as_said("law", kinds), None);
        assert_eq!(closest_as_said("", kinds), None);
    }

    /// A guess is offered only when spelt near what was typed: `nosuch` is near no word of
    /// «finding-stem-graduates-13-9-percent», nor `no-such-id` of «Innovation district (ID)»;
    /// a slip, a word as said in Latin letters or a word cut short is.
    #[test]
    fn a_guess_is_near_only_when_spelt_alike() {
        assert!(!near("nosuch", "finding-stem-graduates-13-9-percent"));
        assert!(!near(
            "nosuch",
            "Only 13.9% of 2023 graduates in engineering, maths"
        ));
        assert!(!near("no-such-id", "innovation-district"));
        assert!(!near("no-such-id", "Innovation district (ID)"));
        assert!(!near("cluster-x", "cluster-development-stages"));
        // Three letters are too few to be a word cut short.
        assert!(!near(
            "foo",
            "Four Mongolian parks compared: IT Park, HUB, Socratus, MCS"
        ));
        assert!(!near("foo", "fig-mongolia-park-cases-compared"));
        assert!(!near("foo", "Erdenet food samo ITP"));
        assert!(near("inno", "Law on innovation"));
        assert!(near("clustr", "cluster"));
        assert!(near("klaster", "Кластер"));
        assert!(near("parks", "sti-park"));
        assert!(near("Law on innovation", "Law on innovation (2012)"));
        assert!(near("innovation-distrct", "innovation-district"));
        assert!(near("dugnelt", "дүгнэлт"));
        assert!(!near("", "cluster"));
    }

    /// An id typed with a word left out is the id holding its words in order, the one
    /// starting with the first word first.
    #[test]
    fn an_id_missing_a_word_finds_the_id_with_its_words_in_order() {
        let ids = [
            "sip-incentives-law-on-innovation",
            "law-on-innovation-2012",
            "innovation-law-draft",
            "law-on-science",
        ];
        assert_eq!(
            id_with_words("law-innovation", ids),
            Some("law-on-innovation-2012")
        );
        assert_eq!(
            id_with_words("law innov", ids),
            Some("law-on-innovation-2012")
        );
        assert_eq!(
            id_with_words("incentives-law", ids),
            Some("sip-incentives-law-on-innovation")
        );
        assert_eq!(
            id_with_words("innovation-law", ids),
            Some("innovation-law-draft")
        );
        assert_eq!(id_with_words("law-park", ids), None);
        assert_eq!(id_with_words("-", ids), None);
        assert_eq!(
            id_with_words("law", ids),
            None,
            "one word is left to search"
        );
        // A slip of a letter is the id spelt almost so, not a longer one holding the words.
        let ids = ["china-sti-parks", "sti-park"];
        assert_eq!(id_with_words("sti-parks", ids), Some("sti-park"));
    }

    #[test]
    fn typos_find_their_word() {
        let fields = ["title", "summary", "sources", "tags"];
        assert_eq!(closest("titel", fields), Some("title"));
        assert_eq!(closest("sumary", fields), Some("summary"));
        assert_eq!(closest("source", fields), Some("sources"));
        assert_eq!(
            closest("clustr", ["park", "cluster", "incubator"]),
            Some("cluster")
        );
    }

    #[test]
    fn a_different_case_is_suggested_in_the_right_case() {
        assert_eq!(closest("Law", ["law", "strategy"]), Some("law"));
        assert_eq!(closest("law", ["law", "strategy"]), None);
    }

    #[test]
    fn nothing_close_suggests_nothing() {
        assert_eq!(closest("colour", ["title", "summary", "sources"]), None);
        assert_eq!(closest("", ["title"]), None);
    }
}
