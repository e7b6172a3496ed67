//! The app's side of presentations: `p` opens the selected tour full screen where it was left
//! (or shows the tours list to pick one), and the keys of a running presentation — next and
//! previous step, first and last, `g` and a number to jump, `b` to blank the screen, `L` for
//! the other language live; `q` leaves, Esc asks first (clickers send Esc). Each step change and
//! language switch is remembered per tour ([`crate::present::resume`]).

use super::action::Action;
use super::effect::{Effect, Effects};
use super::state::{App, Pane};
use crate::app::settings::ThemeName;
use crate::corpus::model::Kind;
use crate::present::deck::{Deck, epoch_secs};
use crate::present::resume::Place;

/// Seconds a notice (a theme's name, "resumed at step", a step out of range) stays in the
/// footer; the question before leaving and the step prompt stay until answered.
pub const NOTICE_SECS: u64 = 5;

/// Starts presenting tour `index` in the projector theme: at step `at` (1-based) when given,
/// else where it was left (saying so). The error is a message in the app's language: the tour
/// has no steps, or no such step.
pub fn start(app: &mut App, index: usize, at: Option<usize>) -> Result<(), String> {
    let now = epoch_secs();
    let Some(mut d) = Deck::new(&app.corpus, index, now, app.settings.theme) else {
        return Err(app.t("present-empty-tour"));
    };
    let total = d.steps.len();
    if let Some(place) = app.present_places.recall(&d.tour) {
        // The way the trainer presents a tour stays with it, wherever the talk starts.
        d.summary_only = place.summary_only;
        d.plan_minutes = place.minutes;
    }
    match at {
        Some(n) if n == 0 || n > total => {
            return Err(no_such_step(app, n, total));
        }
        Some(n) => d.start_at(n - 1),
        None => {
            // A talk left on its last step is over (a rehearsal, say): it starts afresh.
            if let Some(place) = app.present_places.recall(&d.tour)
                && place.step > 0
                && place.step + 1 < total
            {
                d.start_at(place.step);
                d.started = place.clock_start(now);
                // A talk whose clock runs on keeps the step its pace is measured at (a chart
                // jumped to before the break is still a jump); a fresh clock starts it here.
                let clock_kept =
                    now.saturating_sub(place.seen) <= crate::present::resume::KEEP_CLOCK_SECS;
                if clock_kept {
                    d.pace_at = place.pace_at.unwrap_or(place.step).min(total - 1);
                }
                if place.paused {
                    d.paused_at = Some(now);
                }
                app.status.say(app.tf(
                    "present-resumed",
                    &[
                        ("step", (place.step + 1).to_string()),
                        ("total", total.to_string()),
                    ],
                ));
            }
        }
    }
    d.now = now;
    d.notice_since = app.status.notice.is_some().then_some(now);
    app.present = Some(d);
    app.settings.set_theme(ThemeName::Projector);
    remember(app);
    Ok(())
}

/// `toli present TOUR`: presents tour `index` full screen (at step `at`, else where it was
/// left), quitting toli when the talk ends, with the planned `minutes` when given (else the
/// tour's last plan). Without `--lang` (`lang_given` false) the talk is given in the language
/// it was last given in, so that a restart after its terminal closed is in the room's language;
/// `--lang` chooses another. The error is [`start`]'s.
pub fn start_standalone(
    app: &mut App,
    index: usize,
    at: Option<usize>,
    minutes: Option<u32>,
    lang_given: bool,
) -> Result<(), String> {
    let tour = &app.corpus.entry(index).id;
    let kept = app.present_places.recall(tour).and_then(|p| p.lang);
    // A language kept from the last talk (a rehearsal's `L`, say) that is not the one this
    // start would have used is said, with how to change it, so the trainer notices it.
    let switched = match (lang_given, kept) {
        (false, Some(lang)) if app.settings.lang != lang => Some(lang),
        _ => None,
    };
    if let (false, Some(lang)) = (lang_given, kept) {
        app.set_lang(lang);
    }
    start(app, index, at)?;
    if let Some(lang) = switched {
        let said = app.tf(
            "present-lang-kept",
            &[
                ("lang", lang.code().to_string()),
                ("other", lang.other().code().to_string()),
            ],
        );
        // After "resumed at step …" when the talk resumes.
        app.status.say_after(said);
    }
    if let Some(d) = app.present.as_mut() {
        d.standalone = true;
        d.plan_minutes = minutes.or(d.plan_minutes);
        d.lang_kept = switched.is_some();
    }
    remember(app);
    Ok(())
}

