//! `toli handout` (`export`'s other name) in the words the reader typed: its help, usage line
//! and mistakes say `toli handout` when they typed it (with `export` as its other name), and
//! `--format pdf` is told how a PDF is made — printed from the HTML handout's `print.html`,
//! with the command the success message gives.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, Parser};

use super::args::{Cli, Command};
use super::handout_paths::{self, HandoutPaths};
use super::help_text::{self, Purpose};
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The command tree with its text in `lang` as the reader typed it: after `toli handout`, the
/// handout command is named `handout`, `export` its other name, so its help and usage line say
/// the words typed.
pub fn command(lang: Lang, purpose: Purpose, args: &[OsString]) -> clap::Command {
    if typed_command(args).as_deref() != Some("handout") {
        return help_text::command(lang, purpose);
    }
    let renamed = Cli::command().mut_subcommand("export", |c| {
        c.name("handout")
            .visible_alias(None)
            .visible_alias("export")
    });
    help_text::localized(renamed, lang, purpose)
}

/// Global options that take a value as the next word.
const VALUED: [&str; 3] = ["--lang", "--content", "--theme"];

/// The subcommand as typed: the first word that is neither an option nor a global option's
/// value.
fn typed_command(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if VALUED.contains(&word.as_ref()) {
            words.next();
        } else if !word.starts_with('-') {
            return Some(word.into_owned());
        }
    }
    None
}

/// Whether `error` refuses `pdf` (any case) as the value of `--format`.
fn asked_for_pdf(error: &clap::Error) -> bool {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    error.kind() == ErrorKind::InvalidValue
        && text(ContextKind::InvalidArg).starts_with("--format")
        && text(ContextKind::InvalidValue).eq_ignore_ascii_case("pdf")
}

/// Where the refused command's handout and its PDF go: the HTML handout written by the same
/// command with `--format html` ([`super::handout_paths`]), the file printed from it, and the
/// PDF printed.
#[derive(Debug, PartialEq, Eq)]
struct Targets {
    /// OUT as typed, when it was.
    typed: Option<PathBuf>,
    /// What the HTML handout is written to.
    handout: PathBuf,
    /// The file printed: `handout/print.html`, or the single file itself.
    print: PathBuf,
    pdf: PathBuf,
}

fn targets(args: &[OsString]) -> Targets {
    let html: Vec<OsString> = args
        .iter()
        .map(
            |a| match a.to_string_lossy().to_ascii_lowercase().as_str() {
                "pdf" => "html".into(),
                "--format=pdf" => "--format=html".into(),
                _ => a.clone(),
            },
        )
        .collect();
    let (typed, single_file) = match Cli::try_parse_from(html).map(|cli| cli.command) {
        Ok(Some(Command::Export {
            out, single_file, ..
        })) => (Some(out), single_file),
        _ => (None, false),
    };
    let out = typed.clone().unwrap_or_else(|| PathBuf::from("OUT"));
    let HandoutPaths { handout, pdf, .. } = handout_paths::paths(&out, single_file);
    let print = match single_file {
        true => handout.clone(),
        false => handout.join("print.html"),
    };
    Targets {
        typed,
        handout,
        print,
        pdf,
    }
}

/// The command typed without `--format pdf`, writing to `targets`' handout: the one that writes
/// the HTML handout a PDF is printed from. Words holding a space or a quote are quoted for a
/// shell.
fn html_command(args: &[OsString], targets: &Targets) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut skip = false;
    // OUT is the last word that reads as it (a tour may share its name).
    let out_at = targets.typed.as_ref().and_then(|typed| {
        args.iter()
            .rposition(|a| std::path::Path::new(a) == typed.as_path())
    });
    for (i, a) in args.iter().enumerate() {
        let a = match Some(i) == out_at {
            true => targets.handout.display().to_string().into(),
            false => a.to_string_lossy(),
        };
        if std::mem::take(&mut skip) {
            continue;
        }
        match a.to_ascii_lowercase().as_str() {
            "--format" => skip = true,
            "--format=pdf" => {}
            _ if i == 0 => words.push("toli".into()),
            _ if a.contains([' ', '\'', '"']) => {
                words.push(format!("'{}'", a.replace('\'', "'\\''")))
            }
            _ => words.push(a.into_owned()),
        }
    }
    words.join(" ")
}

