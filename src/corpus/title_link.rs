//! A link written with an entry's title where its id goes (`[[Кластерийн байгууллага]]`,
//! `[[Cluster organisation]]`): the entry whose title, in either language, it names or nearly
//! names, so that `toli check` and the reading views can offer its id.

use super::model::Entry;
use crate::markdown::links::is_entry_id;

/// Below this similarity of the whole text to a title a guess would more likely mislead.
const MIN_SIMILARITY: f64 = 0.85;

/// Whether `target` cannot be an id, so was likely written as a name: capitals, spaces,
/// Cyrillic letters.
pub fn written_as_name(target: &str) -> bool {
    !is_entry_id(target)
}

/// The id of the entry among `entries` whose title `target` names: a title in
/// either language, or one of its parts (`Кластерийн байгууллага` of «Кластерийн байгууллага /
/// кластерийн удирдлагын байгууллага», the name before a colon or a bracket), ignoring case,
/// else the title nearest it, spelt near it word by word (a letter left out).
pub fn id_by_title<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
    target: &str,
) -> Option<&'a str> {
    let written = target.trim().to_lowercase();
    if written.is_empty() {
        return None;
    }
    let mut best: Option<(&'a str, f64)> = None;
    for entry in entries {
        for name in names(entry) {
            let name = name.to_lowercase();
            if name == written {
                return Some(entry.id.as_str());
            }
            let score = strsim::jaro_winkler(&written, &name);
            if score >= MIN_SIMILARITY
                && best.is_none_or(|(_, s)| score > s)
                && crate::suggest::near(&written, &name)
                && crate::suggest::near(&name, &written)
            {
                best = Some((entry.id.as_str(), score));
            }
        }
    }
    best.map(|(id, _)| id)
}

/// An entry's titles and the names inside them: each side of ` / `, and the name before a
/// colon or an opening bracket.
fn names(entry: &Entry) -> impl Iterator<Item = &str> {
    [entry.title.en.as_deref(), entry.title.mn.as_deref()]
        .into_iter()
        .flatten()
        .flat_map(|title| {
            let mut parts = vec![title.trim()];
            parts.extend(title.split(" / ").map(str::trim));
            parts.extend(title.split([':', '(']).next().map(str::trim));
            parts
        })
        .filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::written_as_name;

    #[test]
    fn a_name_is_told_from_an_id() {
        assert!(written_as_name("Кластерийн байгууллага"));
        assert!(written_as_name("Cluster organisation"));
        assert!(!written_as_name("cluster-organisation"));
        assert!(!written_as_name("clustr"));
    }
}
