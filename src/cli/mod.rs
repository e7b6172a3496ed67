//! The command line: global options, subcommands, and dispatch. Each subcommand lives in its
//! own file and prints through the shared [`Context`].

mod bookmarks;
mod check;
mod export;
mod figure;
mod folders;
mod help;
pub mod help_text;
mod json;
mod list;
mod matrix;
mod new;
mod notes;
mod present;
mod search;
pub mod show;
pub(crate) mod skeleton;
mod usage_error;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::corpus::load::{Outcome, Sources, load};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::search::SearchIndex;

/// The command line. Its help is not written here: every about and argument help is a message
/// pair in `locales/{en,mn}/cli-help.ftl` (ids in [`help_text`]), and a test fails for any
/// argument or command without one.
#[derive(Debug, Parser)]
#[command(name = "toli", version, disable_help_subcommand = true)]
pub struct Cli {
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    #[arg(long = "content", global = true, value_name = "DIR")]
    pub content: Vec<PathBuf>,

    #[arg(long, global = true)]
    pub no_builtin: bool,

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
        #[arg(long)]
        json: bool,
    },
    Export {
        #[arg(long, value_enum, default_value = "html")]
        format: crate::export::Format,
        #[arg(long = "langs", value_enum, default_value = "both")]
        langs: crate::export::Languages,
        #[arg(long, conflicts_with = "ids")]
        tour: Option<String>,
        #[arg(long, value_delimiter = ',')]
        ids: Vec<String>,
        #[arg(long)]
        single_file: bool,
        #[arg(long)]
        force: bool,
        out: PathBuf,
    },
    Present {
        tour: Option<String>,
        #[arg(long)]
        notes: bool,
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
        kind: String,
        id: String,
    },
    Help {
        topic: Vec<String>,
    },
    Man,
}

/// What every subcommand needs: the language, the messages and the loaded corpus.
pub struct Context {
    pub lang: Lang,
    pub l10n: Localizer,
    pub outcome: Outcome,
}

impl Context {
    pub fn t(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(self.lang, id, args)
    }

    /// "No entry with id `id`", with the search to run instead as it can be pasted into a
    /// shell: quoted when it holds spaces or other characters a shell reads.
    pub fn no_entry(&self, id: &str) -> String {
        let query = shlex::try_quote(id).map_or_else(|_| id.into(), |q| q.into_owned());
        self.t("cli-no-entry", &[("id", id.to_string()), ("query", query)])
    }

    /// `message`, with "did you mean" the candidate closest to a mistyped `word`, if any.
    pub fn suggesting<'a>(
        &self,
        message: String,
        word: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> String {
        match crate::suggest::closest(word, candidates) {
            Some(s) => {
                let hint = self.t("teach-did-you-mean", &[("suggestion", s.to_string())]);
                format!("{message} — {hint}")
            }
            None => message,
        }
    }

    /// `message` with a "did you mean" naming the entry a search for `word` finds first, as a
    /// reader typed it (`klaster` → `cluster`), else the id spelled most like it.
    pub fn suggesting_entry(&self, message: String, word: &str) -> String {
        let corpus = &self.outcome.corpus;
        let index = crate::search::SearchIndex::load_or_build(corpus, &self.outcome.fingerprint)
            .with_synonyms(self.outcome.synonyms.clone());
        let opts = crate::search::SearchOptions {
            limit: 1,
            ..crate::search::SearchOptions::in_lang(self.lang)
        };
        match index.search(corpus, word, &opts).first() {
            Some(hit) => {
                let suggestion = corpus.id(hit.entry).to_string();
                let hint = self.t("teach-did-you-mean", &[("suggestion", suggestion)]);
                format!("{message} — {hint}")
            }
            None => self.suggesting(message, word, self.ids(None)),
        }
    }

