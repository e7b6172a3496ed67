//! An entry of one's own that replaces a shipped one (the same id): allowed on purpose, so
//! said as a note at its `id:` line — which shipped entry is gone while the folder is loaded,
//! and the other id that keeps both — in place of the file-name warning, whose advice to name
//! the file after the id would make the replacement look meant.

use crate::corpus::Loaded;
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;

/// The note for `own` replacing `shipped`, and the file-name warning of `own`'s file taken out
/// of `diagnostics` (its name, when it can be an id, is the id the note offers).
pub(super) fn note(diagnostics: &mut Vec<Diagnostic>, shipped: &Loaded, own: &Loaded) {
    let path = &own.entry.origin.path;
    let mut stem = None;
    diagnostics.retain(|d| match &d.problem {
        Problem::FileName { stem: s, .. } if &d.path == path => {
            stem = s.clone();
            false
        }
        _ => true,
    });
    let title = &shipped.entry.title;
    diagnostics.push(Diagnostic::new(
        path,
        own.lines.id,
        1,
        Problem::ReplacesShipped {
            id: own.entry.id.clone(),
            title_en: title.show(Lang::En).to_string(),
            title_mn: title.show(Lang::Mn).to_string(),
            stem,
        },
    ));
}
