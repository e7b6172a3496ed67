//! The help overlay's behaviour (`?`, F1): it opens at the focused context's section and
//! scrolls by line and page (drawn by `ui/help.rs`, from the key table). Opened over a list
//! (bookmarks, notes …), the search box, the note editor or the find bar (F1 there: `?` is
//! typed), it lists that window's keys, and closing it goes back to the window as it was.

use super::action::Action;
use super::state::{App, Overlay, Then};

/// Where help opens: at the section of the context that has the keys now.
pub(super) fn first_scroll(app: &App) -> usize {
    let ctx = super::keymap::active(app)[0];
    crate::ui::help::section_start(app, ctx).min(crate::ui::help::max_scroll(app))
}

/// Applies an action while help is open.
pub(super) fn action(app: &mut App, action: Action) -> Then {
    let page = crate::ui::help::page(app);
    let max = crate::ui::help::max_scroll(app);
    let Some(Overlay::Help { scroll, .. }) = &mut app.overlay else {
        return Then::Stay;
    };
    match action {
        Action::Up | Action::Wheel { down: false, .. } => *scroll = scroll.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => *scroll += 1,
        Action::PageDown => *scroll += page.saturating_sub(1).max(1),
        Action::PageUp => *scroll = scroll.saturating_sub(page.saturating_sub(1).max(1)),
        Action::Top => *scroll = 0,
        Action::Bottom => *scroll = max,
        Action::Escape | Action::Help | Action::Click { .. } => return Then::Close,
        _ => {}
    }
    *scroll = (*scroll).min(max);
    Then::Stay
}