    /// The ids of the entries of `kind`, or of every entry.
    pub fn ids(&self, kind: Option<crate::corpus::model::Kind>) -> Vec<&str> {
        let corpus = &self.outcome.corpus;
        match kind {
            Some(k) => corpus
                .of_kind(k)
                .into_iter()
                .map(|i| corpus.id(i))
                .collect(),
            None => (0..corpus.len()).map(|i| corpus.id(i)).collect(),
        }
    }
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

/// The width of an id column listing `entries`: the longest id, at most the longest an id may be,
/// so that the next column lines up (`toli list`, `search`, `figure`).
fn id_width(corpus: &crate::corpus::Corpus, entries: impl Iterator<Item = usize>) -> usize {
    entries
        .map(|i| corpus.id(i).len())
        .max()
        .unwrap_or(0)
        .min(crate::markdown::links::MAX_ID_LEN)
}

/// The process's arguments, parsed. On `--help`, `--version` or a mistake it prints the help or
/// the error, in the user's language (see [`help_text`]), and ends the process.
pub fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(plain) => {
            let lang = help_text::language_of(&args);
            match help_text::command(lang, help_text::Purpose::Help).try_get_matches_from(&args) {
                Err(localized) => match usage_error::message(&localized, lang) {
                    Some(message) => {
                        eprint!("{message}");
                        std::process::exit(localized.exit_code());
                    }
                    None => localized.exit(),
                },
                Ok(_) => plain.exit(),
            }
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let lang = Lang::detect(cli.lang, |k| std::env::var(k).ok());
    if let Some(Command::Completions { shell }) = &cli.command {
        let mut cmd = help_text::command(lang, help_text::Purpose::Reference);
        clap_complete::generate(*shell, &mut cmd, "toli", &mut std::io::stdout());
        return ExitCode::SUCCESS;
    }
    let l10n = Localizer::new();
    match &cli.command {
        Some(Command::Man) => return exit_code(help::man(lang, &mut std::io::stdout().lock())),
        Some(Command::Help { topic }) => {
            return exit_code(help::run(&l10n, lang, &mut std::io::stdout().lock(), topic));
        }
        Some(Command::New { kind, id }) => {
            return exit_code(new::from_cli(&cli, &l10n, lang, kind, id));
        }
        _ => {}
    }
    // A folder that cannot be read is an error for every command, never an empty corpus.
    if let Some(bad) = folders::unusable(&sources(&cli)) {
        eprintln!("toli: {}", l10n.format(lang, bad.message, &bad.args));
        return ExitCode::from(2);
    }
    if cli.command.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return run_tui(&cli, lang);
    }
    // A one-shot command ends the process: freeing the corpus entry by entry would only make
    // the exit slower, so it is left to the operating system.
    let mut outcome = load(&sources(&cli));
    if reads_every_entry(cli.command.as_ref()) {
        // All at once, on both cores, rather than one by one as they are used.
        outcome.corpus.decode_all();
    }
    let ctx = std::mem::ManuallyDrop::new(Context {
        lang,
        l10n,
        outcome,
    });
    let cli_theme = cli.theme;
    // A presentation owns the terminal until it ends: it must not run under a lock on stdout,
    // or the hang-up watchdog, which restores the terminal through stdout, would wait on it
    // forever while the event loop spins on a closed terminal.
    let check_command = folders::check_command_for(&cli);
    let loaded = sources(&cli);
    if let Some(Command::Present {
        tour,
        notes,
        step,
        minutes,
    }) = cli.command
    {
        let ctx = std::mem::ManuallyDrop::into_inner(ctx);
        let how = present::How {
            theme: cli_theme,
            notes,
            step,
            minutes,
            notes_lang: cli.lang,
            check_command,
            sources: loaded,
        };
        return exit_code(present::run(ctx, tour.as_deref(), how));
    }
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        None => list::run(&ctx, &mut out, None, false),
        Some(Command::List { kind, json }) => list::run(&ctx, &mut out, kind.as_deref(), json),
        Some(Command::Show { id, json }) => show::run(&ctx, &mut out, &id, json),
        Some(Command::Search {
            query,
            kind,
            limit,
            json,
        }) => search::run(&ctx, &mut out, &query, kind.as_deref(), limit, json),
        Some(Command::Check { strict, json }) => check::run(&ctx, &mut out, strict, json),
        Some(Command::Figure { id, json, csv }) => {
            let format = if json {
                figure::Format::Json
            } else if csv {
                figure::Format::Csv
            } else {
                figure::Format::Text
            };
            figure::run(&ctx, &mut out, id.as_deref(), format)
        }
        Some(Command::Matrix { json, csv }) => {
            let format = if json {
                matrix::Format::Json
            } else if csv {
                matrix::Format::Csv
            } else {
                matrix::Format::Text
            };
            matrix::run(&ctx, &mut out, format)
        }
        Some(Command::Bookmarks { json }) => bookmarks::run(&ctx, &mut out, json),
        Some(Command::Notes { json }) => notes::run(&ctx, &mut out, json),
        Some(Command::Export {
            format,
            langs,
            tour,
            ids,
            single_file,
            force,
            out: dir,
        }) => export::run(
            &ctx,
            &mut out,
            &export::Request {
                format,
                langs,
                tour: tour.as_deref(),
                ids: &ids,
                single_file,
                force,
                out: &dir,
                check_command,
            },
        ),
        Some(
            Command::Present { .. }
            | Command::Completions { .. }
            | Command::New { .. }
            | Command::Help { .. }
            | Command::Man,
        ) => Ok(ExitCode::SUCCESS),
    };
    let _ = out.flush();
    exit_code(result)
}

