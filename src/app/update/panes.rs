//! What an action does in the panes (kinds, list, entry), when no presentation, overlay or
//! find bar took it: moving, opening, following links, searching, and opening the windows
//! (only the update module opens overlays).

use super::opening::{edit_note, open_help};
use crate::app::action::Action;
use crate::app::effect::{Effect, Effects};
use crate::app::find::find_step;
use crate::app::navigation::{back, click, focus_pane, forward, move_sel, page_height, wheel};
use crate::app::reading::{clamp_scroll, follow, step_link};
use crate::app::state::{App, Overlay, Pane, Search};

/// Applies `action` to the panes.
pub(super) fn act(app: &mut App, action: Action, effects: &mut Effects) {
    app.status.clear();
    let page = page_height(app);
    match action {
        Action::Quit => effects.push(Effect::Quit),
        // Esc closes the find bar; without one it leaves the entry for the list (which a
        // narrow screen hides behind the entry), letting go of the chosen link on the way, as
        // the key's hint says: a link's highlight is too quiet to be the thing one Esc undoes,
        // and a reader who went on as if back in the list wrote into the entry's note.
        Action::Escape => match app.nav.focus == Pane::Entry && !app.reading.finding() {
            true => {
                app.reading.escape();
                focus_pane(app, Pane::List);
            }
            false => app.reading.escape(),
        },
        Action::Help => open_help(app),
        Action::OpenSearch => {
            app.overlay = Some(Overlay::Search(Search::default()));
        }
        Action::SearchFor(text) => {
            app.overlay = Some(Overlay::Search(Search::default()));
            crate::app::search::search_action(app, Action::Paste(text));
        }
        // A Latin letter no key here uses starts a search with it, as a Mongolian letter does;
        // one that is a command in another pane also says what it does there.
        // Taken apart at the top of `act`.
        Action::ByLetter(_, command) => super::act::act(app, *command, effects),
        Action::UnboundLetter(c) => {
            app.overlay = Some(Overlay::Search(Search::default()));
            crate::app::search::search_action(app, Action::Paste(c.to_string()));
            if !crate::app::keymap::pane_uses(c).is_empty() {
                app.status.say(crate::app::keymap::elsewhere::told(app, c));
            }
        }
        Action::OpenFind => {
            if app.current().is_some() {
                focus_pane(app, Pane::Entry);
                app.reading.open_find();
            }
        }
        Action::ToggleLang => app.set_lang(app.settings.lang.other()),
        Action::ToggleBoth => app.settings.toggle_both(),
        Action::ToggleZoom => crate::app::reading::zoom(app),
        Action::WideList => crate::app::navigation::widen_list(app),
        Action::CycleTheme => crate::app::settings::cycle_theme(app),
        Action::ToggleMouse | Action::Repaint => {}
        Action::FocusLeft => focus_pane(
            app,
            match app.nav.focus {
                Pane::Entry => Pane::List,
                _ => Pane::Kinds,
            },
        ),
        Action::FocusRight | Action::Open if app.nav.focus != Pane::Entry => focus_pane(
            app,
            match app.nav.focus {
                Pane::Kinds => Pane::List,
                _ => Pane::Entry,
            },
        ),
        Action::FocusRight => {}
        Action::Open => {
            if let Some(l) = app.reading.link {
                follow(app, l);
            }
        }
        Action::Up => move_sel(app, -1, page),
        Action::Down => move_sel(app, 1, page),
        Action::PageUp => move_sel(app, -2, page),
        Action::PageDown => move_sel(app, 2, page),
        Action::Top => move_sel(app, -2, usize::MAX / 4),
        Action::Bottom => move_sel(app, 2, usize::MAX / 4),
        Action::NextLink => step_link(app, true),
        Action::PrevLink => step_link(app, false),
        Action::NextFigure => crate::app::figures::next_figure(app),
        Action::Back => match crate::app::matrix::back_to_matrix(app) {
            Some(matrix) => app.overlay = Some(matrix),
            None => back(app),
        },
        Action::Forward => forward(app),
        Action::FindNext => find_step(app, 1),
        Action::FindPrev => find_step(app, -1),
        Action::Click { col, row } => click(app, col, row),
        Action::Wheel { col, row, down } => wheel(app, col, row, down),
        // The notes screen's answer goes to a talk only (`act::present_act`).
        Action::ShowAnswer(_)
        | Action::Input(_)
        | Action::Paste(_)
        | Action::DeleteChar
        | Action::ClearInput
        | Action::DeleteWord
        | Action::Resize { .. } => {}
        Action::Present => crate::app::present::open(app),
        Action::CopyCitation => {
            if let Some((text, copy)) = crate::app::cite::copy(app) {
                app.overlay = Some(Overlay::Citation { text, scroll: 0 });
                effects.push(copy);
            }
        }
        Action::NextStep
        | Action::PrevStep
        | Action::JumpStep
        | Action::GoToStep(_)
        | Action::Blank
        | Action::Leave
        | Action::OtherKey
        | Action::RestartClock
        | Action::ToggleClock
        | Action::PauseClock
        | Action::ToggleSummary
        | Action::ToggleAgenda => {}
        Action::OpenMatrix => app.overlay = Some(crate::app::matrix::opened(app)),
        Action::OpenFacets => app.overlay = Some(Overlay::Facets { selected: 0 }),
        Action::ToggleBookmark => crate::app::study::toggle_bookmark(app),
        Action::OpenBookmarks => {
            crate::app::study::refresh_bookmarks(app);
            app.overlay = Some(Overlay::Bookmarks {
                selected: 0,
                removed: Vec::new(),
            });
        }
        Action::OpenRecent => app.overlay = Some(crate::app::study::recent::opened()),
        Action::EditNote => edit_note(app, effects),
        Action::OpenNotes => {
            crate::app::study::reload_notes(app);
            app.overlay = Some(Overlay::Notes { selected: None });
        }
        Action::OpenProblems => app.overlay = Some(Overlay::Problems { scroll: 0 }),
        Action::ClearFilters => {
            app.nav.clear_filters();
            crate::app::facet_panel::apply_filters(app);
        }
        Action::OpenAction
        | Action::Toggle
        | Action::Remove
        | Action::Restore
        | Action::CarryOver
        | Action::SaveNote => {}
        Action::NewLine
        | Action::CursorLeft
        | Action::CursorLineStart
        | Action::CursorLineEnd
        | Action::CursorRight
        | Action::CursorUp
        | Action::CursorDown
        | Action::CursorWordLeft
        | Action::CursorWordRight
        | Action::DeleteForward
        | Action::DeleteToLineStart
        | Action::DeleteToLineEnd
        | Action::Undo
        | Action::Redo => {}
    }
    clamp_scroll(app);
}
