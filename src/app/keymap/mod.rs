//! The one key table, one list per context ([`Ctx`]): key, action, Fluent hint id. The
//! dispatcher, the status-bar hints, the `?` help overlay and the README's key table are all
//! generated from it, so they cannot drift. To add a key, add a row to its context's list.
//! The lists are `table.rs`; how keys and hints are written, `labels.rs`; this module says
//! which contexts are active and turns a terminal event into an [`Action`].

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

pub mod elsewhere;
mod labels;
mod table;

pub use labels::{first_key, hints, hints_shown};

use super::action::Action;
use super::state::{App, Overlay, Pane};
use crate::text::mn_keyboard::to_latin;
use table::*;

/// Where a binding applies. The order here is the help overlay's and the README's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum Ctx {
    Global,
    Kinds,
    List,
    Entry,
    Search,
    FindBar,
    Help,
    Presenting,
    StepJump,
    PresenterNotes,
    Matrix,
    Facets,
    Bookmarks,
    Recent,
    NoteEditor,
    NotesList,
    Citation,
    Problems,
}

impl Ctx {
    /// Every context, in help-overlay order (a test checks it against the enum).
    pub const ALL: [Ctx; 18] = [
        Ctx::Global,
        Ctx::Kinds,
        Ctx::List,
        Ctx::Entry,
        Ctx::Search,
        Ctx::FindBar,
        Ctx::Help,
        Ctx::Presenting,
        Ctx::StepJump,
        Ctx::PresenterNotes,
        Ctx::Matrix,
        Ctx::Facets,
        Ctx::Bookmarks,
        Ctx::Recent,
        Ctx::NoteEditor,
        Ctx::NotesList,
        Ctx::Citation,
        Ctx::Problems,
    ];

    /// The context's keys, in table order: earlier rows win.
    pub fn bindings(self) -> &'static [Binding] {
        match self {
            Ctx::Global => GLOBAL,
            Ctx::Kinds => KINDS,
            Ctx::List => LIST,
            Ctx::Entry => ENTRY,
            Ctx::Search => SEARCH,
            Ctx::FindBar => FIND_BAR,
            Ctx::Help => HELP,
            Ctx::Presenting => PRESENTING,
            Ctx::StepJump => STEP_JUMP,
            Ctx::PresenterNotes => PRESENTER_NOTES,
            Ctx::Matrix => MATRIX,
            Ctx::Facets => FACETS,
            Ctx::Bookmarks => BOOKMARKS,
            Ctx::Recent => RECENT,
            Ctx::NoteEditor => NOTE_EDITOR,
            Ctx::NotesList => NOTES_LIST,
            Ctx::Citation => CITATION,
            Ctx::Problems => PROBLEMS,
        }
    }

    /// The Fluent id of the context's heading in the help overlay.
    pub fn title_id(self) -> &'static str {
        match self {
            Ctx::Global => "help-ctx-global",
            Ctx::Kinds => "help-ctx-kinds",
            Ctx::List => "help-ctx-list",
            Ctx::Entry => "help-ctx-entry",
            Ctx::Search => "help-ctx-search",
            Ctx::FindBar => "help-ctx-find",
            Ctx::Help => "help-ctx-help",
            Ctx::Presenting => "help-ctx-present",
            Ctx::StepJump => "help-ctx-present-jump",
            Ctx::PresenterNotes => "help-ctx-present-notes",
            Ctx::Matrix => "help-ctx-matrix",
            Ctx::Facets => "help-ctx-facets",
            Ctx::Bookmarks => "help-ctx-bookmarks",
            Ctx::Recent => "help-ctx-recent",
            Ctx::NoteEditor => "help-ctx-note",
            Ctx::NotesList => "help-ctx-notes",
            Ctx::Citation => "help-ctx-citation",
            Ctx::Problems => "help-ctx-problems",
        }
    }

    /// Contexts where a Cyrillic letter acts as the Latin key in the same place (not the
    /// panes, where it starts a search, nor inputs, where it is typed).
    pub fn takes_cyrillic_keys(self) -> bool {
        !self.is_input() && !matches!(self, Ctx::Global | Ctx::Kinds | Ctx::List | Ctx::Entry)
    }

    /// Contexts where letters are typed as text.
    fn is_input(self) -> bool {
        matches!(
            self,
            Ctx::Search | Ctx::FindBar | Ctx::StepJump | Ctx::NoteEditor
        )
    }
}

/// The panes, in order: where a letter that is no command in one may be a command in another.
pub const PANES: [Ctx; 3] = [Ctx::Kinds, Ctx::List, Ctx::Entry];

