//! The kind's facts in the entry document: short facts sharing a line, a label with several
//! values said once, then what only the app draws — a stage's stepper, a figure's chart or
//! table.

use ratatui::style::Style;

use super::Doc;
use crate::corpus::facts::{Fact, FactTarget, facts, group};
use crate::corpus::model::KindFields;
use crate::inert::inert;
use crate::markdown::render::Target;
use crate::markdown::wrap::{Glyph, glyphs, width};
use crate::reading::is_relation;

/// A fact's value: a link to the entry or address it names, else its text; marked when it
/// falls back to the other language.
fn fact_value(d: &mut Doc<'_>, f: &Fact) -> Vec<Glyph> {
    let mut g = match &f.target {
        Some(FactTarget::Entry(id)) => d.entry_link(id),
        Some(FactTarget::Url(u)) => {
            let n = d.r.add_target(Target::Url(u.clone()));
            glyphs(&inert(u), d.th.link, Some(n))
        }
        None => d.txt(&f.value, Style::default()),
    };
    if f.fallback {
        let marker = format!(" [{}]", d.t("label-missing-translation"));
        g.extend(d.txt(&marker, d.th.dim));
    }
    g
}

/// The kind's facts (src/corpus/facts.rs) as labelled lines — a list under a heading where one
/// label has several values — then what only the app draws: a stage's stepper, a figure.
/// Links between findings and actions are relations ([`crate::reading::relations`]).
pub(super) fn header(d: &mut Doc<'_>, index: usize) {
    let e = d.app.corpus.entry(index);
    let facts = facts(&d.app.corpus, index, d.lang);
    let shown: Vec<Fact> = facts
        .into_iter()
        .filter(|f| !is_relation(f.label))
        .collect();
    // Short facts share a line ("Type: law · Country: Mongolia · Year: 2012"), so that the
    // body starts sooner; a label with several values is said once, its values one a line.
    let mut line: Vec<Glyph> = Vec::new();
    for (label, group) in group(&shown) {
        if group.len() > 1 && group.iter().all(|f| f.entry().is_some()) {
            d.flush_facts(&mut line);
            let items: Vec<(String, String)> = group
                .iter()
                .filter_map(|f| f.entry().map(|id| (id.to_string(), String::new())))
                .collect();
            d.link_list(label, &items, false);
            continue;
        }
        let head = d.txt(&format!("{}: ", d.t(label)), d.th.dim);
        let indent = width(&head);
        for (n, f) in group.iter().enumerate() {
            let mut g = if n == 0 {
                head.clone()
            } else {
                d.txt(&" ".repeat(indent), Style::default())
            };
            g.extend(fact_value(d, f));
            if group.len() > 1 {
                d.flush_facts(&mut line);
                let hang = if indent <= d.width / 3 { indent } else { 2 };
                d.para(&g, hang);
            } else if !line.is_empty() && width(&line) + 3 + width(&g) <= d.width {
                line.extend(d.txt(" · ", d.th.dim));
                line.extend(g);
            } else {
                d.flush_facts(&mut line);
                line = g;
            }
        }
    }
    d.flush_facts(&mut line);
    match &e.fields {
        KindFields::Stage { model, .. } => d.stepper(model, index),
        KindFields::Figure { .. } if crate::figure::text::is_table(e) => {
            // Tables as `toli show` lays them out: fit to the width, whole words, one record
            // per row when the columns do not fit.
            let width = d.width;
            for (n, line) in crate::figure::text::render(e, d.lang, width)
                .iter()
                .enumerate()
            {
                let style = if n == 0 {
                    d.th.heading
                } else {
                    Style::default()
                };
                // Already fitted to the width: wrapping again would break its last words off.
                let g = d.txt(line, style);
                d.r.push(&g);
            }
        }
        KindFields::Figure { .. } => {
            // The figure widget's drawing (bars or a table, sources under it) as lines.
            let title_of = |id: &str| {
                d.app
                    .corpus
                    .get(id)
                    .map(|s| s.title.show(d.lang).to_string())
            };
            let view = crate::ui::figure::FigureView {
                entry: e,
                lang: d.lang,
                th: &d.th,
                title: false,
                source_title: Some(&title_of),
            };
            let width = d.width.min(u16::MAX as usize) as u16;
            for line in crate::ui::figure::document_lines(view, width) {
                d.r.push(&line);
            }
        }
        _ => {}
    }
}
