//! Opening what both the overlays and the panes open: the help, over what is open now, and a
//! note, in the built-in editor or (by the event loop) in `$EDITOR`.

use crate::app::effect::{Effect, Effects};
use crate::app::state::{App, Overlay};
use crate::app::study::NoteEdit;

/// `?` or F1: the help, over the overlay open now (a list, the search box, the note editor),
/// which comes back as it was when the help closes.
pub(super) fn open_help(app: &mut App) {
    let scroll = crate::app::help::first_scroll(app);
    let over = app.overlay.take().map(Box::new);
    app.overlay = Some(Overlay::Help { scroll, over });
}

/// `e`: the note on the entry shown, in `$EDITOR` (by the event loop) or the built-in editor.
pub(super) fn edit_note(app: &mut App, effects: &mut Effects) {
    match crate::app::study::edit_note(app) {
        Some(NoteEdit::External(id)) => effects.push(Effect::EditNote(id)),
        Some(NoteEdit::BuiltIn(editor)) => app.overlay = Some(Overlay::Note(editor)),
        None => {}
    }
}
