//! The app's side of presentations: `p` opens the selected tour full screen (or shows the tours
//! list to pick one), and the keys of a running presentation — next/previous step, `g` and a
//! number to jump, `L` for the other language live, Esc to leave.

use super::action::Action;
use super::effect::{Effect, Effects};
use super::state::{App, Pane};
use crate::corpus::model::Kind;
use crate::present::deck::{Deck, epoch_secs};
use crate::ui::theme::ThemeName;

/// Starts presenting tour `index` in the projector theme; false when it has no steps.
pub fn start(app: &mut App, index: usize) -> bool {
    match Deck::new(&app.corpus, index, epoch_secs(), app.settings.theme) {
        Some(d) => {
            app.present = Some(d);
            app.settings.set_theme(ThemeName::Projector);
            true
        }
        None => false,
    }
}

/// Shows the tours list, focused, so a tour can be picked with `p`.
pub fn show_tours(app: &mut App) {
    if let Some(k) = Kind::ALL.iter().position(|k| *k == Kind::Tour) {
        app.nav.show_kind(k);
        app.nav.focus_on(Pane::List);
        app.reading.restart();
    }
    app.status.say(app.t("present-pick-tour"));
}

/// `p`: the selected tour, else the tours list.
pub fn open(app: &mut App) {
    match app.current() {
        Some(i) if app.corpus.entry(i).kind == Kind::Tour => {
            if !start(app, i) {
                app.status.say(app.t("present-empty-tour"));
            }
        }
        _ => show_tours(app),
    }
}

/// Ends the presentation: back to the tour's entry, or quit when toli was started to present.
fn leave(app: &mut App, effects: &mut Effects) {
    if let Some(d) = app.present.take() {
        app.settings.set_theme(d.theme_before);
        if d.standalone {
            effects.push(Effect::Quit);
        } else {
            app.select(d.tour_index);
            app.nav.focus_on(Pane::Entry);
            app.reading.scroll_to(0);
        }
    }
}

/// Applies `action` while presenting.
pub fn present_action(app: &mut App, action: Action, effects: &mut Effects) {
    let Some(d) = app.present.as_mut() else {
        return;
    };
    if d.jump.is_some() {
        match action {
            Action::Input(c) if c.is_ascii_digit() => {
                if let Some(j) = d.jump.as_mut().filter(|j| j.len() < 4) {
                    j.push(c);
                }
            }
            Action::DeleteChar => {
                if let Some(j) = d.jump.as_mut() {
                    j.pop();
                }
            }
            Action::Open => {
                d.finish_jump();
            }
            Action::Escape => d.jump = None,
            _ => {}
        }
        return;
    }
    if !matches!(action, Action::Resize { .. } | Action::CycleTheme) {
        app.status.clear();
    }
    let Some(d) = app.present.as_mut() else {
        return;
    };
    match action {
        Action::NextStep => {
            d.forward();
        }
        Action::PrevStep => {
            d.backward();
        }
        Action::JumpStep => d.jump = Some(String::new()),
        Action::Down => d.scroll += 1,
        Action::Up => d.scroll = d.scroll.saturating_sub(1),
        Action::Wheel { down, .. } => {
            d.scroll = if down {
                d.scroll + 3
            } else {
                d.scroll.saturating_sub(3)
            }
        }
        Action::ToggleLang => app.set_lang(app.settings.lang.other()),
        Action::CycleTheme => super::settings::cycle_theme(app),
        Action::Escape => leave(app, effects),
        _ => {}
    }
    if let Some(d) = &app.present {
        let max = crate::ui::present::max_scroll(app, d, app.size);
        if let Some(d) = app.present.as_mut() {
            d.scroll = d.scroll.min(max);
        }
    }
}

/// A frame is due: the presentation clock moves on.
pub(super) fn tick(app: &mut App, now: u64) {
    if let Some(d) = app.present.as_mut() {
        d.now = now;
    }
}
