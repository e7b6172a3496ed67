//! Workshop presentations: a tour shown one entry per step ([`deck`]), the trainer's notes view
//! that follows the presenting instance from a second terminal ([`notes`]), and the sync between
//! them through a private runtime file ([`sync`]).

pub mod deck;
pub mod notes;
pub mod sync;

use std::path::Path;

use crate::app::App;

/// Between frames of the app: moves the presentation clock and publishes the position when it
/// changed (or clears it when the presentation ended). Publishing errors are shown, not fatal.
pub fn tick(app: &mut App, dir: &Path, last: &mut sync::Published) {
    let lang = app.lang;
    let now = app.present.as_mut().map(|d| {
        d.now = deck::epoch_secs();
        d.position(lang)
    });
    if let Err(e) = sync::follow(dir, last, now) {
        app.notice = Some(format!("{}: {e}", app.t("present-sync-failed")));
    }
}
