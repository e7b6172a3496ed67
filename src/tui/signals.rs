//! Ending the app from outside: the termination signals set a flag the event loop checks, and a
//! watchdog thread ends the process when the loop cannot (a terminal hung up, a signal not
//! acted on), saving the note being typed and the app's place first. While an external editor
//! has the terminal, SIGINT and SIGQUIT are left to it.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

use super::terminal::restore_within;
use crate::app::session::PlaceKeeper;
use crate::app::study::draft::DraftKeeper;

/// Registers the termination signals on a shared flag and starts the [`watchdog`]; returns the
/// flag the loop checks and the flag that tells the watchdog the loop has ended.
pub(crate) fn guard() -> io::Result<(Arc<AtomicBool>, Arc<AtomicBool>)> {
    guard_keeping(None)
}

/// Set while an external editor has the terminal ([`super::external_editor::edit_externally`]): `Ctrl-C` and `Ctrl-\`
/// typed there are the editor's keys. A terminal in cooked mode (as `ed` leaves it) sends
/// their SIGINT and SIGQUIT to toli too, which then lets them pass; the editor, started with
/// the default handlers, gets them as it expects.
pub(super) static EDITOR_HAS_TERMINAL: AtomicBool = AtomicBool::new(false);

/// What the watchdog saves before it ends the app: the note being typed, then where the app is.
#[derive(Clone, Default)]
pub(super) struct Keepers {
    pub(super) drafts: DraftKeeper,
    pub(super) place: PlaceKeeper,
}

/// [`guard`], the watchdog saving what `keep` holds before it ends the process.
pub(super) fn guard_keeping(
    keep: Option<Keepers>,
) -> io::Result<(Arc<AtomicBool>, Arc<AtomicBool>)> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [SIGTERM, SIGHUP] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    for sig in [SIGINT, SIGQUIT] {
        let stop = Arc::clone(&stop);
        let handler = move || {
            if !EDITOR_HAS_TERMINAL.load(Ordering::SeqCst) {
                stop.store(true, Ordering::SeqCst);
            }
        };
        // SAFETY: the handler only loads and stores atomics, which is async-signal-safe.
        unsafe { signal_hook::low_level::register(sig, handler) }?;
    }
    let done = Arc::new(AtomicBool::new(false));
    watchdog(Arc::clone(&stop), Arc::clone(&done), keep);
    Ok((stop, done))
}

/// crossterm's event reader retries a read of 0 bytes forever, so when the terminal hangs up
/// (its window closed, ssh dropped) the event loop spins and never sees the stop flag again.
/// This thread ends the process when the terminal is gone, or when a termination signal has not
/// been acted on within a second, saving the note being typed and the app's place, and
/// restoring what it can of the terminal first.
fn watchdog(stop: Arc<AtomicBool>, done: Arc<AtomicBool>, keep: Option<Keepers>) {
    use std::io::IsTerminal;
    let was_tty = (io::stdin().is_terminal(), io::stdout().is_terminal());
    std::thread::spawn(move || {
        let mut stopped_at: Option<std::time::Instant> = None;
        loop {
            std::thread::sleep(Duration::from_millis(200));
            if done.load(Ordering::Relaxed) {
                return;
            }
            let hung_up = (was_tty.0 && !io::stdin().is_terminal())
                || (was_tty.1 && !io::stdout().is_terminal());
            if stop.load(Ordering::Relaxed) {
                stopped_at.get_or_insert_with(std::time::Instant::now);
            }
            let stuck = stopped_at.is_some_and(|t| t.elapsed() > Duration::from_secs(1));
            if hung_up || stuck {
                if let Some(keep) = &keep {
                    // Nobody is left to tell whether it worked: the terminal is gone.
                    let _ = keep.drafts.save();
                    let _ = keep.place.save();
                }
                // A notes view must not take this talk for a running one.
                crate::present::sync::clear_all_mine(&crate::present::sync::runtime_dir());
                restore_within(Duration::from_millis(500));
                std::process::exit(if hung_up { 129 } else { 130 });
            }
        }
    });
}
