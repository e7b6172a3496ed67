//! `toli figure`: list the figures, or print one as text, JSON or CSV.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::listing::{self, Row};
use super::width::{listing_width, text_width};
use super::{CmdResult, Context, Failure};
use crate::corpus::model::{Kind, KindFields};
use crate::figure::{ordered_rows, text, year};
use crate::inert::inert;
use crate::lang::Lang;
use crate::markdown::wrap::wrap_words;

/// Output format of one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
}

pub fn run(ctx: &Context, out: &mut impl Write, id: Option<&str>, format: Format) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let Some(id) = id else {
        let figures = corpus.of_kind_in(Kind::Figure, ctx.lang);
        if format == Format::Json {
            let items: Vec<_> = figures
                .iter()
                .map(|&i| {
                    let e = corpus.entry(i);
                    json!({"id": e.id, "title": {"en": e.title.en, "mn": e.title.mn}})
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &items)?;
            writeln!(out)?;
        } else {
            let rows: Vec<Row> = figures
                .iter()
                .map(|&i| Row {
                    id: corpus.id(i).to_string(),
                    kind: None,
                    title: inert(corpus.title(i, ctx.lang)).into_owned(),
                })
                .collect();
            for line in listing::lines(&rows, listing_width()) {
                writeln!(out, "{line}")?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    };
    let entry = corpus
        .get(id)
        .filter(|e| e.kind == Kind::Figure)
        .ok_or_else(|| {
            // A figure id spelt almost so, else the figure its words name (`ict`), as
            // `toli show` guesses an entry.
            let message = ctx.t("cli-no-figure", &[("id", id.to_string())]);
            let figures = ctx.ids(Some(Kind::Figure));
            let guess = (crate::suggest::closest(id, figures).map(str::to_string))
                .or_else(|| ctx.guess_entry_of(id, Some(Kind::Figure)));
            Failure::Message(ctx.with_guess(message, guess.as_deref()))
        })?;
    let KindFields::Figure {
        unit,
        columns,
        label_column,
        ..
    } = &entry.fields
    else {
        return Ok(ExitCode::FAILURE);
    };
    let rows = ordered_rows(entry);
    match format {
        Format::Text => {
            let width = text_width();
            for part in wrap_words(&inert(entry.title.show(ctx.lang)), width, 0) {
                writeln!(out, "{part}")?;
            }
            writeln!(out)?;
            for line in text::render(entry, ctx.lang, width) {
                writeln!(out, "{}", inert(&line))?;
            }
            // One source on the label's line; several under one label, one a line, each
            // source's further lines indented under its first.
            let label = ctx.t("label-sources", &[]);
            let several = entry.sources.len() > 1;
            for (n, s) in entry.sources.iter().enumerate() {
                if n == 0 {
                    writeln!(out)?;
                    if several {
                        writeln!(out, "{label}:")?;
                    }
                }
                let title = corpus
                    .get(&s.id)
                    .map_or(s.id.as_str(), |e| e.title.show(ctx.lang));
                let place = s.place(ctx.lang);
                let source = match place.is_empty() {
                    true => title.to_string(),
                    false => format!("{title} — {place}"),
                };
                let (line, indent) = match several {
                    true => (format!("  {source}"), 4),
                    false => (format!("{label}: {source}"), 2),
                };
                for part in wrap_words(&inert(&line), width, indent) {
                    writeln!(out, "{part}")?;
                }
            }
        }
        Format::Json => {
            let source = entry
                .sources
                .first()
                .map(|s| json!({"id": s.id, "locator": s.locator.show(Lang::En), "locator_label": s.place(ctx.lang)}));
            let v = json!({
                "id": entry.id,
                "title": {"en": entry.title.en, "mn": entry.title.mn},
                "unit": unit.as_ref().map(|u| json!({"en": u.en, "mn": u.mn})),
                "source": source,
                "columns": columns.iter().map(|c| json!({"en": c.en, "mn": c.mn})).collect::<Vec<_>>(),
                "label_column": label_column.as_ref().map(|c| json!({"en": c.en, "mn": c.mn})),
                "rows": rows.iter().map(|r| json!({
                    "label": {"en": r.label.en, "mn": r.label.mn},
                    "value": r.value,
                    "year": r.year,
                    "cells": r.cells.iter().map(|c| json!({"en": c.en, "mn": c.mn})).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            let mut header = vec!["label_en".to_string(), "label_mn".to_string()];
            for (i, c) in columns.iter().enumerate() {
                for lang in Lang::ALL {
                    header.push(format!(
                        "{}_{}",
                        c.get(Lang::En)
                            .map_or(format!("col{i}"), |s| s.to_lowercase().replace(' ', "_")),
                        lang.code()
                    ));
                }
            }
            header.extend(["value", "unit_en", "unit_mn"].map(String::from));
            // The year of each row, its own or the title's for all; a column no row fills
            // is left out.
            let years = year::row_years(&entry.title, &rows);
            let dated = years.iter().any(Option::is_some);
            if dated {
                header.push("year".to_string());
            }
            w.write_record(&header).map_err(csv_error)?;
            for (r, y) in rows.iter().zip(&years) {
                let mut rec = vec![
                    r.label.show(Lang::En).to_string(),
                    r.label.show(Lang::Mn).to_string(),
                ];
                for c in &r.cells {
                    rec.push(c.show(Lang::En).to_string());
                    rec.push(c.show(Lang::Mn).to_string());
                }
                let u = r.unit.as_ref().or(unit.as_ref());
                rec.push(r.value.map(|v| v.to_string()).unwrap_or_default());
                rec.push(u.map(|u| u.show(Lang::En).to_string()).unwrap_or_default());
                rec.push(u.map(|u| u.show(Lang::Mn).to_string()).unwrap_or_default());
                if dated {
                    rec.push(y.map(|y| y.to_string()).unwrap_or_default());
                }
                w.write_record(&rec).map_err(csv_error)?;
            }
            w.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn csv_error(e: csv::Error) -> Failure {
    Failure::Io(std::io::Error::other(e))
}
