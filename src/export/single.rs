//! The single-file handout: the pages of a tour or a chosen set in one self-contained HTML file
//! (inline stylesheet and SVG, a table of contents on its own page, the export date) that a
//! trainer can e-mail or print as one PDF.

use std::fmt::Write as _;

use super::Plan;
use super::html::{STYLE, article, entry_link, langs_class};
use super::svg::escape;
use crate::i18n::Localizer;

/// The whole handout as one HTML document.
pub fn document(plan: &Plan, l10n: &Localizer) -> String {
    let first = plan.langs.first().copied().unwrap_or(crate::lang::Lang::En);
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
            "<section lang=\"{}\"><h1>{}</h1><h2>{}</h2><ol>",
            l.code(),
            escape(&heading(l)),
            escape(&l10n.t(l, "export-contents"))
        );
        let _ = write!(
            toc,
            "<p class=\"stamp\">{}</p>",
            escape(&plan.stamp.line(l10n, l))
        );
        for &i in &plan.entries {
            let e = plan.corpus.entry(i);
            let _ = write!(toc, "<li>{}</li>", entry_link(plan, &e.id, e.title.show(l)));
        }
        toc.push_str("</ol></section>");
    }
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{}<title>{}</title><style>\n{STYLE}{}</style></head><body><nav class=\"toc\"><div class=\"{}\">{toc}</div></nav>\n",
        super::files::GENERATOR,
        escape(&title),
        plan.stamp.page_css(l10n, first),
        langs_class(plan)
    );
    for &i in &plan.entries {
        out.push_str(&article(plan, l10n, i));
        out.push('\n');
    }
    out.push_str("</body></html>\n");
    out
}
