//! The single-file handout: the pages of a tour or a chosen set in one self-contained HTML file
//! (inline stylesheet and SVG, a table of contents on its own page, the export date) that a
//! trainer can e-mail or print as one PDF.

use std::fmt::Write as _;

use super::Plan;
use super::html::{STYLE, article, entry_link, langs_class, steps_list};
use super::svg::escape;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The whole handout as one HTML document.
pub fn document(plan: &Plan, l10n: &Localizer) -> String {
    let first = plan.langs.first().copied().unwrap_or(Lang::En);
    let lang = first.code();
    let heading = |l| match plan.tour {
        Some(t) => plan.corpus.entry(t).title.show(l).to_string(),
        None => l10n.t(l, "export-title"),
    };
    let title = plan
        .langs
        .iter()
        .map(|&l| heading(l))
        .collect::<Vec<_>>()
        .join(" / ");
    let mut toc = String::new();
    for &l in &plan.langs {
        let _ = write!(
            toc,
            "<section lang=\"{}\"><h1>{}</h1><h2>{}</h2>",
            l.code(),
            escape(&heading(l)),
            escape(&l10n.t(l, "export-contents"))
        );
        // Paper has no links and the contents no page numbers (Chromium prints none: README):
        // a step is found by its number, which heads it in bold. The example is the tour's
        // last step with a page, so it names a step the reader can find.
        let last_step = plan
            .outline()
            .iter()
            .filter_map(|&(s, _)| plan.step_number(s))
            .max();
        if let (Some(_), Some(step)) = (plan.tour, last_step) {
            let _ = write!(
                toc,
                "<p class=\"toc-note\">{}</p>",
                escape(&l10n.format(l, "export12-contents-note", &[("step", step.to_string())]))
            );
        }
        contents(&mut toc, plan, l10n, l);
        let _ = write!(
            toc,
            "<p class=\"stamp\">{}</p></section>",
            escape(&plan.stamp.line(l10n, l))
        );
    }
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{}<title>{}</title><style>\n{STYLE}{}</style></head><body><nav class=\"toc\"><div class=\"{}\">{toc}</div></nav>\n",
        super::files::GENERATOR,
        escape(&title),
        plan.stamp.page_css(l10n, &plan.langs),
        langs_class(plan)
    );
    for &i in &plan.entries {
        out.push_str(&article(plan, l10n, i));
        out.push('\n');
    }
    out.push_str("</body></html>\n");
    out
}

/// The list of the handout's entries in `lang`. In a tour the tour's own page comes first,
/// unnumbered, and each step carries its number in the tour (as in the talk and the app) and
/// the figures shown at it;
/// otherwise the entries are numbered in order.
fn contents(out: &mut String, plan: &Plan, l10n: &Localizer, lang: Lang) {
    let link = |i: usize| {
        let e = plan.corpus.entry(i);
        entry_link(plan, &e.id, e.title.show(lang))
    };
    let Some(tour) = plan.tour else {
        out.push_str("<ol>");
        for &i in &plan.entries {
            let _ = write!(out, "<li>{}</li>", link(i));
        }
        out.push_str("</ol>");
        return;
    };
    let _ = write!(out, "<p class=\"tour\">{}</p>", link(tour));
    steps_list(out, plan, l10n, lang);
}
