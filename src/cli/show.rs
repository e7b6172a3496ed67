//! `toli show`: one entry as readable text in the chosen language, or as JSON.
//!
//! Text output is plain (no escape sequences) and every string from content is made inert.

use std::io::Write;
use std::process::ExitCode;

use super::{CmdResult, Context, Failure, json};
use crate::corpus::facts::{Fact, facts, group};
use crate::corpus::model::{Bi, Kind};
use crate::inert::inert;
use crate::markdown::render::{MdStyles, render};
use crate::markdown::wrap::{str_width, wrap_words};

pub fn run(ctx: &Context, out: &mut impl Write, id: &str, as_json: bool) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let Some(index) = corpus.index_of(id) else {
        let message = ctx.t("cli-no-entry", &[("id", id.to_string())]);
        return Err(Failure::Message(ctx.suggesting(message, id, ctx.ids(None))));
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

/// Wrap width: the terminal's when printing to one, else 80 columns.
fn text_width() -> usize {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w).clamp(20, 120))
    } else {
        80
    }
}

/// The entry as lines of plain text, wrapped at the terminal's width (80 columns into a pipe).
pub fn text_lines(ctx: &Context, index: usize) -> Vec<String> {
    let width = text_width();
    let corpus = &ctx.outcome.corpus;
    let lang = ctx.lang;
    let e = corpus.entry(index);
    let text = |b: &Bi<String>| -> String {
        let (t, fallback) = b.text(lang);
        if fallback {
            format!("{t} [{}]", ctx.t("label-missing-translation", &[]))
        } else {
            t.to_string()
        }
    };
    let title_of = |i: usize| corpus.title(i, lang).to_string();
    let mut lines = Vec::new();
    let title = wrap_words(&text(&e.title), width, 0);
    let underline = title.iter().map(|l| str_width(l)).max().unwrap_or(0);
    lines.extend(title);
    lines.push("=".repeat(underline.max(3)));
    lines.push(format!(
        "{} · {}",
        ctx.t(&format!("kind-{}", e.kind.name()), &[]),
        e.id
    ));
    lines.push(String::new());
    lines.extend(wrap_words(&text(&e.summary), width, 0));
    lines.push(String::new());
    let all = facts(corpus, index, lang);
    let missing = ctx.t("label-missing-translation", &[]);
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
    lines.push(String::new());
    let (body, fallback) = e.body.text(lang);
    if fallback {
        lines.push(format!("[{}]", ctx.t("label-missing-translation", &[])));
    }
    // The body through the app's own Markdown converter: wiki links show titles, tables are drawn.
    let id_title = |id: &str| corpus.index_of(id).map(title_of);
    let rendered = render(body, width, &MdStyles::default(), &id_title);
    lines.extend(rendered.texts.iter().map(|l| l.trim_end().to_string()));
    if !e.sources.is_empty() {
        lines.push(String::new());
        lines.push(ctx.t("label-sources", &[]));
        for s in &e.sources {
            let t = corpus.index_of(&s.id).map_or(s.id.clone(), title_of);
            lines.extend(wrap_words(
                &format!("  - {t} — {}", s.place(lang)),
                width,
                4,
            ));
        }
    }
    let back = corpus.backlinks(index);
    if !back.is_empty() {
        lines.push(String::new());
        lines.push(ctx.t("label-backlinks", &[]));
        for &b in back {
            lines.extend(wrap_words(
                &format!("  - {} ({})", title_of(b), corpus.id(b)),
                width,
                4,
            ));
        }
    }
    // Sections that print nothing leave no run of blank lines behind.
    lines.dedup_by(|a, b| a.is_empty() && b.is_empty());
    lines
}
