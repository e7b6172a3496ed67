//! Running the app in the terminal: [`run_reloading`] takes the terminal (`terminal.rs`),
//! guards against signals and a hung-up terminal (`signals.rs`), runs the event loop
//! (`event_loop.rs`, which hands a note to `$EDITOR` through `external_editor.rs`), and when
//! it ends saves the note being typed (if a signal ended it), a note whose save failed, and
//! the app's place, before giving the terminal back.

mod event_loop;
mod external_editor;
mod signals;
mod terminal;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;

use signal_hook::consts::SIGTSTP;

use crate::app::App;
use crate::app::reload::Fresh;
use event_loop::{Signals, event_loop};
pub(crate) use signals::guard;
use signals::{Keepers, guard_keeping};
pub(crate) use terminal::restore_terminal;
use terminal::{set_mouse, set_paste};

/// How the app ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Quit,
    /// A termination signal arrived.
    Signal,
}

/// Runs the app until the user quits or a termination signal arrives; the terminal is
/// restored in every case.
pub fn run(app: App) -> io::Result<End> {
    run_reloading(app, None)
}

/// Runs the app, applying fresh loads from `reloads` (live reload) as they arrive.
pub fn run_reloading(mut app: App, reloads: Option<Receiver<Fresh>>) -> io::Result<End> {
    let keep = Keepers::default();
    let (stop, done) = guard_keeping(Some(keep.clone()))?;
    let Keepers { drafts, place } = keep;
    let mut terminal = ratatui::try_init()?;
    // The alternate screen may hold what another program (or a toli killed before it could
    // give the terminal back) left there; frames draw only the cells that change, so every
    // cell is cleared first.
    terminal.clear()?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        set_mouse(false);
        hook(info);
    }));
    let suspended = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(SIGTSTP, Arc::clone(&suspended))?;
    set_paste(true);
    let signals = Signals {
        stop: &stop,
        suspended: &suspended,
        drafts: &drafts,
        place: &place,
    };
    let result = event_loop(&mut terminal, &mut app, signals, reloads.as_ref());
    // Ended by a signal (or an error: a terminal gone) over a note being typed: it is saved
    // before anything else, the watchdog waiting for the save if it is about to end the
    // process. A quit by a key has dealt with the note already.
    let saved = match result {
        Ok(End::Quit) => None,
        _ => {
            drafts.keep(&app, true);
            drafts.save()
        }
    };
    done.store(true, Ordering::Relaxed);
    restore_terminal();
    let drafted = saved.as_ref().map(|(draft, _)| draft.id.clone());
    if let Some((draft, saved)) = saved {
        // Saved: the draft kept on disk for a run that dies has done its work.
        if saved.is_ok() {
            crate::store::draft_file::remove(&draft.store, &draft.id);
        }
        say_draft_saved(&app, &draft, saved);
    }
    // A note whose save failed is saved once more, or the file that holds it is named.
    for line in crate::app::study::unsaved::at_exit(&app, drafted.as_deref()) {
        let _ = writeln!(io::stderr(), "toli: {line}");
    }
    // Saved once: when the watchdog has saved it (and is ending the process), not again.
    place.keep(&app);
    if let Err(e) = place.save() {
        let why = e.why(&app.l10n, app.settings.lang);
        let told = app.tf(
            "session-save-failed",
            &[("why", why), ("folder", e.folder())],
        );
        let _ = writeln!(io::stderr(), "toli: {told}");
    }
    result
}

/// Tells on stderr, once the terminal is restored, that the note being typed when the app
/// was ended was saved, or why it could not be and which file keeps what was typed.
fn say_draft_saved(
    app: &App,
    draft: &crate::store::note_merge::Draft,
    saved: Result<crate::store::note_merge::Saved, crate::store::SaveError>,
) {
    use crate::store::note_merge::Saved;
    let entry = ("entry", draft.id.clone());
    let mut lines = vec![match &saved {
        Ok(Saved::Merged(_)) => app.tf("note-draft-saved-merged", std::slice::from_ref(&entry)),
        Ok(Saved::Both(_)) => app.tf("note-draft-saved-both", std::slice::from_ref(&entry)),
        Ok(_) => app.tf("note-draft-saved", std::slice::from_ref(&entry)),
        Err(e) => crate::app::study::save_failed_text(app, e),
    }];
    if saved.is_err()
        && let Ok(file) = crate::store::edit_copy::keep_text(
            &draft.store,
            &draft.id,
            draft.read.as_deref(),
            &draft.text,
        )
    {
        let file = ("file", file.display().to_string());
        lines.push(app.tf("note-unsaved-kept", &[entry, file]));
    }
    for line in lines {
        let _ = writeln!(io::stderr(), "toli: {line}");
    }
}
