//! The one key table: (context, key, action, Fluent hint id). The dispatcher, the status-bar
//! hints and the `?` help overlay are all generated from [`BINDINGS`], so they cannot drift.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::action::Action;
use super::mnkeys::to_latin;
use super::state::{App, Overlay, Pane};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Global,
    Kinds,
    List,
    Entry,
    Search,
    Find,
    Help,
    Present,
    PresentJump,
    Matrix,
    Facets,
    Bookmarks,
    Note,
    Notes,
}

impl Ctx {
    /// Every context, in help-overlay order.
    pub const ALL: [Ctx; 14] = [
        Ctx::Global,
        Ctx::Kinds,
        Ctx::List,
        Ctx::Entry,
        Ctx::Search,
        Ctx::Find,
        Ctx::Help,
        Ctx::Present,
        Ctx::PresentJump,
        Ctx::Matrix,
        Ctx::Facets,
        Ctx::Bookmarks,
        Ctx::Note,
        Ctx::Notes,
    ];

    /// The Fluent id of the context's heading in the help overlay.
    pub fn title_id(self) -> &'static str {
        match self {
            Ctx::Global => "help-ctx-global",
            Ctx::Kinds => "help-ctx-kinds",
            Ctx::List => "help-ctx-list",
            Ctx::Entry => "help-ctx-entry",
            Ctx::Search => "help-ctx-search",
            Ctx::Find => "help-ctx-find",
            Ctx::Help => "help-ctx-help",
            Ctx::Present => "help-ctx-present",
            Ctx::PresentJump => "help-ctx-present-jump",
            Ctx::Matrix => "help-ctx-matrix",
            Ctx::Facets => "help-ctx-facets",
            Ctx::Bookmarks => "help-ctx-bookmarks",
            Ctx::Note => "help-ctx-note",
            Ctx::Notes => "help-ctx-notes",
        }
    }

    /// Contexts where letters are typed as text.
    fn is_input(self) -> bool {
        matches!(self, Ctx::Search | Ctx::Find | Ctx::PresentJump | Ctx::Note)
    }
}

/// A key with its modifiers (Shift is part of the character for letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    /// How the key is written in hints and help.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub ctx: Ctx,
    pub key: Key,
    pub action: Action,
    /// Fluent id of the short description.
    pub hint: &'static str,
}

const fn b(
    ctx: Ctx,
    code: KeyCode,
    mods: KeyModifiers,
    action: Action,
    hint: &'static str,
) -> Binding {
    Binding {
        ctx,
        key: Key { code, mods },
        action,
        hint,
    }
}

const N: KeyModifiers = KeyModifiers::NONE;
const C: KeyModifiers = KeyModifiers::CONTROL;
const A: KeyModifiers = KeyModifiers::ALT;
use Action as Ac;
use Ctx::{Entry as E, Find as F, Global as G, Help as H, Kinds as K, List as L, Search as S};
use Ctx::{Present as P, PresentJump as PJ};
use KeyCode::{Char as Ch, *};

