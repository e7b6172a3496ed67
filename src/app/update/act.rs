//! Who takes a user's action, in order: letter commands taken back by the letter typed after
//! them (`app::typing`), quitting and resizing, the presentation (and the help over it), the
//! language, theme and mouse over any overlay, the overlay on top (which answers what to do
//! next: stay, close, open an entry), the find bar, and last the panes (`panes.rs`).

use super::opening::{edit_note, open_help};
use crate::app::action::Action;
use crate::app::effect::{Effect, Effects};
use crate::app::find::find_action;
use crate::app::navigation::navigate;
use crate::app::reading::{clamp_scroll, current_doc};
use crate::app::search::search_action;
use crate::app::state::{App, Overlay, Search, Then};
use crate::app::typing::{Held, Run};

/// Applies a user's action: presentation, then the overlay on top, then the find bar, then the
/// panes each take it first.
pub(super) fn act(app: &mut App, action: Action, effects: &mut Effects) {
    // Repainting changes nothing the reader typed or chose: not even a run of letters.
    if action == Action::Repaint {
        return effects.push(Effect::Repaint);
    }
    // Any action but the next letter command ends the run of letter commands.
    let run = app.typing.take();
    let over_note = matches!(app.overlay, Some(Overlay::Note(_)));
    let takes_word = run
        .as_ref()
        .is_some_and(|r| r.takes_word(&action, over_note));
    let action = match (action, run) {
        (Action::ByLetter(letter, command), mut run) => {
            // A held command's key pressed again at once: no word starts with it doubled.
            if let Some(held) = run.as_mut().and_then(|r| r.held_again(letter)) {
                return act(app, held, effects);
            }
            let run = Run::then(run, letter, app);
            if run.holds(&command) {
                return app.typing.keep(Some(run.hold(*command)));
            }
            act(app, *command, effects);
            let run = run.ran(app);
            app.typing.keep(run);
            return;
        }
        // The keymap timed a letter over the note editor, or a space, already: it must not
        // become nobody's.
        (Action::UnboundLetter(c), Some(run)) if takes_word => {
            return search_the_word(app, run, &c.to_string(), effects);
        }
        (Action::SearchFor(text), Some(run)) if takes_word => {
            return search_the_word(app, run, &text, effects);
        }
        (action, _) => action,
    };
    // Quit comes from `q` outside inputs and from Ctrl-C everywhere; over a note with unsaved
    // changes the first Ctrl-C warns, as Esc does, and the second saves the note and quits.
    if action == Action::Quit {
        // Over the help opened from the note editor, the editor comes back first: its
        // warning (or its save) is about the note the reader sees again.
        if let Some(Overlay::Help {
            over: Some(note), ..
        }) = &app.overlay
            && matches!(**note, Overlay::Note(_))
        {
            close_overlay(app);
        }
        if crate::app::study::note_editor::quit(app) {
            effects.push(Effect::Quit);
        }
        return;
    }
    if let Action::Resize { width, height } = action {
        let before = current_doc(app).map(|(d, _)| d.lines.len());
        app.size = (width, height);
        let after = current_doc(app).map(|(d, _)| d.lines.len());
        if let (Some(b), Some(a)) = (before, after)
            && b > 0
        {
            app.reading.scroll_to(app.reading.scroll * a / b);
        }
        clamp_scroll(app);
        return;
    }
    if app.present.is_some() {
        return present_act(app, action, effects);
    }
    // The language and the theme switch over any overlay (its table binds them where a key
    // does not type into an input).
    match action {
        Action::ToggleLang => return app.set_lang(app.settings.lang.other()),
        Action::CycleTheme => return crate::app::settings::cycle_theme(app),
        Action::ToggleMouse => return toggle_mouse(app, effects),
        _ => {}
    }
    if let Some(overlay) = &app.overlay {
        // `?` over a list (bookmarks, notes, the matrix …) lists its keys; closing the help
        // goes back to it.
        if action == Action::Help && !matches!(overlay, Overlay::Help { .. }) {
            return open_help(app);
        }
        let then = match overlay {
            Overlay::Search(_) => search_action(app, action),
            Overlay::Help { .. } => crate::app::help::action(app, action),
            Overlay::Matrix(_) => crate::app::matrix::action(app, action),
            Overlay::Facets { .. } => crate::app::facet_panel::action(app, action),
            Overlay::Bookmarks { .. } => crate::app::study::bookmarks::action(app, action),
            Overlay::Recent { .. } => crate::app::study::recent::action(app, action),
            Overlay::Note(_) => crate::app::study::note_editor::action(app, action),
            Overlay::Notes { .. } => crate::app::study::notes::action(app, action),
            Overlay::Citation { .. } => crate::app::cite::action(app, action),
            Overlay::Problems { .. } => crate::app::problems::action(app, action),
        };
        match then {
            Then::Stay => {}
            Then::Close => close_overlay(app),
            Then::Open(entry) | Then::Edit(entry) => {
                app.overlay = None;
                navigate(app, entry);
                if matches!(then, Then::Edit(_)) {
                    edit_note(app, effects);
                }
            }
        }
        return;
    }
    if app.reading.typing_find() {
        // F1 over the find bar: the help, which closes back to the bar as it was.
        if action == Action::Help {
            return open_help(app);
        }
        return find_action(app, action);
    }
    super::panes::act(app, action, effects);
}

