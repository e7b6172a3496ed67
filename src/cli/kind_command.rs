//! A kind's name typed as a command (`toli tours`, `toli policies`, `toli бодлого`): there is
//! no such command, and the mistake says which command lists that kind (`toli list --kind
//! tour`), and for tours how to present one. Only a kind's own name, singular or plural, in
//! either language: a near miss of a command keeps clap's own "did you mean".

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::corpus::model::Kind;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The sentence to add to `error` in `lang` when the unknown command names a kind.
pub fn hint(error: &clap::Error, lang: Lang) -> Option<String> {
    if error.kind() != ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(typed)) = error.get(ContextKind::InvalidSubcommand) else {
        return None;
    };
    let kind = Kind::parse(typed)?;
    let l10n = Localizer::new();
    let typed = ("typed", typed.clone());
    Some(match kind {
        Kind::Tour => l10n.format(lang, "cli-tour-as-command", &[typed]),
        _ => l10n.format(
            lang,
            "cli-kind-as-command",
            &[typed, ("kind", kind.name().to_string())],
        ),
    })
}

/// `text`, a mistake as printed, with `hint` after its first paragraph (what is wrong).
pub fn added(text: &str, hint: &str) -> String {
    match text.split_once("\n\n") {
        Some((what, rest)) => format!("{what}\n\n{hint}\n\n{rest}"),
        None => format!("{}\n{hint}\n", text.trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn error_for(args: &[&str]) -> clap::Error {
        crate::cli::args::Cli::command()
            .try_get_matches_from(args)
            .expect_err("a mistake")
    }

    /// Walk 28 B-2: a trainer guessing `toli tours` is told the command that lists the tours
    /// and how to present one, in English and Mongolian; a kind in Mongolian or plural is named
    /// by the `--kind` value the list takes.
    #[test]
    fn a_kind_typed_as_a_command_is_told_the_command_that_lists_it() {
        let tours = hint(&error_for(&["toli", "tours"]), Lang::En).expect("a hint");
        assert!(tours.contains("toli list --kind tour"), "{tours}");
        assert!(tours.contains("toli present"), "{tours}");
        let mn = hint(&error_for(&["toli", "tour"]), Lang::Mn).expect("a hint");
        assert!(mn.contains("toli list --kind tour"), "{mn}");
        assert!(mn.contains("toli present"), "{mn}");
        for (typed, kind) in [
            ("policies", "policy"),
            ("бодлого", "policy"),
            ("cases", "case"),
        ] {
            let said = hint(&error_for(&["toli", typed]), Lang::En).expect("a hint");
            assert!(said.contains(&format!("toli list --kind {kind}")), "{said}");
            assert!(said.contains(typed), "{said}");
        }
    }

    /// A word that names no kind, and a mistake of another sort, get nothing added.
    #[test]
    fn other_mistakes_get_no_kind_hint() {
        assert_eq!(hint(&error_for(&["toli", "serch"]), Lang::En), None);
        assert_eq!(
            hint(&error_for(&["toli", "list", "--bogus"]), Lang::En),
            None
        );
    }

    #[test]
    fn the_hint_goes_after_what_is_wrong() {
        let text = "error: unrecognized subcommand 'tours'\n\nUsage: toli\n";
        assert_eq!(
            added(text, "HINT"),
            "error: unrecognized subcommand 'tours'\n\nHINT\n\nUsage: toli\n"
        );
    }
}
