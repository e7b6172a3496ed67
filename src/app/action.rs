//! Everything the user can do, as one enum ([`Action`]): the keymap and the mouse produce these;
//! with what the world outside reports back they form the [`Message`]s that
//! [`super::update::update`] applies to the [`super::App`].

/// One user intent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Close the top overlay, then the find bar, then drop the link selection.
    Escape,
    Help,
    OpenSearch,
    /// Open the search with this text typed: a Mongolian letter typed in the panes (people
    /// type their question straight away), or text pasted there.
    SearchFor(String),
    /// A lower-case Latin letter typed in the panes that no key there uses: the search opens
    /// with it typed, as for a Mongolian letter; a letter that is a command in another pane
    /// also says what it does there. Also a letter or a space that goes on with a word whose
    /// first letters were commands ([`super::typing`]).
    UnboundLetter(char),
    /// A command typed with a lower-case Latin letter in the panes: a letter no key uses typed
    /// right after it (and the commands typed at once before it) takes them back and searches
    /// them all ([`super::typing`]).
    ByLetter(char, Box<Action>),
    OpenFind,
    ToggleLang,
    ToggleBoth,
    /// The reading pane across the whole width, or back beside the lists.
    ToggleZoom,
    /// The entry list wider, the kinds pane folded away while the list has the focus, or back.
    WideList,
    /// The content's problems, each whole (`!`).
    OpenProblems,
    CycleTheme,
    ToggleMouse,
    /// Ctrl-L: the whole screen cleared and drawn again (anything another program left on it
    /// goes), in every context.
    Repaint,
    FocusLeft,
    FocusRight,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Enter: go into the next pane, follow the selected link, open a search result.
    Open,
    NextLink,
    PrevLink,
    Back,
    Forward,
    FindNext,
    FindPrev,
    /// A character typed into the search or find input.
    Input(char),
    /// Text pasted into the search, find or note input, applied at once (bracketed paste).
    Paste(String),
    DeleteChar,
    /// Ctrl-U in the search input: clear the query.
    ClearInput,
    /// Ctrl-W or Alt-Backspace in the search input or the note editor: delete the word
    /// before the cursor.
    DeleteWord,
    /// The list of entries with a personal note.
    OpenNotes,
    Click {
        col: u16,
        row: u16,
    },
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
    Resize {
        width: u16,
        height: u16,
    },
    /// Present the selected tour full screen (or show the tours to pick one).
    Present,
    NextStep,
    PrevStep,
    /// `g` in a presentation: type a step number, Enter goes there.
    JumpStep,
    /// Go to this step of the talk (0-based): a step number typed on the notes screen.
    GoToStep(usize),
    /// Blank the presentation screen (any key brings the slide back).
    Blank,
    /// A key no binding of the presentation uses: it answers the question to leave (stay) and
    /// brings a blanked slide back, and does nothing else.
    OtherKey,
    /// Leave the presentation at once (`q`; Esc asks first).
    Leave,
    /// Start the presentation's clock again from zero (when the talk really starts).
    RestartClock,
    /// Hide or show the presentation's clock (the audience sees the footer).
    ToggleClock,
    /// Stop the presentation's clock for a break, or run it on.
    PauseClock,
    /// Slides of title, summary and key facts only, or whole entries again.
    ToggleSummary,
    /// The tour's agenda over the step: every step by title, the current one marked.
    ToggleAgenda,
    /// Copy the entry's citation (both languages, sources and locators) via OSC 52.
    CopyCitation,
    /// Select the next link to a figure in the entry view.
    NextFigure,
    /// The findings × actions matrix view.
    OpenMatrix,
    /// The facet panel.
    OpenFacets,
    /// Bookmark the current entry, or remove its bookmark.
    ToggleBookmark,
    /// The bookmarks view.
    OpenBookmarks,
    /// The entries read lately (`H`).
    OpenRecent,
    /// An entry found on the notes screen for a question, shown over the step on the
    /// projector (as the talk's own search shows one).
    ShowAnswer(usize),
    /// Edit the personal note on the current entry.
    EditNote,
    /// In the matrix: open the focused action (Enter opens the finding).
    OpenAction,
    /// In the facet panel: select or unselect the value.
    Toggle,
    /// Clear every facet filter.
    ClearFilters,
    /// In the bookmarks view: remove the bookmark.
    Remove,
    /// In the bookmarks view: put back the bookmark removed last.
    Restore,
    /// In the bookmarks or notes list, on an entry whose id changed: carry its note and
    /// bookmark to the entry that took its place.
    CarryOver,
    /// In the note editor: save and close.
    SaveNote,
    /// In the note editor: break the line at the cursor.
    NewLine,
    /// In the note editor: move the cursor one character left (to the end of the line above at
    /// the start of a line).
    CursorLeft,
    /// The note editor: to the start of the line.
    CursorLineStart,
    /// The note editor: to the end of the line.
    CursorLineEnd,
    /// In the note editor: one character right (to the start of the next line at the end).
    CursorRight,
    /// In the note editor: one line up, keeping the column where the line is long enough.
    CursorUp,
    /// In the note editor: one line down.
    CursorDown,
    /// In the note editor: to the start of the word before the cursor (Ctrl-←, Alt-b).
    CursorWordLeft,
    /// In the note editor: to the end of the word after the cursor (Ctrl-→, Alt-f).
    CursorWordRight,
    /// In the note editor: delete the character after the cursor (Delete).
    DeleteForward,
    /// In the note editor: delete from the start of the line to the cursor (Ctrl-U).
    DeleteToLineStart,
    /// In the note editor: delete from the cursor to the end of the line (Ctrl-K).
    DeleteToLineEnd,
    /// In the note editor: take back the last edit (Ctrl-Z).
    Undo,
    /// In the note editor: make the last edit undone again (Ctrl-Y).
    Redo,
}

