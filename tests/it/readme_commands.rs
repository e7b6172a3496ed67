//! README's command table names every subcommand of the command line (clap's definition), and
//! only those: a subcommand added without its row, or a row left after its subcommand went,
//! fails here.

use toli::cli::help_text::{Purpose, command};
use toli::lang::Lang;

/// The subcommands README's "Command line" table has rows for: the word after `toli` in each
/// row's first cell (`toli` alone, the app, names none).
fn readme_rows() -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let start = readme
        .find("## Command line")
        .expect("a Command line section");
    let section = &readme[start..];
    let table = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'));
    table
        .filter_map(|row| row.strip_prefix("| `toli"))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(|word| word.trim_end_matches('`').to_string())
        .filter(|word| !word.is_empty() && !word.starts_with(['-', '[']))
        .collect()
}

#[test]
fn readme_names_every_subcommand() {
    let rows = readme_rows();
    let cmd = command(Lang::En, Purpose::Help);
    let defined: Vec<&str> = cmd
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name())
        .collect();
    assert!(defined.len() > 10, "the subcommands are read: {defined:?}");
    let missing: Vec<&&str> = defined
        .iter()
        .filter(|name| !rows.iter().any(|r| r == *name))
        .collect();
    assert!(
        missing.is_empty(),
        "add a row to README's command table (## Command line) for: {missing:?}"
    );
    let stale: Vec<&String> = rows
        .iter()
        .filter(|r| !defined.contains(&r.as_str()))
        .collect();
    assert!(
        stale.is_empty(),
        "README's command table names what is no subcommand: {stale:?}"
    );
}
