//! `toli notes --out FILE`: the notes written whole to a file to hand on — HTML when `FILE`
//! ends in `.html` or `.htm`, Markdown otherwise; a `FILE` named like a PDF (`x.pdf`) gets the
//! HTML beside it (`x.html`) and the command that prints it to `x.pdf`, as handouts do
//! ([`super::handout_paths`]). A file toli did not write is replaced only with `--force`, and a
//! file replaced is always named.

use std::io::Write;
use std::path::Path;

use super::handout_paths;
use super::{CmdResult, Context, Failure};
use crate::export::files::{GENERATOR, is_ours, write_marked};
use crate::export::notes::{MD_GENERATOR, Note, html, markdown};
use crate::export::{Languages, Plan};
use crate::lang::Lang;

/// Whether `path` names an HTML file.
fn is_html(path: &Path) -> bool {
    (path.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Writes `notes` to `path` and says where, what it replaced and how to print an HTML page.
pub fn write(
    ctx: &Context,
    out: &mut impl Write,
    notes: &[Note],
    path: &Path,
    force: bool,
) -> CmdResult {
    if notes.is_empty() {
        eprintln!("{}", ctx.l10n.t(ctx.lang, "notes-empty"));
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let paths = handout_paths::paths(path, true);
    let file = &paths.handout;
    let shown = |p: &Path| p.display().to_string();
    if paths.named_as_pdf {
        let args = [("file", shown(file)), ("pdf", shown(&paths.pdf))];
        writeln!(out, "{}", ctx.t("notes-export-pdf-name", &args))?;
    }
    let as_html = paths.named_as_pdf || is_html(file);
    let langs = match ctx.lang {
        Lang::En => Languages::En,
        Lang::Mn => Languages::Mn,
    };
    // No entry is in the plan: a note's link to an entry reads as its title.
    let plan = Plan::chosen(&ctx.outcome.corpus, &[], langs, ctx.lang);
    let (contents, mark) = if as_html {
        (html(notes, &plan, &ctx.l10n), GENERATOR)
    } else {
        let md = markdown(notes, &ctx.l10n, ctx.lang, &plan.stamp, Some(&plan));
        (md, MD_GENERATOR)
    };
    // What was there: none, a file toli wrote, or one it did not (written over with --force).
    let before = match std::fs::symlink_metadata(file) {
        Ok(m) if m.is_file() => Some(is_ours(file, mark).unwrap_or(false)),
        _ => None,
    };
    write_marked(file, &contents, force, mark)
        .map_err(|e| Failure::Message(super::export::message(ctx, e)))?;
    let count = ("count", notes.len().to_string());
    writeln!(
        out,
        "{}",
        ctx.t("notes-export-done", &[count, ("path", shown(file))])
    )?;
    let replaced = match before {
        Some(true) => Some("notes-export-replaced"),
        Some(false) => Some("notes-export-replaced-forced"),
        None => None,
    };
    if let Some(id) = replaced {
        writeln!(out, "{}", ctx.t(id, &[("path", shown(file))]))?;
    }
    if as_html {
        let args = [
            ("file", crate::shell::quote(&shown(file))),
            ("pdf", crate::shell::quote(&shown(&paths.pdf))),
        ];
        writeln!(out, "{}", ctx.t("notes-export-print", &args))?;
        if let Some(there) = super::export::pdf_there(ctx, &paths.pdf) {
            writeln!(out, "{there}")?;
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
