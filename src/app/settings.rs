//! How the app shows things: language (one or both), theme, colour and mouse. Changed only
//! through the methods and functions here (the settings keys, the projector theme of a
//! presentation, a restored session); read by every view.

use super::state::App;
use crate::lang::Lang;

/// The themes, in the order `T` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    Dark,
    Light,
    Projector,
}

impl ThemeName {
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Dark => ThemeName::Light,
            ThemeName::Light => ThemeName::Projector,
            ThemeName::Projector => ThemeName::Dark,
        }
    }

    /// The Fluent id of the theme's name.
    pub fn label_id(self) -> &'static str {
        match self {
            ThemeName::Dark => "theme-dark",
            ThemeName::Light => "theme-light",
            ThemeName::Projector => "theme-projector",
        }
    }
}

/// The display settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    /// Both languages side by side.
    pub both: bool,
    pub theme: ThemeName,
    /// NO_COLOR: no colours, only bold, underline and reverse.
    pub no_color: bool,
    /// The terminal reports the mouse (`M` toggles it, to select text with the terminal).
    pub mouse: bool,
}

impl Settings {
    pub fn toggle_both(&mut self) {
        self.both = !self.both;
    }

    /// `M`: returns whether the mouse is now captured.
    pub fn toggle_mouse(&mut self) -> bool {
        self.mouse = !self.mouse;
        self.mouse
    }

    /// Both languages side by side, or one: a word's `B` taken back.
    pub fn set_both(&mut self, both: bool) {
        self.both = both;
    }

    /// Mouse capture on or off: a word's `M` taken back.
    pub fn set_mouse(&mut self, mouse: bool) {
        self.mouse = mouse;
    }

    /// A theme chosen for the user (the projector theme while presenting, then the one before).
    pub fn set_theme(&mut self, theme: ThemeName) {
        self.theme = theme;
    }
}

/// Shows `lang`: the lists take its alphabetical order, each keeping its selected entry.
pub fn set_lang(app: &mut App, lang: Lang) {
    if lang == app.settings.lang {
        return;
    }
    app.settings.lang = lang;
    app.nav.relist(&app.corpus, lang, true);
    // A message said in the other language goes with it (it would stay until the next key).
    app.status.clear();
}

/// `T`: the next theme, announced by name in the status line (or the presentation's footer).
pub fn cycle_theme(app: &mut App) {
    app.settings.theme = app.settings.theme.next();
    let name = app.t(app.settings.theme.label_id());
    app.status.say(app.tf("theme-changed", &[("theme", name)]));
}
