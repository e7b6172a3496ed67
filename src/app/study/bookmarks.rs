//! The bookmarks view (`b`): Enter opens the bookmarked entry, `d` removes the bookmark (drawn
//! by `ui/study/bookmarks.rs`).

use super::save_bookmarks;
use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};

/// Applies an action in the bookmarks view.
pub fn action(app: &mut App, action: Action) -> Then {
    let Some(Overlay::Bookmarks { selected }) = &mut app.overlay else {
        return Then::Stay;
    };
    let len = app.study.bookmarks.items.len();
    match action {
        Action::Up | Action::Wheel { down: false, .. } => *selected = selected.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => {
            *selected = (*selected + 1).min(len.saturating_sub(1));
        }
        Action::Open => {
            let to = app
                .study
                .bookmarks
                .items
                .get(*selected)
                .and_then(|b| app.corpus.index_of(&b.id));
            if let Some(to) = to {
                return Then::Open(to);
            }
        }
        Action::Remove => {
            let s = *selected;
            if s < len {
                let b = app.study.bookmarks.items.remove(s);
                *selected = s.min(len.saturating_sub(2));
                let title = app.corpus.get(&b.id).map_or(b.id.clone(), |e| {
                    e.title.show(app.settings.lang).to_string()
                });
                app.status
                    .say(app.tf("bookmark-removed", &[("title", title)]));
                save_bookmarks(app);
            }
        }
        Action::Escape | Action::OpenBookmarks => return Then::Close,
        _ => {}
    }
    Then::Stay
}
