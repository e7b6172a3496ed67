//! The problems window (`!`): every problem of the last load or live reload, which the status
//! line can only name, to read whole. Its keys scroll it; the view is `ui/problems.rs`.

use super::action::Action;
use super::state::{App, Overlay, Then};

/// Applies an action in the problems window: Esc, `q` or `!` close it; the line and page keys
/// scroll it.
pub fn action(app: &mut App, action: Action) -> Then {
    let screen = crate::ui::overlay_screen(app, super::update::screen(app));
    let Some(Overlay::Problems { scroll }) = &app.overlay else {
        return Then::Stay;
    };
    if matches!(action, Action::Escape | Action::OpenProblems) {
        return Then::Close;
    }
    let (page, max) = crate::ui::problems::page_and_max(app, screen);
    let Some(to) = action.scrolled(*scroll, page, max) else {
        return Then::Stay;
    };
    if let Some(Overlay::Problems { scroll }) = &mut app.overlay {
        *scroll = to;
    }
    Then::Stay
}
