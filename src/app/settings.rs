//! How the app shows things: language (one or both), theme, colour and mouse. Written by the
//! settings keys in [`super::update`](mod@super::update) and, for the projector theme, by
//! [`super::present`]; read by every view.

use super::state::App;
use crate::lang::Lang;
use crate::ui::theme::ThemeName;

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

/// `T`: the next theme, announced by name in the status line (or the presentation's footer).
pub fn cycle_theme(app: &mut App) {
    app.settings.theme = app.settings.theme.next();
    let name = app.t(app.settings.theme.label_id());
    app.notice = Some(app.tf("theme-changed", &[("theme", name)]));
}
