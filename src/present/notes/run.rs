//! The notes screen in its terminal: drawing a frame (the key list `?` shows over it), and the
//! loop that reads the talk's state file again, takes each live reload of the content and
//! each key ([`super::keys`]) until q (or Esc, asked first) or Ctrl-C.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Receiver;
use std::time::Duration;

use crossterm::event;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::Notes;
use super::keys::After;
use crate::corpus::load::Outcome;
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
            let text = self.key_line(r.width as usize);
            let said = self.leaving
                || self.jump.is_some()
                || self.question.is_some()
                || self.told.is_some()
                || self.shown_figure_answer().is_some();
            let style = if said { th.key } else { th.dim };
            frame.render_widget(Paragraph::new(Span::styled(text, style)), keys);
        }
        self.draw_question(frame, &th);
        if self.help {
            self.draw_help(frame, &th);
        }
        crate::ui::plain::fit(frame.buffer_mut());
    }
}

/// Runs the notes view until q (Esc asks first) or Ctrl-C.
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
            notes.index = None;
        }
        notes.poll(dir);
        terminal.draw(|f| notes.draw(f))?;
        // Waits for a key at most 200 ms, then reads the file again.
        if event::poll(Duration::from_millis(200))?
            && let Some(action) = notes.key_for(&event::read()?)
            && notes.key(action, dir) == After::Close
        {
            return Ok(());
        }
    })();
    done.store(true, Ordering::Relaxed);
    // Every mark this screen left, though the talk ended first or it followed another tour.
    sync::unmark_all_following(dir);
    crate::tui::restore_terminal();
    result
}