/// The process's exit code for a command's result; failures are reported on stderr.
fn exit_code(result: CmdResult) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Failure::Message(msg)) => {
            eprintln!("toli: {msg}");
            ExitCode::from(2)
        }
        // A closed pipe (`toli list | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("toli: {e}");
            ExitCode::from(2)
        }
    }
}

/// Whether a one-shot command reads many entries: listing as JSON, the matrix, handouts.
/// `show`, `search`, `figure`, `present`, `check` and the plain list read a few or none (ids,
/// kinds, titles and diagnostics come with the corpus).
fn reads_every_entry(command: Option<&Command>) -> bool {
    matches!(
        command,
        Some(Command::List { json: true, .. } | Command::Matrix { .. } | Command::Export { .. })
    )
}

/// Opens the interactive app on the loaded corpus.
fn run_tui(cli: &Cli, lang: Lang) -> ExitCode {
    let mut outcome = load(&sources(cli));
    // The app lists and draws every entry: decode them all now, on all cores.
    outcome.corpus.decode_all();
    let reloads = crate::corpus::watch::watch(
        sources(cli),
        outcome.fingerprint.clone(),
        crate::app::reload::Fresh::prepare,
    );
    let terminal = crate::ui::plain::init_from_env();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) || !terminal.colour;
    let problems = outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity() == crate::diagnostic::Severity::Error)
        .count();
    let index = SearchIndex::load_or_build(&outcome.corpus, &outcome.fingerprint)
        .with_synonyms(outcome.synonyms.clone());
    let mut app = crate::app::App::with_index(outcome.corpus, index, lang, cli.theme, no_color);
    if let Some(store) = crate::store::Store::open_default() {
        crate::app::study::attach_store(&mut app, store);
    }
    app.session_file = crate::app::session::default_path();
    crate::app::session::restore(&mut app, cli.lang.is_some());
    app.check_command = folders::check_command_for(cli);
    if let Some(path) = crate::present::resume::default_path() {
        app.present_places = crate::present::resume::Memory::at(path);
    }
    if problems > 0 {
        app.status.say(app.tf(
            "teach-load-problems",
            &[
                ("count", problems.to_string()),
                ("command", app.check_command.clone()),
            ],
        ));
    }
    match crate::tui::run_reloading(app, reloads) {
        Ok(crate::tui::End::Quit) => ExitCode::SUCCESS,
        Ok(crate::tui::End::Signal) => ExitCode::from(130),
        Err(e) => {
            eprintln!("toli: {e}");
            ExitCode::from(2)
        }
    }
}

/// Why a subcommand could not do its job.
pub enum Failure {
    /// A message for the user (already translated).
    Message(String),
    Io(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e)
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::Io(e.into())
    }
}

pub type CmdResult = Result<ExitCode, Failure>;

/// Parses a `--kind` value or fails with the list of kinds.
/// The kind names a reader may type, in the reader's language and alphabetical order: the
/// Mongolian names for a Mongolian reader (the English ones are accepted too).
fn kind_names(lang: crate::lang::Lang) -> Vec<&'static str> {
    use crate::corpus::model::Kind;
    let mut names: Vec<&'static str> = match lang {
        crate::lang::Lang::En => Kind::ALL.map(Kind::name).to_vec(),
        crate::lang::Lang::Mn => Kind::ALL.map(Kind::mongolian_name).to_vec(),
    };
    names.sort_by_cached_key(|n| crate::collate::key(n, lang));
    names
}

pub fn parse_kind(
    ctx: &Context,
    kind: Option<&str>,
) -> Result<Option<crate::corpus::model::Kind>, Failure> {
    use crate::corpus::model::Kind;
    match kind {
        None => Ok(None),
        Some(k) => Kind::parse(k).map(Some).ok_or_else(|| {
            let message = ctx.t(
                "cli-unknown-kind",
                &[
                    ("kind", k.to_string()),
                    ("kinds", kind_names(ctx.lang).join(", ")),
                ],
            );
            let names = Kind::ALL
                .iter()
                .flat_map(|k| [k.name(), k.mongolian_name()]);
            Failure::Message(ctx.suggesting(message, k, names))
        }),
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
