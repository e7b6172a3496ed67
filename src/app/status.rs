//! The status line's message: what the last action has to say (a saved note, a bookmark, a web
//! address, a problem with the content or the store). Any feature may speak through
//! [`Status::say`]; a key in the panes clears it. Drawn by `ui/status.rs` (and by the
//! presentation's footer).

/// The message shown in the status line, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub notice: Option<String>,
}

impl Status {
    /// Shows `text` until the next key in the panes.
    pub fn say(&mut self, text: String) {
        self.notice = Some(text);
    }

    /// Shows `text`, or nothing.
    pub fn set(&mut self, text: Option<String>) {
        self.notice = text;
    }

    pub fn clear(&mut self) {
        self.notice = None;
    }
}
