//! Watching the `--content` folders for live reload: a notify watcher (debounced 250 ms) on each
//! folder, recursively; after each burst of changes a background thread reloads every source and
//! sends the fresh [`Outcome`] to the UI loop, which merges it (see [`super::reload`]).
//!
//! Only changes count. Reading a file is an event too on Linux (inotify reports opens), so the
//! watcher's own reload — and any other program reading the folder — would otherwise trigger the
//! next reload, for ever. Access events are ignored, and a reload whose files have the same
//! fingerprint (paths, sizes, modification times) as the corpus on screen is not sent.
//!
//! Each fresh load comes with the entry files whose changes brought it, so the app can say
//! what the edit did to the file that was saved.

use std::path::PathBuf;
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

/// The entry files a debounced batch changed (created, written, renamed or removed), as the
/// watcher names them.
fn changed_files(batch: &DebounceEventResult) -> Vec<PathBuf> {
    let Ok(events) = batch else {
        return Vec::new();
    };
    let entry_file = |p: &&PathBuf| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(super::load::is_entry_file)
    };
    let mut out: Vec<PathBuf> = Vec::new();
    for e in events {
        if matches!(e.event.kind, EventKind::Access(_)) {
            continue;
        }
        for p in e.event.paths.iter().filter(entry_file) {
            if !out.contains(p) {
                out.push(p.clone());
            }
        }
    }
    out
}

/// Starts watching the folders of `sources`, whose corpus on screen was loaded with `shown`;
/// each fresh load goes through `prepare` on the watcher's thread (the app builds its search
/// index there, off the UI thread) with the entry files changed since the last one sent, and
/// arrives on the returned channel. `None` when there is nothing to watch or the platform's
/// watcher cannot start (the app then simply does not reload).
pub fn watch<T: Send + 'static>(
    sources: Sources,
    shown: Fingerprint,
    prepare: impl Fn(Outcome, Vec<PathBuf>) -> T + Send + 'static,
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
            let mut changed: Vec<PathBuf> = Vec::new();
            for batch in events {
                if !changes(&batch) {
                    continue;
                }
                for p in changed_files(&batch) {
                    if !changed.contains(&p) {
                        changed.push(p);
                    }
                }
                let fresh = load(&sources);
                if fresh.fingerprint == shown {
                    continue;
                }
                shown = fresh.fingerprint.clone();
                if tx
                    .send(prepare(fresh, std::mem::take(&mut changed)))
                    .is_err()
                {
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
    fn the_entry_files_changed_are_named_once_each() {
        let at = |kind: EventKind, path: &str| {
            DebouncedEvent::new(
                Event::new(kind).add_path(PathBuf::from(path)),
                std::time::Instant::now(),
            )
        };
        let batch: DebounceEventResult = Ok(vec![
            at(EventKind::Modify(ModifyKind::Any), "c/definitions/a.md"),
            at(
                EventKind::Access(AccessKind::Open(AccessMode::Any)),
                "c/b.md",
            ),
            at(EventKind::Modify(ModifyKind::Any), "c/definitions/a.md"),
            at(EventKind::Modify(ModifyKind::Any), "c/definitions/a.md~"),
            at(EventKind::Modify(ModifyKind::Any), "c/README.md"),
        ]);
        assert_eq!(changed_files(&batch), [PathBuf::from("c/definitions/a.md")]);
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
