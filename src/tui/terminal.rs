//! The terminal's modes while the app has it: raw mode and the alternate screen (ratatui's),
//! mouse capture and bracketed paste, suspending on Ctrl-Z, and giving the terminal back as it
//! was — from the loop, on panic, and from the watchdog within a time limit.

use std::io::{self, Write};
use std::time::Duration;

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use signal_hook::consts::SIGTSTP;

/// Mouse capture: clicks and the wheel come to the app (off: the terminal selects text).
pub(super) fn set_mouse(on: bool) {
    let mut out = io::stdout();
    let _ = if on {
        execute!(out, EnableMouseCapture)
    } else {
        execute!(out, DisableMouseCapture)
    };
    let _ = out.flush();
}

/// Bracketed paste: a paste arrives as one event, so it is applied (and searched) once.
pub(super) fn set_paste(on: bool) {
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
pub(super) fn suspend(terminal: &mut ratatui::DefaultTerminal, mouse: bool) -> io::Result<()> {
    restore_terminal();
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    crossterm::terminal::enable_raw_mode()?;
    execute!(io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
    set_paste(true);
    set_mouse(mouse);
    terminal.clear()
}

/// Restores the terminal from another thread and waits for it at most `limit`: whatever holds
/// stdout (a stuck writer, a terminal that no longer reads), the process still ends.
pub(super) fn restore_within(limit: Duration) {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        restore_terminal();
        let _ = tx.send(());
    });
    let _ = rx.recv_timeout(limit);
}
