//! Watching the `--content` folders for live reload: a notify watcher (debounced 250 ms) on each
//! folder, recursively; after each burst of changes a background thread reloads every source and
//! sends the fresh [`Outcome`] to the UI loop, which merges it (see [`super::reload`]).

use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

use notify_debouncer_mini::new_debouncer;
use notify_debouncer_mini::notify::RecursiveMode;

use super::load::{Outcome, Sources, load};

/// How long the watcher waits for a burst of changes (an editor's save) to settle.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// Starts watching the folders of `sources`; fresh loads arrive on the returned channel. `None`
/// when there is nothing to watch or the platform's watcher cannot start (the app then simply
/// does not reload).
pub fn watch(sources: Sources) -> Option<Receiver<Outcome>> {
    if sources.dirs.is_empty() {
        return None;
    }
    let (events_tx, events) = mpsc::channel();
    let mut debouncer = new_debouncer(DEBOUNCE, events_tx).ok()?;
    let mut watching = false;
    for dir in &sources.dirs {
        watching |= debouncer
            .watcher()
            .watch(dir, RecursiveMode::Recursive)
            .is_ok();
    }
    if !watching {
        return None;
    }
    let (tx, rx) = mpsc::channel();
    thread::Builder::new()
        .name("toli-reload".into())
        .spawn(move || {
            let _debouncer = debouncer;
            for batch in events {
                if batch.is_ok() && tx.send(load(&sources)).is_err() {
                    break;
                }
            }
        })
        .ok()?;
    Some(rx)
}