/// An action while presenting: `?` shows the keys over the slide and `/` the search (a
/// question from the room), each taking the keys until it closes; the talk takes the rest.
fn present_act(app: &mut App, action: Action, effects: &mut Effects) {
    if let Action::ShowAnswer(entry) = action {
        // Over whatever the projector shows: the room sees the answer.
        app.overlay = None;
        return crate::app::present::show_answer(app, entry);
    }
    match &app.overlay {
        Some(Overlay::Help { .. }) => {
            if crate::app::help::action(app, action) != Then::Stay {
                close_overlay(app);
            }
        }
        // F1 over the search lists its keys and closes back to it.
        Some(Overlay::Search(_)) if action == Action::Help => open_help(app),
        Some(Overlay::Search(_)) => match search_action(app, action) {
            Then::Stay => {}
            Then::Close => close_overlay(app),
            Then::Open(entry) | Then::Edit(entry) => {
                app.overlay = None;
                crate::app::present::show_answer(app, entry);
            }
        },
        _ if action == Action::Help => open_help(app),
        _ if action == Action::OpenSearch => {
            if crate::app::present::before_search(app) {
                app.overlay = Some(Overlay::Search(Search::default()));
            }
        }
        _ => crate::app::present::present_action(app, action, effects),
    }
}

/// The held letter, when no word's letter came after it in time: its command acts, or the
/// word typed into the window the run opened is searched.
pub(super) fn held_due(app: &mut App, effects: &mut Effects) {
    match app.typing.take_held() {
        Some(Held::Command(command)) => act(app, command, effects),
        Some(Held::Word(run)) => search_the_word(app, *run, "", effects),
        None => {}
    }
}

/// A run of letter commands that was a word's first letters, `typed` after it: the commands
/// are taken back and the search opens with the word.
fn search_the_word(app: &mut App, run: Run, typed: &str, effects: &mut Effects) {
    let mouse = app.settings.mouse;
    let word = run.take_back(app, typed);
    // `M` of a word (`Mongold`) released the mouse: the terminal reports it again.
    if app.settings.mouse != mouse {
        effects.push(Effect::CaptureMouse(app.settings.mouse));
    }
    app.status.clear();
    app.overlay = Some(Overlay::Search(Search::default()));
    search_action(app, Action::Paste(word));
}

/// Closes the overlay on top; the help gives back what it was opened over (a list, the search
/// box with its question, the note editor with its note, cursor and undo), untouched.
fn close_overlay(app: &mut App) {
    app.overlay = match app.overlay.take() {
        Some(Overlay::Help { over, .. }) => over.map(|o| *o),
        _ => None,
    }
}

/// `M` (in the panes, and in the citation window that asks for it): the terminal stops or
/// starts reporting the mouse, and the status line says what that means.
fn toggle_mouse(app: &mut App, effects: &mut Effects) {
    let captured = app.settings.toggle_mouse();
    app.status.say(app.t(if captured {
        "mouse-captured"
    } else {
        "mouse-released"
    }));
    effects.push(Effect::CaptureMouse(captured));
}
