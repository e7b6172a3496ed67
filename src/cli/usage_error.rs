//! A mistake on the command line (an unknown option or command, a missing or wrong value), told
//! in Mongolian for a Mongolian user from `locales/mn/cli-help.ftl`: clap writes its errors in
//! English only. English keeps clap's own wording, with its tips.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Localizer;
use crate::lang::Lang;

/// The whole message for `error` in `lang`: what is wrong, a suggestion if clap has one, the
/// usage line and where to find help. None when clap's own text is the one to print (English,
/// or help and version, which are already in the language).
pub fn message(error: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En
        || !error.use_stderr()
        || error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        return None;
    }
    let l10n = Localizer::new();
    let t = |id: &str, args: &[(&str, String)]| l10n.format(lang, id, args);
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = || ("arg", text(ContextKind::InvalidArg));
    let value = || ("value", text(ContextKind::InvalidValue));
    let what = match error.kind() {
        ErrorKind::UnknownArgument => t("cli-error-unknown-argument", &[arg()]),
        ErrorKind::InvalidSubcommand => t(
            "cli-error-unknown-command",
            &[("command", text(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue).is_empty() => {
            t("cli-error-value-missing", &[arg()])
        }
        ErrorKind::InvalidValue => t(
            "cli-error-invalid-value",
            &[arg(), value(), ("values", text(ContextKind::ValidValue))],
        ),
        ErrorKind::ValueValidation => {
            let given = text(ContextKind::InvalidValue);
            let reason = match std::error::Error::source(error) {
                // A count or a step number: not a number at all, or out of its range (the
                // only ranged options count from 1).
                Some(e)
                    if e.downcast_ref::<std::num::ParseIntError>().is_some()
                        || given.trim().parse::<i128>().is_ok() =>
                {
                    t("cli-reason-whole-number", &[])
                }
                Some(e) => e.to_string(),
                None => String::new(),
            };
            t("cli-error-bad-value", &[arg(), value(), ("reason", reason)])
        }
        ErrorKind::MissingRequiredArgument => t(
            "cli-error-missing",
            &[("args", text(ContextKind::InvalidArg))],
        ),
        ErrorKind::ArgumentConflict => t(
            "cli-error-conflict",
            &[arg(), ("other", text(ContextKind::PriorArg))],
        ),
        ErrorKind::MissingSubcommand => t("cli-error-missing-command", &[]),
        _ => {
            // A rare mistake: clap's own sentence, after a word in the language.
            let english = error.render().to_string();
            let first = english.lines().next().unwrap_or_default();
            let detail = first.strip_prefix("error: ").unwrap_or(first).to_string();
            t("cli-error-other", &[("detail", detail)])
        }
    };
    let mut out = format!("{} {what}\n", t("cli-error", &[]));
    let suggestion = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(text)
    .find(|s| !s.is_empty());
    if let Some(suggestion) = suggestion {
        out += &format!(
            "\n  {}\n",
            t("teach-did-you-mean", &[("suggestion", suggestion)])
        );
    }
    let usage = text(ContextKind::Usage);
    if let Some(line) = usage.strip_prefix("Usage:") {
        out += &format!("\n{}{line}\n", t("cli-heading-usage", &[]));
    }
    out += &format!("\n{}\n", t("cli-error-more", &[]));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::help_text::{Purpose, command};

    fn mongolian(args: &[&str]) -> String {
        let error = command(Lang::Mn, Purpose::Help)
            .try_get_matches_from(args)
            .expect_err("a mistake");
        message(&error, Lang::Mn).expect("told in Mongolian")
    }

    #[test]
    fn mistakes_are_told_in_mongolian_with_the_suggestion_and_usage() {
        let unknown = mongolian(&["toli", "--jsno"]);
        assert!(unknown.starts_with("алдаа: "), "{unknown}");
        assert!(unknown.contains("--jsno"), "{unknown}");
        let typo = mongolian(&["toli", "shwo", "x"]);
        assert!(typo.contains("`show` гэж бичих гэсэн үү?"), "{typo}");
        let missing = mongolian(&["toli", "show"]);
        assert!(
            missing.contains("Хэрэглээ: toli show [СОНГОЛТУУД] <ТАНИХ-НЭР>"),
            "{missing}"
        );
        let value = mongolian(&["toli", "list", "--lang", "fr"]);
        assert!(value.contains("en, mn"), "{value}");
        let conflict = mongolian(&["toli", "figure", "--json", "--csv"]);
        assert!(conflict.contains("--csv"), "{conflict}");
        let count = mongolian(&["toli", "search", "x", "--limit", "abc"]);
        let zero = mongolian(&["toli", "search", "x", "--limit", "0"]);
        let step = mongolian(&["toli", "present", "t", "--step", "two"]);
        for text in [&count, &zero, &step] {
            assert!(text.contains("бүхэл тоо"), "{text}");
            assert!(
                !text.contains("invalid") && !text.contains(" is not in "),
                "{text}"
            );
        }
        for text in [unknown, typo, missing, value, conflict, count, zero, step] {
            for english in [
                "error:",
                "Usage:",
                "For more information",
                "unexpected",
                "tip:",
            ] {
                assert!(!text.contains(english), "{english}: {text}");
            }
        }
        let help = command(Lang::Mn, Purpose::Help)
            .try_get_matches_from(["toli", "--help"])
            .expect_err("help is an early exit");
        assert_eq!(message(&help, Lang::Mn), None, "help is printed as it is");
    }
}
