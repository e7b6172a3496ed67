//! The command line: global options, subcommands, and dispatch. Each subcommand lives in its
//! own file and prints through the shared [`Context`].

mod bookmarks;
mod check;
mod export;
mod figure;
mod folders;
mod help;
mod json;
mod list;
mod matrix;
mod new;
mod notes;
mod present;
mod search;
pub mod show;
mod skeleton;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use crate::corpus::load::{Outcome, Sources, load};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::search::SearchIndex;

/// Толь (toli): a bilingual knowledge base on clusters and STI parks, for the terminal.
#[derive(Debug, Parser)]
#[command(
    name = "toli",
    version,
    about,
    long_about = None,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Language of the interface and content (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// A folder (or file) of your own entries, loaded on top of the built-in corpus; repeatable.
    #[arg(long = "content", global = true, value_name = "DIR")]
    pub content: Vec<PathBuf>,

    /// Use only the --content folders, without the built-in corpus.
    #[arg(long, global = true)]
    pub no_builtin: bool,

    /// Colour theme of the interactive app; presentations open in the projector theme (T cycles
    /// the themes). NO_COLOR turns colours off in any theme.
    #[arg(
        long,
        global = true,
        value_enum,
        env = "TOLI_THEME",
        default_value = "dark"
    )]
    pub theme: crate::ui::theme::ThemeName,

    /// Without a subcommand, toli opens the interactive app (or lists entries when the output
    /// is not a terminal).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Each subcommand's arguments are defined only when it runs (or its help is shown): a
/// one-shot command does not build the other nine.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// List entries (all, or of one kind).
    List {
        /// Only entries of this kind (English or Mongolian name).
        #[arg(long)]
        kind: Option<String>,
        /// Print JSON: [{"id","kind","title":{"en","mn"}}].
        #[arg(long)]
        json: bool,
    },
    /// Show one entry.
    Show {
        /// The entry id.
        id: String,
        /// Print JSON with links, backlinks, sources and the kind's own fields.
        #[arg(long)]
        json: bool,
    },
    /// Search titles, aliases, tags, summaries and bodies in both languages.
    Search {
        /// What to look for.
        query: String,
        /// Only entries of this kind.
        #[arg(long)]
        kind: Option<String>,
        /// At most this many results (1 or more).
        #[arg(long, default_value_t = 20,
              value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
        limit: usize,
        /// Print JSON: [{"id","kind","title":{"en","mn"},"score"}], best first.
        #[arg(long)]
        json: bool,
    },
    /// Check the corpus (built-in plus --content) and report every problem with path:line:col.
    Check {
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// Print {"diagnostics": [...], "stats": {...}}.
        #[arg(long)]
        json: bool,
    },
    /// List the figures, or print one as a text chart, JSON or CSV.
    Figure {
        /// The figure id; without it, every figure is listed.
        id: Option<String>,
        /// Print JSON.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV (both languages in columns).
        #[arg(long)]
        csv: bool,
    },
    /// The findings × actions matrix: which actions answer which findings.
    Matrix {
        /// Print JSON: {"findings","recommendations","actions","marks":[{"finding","action","via"}]}.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV: one row per finding, one column per action ("x" direct, "o" through its recommendation).
        #[arg(long)]
        csv: bool,
    },
    /// List your bookmarks (set with `m` in the app).
    Bookmarks {
        /// Print JSON: [{"id","title":{"en","mn"},"added"}].
        #[arg(long)]
        json: bool,
    },
    /// List your notes (written with `e` in the app): id, title and the note's first line.
    Notes {
        /// Print JSON: [{"id","title":{"en","mn"},"note"}] with each note's full text.
        #[arg(long)]
        json: bool,
    },
    /// Write a handout: a static HTML site or Markdown files of the corpus or one tour.
    Export {
        /// html (a self-contained static site) or md (Markdown files).
        #[arg(long, value_enum, default_value = "html")]
        format: crate::export::Format,
        /// Languages to include.
        #[arg(long = "langs", value_enum, default_value = "both")]
        langs: crate::export::Languages,
        /// Only this tour's entries, in its order.
        #[arg(long, conflicts_with = "ids")]
        tour: Option<String>,
        /// Only these entries, in this order (comma-separated ids).
        #[arg(long, value_delimiter = ',')]
        ids: Vec<String>,
        /// Write one self-contained HTML file OUT (contents, inline style and charts, a page per
        /// entry in print) instead of a folder.
        #[arg(long)]
        single_file: bool,
        /// Write into a folder that holds files toli did not write (they are kept), or replace a
        /// file toli did not write.
        #[arg(long)]
        force: bool,
        /// The folder to write into (created if needed), or the file with --single-file.
        out: PathBuf,
    },
    /// Present a tour full screen, one entry per step (without TOUR, pick one from the tours).
    Present {
        /// The tour's id.
        tour: Option<String>,
        /// Show the trainer's notes, following the presentation running in another terminal
        /// (in the talk's language, or in --lang's when given; L switches).
        #[arg(long)]
        notes: bool,
        /// Start at step N (1 is the first); without it the tour resumes where it was left.
        #[arg(long, value_name = "N", conflicts_with = "notes")]
        step: Option<usize>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Write a new entry or tour to fill in: a bilingual file whose TODO placeholders `toli
    /// check` reports until they are replaced. Written to the first --content folder (else
    /// TOLI_CONTENT's, else the current folder), in the kind's subfolder; never overwrites.
    New {
        /// definition, stage, policy, case, finding, recommendation, action, source, figure or
        /// tour (or the Mongolian name).
        kind: String,
        /// The new entry's id: lower-case letters, digits and -; the file is named after it.
        id: String,
    },
    /// Help on a command (`toli help check`), or `toli help format`: how to write entries and
    /// tours (with --lang mn, in Mongolian).
    Help {
        /// `format`, or a command name.
        topic: Vec<String>,
    },
    /// Print the manual page (install it with `toli man > ~/.local/share/man/man1/toli.1`).
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

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let lang = Lang::detect(cli.lang, |k| std::env::var(k).ok());
    if let Some(Command::Completions { shell }) = &cli.command {
        let mut cmd = Cli::command();
        clap_complete::generate(*shell, &mut cmd, "toli", &mut std::io::stdout());
        return ExitCode::SUCCESS;
    }
    let l10n = Localizer::new();
    match &cli.command {
        Some(Command::Man) => return exit_code(help::man(&mut std::io::stdout().lock())),
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
    if let Some(Command::Present { tour, notes, step }) = cli.command {
        let ctx = std::mem::ManuallyDrop::into_inner(ctx);
        let how = present::How {
            theme: cli_theme,
            notes,
            step,
            notes_lang: cli.lang,
            check_command,
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
                    ("kinds", Kind::ALL.map(Kind::name).join(", ")),
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
