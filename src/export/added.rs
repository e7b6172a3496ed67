//! A tour's handout with entries added after its steps (`toli handout --tour T --ids a,b`): a
//! trainer hands out the tour and her own entries (a local case loaded with `--content`). The
//! added entries follow the tour's pages in the order given, each numbered ("Added 1", «№1
//! нэмэлт материал») at the head of its page, in the contents under a heading of their own and
//! after a link to them on paper, as a step is; an entry the tour already prints is not added
//! again, and the caller says so.

use std::fmt::Write as _;

use super::Plan;
use super::html::entry_link;
use super::svg::escape;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// Where the tour's handout already prints an entry asked to be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InTour {
    /// The tour's own page.
    Tour,
    /// Step `n` (from 1).
    Step(usize),
    /// A chart shown at step `n`.
    ShownAt(usize),
    /// Asked twice in the list of entries to add.
    AddedTwice,
}

/// Adds `chosen` after the tour's pages of `plan`, in that order. Returns those not added, each
/// with where the handout prints it already.
pub fn add(plan: &mut Plan, chosen: &[usize]) -> Vec<(usize, InTour)> {
    let mut skipped = Vec::new();
    for &i in chosen {
        let already = if plan.tour == Some(i) {
            Some(InTour::Tour)
        } else if let Some(n) = plan.step_number(i) {
            Some(InTour::Step(n))
        } else if let Some(&n) = plan.shown_at.get(&i) {
            Some(InTour::ShownAt(n))
        } else if plan.added.contains(&i) {
            Some(InTour::AddedTwice)
        } else {
            None
        };
        match already {
            Some(place) => skipped.push((i, place)),
            None => {
                plan.added.push(i);
                plan.entries.push(i);
                plan.included.insert(i);
            }
        }
    }
    if let super::files::Subject::Tour(tour) = &plan.subject
        && !plan.added.is_empty()
    {
        let ids = (plan.added.iter())
            .map(|&i| plan.corpus.entry(i).id.clone())
            .collect();
        plan.subject = super::files::Subject::TourWith {
            tour: tour.clone(),
            ids,
        };
    }
    skipped
}

/// The number (from 1) of entry `index` among those added after the tour.
pub fn number(plan: &Plan, index: usize) -> Option<usize> {
    plan.added.iter().position(|&i| i == index).map(|n| n + 1)
}

/// The line under a tour's heading on its contents page when entries were added: how many
/// steps, then how many entries added. None without added entries.
pub fn lead(plan: &Plan, l10n: &Localizer, lang: Lang) -> Option<String> {
    if plan.added.is_empty() {
        return None;
    }
    let steps = plan.outline().len();
    let args = [
        ("steps", steps.to_string()),
        ("added", plan.added.len().to_string()),
    ];
    Some(l10n.format(lang, "export29-tour-and-added", &args))
}

/// The added entries in the HTML contents, numbered as their pages: a heading and a list.
/// Nothing without added entries.
pub fn contents_html(out: &mut String, plan: &Plan, l10n: &Localizer, lang: Lang) {
    if plan.added.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h3 class=\"added\">{}</h3><ol class=\"added\">",
        escape(&l10n.t(lang, "export29-added-heading"))
    );
    for &i in &plan.added {
        let e = plan.corpus.entry(i);
        let _ = write!(
            out,
            "<li>{}</li>",
            entry_link(plan, &e.id, e.title.show(lang))
        );
    }
    out.push_str("</ol>");
}

/// The added entries in a Markdown handout's `README.md`, after the steps: a heading in each
/// language and a numbered list of the files. Nothing without added entries.
pub fn contents_md(
    out: &mut String,
    plan: &Plan,
    l10n: &Localizer,
    file_link: impl Fn(usize) -> String,
) {
    if plan.added.is_empty() {
        return;
    }
    let heading = (plan.langs.iter())
        .map(|&l| l10n.t(l, "export29-added-heading"))
        .collect::<Vec<_>>()
        .join(" / ");
    let _ = writeln!(out, "\n## {heading}\n");
    for (n, &i) in plan.added.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", n + 1, file_link(i));
    }
}

/// What an added entry's page says beside its kind, in `lang`: "Added 2", «№2 нэмэлт материал».
pub fn page_mark(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> Option<String> {
    let n = number(plan, index)?;
    Some(l10n.format(lang, "export29-added-page", &[("n", n.to_string())]))
}

/// The note on stderr for an entry not added because the tour prints it already, in `lang`.
pub fn skipped_note(
    plan: &Plan,
    l10n: &Localizer,
    lang: Lang,
    index: usize,
    place: InTour,
) -> String {
    let (place, n) = match place {
        InTour::Tour => ("tour", 0),
        InTour::Step(n) => ("step", n),
        InTour::ShownAt(n) => ("shown", n),
        InTour::AddedTwice => ("twice", 0),
    };
    let tour = plan
        .tour
        .map_or(String::new(), |t| plan.corpus.entry(t).id.clone());
    let args = [
        ("id", plan.corpus.entry(index).id.clone()),
        ("tour", tour),
        ("place", place.to_string()),
        ("n", n.to_string()),
    ];
    l10n.format(lang, "export29-already-in-tour", &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::export::Languages;

    /// Entries added after a tour follow its pages in the order given, numbered from 1; one
    /// the tour prints already (a step, a chart shown at a step, the tour, one given twice)
    /// is not added again, and is said with where it is.
    #[test]
    fn added_entries_follow_the_tour_in_order_each_once() {
        let corpus = load(&Sources::builtin()).corpus;
        let index = |id: &str| corpus.index_of(id).expect(id);
        let tour = index("tour-sti-parks-mongolia");
        let mut plan = Plan::new(&corpus, Some(tour), Languages::Both, Lang::En);
        let steps = plan.outline().len();
        let tour_pages = plan.entries.len();
        let first_step = plan.outline()[0].0;
        let shown = index("fig-it-park-revenue");
        let (a, b) = (index("mongolia-startup-ecosystem"), index("cluster"));
        let skipped = add(&mut plan, &[a, first_step, shown, b, tour, a]);
        assert_eq!(plan.added, [a, b]);
        assert_eq!(plan.entries[tour_pages..], [a, b], "after the tour's pages");
        assert_eq!(
            plan.outline().len(),
            steps,
            "the steps' outline holds no added entry"
        );
        assert_eq!((number(&plan, a), number(&plan, b)), (Some(1), Some(2)));
        assert_eq!(
            (plan.step_number(a), number(&plan, first_step)),
            (None, None)
        );
        assert_eq!(
            skipped,
            [
                (first_step, InTour::Step(1)),
                (shown, InTour::ShownAt(8)),
                (tour, InTour::Tour),
                (a, InTour::AddedTwice)
            ]
        );
        assert_eq!(
            plan.subject,
            crate::export::files::Subject::TourWith {
                tour: "tour-sti-parks-mongolia".into(),
                ids: vec!["mongolia-startup-ecosystem".into(), "cluster".into()],
            }
        );
        let l10n = Localizer::new();
        let said = skipped_note(&plan, &l10n, Lang::En, shown, InTour::ShownAt(8));
        assert!(
            said.contains("fig-it-park-revenue") && said.contains("8"),
            "{said}"
        );
        assert_eq!(
            lead(&plan, &l10n, Lang::En).as_deref(),
            Some("The tour's 13 steps, then 2 entries added to it")
        );
    }
}
