//! `toli show`: one entry as readable text in the chosen language, or as JSON.
//!
//! Text output is plain (no escape sequences) and every string from content is made inert.

use std::io::Write;
use std::process::ExitCode;

use super::{CmdResult, Context, Failure, json};
use crate::corpus::facts::{Fact, facts, group};
use crate::corpus::model::{Bi, Kind, KindFields};
use crate::inert::inert;
use crate::markdown::render::{MdStyles, render_marking};
use crate::markdown::wrap::{str_width, wrap_words};
use crate::reading::{ORDER, Section, is_relation, related_ids, relations};

pub fn run(ctx: &Context, out: &mut impl Write, id: &str, as_json: bool) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let Some(index) = corpus.index_of(id) else {
        return Err(Failure::Message(ctx.missing_entry(id)));
    };
    if as_json {
        serde_json::to_writer_pretty(&mut *out, &json::entry(corpus, index, ctx.lang))?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    for line in text_lines(ctx, index) {
        writeln!(out, "{}", inert(&line))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The entry as lines of plain text, wrapped at the terminal's width (80 columns into a pipe).
pub fn text_lines(ctx: &Context, index: usize) -> Vec<String> {
    let mut lines: Vec<String> = text_sections(ctx, index, super::width::text_width())
        .into_iter()
        .flat_map(|(_, lines)| lines)
        .collect();
    // Sections that print nothing leave no run of blank lines behind.
    lines.dedup_by(|a, b| a.is_empty() && b.is_empty());
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// The entry's sections in [`ORDER`], each with its lines (empty sections left out), `width`
/// columns wide.
pub fn text_sections(ctx: &Context, index: usize, width: usize) -> Vec<(Section, Vec<String>)> {
    ORDER
        .iter()
        .map(|&s| (s, section(ctx, index, width, s)))
        .filter(|(_, lines)| !lines.is_empty())
        .collect()
}

fn section(ctx: &Context, index: usize, width: usize, section: Section) -> Vec<String> {
    let corpus = &ctx.outcome.corpus;
    let lang = ctx.lang;
    let e = corpus.entry(index);
    let missing = ctx.t("label-missing-translation", &[]);
    let text = |b: &Bi<String>| -> String {
        let (t, fallback) = b.text(lang);
        if fallback {
            format!("{t} [{missing}]")
        } else {
            t.to_string()
        }
    };
    let title_of = |i: usize| corpus.title(i, lang).to_string();
    // A link to an id no entry has says so in plain words, with `toli check`'s suggestion.
    let broken = |id: &str| crate::reading::broken_link(corpus, &ctx.l10n, lang, id);
    let id_title = |id: &str| {
        corpus
            .index_of(id)
            .map_or_else(|| broken(id).unwrap_or_else(|| id.to_string()), title_of)
    };
    let mut lines = Vec::new();
    match section {
        Section::Title => {
            let title = wrap_words(&text(&e.title), width, 0);
            let underline = title.iter().map(|l| str_width(l)).max().unwrap_or(0);
            lines.extend(title);
            lines.push("=".repeat(underline.max(3)));
            lines.push(format!(
                "{} · {}",
                ctx.t(&format!("kind-{}", e.kind.name()), &[]),
                e.id
            ));
        }
        Section::Source => {
            if let Some(source) = crate::corpus::facts::source_line(corpus, index, lang) {
                let more = |id: &str, n: usize| ctx.t(id, &[("count", n.to_string())]);
                let line = format!(
                    "{}: {}{}",
                    ctx.t("reading-source", &[]),
                    source.title,
                    source.tail(more)
                );
                lines.extend(wrap_words(&line, width, 2));
            }
        }
        Section::Summary => {
            lines.push(String::new());
            lines.extend(wrap_words(&text(&e.summary), width, 0));
            lines.push(String::new());
        }
        Section::Note => {}
        Section::Facts => {
            let all: Vec<Fact> = facts(corpus, index, lang)
                .into_iter()
                .filter(|f| !is_relation(f.label))
                .collect();
            let value = |f: &Fact| {
                let mut v = match f.entry() {
                    Some(id) => format!("{} ({id})", f.value),
                    None => f.value.clone(),
                };
                if f.fallback {
                    v.push_str(&format!(" [{missing}]"));
                }
                v
            };
            for (label, group) in group(&all) {
                match group {
                    [one] => lines.extend(wrap_words(
                        &format!("{}: {}", ctx.t(label, &[]), value(one)),
                        width,
                        2,
                    )),
                    many => {
                        lines.push(format!("{}:", ctx.t(label, &[])));
                        for f in many {
                            lines.extend(wrap_words(&format!("  - {}", value(f)), width, 4));
                        }
                    }
                }
            }
            if e.kind == Kind::Figure {
                lines.push(String::new());
                lines.extend(crate::figure::text::render(e, lang, width));
            }
        }
        Section::Relations => {
            for (label, ids) in relations(corpus, index, lang) {
                lines.push(String::new());
                lines.push(format!("{}:", ctx.t(label, &[])));
                // A tour's steps are numbered, as `g` in a presentation counts them.
                let digits = ids.len().to_string().len();
                for (n, id) in ids.iter().enumerate() {
                    let (mark, hang) = if label == crate::reading::STEPS {
                        (format!("{:>digits$}.", n + 1), digits + 4)
                    } else {
                        ("-".to_string(), 4)
                    };
                    // A step's planned time, where the tour gives one.
                    let planned = match (&e.fields, label == crate::reading::STEPS) {
                        (KindFields::Tour { steps }, true) => steps
                            .get(n)
                            .and_then(|s| s.minutes)
                            .map(|m| {
                                let minutes = m.to_string();
                                format!(
                                    " · {}",
                                    ctx.t("show-step-minutes", &[("minutes", minutes)])
                                )
                            })
                            .unwrap_or_default(),
                        _ => String::new(),
                    };
                    let named = match corpus.index_of(id) {
                        Some(_) => format!("{} ({id})", id_title(id)),
                        None => id_title(id),
                    };
                    lines.extend(wrap_words(
                        &format!("  {mark} {named}{planned}"),
                        width,
                        hang,
                    ));
                }
            }
        }
        Section::Body => {
            lines.push(String::new());
            let (body, fallback) = e.body.text(lang);
            if fallback {
                lines.push(format!("[{missing}]"));
            }
            // The body through the app's own Markdown converter: wiki links show titles, tables
            // are drawn.
            let link_title = |id: &str| crate::corpus::prose_title::of(corpus, id, lang);
            let rendered = render_marking(body, width, &MdStyles::default(), &link_title, &broken);
            lines.extend(rendered.texts.iter().map(|l| l.trim_end().to_string()));
        }
        Section::Links => {
            let titles: Vec<String> = e.related.iter().map(|r| id_title(r)).collect();
            compact(ctx, &mut lines, "label-links", &titles, width);
        }
        Section::Backlinks => {
            let skip = related_ids(corpus, index, lang);
            let mut shown: Vec<usize> = corpus
                .backlinks(index)
                .iter()
                .copied()
                .filter(|&b| !skip.iter().any(|s| s == corpus.id(b)))
                .collect();
            // In the reader's alphabetical order of titles, as the app lists them.
            shown.sort_by_key(|&b| corpus.title_rank(b, lang));
            let titles: Vec<String> = shown.into_iter().map(title_of).collect();
            compact(ctx, &mut lines, "label-backlinks", &titles, width);
        }
        Section::Sources => {
            let sources = crate::corpus::facts::sources_listed(e, lang);
            if !sources.is_empty() {
                lines.push(String::new());
                let count = sources.len().to_string();
                let label = ctx.t("label-sources", &[]);
                lines.push(ctx.t("reading-count", &[("label", label), ("count", count)]));
                for (id, place) in &sources {
                    lines.extend(wrap_words(
                        &format!("  - {} — {}", id_title(id), place),
                        width,
                        4,
                    ));
                }
            }
        }
    }
    lines
}

/// A count line and the titles run together: `Links (3)` then `A · B · C` wrapped.
fn compact(ctx: &Context, lines: &mut Vec<String>, label: &str, titles: &[String], width: usize) {
    if titles.is_empty() {
        return;
    }
    lines.push(String::new());
    let label = ctx.t(label, &[]);
    let count = titles.len().to_string();
    lines.push(ctx.t("reading-count", &[("label", label), ("count", count)]));
    lines.extend(wrap_words(&titles.join(" · "), width, 0));
}