/// After a live reload: the running presentation's steps are read again from the new corpus (a
/// fixed typo or note shows at once), keeping the step, the scroll and the clock. Entry
/// numbers change with a reload, so every step is looked up again by its id.
pub(super) fn after_reload(app: &mut App) {
    let Some(d) = app.present.as_mut() else {
        return;
    };
    match app.corpus.index_of(&d.tour) {
        Some(i) if !crate::present::deck::steps_of(&app.corpus, i).is_empty() => {
            let showing = d.steps.get(d.step).map(|s| s.id.clone());
            d.steps = crate::present::deck::steps_of(&app.corpus, i);
            // The room keeps its slide when steps are added or removed before it: the step
            // showing the same entry, the nearest one if the tour shows it more than once.
            let same = (d.steps.iter().enumerate())
                .filter(|(_, s)| Some(&s.id) == showing.as_ref())
                .min_by_key(|(n, _)| n.abs_diff(d.step))
                .map(|(n, _)| n);
            if let Some(n) = same {
                d.step = n;
            }
        }
        // The tour is gone or empty for now (a save half-way): its last steps stay on screen.
        _ => {
            for s in &mut d.steps {
                s.entry = app.corpus.index_of(&s.id);
            }
        }
    }
    d.step = d.step.min(d.steps.len().saturating_sub(1));
    d.pace_at = d.pace_at.min(d.steps.len().saturating_sub(1));
}

fn no_such_step(app: &App, n: usize, total: usize) -> String {
    app.tf(
        "present-no-such-step",
        &[("step", n.to_string()), ("total", total.to_string())],
    )
}

/// Saves where the talk is; a failure is said in the footer (the talk goes on).
pub fn remember(app: &mut App) {
    let Some(d) = &app.present else {
        return;
    };
    let place = Place {
        step: d.step,
        pace_at: Some(d.pace_at),
        // A resumed talk's clock counts only the time it ran, not a break it was stopped for.
        started: d.now.saturating_sub(d.elapsed_secs()),
        seen: d.now.max(d.started),
        paused: d.paused_at.is_some(),
        summary_only: d.summary_only,
        minutes: d.plan_minutes,
        lang: Some(app.settings.lang),
    };
    let tour = d.tour.clone();
    if let Err(e) = app.present_places.remember(&tour, place) {
        let why = e.why(&app.l10n, app.settings.lang);
        let told = app.tf(
            "present-remember-failed",
            &[("why", why), ("folder", e.folder())],
        );
        app.status.say(told);
    }
}

/// Shows the tours list, focused, so a tour can be picked with `p`: on the tour presented
/// last, saying the step it was stopped at when `p` resumes it there.
pub fn show_tours(app: &mut App) {
    if let Some(k) = Kind::ALL.iter().position(|k| *k == Kind::Tour) {
        app.nav.show_kind(k);
        app.nav.focus_on(Pane::List);
        app.reading.restart();
    }
    let last = app.present_places.latest();
    let found = last.and_then(|(tour, place)| Some((app.corpus.index_of(&tour)?, place)));
    let Some((tour, place)) = found else {
        return app.status.say(app.t("present-pick-tour"));
    };
    app.nav.select(tour, Kind::Tour);
    let total = crate::present::deck::steps_of(&app.corpus, tour).len();
    // As `start` resumes: a talk left on its first or last step starts afresh.
    match place.step > 0 && place.step + 1 < total {
        true => app.status.say(app.tf(
            "present-pick-tour-left",
            &[
                ("step", (place.step + 1).to_string()),
                ("total", total.to_string()),
            ],
        )),
        false => app.status.say(app.t("present-pick-tour")),
    }
}

