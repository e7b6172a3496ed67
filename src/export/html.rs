//! The HTML handout: `index.html`, one page per entry and `style.css` (with a print stylesheet).
//! Markdown bodies go through pulldown-cmark with raw HTML turned into text and links rewritten
//! to the pages of the handout.

use std::fmt::Write as _;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd};

use super::Plan;
use super::svg::{bar_chart, escape};
use crate::corpus::facts::{facts, group};
use crate::corpus::model::{Kind, KindFields};
use crate::corpus::values::number;
use crate::figure::{ordered_rows, row_unit};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::markdown::links::is_entry_id;

const STYLE: &str = r#"body{font-family:system-ui,"Noto Sans","DejaVu Sans",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
a{color:#0b57a4}nav{margin-bottom:1rem}.kind{color:#555;text-transform:uppercase;font-size:.8rem;letter-spacing:.05em}
.langs{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:2rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:600}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}td.num{text-align:right}
.figure{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}svg.chart text{font-size:13px;fill:#1b1b1b}svg.chart rect{fill:#0072b2}
blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1rem;color:#333}
@media print{nav{display:none}body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}
.langs{display:block}section{break-inside:avoid-page}article{break-after:page}svg.chart rect{fill:#444}}
"#;

/// Markdown to HTML, with entry links pointing at handout pages (or plain text when the entry
/// is not in the handout), wiki links showing the target's title, and raw HTML escaped.
pub fn body_html(plan: &Plan, markdown: &str, lang: Lang) -> String {
    let mut events: Vec<Event> = Vec::new();
    let mut open_links: Vec<bool> = Vec::new();
    let mut wiki_title: Option<String> = None;
    for event in Parser::new_ext(markdown, crate::markdown::options()) {
        match event {
            Event::Html(s) | Event::InlineHtml(s) => events.push(Event::Text(s)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let target = dest_url.trim().to_string();
                let wiki = matches!(link_type, LinkType::WikiLink { has_pothole: false });
                let entry = matches!(link_type, LinkType::WikiLink { .. }) || is_entry_id(&target);
                if wiki {
                    wiki_title = Some(
                        plan.corpus
                            .get(&target)
                            .map_or(target.clone(), |e| e.title.show(lang).to_string()),
                    );
                }
                let href = if entry {
                    plan.has_id(&target).then(|| format!("{target}.html"))
                } else if target.starts_with("https://")
                    || target.starts_with("http://")
                    || target.starts_with("mailto:")
                {
                    Some(target)
                } else {
                    None
                };
                open_links.push(href.is_some());
                if let Some(href) = href {
                    events.push(Event::Start(Tag::Link {
                        link_type: LinkType::Inline,
                        dest_url: CowStr::from(href),
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                wiki_title = None;
                if open_links.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Text(t) => match &wiki_title {
                Some(title) => events.push(Event::Text(CowStr::from(title.clone()))),
                None => events.push(Event::Text(t)),
            },
            // Handouts work offline: images become their alt text.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

fn entry_link(plan: &Plan, id: &str, text: &str) -> String {
    if plan.has_id(id) {
        format!("<a href=\"{}.html\">{}</a>", escape(id), escape(text))
    } else {
        escape(text)
    }
}

fn figure_html(plan: &Plan, index: usize, lang: Lang) -> String {
    let e = plan.corpus.entry(index);
    let KindFields::Figure { columns, unit, .. } = &e.fields else {
        return String::new();
    };
    let mut out = String::from("<div class=\"figure\">");
    if let Some(svg) = bar_chart(e, lang) {
        out.push_str(&svg);
    }
    out.push_str("<table><thead><tr><th></th>");
    for c in columns {
        let _ = write!(out, "<th>{}</th>", escape(c.show(lang)));
    }
    let rows = ordered_rows(e);
    let has_values = rows.iter().any(|r| r.value.is_some());
    if has_values {
        let _ = write!(
            out,
            "<th>{}</th>",
            escape(unit.as_ref().map_or("", |u| u.show(lang)))
        );
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        let label = match r.year {
            Some(y) => format!("{} ({y})", r.label.show(lang)),
            None => r.label.show(lang).to_string(),
        };
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(&label));
        for c in &r.cells {
            let _ = write!(out, "<td>{}</td>", escape(c.show(lang)));
        }
        if has_values {
            let _ = write!(
                out,
                "<td class=\"num\">{}</td>",
                r.value
                    .map(|v| number(v, row_unit(e, r, lang).is_some()))
                    .unwrap_or_default()
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

/// One language's part of an entry page.
fn section(plan: &Plan, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let corpus = plan.corpus;
    let e = corpus.entry(index);
    let mut out = format!("<section lang=\"{}\">", lang.code());
    let _ = write!(
        out,
        "<p class=\"kind\">{}</p><h1>{}</h1><p><em>{}</em></p>",
        escape(&l10n.t(lang, &format!("kind-{}", e.kind.name()))),
        escape(e.title.show(lang)),
        escape(e.summary.show(lang))
    );
    let facts = facts(corpus, index, lang);
    if !facts.is_empty() {
        out.push_str("<dl class=\"facts\">");
        for (label, group) in group(&facts) {
            let _ = write!(out, "<dt>{}</dt>", escape(&l10n.t(lang, label)));
            for f in group {
                let value = match f.entry() {
                    Some(id) => entry_link(plan, id, &f.value),
                    None => escape(&f.value),
                };
                let _ = write!(out, "<dd>{value}</dd>");
            }
        }
        out.push_str("</dl>");
    }
    if e.kind == Kind::Figure {
        out.push_str(&figure_html(plan, index, lang));
    }
    if let KindFields::Tour { steps } = &e.fields {
        out.push_str("<ol>");
        for s in steps {
            let title = corpus
                .get(&s.entry)
                .map_or(s.entry.as_str(), |t| t.title.show(lang));
            let _ = write!(out, "<li>{}</li>", entry_link(plan, &s.entry, title));
        }
        out.push_str("</ol>");
    }
    out.push_str(&body_html(plan, e.body.show(lang), lang));
    if !e.sources.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2><ul>",
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
        out.push_str("</ul>");
    }
    let back: Vec<usize> = corpus
        .backlinks(index)
        .iter()
        .copied()
        .filter(|&b| plan.has(b))
        .collect();
    entry_list(
        &mut out,
        plan,
        &l10n.t(lang, "label-backlinks"),
        &back,
        lang,
    );
    out.push_str("</section>");
    out
}

/// A heading over a list of links to entries (nothing when `items` is empty).
fn entry_list(out: &mut String, plan: &Plan, heading: &str, items: &[usize], lang: Lang) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<h2>{}</h2><ul>", escape(heading));
    for &i in items {
        let e = plan.corpus.entry(i);
        let _ = write!(
            out,
            "<li>{}</li>",
            entry_link(plan, &e.id, e.title.show(lang))
        );
    }
    out.push_str("</ul>");
}

fn page(plan: &Plan, title: &str, content: &str) -> String {
    let lang = plan.langs.first().map_or("en", |l| l.code());
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><link rel=\"stylesheet\" href=\"style.css\"></head><body><nav><a href=\"index.html\">Толь · toli</a></nav>{content}</body></html>\n",
        escape(title)
    )
}

/// Writes the site; returns the number of entry pages.
pub fn write(plan: &Plan, out: &Path, l10n: &Localizer) -> std::io::Result<usize> {
    std::fs::write(out.join("style.css"), STYLE)?;
    for &i in &plan.entries {
        let e = plan.corpus.entry(i);
        let sections: String = plan
            .langs
            .iter()
            .map(|&l| section(plan, l10n, i, l))
            .collect();
        let title = plan
            .langs
            .iter()
            .map(|&l| e.title.show(l))
            .collect::<Vec<_>>()
            .join(" / ");
        let html = page(
            plan,
            &title,
            &format!("<article><div class=\"langs\">{sections}</div></article>"),
        );
        std::fs::write(out.join(format!("{}.html", e.id)), html)?;
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
                index.push_str("<ol>");
                for &i in &plan.entries[1..] {
                    let e = plan.corpus.entry(i);
                    let _ = write!(
                        index,
                        "<li>{}</li>",
                        entry_link(plan, &e.id, e.title.show(lang))
                    );
                }
                index.push_str("</ol>");
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
                    entry_list(&mut index, plan, &heading, &items, lang);
                }
            }
        }
        index.push_str("</section>");
    }
    std::fs::write(
        out.join("index.html"),
        page(
            plan,
            "Толь · toli",
            &format!("<div class=\"langs\">{index}</div>"),
        ),
    )?;
    Ok(plan.entries.len())
}
