//! What a tour step naming no loaded entry says, on the projector's error slide and as the
//! step's title on the trainer's notes screen: that its entry's file did not load, with that
//! file and the place of its first error ([`crate::corpus::unloaded`]), or else that no entry
//! has the id.

use crate::diagnostic::Diagnostic;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The sentence for a step naming `id`, in `lang`, from the load's `problems`; and whether
/// the id is that of a file that did not load (then the way to fix it is that file, not the
/// tour's `steps`).
pub fn step_text(
    l10n: &Localizer,
    lang: Lang,
    id: &str,
    problems: &[Diagnostic],
) -> (String, bool) {
    match crate::corpus::unloaded::find(problems, id) {
        Some((file, line, column)) => {
            let args = [
                ("id", id.to_string()),
                ("file", file.to_string()),
                ("line", line.to_string()),
                ("column", column.to_string()),
            ];
            (l10n.format(lang, "teach-step-unloaded", &args), true)
        }
        None => {
            let args = [("id", id.to_string())];
            (l10n.format(lang, "teach-step-missing", &args), false)
        }
    }
}
