//! The key table itself: one list per context, in the order keys are tried (earlier rows win)
//! and shown in hints, help and the README. To add a key, add a row to its context's list.

use super::{Binding, bind};
use crate::app::action::Action;
use crossterm::event::{KeyCode, KeyModifiers};

const N: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const ALT: KeyModifiers = KeyModifiers::ALT;
use Action as Ac;
use KeyCode::{Char as Ch, *};

/// Everywhere outside text inputs; the focused pane's keys are tried first.
pub(super) const GLOBAL: &[Binding] = &[
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('q'), N, Ac::Quit, "hint-quit"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('/'), N, Ac::OpenSearch, "hint-search"),
    bind(Ch('k'), CTRL, Ac::OpenSearch, "hint-search"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('B'), N, Ac::ToggleBoth, "hint-both"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
    bind(Ch('M'), N, Ac::ToggleMouse, "hint-mouse"),
    bind(Ch('l'), CTRL, Ac::Repaint, "hint-repaint"),
    bind(Ch('h'), N, Ac::FocusLeft, "hint-left"),
    bind(Left, N, Ac::FocusLeft, "hint-left"),
    bind(Ch('l'), N, Ac::FocusRight, "hint-right"),
    bind(Right, N, Ac::FocusRight, "hint-right"),
    bind(Backspace, N, Ac::Back, "hint-back"),
    bind(Left, ALT, Ac::Back, "hint-back"),
    bind(Right, ALT, Ac::Forward, "hint-forward"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('p'), N, Ac::Present, "hint-present"),
    bind(Ch('X'), N, Ac::OpenMatrix, "hint-matrix"),
    bind(Ch('f'), N, Ac::OpenFacets, "hint-facets"),
    bind(Ch('m'), N, Ac::ToggleBookmark, "hint-bookmark"),
    bind(Ch('b'), N, Ac::OpenBookmarks, "hint-bookmarks"),
    bind(Ch('e'), N, Ac::EditNote, "hint-note"),
    bind(Ch('E'), N, Ac::OpenNotes, "hint-notes"),
    bind(Ch('H'), N, Ac::OpenRecent, "hint-recent"),
    bind(Ch('!'), N, Ac::OpenProblems, "hint-problems"),
];

