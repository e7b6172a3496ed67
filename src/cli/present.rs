//! `toli present [TOUR] [--step N] [--notes]`: presents a tour full screen where it was left
//! (or at step N; without TOUR, opens the app on the tours list to pick one with `p`), or with
//! `--notes` shows the trainer's notes following the presentation running in another terminal.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::{CmdResult, Context, Failure};
use crate::corpus::model::Kind;
use crate::present::notes::{self, Notes};
use crate::present::sync::runtime_dir;
use crate::ui::theme::ThemeName;

/// How to present, from the command line.
pub struct How {
    pub theme: ThemeName,
    /// The notes view instead of the slides.
    pub notes: bool,
    /// `--presenter PID`: the notes follow the presentation in that process only.
    pub presenter: Option<u32>,
    /// The step to start at (1-based); None resumes.
    pub step: Option<usize>,
    /// The talk's planned length (`--minutes`); None keeps the tour's last plan.
    pub minutes: Option<u32>,
    /// `--lang` when given: the notes view's own language (else the talk's); the talk's
    /// language (else the one it was last given in).
    pub lang: Option<crate::lang::Lang>,
    /// The `toli check` command for the folders loaded, for a broken step.
    pub check_command: String,
    /// What was loaded: its folders are watched, so a saved edit shows on the slide.
    pub sources: crate::corpus::load::Sources,
}

pub fn run(ctx: Context, tour: Option<&str>, how: How) -> CmdResult {
    let theme = how.theme;
    let corpus = &ctx.outcome.corpus;
    let tours = corpus.of_kind(Kind::Tour);
    let index = match tour {
        None => None,
        Some(id) => match corpus.index_of(id).filter(|i| tours.contains(i)) {
            Some(i) => Some(i),
            None => return Err(Failure::Message(unknown_tour(&ctx, id))),
        },
    };
    if let (Some(i), Some(n)) = (index, how.step) {
        let total = crate::present::deck::steps_of(corpus, i).len();
        if n == 0 || n > total {
            let args = [("step", n.to_string()), ("total", total.to_string())];
            return Err(Failure::Message(ctx.t("present-no-such-step", &args)));
        }
    }
    if !std::io::stdout().is_terminal() {
        return Err(Failure::Message(ctx.t("present-needs-terminal", &[])));
    }
    let terminal = crate::ui::plain::init_from_env();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) || !terminal.colour;
    if how.notes {
        let loaded = crate::present::sync::Loaded::of(&how.sources);
        let reloads = crate::corpus::watch::watch(
            how.sources,
            ctx.outcome.fingerprint.clone(),
            |fresh, _| fresh,
        );
        let tour = index.map(|i| corpus.entry(i).id.clone());
        let view = Notes {
            own_lang: how.lang,
            theme,
            no_color,
            // The trainer's own notes (`e` in the app) show under the tour's, here only.
            store: crate::store::Store::open_default(),
            problems: ctx.outcome.diagnostics,
            loaded,
            presenter: how.presenter,
            pinned: how.presenter.is_some(),
            places: (crate::present::resume::default_path())
                .map_or_else(Default::default, crate::present::resume::Memory::at),
            ..Notes::following(
                std::sync::Arc::new(ctx.outcome.corpus),
                &ctx.l10n,
                tour,
                ctx.lang,
            )
        };
        notes::run(view, &runtime_dir(), reloads)?;
        return Ok(ExitCode::SUCCESS);
    }
    let lang = ctx.lang;
    let loaded = crate::present::sync::Loaded::of(&how.sources);
    let reloads = crate::corpus::watch::watch(
        how.sources,
        ctx.outcome.fingerprint.clone(),
        crate::app::reload::Fresh::edited,
    );
    let problems = ctx.outcome.diagnostics;
    let mut app = crate::app::App::new(ctx.outcome.corpus, lang, theme, no_color);
    app.status.set_problems(problems, &app.corpus);
    app.check_command = how.check_command;
    app.content = loaded;
    if let Some(path) = crate::present::resume::default_path() {
        app.present_places = crate::present::resume::Memory::at(path);
    }
    match index {
        Some(i) => {
            let lang_given = how.lang.is_some();
            crate::app::present::start_standalone(&mut app, i, how.step, how.minutes, lang_given)
                .map_err(Failure::Message)?;
        }
        None => {
            // Picking a tour is using the app: its place is saved on quit, as `toli` saves it.
            app.session_file = crate::app::session::default_path();
            crate::app::present::show_tours(&mut app);
        }
    }
    match crate::tui::run_reloading(app, reloads) {
        Ok(crate::tui::End::Quit) => Ok(ExitCode::SUCCESS),
        Ok(crate::tui::End::Signal) => Ok(ExitCode::from(130)),
        Err(e) => Err(Failure::Io(e)),
    }
}

/// Why `id` names no tour here: a presentation of it running from content this command did not
/// load gives the command that loads it; else the tours there are, and that a tour of one's own
/// needs its folder.
fn unknown_tour(ctx: &Context, id: &str) -> String {
    let running = crate::present::sync::presenters(&runtime_dir(), Some(id));
    match running.first() {
        Some(p) => {
            let command = p.position.content.notes_command(id);
            let args = [("tour", id.to_string()), ("command", command)];
            crate::inert::inert(&ctx.t("present-tour-running-elsewhere", &args)).into_owned()
        }
        None => ctx.no_tour(id),
    }
}
