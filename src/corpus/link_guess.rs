//! "Did you mean …?" for a link, a tour step, a source or a figure that names no entry: an
//! entry of the kind the place takes (a source under `sources`, a figure under `figures`, an
//! action or a recommendation under a finding's `addressed_by`, an action under a
//! recommendation's `actions`, any entry but a tour for a step), never the entry the name is
//! written in, found by its title written where the id goes, by its id or title as said in
//! either alphabet (`klaster` → «Кластер», as the search reads it), by its id spelt near word
//! by word, by what a search for its words finds, synonyms and all ([`WordSearch`], which the
//! load gives: `klaster-hogjil`, `firm`), or by the words of its titles and aliases
//! (`src-sbt-cluster` → "SBT cluster deck").

use super::Corpus;
use super::model::{Entry, Kind};
use super::parse::LinkField;
use super::title_link;

/// A search over the corpus that a guess may ask: the best entry for which `fits` holds among
/// those a search for the words of `name` finds (`crate::search::guess`, which the load builds
/// with the synonyms it reads).
pub trait WordSearch<'a> {
    fn first(&self, name: &str, fits: &dyn Fn(&Entry) -> bool) -> Option<&'a str>;
}

/// The kinds a front-matter field may point at (`None`: any kind).
pub fn expected_kinds(field: LinkField) -> Option<&'static [Kind]> {
    match field {
        LinkField::Sources => Some(&[Kind::Source]),
        LinkField::AddressedBy => Some(&[Kind::Action, Kind::Recommendation]),
        LinkField::Actions => Some(&[Kind::Action]),
        LinkField::Figures => Some(&[Kind::Figure]),
        _ => None,
    }
}

/// The first words of the ids of sources and figures (`src-unctad-2025`, `fig-…`): a guess by
/// title words leaves them out, as no title holds them.
const ID_PREFIXES: [&str; 2] = ["src", "fig"];

/// Whether `entry` may be offered for a name written under `field` in the entry `own`.
fn fits(entry: &Entry, field: LinkField, own: Option<&str>) -> bool {
    if own == Some(entry.id.as_str()) {
        return false;
    }
    match expected_kinds(field) {
        Some(kinds) => kinds.contains(&entry.kind),
        None => field != LinkField::Steps || entry.kind != Kind::Tour,
    }
}

/// The id most like `target`, a name under `field` of the entry `own` that no entry has, among
/// the entries that [`fits`] allows: a title written where the id goes, else an id or a title
/// that sounds alike in either alphabet within a slip (`klaster` → `cluster`, whose Mongolian
/// title is «Кластер»), else an id spelt near it word by word (an id sharing only its first
/// word, `darkhan-exports` for `darkhan-wool-study`, is no guess), else, given `search`, the
/// best entry a search for its words finds holding them all, synonyms and all (`firm`,
/// `klaster-hogjil`), else the entry a title or alias of which holds every word typed
/// (`src-sbt-cluster` → `src-sea-buckthorn-deck`, "SBT cluster deck"), the one with the
/// fewest other words.
pub fn closest_id<'a>(
    corpus: &'a Corpus,
    target: &str,
    field: LinkField,
    own: Option<&str>,
    search: Option<&dyn WordSearch<'a>>,
) -> Option<&'a str> {
    let candidates: Vec<&'a Entry> = corpus.entries().filter(|e| fits(e, field, own)).collect();
    if title_link::written_as_name(target) {
        return title_link::id_by_title(candidates.iter().copied(), target);
    }
    as_said(&candidates, target)
        .or_else(|| spelt_near(&candidates, target))
        .or_else(|| search?.first(target, &|e| fits(e, field, own)))
        .or_else(|| by_title_words(&candidates, target))
}

/// The entry whose id or title sounds as `target` does, within a slip, the id first.
fn as_said<'a>(candidates: &[&'a Entry], target: &str) -> Option<&'a str> {
    let names = |e: &'a Entry| {
        let titles = [e.title.en.as_deref(), e.title.mn.as_deref()];
        std::iter::once(e.id.as_str()).chain(titles.into_iter().flatten())
    };
    let ids = candidates.iter().map(|e| e.id.as_str());
    if let Some(id) = crate::suggest::closest_as_said(target, ids) {
        return Some(id);
    }
    let all: Vec<(&'a str, &'a str)> = (candidates.iter())
        .flat_map(|e| names(e).map(move |name| (name, e.id.as_str())))
        .collect();
    let said = crate::suggest::closest_as_said(target, all.iter().map(|(name, _)| *name))?;
    all.iter()
        .find(|(name, _)| *name == said)
        .map(|(_, id)| *id)
}