/// `p`: the selected tour, else the tours list.
pub fn open(app: &mut App) {
    match app.current() {
        Some(i) if app.corpus.entry(i).kind == Kind::Tour => {
            if let Err(message) = start(app, i, None) {
                app.status.say(message);
            }
        }
        _ => show_tours(app),
    }
}

/// Ends the presentation: back to the tour's entry, or quit when toli was started to present.
fn leave(app: &mut App, effects: &mut Effects) {
    remember(app);
    if let Some(d) = app.present.take() {
        app.settings.set_theme(d.theme_before);
        app.status.clear();
        if d.standalone {
            effects.push(Effect::Quit);
        } else if let Some(tour) = app.corpus.index_of(&d.tour) {
            app.select(tour);
            app.nav.focus_on(Pane::Entry);
            app.reading.scroll_to(0);
        }
    }
}

/// Typing a step number after `g`.
fn jump_action(app: &mut App, action: Action) {
    let Some(d) = app.present.as_mut() else {
        return;
    };
    match action {
        Action::Input(c) if c.is_ascii_digit() => d.type_jump(c),
        Action::DeleteChar => {
            d.jump_wrong = false;
            if let Some(j) = d.jump.as_mut() {
                j.pop();
            }
        }
        // A number the tour does not have stays in the prompt, which says so (the footer:
        // [`crate::ui::present_footer`]), ready to be corrected.
        Action::Open => {
            d.finish_jump();
        }
        Action::Escape => d.close_jump(),
        _ => {}
    }
}

/// Applies `action` while presenting.
pub fn present_action(app: &mut App, action: Action, effects: &mut Effects) {
    let Some(d) = app.present.as_mut() else {
        return;
    };
    let before = d.step;
    let notice_before = app.status.notice.clone();
    if d.jump.is_some() {
        jump_action(app, action);
    } else if d.leaving {
        // Esc asked whether to leave: q leaves, any other key stays (a clicker's Esc followed
        // by its next button never ends the talk) — and does its own work too (a step, `s`,
        // `f` …), so the next press after a stray Esc is not lost. A second Esc only takes the
        // question away.
        d.leaving = false;
        app.status.clear();
        match action {
            Action::Leave => return leave(app, effects),
            Action::Escape => {}
            _ => step_action(app, action, effects),
        }
    } else {
        if !matches!(action, Action::Resize { .. } | Action::CycleTheme) {
            app.status.clear();
        }
        step_action(app, action, effects);
    }
    if app.present.as_ref().is_some_and(|d| d.step != before) {
        remember(app);
    }
    if app.status.notice != notice_before
        && let Some(d) = app.present.as_mut()
    {
        d.notice_since = app.status.notice.is_some().then_some(d.now);
    }
    if let Some(d) = app.present.as_ref() {
        let max = crate::ui::present::max_scroll(app, d, app.size);
        if let Some(d) = app.present.as_mut() {
            d.scroll = d.scroll.min(max);
        }
    }
}

