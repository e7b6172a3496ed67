//! Watching the `--content` folders for live reload: a notify watcher (debounced 250 ms) on each
//! folder, recursively; after each burst of changes a background thread reloads every source and
//! sends the fresh [`Outcome`] to the UI loop, which merges it (see [`super::reload`]).
//!
//! Only changes count. Reading a file is an event too on Linux (inotify reports opens), so the
//! watcher's own reload — and any other program reading the folder — would otherwise trigger the
//! next reload, for ever. Access events are ignored, and a reload whose files have the same
//! fingerprint (paths, sizes, modification times) as the corpus on screen is not sent.

use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use super::load::{Fingerprint, Outcome, Sources, load};

/// How long the watcher waits for a burst of changes (an editor's save) to settle.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// Whether a debounced batch holds a change (not only reads of the files).
fn changes(batch: &DebounceEventResult) -> bool {
    match batch {
        Ok(events) => events
            .iter()
            .any(|e| !matches!(e.event.kind, EventKind::Access(_))),
        // The watcher lost track (e.g. its queue overflowed): look again.
        Err(_) => true,
    }
}

/// Starts watching the folders of `sources`, whose corpus on screen was loaded with `shown`;
/// each fresh load goes through `prepare` on the watcher's thread (the app builds its search
/// index there, off the UI thread) and arrives on the returned channel. `None` when there is
/// nothing to watch or the platform's watcher cannot start (the app then simply does not reload).
pub fn watch<T: Send + 'static>(
    sources: Sources,
    shown: Fingerprint,
    prepare: impl Fn(Outcome) -> T + Send + 'static,
) -> Option<Receiver<T>> {
    if sources.dirs.is_empty() {
        return None;
    }
    let (events_tx, events) = mpsc::channel();
    let mut debouncer = new_debouncer(DEBOUNCE, None, events_tx).ok()?;
    let mut watching = false;
    for dir in &sources.dirs {
        watching |= debouncer.watch(dir, RecursiveMode::Recursive).is_ok();
    }
    if !watching {
        return None;
    }
    let (tx, rx) = mpsc::channel();
    thread::Builder::new()
        .name("toli-reload".into())
        .spawn(move || {
            let _debouncer = debouncer;
            let mut shown = shown;
            for batch in events {
                if !changes(&batch) {
                    continue;
                }
                let fresh = load(&sources);
                if fresh.fingerprint == shown {
                    continue;
                }
                shown = fresh.fingerprint.clone();
                if tx.send(prepare(fresh)).is_err() {
                    break;
                }
            }
        })
        .ok()?;
    Some(rx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify_debouncer_full::DebouncedEvent;
    use notify_debouncer_full::notify::Event;
    use notify_debouncer_full::notify::event::{AccessKind, AccessMode, ModifyKind};

    fn batch(kinds: &[EventKind]) -> DebounceEventResult {
        Ok(kinds
            .iter()
            .map(|k| DebouncedEvent::new(Event::new(*k), std::time::Instant::now()))
            .collect())
    }

    #[test]
    fn reads_are_not_changes() {
        assert!(!changes(&batch(&[EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))])));
        assert!(!changes(&batch(&[])));
        assert!(changes(&batch(&[
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Modify(ModifyKind::Any),
        ])));
        assert!(changes(&Err(Vec::new())));
    }
}
