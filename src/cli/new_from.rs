//! `toli new --from ID`: copies a shipped entry's file into the content folder, at the same
//! place under it (`findings/ID.md`), for the reader to correct: an entry of theirs with a
//! shipped id replaces the shipped one. Never overwrites a file.

use std::io::Write;
use std::process::ExitCode;

use super::{Cli, CmdResult, Failure};
use crate::corpus::load::{Sources, load, shipped_file};
use crate::i18n::Localizer;
use crate::lang::Lang;

/// `toli new --from ID` as typed: into the first --content folder, else TOLI_CONTENT's first,
/// else here.
pub fn from_cli(cli: &Cli, l10n: &Localizer, lang: Lang, id: &str) -> CmdResult {
    let (sources, dir, check_command) = super::new::target(cli);
    let t = |msg: &str, args: &[(&str, String)]| l10n.format(lang, msg, args);
    let shipped = load(&Sources::builtin()).corpus;
    let Some(entry) = shipped.get(id) else {
        let message = t("teach-new-from-unknown", &[("id", id.to_string())]);
        let ids = (0..shipped.len()).map(|i| shipped.id(i));
        let guess = crate::suggest::closest(id, ids);
        return Err(Failure::Message(super::context::with_guess(
            l10n, lang, message, guess,
        )));
    };
    let from = entry.origin.path.clone();
    let Some(bytes) = shipped_file(&from) else {
        return Err(Failure::Message(t(
            "teach-new-from-unknown",
            &[("id", id.to_string())],
        )));
    };
    // The shipped file's place under `content/`, under the folder.
    let path = dir.join(from.strip_prefix("content/").unwrap_or(&from));
    let shown = path.display().to_string();
    if path.exists() {
        return Err(Failure::Message(t("teach-new-exists", &[("path", shown)])));
    }
    // An entry of the reader's own has the id already (in another file): that one is to edit.
    if sources.dirs.iter().all(|d| d.exists()) {
        let mine = load(&Sources {
            builtin: false,
            dirs: sources.dirs.clone(),
        })
        .corpus;
        if let Some(other) = mine.get(id) {
            let args = [("id", id.to_string()), ("other", other.origin.path.clone())];
            return Err(Failure::Message(t("teach-new-from-own", &args)));
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    super::new::write_new(&path, &text).map_err(|e| {
        let shown = ("path", shown.clone());
        match e.kind() {
            std::io::ErrorKind::AlreadyExists => Failure::Message(t("teach-new-exists", &[shown])),
            _ => Failure::Message(t(
                "teach-new-cannot-write",
                &[shown, ("reason", e.to_string())],
            )),
        }
    })?;
    let mut out = std::io::stdout().lock();
    let args = [("id", id.to_string()), ("path", shown)];
    writeln!(out, "{}", t("teach-new-from-written", &args))?;
    writeln!(
        out,
        "{}",
        t("teach-new-from-next", &[("command", check_command)])
    )?;
    Ok(ExitCode::SUCCESS)
}
