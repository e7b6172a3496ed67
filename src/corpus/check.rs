//! Checks that need the whole corpus: links to nothing, links of the wrong kind, stage models
//! with gaps, actions that belong to no recommendation. Per-file problems are found in `parse`.

use std::collections::{BTreeMap, HashMap};

use super::Corpus;
use super::model::{Kind, KindFields};
use super::parse::{LinkField, LinkSite};
use super::title_link;
use crate::diagnostic::{Diagnostic, Problem};

/// The kinds a front-matter field may point at (`None`: any kind).
fn expected_kinds(field: LinkField) -> Option<&'static [Kind]> {
    match field {
        LinkField::Sources => Some(&[Kind::Source]),
        LinkField::AddressedBy => Some(&[Kind::Action, Kind::Recommendation]),
        LinkField::Actions => Some(&[Kind::Action]),
        LinkField::Figures => Some(&[Kind::Figure]),
        _ => None,
    }
}

/// The id most like a broken link's `target`, among entries of the kinds `field` may name,
/// and spelt near it word by word: an id sharing only its first word (`darkhan-exports` for
/// `darkhan-wool-study`) is no guess. A target that cannot be an id is first looked for among
/// the titles, in both languages (`[[Кластерийн байгууллага]]`).
fn closest_id<'a>(corpus: &'a Corpus, target: &str, field: LinkField) -> Option<&'a str> {
    let kinds = expected_kinds(field);
    if title_link::written_as_name(target)
        && let Some(id) = title_link::id_by_title(corpus, target, kinds)
    {
        return Some(id);
    }
    let words = |id: &str| id.replace('-', " ");
    let typed = words(target);
    let ids = corpus
        .entries()
        .filter(|e| kinds.is_none_or(|k| k.contains(&e.kind)))
        .map(|e| e.id.as_str())
        .filter(|id| crate::suggest::near(&typed, &words(id)));
    crate::suggest::closest(target, ids)
}

/// The id `toli check` suggests for a link to `target` that names no entry (any kind), for
/// the views that mark such a link.
pub fn suggest_id<'a>(corpus: &'a Corpus, target: &str) -> Option<&'a str> {
    closest_id(corpus, target, LinkField::Related)
}

/// Broken links of files that did not build into an entry (their other problems come first).
pub fn unbuilt_links(corpus: &Corpus, sites: &[(String, LinkSite)]) -> Vec<Diagnostic> {
    sites
        .iter()
        .filter(|(_, site)| corpus.get(&site.target).is_none())
        .map(|(path, site)| {
            Diagnostic::new(
                path,
                site.line,
                site.column,
                Problem::BrokenLink {
                    target: site.target.clone(),
                    text: site.text.clone(),
                },
            )
            .suggesting(closest_id(corpus, &site.target, site.field))
        })
        .collect()
}

/// Every corpus-level problem, sorted by path and line.
pub fn check(corpus: &Corpus) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, entry) in corpus.entries().enumerate() {
        let path = &entry.origin.path;
        for site in corpus.link_sites(i) {
            let at = |problem| Diagnostic::new(path, site.line, site.column, problem);
            match corpus.get(&site.target) {
                None => out.push(
                    at(Problem::BrokenLink {
                        target: site.target.clone(),
                        text: site.text.clone(),
                    })
                    .suggesting(closest_id(corpus, &site.target, site.field)),
                ),
                Some(target) if target.id == entry.id => out.push(at(Problem::SelfLink)),
                Some(target) => {
                    if let Some(kinds) = expected_kinds(site.field)
                        && !kinds.contains(&target.kind)
                    {
                        out.push(at(Problem::WrongLinkKind {
                            field: site.field.name().to_string(),
                            target: site.target.clone(),
                            expected: kinds[0],
                        }));
                    }
                }
            }
        }
    }
    for (i, entry) in corpus.entries().enumerate() {
        for problem in crate::figure::validate::validate(entry) {
            let line = corpus.key_line(i).total;
            out.push(Diagnostic::new(&entry.origin.path, line, 1, problem));
        }
    }
    check_stages(corpus, &mut out);
    check_actions(corpus, &mut out);
    out.extend(super::mnstyle::repeats::check(corpus));
    out.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    out
}

/// Positions of each stage model must run 1..n without repeats.
fn check_stages(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    let mut models: BTreeMap<&str, Vec<(u32, usize)>> = BTreeMap::new();
    for (i, e) in corpus.entries().enumerate() {
        if let KindFields::Stage {
            model, position, ..
        } = &e.fields
        {
            models.entry(model).or_default().push((*position, i));
        }
    }
    for (model, mut stages) in models {
        stages.sort();
        let max = stages.last().map_or(0, |s| s.0);
        for pair in stages.windows(2) {
            if pair[0].0 == pair[1].0 {
                out.push(at_position(
                    corpus,
                    pair[1].1,
                    Problem::StageRepeat {
                        model: model.to_string(),
                        position: pair[0].0,
                    },
                ));
            }
        }
        for missing in 1..=max {
            if !stages.iter().any(|s| s.0 == missing) {
                // Report on the stage right after the gap.
                let after = stages
                    .iter()
                    .find(|s| s.0 > missing)
                    .map_or(stages[0].1, |s| s.1);
                out.push(at_position(
                    corpus,
                    after,
                    Problem::StageGap {
                        model: model.to_string(),
                        missing,
                    },
                ));
            }
        }
    }
}

/// Every action must be listed by exactly one recommendation.
fn check_actions(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    let mut owners: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in corpus.entries().enumerate() {
        if let KindFields::Recommendation { actions, .. } = &e.fields {
            for a in actions {
                owners.entry(a).or_default().push(i);
            }
        }
    }
    for (i, e) in corpus.entries().enumerate() {
        if e.kind != Kind::Action {
            continue;
        }
        match owners.get(e.id.as_str()).map(Vec::as_slice) {
            None | Some([]) => out.push(Diagnostic::new(
                &e.origin.path,
                corpus.id_line(i),
                1,
                Problem::ActionWithoutRecommendation { id: e.id.clone() },
            )),
            Some([_]) => {}
            Some([first, second, ..]) => out.push(Diagnostic::new(
                &e.origin.path,
                corpus.id_line(i),
                1,
                Problem::ActionInTwoRecommendations {
                    first: corpus.entry(*first).id.clone(),
                    second: corpus.entry(*second).id.clone(),
                },
            )),
        }
    }
}

/// A diagnostic at the `position:` line of stage `index`.
fn at_position(corpus: &Corpus, index: usize, problem: Problem) -> Diagnostic {
    let e = corpus.entry(index);
    Diagnostic::new(&e.origin.path, corpus.key_line(index).position, 1, problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};

    /// A broken link's guess is an id spelt near it word by word, not one sharing only its
    /// first word (`darkhan-exports` for `darkhan-wool-study`).
    #[test]
    fn a_broken_link_is_guessed_only_an_id_spelt_near_it() {
        let corpus = load(&Sources::builtin()).corpus;
        assert_eq!(suggest_id(&corpus, "clustr"), Some("cluster"));
        assert_eq!(
            suggest_id(&corpus, "law-innovation"),
            Some("law-on-innovation-2012")
        );
        assert_eq!(suggest_id(&corpus, "itp-darkhan-wool-study"), None);
        assert_eq!(suggest_id(&corpus, "unctad-finding-nine-b"), None);
    }
}
