//! The HTML handout: `index.html`, one page per entry and `style.css` (with a print stylesheet).
//! Bodies are rendered by `body`; the print rules keep small blocks whole and a title with its
//! label and summary.

use std::fmt::Write as _;

use super::Plan;
use super::body::body_html;
use super::svg::{bar_chart, escape};
use super::tables::records_class;
use super::urls::is_external;
use crate::corpus::facts::{FactTarget, facts, group};
use crate::corpus::model::{Kind, KindFields};
use crate::corpus::values::capitalized;
use crate::figure::{Units, ordered_rows, row_texts, shared_unit};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::numeric::is_numeric_column;

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

fn figure_html(plan: &Plan, index: usize, lang: Lang) -> String {
    let e = plan.corpus.entry(index);
    let KindFields::Figure { columns, .. } = &e.fields else {
        return String::new();
    };
    let mut out = String::from("<div class=\"figure\">");
    let chart = bar_chart(e, lang);
    // A table with no columns beyond the chart's labels and values says on paper what the
    // chart above it prints (`chart-data`: left out in print, kept on screen for reading
    // values and for screen readers).
    let of_chart = chart.is_some() && columns.is_empty();
    if let Some(svg) = chart {
        out.push_str(&svg);
    }
    let rows = ordered_rows(e);
    let has_values = rows.iter().any(|r| r.value.is_some());
    // A unit every row shares heads the value column; else each value carries its own.
    let shared = shared_unit(e, lang);
    let mut heads: Vec<String> = columns.iter().map(|c| c.show(lang).to_string()).collect();
    if has_values {
        heads.push(shared.map_or(String::new(), capitalized));
    }
    let units = match shared {
        Some(_) => Units::NamedOnce,
        None => Units::OnEachRow,
    };
    let shown = row_texts(e, lang, units);
    let labels: Vec<String> = rows
        .iter()
        .zip(&shown)
        .map(|(r, t)| match r.year {
            Some(y) => format!("{} ({y})", t.label),
            None => t.label.clone(),
        })
        .collect();
    let mut texts: Vec<Vec<String>> = vec![labels.clone()];
    for (n, head) in heads.iter().enumerate() {
        let mut column = vec![head.to_string()];
        for (r, t) in rows.iter().zip(&shown) {
            column.push(match r.cells.get(n) {
                Some(c) => c.show(lang).to_string(),
                None => t.value.clone(),
            });
        }
        texts.push(column);
    }
    // Texts of the label column first, then one per column: numbers align right.
    let num: Vec<&str> = texts[1..]
        .iter()
        .map(|c| {
            if is_numeric_column(&c[1..]) {
                " class=\"num\""
            } else {
                ""
            }
        })
        .collect();
    let class = match of_chart {
        true => format!("{} chart-data", records_class(&texts)),
        false => records_class(&texts).to_string(),
    };
    let _ = write!(
        out,
        "<table class=\"{}\"><thead><tr><th></th>",
        class.trim()
    );
    for (h, num) in heads.iter().zip(&num) {
        let _ = write!(out, "<th{num}>{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    // Values with a unit of words ("19.6% of government expenditure on education") may wrap;
    // bare numbers never do.
    let values: Vec<&str> = shown.iter().map(|t| t.value.as_str()).collect();
    let value_class = match is_numeric_column(&values) {
        true => "num",
        false => "num words",
    };
    for ((r, label), t) in rows.iter().zip(&labels).zip(&shown) {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(label));
        for ((c, head), num) in r.cells.iter().zip(&heads).zip(&num) {
            let _ = write!(
                out,
                "<td{num} data-label=\"{}\">{}</td>",
                escape(head),
                escape(c.show(lang))
            );
        }
        if has_values {
            let _ = write!(
                out,
                "<td class=\"{value_class}\" data-label=\"{}\">{}</td>",
                escape(heads.last().map_or("", String::as_str)),
                escape(&t.value)
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

/// One language's part of an entry page.
pub fn section(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let corpus = plan.corpus;
    let e = corpus.entry(index);
    let mut out = format!("<section lang=\"{}\">", lang.code());
    // In a tour each page names its step, numbered as in the talk and the contents.
    // A figure shown over a step in the talk says which.
    let step = match (plan.step_number(index), plan.shown_at.get(&index)) {
        (Some(n), _) => l10n.format(lang, "print-step", &[("n", n.to_string())]),
        (None, Some(n)) => l10n.format(lang, "export5-shown-at", &[("n", n.to_string())]),
        (None, None) => String::new(),
    };
    let step = if step.is_empty() {
        step
    } else {
        format!(" · <span class=\"step\">{}</span>", escape(&step))
    };
    let _ = write!(
        out,
        "<header class=\"head\"><p class=\"kind\">{}{step}</p><h1>{}</h1><p class=\"summary\">{}</p></header>",
        escape(&l10n.t(lang, &format!("kind-{}", e.kind.name()))),
        escape(e.title.show(lang)),
        escape(e.summary.show(lang))
    );
    let mut facts = facts(corpus, index, lang);
    // A tour's steps are the numbered list below, not facts.
    facts.retain(|f| f.label != "label-steps");
    if !facts.is_empty() {
        out.push_str("<dl class=\"facts\">");
        for (label, group) in group(&facts) {
            let _ = write!(out, "<div><dt>{}</dt>", escape(&l10n.t(lang, label)));
            for f in group {
                let value = match &f.target {
                    Some(FactTarget::Entry(id)) => entry_link(plan, id, &f.value),
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
    if e.kind == Kind::Figure {
        out.push_str(&figure_html(plan, index, lang));
    }
    if let KindFields::Tour { steps } = &e.fields {
        let _ = write!(
            out,
            "<h2>{}</h2><ol class=\"steps\">",
            escape(&l10n.t(lang, "label-steps"))
        );
        for s in steps {
            let title = corpus
                .get(&s.entry)
                .map_or(s.entry.as_str(), |t| t.title.show(lang));
            let _ = write!(out, "<li>{}</li>", entry_link(plan, &s.entry, title));
        }
        out.push_str("</ol>");
    }
    out.push_str(&body_html(plan, e.body.show(lang), lang));
    // A step's charts (`f` in the talk) are pages of their own: the step names and links them.
    let shown: Vec<usize> = match plan.step_number(index) {
        Some(_) => crate::present::deck::figures_of(corpus, index)
            .into_iter()
            .filter(|&f| plan.shown_at.contains_key(&f))
            .collect(),
        None => Vec::new(),
    };
    entry_list(
        &mut out,
        plan,
        &l10n.t(lang, "export5-shown-list"),
        "block shown",
        &shown,
        lang,
    );
    if !e.sources.is_empty() {
        let _ = write!(
            out,
            "<div class=\"block\"><h2>{}</h2><ul class=\"sources\">",
            escape(&l10n.t(lang, "label-sources"))
        );
        for s in &e.sources {
            let title = corpus
                .get(&s.id)
                .map_or(s.id.as_str(), |t| t.title.show(lang));
            let _ = write!(
                out,
                "<li>{} — {}</li>",
                entry_link(plan, &s.id, title),
                escape(&s.place(lang))
            );
        }
        out.push_str("</ul></div>");
    }
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
    out.push_str("</section>");
    out
}

/// A tour's steps as a list numbered as the talk numbers them, each with the figures shown at
/// it (`f`) under it.
pub fn steps_list(out: &mut String, plan: &Plan, l10n: &Localizer, lang: Lang) {
    let link = |i: usize| {
        let e = plan.corpus.entry(i);
        entry_link(plan, &e.id, e.title.show(lang))
    };
    out.push_str("<ol class=\"steps\">");
    for (step, figures) in plan.outline() {
        let value = plan
            .step_number(step)
            .map_or(String::new(), |n| format!(" value=\"{n}\""));
        let _ = write!(out, "<li{value}>{}", link(step));
        if !figures.is_empty() {
            let _ = write!(
                out,
                "<ul class=\"shown\" aria-label=\"{}\">",
                escape(&l10n.t(lang, "export5-shown-list"))
            );
            for f in figures {
                let _ = write!(
                    out,
                    "<li>{}: {}</li>",
                    escape(&l10n.t(lang, "kind-figure")),
                    link(f)
                );
            }
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
    format!(
        "<article id=\"{}\" class=\"kind-{}\"><div class=\"{}\">{sections}</div></article>",
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

/// The site's files, as (name, contents): `style.css`, `index.html` and one page per entry.
pub fn files(plan: &Plan, l10n: &Localizer) -> Vec<(String, String)> {
    let mut out = vec![("style.css".to_string(), STYLE.to_string())];
    for &i in &plan.entries {
        let html = page(plan, l10n, &title(plan, i), &article(plan, l10n, i));
        out.push((format!("{}.html", plan.corpus.entry(i).id), html));
    }
    let mut index = String::new();
    for &lang in &plan.langs {
        let _ = write!(index, "<section lang=\"{}\">", lang.code());
        match plan.tour {
            Some(t) => {
                let e = plan.corpus.entry(t);
                let _ = write!(
                    index,
                    "<h1>{}</h1><p>{}</p>",
                    escape(e.title.show(lang)),
                    escape(e.summary.show(lang))
                );
                steps_list(&mut index, plan, l10n, lang);
            }
            None => {
                let _ = write!(index, "<h1>{}</h1>", escape(&l10n.t(lang, "export-title")));
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
            "Толь · toli",
            &format!("<div class=\"{}\">{index}</div>", langs_class(plan)),
        ),
    ));
    out
}
