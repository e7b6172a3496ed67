//! The notes screen's keys, from the key table's notes list ([`Ctx::PresenterNotes`], on either
//! keyboard layout): the step keys and `f` go to the presenter ([`crate::present::remote`]) —
//! but `f` at a step with no chart to show is answered here, on the key line, and the room's
//! screen is left alone — `L` switches the notes' language, `?`/F1 list the keys over the
//! notes, `/` searches for a question (`search.rs`), `q` closes them and Esc asks first, as on
//! the projector. The key line at the foot of
//! the screen is chosen here too: the whole line where it fits, a shorter one naming `?` where
//! it does not.

use std::path::Path;

use crossterm::event::{self, Event};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::Notes;
use crate::app::action::Action;
use crate::app::keymap::{Ctx, hints_shown};
use crate::corpus::model::Kind;
use crate::markdown::wrap::str_width;
use crate::present::deck::steps_of;
use crate::present::figures;
use crate::present::remote::{Request, send};
use crate::text::mn_keyboard::to_latin;
use crate::ui::theme::Theme;

/// The notes screen's action for a terminal event, from the key table: its own list, or the
/// step-number prompt's while `jumping` (after `g`), where digits are typed.
pub fn key_action(ev: &Event, jumping: bool) -> Option<Action> {
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
    let ctx = match jumping {
        true => Ctx::StepJump,
        false => Ctx::PresenterNotes,
    };
    let found = (ctx.bindings().iter()).find(|b| b.key.code == code && b.key.mods == mods);
    match (found, code) {
        (Some(b), _) => Some(b.action.clone()),
        (None, event::KeyCode::Char(c)) if jumping && c.is_ascii_digit() => Some(Action::Input(c)),
        // Any other key answers the question to close (stay) and closes the key list.
        (None, _) => Some(Action::OtherKey),
    }
}

impl Notes<'_> {
    /// The action of a terminal event here: the question's keys while one is typed after
    /// `/`, else [`key_action`].
    pub fn key_for(&self, ev: &Event) -> Option<Action> {
        match self.question.is_some() && !self.help {
            true => super::search::search_key_action(ev),
            false => key_action(ev, self.jump.is_some()),
        }
    }
}

/// What a key leaves the notes screen to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    Stay,
    Close,
}

