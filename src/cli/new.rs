//! `toli new KIND ID`: writes a skeleton entry (see `skeleton`) into the content folder, in the
//! kind's subfolder, and says how to check it. Never overwrites a file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::skeleton::{Hints, folder, skeleton};
use super::{Cli, CmdResult, Failure, folders};
use crate::corpus::load::{Sources, load};
use crate::corpus::model::Kind;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// What `toli new` needs: where to write, and what to load to see which ids are taken.
pub struct Request<'a> {
    pub kind: &'a str,
    pub id: &'a str,
    /// The folder to write into.
    pub dir: PathBuf,
    /// The corpus the new entry joins.
    pub sources: Sources,
    /// The command that checks the folder afterwards.
    pub check_command: String,
}

/// The folders loaded, the folder `toli new` writes into and the `toli check` command for it:
/// the first --content folder, else TOLI_CONTENT's first, else here.
pub fn target(cli: &Cli) -> (Sources, PathBuf, String) {
    let sources = super::sources(cli);
    // `sources` lists TOLI_CONTENT's folders first; a --content folder given here wins.
    let (dir, check) = match cli.content.first().or(sources.dirs.first()) {
        Some(dir) => (dir.clone(), folders::check_command_for(cli)),
        None => {
            let here = PathBuf::from(".");
            let command = folders::check_command(&[&here], None, cli.no_builtin);
            (here, command)
        }
    };
    (sources, dir, check)
}

/// `toli new` as typed: into the first --content folder, else TOLI_CONTENT's first, else here.
pub fn from_cli(cli: &Cli, l10n: &Localizer, lang: Lang, kind: &str, id: &str) -> CmdResult {
    let (sources, dir, check_command) = target(cli);
    let request = Request {
        kind,
        id,
        dir,
        sources,
        check_command,
    };
    run(l10n, lang, &mut std::io::stdout().lock(), &request)
}

pub fn run(l10n: &Localizer, lang: Lang, out: &mut impl Write, req: &Request) -> CmdResult {
    let t = |id: &str, args: &[(&str, String)]| l10n.format(lang, id, args);
    let Some(kind) = Kind::parse(req.kind) else {
        return Err(Failure::Message(super::context::unknown_kind(
            l10n, lang, req.kind,
        )));
    };
    if !crate::markdown::links::is_entry_id(req.id) {
        return Err(Failure::Message(bad_id(l10n, lang, req.id)));
    }
    let path = req.dir.join(folder(kind)).join(format!("{}.md", req.id));
    let shown = path.display().to_string();
    if path.exists() {
        return Err(Failure::Message(t("teach-new-exists", &[("path", shown)])));
    }
    // The folders there are (the one written to may be new): a shipped id is taken as well.
    let there = Sources {
        builtin: req.sources.builtin,
        dirs: (req.sources.dirs.iter().filter(|d| d.exists()).cloned()).collect(),
    };
    {
        let corpus = load(&there).corpus;
        if let Some(other) = corpus.get(req.id) {
            // A shipped entry: its file is inside toli, so the way to correct it is a copy.
            let (message, other) = match crate::corpus::load::shipped_file(&other.origin.path) {
                Some(_) => ("teach-new-id-shipped", String::new()),
                None => ("teach-new-id-taken", other.origin.path.clone()),
            };
            let dir = ("dir", crate::shell::quote(&req.dir.display().to_string()));
            return Err(Failure::Message(t(
                message,
                &[("id", req.id.to_string()), ("other", other), dir],
            )));
        }
    }
    write_new(&path, &skeleton(kind, req.id, &Hints::new(l10n, lang))).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Failure::Message(t("teach-new-exists", &[("path", shown.clone())]))
        } else {
            Failure::Message(t(
                "teach-new-cannot-write",
                &[("path", shown.clone()), ("reason", e.to_string())],
            ))
        }
    })?;
    writeln!(out, "{}", t("teach-new-written", &[("path", shown)]))?;
    writeln!(
        out,
        "{}",
        t("teach-new-next", &[("command", req.check_command.clone())])
    )?;
    // An action is carried out for a recommendation: it passes the check once one lists it.
    if kind == Kind::Action {
        writeln!(
            out,
            "{}",
            t("teach-new-action-listed", &[("id", req.id.to_string())])
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Why `typed` cannot be an id, with the id it most likely meant: lower-case, Cyrillic
/// transliterated as toli's Latin key spells it, every other run of characters a `-`
/// (`Darkhan_Exports` → `darkhan-exports`, `дархан-экспорт` → `darkhan-eksport`).
pub fn bad_id(l10n: &Localizer, lang: Lang, typed: &str) -> String {
    let id = ("id", typed.to_string());
    match crate::corpus::id_like::id_like(typed) {
        Some(s) => l10n.format(lang, "teach-new-bad-id-suggested", &[id, ("suggestion", s)]),
        None => l10n.format(lang, "teach-new-bad-id", &[id]),
    }
}

/// Creates `path` (and its folder) with `text`, failing if the file exists.
pub(super) fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}