impl Ctx {
    /// How a status message names the pane whose keys this is (`None` for other contexts).
    pub fn pane_name_id(self) -> Option<&'static str> {
        match self {
            Ctx::Kinds => Some("keys-where-kinds"),
            Ctx::List => Some("keys-where-list"),
            Ctx::Entry => Some("keys-where-entry"),
            _ => None,
        }
    }
}

/// The panes where the Latin letter `c` (no modifier) is a command, each with its hint: what
/// the letter does there.
pub fn pane_uses(c: char) -> Vec<(Ctx, &'static str)> {
    PANES
        .into_iter()
        .filter_map(|ctx| {
            (ctx.bindings().iter())
                .find(|b| b.key.code == KeyCode::Char(c) && b.key.mods.is_empty())
                .map(|b| (ctx, b.hint))
        })
        .collect()
}

/// A key with its modifiers (Shift is part of the character for letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

/// One row of a context's key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub key: Key,
    pub action: Action,
    /// Fluent id of the short description.
    pub hint: &'static str,
}

pub(super) const fn bind(
    code: KeyCode,
    mods: KeyModifiers,
    action: Action,
    hint: &'static str,
) -> Binding {
    Binding {
        key: Key { code, mods },
        action,
        hint,
    }
}

/// The contexts active now, most specific first.
pub fn active(app: &App) -> Vec<Ctx> {
    if let Some(d) = &app.present {
        match app.overlay {
            Some(Overlay::Help { .. }) => return vec![Ctx::Help],
            Some(Overlay::Search(_)) => return vec![Ctx::Search],
            _ => {}
        }
        return vec![if d.jump.is_some() {
            Ctx::StepJump
        } else {
            Ctx::Presenting
        }];
    }
    if let Some(overlay) = &app.overlay {
        return vec![overlay_ctx(overlay)];
    }
    if app.reading.typing_find() {
        return vec![Ctx::FindBar];
    }
    let pane = match app.nav.focus {
        Pane::Kinds => Ctx::Kinds,
        Pane::List => Ctx::List,
        Pane::Entry => Ctx::Entry,
    };
    vec![pane, Ctx::Global]
}

/// The context whose keys an open overlay takes.
pub fn overlay_ctx(overlay: &Overlay) -> Ctx {
    match overlay {
        Overlay::Help { .. } => Ctx::Help,
        Overlay::Search(_) => Ctx::Search,
        Overlay::Matrix(_) => Ctx::Matrix,
        Overlay::Facets { .. } => Ctx::Facets,
        Overlay::Bookmarks { .. } => Ctx::Bookmarks,
        Overlay::Recent { .. } => Ctx::Recent,
        Overlay::Note(_) => Ctx::NoteEditor,
        Overlay::Notes { .. } => Ctx::NotesList,
        Overlay::Citation { .. } => Ctx::Citation,
        Overlay::Problems { .. } => Ctx::Problems,
    }
}

/// Whether `ctxs` are the panes' (kinds, list, entry): no overlay, prompt or presentation.
fn browsing(ctxs: &[Ctx]) -> bool {
    ctxs.iter()
        .all(|c| matches!(c, Ctx::Kinds | Ctx::List | Ctx::Entry | Ctx::Global))
}

/// A letter of the Mongolian Cyrillic alphabet (ө and ү included), either case.
fn is_cyrillic_letter(c: char) -> bool {
    c.is_alphabetic() && ('\u{400}'..='\u{4ff}').contains(&c)
}

/// A key of the `GLOBAL` list that acts in every context, over overlays, inputs and a
/// presentation too: Ctrl-L, repainting the screen.
fn everywhere(code: KeyCode, mods: KeyModifiers) -> Option<&'static Binding> {
    (GLOBAL.iter())
        .find(|b| b.action == Action::Repaint && b.key.code == code && b.key.mods == mods)
}

