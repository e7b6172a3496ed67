//! The terminal: raw mode and the alternate screen (ratatui's init with its panic hook), mouse
//! capture (undone on exit, on panic and on SIGTERM/SIGHUP/SIGINT), and the event loop that
//! draws from an immutable `&App`, sends every event, reload and search answer through the one
//! door ([`update()`]) between frames, and carries out the [`Effect`]s it returns. A note being
//! typed when a signal or a closed terminal ends the app is saved first ([`DraftKeeper`]), and
//! the app's place then, as a quit saves it ([`PlaceKeeper`]); while an external editor has the
//! terminal, SIGINT and SIGQUIT are left to it.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

use crate::app::reload::Fresh;
use crate::app::session::PlaceKeeper;
use crate::app::study::NoteEditFailure;
use crate::app::study::draft::DraftKeeper;
use crate::app::{App, Effect, Message, keymap, update};
use crate::store::notes::EditCopy;
use crate::ui;

fn set_mouse(on: bool) {
    let mut out = io::stdout();
    let _ = if on {
        execute!(out, EnableMouseCapture)
    } else {
        execute!(out, DisableMouseCapture)
    };
    let _ = out.flush();
}

/// Bracketed paste: a paste arrives as one event, so it is applied (and searched) once.
fn set_paste(on: bool) {
    let mut out = io::stdout();
    let _ = if on {
        execute!(out, EnableBracketedPaste)
    } else {
        execute!(out, DisableBracketedPaste)
    };
    let _ = out.flush();
}

/// Gives the terminal back as it was before the app: mouse, paste mode, raw mode, screen.
pub(crate) fn restore_terminal() {
    set_mouse(false);
    set_paste(false);
    // Never a panic here: with the terminal gone (a hang-up) even stderr fails, and a panic
    // while restoring would abort the process before it cleans up.
    if let Err(e) = ratatui::try_restore() {
        let _ = writeln!(io::stderr(), "toli: could not restore the terminal: {e}");
    }
}

/// Ctrl-Z / SIGTSTP: hands the terminal back, stops the process as the shell expects, and when
/// it is continued (`fg`) takes the terminal again and redraws everything.
fn suspend(terminal: &mut ratatui::DefaultTerminal, mouse: bool) -> io::Result<()> {
    restore_terminal();
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    crossterm::terminal::enable_raw_mode()?;
    execute!(io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
    set_paste(true);
    set_mouse(mouse);
    terminal.clear()
}

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

/// Registers the termination signals on a shared flag and starts the [`watchdog`]; returns the
/// flag the loop checks and the flag that tells the watchdog the loop has ended.
pub(crate) fn guard() -> io::Result<(Arc<AtomicBool>, Arc<AtomicBool>)> {
    guard_keeping(None)
}

/// Set while an external editor has the terminal ([`edit_externally`]): `Ctrl-C` and `Ctrl-\`
/// typed there are the editor's keys. A terminal in cooked mode (as `ed` leaves it) sends
/// their SIGINT and SIGQUIT to toli too, which then lets them pass; the editor, started with
/// the default handlers, gets them as it expects.
static EDITOR_HAS_TERMINAL: AtomicBool = AtomicBool::new(false);

/// What the watchdog saves before it ends the app: the note being typed, then where the app is.
#[derive(Clone, Default)]
struct Keepers {
    drafts: DraftKeeper,
    place: PlaceKeeper,
}

/// [`guard`], the watchdog saving what `keep` holds before it ends the process.
fn guard_keeping(keep: Option<Keepers>) -> io::Result<(Arc<AtomicBool>, Arc<AtomicBool>)> {
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

/// Restores the terminal from another thread and waits for it at most `limit`: whatever holds
/// stdout (a stuck writer, a terminal that no longer reads), the process still ends.
fn restore_within(limit: Duration) {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        restore_terminal();
        let _ = tx.send(());
    });
    let _ = rx.recv_timeout(limit);
}

