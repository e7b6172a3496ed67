//! A tour presentation's state: the steps (entries with their trainer notes), which step is on
//! screen, the step-jump input, and when the talk started. Pure: the app's update drives it and
//! the tests check navigation without a terminal.

use super::screen::Screen;
use super::sync::Position;
use crate::corpus::Corpus;
use crate::corpus::model::{Bi, KindFields};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::ui::theme::ThemeName;

/// One step of the talk: an entry and the trainer's note for it. A step naming an id no entry
/// has stays in the talk as a visible error (`entry` is None), so it is never silently lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub entry: Option<usize>,
    /// The id the tour names.
    pub id: String,
    pub note: Bi<String>,
    /// The minutes the tour plans for the step, if it says.
    pub minutes: Option<u32>,
    /// The ids the step's `figures` lists: the charts `f` shows over it.
    pub figures: Vec<String>,
}

/// A running presentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    /// The tour's id (entry numbers change with a live reload; ids do not).
    pub tour: String,
    pub steps: Vec<Step>,
    /// 0-based.
    pub step: usize,
    /// The step the talk has reached in order, where its pace against the plan is measured
    /// (0-based; see [`super::pace::measured_at`]): a jump ahead to show a chart and back does
    /// not count the steps jumped over as time gained.
    pub pace_at: usize,
    /// Lines scrolled within a long step.
    pub scroll: usize,
    /// The step number being typed after `g`.
    pub jump: Option<String>,
    /// Enter was pressed on a step number the tour does not have: the prompt stays open with
    /// it, saying so, and the next digit typed starts a new number (Backspace edits it).
    pub jump_wrong: bool,
    /// Esc was pressed: the footer asks whether to leave.
    pub leaving: bool,
    /// The screen is blanked (`b` or `.`), as a slideshow does.
    pub blank: bool,
    /// When the footer's notice appeared (it goes after a few seconds, leaving the projector
    /// clean).
    pub notice_since: Option<u64>,
    /// Seconds since the epoch when the talk started, and now (set by the event loop).
    pub started: u64,
    /// The clock is hidden from the footer (`t`): the audience sees the footer too.
    pub clock_hidden: bool,
    /// When the clock was stopped (`p`, a break); `p` again runs it on from there.
    pub paused_at: Option<u64>,
    pub now: u64,
    /// The theme to go back to when the presentation ends.
    pub theme_before: ThemeName,
    /// Leaving the presentation quits toli (`toli present TOUR`).
    pub standalone: bool,
    /// A figure the step names, shown over it (`f`), by id; a step key or Esc brings the step
    /// back.
    pub aside: Option<String>,
    /// Slides show an entry's title, summary and key facts only (`s`), not its whole text.
    pub summary_only: bool,
    /// The tour's agenda is over the step (`a`).
    pub agenda: bool,
    /// The talk's planned length in minutes (`--minutes`), for the pace on the notes screen.
    pub plan_minutes: Option<u32>,
    /// A notes screen follows the talk: problems go to it, not to the room.
    pub notes_follow: bool,
    /// The talk opened in the language it was last given in, not the one this start would
    /// have used (a rehearsal's `L`), and `L` has not been pressed since: the notes screen
    /// says so, as the projector's footer did.
    pub lang_kept: bool,
    /// An entry found with `/` for a question from the room, shown over the step, by id; one
    /// step key or Esc brings the step back as it was.
    pub answer: Option<Answer>,
}

/// An entry shown over the step in answer to a question, and the step's scroll to go back to.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub id: String,
    pub step_scroll: usize,
}