/// The action for a key press in the current state.
pub fn key_action(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let mut mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    if key.code == KeyCode::BackTab {
        mods = KeyModifiers::NONE;
    }
    let ctxs = active(app);
    let input = ctxs.iter().any(|c| c.is_input());
    // In the panes a Mongolian letter starts a search with it: a reader types a question
    // straight away. Elsewhere (overlays, a presentation) it works as its Latin twin.
    if let KeyCode::Char(c) = key.code
        && mods.is_empty()
        && is_cyrillic_letter(c)
        && browsing(&ctxs)
    {
        return Some(Action::SearchFor(c.to_string()));
    }
    // A space typed at once after a word's first letters that were commands goes on with the
    // word (`my hezee`): not a page down, nor a space in the note editor `e` just opened.
    if key.code == KeyCode::Char(' ')
        && mods.is_empty()
        && app.present.is_none()
        && app.typing.space_goes_on(app.overlay.is_some())
    {
        return Some(Action::UnboundLetter(' '));
    }
    let code = match key.code {
        KeyCode::Char(c) if !input => KeyCode::Char(to_latin(c)),
        other => other,
    };
    let found = ctxs
        .iter()
        .find_map(|ctx| {
            ctx.bindings()
                .iter()
                .find(|b| b.key.code == code && b.key.mods == mods)
        })
        .or_else(|| everywhere(code, mods));
    match (found, key.code) {
        (Some(b), _) => Some(b.action.clone()),
        // A letter typed at typing speed into the note editor that `e` has just opened, before
        // anything is written there, is the second letter of a word («eh survalj»): it takes
        // the editor back and searches both (see `app::typing`).
        (None, KeyCode::Char(c))
            if mods.is_empty()
                && c.is_ascii_lowercase()
                && matches!(app.overlay, Some(Overlay::Note(_)))
                && app.typing.word_typed_on() =>
        {
            Some(Action::UnboundLetter(c))
        }
        (None, KeyCode::Char(c)) if input && mods.is_empty() => Some(Action::Input(c)),
        // A capital or a digit no key uses starts a search too: acronyms (ITP, ICT, STI,
        // UNCTAD) are typed in capitals, and a year straight away.
        (None, KeyCode::Char(c))
            if mods.is_empty()
                && (c.is_ascii_uppercase() || c.is_ascii_digit())
                && browsing(&ctxs) =>
        {
            Some(Action::SearchFor(c.to_string()))
        }
        // A lower-case Latin letter no key here uses starts a search with it too: a question
        // typed in Latin letters («it park hezee») is searched for, not run as commands.
        // So is one typed right after a letter command, over the window it opened (`bo…`
        // of «bodlogo» over the bookmarks): it takes the command back (see `app::typing`).
        (None, KeyCode::Char(c))
            if mods.is_empty()
                && c.is_ascii_lowercase()
                && (browsing(&ctxs) || (app.typing.word_begun() && !input)) =>
        {
            Some(Action::UnboundLetter(c))
        }
        // In a presentation a key no binding uses still answers the question to leave (stay)
        // and brings a blanked slide back, as the footer and the help promise.
        (None, _) if app.present.as_ref().is_some_and(|d| d.jump.is_none()) => {
            Some(Action::OtherKey)
        }
        _ => None,
    }
}

/// `action`, marked as typed with a lower-case Latin letter when it is a command in the panes,
/// or a key of the window a word's letter typed just before opened (not typing, not a search,
/// not a presentation's key): a letter typed after it may take it back, or it waits.
fn by_letter(app: &App, key: KeyEvent, action: Action) -> Option<Action> {
    let letter = match key.code {
        KeyCode::Char(c) if c.is_ascii_lowercase() && key.modifiers.is_empty() => c,
        // A terminal sends a capital with Shift held (crossterm says so).
        KeyCode::Char(c)
            if (key.modifiers - KeyModifiers::SHIFT).is_empty()
                && starts_a_word(app, c, &action) =>
        {
            c
        }
        _ => return Some(action),
    };
    let typing = matches!(
        action,
        Action::Input(_) | Action::UnboundLetter(_) | Action::SearchFor(_) | Action::OtherKey
    );
    let other_window = app.overlay.is_some() && !app.typing.word_typed_on();
    match typing || app.present.is_some() || other_window {
        true => Some(action),
        false => Some(Action::ByLetter(letter, Box::new(action))),
    }
}

/// Whether the capital `letter`, whose command in the panes is `action`, may be the first
/// letter of a capitalised word or name (`Mongold`, `Lithuania`, `Tomsk`, `Hovd`): typed with
/// no run going and no window open, its command is one a word's next letter can take back
/// (the language, both languages, the theme, the mouse, the recently read list, the notes,
/// the bottom of a list). Typed within a run or over a window it acts, as before.
fn starts_a_word(app: &App, letter: char, action: &Action) -> bool {
    letter.is_ascii_uppercase()
        && app.overlay.is_none()
        && app.present.is_none()
        && !app.typing.mid_run()
        && matches!(
            action,
            Action::ToggleLang
                | Action::ToggleBoth
                | Action::CycleTheme
                | Action::ToggleMouse
                | Action::OpenRecent
                | Action::OpenNotes
                | Action::Bottom
        )
}

/// The action for any terminal event.
pub fn event_action(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(k) => by_letter(app, *k, key_action(app, *k)?),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                col: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Action::Wheel {
                col: m.column,
                row: m.row,
                down: m.kind == MouseEventKind::ScrollDown,
            }),
            _ => None,
        },
        Event::Paste(text) if active(app).iter().any(|c| c.is_input()) => {
            Some(Action::Paste(text.clone()))
        }
        // Text pasted in the panes is searched for.
        Event::Paste(text) if browsing(&active(app)) && !text.trim().is_empty() => {
            Some(Action::SearchFor(text.trim().to_string()))
        }
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
