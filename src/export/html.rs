//! The HTML handout: `index.html`, one page per entry and `style.css` (with a print stylesheet).
//! Bodies are rendered by `body`; the print rules keep small blocks whole and a title with its
//! label and summary.

use std::fmt::Write as _;

use super::Plan;
use super::body::body_html;
use super::figure_html::figure_html;
use super::svg::escape;
use super::urls::is_external;
use crate::corpus::facts::{FactTarget, facts, group};
use crate::corpus::model::{Kind, KindFields};
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The stylesheet: two language columns on a wide screen, one language per block at A4 width
/// and in print; facts as rows that wrap.
pub const STYLE: &str = include_str!("style.css");

pub fn entry_link(plan: &Plan, id: &str, text: &str) -> String {
    if plan.has_id(id) {
        format!(
            "<a href=\"{}\">{}</a>",
            escape(&plan.href(id)),
            escape(text)
        )
    } else {
        escape(text)
    }
}

/// One language's part of an entry page.
pub fn section(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let mut out = format!("<section lang=\"{}\">", lang.code());
    out.push_str(&section_content(plan, l10n, index, lang));
    out.push_str("</section>");
    out
}

/// One language's part of an entry page, without its `<section>`.
fn section_content(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let corpus = plan.corpus;
    let e = corpus.entry(index);
    let mut out = String::new();
    // In a tour each page names its step, numbered as in the talk and the contents (in print
    // the mark a reader turns to: the contents have no page numbers). A figure shown over a
    // step in the talk says which.
    let step = match (plan.step_number(index), plan.shown_at.get(&index)) {
        (Some(n), _) => (
            "step",
            l10n.format(lang, "print-step", &[("n", n.to_string())]),
        ),
        (None, Some(n)) => (
            "shown-at",
            l10n.format(lang, "export5-shown-at", &[("n", n.to_string())]),
        ),
        (None, None) => match super::added::page_mark(plan, l10n, index, lang) {
            Some(text) => ("added", text),
            None => ("", String::new()),
        },
    };
    let step = match step {
        (_, text) if text.is_empty() => text,
        (class, text) => format!(" · <span class=\"{class}\">{}</span>", escape(&text)),
    };
    let _ = write!(
        out,
        "<header class=\"head\"><p class=\"kind\">{}{step}</p><h1>{}</h1><p class=\"summary\">{}</p></header>",
        escape(&l10n.t(lang, &format!("kind-{}", e.kind.name()))),
        escape(e.title.show(lang)),
        escape(e.summary.show(lang))
    );
    out.push_str(&facts_html(plan, l10n, index, lang));
    if e.kind == Kind::Figure {
        out.push_str(&figure_html(plan, index, lang));
    }
    if let KindFields::Tour { steps } = &e.fields {
        // The handout's own tour in the one-page handout follows contents that list its steps:
        // on paper (style.css) the list is not printed a second time.
        let class = match plan.single_file && plan.tour == Some(index) {
            true => "tour-steps in-contents",
            false => "tour-steps",
        };
        let _ = write!(
            out,
            "<div class=\"{class}\"><h2>{}</h2><ol class=\"steps\">",
            escape(&l10n.t(lang, "label-steps"))
        );
        for s in steps {
            let title = corpus
                .get(&s.entry)
                .map_or(s.entry.as_str(), |t| t.title.show(lang));
            let _ = write!(out, "<li>{}</li>", entry_link(plan, &s.entry, title));
        }
        out.push_str("</ol></div>");
    }
    out.push_str(&body_html(plan, l10n, e.body.show(lang), lang));
    // A step's charts (`f` in the talk) are pages of their own: the step names them.
    out.push_str(&super::shown::shown_block(plan, l10n, index, lang));
    out.push_str(&sources_html(plan, l10n, index, lang));
    let back: Vec<usize> = corpus
        .backlinks(index)
        .iter()
        .copied()
        .filter(|&b| plan.has(b))
        .collect();
    // On screen they lead back to the entries that link here; on paper (style.css) they are
    // left out: a reader cannot follow them, and each such link is printed on the linking page.
    entry_list(
        &mut out,
        plan,
        &l10n.t(lang, "label-backlinks"),
        "block backlinks",
        &back,
        lang,
    );
    // The last page of each language's part lists the entries its texts name but leave out.
    if plan.entries.last() == Some(&index) {
        out.push_str(&super::paper_links::away_list(plan, l10n, lang));
    }
    out
}