/// Runs the app, applying fresh loads from `reloads` (live reload) as they arrive.
pub fn run_reloading(mut app: App, reloads: Option<Receiver<Fresh>>) -> io::Result<End> {
    let keep = Keepers::default();
    let (stop, done) = guard_keeping(Some(keep.clone()))?;
    let Keepers { drafts, place } = keep;
    let mut terminal = ratatui::try_init()?;
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

/// The flags the signal handlers set, checked by the event loop between frames, and the copy
/// of the note being typed that a signal saves.
#[derive(Clone, Copy)]
struct Signals<'a> {
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: end the app.
    stop: &'a AtomicBool,
    /// SIGTSTP: suspend (see [`suspend`]).
    suspended: &'a AtomicBool,
    /// Kept when the keys pause, for the watchdog to save if the loop never comes back.
    drafts: &'a DraftKeeper,
    /// Where the app is, kept every turn for the same.
    place: &'a PlaceKeeper,
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    signals: Signals,
    reloads: Option<&Receiver<Fresh>>,
) -> io::Result<End> {
    let stop = signals.stop;
    // Set-up before the first frame, as the session restore is: no rescaling of the scroll.
    let size = terminal.size()?;
    app.size = (size.width, size.height);
    let mut quit = false;
    set_mouse(app.settings.mouse);
    // Test-only: with TOLI_TEST_PANIC=1, F12 panics, so tests can check the terminal is restored.
    let test_panic = std::env::var_os("TOLI_TEST_PANIC").is_some_and(|v| v == "1");
    let runtime = crate::present::sync::runtime_dir();
    // However the loop ends (quit, a signal, a terminal gone with a hang-up), the notes view
    // learns that the talk is over: the state file goes.
    let mut unpublish = Unpublish {
        dir: &runtime,
        last: crate::present::sync::Published::default(),
    };
    let published = &mut unpublish.last;
    let mut kept_at = std::time::Instant::now();
    loop {
        if stop.load(Ordering::Relaxed) {
            break Ok(End::Signal);
        }
        if signals.suspended.swap(false, Ordering::Relaxed) {
            suspend(terminal, app.settings.mouse)?;
        }
        let now = crate::present::deck::epoch_secs();
        carry_out(
            terminal,
            app,
            Message::Tick { now },
            &mut quit,
            signals.drafts,
        )?;
        if let Err(e) = crate::present::publish(app, &runtime, published) {
            carry_out(
                terminal,
                app,
                Message::PresentSyncFailed(e),
                &mut quit,
                signals.drafts,
            )?;
        }
        // Whether a notes screen follows the talk, said when it changes.
        if let Some(d) = app.present.as_ref() {
            let follows = crate::present::sync::followed(&runtime, &d.tour);
            if follows != d.notes_follow {
                carry_out(
                    terminal,
                    app,
                    Message::NotesFollow(follows),
                    &mut quit,
                    signals.drafts,
                )?;
            }
        }
        // Step keys pressed on the notes screen, in the order they were pressed.
        if let Some(tour) = app.present.as_ref().map(|d| d.tour.clone()) {
            for request in crate::present::remote::take(&runtime, &tour) {
                carry_out(terminal, app, request.action(), &mut quit, signals.drafts)?;
            }
        }
        if let Some(rx) = reloads {
            while let Ok(fresh) = rx.try_recv() {
                carry_out(
                    terminal,
                    app,
                    Message::Reloaded(Box::new(fresh)),
                    &mut quit,
                    signals.drafts,
                )?;
            }
        }
        if let Some(answer) = app.search_worker.as_ref().and_then(|w| w.newest()) {
            carry_out(
                terminal,
                app,
                Message::SearchAnswered(answer),
                &mut quit,
                signals.drafts,
            )?;
        }
        terminal.draw(|frame| ui::draw(frame, app))?;
        if quit {
            break Ok(End::Quit);
        }
        // While the search worker runs, wake often to show its answer as soon as it comes.
        let wait = if app.searching() { 8 } else { 200 };
        // Every event already waiting is applied before the next frame is drawn, so a burst
        // (a paste in a terminal without bracketed paste, a held key) costs one frame.
        let mut wait = Duration::from_millis(wait);
        let burst_started = std::time::Instant::now();
        let mut idle = true;
        while event::poll(wait)? {
            wait = Duration::ZERO;
            idle = false;
            let ev = event::read()?;
            if test_panic && matches!(&ev, event::Event::Key(k) if k.code == event::KeyCode::F(12))
            {
                panic!("TOLI_TEST_PANIC: F12 pressed");
            }
            if let Some(action) = keymap::event_action(app, &ev) {
                carry_out(terminal, app, action, &mut quit, signals.drafts)?;
            }
            if quit || burst_started.elapsed() > Duration::from_millis(50) {
                break;
            }
        }
        // A long note being typed is copied when the keys pause (a wait with none), and at
        // least every second while they keep coming; a short one after every burst.
        let pausing = idle || kept_at.elapsed() > Duration::from_secs(1);
        signals.drafts.keep(app, pausing);
        signals.place.keep(app);
        if pausing {
            kept_at = std::time::Instant::now();
        }
    }
}

