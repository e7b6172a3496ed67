//! Links on paper, in the one-file handout that is printed: a link to an entry the handout
//! prints as a step says "(step N)" after it, one to a chart shown at a step "(shown at step
//! N)", one to an entry added after the tour "(added N)"; a link to an entry the handout leaves out carries a small raised number, and one list at
//! the end of each language's part gives each such entry's title by that number, under a line
//! saying how to find an entry in toli by its title. The links of the texts and of the facts
//! (an entry's facts table) are marked alike. The list is grouped by kind (findings, actions,
//! cases …), the numbers running through the groups, each group one run of titles, so that it
//! takes a few lines in two columns. A printed page shows no raw id.

use std::fmt::Write as _;

use pulldown_cmark::{Event, LinkType, Parser, Tag};

use super::Plan;
use super::svg::escape;
use crate::corpus::model::Kind;
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

/// The entries the texts and facts of `plan` link to in `lang` that it does not print, by kind
/// (in the kinds' order) and within a kind in the order the pages (the tour's first, then each
/// entry's, as printed: its facts, then its text) first name them.
fn left_out_targets(plan: &Plan, lang: Lang) -> Vec<usize> {
    let mut away = Vec::new();
    for &i in &plan.entries {
        for fact in crate::corpus::facts::facts(plan.corpus, i, lang) {
            if let Some(crate::corpus::facts::FactTarget::Entry(id)) = &fact.target
                && let Some(target) = plan.corpus.index_of(id)
                && !plan.has(target)
                && !away.contains(&target)
            {
                away.push(target);
            }
        }
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
    // Stable: within a kind, the order of first mention.
    away.sort_by_key(|&i| kind_place(plan.corpus.entry(i).kind));
    away
}

/// The place of `kind` in the list's order of groups.
fn kind_place(kind: Kind) -> usize {
    Kind::ALL
        .iter()
        .position(|&k| k == kind)
        .unwrap_or(Kind::ALL.len())
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
        (None, None) => ("export29-link-added", super::added::number(plan, target)?),
    };
    let text = l10n.format(lang, message, &[("n", n.to_string())]);
    Some(format!(" <span class=\"at-step\">{}</span>", escape(&text)))
}

/// The list that ends a language's part of a printed handout: each entry its texts link to but
/// leave out, numbered as its marks, by its title, in one run of titles per kind. Empty when
/// there is none (and on screen).
pub fn away_list(plan: &Plan, l10n: &Localizer, lang: Lang) -> String {
    let Some(paper) = &plan.paper_links else {
        return String::new();
    };
    let away = paper.away(lang);
    if away.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div class=\"block away-list\"><h2>{}</h2><p class=\"away-how\">{}</p><div class=\"away-groups\">",
        escape(&l10n.t(lang, "export26-away-heading")),
        escape(&l10n.t(lang, "export26-away-how"))
    );
    let kind_of = |i: usize| plan.corpus.entry(i).kind;
    for (n, &i) in away.iter().enumerate() {
        let first_of_kind = n == 0 || kind_of(away[n - 1]) != kind_of(i);
        if first_of_kind {
            if n > 0 {
                out.push_str("</p>");
            }
            let kind = l10n.t(lang, &format!("kinds-{}", kind_of(i).name()));
            let _ = write!(
                out,
                "<p><span class=\"away-kind\">{}:</span> ",
                escape(&kind)
            );
        } else {
            out.push_str("; ");
        }
        let _ = write!(
            out,
            "<span class=\"away-item\"><b>{}</b>&nbsp;{}</span>",
            n + 1,
            escape(plan.corpus.entry(i).title.show(lang))
        );
    }
    out.push_str("</p></div></div>");
    out
}
