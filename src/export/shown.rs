//! The charts a tour's step shows (`f` in the talk), listed on the step's handout page: a chart
//! printed after its step is linked; a chart that is a later (or earlier) step of the tour
//! itself is named with that step's number, as the handout prints it there.

use std::fmt::Write as _;

use super::Plan;
use super::html::entry_link;
use super::svg::escape;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The block "Charts shown at this step" of step `index` in `lang` (empty when the entry is no
/// step or shows no chart).
pub fn shown_block(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let Some(tour) = plan.tour.filter(|_| plan.step_number(index).is_some()) else {
        return String::new();
    };
    let mut items = String::new();
    for f in crate::present::figures::shown_with(plan.corpus, tour, index) {
        let e = plan.corpus.entry(f);
        let link = entry_link(plan, &e.id, e.title.show(lang));
        if plan.shown_at.contains_key(&f) {
            let _ = write!(items, "<li>{link}</li>");
        } else if let Some(n) = plan.step_number(f).filter(|_| f != index) {
            let args = [("title", link), ("n", n.to_string())];
            // The title is already escaped HTML (a link): the message's own text is plain.
            let _ = write!(
                items,
                "<li>{}</li>",
                l10n.format(lang, "export24-shown-as-step", &args)
            );
        }
    }
    if items.is_empty() {
        return String::new();
    }
    format!(
        "<div class=\"block shown\"><h2>{}</h2><ul class=\"entries\">{items}</ul></div>",
        escape(&l10n.t(lang, "export5-shown-list"))
    )
}
