//! The search overlay's behaviour: typing, moving through live results, opening one (drawn by
//! `ui/search.rs`).

use super::action::Action;
use super::state::{App, Overlay};
use super::update::{navigate, screen};

pub(super) fn search_action(app: &mut App, action: Action) {
    let screen = screen(app);
    let Some(Overlay::Search(s)) = &mut app.overlay else {
        return;
    };
    match action {
        Action::Input(c) => s.query.push(c),
        Action::DeleteChar => {
            s.query.pop();
        }
        Action::Up => s.selected = s.selected.saturating_sub(1),
        Action::Down => s.selected = (s.selected + 1).min(s.hits.len().saturating_sub(1)),
        Action::Wheel { down, .. } => {
            s.selected = if down {
                (s.selected + 1).min(s.hits.len().saturating_sub(1))
            } else {
                s.selected.saturating_sub(1)
            }
        }
        Action::Open => {
            let hit = s.hits.get(s.selected).map(|h| h.entry);
            app.overlay = None;
            if let Some(to) = hit {
                navigate(app, to);
            }
            return;
        }
        Action::Escape | Action::Quit => {
            app.overlay = None;
            return;
        }
        Action::Click { col, row } => {
            let rect = crate::ui::search::results_area(screen);
            if rect.contains((col, row).into()) {
                let at = crate::ui::search::hit_at(s, rect, row);
                if let Some(i) = at {
                    s.selected = i;
                    search_action(app, Action::Open);
                }
            } else if !crate::ui::search::area(screen).contains((col, row).into()) {
                app.overlay = None;
            }
            return;
        }
        _ => return,
    }
    if matches!(action, Action::Input(_) | Action::DeleteChar) {
        s.selected = 0;
        app.refresh_search();
    }
}