/// The key table. Earlier rows win; a pane's rows are tried before the global ones.
pub const BINDINGS: &[Binding] = &[
    b(G, Ch('?'), N, Ac::Help, "hint-help"),
    b(G, Ch('q'), N, Ac::Quit, "hint-quit"),
    b(G, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(G, Ch('/'), N, Ac::OpenSearch, "hint-search"),
    b(G, Ch('k'), C, Ac::OpenSearch, "hint-search"),
    b(G, Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    b(G, Ch('B'), N, Ac::ToggleBoth, "hint-both"),
    b(G, Ch('T'), N, Ac::CycleTheme, "hint-theme"),
    b(G, Ch('M'), N, Ac::ToggleMouse, "hint-mouse"),
    b(G, Ch('h'), N, Ac::FocusLeft, "hint-left"),
    b(G, Left, N, Ac::FocusLeft, "hint-left"),
    b(G, Ch('l'), N, Ac::FocusRight, "hint-right"),
    b(G, Right, N, Ac::FocusRight, "hint-right"),
    b(G, Backspace, N, Ac::Back, "hint-back"),
    b(G, Left, A, Ac::Back, "hint-back"),
    b(G, Right, A, Ac::Forward, "hint-forward"),
    b(G, Esc, N, Ac::Escape, "hint-close"),
    b(K, Ch('j'), N, Ac::Down, "hint-down"),
    b(K, Down, N, Ac::Down, "hint-down"),
    b(K, Ch('k'), N, Ac::Up, "hint-up"),
    b(K, Up, N, Ac::Up, "hint-up"),
    b(K, Enter, N, Ac::Open, "hint-open"),
    b(L, Ch('j'), N, Ac::Down, "hint-down"),
    b(L, Down, N, Ac::Down, "hint-down"),
    b(L, Ch('k'), N, Ac::Up, "hint-up"),
    b(L, Up, N, Ac::Up, "hint-up"),
    b(L, Enter, N, Ac::Open, "hint-open"),
    b(L, PageDown, N, Ac::PageDown, "hint-page-down"),
    b(L, PageUp, N, Ac::PageUp, "hint-page-up"),
    b(L, Ch('g'), N, Ac::Top, "hint-top"),
    b(L, Home, N, Ac::Top, "hint-top"),
    b(L, Ch('G'), N, Ac::Bottom, "hint-bottom"),
    b(L, End, N, Ac::Bottom, "hint-bottom"),
    b(E, Tab, N, Ac::NextLink, "hint-next-link"),
    b(E, BackTab, N, Ac::PrevLink, "hint-prev-link"),
    b(E, Enter, N, Ac::Open, "hint-follow"),
    b(E, Ch('j'), N, Ac::Down, "hint-scroll-down"),
    b(E, Down, N, Ac::Down, "hint-scroll-down"),
    b(E, Ch('k'), N, Ac::Up, "hint-scroll-up"),
    b(E, Up, N, Ac::Up, "hint-scroll-up"),
    b(E, Ch('f'), C, Ac::OpenFind, "hint-find"),
    b(E, Ch('n'), N, Ac::FindNext, "hint-find-next"),
    b(E, Ch('N'), N, Ac::FindPrev, "hint-find-prev"),
    b(E, Ch(' '), N, Ac::PageDown, "hint-page-down"),
    b(E, PageDown, N, Ac::PageDown, "hint-page-down"),
    b(E, PageUp, N, Ac::PageUp, "hint-page-up"),
    b(E, Ch('g'), N, Ac::Top, "hint-top"),
    b(E, Home, N, Ac::Top, "hint-top"),
    b(E, Ch('G'), N, Ac::Bottom, "hint-bottom"),
    b(E, End, N, Ac::Bottom, "hint-bottom"),
    b(E, Ch('F'), N, Ac::NextFigure, "hint-next-figure"),
    b(E, Ch('z'), N, Ac::ToggleZoom, "hint-zoom"),
    b(S, Enter, N, Ac::Open, "hint-open"),
    b(S, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(S, Down, N, Ac::Down, "hint-down"),
    b(S, Ch('n'), C, Ac::Down, "hint-down"),
    b(S, Up, N, Ac::Up, "hint-up"),
    b(S, Ch('p'), C, Ac::Up, "hint-up"),
    b(S, Backspace, N, Ac::DeleteChar, "hint-delete"),
    b(S, Esc, N, Ac::Escape, "hint-close"),
    b(S, Ch('w'), C, Ac::DeleteWord, "hint-delete-word"),
    b(S, Backspace, A, Ac::DeleteWord, "hint-delete-word"),
    b(S, Ch('u'), C, Ac::ClearInput, "hint-clear-query"),
    b(F, Enter, N, Ac::Open, "hint-find-done"),
    b(F, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(F, Backspace, N, Ac::DeleteChar, "hint-delete"),
    b(F, Esc, N, Ac::Escape, "hint-close"),
    b(H, Ch('j'), N, Ac::Down, "hint-scroll-down"),
    b(H, Down, N, Ac::Down, "hint-scroll-down"),
    b(H, Ch('k'), N, Ac::Up, "hint-scroll-up"),
    b(H, Up, N, Ac::Up, "hint-scroll-up"),
    b(H, Ch(' '), N, Ac::PageDown, "hint-page-down"),
    b(H, PageDown, N, Ac::PageDown, "hint-page-down"),
    b(H, PageUp, N, Ac::PageUp, "hint-page-up"),
    b(H, Ch('g'), N, Ac::Top, "hint-top"),
    b(H, Home, N, Ac::Top, "hint-top"),
    b(H, Ch('G'), N, Ac::Bottom, "hint-bottom"),
    b(H, End, N, Ac::Bottom, "hint-bottom"),
    b(H, Esc, N, Ac::Escape, "hint-close"),
    b(H, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(H, Ch('?'), N, Ac::Escape, "hint-close"),
    b(H, Ch('q'), N, Ac::Escape, "hint-close"),
    b(G, Ch('p'), N, Ac::Present, "hint-present"),
    b(E, Ch('y'), N, Ac::CopyCitation, "hint-copy-citation"),
    b(L, Ch('y'), N, Ac::CopyCitation, "hint-copy-citation"),
    b(P, Ch(' '), N, Ac::NextStep, "hint-next-step"),
    b(P, Right, N, Ac::NextStep, "hint-next-step"),
    b(P, PageDown, N, Ac::NextStep, "hint-next-step"),
    b(P, Left, N, Ac::PrevStep, "hint-prev-step"),
    b(P, PageUp, N, Ac::PrevStep, "hint-prev-step"),
    b(P, Ch('g'), N, Ac::JumpStep, "hint-jump-step"),
    b(P, Ch('j'), N, Ac::Down, "hint-scroll-down"),
    b(P, Down, N, Ac::Down, "hint-scroll-down"),
    b(P, Ch('k'), N, Ac::Up, "hint-scroll-up"),
    b(P, Up, N, Ac::Up, "hint-scroll-up"),
    b(P, Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    b(P, Ch('T'), N, Ac::CycleTheme, "hint-theme"),
    b(P, Esc, N, Ac::Escape, "hint-leave-present"),
    b(P, Ch('q'), N, Ac::Escape, "hint-leave-present"),
    b(P, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(PJ, Enter, N, Ac::Open, "hint-jump-go"),
    b(PJ, Backspace, N, Ac::DeleteChar, "hint-delete"),
    b(PJ, Esc, N, Ac::Escape, "hint-close"),
    b(PJ, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(G, Ch('X'), N, Ac::OpenMatrix, "hint-matrix"),
    b(G, Ch('f'), N, Ac::OpenFacets, "hint-facets"),
    b(G, Ch('m'), N, Ac::ToggleBookmark, "hint-bookmark"),
    b(G, Ch('b'), N, Ac::OpenBookmarks, "hint-bookmarks"),
    b(G, Ch('e'), N, Ac::EditNote, "hint-note"),
    b(G, Ch('E'), N, Ac::OpenNotes, "hint-notes"),
    b(Ctx::Matrix, Ch('j'), N, Ac::Down, "hint-next-finding"),
    b(Ctx::Matrix, Down, N, Ac::Down, "hint-next-finding"),
    b(Ctx::Matrix, Ch('k'), N, Ac::Up, "hint-prev-finding"),
    b(Ctx::Matrix, Up, N, Ac::Up, "hint-prev-finding"),
    b(Ctx::Matrix, Ch('l'), N, Ac::FocusRight, "hint-next-action"),
    b(Ctx::Matrix, Right, N, Ac::FocusRight, "hint-next-action"),
    b(Ctx::Matrix, Ch('h'), N, Ac::FocusLeft, "hint-prev-action"),
    b(Ctx::Matrix, Left, N, Ac::FocusLeft, "hint-prev-action"),
    b(Ctx::Matrix, Ch('n'), N, Ac::FindNext, "hint-next-mark"),
    b(Ctx::Matrix, Ch('N'), N, Ac::FindPrev, "hint-prev-mark"),
    b(Ctx::Matrix, Enter, N, Ac::Open, "hint-open-finding"),
    b(Ctx::Matrix, Ch('a'), N, Ac::OpenAction, "hint-open-action"),
    b(Ctx::Matrix, PageDown, N, Ac::PageDown, "hint-page-down"),
    b(Ctx::Matrix, PageUp, N, Ac::PageUp, "hint-page-up"),
    b(Ctx::Matrix, Ch('g'), N, Ac::Top, "hint-top"),
    b(Ctx::Matrix, Home, N, Ac::Top, "hint-top"),
    b(Ctx::Matrix, Ch('G'), N, Ac::Bottom, "hint-bottom"),
    b(Ctx::Matrix, End, N, Ac::Bottom, "hint-bottom"),
    b(Ctx::Matrix, Esc, N, Ac::Escape, "hint-close"),
    b(Ctx::Matrix, Ch('q'), N, Ac::Escape, "hint-close"),
    b(Ctx::Matrix, Ch('X'), N, Ac::Escape, "hint-close"),
    b(Ctx::Matrix, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(Ctx::Facets, Ch('j'), N, Ac::Down, "hint-down"),
    b(Ctx::Facets, Down, N, Ac::Down, "hint-down"),
    b(Ctx::Facets, Ch('k'), N, Ac::Up, "hint-up"),
    b(Ctx::Facets, Up, N, Ac::Up, "hint-up"),
    b(Ctx::Facets, Ch(' '), N, Ac::Toggle, "hint-toggle-filter"),
    b(Ctx::Facets, Enter, N, Ac::Toggle, "hint-toggle-filter"),
    b(
        Ctx::Facets,
        Ch('c'),
        N,
        Ac::ClearFilters,
        "hint-clear-filters",
    ),
    b(Ctx::Facets, PageDown, N, Ac::PageDown, "hint-page-down"),
    b(Ctx::Facets, PageUp, N, Ac::PageUp, "hint-page-up"),
    b(Ctx::Facets, Esc, N, Ac::Escape, "hint-close"),
    b(Ctx::Facets, Ch('q'), N, Ac::Escape, "hint-close"),
    b(Ctx::Facets, Ch('f'), N, Ac::Escape, "hint-close"),
    b(Ctx::Facets, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(Ctx::Bookmarks, Ch('j'), N, Ac::Down, "hint-down"),
    b(Ctx::Bookmarks, Down, N, Ac::Down, "hint-down"),
    b(Ctx::Bookmarks, Ch('k'), N, Ac::Up, "hint-up"),
    b(Ctx::Bookmarks, Up, N, Ac::Up, "hint-up"),
    b(Ctx::Bookmarks, Enter, N, Ac::Open, "hint-open"),
    b(
        Ctx::Bookmarks,
        Ch('d'),
        N,
        Ac::Remove,
        "hint-remove-bookmark",
    ),
    b(
        Ctx::Bookmarks,
        Delete,
        N,
        Ac::Remove,
        "hint-remove-bookmark",
    ),
    b(Ctx::Bookmarks, Esc, N, Ac::Escape, "hint-close"),
    b(Ctx::Bookmarks, Ch('q'), N, Ac::Escape, "hint-close"),
    b(Ctx::Bookmarks, Ch('b'), N, Ac::Escape, "hint-close"),
    b(Ctx::Bookmarks, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(Ctx::Note, Ch('s'), C, Ac::SaveNote, "hint-save-note"),
    b(Ctx::Note, Esc, N, Ac::Escape, "hint-cancel"),
    b(Ctx::Note, Enter, N, Ac::Open, "hint-newline"),
    b(Ctx::Note, Backspace, N, Ac::DeleteChar, "hint-delete"),
    b(Ctx::Note, Up, N, Ac::Up, "hint-up"),
    b(Ctx::Note, Down, N, Ac::Down, "hint-down"),
    b(Ctx::Note, Left, N, Ac::FocusLeft, "hint-left-char"),
    b(Ctx::Note, Right, N, Ac::FocusRight, "hint-right-char"),
    b(Ctx::Note, Ch('c'), C, Ac::Quit, "hint-quit"),
    b(Ctx::Notes, Ch('j'), N, Ac::Down, "hint-down"),
    b(Ctx::Notes, Down, N, Ac::Down, "hint-down"),
    b(Ctx::Notes, Ch('k'), N, Ac::Up, "hint-up"),
    b(Ctx::Notes, Up, N, Ac::Up, "hint-up"),
    b(Ctx::Notes, Enter, N, Ac::Open, "hint-open"),
    b(Ctx::Notes, Esc, N, Ac::Escape, "hint-close"),
    b(Ctx::Notes, Ch('q'), N, Ac::Escape, "hint-close"),
    b(Ctx::Notes, Ch('E'), N, Ac::Escape, "hint-close"),
    b(Ctx::Notes, Ch('c'), C, Ac::Quit, "hint-quit"),
];

/// The contexts active now, most specific first.
pub fn active(app: &App) -> Vec<Ctx> {
    if let Some(d) = &app.present {
        return vec![if d.jump.is_some() {
            Ctx::PresentJump
        } else {
            Ctx::Present
        }];
    }
    match &app.overlay {
        Some(Overlay::Help { .. }) => return vec![Ctx::Help],
        Some(Overlay::Search(_)) => return vec![Ctx::Search],
        Some(Overlay::Matrix(_)) => return vec![Ctx::Matrix],
        Some(Overlay::Facets { .. }) => return vec![Ctx::Facets],
        Some(Overlay::Bookmarks { .. }) => return vec![Ctx::Bookmarks],
        Some(Overlay::Note(_)) => return vec![Ctx::Note],
        Some(Overlay::Notes { .. }) => return vec![Ctx::Notes],
        None => {}
    }
    if app.reading.find.as_ref().is_some_and(|f| f.editing) {
        return vec![Ctx::Find];
    }
    let pane = match app.nav.focus {
        Pane::Kinds => Ctx::Kinds,
        Pane::List => Ctx::List,
        Pane::Entry => Ctx::Entry,
    };
    vec![pane, Ctx::Global]
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
    let code = match key.code {
        KeyCode::Char(c) if !input => KeyCode::Char(to_latin(c)),
        other => other,
    };
    let found = ctxs.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .find(|b| b.ctx == *ctx && b.key.code == code && b.key.mods == mods)
    });
    match (found, key.code) {
        (Some(b), _) => Some(b.action.clone()),
        (None, KeyCode::Char(c)) if input && mods.is_empty() => Some(Action::Input(c)),
        _ => None,
    }
}

/// The action for any terminal event.
pub fn event_action(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(k) => key_action(app, *k),
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
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// The hints of `ctx`: each hint id once, with all its keys ("j,↓"), in table order.
pub fn hints(ctx: Ctx) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| b.ctx == ctx) {
        match out.iter_mut().find(|(_, h)| *h == b.hint) {
            Some((keys, _)) => {
                keys.push(',');
                keys.push_str(&b.key.label());
            }
            None => out.push((b.key.label(), b.hint)),
        }
    }
    out
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