/// An entry's facts in `lang` (a tour's steps left out: they are its numbered list).
pub(super) fn facts_html(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let mut out = String::new();
    let mut facts = facts(plan.corpus, index, lang);
    // A tour's steps are the numbered list below, not facts.
    facts.retain(|f| f.label != "label-steps");
    // The title right above says a finding's number already.
    let title = plan.corpus.entry(index).title.show(lang);
    crate::corpus::titled_number::without_titled_number(&mut facts, title);
    if !facts.is_empty() {
        out.push_str("<dl class=\"facts\">");
        for (label, group) in group(&facts) {
            let _ = write!(out, "<div><dt>{}</dt>", escape(&l10n.t(lang, label)));
            for f in group {
                let value = match &f.target {
                    // Marked on paper as a link in the text is: its step, or its line in
                    // the list of entries left out.
                    Some(FactTarget::Entry(id)) => {
                        let on_paper = (plan.corpus.index_of(id))
                            .and_then(|t| super::paper_links::after_link(plan, l10n, t, lang));
                        entry_link(plan, id, &f.value) + &on_paper.unwrap_or_default()
                    }
                    // An address shown as itself is not printed twice (see style.css).
                    Some(FactTarget::Url(url)) if is_external(url) => format!(
                        "<a{} href=\"{}\">{}</a>",
                        if *url == f.value {
                            " class=\"bare\""
                        } else {
                            ""
                        },
                        escape(url),
                        escape(&f.value)
                    ),
                    _ => escape(&f.value),
                };
                let _ = write!(out, "<dd>{value}</dd>");
            }
            out.push_str("</div>");
        }
        out.push_str("</dl>");
    }
    out
}

/// An entry's Sources block in `lang` (nothing when it cites none).
pub(super) fn sources_html(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let corpus = plan.corpus;
    let e = corpus.entry(index);
    let mut out = String::new();
    if !e.sources.is_empty() {
        let _ = write!(
            out,
            "<div class=\"block\"><h2>{}</h2><ul class=\"sources\">",
            escape(&l10n.t(lang, "label-sources"))
        );
        // A source cited at several places is one line with all of them, as `toli cite`
        // says it.
        for (id, places) in crate::corpus::citation::source_places(corpus, e, lang) {
            let title = corpus.get(id).map_or(id, |t| t.title.show(lang));
            let link = entry_link(plan, id, title);
            let _ = match places.is_empty() {
                true => write!(out, "<li>{link}</li>"),
                false => write!(out, "<li>{link} — {}</li>", escape(&places)),
            };
        }
        out.push_str("</ul></div>");
    }
    out
}

