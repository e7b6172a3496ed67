//! `toli export`: writes a handout folder (or one file) and says where it is, which other
//! handout it replaced there, which languages it is in (and how to have one only) and how to
//! print it to a PDF (an `OUT` named `x.pdf` is that PDF: [`super::handout_paths`]); a refusal
//! says which path is in the way and what to do.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::handout_paths::{self, HandoutPaths};
use super::{CmdResult, Context, Failure};
use crate::corpus::model::Kind;
use crate::export::files::{ExportError, Subject};
use crate::export::{Format, Languages, Plan, write};
use crate::lang::Lang;

/// The refusal of a handout among the entries of a content folder, with the name to use.
fn into_content(ctx: &Context, out: &Path, found: &super::handout_content::Collision) -> String {
    let how = match found.meets {
        super::handout_content::Meets::Inside => "inside",
        super::handout_content::Meets::Beside => "beside",
    };
    let args = [
        ("how", how.to_string()),
        ("out", out.display().to_string()),
        ("dir", found.dir.display().to_string()),
        ("suggested", found.suggested.display().to_string()),
    ];
    ctx.t("export-into-content", &args)
}

/// What `toli export` was asked for.
pub struct Request<'a> {
    pub format: Format,
    /// `--langs`, when given.
    pub langs: Option<Languages>,
    /// The language the reader chose (`--lang` or the locale), which is the handout's when
    /// `--langs` is not given; with neither, the handout is in both.
    pub chosen: Option<Lang>,
    pub tour: Option<&'a str>,
    pub ids: &'a [String],
    pub single_file: bool,
    pub force: bool,
    /// The handout's own title (`--title`), as given: [`super::handout_title`].
    pub titles: &'a [String],
    pub out: &'a Path,
    /// The `toli check` command for these folders, named when a tour step is missing.
    pub check_command: String,
    /// This run's content folders, which no handout is written into or beside.
    pub content_dirs: &'a [std::path::PathBuf],
}

