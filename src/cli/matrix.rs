//! `toli matrix`: the findings × actions matrix as text, JSON or CSV.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::listing::wrapped;
use super::width::{listing_width, stderr_width};
use super::{CmdResult, Context, Failure};
use crate::inert::inert;
use crate::lang::Lang;
use crate::matrix::{Mark, Matrix};

/// How far a finding's title continues indented, when it wraps.
const FINDING_HANG: usize = 2;
/// How far an action's title continues indented: under the title, after `  → `.
const ACTION_HANG: usize = 4;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
}

fn symbol(mark: Option<Mark>) -> &'static str {
    match mark {
        Some(Mark::Direct) => "x",
        Some(Mark::Recommendation) => "o",
        None => "",
    }
}

pub fn run(ctx: &Context, out: &mut impl Write, format: Format) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let m = Matrix::build(corpus, ctx.lang);
    let id = |i: usize| corpus.entry(i).id.clone();
    let title = |i: usize| {
        let t = &corpus.entry(i).title;
        json!({"en": t.en, "mn": t.mn})
    };
    match format {
        Format::Json => {
            let mut marks = Vec::new();
            for (r, row) in m.marks.iter().enumerate() {
                for (c, mark) in row.iter().enumerate() {
                    if let Some(mark) = mark {
                        marks.push(json!({"finding": id(m.findings[r]), "action": id(m.actions[c]), "via": mark}));
                    }
                }
            }
            let v = json!({
                "findings": m.findings.iter().map(|&f| json!({"id": id(f), "title": title(f)})).collect::<Vec<_>>(),
                "recommendations": m.groups.iter().map(|g| json!({
                    "id": id(g.recommendation),
                    "title": title(g.recommendation),
                    "actions": g.columns.clone().map(|c| id(m.actions[c])).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "actions": m.actions.iter().map(|&a| json!({"id": id(a), "title": title(a)})).collect::<Vec<_>>(),
                "marks": marks,
            });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            let mut header = vec![
                "finding".to_string(),
                "title_en".to_string(),
                "title_mn".to_string(),
            ];
            header.extend(m.actions.iter().map(|&a| id(a)));
            w.write_record(&header).map_err(csv_error)?;
            for (r, &f) in m.findings.iter().enumerate() {
                let e = corpus.entry(f);
                let mut rec = vec![
                    e.id.clone(),
                    e.title.show(Lang::En).to_string(),
                    e.title.show(Lang::Mn).to_string(),
                ];
                rec.extend(m.marks[r].iter().map(|mark| symbol(*mark).to_string()));
                w.write_record(&rec).map_err(csv_error)?;
            }
            w.flush()?;
        }
        Format::Text => {
            let width = listing_width();
            let mut out = std::io::BufWriter::new(&mut *out);
            for (r, &f) in m.findings.iter().enumerate() {
                let finding = inert(corpus.title(f, ctx.lang)).into_owned();
                for line in wrapped(&finding, width, FINDING_HANG) {
                    writeln!(out, "{line}")?;
                }
                for c in m.answers(r) {
                    let a = m.actions[c];
                    let via = if m.marks[r][c] == Some(Mark::Recommendation) {
                        " *"
                    } else {
                        ""
                    };
                    let action = format!("  → {}{via}", inert(corpus.title(a, ctx.lang)));
                    for line in wrapped(&action, width, ACTION_HANG) {
                        writeln!(out, "{line}")?;
                    }
                }
            }
            out.flush()?;
            if !m.findings.is_empty() {
                // On stderr, so that the matrix stays clean for a pipe.
                let legend = ctx.t("cli-matrix-legend", &[]);
                eprintln!();
                for line in wrapped(&legend, stderr_width(), 0) {
                    eprintln!("{line}");
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn csv_error(e: csv::Error) -> Failure {
    Failure::Io(std::io::Error::other(e))
}
