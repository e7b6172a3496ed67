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

#[cfg(test)]
mod tests {
    use super::closest;

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
