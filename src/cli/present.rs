//! `toli present [TOUR] [--notes]`: presents a tour full screen (without TOUR, opens the app on
//! the tours list to pick one with `p`), or with `--notes` shows the trainer's notes following
//! the presentation running in another terminal.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::{CmdResult, Context, Failure};
use crate::corpus::model::Kind;
use crate::present::notes::{self, Notes};
use crate::present::sync::runtime_dir;
use crate::ui::theme::ThemeName;

pub fn run(ctx: Context, theme: ThemeName, tour: Option<&str>, with_notes: bool) -> CmdResult {
    let corpus = &ctx.outcome.corpus;
    let tours = corpus.of_kind(Kind::Tour);
    let index = match tour {
        None => None,
        Some(id) => match corpus.index_of(id).filter(|i| tours.contains(i)) {
            Some(i) => Some(i),
            None => {
                let known: Vec<&str> = tours.iter().map(|&i| corpus.entry(i).id.as_str()).collect();
                let message = ctx.t(
                    "present-unknown-tour",
                    &[("tour", id.to_string()), ("tours", known.join(", "))],
                );
                return Err(Failure::Message(ctx.suggesting(message, id, known)));
            }
        },
    };
    if !std::io::stdout().is_terminal() {
        return Err(Failure::Message(ctx.t("present-needs-terminal", &[])));
    }
    let terminal = crate::ui::plain::init_from_env();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) || !terminal.colour;
    if with_notes {
        let view = Notes {
            corpus,
            l10n: &ctx.l10n,
            tour: index.map(|i| corpus.entry(i).id.clone()),
            lang: ctx.lang,
            theme,
            no_color,
            position: None,
            now: 0,
        };
        notes::run(view, &runtime_dir())?;
        return Ok(ExitCode::SUCCESS);
    }
    let lang = ctx.lang;
    let mut app = crate::app::App::new(ctx.outcome.corpus, lang, theme, no_color);
    match index {
        Some(i) => {
            if !crate::app::present::start(&mut app, i) {
                return Err(Failure::Message(app.t("present-empty-tour")));
            }
            if let Some(d) = app.present.as_mut() {
                d.standalone = true;
            }
        }
        None => crate::app::present::show_tours(&mut app),
    }
    match crate::tui::run(app) {
        Ok(crate::tui::End::Quit) => Ok(ExitCode::SUCCESS),
        Ok(crate::tui::End::Signal) => Ok(ExitCode::from(130)),
        Err(e) => Err(Failure::Io(e)),
    }
}