/// Clears the presenter's state file when dropped.
struct Unpublish<'a> {
    dir: &'a std::path::Path,
    last: crate::present::sync::Published,
}

impl Drop for Unpublish<'_> {
    fn drop(&mut self) {
        let _ = crate::present::sync::follow(self.dir, &mut self.last, None);
    }
}

/// Sends `message` through [`update`] and carries out the effects it returns (an effect may
/// answer with a message of its own, which goes through the same door).
fn carry_out(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    message: impl Into<Message>,
    quit: &mut bool,
    drafts: &DraftKeeper,
) -> io::Result<()> {
    let mut pending = vec![message.into()];
    while let Some(message) = pending.pop() {
        for effect in update(app, message) {
            match effect {
                Effect::Quit => *quit = true,
                Effect::Copy(text) => {
                    let mut out = io::stdout();
                    let _ = write!(out, "{}", crate::app::cite::osc52(&text));
                    let _ = out.flush();
                }
                Effect::CaptureMouse(on) => set_mouse(on),
                Effect::EditNote(id) => {
                    pending.extend(edit_externally(terminal, app, id, drafts)?);
                }
            }
        }
    }
    Ok(())
}

/// Opens a copy of the note on `id` in the user's editor ($VISUAL or $EDITOR, which may carry
/// arguments): leaves the alternate screen and raw mode, waits for the editor, then restores
/// the screen. Returns the [`Message::NoteEdited`] that has the app save what the editor left
/// (or show why the editor could not be used); none when there was nothing to edit.
fn edit_externally(
    terminal: &mut ratatui::DefaultTerminal,
    app: &App,
    id: String,
    drafts: &DraftKeeper,
) -> io::Result<Option<Message>> {
    use crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    let (Some(store), Some(editor)) = (&app.study.store, &app.study.editor) else {
        return Ok(None);
    };
    // The editor changes a copy: the note is saved from it as the built-in editor saves, so
    // a text another window saved meanwhile is kept; a note whose save failed opens as the
    // reader left it, from the copy kept of it. If the note cannot be copied (its folder
    // cannot be made, it cannot be read, no room in the temporary folder), say so and stay open.
    let copy = match crate::app::study::unsaved::of(app, &id) {
        Some(kept) => EditCopy::reopen(&id, kept.read.clone(), kept.copy.as_deref(), &kept.text),
        None => EditCopy::new(store, &id),
    };
    let copy = match copy {
        Ok(copy) => copy,
        Err(e) => {
            let edited = Err(NoteEditFailure::from(e));
            return Ok(Some(Message::NoteEdited { id, edited }));
        }
    };
    let mut words = editor.split_whitespace();
    let Some(program) = words.next() else {
        return Ok(None);
    };
    set_mouse(false);
    disable_raw_mode()?;
    execute!(io::stdout(), LeaveAlternateScreen)?;
    // Should a signal end the app while the editor runs, what it has saved in the copy so far
    // is saved as the note.
    let pending = crate::app::study::draft_of(app, &id, copy.read.as_deref(), "");
    drafts.editing(pending.map(|draft| (draft, copy.path.clone())));
    EDITOR_HAS_TERMINAL.store(true, Ordering::SeqCst);
    let status = std::process::Command::new(program)
        .args(words)
        .arg(&copy.path)
        .status();
    EDITOR_HAS_TERMINAL.store(false, Ordering::SeqCst);
    drafts.editing(None);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    terminal.clear()?;
    set_mouse(app.settings.mouse);
    let edited = match status {
        Err(_) => Err(NoteEditFailure::Editor(editor.clone())),
        Ok(_) => match copy.text() {
            // The copy stays until the app has saved the note from it, and is kept if that
            // fails.
            Ok(text) => Ok(crate::app::action::Edited {
                read: copy.read.clone(),
                text,
                copy: Some(copy.keep()),
            }),
            // What the reader wrote stays in the copy, which is kept for them.
            Err(e) => {
                copy.keep();
                Err(NoteEditFailure::CopyKept(e))
            }
        },
    };
    Ok(Some(Message::NoteEdited { id, edited }))
}
