//! The single-file handout: the pages of a tour or a chosen set in one self-contained HTML file
//! (inline stylesheet and SVG, a table of contents on its own page, the export date) that a
//! trainer can e-mail or print as one PDF.

use std::fmt::Write as _;

use super::Plan;
use super::body::body_html;
use super::html::{STYLE, article, entry_link, facts_html, langs_class, sources_html, steps_list};
use super::svg::escape;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The whole handout as one HTML document.
pub fn document(plan: &Plan, l10n: &Localizer) -> String {
    let plan = &super::paper_links::for_paper(plan);
    let first = plan.langs.first().copied().unwrap_or(Lang::En);
    let lang = first.code();
    let heading = |l| plan.heading(l10n, l);
    // One title given for both languages is said once.
    let mut titles: Vec<String> = Vec::new();
    for &l in &plan.langs {
        let h = heading(l);
        if !titles.contains(&h) {
            titles.push(h);
        }
    }
    let title = titles.join(" / ");
    let mut toc = String::new();
    for &l in &plan.langs {
        let _ = write!(
            toc,
            "<section lang=\"{}\"><h1>{}</h1>",
            l.code(),
            escape(&heading(l))
        );
        if let Some(lead) = super::added::lead(plan, l10n, l) {
            let _ = write!(toc, "<p class=\"with-added\">{}</p>", escape(&lead));
        }
        if let Some(tour) = plan.tour.filter(|_| intro_in_contents(plan)) {
            toc.push_str(&tour_intro(plan, l10n, tour, l));
        }
        let _ = write!(toc, "<h2>{}</h2>", escape(&l10n.t(l, "export-contents")));
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
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{}<title>{}</title><style>\n{STYLE}{}</style></head><body><nav class=\"{}\"><div class=\"{}\">{toc}</div></nav>\n",
        super::files::GENERATOR,
        escape(&title),
        plan.stamp.page_css(l10n, &plan.langs),
        match contents_share_page(plan, l10n) {
            true => "toc one-page",
            false => "toc",
        },
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
    super::added::contents_html(out, plan, l10n, lang);
}

/// The handout's tour introduced on one language's contents page (its summary, facts, text and
/// sources under the contents' title), for print.
fn tour_intro(plan: &Plan, l10n: &Localizer, tour: usize, lang: Lang) -> String {
    let e = plan.corpus.entry(tour);
    format!(
        "<div class=\"tour-intro\"><p class=\"summary\">{}</p>{}{}{}</div>",
        escape(e.summary.show(lang)),
        facts_html(plan, l10n, tour, lang),
        body_html(plan, l10n, e.body.show(lang), lang),
        sources_html(plan, l10n, tour, lang)
    )
}

/// Whether the printed handout introduces its tour on each language's contents page rather than
/// on a page of its own. Only with two languages, whose parts print on pages of their own (each
/// language's part of the tour's page held two lines on an otherwise blank page), and only when
/// the introduction and the contents are estimated to share one A4 page in every language: a
/// contents list pushed a few lines onto the next page would leave that page nearly empty.
pub fn intro_in_contents(plan: &Plan) -> bool {
    let Some(tour) = plan.tour else { return false };
    plan.single_file
        && plan.langs.len() > 1
        && plan
            .langs
            .iter()
            .all(|&l| front_page_lines(plan, tour, l) <= PAGE_LINES)
}

/// Whether the printed handout sets its languages' contents on one page, one under the other,
/// rather than each on a page of its own: only with two languages, no tour introduced there,
/// and when both are estimated to fit one A4 page (three chosen entries gave two pages of
/// three lines each).
pub fn contents_share_page(plan: &Plan, l10n: &Localizer) -> bool {
    plan.single_file
        && plan.langs.len() > 1
        && !intro_in_contents(plan)
        && (plan.langs.iter())
            .map(|&l| contents_lines(plan, l10n, l))
            .sum::<usize>()
            <= PAGE_LINES
}

/// The lines one language's contents take in print, estimated: the title, the heading, the
/// note on finding a step (in a tour), the tour's line and each entry with its charts; and
/// the room between two languages.
fn contents_lines(plan: &Plan, l10n: &Localizer, lang: Lang) -> usize {
    let wrapped = |text: &str, width: usize| text.chars().count().max(1).div_ceil(width);
    let title_of = |i: usize| plan.corpus.entry(i).title.show(lang).to_string();
    let title = 2 * wrapped(&plan.heading(l10n, lang), LINE_CHARS / 2);
    let headings = 4;
    let entries: usize = match plan.tour {
        Some(_) => {
            2 + (plan.outline().iter())
                .map(|(step, figures)| {
                    wrapped(&title_of(*step), ITEM_CHARS)
                        + (figures.iter())
                            .map(|&f| wrapped(&title_of(f), ITEM_CHARS - 15))
                            .sum::<usize>()
                })
                .sum::<usize>()
                + added_lines(plan, lang)
        }
        None => (plan.entries.iter())
            .map(|&i| wrapped(&title_of(i), ITEM_CHARS))
            .sum(),
    };
    title + headings + entries
}

/// Lines of 10.5 pt text an A4 page holds inside its print margins, less a few for the space
/// around headings and lists.
const PAGE_LINES: usize = 46;
/// Characters of a printed line of text (180 mm at 10.5 pt), and of a list item, indented.
const LINE_CHARS: usize = 95;
const ITEM_CHARS: usize = 85;

/// The lines one language's contents page takes with the tour's introduction on it, estimated
/// from the length of its texts: the title and headings, the summary, the text paragraph by
/// paragraph (a blank line between them), the sources and each step with its charts.
fn front_page_lines(plan: &Plan, tour: usize, lang: Lang) -> usize {
    let e = plan.corpus.entry(tour);
    let wrapped = |text: &str, width: usize| text.chars().count().max(1).div_ceil(width);
    let title = 2 * wrapped(e.title.show(lang), LINE_CHARS / 2);
    let headings = 6;
    let summary = wrapped(e.summary.show(lang), LINE_CHARS);
    let mut text = 0;
    for paragraph in e.body.show(lang).split("\n\n") {
        let lines: usize = paragraph
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| wrapped(l, LINE_CHARS))
            .sum();
        text += lines + usize::from(lines > 0);
    }
    let sources = match e.sources.len() {
        0 => 0,
        n => 2 + 2 * n,
    };
    let title_of = |i: usize| plan.corpus.entry(i).title.show(lang).to_string();
    let steps: usize = plan
        .outline()
        .iter()
        .map(|(step, figures)| {
            wrapped(&title_of(*step), ITEM_CHARS)
                + figures
                    .iter()
                    .map(|&f| wrapped(&title_of(f), ITEM_CHARS - 15))
                    .sum::<usize>()
        })
        .sum();
    title + headings + summary + text + sources + steps + added_lines(plan, lang)
}

