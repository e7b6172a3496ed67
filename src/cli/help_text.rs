//! The command line's help in the user's language. The clap definitions in `cli` carry no text:
//! every about and help comes from `locales/*/cli-help.ftl`, set on the derived `Command` when
//! help, an error, the manual page or a completion script is printed (a command that parses
//! never builds it). Message ids: `cli-about` for toli itself, `cli-COMMAND-about` for a
//! subcommand, `cli-ARG` for a global option, `cli-COMMAND-ARG` for a subcommand's own argument
//! (clap's `_` written `-`), `cli-value-ARG-VALUE` for a value that has its own description, and
//! `cli-value-name-NAME` for the placeholder of a value (`<KIND>`), shared by every argument
//! whose value has that name (`ids`). The language is read from the raw arguments by
//! `language`.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n::Localizer;
use crate::lang::Lang;
use ids::message_name;
pub use ids::{about_id, arg_id, value_id, value_name_id};
pub use language::language_of;

mod ids;
mod language;

/// What the localized command is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// `--help`, `toli help`, errors and the manual page: clap's notes on defaults and values
    /// are written in the language too.
    Help,
    /// Completion scripts, which show an argument's help on its own and each value's
    /// description beside the value.
    Reference,
}

/// The whole command tree, every subcommand defined, with its text in `lang`.
pub fn command(lang: Lang, purpose: Purpose) -> Command {
    localized(Cli::command(), lang, purpose)
}

/// `cmd` (toli's command tree, a subcommand perhaps renamed as typed) built, with its text in
/// `lang`.
pub fn localized(mut cmd: Command, lang: Lang, purpose: Purpose) -> Command {
    cmd.build();
    let text = Text {
        l10n: Localizer::new(),
        lang,
        kinds: super::context::kind_names(lang).join(", "),
    };
    localize(&mut cmd, &text, None, purpose);
    cmd
}

/// The messages of one language.
struct Text {
    l10n: Localizer,
    lang: Lang,
    /// Every kind's name, for `{ $kinds }` in an argument's help.
    kinds: String,
}

impl Text {
    fn get(&self, id: &str) -> String {
        self.l10n.t(self.lang, id)
    }

    /// An argument's help: `{ $kinds }` in it is every kind, as other kind lists name them
    /// (in the reader's language and alphabetical order), so a new kind is named at once.
    fn help(&self, id: &str) -> String {
        self.with(id, &[("kinds", self.kinds.clone())])
    }

    fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(self.lang, id, args)
    }
}

/// Sets the text of `cmd` (named `sub` unless it is toli itself) and of its subcommands.
fn localize(cmd: &mut Command, text: &Text, sub: Option<&str>, purpose: Purpose) {
    let mut about = text.get(&about_id(sub));
    // clap notes a visible alias in English ("[alias: handout]"): in help the note is written
    // by the messages, and the alias kept (hidden from clap's own note).
    let aliases: Vec<String> = cmd.get_visible_aliases().map(str::to_string).collect();
    let note_aliases = purpose == Purpose::Help && !aliases.is_empty();
    if note_aliases {
        let names = aliases.join(", ");
        about = format!(
            "{about} [{}]",
            text.with("cli-note-alias", &[("names", names)])
        );
    }
    let mut c = std::mem::take(cmd)
        .about(about)
        .long_about(None)
        .mut_args(|arg| localize_arg(arg, text, sub, purpose));
    if note_aliases {
        c = aliases
            .into_iter()
            .fold(c.visible_alias(None), |c, name| c.alias(name));
    }
    if purpose == Purpose::Help {
        c = with_headings(c.subcommand_value_name(text.get("cli-usage-command")), text);
    }
    *cmd = c;
    for child in cmd.get_subcommands_mut() {
        let name = message_name(child.get_name()).to_string();
        localize(child, text, Some(&name), purpose);
    }
}

/// The help template with the headings in the language, and the usage line's `[OPTIONS]`.
fn with_headings(mut cmd: Command, text: &Text) -> Command {
    let styles = cmd.get_styles();
    let (usage_style, header) = (*styles.get_usage(), *styles.get_header());
    let heading = |id: &str| format!("{header}{}{header:#}\n", text.get(id));
    let mut sections = Vec::new();
    if cmd.has_subcommands() {
        sections.push(format!(
            "{}{{subcommands}}",
            heading("cli-heading-commands")
        ));
    }
    let visible = cmd.get_arguments().filter(|a| !a.is_hide_set());
    let (positionals, options): (Vec<&Arg>, Vec<&Arg>) = visible.partition(|a| a.is_positional());
    if !positionals.is_empty() {
        sections.push(format!(
            "{}{{positionals}}",
            heading("cli-heading-arguments")
        ));
    }
    if !options.is_empty() {
        sections.push(format!("{}{{options}}", heading("cli-heading-options")));
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage_style}{}{usage_style:#} {{usage}}\n\n{}{{after-help}}",
        text.get("cli-heading-usage"),
        sections.join("\n\n")
    );
    let clap_usage = cmd.render_usage().to_string();
    let usage = clap_usage
        .split_once(' ')
        .map_or(clap_usage.as_str(), |(_, rest)| rest)
        .replace("[OPTIONS]", &text.get("cli-usage-options"));
    let usage = with_from(&cmd, usage, text);
    if !clap_usage.ends_with(&usage) {
        cmd = cmd.override_usage(usage);
    }
    cmd.help_template(template)
}