impl Notes<'_> {
    /// Applies `action` on the notes screen; a step key or `f` is sent to the presenter
    /// followed through the runtime folder `dir`.
    pub fn key(&mut self, action: Action, dir: &Path) -> After {
        if matches!(action, Action::Quit) {
            return After::Close;
        }
        // An answer to `f`, or to a key that does nothing, stays until the next key.
        self.figure_answer = None;
        self.told = None;
        // The key list: any key closes it, and does nothing else.
        if self.help {
            self.help = false;
            return After::Stay;
        }
        if self.jump.is_some() {
            self.jump_action(action, dir);
            return After::Stay;
        }
        if self.question.is_some() {
            self.question_action(action, dir);
            return After::Stay;
        }
        if self.leaving {
            // As on the projector: q closes, a second Esc only takes the question away, any
            // other key stays and does its own work too.
            self.leaving = false;
            match action {
                Action::Leave => return After::Close,
                Action::Escape => return After::Stay,
                _ => {}
            }
        }
        match action {
            Action::Leave => return After::Close,
            Action::Escape => self.leaving = true,
            Action::Help => self.help = true,
            Action::ToggleLang => self.toggle_lang(),
            Action::NextFigure if let Some(answer) = self.no_chart_answer() => {
                self.figure_answer = Some(answer);
            }
            Action::JumpStep if self.position.is_some() => self.jump = Some(String::new()),
            // A question from the room: found here, its answer shown on the projector.
            Action::OpenSearch => self.question = Some(super::Question::default()),
            Action::OtherKey => self.told = Some("notes-key-unused"),
            // A step key at the laptop drives the talk, while one runs.
            action => {
                let followed = self.position.as_ref().zip(self.presenter);
                if let (Some(request), Some((p, pid))) = (Request::of(&action), followed) {
                    // A request that cannot be written changes nothing; the keys on the
                    // presenter still work.
                    let _ = send(dir, &p.tour, pid, request);
                }
            }
        }
        After::Stay
    }

    /// A key at the step-number prompt: digits, Backspace, Enter (the step, when the tour has
    /// it: it is sent to the presenter), Esc.
    fn jump_action(&mut self, action: Action, dir: &Path) {
        let Some(typed) = self.jump.as_mut() else {
            return;
        };
        match action {
            Action::Input(d) => {
                if self.jump_wrong {
                    typed.clear();
                    self.jump_wrong = false;
                }
                if typed.len() < 4 {
                    typed.push(d);
                }
            }
            Action::DeleteChar => {
                self.jump_wrong = false;
                typed.pop();
            }
            Action::Open => {
                let n = typed.parse::<usize>().ok();
                let total = self.steps_total();
                match n {
                    Some(n) if n >= 1 && n <= total => {
                        self.jump = None;
                        self.key(Action::GoToStep(n - 1), dir);
                    }
                    Some(_) => self.jump_wrong = true,
                    None => self.jump = None,
                }
            }
            Action::Help => self.help = true,
            Action::Escape => {
                self.jump = None;
                self.jump_wrong = false;
            }
            _ => {}
        }
    }

    /// The number of steps of the talk followed (0 when none runs).
    fn steps_total(&self) -> usize {
        let tour = self
            .position
            .as_ref()
            .and_then(|p| self.corpus.index_of(&p.tour));
        tour.map_or(0, |t| steps_of(&self.corpus, t).len())
    }

    /// The step-number prompt as the key line shows it, while open.
    fn jump_prompt(&self) -> Option<String> {
        let typed = self.jump.as_ref()?;
        let lang = self.shown_lang();
        let total = self.steps_total().to_string();
        let range = self
            .l10n
            .format(lang, "present-jump-range", &[("total", total.clone())]);
        Some(match self.jump_wrong {
            true => {
                let wrong = self.l10n.format(
                    lang,
                    "present-no-such-step",
                    &[("step", typed.clone()), ("total", total)],
                );
                format!("{wrong} · {range}: {typed}▏")
            }
            false => format!("{range}: {typed}▏"),
        })
    }

    /// What `f` says at the step the talk is at, when the step has no chart to show over it:
    /// it is a chart itself, or lists none. The tour, the step and the message's id.
    fn no_chart_answer(&self) -> Option<(String, usize, &'static str)> {
        let p = self.position.as_ref()?;
        let tour = self.corpus.index_of(&p.tour)?;
        let steps = steps_of(&self.corpus, tour);
        let step = steps.get(p.step)?;
        if !figures::shown(&self.corpus, step.entry, &step.figures).is_empty() {
            return None;
        }
        let is_chart = step.entry.map(|i| self.corpus.entry(i).kind) == Some(Kind::Figure);
        let id = match is_chart {
            true => "notes-figure-is-step",
            false => "notes-figure-none",
        };
        Some((p.tour.clone(), p.step, id))
    }

    /// The answer to `f` shown on the key line: while the talk is at the step it was for.
    pub fn shown_figure_answer(&self) -> Option<&'static str> {
        let (tour, step, id) = self.figure_answer.as_ref()?;
        let p = self.position.as_ref()?;
        (&p.tour == tour && p.step == *step).then_some(*id)
    }

    /// The line at the foot of the screen, `width` columns wide: the question before closing,
    /// else the answer to `f` at a step with no chart, else the keys that work now — all of
    /// them where they fit, else the main ones and `?`.
    pub fn key_line(&self, width: usize) -> String {
        let lang = self.shown_lang();
        if self.leaving {
            return self.l10n.t(lang, "notes-leave-ask");
        }
        if let Some(prompt) = self.jump_prompt() {
            return prompt;
        }
        if let Some(line) = self.question_line() {
            return line;
        }
        if let Some(id) = self.shown_figure_answer().or(self.told) {
            return self.l10n.t(lang, id);
        }
        // With no talk running the step keys do nothing: only the ones that still work.
        let ids: &[&str] = match self.position {
            Some(_) => &["notes-keys", "notes-keys-short"],
            None => &["notes-keys-idle"],
        };
        let lines = ids.iter().map(|id| self.l10n.t(lang, id));
        let mut last = String::new();
        for line in lines {
            if str_width(&line) <= width {
                return line;
            }
            last = line;
        }
        last
    }

    /// The key list `?` shows over the notes: each of the screen's keys with what it does, the
    /// description wrapped under itself where the terminal is narrow (under the keys, a little
    /// in, where it is very narrow).
    pub fn draw_help(&self, frame: &mut Frame, th: &Theme) {
        let lang = self.shown_lang();
        let rows: Vec<(String, String)> = (hints_shown(Ctx::PresenterNotes, lang).into_iter())
            .map(|(k, hint)| (k, self.l10n.t(lang, hint)))
            .collect();
        let area = frame.area();
        let keys = rows.iter().map(|(k, _)| str_width(k)).max().unwrap_or(0);
        let widest = (rows.iter())
            .map(|(_, h)| 1 + keys + 2 + str_width(h) + 1)
            .max()
            .unwrap_or(0);
        let width = u16::try_from(widest + 2)
            .unwrap_or(u16::MAX)
            .min(area.width);
        let inside = (width as usize).saturating_sub(2);
        let beside = inside.saturating_sub(1 + keys + 2 + 1);
        let mut lines: Vec<Line> = Vec::new();
        for (k, hint) in rows {
            let (at, room) = match beside >= 10 {
                true => (1 + keys + 2, beside),
                false => (3, inside.saturating_sub(4).max(1)),
            };
            let wrapped = crate::markdown::wrap::wrap_words(&hint, room, 0);
            let mut wrapped = wrapped.into_iter();
            let first = if beside >= 10 { wrapped.next() } else { None };
            lines.push(Line::from(vec![
                Span::styled(format!(" {k:<keys$}  "), th.key),
                Span::raw(first.unwrap_or_default()),
            ]));
            lines.extend(wrapped.map(|text| Line::from(format!("{}{text}", " ".repeat(at)))));
        }
        let height = u16::try_from(lines.len() + 2)
            .unwrap_or(u16::MAX)
            .min(area.height);
        let r = Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        );
        let title = format!(" {} ", self.l10n.t(lang, "help-ctx-present-notes"));
        frame.render_widget(Clear, r);
        frame.render_widget(
            Paragraph::new(lines)
                .style(th.base)
                .block(Block::default().borders(Borders::ALL).title(title)),
            r,
        );
    }
}
