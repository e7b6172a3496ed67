//! The message ids of the command line's help: `cli-about` for toli itself,
//! `cli-COMMAND-about` for a subcommand, `cli-ARG` for a global option, `cli-COMMAND-ARG` for a
//! subcommand's own argument (clap's `_` written `-`), `cli-value-ARG-VALUE` for a value's description and
//! `cli-value-name-NAME` for a value's placeholder.

use clap::Arg;

/// The message id of a command's about (`sub` is its name; none for toli itself).
pub fn about_id(sub: Option<&str>) -> String {
    match sub {
        None => "cli-about".to_string(),
        Some(name) => format!("cli-{name}-about"),
    }
}

/// The message id of an argument's help, or none for clap's own `--help` and `--version`.
pub fn arg_id(sub: Option<&str>, arg: &Arg) -> Option<String> {
    let id = arg.get_id().as_str();
    if id == "help" || id == "version" {
        return None;
    }
    let name = id.replace('_', "-");
    Some(match sub {
        Some(sub) if !arg.is_global_set() => format!("cli-{sub}-{name}"),
        _ => format!("cli-{name}"),
    })
}

/// The message id of the description of `value` of an argument whose help is `arg_id`.
pub fn value_id(arg_id: &str, value: &str) -> String {
    format!("cli-value-{}-{value}", arg_id.trim_start_matches("cli-"))
}

/// The message id of the placeholder of an argument's value (`<KIND>`), if it takes one.
pub fn value_name_id(arg: &Arg) -> Option<String> {
    match arg.get_value_names() {
        Some([name]) if arg.get_action().takes_values() => Some(format!("cli-value-name-{name}")),
        _ => None,
    }
}

/// The name in the message ids of a subcommand named `name`: `handout` is `export` as typed by
/// its other name ([`crate::cli::handout_usage::command`]), with `export`'s text.
pub(super) fn message_name(name: &str) -> &str {
    match name {
        "handout" => "export",
        name => name,
    }
}