/// `text`, the message already worded for `error` (clap's own, or the Mongolian one), with how
/// a PDF is made when `--format pdf` was refused; None when nothing in it changes.
pub fn adjust(text: &str, error: &clap::Error, args: &[OsString], lang: Lang) -> Option<String> {
    if !asked_for_pdf(error) {
        return None;
    }
    let l10n = Localizer::new();
    let targets = targets(args);
    let first = ("command", html_command(args, &targets));
    let print = [
        (
            "file",
            crate::shell::quote(&targets.print.display().to_string()),
        ),
        (
            "pdf",
            crate::shell::quote(&targets.pdf.display().to_string()),
        ),
    ];
    let hint = format!(
        "{} {} {}",
        l10n.t(lang, "cli-pdf-from-html"),
        l10n.format(lang, "cli-pdf-write-html-first", &[first]),
        l10n.format(lang, "export-print-hint", &print)
    );
    // After the first paragraph (what is wrong, the values there are).
    Some(match text.split_once("\n\n") {
        Some((what, rest)) => format!("{what}\n\n{hint}\n\n{rest}"),
        None => format!("{text}\n{hint}\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_command_typed_is_found_past_global_options() {
        let typed = |w: &[&str]| typed_command(&args(w));
        assert_eq!(
            typed(&["toli", "--lang", "mn", "handout", "x"]).as_deref(),
            Some("handout")
        );
        assert_eq!(
            typed(&["toli", "--content", "handout", "export"]).as_deref(),
            Some("export")
        );
        assert_eq!(typed(&["toli", "--no-builtin"]), None);
    }

    #[test]
    fn the_pdf_hint_names_the_print_file_the_html_handout_would_have() {
        let print = |w: &[&str]| targets(&args(w)).print.display().to_string();
        assert_eq!(
            print(&["toli", "handout", "--format", "pdf", "o3"]),
            "o3/print.html"
        );
        assert_eq!(
            print(&["toli", "handout", "--format=PDF", "--single-file", "h.html"]),
            "h.html"
        );
        assert_eq!(
            print(&["toli", "handout", "--format", "pdf"]),
            "OUT/print.html"
        );
    }

    #[test]
    fn an_out_named_as_a_pdf_is_the_pdf_and_the_handout_is_named_from_its_stem() {
        let folder = targets(&args(&[
            "toli",
            "handout",
            "--format",
            "pdf",
            "talks/x.pdf",
        ]));
        assert_eq!(folder.handout, PathBuf::from("talks/x"));
        assert_eq!(folder.print, PathBuf::from("talks/x/print.html"));
        assert_eq!(folder.pdf, PathBuf::from("talks/x.pdf"));
        let single = targets(&args(&[
            "toli",
            "handout",
            "--single-file",
            "--format=pdf",
            "X.PDF",
        ]));
        assert_eq!(single.handout, PathBuf::from("X.html"));
        assert_eq!(single.print, PathBuf::from("X.html"));
        assert_eq!(single.pdf, PathBuf::from("X.PDF"));
        // Any other name is the handout's, printed to a PDF named from it.
        let plain = targets(&args(&["toli", "handout", "--format", "pdf", "o3"]));
        assert_eq!(plain.pdf, PathBuf::from("o3.pdf"));
    }

    #[test]
    fn the_command_to_write_first_writes_the_handout_not_the_pdf() {
        let words = args(&[
            "toli", "handout", "--tour", "x.pdf", "--format", "pdf", "x.pdf",
        ]);
        assert_eq!(
            html_command(&words, &targets(&words)),
            "toli handout --tour x.pdf x"
        );
        let spaced = args(&["toli", "handout", "--format", "pdf", "my talk.pdf"]);
        assert_eq!(
            html_command(&spaced, &targets(&spaced)),
            "toli handout 'my talk'"
        );
    }
}
