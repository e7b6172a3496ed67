//! Copying an entry's citation (its text: [`crate::corpus::citation`]): the OSC 52 sequence the
//! event loop writes so the terminal puts it on the clipboard, and the window that shows it.

use super::action::Action;
use super::effect::Effect;
use super::state::{App, Overlay, Then};
use crate::corpus::citation::citation;

/// The OSC 52 sequence that sets the clipboard to `text` (base64, so the text itself never
/// reaches the terminal).
pub fn osc52(text: &str) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = crossterm::Command::write_ansi(
        &crossterm::clipboard::CopyToClipboard::to_clipboard_from(text),
        &mut out,
    );
    out
}

/// Applies an action in the citation window: `y`, Enter, Esc or `q` close it; the line and
/// page keys scroll it where the screen is too small for the whole citation (`M`, which frees
/// the mouse to select it, is handled over every overlay by `update`).
pub fn action(app: &mut App, action: Action) -> Then {
    let screen = crate::ui::overlay_screen(app, super::update::screen(app));
    let Some(Overlay::Citation { text, scroll }) = &app.overlay else {
        return Then::Stay;
    };
    if matches!(action, Action::Escape | Action::Open | Action::CopyCitation) {
        return Then::Close;
    }
    let (page, max) = crate::ui::citation::page_and_max(app, screen, text);
    let Some(to) = action.scrolled(*scroll, page, max) else {
        return Then::Stay;
    };
    if let Some(Overlay::Citation { scroll, .. }) = &mut app.overlay {
        *scroll = to;
    }
    Then::Stay
}

/// `y`: queues the current entry's citation for the terminal's clipboard and says what was done
/// in plain words — sent, since no terminal confirms it (tmux drops it by default), and where to
/// select it by hand if it does not paste. The citation is returned
/// too, for the window that shows it whole to read or select by hand.
pub fn copy(app: &mut App) -> Option<(String, Effect)> {
    let i = app.current()?;
    let text = citation(&app.corpus, &app.l10n, i, app.settings.lang);
    let title = app
        .corpus
        .entry(i)
        .title
        .show(app.settings.lang)
        .to_string();
    let title = super::status::short_title(&title);
    app.status.say(app.tf("cite-copied", &[("title", title)]));
    Some((text.clone(), Effect::Copy(text)))
}

#[cfg(test)]
mod tests {
    use super::osc52;

    #[test]
    fn osc52_encodes_base64() {
        assert!(
            osc52("Кл").starts_with("\x1b]52;c;0JrQuw=="),
            "{:?}",
            osc52("Кл")
        );
    }
}