/// The steps of tour `index`, those naming a missing entry included (`toli check` reports them).
pub fn steps_of(corpus: &Corpus, index: usize) -> Vec<Step> {
    match &corpus.entry(index).fields {
        KindFields::Tour { steps } => steps
            .iter()
            .map(|s| Step {
                entry: corpus.index_of(&s.entry),
                id: s.entry.clone(),
                note: s.note.clone(),
                minutes: s.minutes,
                figures: s.figures.clone(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Seconds since the Unix epoch.
pub fn epoch_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `mm:ss` (minutes keep counting past an hour).
pub fn clock(secs: u64) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// The clock as the presenter and the notes terminal show it: `mm:ss`, marked when stopped.
pub fn clock_label(l10n: &Localizer, lang: Lang, secs: u64, paused: bool) -> String {
    match paused {
        true => l10n.format(lang, "present-clock-paused", &[("clock", clock(secs))]),
        false => clock(secs),
    }
}

impl Deck {
    /// A presentation of tour `index` from its first step, or None when it is not a tour or
    /// has no steps.
    pub fn new(
        corpus: &Corpus,
        index: usize,
        started: u64,
        theme_before: ThemeName,
    ) -> Option<Deck> {
        let steps = steps_of(corpus, index);
        if steps.is_empty() {
            return None;
        }
        Some(Deck {
            tour: corpus.entry(index).id.clone(),
            steps,
            step: 0,
            pace_at: 0,
            scroll: 0,
            jump: None,
            jump_wrong: false,
            leaving: false,
            blank: false,
            notice_since: None,
            started,
            clock_hidden: false,
            paused_at: None,
            now: started,
            theme_before,
            standalone: false,
            aside: None,
            summary_only: false,
            agenda: false,
            plan_minutes: None,
            notes_follow: false,
            lang_kept: false,
            answer: None,
        })
    }

    /// Goes to step `k` (0-based, clamped), the step itself and not a figure over it; true when
    /// the step changed.
    pub fn go(&mut self, k: usize) -> bool {
        let k = k.min(self.steps.len().saturating_sub(1));
        self.pace_at = super::pace::measured_at(self.pace_at, self.step, k);
        let changed = k != self.step;
        self.step = k;
        if changed || self.aside.is_some() || self.agenda {
            self.scroll = 0;
        }
        self.aside = None;
        self.agenda = false;
        self.answer = None;
        changed
    }

    /// The entry on screen: the answer to a question, else the figure shown over the step,
    /// else the step's entry.
    pub fn shown(&self, corpus: &Corpus) -> Option<usize> {
        let answer = self.answer.as_ref().and_then(|a| corpus.index_of(&a.id));
        answer
            .or_else(|| self.aside.as_deref().and_then(|id| corpus.index_of(id)))
            .or_else(|| self.entry())
    }

    /// Shows entry `id` over the step in answer to a question (the agenda goes; a figure over
    /// the step stays under it).
    pub fn show_answer(&mut self, id: String) {
        let step_scroll = match self.answer.take() {
            Some(before) => before.step_scroll,
            None => self.scroll,
        };
        self.answer = Some(Answer { id, step_scroll });
        self.agenda = false;
        self.scroll = 0;
    }

    /// Takes the answer away: the step (or its figure) as it was before the question. False
    /// when no answer was shown.
    pub fn close_answer(&mut self) -> bool {
        match self.answer.take() {
            Some(a) => {
                self.scroll = a.step_scroll;
                true
            }
            None => false,
        }
    }

    /// The figures the step on screen shows over it (`f`), in its order.
    pub fn figures(&self, corpus: &Corpus) -> Vec<usize> {
        let step = self.current();
        super::figures::shown(corpus, step.entry, &step.figures)
    }

    /// The figure over the step as "k of n" among the step's figures.
    pub fn aside_place(&self, corpus: &Corpus) -> Option<(usize, usize)> {
        let figures = self.figures(corpus);
        let id = self.aside.as_deref()?;
        let k = figures.iter().position(|&f| corpus.entry(f).id == id)?;
        Some((k + 1, figures.len()))
    }

    /// `f`: the step's next figure over it; after the last, the step again. False when the step
    /// names no figure.
    pub fn next_aside(&mut self, corpus: &Corpus) -> bool {
        let figures = self.figures(corpus);
        let at = self
            .aside
            .as_deref()
            .and_then(|id| figures.iter().position(|&f| corpus.entry(f).id == id));
        let next = match at {
            Some(k) => figures.get(k + 1),
            None => figures.first(),
        };
        self.aside = next.map(|&f| corpus.entry(f).id.clone());
        self.agenda = false;
        self.answer = None;
        self.scroll = 0;
        !figures.is_empty()
    }

    pub fn forward(&mut self) -> bool {
        self.go(self.step + 1)
    }

    pub fn backward(&mut self) -> bool {
        self.go(self.step.saturating_sub(1))
    }

    /// Ends the `g` input: a 1-based step number goes there. Returns the number typed when the
    /// tour has no such step, the prompt left open with it to be corrected; nothing typed
    /// closes the prompt.
    pub fn finish_jump(&mut self) -> Option<usize> {
        let typed = self.jump.clone().unwrap_or_default();
        match typed.trim().parse::<usize>() {
            Ok(n) if n >= 1 && n <= self.steps.len() => {
                self.close_jump();
                self.go(n - 1);
                None
            }
            Ok(n) => {
                self.jump_wrong = true;
                Some(n)
            }
            Err(_) => {
                self.close_jump();
                None
            }
        }
    }

    /// Closes the `g` prompt, whatever it holds.
    pub fn close_jump(&mut self) {
        self.jump = None;
        self.jump_wrong = false;
    }

    /// A digit typed at the `g` prompt: after a wrong number it starts a new one.
    pub fn type_jump(&mut self, digit: char) {
        if self.jump_wrong {
            self.jump = Some(String::new());
            self.jump_wrong = false;
        }
        if let Some(j) = self.jump.as_mut().filter(|j| j.len() < 4) {
            j.push(digit);
        }
    }

    /// The step on screen.
    pub fn current(&self) -> &Step {
        &self.steps[self.step.min(self.steps.len() - 1)]
    }

    /// The entry on screen, or None when the step names a missing entry.
    pub fn entry(&self) -> Option<usize> {
        self.current().entry
    }

    /// The step after this one, if any.
    pub fn upcoming(&self) -> Option<&Step> {
        self.steps.get(self.step + 1)
    }

    /// "k / n".
    pub fn counter(&self) -> String {
        format!("{} / {}", self.step + 1, self.steps.len())
    }

    /// Seconds the talk has run, breaks (`p`) left out.
    pub fn elapsed_secs(&self) -> u64 {
        self.paused_at
            .unwrap_or(self.now)
            .saturating_sub(self.started)
    }

    /// The elapsed time as `mm:ss`.
    pub fn elapsed(&self) -> String {
        clock(self.elapsed_secs())
    }

    /// Starts the talk at step `k` (0-based, clamped), its pace measured from there.
    pub fn start_at(&mut self, k: usize) {
        self.go(k);
        self.pace_at = self.step;
    }

    /// Stops the clock, or runs it on from where it stopped.
    pub fn toggle_pause(&mut self) {
        match self.paused_at.take() {
            Some(at) => self.started += self.now.saturating_sub(at),
            None => self.paused_at = Some(self.now),
        }
    }

    /// Starts the clock again from zero (stopped still, if it was), and the plan with it from
    /// the step on screen.
    pub fn restart_clock(&mut self) {
        self.started = self.now;
        self.pace_at = self.step;
        if self.paused_at.is_some() {
            self.paused_at = Some(self.now);
        }
    }

    /// Where the talk is and what the room sees, for the notes view.
    pub fn position(&self, corpus: &Corpus, lang: Lang) -> Position {
        Position {
            tour: self.tour.clone(),
            step: self.step,
            pace_at: Some(self.pace_at),
            lang,
            started: self.started,
            paused_at: self.paused_at,
            minutes: self.plan_minutes,
            screen: Screen::of(self, corpus),
            content: Default::default(),
            lang_kept: self.lang_kept,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};

    fn deck() -> (Corpus, Deck) {
        let corpus = load(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let t = corpus.index_of("tour-what-is-a-cluster").expect("tour");
        let d = Deck::new(&corpus, t, 100, ThemeName::Dark).expect("deck");
        (corpus, d)
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        let (corpus, mut d) = deck();
        let n = d.steps.len();
        assert!(n >= 3);
        assert_eq!(d.entry().map(|i| corpus.id(i)), Some("cluster"));
        assert!(!d.backward(), "no step before the first");
        assert!(d.forward());
        assert_eq!(d.counter(), format!("2 / {n}"));
        assert_eq!(d.entry().map(|i| corpus.id(i)), Some("cluster-initiative"));
        d.scroll = 5;
        assert!(d.backward());
        assert_eq!(d.scroll, 0, "a new step starts at its top");
        for _ in 0..n + 3 {
            d.forward();
        }
        assert_eq!(d.step, n - 1);
        assert!(!d.forward(), "no step after the last");
        assert!(d.upcoming().is_none());
    }

    #[test]
    fn jump_goes_to_a_typed_step_and_ignores_nonsense() {
        let (_, mut d) = deck();
        d.jump = Some("4".into());
        assert_eq!(d.finish_jump(), None);
        assert_eq!(d.step, 3);
        assert!(d.jump.is_none());
        for (bad, out_of_range) in [("0", Some(0)), ("999", Some(999)), ("x", None), ("", None)] {
            d.jump = Some(bad.into());
            assert_eq!(d.finish_jump(), out_of_range, "{bad:?}");
            assert_eq!(d.step, 3);
            // A wrong number stays in the prompt, to be corrected; nothing closes it.
            let open = out_of_range.map(|_| bad.to_string());
            assert_eq!(d.jump, open, "{bad:?}");
            d.close_jump();
        }
    }

    /// After a wrong number the next digit starts a new one; Backspace edits the wrong one.
    #[test]
    fn a_wrong_step_number_is_corrected_in_the_prompt() {
        let (_, mut d) = deck();
        d.jump = Some(String::new());
        d.type_jump('2');
        d.type_jump('0');
        assert_eq!(d.finish_jump(), Some(20));
        assert_eq!(d.jump.as_deref(), Some("20"));
        d.type_jump('3');
        assert_eq!(d.jump.as_deref(), Some("3"), "a new number");
        assert_eq!(d.finish_jump(), None);
        assert_eq!((d.step, d.jump.is_none()), (2, true));
    }

    #[test]
    fn elapsed_time_and_position() {
        let (corpus, mut d) = deck();
        d.now = 100 + 75 * 60 + 3;
        assert_eq!(d.elapsed(), "75:03");
        d.forward();
        let p = d.position(&corpus, Lang::Mn);
        assert_eq!(p.screen, Screen::default(), "the step itself");
        d.agenda = true;
        assert!(d.position(&corpus, Lang::Mn).screen.agenda);
        assert_eq!(
            (p.tour.as_str(), p.step, p.lang, p.started),
            ("tour-what-is-a-cluster", 1, Lang::Mn, 100)
        );
    }

    #[test]
    fn a_step_naming_a_missing_entry_stays_in_the_talk() {
        let dir = tempfile::tempdir().expect("tempdir");
        let tour = "---\nid: tour-gap\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: cluster\n  - entry: clustr\n  - entry: cluster-initiative\n---\n";
        std::fs::write(dir.path().join("tour-gap.md"), tour).expect("write");
        let corpus = load(&Sources {
            builtin: true,
            dirs: vec![dir.path().to_path_buf()],
        })
        .corpus;
        let t = corpus.index_of("tour-gap").expect("tour");
        let mut d = Deck::new(&corpus, t, 0, ThemeName::Dark).expect("deck");
        assert_eq!(d.steps.len(), 3, "the missing step is kept");
        d.forward();
        assert_eq!(d.entry(), None);
        assert_eq!(d.current().id, "clustr");
        assert_eq!(d.counter(), "2 / 3");
    }

    #[test]
    fn only_tours_make_decks() {
        let (corpus, _) = deck();
        let c = corpus.index_of("cluster").expect("entry");
        assert!(Deck::new(&corpus, c, 0, ThemeName::Dark).is_none());
    }

    #[test]
    fn a_paused_clock_stands_still_and_runs_on_from_there() {
        let (corpus, mut d) = deck();
        d.now = 160;
        assert_eq!(d.elapsed(), "01:00");
        d.toggle_pause();
        d.now = 400;
        assert_eq!(d.elapsed(), "01:00", "stopped during the break");
        assert_eq!(
            d.position(&corpus, Lang::En).elapsed(d.now),
            60,
            "the notes terminal agrees"
        );
        d.toggle_pause();
        d.now = 430;
        assert_eq!(d.elapsed(), "01:30", "the break is not counted");
        d.toggle_pause();
        d.restart_clock();
        d.now = 500;
        assert_eq!(
            d.elapsed(),
            "00:00",
            "restarted while stopped: stays at zero"
        );
        d.toggle_pause();
        d.now = 505;
        assert_eq!(d.elapsed(), "00:05");
    }
}
