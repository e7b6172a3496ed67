//! The one door: [`update`] applies a [`Message`] (a user's [`Action`], a reload, a search
//! answer, the editor closing, the clock, a held letter whose wait is over) to the
//! [`App`], hands each feature its part, and returns the [`Effects`] for the event loop to
//! carry out. A user's action goes through
//! `act.rs` (who takes it: the presentation, the overlay on top, the find bar, or the panes,
//! `panes.rs`); `opening.rs` opens the help and the note editor for both.

mod act;
mod opening;
mod panes;

use ratatui::layout::Rect;

use super::action::Message;
use super::effect::Effects;
pub use super::find::find_matches;
pub use super::navigation::navigate;
pub use super::reading::{clamp_scroll, current_doc};
use super::state::App;

/// The full screen.
pub(super) fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// Applies `message` to `app`; returns what the event loop must do outside the app.
pub fn update(app: &mut App, message: impl Into<Message>) -> Effects {
    let mut effects = Effects::new();
    match message.into() {
        Message::Action(action) => act::act(app, action, &mut effects),
        Message::HeldCommandDue => act::held_due(app, &mut effects),
        // Applied below, at once unless letters typed just before may go on with a word: then
        // it waits for their run to end, so a held `p` or `q` neither acts before its word's
        // next letter nor is lost, and no letter acts twice.
        Message::Reloaded(fresh) => app.typing.wait_reload(fresh),
        Message::SearchAnswered(answer) => super::search_worker::answered(app, answer),
        Message::NoteEdited {
            id,
            edited: Ok(edited),
        } => super::study::note_edited(app, &id, edited),
        Message::NoteEdited {
            edited: Err(failure),
            ..
        } => super::study::note_edit_failed(app, failure),
        Message::Tick { now } => {
            super::study::refresh_notes(app);
            super::study::refresh_bookmarks(app);
            super::present::tick(app, now);
        }
        Message::NotesFollow(follows) => super::present::notes_follow(app, follows),
        Message::PresentSyncFailed(e) => {
            let why = e.why(&app.l10n, app.settings.lang);
            let told = app.tf(
                "present-sync-failed",
                &[("why", why), ("folder", e.folder())],
            );
            app.status.say(told);
        }
    }
    if let Some(fresh) = app.typing.take_waiting_reload() {
        reload(app, *fresh, &mut effects);
    }
    effects
}

/// Applies a fresh load. A held letter whose wait is over acts first, in the corpus it was
/// typed in; the run ends, as what a letter command changed points into the old corpus.
fn reload(app: &mut App, fresh: super::reload::Fresh, effects: &mut Effects) {
    act::held_due(app, effects);
    app.typing = Default::default();
    app.apply(fresh);
}

#[cfg(test)]
mod tests;
