//! How the app shows things: language (one or both), theme, colour and mouse. Written by the
//! settings keys in [`super::update`](mod@super::update) and, for the projector theme, by
//! [`super::present`]; read by every view.

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