pub fn run(ctx: &Context, out: &mut impl Write, req: &Request) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    if req.single_file && req.format == Format::Md {
        return Err(Failure::Message(ctx.t("export-single-md", &[])));
    }
    let paths = handout_paths::paths(req.out, req.single_file);
    if let Some(found) =
        super::handout_content::collision(req.out, &paths.handout, req.content_dirs)
    {
        return Err(Failure::Message(into_content(ctx, req.out, &found)));
    }
    if paths.named_as_pdf && req.format == Format::Md {
        let dir = ("dir", paths.handout.display().to_string());
        return Err(Failure::Message(ctx.t("export-md-pdf-name", &[dir])));
    }
    let langs = handout_languages(req.langs, req.chosen);
    let chosen = ctx.entries_named(req.ids)?;
    let mut plan = if let Some(id) = req.tour {
        let tour = corpus
            .index_of(id)
            .filter(|&i| corpus.entry(i).kind == Kind::Tour)
            .ok_or_else(|| Failure::Message(ctx.no_tour(id)))?;
        let mut plan = Plan::new(corpus, Some(tour), langs, ctx.lang);
        // The trainer's own entries after the tour's; one it prints already is said, not added.
        for (entry, place) in crate::export::added::add(&mut plan, &chosen) {
            let said = crate::export::added::skipped_note(&plan, &ctx.l10n, ctx.lang, entry, place);
            eprintln!("toli: {said}");
        }
        plan
    } else if !chosen.is_empty() {
        Plan::chosen(corpus, &chosen, langs, ctx.lang)
    } else {
        Plan::new(corpus, None, langs, ctx.lang)
    };
    plan.single_file = req.single_file;
    plan.titles = super::handout_title::titles(ctx, req.titles, &plan.langs)?;
    if let Some(tour) = req.tour {
        for (step, id) in &plan.missing_steps {
            let args = [
                ("tour", tour.to_string()),
                ("step", step.to_string()),
                ("id", id.clone()),
                ("check", req.check_command.clone()),
            ];
            eprintln!("toli: {}", ctx.t("export-missing-step", &args));
        }
    }
    for (entry, id) in left_out_links(&plan) {
        let args = [
            ("entry", entry),
            ("id", id),
            ("check", req.check_command.clone()),
        ];
        eprintln!("toli: {}", ctx.t("export-left-out-link", &args));
    }
    // Said before writing, so that a refusal naming the handout's path is understood.
    if paths.named_as_pdf {
        writeln!(out, "{}", pdf_named(ctx, &paths, req.single_file))?;
    }
    // A handout file written over is said, as `toli notes --out` says it.
    let file_before = req.single_file && paths.handout.is_file();
    let written = write(&plan, &paths.handout, req.format, req.force, &ctx.l10n)
        .map_err(|e| Failure::Message(message(ctx, e)))?;
    let path = paths.handout.display().to_string();
    let done = if req.single_file {
        ctx.t(
            "export-done-file",
            &[("pages", written.entries.to_string()), ("path", path)],
        )
    } else {
        // Files, not pages: a printed handout's pages are another count.
        let format = match req.format {
            Format::Html => "HTML",
            Format::Md => "Markdown",
        };
        let args = [
            ("files", written.files.to_string()),
            ("format", format.to_string()),
            ("dir", path),
        ];
        ctx.t("export-done", &args)
    };
    writeln!(out, "{done}")?;
    if let Some(other) = &written.replaced {
        writeln!(out, "{}", replaced(ctx, other, &paths.handout))?;
    }
    if file_before {
        let args = [("path", paths.handout.display().to_string())];
        writeln!(out, "{}", ctx.t("export25-replaced-file", &args))?;
    }
    writeln!(out, "{}", languages(ctx, &plan.langs, req.langs.is_none()))?;
    if req.format == Format::Html {
        // The handout prints its own date, version and page numbers; a browser's own header
        // and footer would print a second, US-dated one.
        // A folder's index.html is only the contents: the whole handout is its print file.
        let file = match req.single_file {
            true => paths.handout.clone(),
            false => paths.handout.join(crate::export::html::print_file(&plan)),
        };
        let hint = ctx.t(
            "export-print-hint",
            &[
                ("file", crate::shell::quote(&file.display().to_string())),
                ("pdf", crate::shell::quote(&paths.pdf.display().to_string())),
            ],
        );
        writeln!(out, "{hint}")?;
        if let Some(there) = pdf_there(ctx, &paths.pdf) {
            writeln!(out, "{there}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An `OUT` named like a PDF: toli writes HTML, and where it goes instead.
fn pdf_named(ctx: &Context, paths: &HandoutPaths, single_file: bool) -> String {
    let kind = match single_file {
        true => "file",
        false => "folder",
    };
    let args = [
        ("kind", kind.to_string()),
        ("handout", paths.handout.display().to_string()),
        ("pdf", paths.pdf.display().to_string()),
    ];
    ctx.t("export-pdf-name", &args)
}

/// What is already at `pdf`, which the printing command would write: a file it replaces, or a
/// folder it cannot write over. None when nothing is there.
pub(super) fn pdf_there(ctx: &Context, pdf: &Path) -> Option<String> {
    let meta = std::fs::symlink_metadata(pdf).ok()?;
    let path = [("pdf", pdf.display().to_string())];
    Some(match meta.is_dir() {
        true => ctx.t("export-pdf-is-folder", &path),
        false => ctx.t("export-pdf-replaced", &path),
    })
}

/// The handout's languages: `--langs` when given, else the one the reader chose, else both.
fn handout_languages(given: Option<Languages>, chosen: Option<Lang>) -> Languages {
    match (given, chosen) {
        (Some(langs), _) => langs,
        (None, Some(Lang::En)) => Languages::En,
        (None, Some(Lang::Mn)) => Languages::Mn,
        (None, None) => Languages::Both,
    }
}

/// Which languages the handout is in, and how to have the other choice: one of them only (the
/// reader's), or both. A handout in one language because the reader chose it
/// (`by_choice`: no `--langs`) says so.
fn languages(ctx: &Context, langs: &[Lang], by_choice: bool) -> String {
    let name = |l: Lang| ctx.t(&format!("export-lang-name-{}", l.code()), &[]);
    match langs {
        [one] if by_choice => {
            let args = [
                ("lang", name(*one)),
                ("code", one.code().to_string()),
                ("other", one.other().code().to_string()),
            ];
            ctx.t("export-langs-chosen", &args)
        }
        [one] => ctx.t("export-langs-one", &[("lang", name(*one))]),
        _ => {
            let only = match langs.contains(&ctx.lang) {
                true => ctx.lang,
                false => langs.first().copied().unwrap_or(ctx.lang),
            };
            let names = langs.iter().map(|&l| name(l)).collect::<Vec<_>>();
            let args = [
                ("langs", names.join(", ")),
                ("only", name(only)),
                ("code", only.code().to_string()),
            ];
            ctx.t("export-langs-both", &args)
        }
    }
}

/// The other handout the folder `dir` held, which this one replaced.
fn replaced(ctx: &Context, other: &Subject, dir: &Path) -> String {
    let dir = ("dir", dir.display().to_string());
    match other {
        Subject::Tour(tour) => ctx.t(
            "export-replaced-tour",
            &[dir, ("tour", crate::inert::inert(tour).into_owned())],
        ),
        Subject::TourWith { tour, ids } => ctx.t(
            "export29-replaced-tour-with",
            &[
                dir,
                ("tour", crate::inert::inert(tour).into_owned()),
                ("added", ids.len().to_string()),
            ],
        ),
        Subject::Ids(_) => ctx.t("export-replaced-ids", &[dir]),
        Subject::All => ctx.t("export-replaced-all", &[dir]),
    }
}

/// The bare `[[id]]` links of the handout's bodies that name no entry, which its pages leave
/// out: (the entry's id, the id linked), each once, in the handout's order.
fn left_out_links(plan: &Plan) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for &i in &plan.entries {
        let e = plan.corpus.entry(i);
        for &lang in &plan.langs {
            for id in crate::markdown::links::bare_ids(e.body.show(lang)) {
                let pair = (e.id.clone(), id);
                if plan.corpus.get(&pair.1).is_none() && !out.contains(&pair) {
                    out.push(pair);
                }
            }
        }
    }
    out
}

/// The refusal or failure in plain words, naming the path.
pub(super) fn message(ctx: &Context, error: ExportError) -> String {
    let shown = |p: &Path| p.display().to_string();
    match error {
        ExportError::Foreign { dir, names } => ctx.t(
            "export-foreign",
            &[("dir", shown(&dir)), ("names", names.join(", "))],
        ),
        ExportError::ForeignFile { path } => {
            ctx.t("export-foreign-file", &[("path", shown(&path))])
        }
        ExportError::Symlink { path } => ctx.t("export-symlink", &[("path", shown(&path))]),
        ExportError::NotAFolder { path } => ctx.t("export-not-folder", &[("path", shown(&path))]),
        ExportError::NotAFile { path } => ctx.t("export-not-file", &[("path", shown(&path))]),
        ExportError::BadManifest { path, reason } => ctx.t(
            "export-bad-manifest",
            &[("path", shown(&path)), ("reason", reason)],
        ),
        ExportError::Io { path, error } => ctx.t(
            "export-io",
            &[("path", shown(&path)), ("error", error.to_string())],
        ),
    }
}
