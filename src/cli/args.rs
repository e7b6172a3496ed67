//! The command line's shape: the global options and subcommands clap parses, and the content
//! folders they name. What each subcommand does lives in its own file beside this one.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use super::{handout_usage, help_text, kind_command, usage_error};
use crate::corpus::load::Sources;
use crate::lang::Lang;

/// The command line. Its help is not written here: every about and argument help is a message
/// pair in `locales/{en,mn}/cli-help.ftl` (ids in [`help_text`]), and a test fails for any
/// argument or command without one. An option given twice takes its last value, as most
/// command lines do (`toli --lang en --lang mn`, a shell alias with its own `--lang`); one that
/// gathers values (`--content`) keeps them all.
#[derive(Debug, Parser)]
#[command(
    name = "toli",
    version,
    disable_help_subcommand = true,
    args_override_self = true
)]
pub struct Cli {
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    #[arg(long = "content", global = true, value_name = "DIR")]
    pub content: Vec<PathBuf>,

    #[arg(long, global = true)]
    pub no_builtin: bool,

    #[arg(long, global = true, env = "TOLI_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    #[arg(
        long,
        global = true,
        value_enum,
        env = "TOLI_THEME",
        default_value = "dark"
    )]
    pub theme: crate::ui::theme::ThemeName,

    // Without a subcommand, toli opens the interactive app (or lists entries when the output
    // is not a terminal).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands. Each one's arguments are defined only when it runs (or its help is shown): a
/// one-shot command does not build the other nine.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    List {
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Cite {
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
    },
    Search {
        query: String,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, default_value_t = 20,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    Check {
        #[arg(long)]
        strict: bool,
        #[arg(long)]
        json: bool,
    },
    Figure {
        id: Option<String>,
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        #[arg(long)]
        csv: bool,
    },
    Matrix {
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        #[arg(long)]
        csv: bool,
    },
    Bookmarks {
        #[arg(long)]
        json: bool,
    },
    Notes {
        #[arg(long, conflicts_with_all = ["full", "out"])]
        json: bool,
        #[arg(
            id = "move",
            long = "move",
            num_args = 2,
            value_names = ["OLD", "NEW"],
            conflicts_with_all = ["json", "full", "out"]
        )]
        carry: Option<Vec<String>>,
        #[arg(long, conflicts_with = "out")]
        full: bool,
        #[arg(long, value_name = "OUT")]
        out: Option<PathBuf>,
        #[arg(long, requires = "out")]
        force: bool,
    },
    // The result is a handout («тараах материал»), as the help and messages call it.
    #[command(visible_alias = "handout")]
    Export {
        #[arg(long, value_enum, default_value = "html")]
        format: crate::export::Format,
        // Without it, the language the reader chose ([`crate::lang::Lang::chosen`]), else both.
        #[arg(long = "langs", value_enum)]
        langs: Option<crate::export::Languages>,
        // With `--ids`, the tour's entries, then those (`export::added`).
        #[arg(long)]
        tour: Option<String>,
        #[arg(long, value_delimiter = ',')]
        ids: Vec<String>,
        #[arg(long)]
        single_file: bool,
        #[arg(long)]
        force: bool,
        #[arg(long, value_name = "TITLE")]
        title: Vec<String>,
        out: PathBuf,
    },
    Present {
        tour: Option<String>,
        #[arg(long)]
        notes: bool,
        #[arg(long, value_name = "PID", requires = "notes")]
        presenter: Option<u32>,
        #[arg(long, value_name = "N", conflicts_with = "notes")]
        step: Option<usize>,
        #[arg(
            long,
            value_name = "MIN",
            requires = "tour",
            conflicts_with = "notes",
            value_parser = clap::value_parser!(u32).range(1..=600)
        )]
        minutes: Option<u32>,
    },
    Completions {
        shell: clap_complete::Shell,
    },
    New {
        // Required, except with `--from`, which they conflict with: clap then leaves a required
        // argument out, and its help and usage show them as needed (`<KIND> <ID>`).
        #[arg(required = true, conflicts_with = "from")]
        kind: Option<String>,
        #[arg(required = true, conflicts_with = "from")]
        id: Option<String>,
        // A shipped entry to copy into the folder instead of a skeleton.
        #[arg(long, value_name = "ID")]
        from: Option<String>,
    },
    Help {
        topic: Vec<String>,
    },
    Man,
}

