//! What [`super::update`](mod@super::update) asks of the world outside the app's state: the
//! event loop in `tui/` carries these out (the terminal's clipboard, the user's editor, the
//! mouse mode, ending the loop), and reports back through a [`super::Message`] where the app
//! must learn how it went.

/// One thing for the event loop to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// End the app.
    Quit,
    /// Put this text on the terminal's clipboard (OSC 52).
    Copy(String),
    /// Open the note on this entry id in $VISUAL or $EDITOR; the loop then sends
    /// [`super::Message::NoteEdited`].
    EditNote(String),
    /// Turn the terminal's mouse reporting on or off.
    CaptureMouse(bool),
    /// Clear the whole terminal and draw every cell of the next frame (Ctrl-L).
    Repaint,
}

/// The effects of one update, in order.
pub type Effects = Vec<Effect>;