/// `toli new`'s usage: its positionals are required, and conflict with `--from`, which names a
/// shipped entry to copy instead: the way without them, a second line.
fn with_from(cmd: &Command, usage: String, text: &Text) -> String {
    let Some(from) = cmd.get_arguments().find(|a| a.get_id() == "from") else {
        return usage;
    };
    let value = match from.get_value_names() {
        Some([name]) => name.to_string(),
        _ => "ID".to_string(),
    };
    let options = text.get("cli-usage-options");
    let head = usage.split(" [").next().unwrap_or(&usage);
    let indent = " ".repeat(crate::markdown::wrap::str_width(&text.get("cli-heading-usage")) + 1);
    format!("{usage}\n{indent}{head} --from <{value}> {options}")
}

/// An argument with its help in the language; for [`Purpose::Help`], clap's notes (default,
/// environment variable, possible values) are written by the messages too.
fn localize_arg(arg: Arg, text: &Text, sub: Option<&str>, purpose: Purpose) -> Arg {
    let Some(id) = arg_id(sub, &arg) else {
        return match arg.get_id().as_str() {
            "help" => arg
                .help(text.get("cli-flag-help"))
                .long_help(text.get("cli-flag-help-long")),
            _ => arg.help(text.get("cli-flag-version")),
        };
    };
    let help = text.help(&id);
    let arg = match (purpose, value_name_id(&arg)) {
        (Purpose::Help, Some(name)) => arg.value_name(text.get(&name)),
        // Several values (`--move OLD NEW`): each placeholder its own message.
        (Purpose::Help, None) if arg.get_value_names().is_some_and(|n| n.len() > 1) => {
            let names: Vec<String> = (arg.get_value_names().unwrap_or_default().iter())
                .map(|n| text.get(&format!("cli-value-name-{n}")))
                .collect();
            arg.value_names(names)
        }
        _ => arg,
    };
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let described = values.iter().any(|v| v.get_help().is_some());
    if purpose == Purpose::Reference {
        if !described {
            return arg.help(help);
        }
        // Completion scripts show each value's description: in the language too.
        let localized = values.iter().map(|v| {
            let name = v.get_name().to_string();
            PossibleValue::new(name.clone()).help(text.get(&value_id(&id, &name)))
        });
        return arg
            .help(help)
            .value_parser(PossibleValuesParser::new(localized));
    }
    let mut notes = Vec::new();
    if let Some(env) = arg.get_env() {
        let name = env.to_string_lossy().into_owned();
        let value = std::env::var(&name).unwrap_or_default();
        notes.push(text.with("cli-note-env", &[("name", name), ("value", value)]));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if arg.get_action().takes_values() && !defaults.is_empty() {
        notes.push(text.with("cli-note-default", &[("value", defaults.join(" "))]));
    }
    let names = || values.iter().map(|v| v.get_name()).collect::<Vec<_>>();
    let mut long_notes = notes.clone();
    if !values.is_empty() {
        let list = text.with("cli-note-values", &[("values", names().join(", "))]);
        notes.push(list.clone());
        if !described {
            long_notes.push(list);
        }
    }
    let bracketed = |n: &[String]| n.iter().map(|n| format!("[{n}]")).collect::<Vec<_>>();
    let mut short = help.clone();
    if !notes.is_empty() {
        short = format!("{help} {}", bracketed(&notes).join(" "));
    }
    let mut long = help;
    if !long_notes.is_empty() {
        long = format!("{long}\n\n{}", bracketed(&long_notes).join("\n"));
    }
    if described {
        long += &format!("\n\n{}:", text.get("cli-note-values-described"));
        for name in names() {
            let about = text.get(&value_id(&id, name));
            long += &format!("\n- {name}: {about}");
        }
    }
    arg.help(short)
        .long_help(long)
        .hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument of `cmd`, with the text a user reads for it.
    fn texts(cmd: &Command, sub: Option<&str>, out: &mut Vec<(String, String)>) {
        let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
        out.push((about_id(sub), about));
        for arg in cmd.get_arguments() {
            let id = arg_id(sub, arg).unwrap_or_else(|| arg.get_id().to_string());
            for help in [arg.get_help(), arg.get_long_help()].into_iter().flatten() {
                out.push((id.clone(), help.to_string()));
            }
        }
        for child in cmd.get_subcommands() {
            texts(child, Some(child.get_name()), out);
        }
    }

    fn has_cyrillic(text: &str) -> bool {
        text.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
    }

    /// A command or argument added without its message pair would be shown in English (or as
    /// a message id) to a Mongolian user: every one has both messages, and every help text of
    /// the Mongolian tree is Mongolian.
    #[test]
    fn every_command_and_argument_has_its_help_in_both_languages() {
        let l10n = Localizer::new();
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        let mut ids = vec![about_id(None)];
        fn walk(cmd: &Command, sub: Option<&str>, ids: &mut Vec<String>) {
            ids.push(about_id(sub));
            for arg in cmd.get_arguments() {
                let Some(id) = arg_id(sub, arg) else { continue };
                ids.extend(value_name_id(arg));
                // Where one value is described, every value is, in the localized command.
                let values = arg.get_possible_values();
                if values.iter().any(|v| v.get_help().is_some()) {
                    for value in values.iter().filter(|v| !v.is_hide_set()) {
                        ids.push(value_id(&id, value.get_name()));
                    }
                }
                ids.push(id);
            }
            for child in cmd.get_subcommands() {
                walk(child, Some(child.get_name()), ids);
            }
        }
        walk(&cmd, None, &mut ids);
        for id in &ids {
            for lang in Lang::ALL {
                if !l10n.has(lang, id) {
                    missing.push(format!("{}: {id}", lang.code()));
                }
            }
        }
        assert!(
            ids.len() > 40,
            "the walk finds every argument ({})",
            ids.len()
        );
        assert!(
            missing.is_empty(),
            "add to locales/*/cli-help.ftl: {missing:#?}"
        );

        for purpose in [Purpose::Help, Purpose::Reference] {
            let mut shown = Vec::new();
            texts(&command(Lang::Mn, purpose), None, &mut shown);
            let english: Vec<_> = shown.iter().filter(|(_, t)| !has_cyrillic(t)).collect();
            assert!(english.is_empty(), "not in Mongolian: {english:#?}");
        }
    }

    /// `toli new --help` (and `toli man`) names every kind of [`Kind::ALL`], in the reader's
    /// language and alphabetical order, as the other kind lists do: a new kind is named there
    /// without anyone editing a message.
    #[test]
    fn toli_new_names_every_kind_in_the_readers_language_and_order() {
        use crate::corpus::model::Kind;
        for lang in Lang::ALL {
            let name = |k: Kind| match lang {
                Lang::En => k.name(),
                Lang::Mn => k.mongolian_name(),
            };
            let mut expected = Kind::ALL.map(name).to_vec();
            expected.sort_by_cached_key(|n| crate::collate::key(n, lang));
            let cmd = command(lang, Purpose::Help);
            let new = cmd.find_subcommand("new").expect("toli new");
            let kind = new
                .get_arguments()
                .find(|a| a.get_id() == "kind")
                .expect("its KIND");
            for help in [kind.get_help(), kind.get_long_help()]
                .into_iter()
                .flatten()
            {
                let help = help.to_string();
                let named: Vec<&str> = help
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .filter(|w| expected.contains(w))
                    .collect();
                assert_eq!(named, expected, "{lang:?}: {help}");
            }
        }
    }

    #[test]
    fn the_mongolian_help_has_mongolian_headings_and_usage() {
        let mut cmd = command(Lang::Mn, Purpose::Help);
        let help = cmd.render_long_help().to_string();
        for heading in [
            "Хэрэглээ: toli [СОНГОЛТУУД] [ТУШААЛ]",
            "Тушаалууд:",
            "Сонголтууд:",
        ] {
            assert!(help.contains(heading), "{heading}: {help}");
        }
        for english in [
            "Usage",
            "Commands:",
            "Options:",
            "Print help",
            "default:",
            "values",
        ] {
            assert!(!help.contains(english), "{english}: {help}");
        }
        let new = cmd
            .find_subcommand_mut("new")
            .expect("new")
            .render_help()
            .to_string();
        assert!(new.contains("Аргументууд:"), "{new}");
        let mut en = command(Lang::En, Purpose::Help);
        let help = en.render_help().to_string();
        assert!(help.contains("Usage: toli [OPTIONS] [COMMAND]"), "{help}");
        assert!(
            help.contains("List entries (all, or of one kind)"),
            "{help}"
        );
    }
}