/// The kinds pane (left).
pub(super) const KINDS: &[Binding] = &[
    bind(Ch('j'), N, Ac::Down, "hint-down"),
    bind(Down, N, Ac::Down, "hint-down"),
    bind(Ch('k'), N, Ac::Up, "hint-up"),
    bind(Up, N, Ac::Up, "hint-up"),
    bind(Enter, N, Ac::Open, "hint-open"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
];

/// The entry list (middle). `z` first: its hint leads the status line, where a narrow screen
/// cuts the titles it widens.
pub(super) const LIST: &[Binding] = &[
    bind(Ch('z'), N, Ac::WideList, "hint-wide-list"),
    bind(Ch('j'), N, Ac::Down, "hint-down"),
    bind(Down, N, Ac::Down, "hint-down"),
    bind(Ch('k'), N, Ac::Up, "hint-up"),
    bind(Up, N, Ac::Up, "hint-up"),
    bind(Enter, N, Ac::Open, "hint-open"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Ch('y'), N, Ac::CopyCitation, "hint-copy-citation"),
];

/// The entry view (right).
pub(super) const ENTRY: &[Binding] = &[
    bind(Tab, N, Ac::NextLink, "hint-next-link"),
    bind(BackTab, N, Ac::PrevLink, "hint-prev-link"),
    bind(Enter, N, Ac::Open, "hint-follow"),
    bind(Ch('j'), N, Ac::Down, "hint-scroll-down"),
    bind(Down, N, Ac::Down, "hint-scroll-down"),
    bind(Ch('k'), N, Ac::Up, "hint-scroll-up"),
    bind(Up, N, Ac::Up, "hint-scroll-up"),
    bind(Ch('f'), CTRL, Ac::OpenFind, "hint-find"),
    bind(Ch('n'), N, Ac::FindNext, "hint-find-next"),
    bind(Ch('N'), N, Ac::FindPrev, "hint-find-prev"),
    bind(Ch(' '), N, Ac::PageDown, "hint-page-down"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Ch('F'), N, Ac::NextFigure, "hint-next-figure"),
    bind(Ch('z'), N, Ac::ToggleZoom, "hint-zoom"),
    bind(Ch('y'), N, Ac::CopyCitation, "hint-copy-citation"),
    bind(Esc, N, Ac::Escape, "hint-to-list"),
];

/// The search overlay: letters go into the query (`?` too: F1 is its help).
pub(super) const SEARCH: &[Binding] = &[
    bind(Enter, N, Ac::Open, "hint-open"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Down, N, Ac::Down, "hint-down"),
    bind(Ch('n'), CTRL, Ac::Down, "hint-down"),
    bind(Up, N, Ac::Up, "hint-up-last-search"),
    bind(Ch('p'), CTRL, Ac::Up, "hint-up-last-search"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Backspace, N, Ac::DeleteChar, "hint-delete"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('w'), CTRL, Ac::DeleteWord, "hint-delete-word"),
    bind(Backspace, ALT, Ac::DeleteWord, "hint-delete-word"),
    bind(Ch('u'), CTRL, Ac::ClearInput, "hint-clear-query"),
];

/// The find bar of the entry view, while typing.
pub(super) const FIND_BAR: &[Binding] = &[
    bind(Enter, N, Ac::Open, "hint-find-done"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Backspace, N, Ac::DeleteChar, "hint-delete"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(F(1), N, Ac::Help, "hint-help"),
];

/// The help overlay: paging first, so that the status line names it when the keys do not fit
/// (when they do, it names no moves at all).
pub(super) const HELP: &[Binding] = &[
    bind(Ch(' '), N, Ac::PageDown, "hint-page-down"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Ch('j'), N, Ac::Down, "hint-scroll-down"),
    bind(Down, N, Ac::Down, "hint-scroll-down"),
    bind(Ch('k'), N, Ac::Up, "hint-scroll-up"),
    bind(Up, N, Ac::Up, "hint-scroll-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('?'), N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(F(1), N, Ac::Escape, "hint-close"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];

/// A running presentation.
pub(super) const PRESENTING: &[Binding] = &[
    bind(Ch(' '), N, Ac::NextStep, "hint-next-step"),
    bind(Right, N, Ac::NextStep, "hint-next-step"),
    bind(PageDown, N, Ac::NextStep, "hint-next-step"),
    bind(Enter, N, Ac::NextStep, "hint-next-step"),
    bind(Left, N, Ac::PrevStep, "hint-prev-step"),
    bind(PageUp, N, Ac::PrevStep, "hint-prev-step"),
    bind(Home, N, Ac::Top, "hint-first-step"),
    bind(End, N, Ac::Bottom, "hint-last-step"),
    bind(Ch('g'), N, Ac::JumpStep, "hint-jump-step"),
    bind(Ch('f'), N, Ac::NextFigure, "hint-step-figure"),
    bind(Ch('b'), N, Ac::Blank, "hint-blank"),
    bind(Ch('.'), N, Ac::Blank, "hint-blank"),
    bind(Ch('c'), N, Ac::RestartClock, "hint-restart-clock"),
    bind(Ch('t'), N, Ac::ToggleClock, "hint-toggle-clock"),
    bind(Ch('p'), N, Ac::PauseClock, "hint-pause-clock"),
    bind(Ch('s'), N, Ac::ToggleSummary, "hint-summary-slides"),
    bind(Ch('a'), N, Ac::ToggleAgenda, "hint-agenda"),
    bind(Ch('/'), N, Ac::OpenSearch, "hint-present-search"),
    bind(Ch('j'), N, Ac::Down, "hint-step-scroll"),
    bind(Down, N, Ac::Down, "hint-step-scroll"),
    bind(Ch('k'), N, Ac::Up, "hint-step-scroll"),
    bind(Up, N, Ac::Up, "hint-step-scroll"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('q'), N, Ac::Leave, "hint-leave-present"),
    bind(Esc, N, Ac::Escape, "hint-leave-ask"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
];

/// In a presentation, after `g`: typing a step number.
pub(super) const STEP_JUMP: &[Binding] = &[
    bind(Enter, N, Ac::Open, "hint-jump-go"),
    bind(Backspace, N, Ac::DeleteChar, "hint-delete"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
];

/// The trainer's notes screen (`toli present --notes`, a second terminal): its step keys and
/// `f` drive the talk on the projector; the others are the screen's own.
pub(super) const PRESENTER_NOTES: &[Binding] = &[
    bind(Ch(' '), N, Ac::NextStep, "hint-next-step"),
    bind(Right, N, Ac::NextStep, "hint-next-step"),
    bind(PageDown, N, Ac::NextStep, "hint-next-step"),
    bind(Enter, N, Ac::NextStep, "hint-next-step"),
    bind(Left, N, Ac::PrevStep, "hint-prev-step"),
    bind(PageUp, N, Ac::PrevStep, "hint-prev-step"),
    bind(Home, N, Ac::Top, "hint-first-step"),
    bind(End, N, Ac::Bottom, "hint-last-step"),
    bind(Ch('g'), N, Ac::JumpStep, "hint-jump-step"),
    bind(Ch('f'), N, Ac::NextFigure, "hint-notes-figure"),
    bind(Ch('p'), N, Ac::PauseClock, "hint-pause-clock"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-notes-lang"),
    bind(Ch('/'), N, Ac::OpenSearch, "hint-notes-search"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('q'), N, Ac::Leave, "hint-notes-close"),
    bind(Esc, N, Ac::Escape, "hint-notes-close-ask"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
];

/// The findings × actions matrix.
pub(super) const MATRIX: &[Binding] = &[
    bind(Ch('j'), N, Ac::Down, "hint-next-finding"),
    bind(Down, N, Ac::Down, "hint-next-finding"),
    bind(Ch('k'), N, Ac::Up, "hint-prev-finding"),
    bind(Up, N, Ac::Up, "hint-prev-finding"),
    bind(Ch('l'), N, Ac::FocusRight, "hint-next-action"),
    bind(Right, N, Ac::FocusRight, "hint-next-action"),
    bind(Ch('h'), N, Ac::FocusLeft, "hint-prev-action"),
    bind(Left, N, Ac::FocusLeft, "hint-prev-action"),
    bind(Ch('n'), N, Ac::FindNext, "hint-next-mark"),
    bind(Ch('N'), N, Ac::FindPrev, "hint-prev-mark"),
    bind(Enter, N, Ac::Open, "hint-open-finding"),
    bind(Ch('a'), N, Ac::OpenAction, "hint-open-action"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(Ch('X'), N, Ac::Escape, "hint-close"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];

/// The facet panel.
pub(super) const FACETS: &[Binding] = &[
    bind(Ch('j'), N, Ac::Down, "hint-down"),
    bind(Down, N, Ac::Down, "hint-down"),
    bind(Ch('k'), N, Ac::Up, "hint-up"),
    bind(Up, N, Ac::Up, "hint-up"),
    bind(Ch(' '), N, Ac::Toggle, "hint-toggle-filter"),
    bind(Enter, N, Ac::Toggle, "hint-toggle-filter"),
    bind(Ch('c'), N, Ac::ClearFilters, "hint-clear-filters"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(Ch('f'), N, Ac::Escape, "hint-close"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];

/// The bookmarks view: its own keys first, so that the status line names them before the
/// moves every list has.
pub(super) const BOOKMARKS: &[Binding] = &[
    bind(Enter, N, Ac::Open, "hint-open"),
    bind(Ch('d'), N, Ac::Remove, "hint-remove-bookmark"),
    bind(Delete, N, Ac::Remove, "hint-remove-bookmark"),
    bind(Ch('u'), N, Ac::Restore, "hint-restore-bookmark"),
    bind(Ch('j'), N, Ac::Down, "hint-down"),
    bind(Down, N, Ac::Down, "hint-down"),
    bind(Ch('k'), N, Ac::Up, "hint-up"),
    bind(Up, N, Ac::Up, "hint-up"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(Ch('b'), N, Ac::Escape, "hint-close"),
    bind(Ch('c'), N, Ac::CarryOver, "hint-carry-over"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];

/// The entries read lately (`H`).
pub(super) const RECENT: &[Binding] = &[
    bind(Enter, N, Ac::Open, "hint-open"),
    bind(Ch('j'), N, Ac::Down, "hint-down"),
    bind(Down, N, Ac::Down, "hint-down"),
    bind(Ch('k'), N, Ac::Up, "hint-up"),
    bind(Up, N, Ac::Up, "hint-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(Ch('H'), N, Ac::Escape, "hint-close"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];

/// The built-in note editor: letters go into the note (`?` too: F1 is its help).
pub(super) const NOTE_EDITOR: &[Binding] = &[
    bind(Ch('s'), CTRL, Ac::SaveNote, "hint-save-note"),
    bind(Esc, N, Ac::Escape, "hint-cancel"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Enter, N, Ac::NewLine, "hint-newline"),
    bind(Backspace, N, Ac::DeleteChar, "hint-delete"),
    bind(Ch('z'), CTRL, Ac::Undo, "hint-undo"),
    bind(Ch('y'), CTRL, Ac::Redo, "hint-redo"),
    bind(Delete, N, Ac::DeleteForward, "hint-delete-next"),
    bind(Ch('w'), CTRL, Ac::DeleteWord, "hint-delete-word"),
    bind(Backspace, ALT, Ac::DeleteWord, "hint-delete-word"),
    bind(
        Ch('u'),
        CTRL,
        Ac::DeleteToLineStart,
        "hint-delete-to-line-start",
    ),
    bind(
        Ch('k'),
        CTRL,
        Ac::DeleteToLineEnd,
        "hint-delete-to-line-end",
    ),
    bind(Left, CTRL, Ac::CursorWordLeft, "hint-word-left"),
    bind(Ch('b'), ALT, Ac::CursorWordLeft, "hint-word-left"),
    bind(Right, CTRL, Ac::CursorWordRight, "hint-word-right"),
    bind(Ch('f'), ALT, Ac::CursorWordRight, "hint-word-right"),
    bind(Up, N, Ac::CursorUp, "hint-up"),
    bind(Down, N, Ac::CursorDown, "hint-down"),
    bind(Left, N, Ac::CursorLeft, "hint-left-char"),
    bind(Right, N, Ac::CursorRight, "hint-right-char"),
    bind(Home, N, Ac::CursorLineStart, "hint-line-start"),
    bind(Ch('a'), CTRL, Ac::CursorLineStart, "hint-line-start"),
    bind(End, N, Ac::CursorLineEnd, "hint-line-end"),
    bind(Ch('e'), CTRL, Ac::CursorLineEnd, "hint-line-end"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(Home, CTRL, Ac::Top, "hint-note-start"),
    bind(End, CTRL, Ac::Bottom, "hint-note-end"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit-save-note"),
];

/// The list of entries with a note: its own keys first (see [`BOOKMARKS`]).
pub(super) const NOTES_LIST: &[Binding] = &[
    bind(Enter, N, Ac::Open, "hint-open"),
    bind(Ch('e'), N, Ac::EditNote, "hint-edit-note"),
    bind(Ch('j'), N, Ac::Down, "hint-down"),
    bind(Down, N, Ac::Down, "hint-down"),
    bind(Ch('k'), N, Ac::Up, "hint-up"),
    bind(Up, N, Ac::Up, "hint-up"),
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(Ch('E'), N, Ac::Escape, "hint-close"),
    bind(Ch('c'), N, Ac::CarryOver, "hint-carry-over"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];

/// The citation window (`y`).
/// The content's problems (`!`).
pub(super) const PROBLEMS: &[Binding] = &[
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(Ch('!'), N, Ac::Escape, "hint-close"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('c'), CTRL, Ac::Quit, "hint-quit"),
    bind(Ch('j'), N, Ac::Down, "hint-scroll-down"),
    bind(Down, N, Ac::Down, "hint-scroll-down"),
    bind(Ch('k'), N, Ac::Up, "hint-scroll-up"),
    bind(Up, N, Ac::Up, "hint-scroll-up"),
    bind(Ch(' '), N, Ac::PageDown, "hint-page-down"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];

pub(super) const CITATION: &[Binding] = &[
    bind(Esc, N, Ac::Escape, "hint-close"),
    bind(Enter, N, Ac::Escape, "hint-close"),
    bind(Ch('y'), N, Ac::Escape, "hint-close"),
    bind(Ch('q'), N, Ac::Escape, "hint-close"),
    bind(Ch('?'), N, Ac::Help, "hint-help"),
    bind(F(1), N, Ac::Help, "hint-help"),
    bind(Ch('M'), N, Ac::ToggleMouse, "hint-mouse"),
    bind(Ch('j'), N, Ac::Down, "hint-scroll-down"),
    bind(Down, N, Ac::Down, "hint-scroll-down"),
    bind(Ch('k'), N, Ac::Up, "hint-scroll-up"),
    bind(Up, N, Ac::Up, "hint-scroll-up"),
    bind(Ch(' '), N, Ac::PageDown, "hint-page-down"),
    bind(PageDown, N, Ac::PageDown, "hint-page-down"),
    bind(PageUp, N, Ac::PageUp, "hint-page-up"),
    bind(Ch('g'), N, Ac::Top, "hint-top"),
    bind(Home, N, Ac::Top, "hint-top"),
    bind(Ch('G'), N, Ac::Bottom, "hint-bottom"),
    bind(End, N, Ac::Bottom, "hint-bottom"),
    bind(Ch('L'), N, Ac::ToggleLang, "hint-lang"),
    bind(Ch('T'), N, Ac::CycleTheme, "hint-theme"),
];
