//! The bookmarks view (`b`): Enter opens the bookmarked entry, `d` removes the bookmark and `u`
//! puts it back (drawn by `ui/study/bookmarks.rs`); and a bookmark put back as it was when the
//! `m` that changed it is taken back ([`put_back`]).

use super::save_bookmarks;
use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};

/// The title of the entry `id` as the reader reads it, short enough for the status line (the
/// id of an entry this run did not load).
fn title_of(corpus: &crate::corpus::Corpus, lang: crate::lang::Lang, id: &str) -> String {
    corpus.get(id).map_or(id.to_string(), |e| {
        crate::app::status::short_title(e.title.show(lang))
    })
}

/// The bookmark of the entry `id` as it was (`on`), saved, without a word in the status line:
/// the `m` of a word typed into the panes, taken back (`app::typing`).
pub fn put_back(app: &mut App, id: &str, on: bool) {
    if app.study.bookmarks.contains(id) == on {
        return;
    }
    if app.study.bookmarks.toggle(id) {
        super::absent::remember(app, [id]);
    }
    save_bookmarks(app);
}

/// The bookmarks view's selection kept on a row of the list after it was read again.
pub(super) fn keep_selection_in_list(app: &mut App) {
    let len = app.study.bookmarks.items.len();
    if let Some(Overlay::Bookmarks { selected, .. }) = &mut app.overlay {
        *selected = (*selected).min(len.saturating_sub(1));
    }
}

/// Applies an action in the bookmarks view.
pub fn action(app: &mut App, action: Action) -> Then {
    let Some(Overlay::Bookmarks { selected, removed }) = &mut app.overlay else {
        return Then::Stay;
    };
    let len = app.study.bookmarks.items.len();
    match action {
        Action::Up | Action::Wheel { down: false, .. } => *selected = selected.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => {
            *selected = (*selected + 1).min(len.saturating_sub(1));
        }
        Action::Open => {
            let Some(id) = app
                .study
                .bookmarks
                .items
                .get(*selected)
                .map(|b| b.id.clone())
            else {
                return Then::Stay;
            };
            match app.corpus.index_of(&id) {
                Some(to) => return Then::Open(to),
                // Not loaded this run: the status line says why, and which folder to open.
                None => app.status.say(super::absent::said(app, &id)),
            }
        }
        Action::Remove => {
            let s = *selected;
            if s < len {
                let b = app.study.bookmarks.items.remove(s);
                *selected = s.min(len.saturating_sub(2));
                let title = title_of(&app.corpus, app.settings.lang, &b.id);
                removed.push((s, b));
                app.status
                    .say(app.tf("bookmark-removed-undo-keys", &[("title", title)]));
                save_bookmarks(app);
            }
        }
        Action::Restore => match removed.pop() {
            Some((at, b)) => {
                let at = at.min(len);
                let title = title_of(&app.corpus, app.settings.lang, &b.id);
                // Another window may have bookmarked it again meanwhile: kept once.
                if !app.study.bookmarks.contains(&b.id) {
                    app.study.bookmarks.items.insert(at, b);
                }
                *selected = at;
                app.status
                    .say(app.tf("bookmark-restored", &[("title", title)]));
                save_bookmarks(app);
            }
            None => app.status.say(app.tf("bookmark-nothing-to-restore", &[])),
        },
        Action::CarryOver => {
            let id = app
                .study
                .bookmarks
                .items
                .get(*selected)
                .map(|b| b.id.clone());
            if let Some(id) = id {
                super::renamed::carry(app, &id);
                keep_selection_in_list(app);
            }
        }
        Action::Escape | Action::OpenBookmarks => return Then::Close,
        _ => {}
    }
    Then::Stay
}