/// Everything that comes into [`super::update::update`]: the user's actions, and what the world
/// outside reports back (live reload, the search worker, the external editor, the clock).
pub enum Message {
    /// A key, a click, a paste or a resize.
    Action(Action),
    /// The watched folders changed: a fresh load (see [`super::reload`]).
    Reloaded(Box<super::reload::Fresh>),
    /// The search worker answered a query.
    SearchAnswered(super::search_worker::Answer),
    /// The external editor closed on its copy of the note of entry `id`: what it left, or why
    /// it could not be used (the note could not be copied, the editor did not start, its copy
    /// could not be read back).
    NoteEdited {
        id: String,
        edited: Result<Edited, super::study::NoteEditFailure>,
    },
    /// A frame is due: the presentation clock moves to `now` (seconds since the epoch).
    Tick { now: u64 },
    /// The letter command held back to see whether a word's letter follows (`p`, `q`, a key
    /// of the window a run opened: see [`super::typing`]) acts now, or its word is searched:
    /// the typing gap passed with no key, or a key came that does not go on with the word.
    HeldCommandDue,
    /// Publishing the presentation's position for the notes view failed: why, and where.
    PresentSyncFailed(crate::store::SaveError),
    /// Whether a notes screen follows the running talk (it looked within a few seconds).
    NotesFollow(bool),
}

/// What the external editor left: the text of its copy, and the note as it was on disk when
/// the copy was made (none: there was none), which its save compares the file with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edited {
    pub read: Option<String>,
    pub text: String,
    /// The copy, left in place until the note is saved: should the save fail, it is kept with
    /// what the reader wrote, and the next edit of the note opens it again (none: no copy).
    pub copy: Option<std::path::PathBuf>,
}

impl From<Action> for Message {
    fn from(action: Action) -> Message {
        Message::Action(action)
    }
}

impl Action {
    /// Where a line, page or end key moves a window `page` rows high that is scrolled to
    /// `scroll` and can scroll to `max` (the citation and problems windows); `None` for an
    /// action that does not scroll.
    pub fn scrolled(&self, scroll: usize, page: usize, max: usize) -> Option<usize> {
        let step = page.saturating_sub(1).max(1);
        let to = match self {
            Action::Up | Action::Wheel { down: false, .. } => scroll.saturating_sub(1),
            Action::Down | Action::Wheel { down: true, .. } => scroll + 1,
            Action::PageDown => scroll + step,
            Action::PageUp => scroll.saturating_sub(step),
            Action::Top => 0,
            Action::Bottom => max,
            _ => return None,
        };
        Some(to.min(max))
    }
}
