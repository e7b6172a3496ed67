//! `toli show`: one entry as readable text in the chosen language, or as JSON.
//!
//! Text output is plain (no escape sequences) and every string from content is made inert.

use std::io::Write;
use std::process::ExitCode;

use super::{CmdResult, Context, Failure, json};
use crate::corpus::model::{Bi, KeyFigure, KindFields};
use crate::inert::inert;
use crate::lang::Lang;

pub fn run(ctx: &Context, out: &mut impl Write, id: &str, as_json: bool) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let Some(index) = corpus.index_of(id) else {
        return Err(Failure::Message(
            ctx.t("cli-no-entry", &[("id", id.to_string())]),
        ));
    };
    if as_json {
        serde_json::to_writer_pretty(&mut *out, &json::entry(corpus, index))?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    for line in text_lines(ctx, index) {
        writeln!(out, "{}", inert(&line))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The entry as lines of plain text.
pub fn text_lines(ctx: &Context, index: usize) -> Vec<String> {
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
    let title_of = |i: usize| corpus.entry(i).title.show(lang).to_string();
    let mut lines = Vec::new();
    let title = text(&e.title);
    lines.push(title.clone());
    lines.push("=".repeat(unicode_width::UnicodeWidthStr::width(title.as_str()).max(3)));
    lines.push(format!(
        "{} · {}",
        ctx.t(&format!("kind-{}", e.kind.name()), &[]),
        e.id
    ));
    lines.push(String::new());
    lines.push(text(&e.summary));
    lines.push(String::new());
    let mut field =
        |label: &str, value: String| lines.push(format!("{}: {value}", ctx.t(label, &[])));
    let figure = |f: &KeyFigure| {
        let unit = f
            .unit
            .as_ref()
            .map(|u| format!(" {}", u.show(lang)))
            .unwrap_or_default();
        let year = f.year.map(|y| format!(" ({y})")).unwrap_or_default();
        format!("{}: {}{unit}{year}", f.label.show(lang), f.value)
    };
    match &e.fields {
        KindFields::Definition { defined_by } => {
            if let Some(d) = defined_by {
                field("label-defined-by", d.clone());
            }
        }
        KindFields::Stage {
            model,
            position,
            period,
        } => {
            let total = corpus.stages_of(model).len();
            let model_title = corpus
                .get(model)
                .map_or(model.clone(), |m| m.title.show(lang).to_string());
            field("label-model", model_title);
            field("label-position", format!("{position} / {total}"));
            if let Some(p) = period {
                field("label-period", p.clone());
            }
        }
        KindFields::Policy {
            country,
            year,
            policy_type,
            responsible_body,
            instrument,
        } => {
            field("label-country", country.clone());
            if let Some(y) = year {
                field("label-year", y.to_string());
            }
            field("label-type", format!("{policy_type:?}").to_lowercase());
            if let Some(b) = responsible_body {
                field("label-responsible-body", text(b));
            }
            if let Some(i) = instrument {
                field("label-instrument", i.clone());
            }
        }
        KindFields::Case {
            country,
            case_type,
            ownership,
            established,
            status,
            sector,
            key_figures,
            ..
        } => {
            field("label-type", case_type.clone());
            field("label-country", country.clone());
            if let Some(o) = ownership {
                field("label-ownership", o.clone());
            }
            if let Some(y) = established {
                field("label-established", y.to_string());
            }
            if let Some(s) = status {
                field("label-status", text(s));
            }
            if !sector.is_empty() {
                field("label-sector", sector.join(", "));
            }
            for f in key_figures {
                field("label-key-figures", figure(f));
            }
        }
        KindFields::Finding {
            addressed_by,
            evidence,
            ..
        } => {
            for f in evidence {
                field("label-evidence", figure(f));
            }
            for a in addressed_by {
                let t = corpus.index_of(a).map_or(a.clone(), title_of);
                field("label-addressed-by", format!("{t} ({a})"));
            }
        }
        KindFields::Recommendation { challenge, actions } => {
            field("label-challenge", text(challenge));
            for a in actions {
                let t = corpus.index_of(a).map_or(a.clone(), title_of);
                field("label-actions", format!("{t} ({a})"));
            }
        }
        KindFields::Action { actor } => {
            if let Some(r) = corpus.recommendation_of(index) {
                field(
                    "label-recommendation",
                    format!("{} ({})", title_of(r), corpus.entry(r).id),
                );
            }
            if let Some(a) = actor {
                field("label-actor", text(a));
            }
            for f in corpus.addresses(index) {
                field(
                    "label-addresses",
                    format!("{} ({})", title_of(f), corpus.entry(f).id),
                );
            }
        }
        KindFields::Source {
            author,
            year,
            publisher,
            url,
            document,
        } => {
            field("label-author", author.clone());
            if let Some(y) = year {
                field("label-year", y.to_string());
            }
            if let Some(p) = publisher {
                field("label-publisher", p.clone());
            }
            if let Some(u) = url {
                field("label-url", u.clone());
            }
            if let Some(d) = document {
                field("label-document", d.clone());
            }
        }
        KindFields::Figure { .. } => {
            lines.extend(crate::figure::text::render(e, lang, 72));
        }
        KindFields::Tour { steps } => {
            for (n, s) in steps.iter().enumerate() {
                let t = corpus.index_of(&s.entry).map_or(s.entry.clone(), title_of);
                field("label-steps", format!("{}. {t}", n + 1));
            }
        }
    }
    lines.push(String::new());
    let (body, fallback) = e.body.text(lang);
    if fallback {
        lines.push(format!("[{}]", ctx.t("label-missing-translation", &[])));
    }
    lines.extend(body.lines().map(str::to_string));
    if !e.sources.is_empty() {
        lines.push(String::new());
        lines.push(ctx.t("label-sources", &[]));
        for s in &e.sources {
            let t = corpus.index_of(&s.id).map_or(s.id.clone(), title_of);
            lines.push(format!("  - {t} — {}", s.locator));
        }
    }
    let back = corpus.backlinks(index);
    if !back.is_empty() {
        lines.push(String::new());
        lines.push(ctx.t("label-backlinks", &[]));
        for &b in back {
            lines.push(format!("  - {} ({})", title_of(b), corpus.entry(b).id));
        }
    }
    let _ = Lang::En;
    lines
}
