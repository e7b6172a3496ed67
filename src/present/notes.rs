//! The trainer's notes view (`toli present TOUR --notes`, in a second terminal): it follows the
//! presenting instance through the runtime state file, polled about every 200 ms while waiting
//! for keys (no busy loop), and shows the current step's title, its trainer note (in the talk's
//! language, or the view's own: `--lang`, `L`), under it the trainer's own note on the step's
//! entry (written with `e` in the app, read again when its file changes), the next step's
//! title, the step counter, the
//! elapsed time, the pace against a plan and what the room sees over the step — or says that no presentation is running and waits. Its step keys (Space, the
//! arrows, PgUp/PgDn, `p`) drive the talk ([`super::remote`]). A saved edit of the
//! `--content` folders reloads it, as it does the app; a problem in the saved files shows here
//! whole, above the step (the projector only says where it is).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Receiver;
use std::time::Duration;

use crossterm::event::{self, Event};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::deck::{clock_label, epoch_secs, steps_of};
use super::own_note::OwnNote;
use super::pace::{Pace, Plan, own_total};
use super::remote::Request;
use super::sync::{self, Position};
use crate::app::action::Action;
use crate::app::keymap::Ctx;
use crate::app::mnkeys::to_latin;
use crate::corpus::Corpus;
use crate::corpus::load::Outcome;
use crate::diagnostic::Diagnostic;
use crate::i18n::Localizer;
use crate::inert::inert;
use crate::lang::Lang;
use crate::store::Store;
use crate::ui::theme::{ThemeName, theme};

/// What the notes view shows.
pub struct Notes<'a> {
    /// The corpus as loaded, then as each live reload leaves it.
    pub corpus: Arc<Corpus>,
    pub l10n: &'a Localizer,
    /// The tour followed; None follows whichever presentation is newest.
    pub tour: Option<String>,
    /// The language while no presentation is running: the last talk's, once there was one.
    pub lang: Lang,
    /// The notes' own language (`--lang`, or `L` here); None follows the talk's.
    pub own_lang: Option<Lang>,
    pub theme: ThemeName,
    pub no_color: bool,
    /// The presenter's position, as last read.
    pub position: Option<Position>,
    /// Seconds since the epoch, for the elapsed time.
    pub now: u64,
    /// The first problem of the last live reload, until a reload without one.
    pub problem: Option<Diagnostic>,
    /// Every problem of the content as last loaded (a step whose entry's file did not load
    /// names that file and its error).
    pub problems: Vec<Diagnostic>,
    /// Whether the talk followed has ended since this screen last saw it running.
    pub ended: bool,
    /// Another tour being presented while the one followed is not (its title is said).
    pub elsewhere: Option<String>,
    /// The process of the presentation followed: kept while it runs, so that a second
    /// presentation of the same tour (another session of the same user) never takes over.
    pub presenter: Option<u32>,
    /// How many presentations of the followed talk's tour run (more than one is said).
    pub presenters: usize,
    /// The reader's saved notes (`e` in the app); None shows no note of theirs.
    pub store: Option<Store>,
    /// The trainer's own note on the current step's entry, as last read.
    pub own_note: Option<OwnNote>,
}