/// The id spelt most like `target`, among those spelt near it word by word.
fn spelt_near<'a>(candidates: &[&'a Entry], target: &str) -> Option<&'a str> {
    let words = |id: &str| id.replace('-', " ");
    let typed = words(target);
    let ids = (candidates.iter())
        .map(|e| e.id.as_str())
        .filter(|id| crate::suggest::near(&typed, &words(id)));
    crate::suggest::closest(target, ids)
}

/// The entry a title or alias of which holds every word of `target` (its `src`/`fig` left
/// out), whole or within a slip: the one whose name has the fewest words, then the first.
fn by_title_words<'a>(candidates: &[&'a Entry], target: &str) -> Option<&'a str> {
    let mut words: Vec<&str> = target
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && ID_PREFIXES.contains(&words[0]) {
        words.remove(0);
    }
    if words.is_empty() {
        return None;
    }
    let typed = words.join(" ");
    let names = |e: &'a Entry| {
        let titles = [e.title.en.as_deref(), e.title.mn.as_deref()];
        let aliases = [e.aliases.en.as_deref(), e.aliases.mn.as_deref()];
        (titles.into_iter().flatten())
            .chain(aliases.into_iter().flatten().flatten().map(String::as_str))
    };
    (candidates.iter().enumerate())
        .filter_map(|(order, e)| {
            let fewest = names(e)
                .filter(|name| crate::suggest::near(&typed, name))
                .map(|name| name.split_whitespace().count())
                .min()?;
            Some(((fewest, order), e.id.as_str()))
        })
        .min()
        .map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::closest_id;
    use crate::corpus::load::{Sources, load};
    use crate::corpus::model::Kind;
    use crate::corpus::parse::LinkField;

    /// A broken link's guess is an id spelt near it word by word, not one sharing only its
    /// first word (`darkhan-exports` for `darkhan-wool-study`).
    #[test]
    fn a_broken_link_is_guessed_only_an_id_spelt_near_it() {
        let corpus = load(&Sources::builtin()).corpus;
        let guess = |target| closest_id(&corpus, target, LinkField::Related, None, None);
        assert_eq!(guess("clustr"), Some("cluster"));
        assert_eq!(guess("law-innovation"), Some("law-on-innovation-2012"));
        assert_eq!(guess("itp-darkhan-wool-study"), None);
        assert_eq!(guess("unctad-finding-nine-b"), None);
    }

    /// A step spelt as Mongolians write «кластер» in Latin letters is the entry titled so,
    /// never the tour it is written in nor another tour; a tour's own id is no guess.
    #[test]
    fn a_step_is_guessed_as_said_and_never_a_tour() {
        let corpus = load(&Sources::builtin()).corpus;
        let tours = corpus.of_kind(Kind::Tour);
        let tour = corpus.id(tours[0]);
        let step = |target| closest_id(&corpus, target, LinkField::Steps, Some(tour), None);
        assert_eq!(step("klaster"), Some("cluster"));
        for i in tours {
            // A tour's id with a letter left out: no tour is offered.
            let slip = &corpus.id(i)[1..];
            let guess = step(slip).and_then(|id| corpus.get(id));
            assert!(guess.is_none_or(|e| e.kind != Kind::Tour), "{slip}");
        }
    }

    /// A source is guessed among sources, by its id or by the words of its titles and
    /// aliases; a figure among figures.
    #[test]
    fn a_source_and_a_figure_are_guessed_among_their_kind() {
        let corpus = load(&Sources::builtin()).corpus;
        let source = |target| closest_id(&corpus, target, LinkField::Sources, None, None);
        assert_eq!(source("src-sbt-cluster"), Some("src-sea-buckthorn-deck"));
        assert_eq!(source("src-unctad-2052"), Some("src-unctad-2025"));
        assert!(source("cluster").is_none_or(|id| id.starts_with("src-")));
        let figure = |target| closest_id(&corpus, target, LinkField::Figures, None, None);
        assert_eq!(
            figure("fig-lithuania-cluster-programes"),
            Some("fig-lithuania-cluster-programmes")
        );
        assert!(figure("cluster").is_none_or(|id| id.starts_with("fig-")));
    }
}
