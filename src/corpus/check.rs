//! Checks that need the whole corpus: links to nothing, links of the wrong kind, stage models
//! with gaps, actions that belong to no recommendation. Per-file problems are found in `parse`.

use std::collections::{BTreeMap, HashMap};

use super::Corpus;
use super::link_guess::{WordSearch, closest_id, expected_kinds};
use super::model::{Kind, KindFields};
use super::parse::{LinkField, LinkSite};
use crate::diagnostic::{Diagnostic, Problem};

/// The id `toli check` suggests for a link to `target` that names no entry (any kind), for
/// the views that mark such a link.
pub fn suggest_id<'a>(corpus: &'a Corpus, target: &str) -> Option<&'a str> {
    closest_id(corpus, target, LinkField::Related, None, None)
}

/// Broken links of files that did not build into an entry (their other problems come first),
/// guessed as [`check`] guesses them.
pub fn unbuilt_links<'a>(
    corpus: &'a Corpus,
    sites: &[(String, LinkSite)],
    search: &dyn WordSearch<'a>,
) -> Vec<Diagnostic> {
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
                    field: site.field,
                },
            )
            .suggesting(closest_id(
                corpus,
                &site.target,
                site.field,
                None,
                Some(search),
            ))
        })
        .collect()
}

/// Every corpus-level problem, sorted by path and line; a name no entry has is guessed also
/// by what `search` finds for its words.
pub fn check<'a>(corpus: &'a Corpus, search: &dyn WordSearch<'a>) -> Vec<Diagnostic> {
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
                        field: site.field,
                    })
                    .suggesting(closest_id(
                        corpus,
                        &site.target,
                        site.field,
                        Some(&entry.id),
                        Some(search),
                    )),
                ),
                // A tour cannot be its own step; a link to its own entry leads nowhere new.
                Some(target) if target.id == entry.id => out.push(at(match site.field {
                    LinkField::Steps => Problem::TourStepItself,
                    _ => Problem::SelfLink,
                })),
                // A tour as a step is shown as one slide, its steps not gone through.
                Some(target) if site.field == LinkField::Steps && target.kind == Kind::Tour => out
                    .push(at(Problem::TourStepIsTour {
                        target: target.id.clone(),
                    })),
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