impl<'a> Notes<'a> {
    /// The notes view following `tour` (None: whichever talk is newest) in `lang` until a talk
    /// says its own, in the dark theme with colour, before any position is read.
    pub fn following(
        corpus: Arc<Corpus>,
        l10n: &'a Localizer,
        tour: Option<String>,
        lang: Lang,
    ) -> Notes<'a> {
        Notes {
            corpus,
            l10n,
            tour,
            lang,
            own_lang: None,
            theme: ThemeName::Dark,
            no_color: false,
            position: None,
            now: 0,
            problem: None,
            problems: Vec::new(),
            ended: false,
            elsewhere: None,
            presenter: None,
            presenters: 0,
            store: None,
            own_note: None,
        }
    }

    /// Reads the state file again.
    pub fn poll(&mut self, dir: &Path) {
        let was_running = self.position.is_some();
        // The talk followed so far while it runs, else the one started last.
        let all = sync::presenters(dir, self.tour.as_deref());
        let chosen = (all.iter().find(|p| Some(p.pid) == self.presenter)).or(all.first());
        self.presenter = chosen.map(|p| p.pid);
        self.presenters = chosen.map_or(0, |c| {
            let same_tour = |p: &&sync::Presenter| p.position.tour == c.position.tour;
            all.iter().filter(same_tour).count()
        });
        self.position = chosen.map(|p| p.position.clone());
        self.ended = match self.position {
            Some(_) => false,
            None => self.ended || was_running,
        };
        // Following one tour while another runs: say which runs, not "nothing runs".
        self.elsewhere = match (&self.position, &self.tour) {
            (None, Some(_)) => sync::latest(dir).map(|p| p.tour),
            _ => None,
        };
        // When the talk stops, the notes stay in the language it was given in.
        if let Some(p) = &self.position {
            self.lang = p.lang;
            // The presenter then keeps problems off the projector; a notes screen that cannot
            // say so leaves them there.
            let _ = sync::mark_following(dir, &p.tour);
        }
        self.now = epoch_secs();
        self.read_own_note();
    }

    /// The entry of the step the followed talk is at.
    fn step_entry(&self) -> Option<usize> {
        let p = self.position.as_ref()?;
        let tour = self.corpus.index_of(&p.tour)?;
        steps_of(&self.corpus, tour).get(p.step)?.entry
    }

    /// Reads the trainer's own note on the current step's entry again when its file changed
    /// (saved with `e` in the app, from another window or a text editor).
    pub fn read_own_note(&mut self) {
        let id = self.step_entry().map(|i| self.corpus.entry(i).id.clone());
        self.own_note = match (&self.store, id) {
            (Some(store), Some(id)) => Some(OwnNote::read(store, &id, self.own_note.take())),
            _ => None,
        };
    }

    /// The language the notes are shown in: their own, else the talk's.
    pub fn shown_lang(&self) -> Lang {
        self.own_lang
            .unwrap_or_else(|| self.position.as_ref().map_or(self.lang, |p| p.lang))
    }

    /// `L`: the other language from now on, whatever the talk's.
    pub fn toggle_lang(&mut self) {
        self.own_lang = Some(self.shown_lang().other());
    }

    /// The view's text for a column `width` wide: a waiting message, or the step, what the
    /// room sees over it, its note and the next step.
    pub fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let th = theme(self.theme, self.no_color);
        let lang = self.shown_lang();
        let t = |id: &str| self.l10n.t(lang, id);
        let title_of = |i: usize| inert(self.corpus.entry(i).title.show(lang)).into_owned();
        let step_title = |s: &super::deck::Step| match s.entry {
            Some(i) => title_of(i),
            None => {
                let (text, _) = super::missing::step_text(self.l10n, lang, &s.id, &self.problems);
                inert(&text).into_owned()
            }
        };
        let tour = self
            .position
            .as_ref()
            .map(|p| p.tour.clone())
            .or_else(|| self.tour.clone());
        let tour_index = tour.as_deref().and_then(|t| self.corpus.index_of(t));
        let mut out = vec![Line::from(vec![
            Span::styled(t("notes-heading"), th.dim),
            Span::styled(
                tour_index.map_or(String::new(), |i| format!(" · {}", title_of(i))),
                th.dim,
            ),
        ])];
        out.push(Line::from(""));
        if let Some(d) = &self.problem {
            out.push(Line::from(Span::styled(
                t("notes-reload-problem"),
                th.notice.add_modifier(Modifier::BOLD),
            )));
            out.push(Line::from(Span::styled(
                inert(&d.render(self.l10n, lang)).into_owned(),
                th.notice,
            )));
            out.push(Line::from(""));
        }
        // The command that starts the talk followed: the tour's own id, to type as it stands.
        let start = |id: &str| {
            let command = match &self.tour {
                Some(tour) => format!("toli present {tour}"),
                None => "toli present".to_string(),
            };
            self.l10n.format(lang, id, &[("command", command)])
        };
        let (Some(p), Some(ti)) = (&self.position, tour_index) else {
            let waiting = match (&self.elsewhere, self.ended) {
                (Some(other), _) => {
                    let other = (self.corpus.index_of(other)).map_or(other.clone(), title_of);
                    self.l10n
                        .format(lang, "notes-other-tour", &[("title", other)])
                }
                (None, true) => start("notes-ended"),
                (None, false) => start("notes-waiting"),
            };
            out.push(Line::from(Span::styled(waiting, th.notice)));
            return out;
        };
        // Two talks of this tour (another session of the same user): say which is followed.
        if let (true, Some(pid)) = (self.presenters > 1, self.presenter) {
            let args = [
                ("count", self.presenters.to_string()),
                ("pid", pid.to_string()),
            ];
            let text = self.l10n.format(lang, "notes-presenter-chosen", &args);
            out.push(Line::from(Span::styled(text, th.notice)));
        }
        let steps = steps_of(&self.corpus, ti);
        let Some(step) = steps.get(p.step) else {
            out.push(Line::from(Span::styled(start("notes-waiting"), th.notice)));
            return out;
        };
        out.push(Line::from(vec![
            Span::styled(
                format!("{} {} / {}", t("notes-step"), p.step + 1, steps.len()),
                th.key,
            ),
            Span::styled(
                format!(
                    "   {}",
                    clock_label(self.l10n, lang, p.elapsed(self.now), p.paused_at.is_some())
                ),
                th.key,
            ),
        ]));
        let planned: Vec<Option<u32>> = steps.iter().map(|s| s.minutes).collect();
        // Without `--minutes`, a tour that plans every step is planned by their sum.
        if let Some(minutes) = p.minutes.or_else(|| own_total(&planned)) {
            out.push(Line::from(Span::styled(
                self.plan_line(p, &Plan::new(&planned, minutes), minutes, lang),
                th.dim,
            )));
            // The steps' own minutes overrun the slot: said, so the trainer can cut.
            let own: u32 = planned.iter().flatten().sum();
            if own > minutes {
                let args = [("own", own.to_string()), ("minutes", minutes.to_string())];
                out.push(Line::from(Span::styled(
                    self.l10n.format(lang, "notes-plan-overrun", &args),
                    th.notice,
                )));
            }
        }
        if let Some(over) = p.screen.line(self.l10n, lang, &self.corpus, width) {
            out.push(Line::from(Span::styled(
                over,
                th.notice.add_modifier(Modifier::BOLD),
            )));
        }
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            step_title(step),
            th.heading.add_modifier(Modifier::BOLD),
        )));
        out.push(Line::from(""));
        let (note, _) = step.note.text(lang);
        if note.is_empty() {
            out.push(Line::from(Span::styled(t("notes-no-note"), th.dim)));
        } else {
            out.extend(
                inert(note)
                    .lines()
                    .map(|l| Line::from(Span::styled(l.to_string(), Style::default()))),
            );
        }
        // The trainer's own note on the step's entry, under the tour's: only this screen shows
        // it (the projector never reads the notes folder).
        if let (Some(i), Some(own)) = (step.entry, &self.own_note) {
            out.extend(own.lines(&self.corpus.entry(i).id, t("note-title"), &th));
        }
        out.push(Line::from(""));
        let next = match steps.get(p.step + 1) {
            Some(n) => format!("{}: {}", t("notes-next"), step_title(n)),
            None => t("notes-last-step"),
        };
        out.push(Line::from(Span::styled(next, th.dim)));
        out
    }

    /// "Plan: 60 min, about 4:36 a step · 2 min behind"; "… this step 8:00 …" when the tour
    /// plans some steps' minutes.
    fn plan_line(&self, p: &Position, plan: &Plan, minutes: u32, lang: Lang) -> String {
        let state = match plan.pace(p.elapsed(self.now), p.step) {
            Pace::OnTime => self.l10n.t(lang, "notes-pace-on-time"),
            Pace::Behind(m) => {
                self.l10n
                    .format(lang, "notes-pace-behind", &[("min", m.max(1).to_string())])
            }
            Pace::Ahead(m) => {
                self.l10n
                    .format(lang, "notes-pace-ahead", &[("min", m.max(1).to_string())])
            }
        };
        let m_ss = |secs: u64| format!("{}:{:02}", secs / 60, secs % 60);
        let (id, share) = match plan.has_own() {
            true => ("notes-plan-step", ("step", m_ss(plan.step_secs(p.step)))),
            // Equal steps: each step's share (they differ by a second at most).
            false => ("notes-plan", ("per", m_ss(plan.step_secs(0)))),
        };
        self.l10n.format(
            lang,
            id,
            &[("minutes", minutes.to_string()), share, ("state", state)],
        )
    }

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
                        let _ = super::remote::send(dir, &p.tour, pid, request);
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
