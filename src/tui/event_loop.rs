//! The event loop: draws from an immutable `&App`, sends every key, reload, search answer,
//! presenter message and clock tick through the one door ([`update`]) between frames, and
//! carries out the [`Effect`]s it returns.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use crossterm::event;

use super::End;
use super::external_editor::edit_externally;
use super::terminal::{set_mouse, suspend};
use crate::app::reload::Fresh;
use crate::app::session::PlaceKeeper;
use crate::app::study::draft::DraftKeeper;
use crate::app::{App, Effect, Message, keymap, update};
use crate::ui;

/// The flags the signal handlers set, checked by the event loop between frames, and the copy
/// of the note being typed that a signal saves.
#[derive(Clone, Copy)]
pub(super) struct Signals<'a> {
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: end the app.
    pub(super) stop: &'a AtomicBool,
    /// SIGTSTP: suspend (see [`suspend`]).
    pub(super) suspended: &'a AtomicBool,
    /// Kept when the keys pause, for the watchdog to save if the loop never comes back.
    pub(super) drafts: &'a DraftKeeper,
    /// Where the app is, kept every turn for the same.
    pub(super) place: &'a PlaceKeeper,
}

pub(super) fn event_loop(
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
    let mut on_disk = crate::app::study::draft_disk::DraftOnDisk::default();
    loop {
        if stop.load(Ordering::Relaxed) {
            break Ok(End::Signal);
        }
        if signals.suspended.swap(false, Ordering::Relaxed) {
            suspend(terminal, app.settings.mouse)?;
        }
        // A letter held back for a word's next letter (`p`, `q`, a window's key): none came.
        if app.typing.held_left().is_some_and(|left| left.is_zero()) {
            carry_out(
                terminal,
                app,
                Message::HeldCommandDue,
                &mut quit,
                signals.drafts,
            )?;
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
            let follows = crate::present::sync::followed(&runtime, &d.tour, std::process::id());
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
                let action = (app.present.as_ref()).and_then(|d| request.action(d, &app.corpus));
                if let Some(action) = action {
                    carry_out(terminal, app, action, &mut quit, signals.drafts)?;
                }
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
        // A held command wakes the loop when its wait is over, not before: no spinning.
        if let Some(left) = app.typing.held_left() {
            wait = wait.min(left + Duration::from_millis(1));
        }
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
            let mut action = keymap::event_action(app, &ev);
            // A key that does not go on with the word a held letter may be a letter of:
            // the command acts first, and the key is read where it left the reader.
            if let Some(next) = &action
                && app.typing.held_acts_before(next)
            {
                carry_out(
                    terminal,
                    app,
                    Message::HeldCommandDue,
                    &mut quit,
                    signals.drafts,
                )?;
                action = keymap::event_action(app, &ev);
            }
            if let Some(action) = action.filter(|_| !quit) {
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
        on_disk.keep(app, std::time::Instant::now());
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
                Effect::Repaint => terminal.clear()?,
                Effect::EditNote(id) => {
                    pending.extend(edit_externally(terminal, app, id, drafts)?);
                }
            }
        }
    }
    Ok(())
}