/// The lines the entries added after a tour take in its printed contents: the line saying so
/// under the title, the heading and each title.
fn added_lines(plan: &Plan, lang: Lang) -> usize {
    if plan.added.is_empty() {
        return 0;
    }
    let wrapped = |text: &str| text.chars().count().max(1).div_ceil(ITEM_CHARS);
    let titles: usize = (plan.added.iter())
        .map(|&i| wrapped(plan.corpus.entry(i).title.show(lang)))
        .sum();
    3 + titles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::export::Languages;

    /// The shipped tours in two languages, one file: a short introduction joins the contents
    /// pages; the STI tour's, three paragraphs over 13 steps and their charts, keeps its page
    /// (printed beside them, its Mongolian contents ran two lines onto a page of their own).
    #[test]
    fn a_tour_is_introduced_on_its_contents_pages_when_both_fit_one_page() {
        let corpus = load(&Sources::builtin()).corpus;
        for (id, langs, single_file, fits) in [
            ("tour-what-is-a-cluster", Languages::Both, true, true),
            ("tour-clusters-abroad", Languages::Both, true, true),
            ("tour-sti-parks-mongolia", Languages::Both, true, false),
            ("tour-what-is-a-cluster", Languages::Both, false, false),
            ("tour-what-is-a-cluster", Languages::Mn, true, false),
        ] {
            let tour = corpus.index_of(id).expect("the tour");
            let mut plan = Plan::new(&corpus, Some(tour), langs, Lang::Mn);
            plan.single_file = single_file;
            assert_eq!(
                intro_in_contents(&plan),
                fits,
                "{id} {langs:?} {single_file}"
            );
        }
    }

    /// Walk 26 (D-3): three chosen entries in two languages print both contents on one
    /// page; a tour's contents (the STI tour's 13 steps, or those introducing their tour),
    /// the whole corpus, one language or a folder keep their pages.
    #[test]
    fn short_contents_in_two_languages_share_their_page() {
        let corpus = load(&Sources::builtin()).corpus;
        let l10n = Localizer::shared();
        let index = |id: &str| corpus.index_of(id).expect(id);
        let briefing = [
            index("it-park"),
            index("finding-government-commitments-unfunded"),
            index("fig-itp-planned-capacities"),
        ];
        for (langs, single_file, shares) in [
            (Languages::EnMn, true, true),
            (Languages::Both, true, true),
            (Languages::En, true, false),
            (Languages::EnMn, false, false),
        ] {
            let mut plan = Plan::chosen(&corpus, &briefing, langs, Lang::En);
            plan.single_file = single_file;
            assert_eq!(
                contents_share_page(&plan, l10n),
                shares,
                "{langs:?} {single_file}"
            );
        }
        for tour in [
            Some("tour-sti-parks-mongolia"),
            Some("tour-what-is-a-cluster"),
            Some("tour-clusters-abroad"),
            None,
        ] {
            let mut plan = Plan::new(&corpus, tour.map(index), Languages::Both, Lang::Mn);
            plan.single_file = true;
            assert!(!contents_share_page(&plan, l10n), "{tour:?}");
        }
    }
}
