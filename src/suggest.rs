//! "Did you mean …?": the known name closest to a misspelt one (a field, a kind, an id, a
//! controlled value), found with `strsim`'s Jaro–Winkler similarity, which favours names that
//! share their beginning, as typos usually do.

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
    use super::{closest, id_with_words};

    /// An id typed with a word left out is the id holding its words in order, the one
    /// starting with the first word first (walk 9, finding 13).
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
