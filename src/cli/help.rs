//! `toli help [TOPIC]` and `toli man`: help on a command, the entry format reference shipped in
//! the binary (`toli help format`, in English or Mongolian), and the manual page generated from
//! the same clap definitions.

use std::io::Write;
use std::process::ExitCode;

use super::help_text::{Purpose, command};
use super::{CmdResult, Failure};
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The reference of the entry format: content/README.md, and its Mongolian version.
pub fn format_reference(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../content/README.md"),
        Lang::Mn => include_str!("../../docs/format.mn.md"),
    }
}

/// `toli help`, `toli help COMMAND…`, `toli help format`.
pub fn run(l10n: &Localizer, lang: Lang, out: &mut impl Write, topic: &[String]) -> CmdResult {
    match topic {
        [] => {
            write!(out, "{}", command(lang, Purpose::Help).render_long_help())?;
        }
        [t] if t == "format" => {
            write!(out, "{}", format_reference(lang))?;
        }
        words => {
            let args = std::iter::once("toli")
                .chain(words.iter().map(String::as_str))
                .chain(["--help"]);
            let typed: Vec<std::ffi::OsString> = args.clone().map(Into::into).collect();
            let cmd = super::handout_usage::command(lang, Purpose::Help, &typed);
            match cmd.try_get_matches_from(args) {
                Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {
                    write!(out, "{}", e.render())?;
                }
                _ => {
                    return Err(Failure::Message(l10n.format(
                        lang,
                        "teach-help-unknown-topic",
                        &[("topic", words.join(" "))],
                    )));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `toli man`: the manual page in roff, from the command-line definitions: clap_mangen's
/// sections, with each command and its arguments under COMMANDS (one page, no `toli-list(1)`),
/// its text and section titles in `lang`.
pub fn man(lang: Lang, out: &mut impl Write) -> CmdResult {
    let command = command(lang, Purpose::Help);
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    // The title line written here: clap_mangen's leaves out an empty date, which shifts the
    // version and the manual's name into the wrong places of the page's header.
    let manual = Localizer::new().format(lang, "man-manual", &[]);
    let version = format!("toli {}", env!("CARGO_PKG_VERSION"));
    writeln!(
        page,
        ".TH toli 1 \"\" \"{}\" \"{}\"",
        roff(&version),
        roff(&manual)
    )?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    writeln!(page, ".SH COMMANDS")?;
    for sub in command.get_subcommands() {
        let usage = sub
            .get_arguments()
            .filter(|a| a.is_positional())
            .map(|a| format!(" {}", value_name(a)))
            .collect::<String>();
        writeln!(page, ".SS \"toli {}{}\"", sub.get_name(), roff(&usage))?;
        if let Some(about) = sub.get_long_about().or(sub.get_about()) {
            writeln!(page, "{}", roff(&about.to_string()))?;
        }
        for arg in sub
            .get_arguments()
            .filter(|a| !a.is_global_set() && a.get_id() != "help")
        {
            let name = match arg.get_long() {
                Some(long) if arg.get_action().takes_values() => format!(
                    "\\fB\\-\\-{}\\fR \\fI<{}>\\fR",
                    roff(long),
                    roff(&value_name(arg))
                ),
                Some(long) => format!("\\fB\\-\\-{}\\fR", roff(long)),
                None => format!("\\fI{}\\fR", roff(&value_name(arg))),
            };
            writeln!(page, ".TP\n{name}")?;
            if let Some(help) = arg.get_long_help().or(arg.get_help()) {
                writeln!(page, "{}", roff(&help.to_string()))?;
            }
        }
    }
    man.render_version_section(&mut page)?;
    out.write_all(section_titles_in(&String::from_utf8_lossy(&page), lang).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// `page` with each section title (`.SH NAME`, as clap_mangen writes them) in `lang`.
fn section_titles_in(page: &str, lang: Lang) -> String {
    let l10n = Localizer::new();
    page.lines()
        .map(|line| match line.strip_prefix(".SH ") {
            Some(title) => {
                let id = format!("man-section-{}", title.trim_matches('"').to_lowercase());
                match l10n.format(lang, &id, &[]) {
                    shown if shown != id => format!(".SH \"{shown}\"\n"),
                    _ => format!("{line}\n"),
                }
            }
            None => format!("{line}\n"),
        })
        .collect()
}

/// The placeholder of an argument's value as the help shows it (`KIND`, or in Mongolian `ТӨРӨЛ`).
fn value_name(arg: &clap::Arg) -> String {
    arg.get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string)
}

/// Text as roff prints it: backslashes and hyphens escaped, no line taken for a request.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with(['.', '\'']) {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
#[path = "help_examples_tests.rs"]
mod examples_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::kinds::fields;
    use crate::corpus::model::Kind;

    /// Both format guides (`toli help format` in each language) name every kind: its folder in
    /// the list of folders, its English and Mongolian names in the `kind` row, and a row of the
    /// field table for each of its fields (`| case | `country` |`).
    #[test]
    fn both_format_guides_describe_every_kind_and_field() {
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            let guide = format_reference(lang);
            let file = match lang {
                Lang::En => "content/README.md",
                Lang::Mn => "docs/format.mn.md",
            };
            for kind in Kind::ALL {
                let mut wanted = vec![
                    format!("`{}/`", super::super::skeleton::folder(kind)),
                    format!("`{}`", kind.name()),
                    format!("`{}`", kind.mongolian_name()),
                ];
                for f in fields(kind) {
                    let row = format!("| {} | `{}` |", kind.name(), f.key());
                    if !wanted.contains(&row) {
                        wanted.push(row);
                    }
                }
                missing.extend(
                    wanted
                        .into_iter()
                        .filter(|w| !guide.contains(w.as_str()))
                        .map(|w| format!("{file}: {kind}: {w}")),
                );
            }
        }
        assert!(
            missing.is_empty(),
            "not in the guide:\n{}",
            missing.join("\n")
        );
    }
}
