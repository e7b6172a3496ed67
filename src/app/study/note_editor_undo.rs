//! The note editor's undo history: each edit as the text it replaced at a place and the text
//! put there, so that undoing or redoing costs what the edit did, never a copy of the note.
//! Typing at one place is one step until a line ends (Enter) or the cursor goes elsewhere;
//! Backspace or Delete held down is one step; every other edit (a word, a line's part, a
//! paste) is a step of its own.

/// A place in the note: a line and a column in characters.
pub type Pos = (usize, usize);

/// How many steps are kept; the oldest go first.
const KEPT: usize = 200;

/// What kind of edit a step is: steps of the same kind at the cursor where the last left it
/// join into one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A character typed or Enter.
    Typing,
    /// Backspace: the character before the cursor.
    DeleteBack,
    /// Delete: the character after the cursor.
    DeleteForward,
    /// Any other edit, a step of its own.
    Other,
}

/// One edit: at `from`, `removed` was replaced with `inserted`; the cursor was at `before`
/// and went to `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub from: Pos,
    pub removed: String,
    pub inserted: String,
    pub before: Pos,
    pub after: Pos,
    pub kind: Kind,
}

/// The steps to undo (last done last) and to redo (last undone last).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The last step is closed: the next edit starts a new one (after an undo or a redo).
    sealed: bool,
}

impl History {
    /// Records an edit: joined to the last step when it goes on with it, else a step of its
    /// own. What was undone can no longer be redone.
    pub fn record(&mut self, step: Step) {
        self.redo.clear();
        let sealed = std::mem::take(&mut self.sealed);
        if let Some(last) = self.undo.last_mut().filter(|_| !sealed)
            && join(last, &step)
        {
            return;
        }
        if self.undo.len() == KEPT {
            self.undo.remove(0);
        }
        self.undo.push(step);
    }

    /// The step to undo, moved to the redo list.
    pub fn undo(&mut self) -> Option<&Step> {
        let step = self.undo.pop()?;
        self.sealed = true;
        self.redo.push(step);
        self.redo.last()
    }

    /// The step to redo, moved back to the undo list.
    pub fn redo(&mut self) -> Option<&Step> {
        let step = self.redo.pop()?;
        self.sealed = true;
        self.undo.push(step);
        self.undo.last()
    }
}

/// Joins `next` to `last` when it goes on with it: the same kind, at the cursor where `last`
/// left it. Returns whether it did.
fn join(last: &mut Step, next: &Step) -> bool {
    if last.kind != next.kind || last.after != next.before {
        return false;
    }
    match next.kind {
        Kind::Typing if !last.inserted.ends_with('\n') && next.removed.is_empty() => {
            last.inserted.push_str(&next.inserted);
        }
        Kind::DeleteBack if next.inserted.is_empty() => {
            last.removed.insert_str(0, &next.removed);
            last.from = next.from;
        }
        Kind::DeleteForward if next.inserted.is_empty() && next.from == last.from => {
            last.removed.push_str(&next.removed);
        }
        _ => return false,
    }
    last.after = next.after;
    true
}

/// Where `text` put at `from` ends.
pub fn end_of(from: Pos, text: &str) -> Pos {
    match text.rfind('\n') {
        Some(i) => (
            from.0 + text.matches('\n').count(),
            text[i + 1..].chars().count(),
        ),
        None => (from.0, from.1 + text.chars().count()),
    }
}