/// A tour's steps as a list numbered as the talk numbers them, each with the figures shown at
/// it (`f`) under it: those printed after it linked, those that are steps of the tour named
/// with their step's number.
pub fn steps_list(out: &mut String, plan: &Plan, l10n: &Localizer, lang: Lang) {
    let link = |i: usize| {
        let e = plan.corpus.entry(i);
        entry_link(plan, &e.id, e.title.show(lang))
    };
    let figure = escape(&l10n.t(lang, "kind-figure"));
    out.push_str("<ol class=\"steps\">");
    for (step, figures) in plan.outline() {
        let value = plan
            .step_number(step)
            .map_or(String::new(), |n| format!(" value=\"{n}\""));
        let _ = write!(out, "<li{value}>{}", link(step));
        // A chart the step shows that is a step of its own is printed there: named here with
        // its step's number, as the step's page names it, in the step's `figures` order.
        let elsewhere = plan.shown_as_steps(step);
        let order = plan.tour.map_or_else(Vec::new, |t| {
            crate::present::figures::shown_with(plan.corpus, t, step)
        });
        let items: Vec<String> = (order.iter())
            .filter_map(|f| match elsewhere.iter().find(|(e, _)| e == f) {
                Some(&(f, n)) => {
                    let args = [("title", link(f)), ("n", n.to_string())];
                    // The title is already escaped HTML (a link): the message's text is plain.
                    let said = l10n.format(lang, "export24-shown-as-step", &args);
                    Some(format!("<li>{figure}: {said}</li>"))
                }
                None => (figures.contains(f)).then(|| format!("<li>{figure}: {}</li>", link(*f))),
            })
            .chain(
                (figures.iter().filter(|f| !order.contains(f)))
                    .map(|&f| format!("<li>{figure}: {}</li>", link(f))),
            )
            .collect();
        if !items.is_empty() {
            let _ = write!(
                out,
                "<ul class=\"shown\" aria-label=\"{}\">{}",
                escape(&l10n.t(lang, "export5-shown-list")),
                items.concat()
            );
            out.push_str("</ul>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
}

/// A heading over a list of links to entries, in a box of class `class` (nothing when `items`
/// is empty).
fn entry_list(
    out: &mut String,
    plan: &Plan,
    heading: &str,
    class: &str,
    items: &[usize],
    lang: Lang,
) {
    if items.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<div class=\"{class}\"><h2>{}</h2><ul class=\"entries\">",
        escape(heading)
    );
    for &i in items {
        let e = plan.corpus.entry(i);
        let _ = write!(
            out,
            "<li>{}</li>",
            entry_link(plan, &e.id, e.title.show(lang))
        );
    }
    out.push_str("</ul></div>");
}

/// An entry's page content: its languages side by side (stacked on narrow pages).
pub fn article(plan: &Plan, l10n: &Localizer, index: usize) -> String {
    let e = plan.corpus.entry(index);
    let sections: String = plan
        .langs
        .iter()
        .map(|&l| section(plan, l10n, index, l))
        .collect();
    // A chart shown at a step (not a step itself), marked as one; the handout's tour when its
    // contents pages introduce it (print leaves the tour's own page out).
    let shown = if plan.shown_at.contains_key(&index) {
        " shown"
    } else if plan.tour == Some(index) && super::single::intro_in_contents(plan) {
        " intro-in-contents"
    } else {
        ""
    };
    format!(
        "<article id=\"{}\" class=\"kind-{}{shown}\"><div class=\"{}\">{sections}</div></article>",
        escape(&e.id),
        e.kind.name(),
        langs_class(plan)
    )
}

/// The class of the box holding one section per language.
pub fn langs_class(plan: &Plan) -> &'static str {
    if plan.langs.len() > 1 {
        "langs two"
    } else {
        "langs"
    }
}

/// An entry's page title: its title in each language shown.
pub fn title(plan: &Plan, index: usize) -> String {
    let e = plan.corpus.entry(index);
    plan.langs
        .iter()
        .map(|&l| e.title.show(l))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn page(plan: &Plan, l10n: &Localizer, title: &str, content: &str) -> String {
    let first = plan.langs.first().copied().unwrap_or(Lang::En);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{}<title>{}</title><link rel=\"stylesheet\" href=\"style.css\"><style>{}</style></head><body><nav class=\"site\"><a href=\"index.html\">Толь · toli</a></nav>{content}</body></html>\n",
        first.code(),
        super::files::GENERATOR,
        escape(title),
        plan.stamp.page_css(l10n, &plan.langs)
    )
}

/// The name of the file in an HTML handout folder that holds the whole handout to print:
/// `print.html`, unless an entry's page has that name.
pub fn print_file(plan: &Plan) -> String {
    let taken = |name: &str| {
        plan.entries
            .iter()
            .any(|&i| format!("{}.html", plan.corpus.entry(i).id) == name)
    };
    (0..)
        .map(|n| match n {
            0 => "print.html".to_string(),
            n => format!("print-{n}.html"),
        })
        .find(|name| !taken(name))
        .unwrap_or_default()
}

/// The site's files, as (name, contents): `style.css`, `index.html` and one page per entry.
pub fn files(plan: &Plan, l10n: &Localizer) -> Vec<(String, String)> {
    let mut out = vec![("style.css".to_string(), STYLE.to_string())];
    for &i in &plan.entries {
        let html = page(plan, l10n, &title(plan, i), &article(plan, l10n, i));
        out.push((format!("{}.html", plan.corpus.entry(i).id), html));
    }
    let mut index = String::new();
    let print = print_file(plan);
    for &lang in &plan.langs {
        let _ = write!(index, "<section lang=\"{}\">", lang.code());
        // Printing this page prints the contents only: the whole handout is one page of its own.
        let print_all = format!(
            "<p class=\"print-all\">{} <a href=\"{}\">{}</a></p>",
            escape(&l10n.t(lang, "export12-print-all")),
            escape(&print),
            escape(&print)
        );
        match plan.tour {
            Some(t) => {
                let e = plan.corpus.entry(t);
                let _ = write!(
                    index,
                    "<h1>{}</h1><p>{}</p>",
                    escape(&plan.heading(l10n, lang)),
                    escape(e.summary.show(lang))
                );
                if let Some(lead) = super::added::lead(plan, l10n, lang) {
                    let _ = write!(index, "<p class=\"with-added\">{}</p>", escape(&lead));
                }
                index.push_str(&print_all);
                steps_list(&mut index, plan, l10n, lang);
                super::added::contents_html(&mut index, plan, l10n, lang);
            }
            None => {
                let _ = write!(index, "<h1>{}</h1>", escape(&plan.heading(l10n, lang)));
                index.push_str(&print_all);
                for kind in Kind::ALL {
                    let items: Vec<usize> = plan
                        .entries
                        .iter()
                        .copied()
                        .filter(|&i| plan.corpus.entry(i).kind == kind)
                        .collect();
                    let heading = l10n.t(lang, &format!("kinds-{}", kind.name()));
                    entry_list(&mut index, plan, &heading, "block", &items, lang);
                }
            }
        }
        let _ = write!(
            index,
            "<p class=\"stamp\">{}</p></section>",
            escape(&plan.stamp.line(l10n, lang))
        );
    }
    out.push((
        "index.html".to_string(),
        page(
            plan,
            l10n,
            &plan
                .own_titles()
                .unwrap_or_else(|| "Толь · toli".to_string()),
            &format!("<div class=\"{}\">{index}</div>", langs_class(plan)),
        ),
    ));
    out
}