/// The content sources named by the options and TOLI_CONTENT.
pub fn sources(cli: &Cli) -> Sources {
    let mut dirs: Vec<PathBuf> = std::env::var_os("TOLI_CONTENT")
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default();
    dirs.extend(cli.content.iter().cloned());
    Sources {
        builtin: !cli.no_builtin,
        dirs,
    }
}

/// The process's arguments, parsed. On `--help`, `--version` or a mistake it prints the help or
/// the error, in the user's language (see [`help_text`]), and ends the process.
pub fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        // The version is the same in every language: no help to build.
        Err(plain) if plain.kind() == clap::error::ErrorKind::DisplayVersion => plain.exit(),
        Err(plain) => {
            let lang = help_text::language_of(&args);
            let cmd = handout_usage::command(lang, help_text::Purpose::Help, &args);
            match cmd.try_get_matches_from(&args) {
                Err(localized) => {
                    let told = usage_error::message(&localized, lang);
                    // clap's own text (English) is printed as clap prints it unless the PDF
                    // advice is added to it.
                    let text = told
                        .clone()
                        .unwrap_or_else(|| localized.render().to_string());
                    // Help goes to stdout as clap prints it; only a mistake is reworded.
                    let adjusted = (localized.use_stderr())
                        .then(|| handout_usage::adjust(&text, &localized, &args, lang))
                        .flatten();
                    // A kind's name typed as a command (`toli tours`): the command that
                    // lists it, after what is wrong.
                    let message = match kind_command::hint(&localized, lang) {
                        Some(hint) => Some(kind_command::added(
                            adjusted.as_ref().or(told.as_ref()).unwrap_or(&text),
                            &hint,
                        )),
                        None => adjusted.or(told),
                    };
                    match message {
                        Some(message) => {
                            eprint!("{message}");
                            std::process::exit(localized.exit_code());
                        }
                        None => localized.exit(),
                    }
                }
                Ok(_) => plain.exit(),
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// clap's own checks of the definition, run on every subcommand (deferred ones included).
    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// `--lang` twice is not a conflict with itself: the last wins, before the subcommand or
    /// after it, while `--content` twice loads both folders.
    #[test]
    fn an_option_given_twice_takes_its_last_value() {
        for args in [
            &["toli", "--lang", "en", "--lang", "mn", "list"][..],
            &["toli", "list", "--lang", "en", "--lang", "mn"],
            &["toli", "--lang", "en", "list", "--lang", "mn"],
        ] {
            let cli = Cli::try_parse_from(args).expect("parses");
            assert_eq!(cli.lang, Some(Lang::Mn), "{args:?}");
        }
        let cli = Cli::try_parse_from(["toli", "--content", "a", "--content", "b", "list"])
            .expect("parses");
        assert_eq!(cli.content, [PathBuf::from("a"), PathBuf::from("b")]);
        let cli = Cli::try_parse_from(["toli", "search", "x", "--limit", "3", "--limit", "5"])
            .expect("parses");
        assert!(
            matches!(cli.command, Some(Command::Search { limit: 5, .. })),
            "{cli:?}"
        );
        let localized = help_text::command(Lang::Mn, help_text::Purpose::Help)
            .try_get_matches_from(["toli", "--lang", "en", "--lang", "mn", "list"]);
        assert!(localized.is_ok(), "the Mongolian command line agrees");
    }

    #[test]
    fn deferred_subcommands_still_parse_their_arguments() {
        let cli = Cli::try_parse_from([
            "toli", "search", "klaster", "--kind", "policy", "--lang", "mn",
        ])
        .expect("parses");
        assert_eq!(
            cli.lang,
            Some(Lang::Mn),
            "a global option after the subcommand"
        );
        match cli.command {
            Some(Command::Search {
                query,
                kind,
                limit,
                json,
            }) => {
                assert_eq!(
                    (query.as_str(), kind.as_deref(), limit, json),
                    ("klaster", Some("policy"), 20, false)
                );
            }
            other => panic!("parsed as {other:?}"),
        }
        assert!(
            Cli::try_parse_from(["toli", "show", "x", "--limit", "3"]).is_err(),
            "search's option on show"
        );
        assert!(
            Cli::try_parse_from(["toli", "search", "x", "--limit", "0"]).is_err(),
            "a limit of 0 would only ever say nothing was found"
        );
    }
}
