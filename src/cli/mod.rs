//! The command line's dispatch: from the parsed arguments ([`args`]) to the subcommand that
//! runs, or the interactive app. Each subcommand lives in its own file and prints through the
//! shared [`Context`] ([`context`]).

mod args;
mod bookmarks;
mod check;
mod cite;
mod context;
mod export;
mod figure;
mod folders;
mod handout_content;
mod handout_paths;
mod handout_title;
mod handout_usage;
mod help;
pub mod help_text;
mod id_list;
mod json;
mod kind_command;
mod list;
mod listing;
mod matrix;
mod new;
mod new_from;
mod notes;
mod notes_file;
mod notes_move;
mod own_folders;
mod present;
mod search;
pub mod show;
pub(crate) mod skeleton;
mod usage_error;
mod width;

use std::io::Write;
use std::process::ExitCode;

pub use args::{Cli, Command, parse, sources};
use context::exit_code;
pub use context::{CmdResult, Context, Failure, parse_kind};

use crate::corpus::load::load;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::search::SearchIndex;

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let lang = Lang::detect(cli.lang, |k| std::env::var(k).ok());
    if let Some(Command::Completions { shell }) = &cli.command {
        let mut cmd = help_text::command(lang, help_text::Purpose::Reference);
        clap_complete::generate(*shell, &mut cmd, "toli", &mut std::io::stdout());
        return ExitCode::SUCCESS;
    }
    let l10n = Localizer::new();
    // An empty TOLI_PROFILE is no profile, as an empty variable is unset everywhere else.
    if let Some(name) = cli.profile.as_deref().filter(|n| !n.is_empty())
        && !crate::store::profile::choose(name)
    {
        let args = [("name", name.to_string())];
        eprintln!("toli: {}", l10n.format(lang, "profile-bad-name", &args));
        return ExitCode::from(2);
    }
    match &cli.command {
        Some(Command::Man) => return exit_code(help::man(lang, &mut std::io::stdout().lock())),
        Some(Command::Help { topic }) => {
            return exit_code(help::run(&l10n, lang, &mut std::io::stdout().lock(), topic));
        }
        Some(Command::New {
            from: Some(from), ..
        }) => {
            return exit_code(new_from::from_cli(&cli, &l10n, lang, from));
        }
        Some(Command::New {
            kind: Some(kind),
            id: Some(id),
            ..
        }) => {
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
        presenter,
        step,
        minutes,
    }) = cli.command
    {
        let ctx = std::mem::ManuallyDrop::into_inner(ctx);
        let how = present::How {
            theme: cli_theme,
            notes,
            presenter,
            step,
            minutes,
            lang: cli.lang,
            check_command,
            sources: loaded,
        };
        return exit_code(present::run(ctx, tour.as_deref(), how));
    }
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        None => list::run(&ctx, &mut out, None, false),
        Some(Command::List { kind, json }) => list::run(&ctx, &mut out, kind.as_deref(), json),
        Some(Command::Show { id, json }) => {
            own_folders::record_loaded(&ctx, &crate::present::sync::Loaded::of(&loaded));
            show::run(&ctx, &mut out, &id, json)
        }
        Some(Command::Cite { ids }) => cite::run(&ctx, &mut out, &id_list::ids(&ids)),
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
        Some(Command::Bookmarks { json }) => {
            let loaded = crate::present::sync::Loaded::of(&loaded);
            bookmarks::run(&ctx, &mut out, &loaded, json)
        }
        Some(Command::Notes {
            carry: Some(ids), ..
        }) => match ids.as_slice() {
            [old, new] => notes_move::run(&ctx, &mut out, old, new),
            _ => Ok(ExitCode::from(2)),
        },
        Some(Command::Notes {
            json,
            full,
            out: file,
            force,
            ..
        }) => {
            let loaded = crate::present::sync::Loaded::of(&loaded);
            let shape = match (json, full, file) {
                (true, ..) => notes::Shape::Json,
                (_, true, _) => notes::Shape::Full,
                (_, _, Some(path)) => notes::Shape::File { path, force },
                _ => notes::Shape::List,
            };
            notes::run(&ctx, &mut out, &loaded, shape)
        }
        Some(Command::Export {
            format,
            langs,
            tour,
            ids,
            single_file,
            force,
            title,
            out: dir,
        }) => export::run(
            &ctx,
            &mut out,
            &export::Request {
                format,
                langs,
                chosen: Lang::chosen(cli.lang, |k| std::env::var(k).ok()),
                tour: tour.as_deref(),
                ids: &id_list::ids(&ids),
                single_file,
                force,
                titles: &title,
                out: &dir,
                check_command,
                content_dirs: &loaded.dirs,
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
        crate::app::reload::Fresh::edited,
    );
    let terminal = crate::ui::plain::init_from_env();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) || !terminal.colour;
    let problems = load_problems(&outcome.diagnostics);
    let index = SearchIndex::load_or_build(&outcome.corpus, &outcome.fingerprint)
        .with_synonyms(Some(outcome.synonyms.clone()));
    let mut app = crate::app::App::with_index(outcome.corpus, index, lang, cli.theme, no_color);
    // Before the store: its bookmarks and notes learn which folder their entries came from.
    app.content = crate::present::sync::Loaded::of(&sources(cli));
    if let Some(store) = crate::store::Store::open_default() {
        crate::app::study::attach_store(&mut app, store);
    }
    app.session_file = crate::app::session::default_path();
    crate::app::session::restore(&mut app, cli.lang.is_some());
    app.status.set_problems(outcome.diagnostics, &app.corpus);
    app.check_command = folders::check_command_for(cli);
    if let Some(path) = crate::present::resume::default_path() {
        app.present_places = crate::present::resume::Memory::at(path);
    }
    if let Some(args) = problems {
        let mut args = args.to_vec();
        args.push(("command", app.check_command.clone()));
        let message = match not_loaded_args(&app.status.not_loaded) {
            Some(files) => {
                args.extend(files);
                "teach-load-not-loaded"
            }
            None => "teach-load-errors",
        };
        app.status.say(app.tf(message, &args));
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

/// The errors and warnings of a load, counted as `toli check` counts them, as the arguments of
/// the app's `teach-load-errors`; `None` without errors (warnings alone say nothing at start).
fn load_problems(
    diagnostics: &[crate::diagnostic::Diagnostic],
) -> Option<[(&'static str, String); 2]> {
    let (errors, warnings) = crate::diagnostic::tally(diagnostics);
    (errors > 0).then(|| {
        [
            ("errors", errors.to_string()),
            ("warnings", warnings.to_string()),
        ]
    })
}

/// The files that did not load, as the arguments `teach-load-not-loaded` adds: how many, and
/// the first one's name without its folder (the whole path is in `!`); `None` when every file
/// loaded.
fn not_loaded_args(not_loaded: &[String]) -> Option<[(&'static str, String); 2]> {
    let first = not_loaded.first()?;
    let name = std::path::Path::new(first)
        .file_name()
        .map_or_else(|| first.clone(), |n| n.to_string_lossy().into_owned());
    Some([
        ("files", not_loaded.len().to_string()),
        ("file", crate::inert::inert(&name).into_owned()),
    ])
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::{Diagnostic, Problem};
    use crate::i18n::Localizer;
    use crate::lang::Lang;

    /// The app's first status line counts errors and warnings as `toli check` does, in both languages.
    #[test]
    fn the_load_message_says_errors_and_warnings_as_check_does() {
        let l10n = Localizer::new();
        let error = Diagnostic::new("a.md", 1, 1, Problem::Empty);
        let warning = Diagnostic::new("a.md", 1, 1, Problem::Unsourced);
        let say = |errors: usize, warnings: usize, lang: Lang| {
            let mut d = vec![error.clone(); errors];
            d.extend(vec![warning.clone(); warnings]);
            super::load_problems(&d).map(|args| {
                let mut args = args.to_vec();
                args.push(("command", "toli check".into()));
                l10n.format(lang, "teach-load-errors", &args)
            })
        };
        assert_eq!(
            say(7, 3, Lang::En).as_deref(),
            Some("7 errors, 3 warnings in the content — ! shows them; or run: toli check")
        );
        assert_eq!(
            say(7, 3, Lang::Mn).as_deref(),
            Some(
                "агуулгад 7 алдаа, 3 анхааруулга байна — ! товчоор эсвэл toli check тушаалаар харна"
            )
        );
        assert_eq!(
            say(1, 0, Lang::En).as_deref(),
            Some("1 error in the content — ! shows them; or run: toli check")
        );
        assert_eq!(
            say(1, 1, Lang::Mn).as_deref(),
            Some(
                "агуулгад 1 алдаа, 1 анхааруулга байна — ! товчоор эсвэл toli check тушаалаар харна"
            )
        );
        assert_eq!(say(0, 3, Lang::En), None);
    }

    /// A file that did not load is named at start, by its name, with what that means: its
    /// entries are missing until it is fixed.
    #[test]
    fn the_load_message_names_a_file_that_did_not_load() {
        let l10n = Localizer::new();
        let say = |not_loaded: &[&str], errors: &str, lang: Lang| {
            let paths: Vec<String> = not_loaded.iter().map(|p| p.to_string()).collect();
            let mut args = vec![("errors", errors.to_string()), ("warnings", "0".into())];
            args.push(("command", "toli check --content ws".into()));
            args.extend(super::not_loaded_args(&paths)?);
            Some(l10n.format(lang, "teach-load-not-loaded", &args))
        };
        assert_eq!(say(&[], "1", Lang::En), None);
        assert_eq!(
            say(&["ws/definitions/cluster-coach.md"], "1", Lang::En).as_deref(),
            Some(
                "cluster-coach.md did not load: its entries are missing until it is fixed — ! shows why; or run: toli check --content ws"
            )
        );
        assert_eq!(
            say(&["ws/a.md", "ws/b.md"], "3", Lang::En).as_deref(),
            Some(
                "2 files did not load: their entries are missing until fixed — ! shows why; or run: toli check --content ws"
            )
        );
        assert_eq!(
            say(&["ws/definitions/cluster-coach.md"], "1", Lang::Mn).as_deref(),
            Some(
                "cluster-coach.md файл ачаалагдсангүй: засах хүртэл бичлэг нь агуулгад орохгүй — ! товчоор эсвэл toli check --content ws тушаалаар алдааг харна"
            )
        );
    }
}
