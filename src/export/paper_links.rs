//! Links on paper, in the one-file handout that is printed: a link to an entry the handout
//! prints as a step says "(step N)" after it, one to a chart shown at a step "(shown at step
//! N)"; a link to an entry the handout leaves out carries a small raised number, and one list at
//! the end of each language's part gives each such entry's title by that number, under a line
//! saying how to find an entry in toli by its title. A printed page shows no raw id.

use std::fmt::Write as _;

use pulldown_cmark::{Event, LinkType, Parser, Tag};

use super::Plan;
use super::svg::escape;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::markdown::links::is_entry_id;

/// The entries a printed handout's texts link to but leave out, per language, in the order the
/// texts first name them: a mark's number is its place in this order, from 1.
#[derive(Clone, Debug, Default)]
pub struct PaperLinks {
    away: Vec<(Lang, Vec<usize>)>,
}

impl PaperLinks {
    fn away(&self, lang: Lang) -> &[usize] {
        (self.away.iter())
            .find(|(l, _)| *l == lang)
            .map_or(&[], |(_, v)| v.as_slice())
    }
}

/// `plan` made ready to print: its texts' links say where their targets are on paper.
pub fn for_paper<'a>(plan: &Plan<'a>) -> Plan<'a> {
    let mut paper = plan.clone();
    let away = (plan.langs.iter())
        .map(|&lang| (lang, left_out_targets(plan, lang)))
        .collect();
    paper.paper_links = Some(PaperLinks { away });
    paper
}

/// The entries the texts of `plan` link to in `lang` that it does not print, in the order the
/// texts (the tour's first, then each entry's, as printed) first name them.
fn left_out_targets(plan: &Plan, lang: Lang) -> Vec<usize> {
    let mut away = Vec::new();
    for &i in &plan.entries {
        let body = plan.corpus.entry(i).body.show(lang);
        for event in Parser::new_ext(body, crate::markdown::options()) {
            if let Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) = event
                && let Some(target) = entry_target(plan, link_type, &dest_url)
                && !plan.has(target)
                && !away.contains(&target)
            {
                away.push(target);
            }
        }
    }
    away
}

/// The entry a link names, when it names one of the corpus.
pub(super) fn entry_target(plan: &Plan, link_type: LinkType, dest_url: &str) -> Option<usize> {
    let target = dest_url.trim();
    let entry = matches!(link_type, LinkType::WikiLink { .. }) || is_entry_id(target);
    entry.then(|| plan.corpus.index_of(target)).flatten()
}

/// What follows a link to entry `target` on paper, as HTML: its step, the step it is shown at,
/// or the raised number of its line in the list of entries left out. `None` on screen (a plan
/// not made ready to print) and for a printed entry that is no step (the tour itself).
pub fn after_link(plan: &Plan, l10n: &Localizer, target: usize, lang: Lang) -> Option<String> {
    let paper = plan.paper_links.as_ref()?;
    if !plan.has(target) {
        let n = paper.away(lang).iter().position(|&a| a == target)? + 1;
        return Some(format!("<sup class=\"away\">{n}</sup>"));
    }
    let (message, n) = match (plan.step_number(target), plan.shown_at.get(&target)) {
        (Some(n), _) => ("export26-link-step", n),
        (None, Some(&n)) => ("export26-link-shown-at", n),
        (None, None) => return None,
    };
    let text = l10n.format(lang, message, &[("n", n.to_string())]);
    Some(format!(" <span class=\"at-step\">{}</span>", escape(&text)))
}

/// The list that ends a language's part of a printed handout: each entry its texts link to but
/// leave out, numbered as its marks, by its title. Empty when there is none (and on screen).
pub fn away_list(plan: &Plan, l10n: &Localizer, lang: Lang) -> String {
    let Some(paper) = &plan.paper_links else {
        return String::new();
    };
    let away = paper.away(lang);
    if away.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div class=\"block away-list\"><h2>{}</h2><p class=\"away-how\">{}</p><ol>",
        escape(&l10n.t(lang, "export26-away-heading")),
        escape(&l10n.t(lang, "export26-away-how"))
    );
    for &i in away {
        let _ = write!(
            out,
            "<li>{}</li>",
            escape(plan.corpus.entry(i).title.show(lang))
        );
    }
    out.push_str("</ol></div>");
    out
}
