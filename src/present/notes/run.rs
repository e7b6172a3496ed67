//! The notes screen in its terminal: drawing a frame, its keys (from the key table's
//! presenting list, on either keyboard layout), and the loop that reads the talk's state file
//! again and takes each live reload of the content until Esc, q or Ctrl-C.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Receiver;
use std::time::Duration;

use crossterm::event::{self, Event};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::Notes;
use crate::app::action::Action;
use crate::app::keymap::Ctx;
use crate::app::mnkeys::to_latin;
use crate::corpus::load::Outcome;
use crate::present::remote::Request;
use crate::present::sync;
use crate::ui::theme::theme;

impl Notes<'_> {
    /// Draws the view with its keys on the last row.
    pub fn draw(&self, frame: &mut Frame) {
        let area = frame.area();
        let th = theme(self.theme, self.no_color);
        frame.buffer_mut().set_style(area, th.base);
        let r = Rect::new(
            area.x + 2.min(area.width),
            area.y + 1.min(area.height),
            area.width.saturating_sub(4),
            area.height.saturating_sub(2),
        );
        frame.render_widget(
            Paragraph::new(self.lines(r.width as usize)).wrap(Wrap { trim: false }),
            r,
        );
        if area.height > 3 {
            let keys = Rect::new(r.x, area.y + area.height - 1, r.width, 1);
            // With no talk running the step keys do nothing: only the ones that still work.
            let id = match self.position {
                Some(_) => "notes-keys",
                None => "notes-keys-idle",
            };
            let text = self.l10n.t(self.shown_lang(), id);
            frame.render_widget(Paragraph::new(Span::styled(text, th.dim)), keys);
        }
        crate::ui::plain::asciify(frame.buffer_mut());
    }
}

/// The presentation's action for a key (Esc, q and Ctrl-C leave the notes; L switches their
/// language), from the keymap.
fn key_action(ev: &Event) -> Option<Action> {
    let Event::Key(k) = ev else {
        return None;
    };
    if k.kind == event::KeyEventKind::Release {
        return None;
    }
    let code = match k.code {
        event::KeyCode::Char(c) => event::KeyCode::Char(to_latin(c)),
        other => other,
    };
    let mods = k.modifiers & (event::KeyModifiers::CONTROL | event::KeyModifiers::ALT);
    Ctx::Presenting
        .bindings()
        .iter()
        .find(|b| b.key.code == code && b.key.mods == mods)
        .map(|b| b.action.clone())
}

/// Runs the notes view until Esc, q or Ctrl-C.
pub fn run(
    mut notes: Notes,
    dir: &Path,
    reloads: Option<Receiver<Outcome>>,
) -> std::io::Result<()> {
    let (stop, done) = crate::tui::guard()?;
    let mut terminal = ratatui::try_init()?;
    let result = (|| loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        // A saved edit of the tour (a note fixed in a break) shows here too; a broken file
        // keeps its last good entries, as in the app.
        while let Some(fresh) = reloads.as_ref().and_then(|r| r.try_recv().ok()) {
            let merged = crate::corpus::reload::merge(&notes.corpus, fresh);
            notes.problem = merged.headline().cloned();
            notes.problems = merged.diagnostics;
            notes.corpus = Arc::new(merged.corpus);
        }
        notes.poll(dir);
        terminal.draw(|f| notes.draw(f))?;
        // Waits for a key at most 200 ms, then reads the file again.
        if event::poll(Duration::from_millis(200))? {
            match key_action(&event::read()?) {
                Some(Action::Escape | Action::Quit | Action::Leave) => return Ok(()),
                Some(Action::ToggleLang) => notes.toggle_lang(),
                // A step key at the laptop drives the talk, while one runs.
                Some(action) => {
                    let followed = notes.position.as_ref().zip(notes.presenter);
                    if let (Some(request), Some((p, pid))) = (Request::of(&action), followed) {
                        // A request that cannot be written changes nothing; the keys on the
                        // presenter still work.
                        let _ = crate::present::remote::send(dir, &p.tour, pid, request);
                    }
                }
                None => {}
            }
        }
    })();
    done.store(true, Ordering::Relaxed);
    // Every mark this screen left, though the talk ended first or it followed another tour.
    sync::unmark_all_following(dir);
    crate::tui::restore_terminal();
    result
}
