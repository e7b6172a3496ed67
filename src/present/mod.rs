//! Workshop presentations: a tour shown one entry per step ([`deck`]) with the charts each
//! step shows over it ([`figures`], which a tour's handout prints too), the trainer's notes view
//! that follows the presenting instance from a second terminal ([`notes`], with the trainer's
//! own note on the step's entry: [`own_note`]), the sync between
//! them through a private runtime file ([`sync`]) with what the room sees over the step
//! ([`screen`]), the talk's time plan ([`pace`]), the notes screen's step keys sent back to the
//! presenter ([`remote`]), where each tour was left ([`resume`]), and what a step naming no
//! loaded entry says ([`missing`]).

pub mod deck;
pub mod figures;
pub mod missing;
pub mod notes;
pub mod own_note;
pub mod pace;
pub mod remote;
pub mod resume;
pub mod screen;
pub mod sync;

use std::path::Path;

use crate::app::App;

/// Between frames of the app: publishes the presentation's position when it changed (or clears
/// it when the presentation ended). The error, if any, is for the app to show, not fatal.
pub fn publish(
    app: &App,
    dir: &Path,
    last: &mut sync::Published,
) -> Result<(), crate::store::SaveError> {
    let now = app.present.as_ref().map(|d| sync::Position {
        content: app.content.clone(),
        ..d.position(&app.corpus, app.settings.lang)
    });
    sync::follow(dir, last, now)
}
