//! Pins how a problem's message names things the reader sees elsewhere by another name.

use super::*;
use strum::IntoEnumIterator;

/// A field written for the wrong kind, and a link to an entry of the wrong kind, name the kind
/// as the kinds' own messages do («Жишээ», "Case"), never by the code a file writes in `kind:`.
#[test]
fn a_wrong_kind_is_named_as_the_kinds_are_named_in_both_languages() {
    let l10n = Localizer::new();
    for kind in Kind::iter() {
        let code = kind.name();
        let problems = [
            Problem::FieldNotForKind {
                field: "year".to_string(),
                kind,
            },
            Problem::WrongLinkKind {
                field: "model".to_string(),
                target: "x".to_string(),
                expected: kind,
            },
        ];
        for problem in problems {
            let mn = problem.message(&l10n, Lang::Mn);
            let name = l10n.t(Lang::Mn, &format!("kind-{code}"));
            assert!(mn.contains(&format!("«{name}» төрл")), "{mn}");
            assert!(!mn.contains(code), "{mn}");
            let en = problem.message(&l10n, Lang::En);
            let name = l10n.t(Lang::En, &format!("kind-{code}"));
            assert!(en.contains(&format!("of kind {name}")), "{en}");
            assert!(!en.contains(&format!("`{code}`")), "{en}");
        }
    }
}