/// A key of a presentation outside the jump and leave prompts.
fn step_action(app: &mut App, action: Action, effects: &mut Effects) {
    let max_scroll = match app.present.as_ref() {
        Some(d) => crate::ui::present::max_scroll(app, d, app.size),
        None => return,
    };
    let Some(d) = app.present.as_mut() else {
        return;
    };
    if d.blank && !matches!(action, Action::Resize { .. } | Action::Wheel { .. }) {
        // Any key brings the same slide back, and does nothing else.
        d.blank = false;
        return;
    }
    // Over an answer to a question, the first step key (a clicker's too) or Esc brings the
    // interrupted step back as it was, the clock running on; `g`, Home and End go where asked.
    if d.answer.is_some()
        && matches!(
            action,
            Action::Escape | Action::NextStep | Action::PrevStep | Action::Open
        )
    {
        d.close_answer();
        return;
    }
    // An answer's arrows scroll it and stop at its ends: the talk moves on from its own step.
    let at_end = match action {
        Action::Down => d.scroll >= max_scroll,
        Action::Up => d.scroll == 0,
        _ => false,
    };
    if d.answer.is_some() && at_end {
        return;
    }
    match action {
        Action::NextStep | Action::Open => {
            d.forward();
        }
        Action::PrevStep => {
            d.backward();
        }
        Action::Top => {
            d.go(0);
        }
        Action::Bottom => {
            d.go(usize::MAX);
        }
        Action::JumpStep => d.jump = Some(String::new()),
        Action::GoToStep(k) => {
            d.go(k);
        }
        Action::Blank => d.blank = true,
        Action::ToggleClock => d.clock_hidden = !d.clock_hidden,
        Action::RestartClock => {
            d.restart_clock();
            remember(app);
        }
        Action::PauseClock => {
            d.toggle_pause();
            remember(app);
        }
        Action::ToggleSummary => {
            d.summary_only = !d.summary_only;
            d.scroll = 0;
            remember(app);
        }
        // Past the end of a slide ↓ goes on to the next, and ↑ at its top back, as clickers
        // that send arrows expect.
        Action::Down if d.scroll >= max_scroll => {
            d.forward();
        }
        Action::Up if d.scroll == 0 => {
            d.backward();
        }
        Action::Down => d.scroll += 1,
        Action::Up => d.scroll -= 1,
        Action::Wheel { down, .. } => {
            d.scroll = if down {
                d.scroll + 3
            } else {
                d.scroll.saturating_sub(3)
            }
        }
        // Kept at once with the tour: a talk whose terminal is closed restarts in it.
        Action::ToggleLang => {
            d.lang_kept = false;
            app.set_lang(app.settings.lang.other());
            remember(app);
        }
        Action::CycleTheme => super::settings::cycle_theme(app),
        // The room reads the footer: a chart step is said to be the chart, another step to
        // have no other chart (its text may mention some).
        Action::NextFigure if !d.next_aside(&app.corpus) => {
            let own = d.entry().filter(|&i| i < app.corpus.len());
            match own.map(|i| app.corpus.entry(i).kind) == Some(Kind::Figure) {
                true => app.status.say(app.t("present-step-is-figure")),
                false => app.status.say(app.t("present-no-figures")),
            }
        }
        Action::ToggleAgenda => {
            d.agenda = !d.agenda;
            d.aside = None;
            d.answer = None;
            d.scroll = 0;
        }
        // Esc over a figure or the agenda brings the step back; over the step it asks before
        // leaving.
        Action::Escape if d.aside.is_some() || d.agenda => {
            d.aside = None;
            d.agenda = false;
            d.scroll = 0;
        }
        Action::Escape => {
            d.leaving = true;
            app.status.say(app.t("present-leave-ask"));
        }
        Action::Leave => leave(app, effects),
        // A key the talk has no use for says so, briefly, and names where the keys are.
        Action::OtherKey => app.status.say(app.t("present-key-unused")),
        _ => {}
    }
}

/// `/` in the talk: the search is about to open over the slide. A question to leave or a
/// blank screen goes first; false at the step-number prompt, where `/` is no key.
pub fn before_search(app: &mut App) -> bool {
    let Some(d) = app.present.as_mut() else {
        return false;
    };
    if d.jump.is_some() {
        return false;
    }
    d.leaving = false;
    d.blank = false;
    app.status.clear();
    true
}

/// The entry chosen in the search opened in the talk, shown over the step for the room; the
/// footer says how to bring the step back.
pub fn show_answer(app: &mut App, entry: usize) {
    let id = app.corpus.entry(entry).id.clone();
    if let Some(d) = app.present.as_mut() {
        d.show_answer(id);
    }
}

/// A frame is due: the presentation clock moves on, and an old notice leaves the footer.
/// Whether a notes screen follows the talk (the event loop asks the runtime folder each
/// frame): while one does, a problem in a saved file goes to it, not to the room.
pub(super) fn notes_follow(app: &mut App, follows: bool) {
    if let Some(d) = app.present.as_mut() {
        d.notes_follow = follows;
    }
}

pub(super) fn tick(app: &mut App, now: u64) {
    let Some(d) = app.present.as_mut() else {
        return;
    };
    d.now = now;
    let asking = d.leaving || d.jump.is_some();
    if let Some(since) = d.notice_since
        && !asking
        && now >= since + NOTICE_SECS
    {
        d.notice_since = None;
        app.status.clear();
    }
}
