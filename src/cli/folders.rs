//! The content folders a command uses (`--content`, `TOLI_CONTENT`): each must exist and be
//! readable, or the command stops with its path; and the exact `toli check` command that checks
//! the same folders, for hints.

use std::path::Path;

use crate::corpus::load::Sources;
use crate::shell::quote;

/// Why a content folder cannot be used, as a message id and its arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct Unusable {
    pub message: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// The first named folder (or file) that is missing or unreadable.
pub fn unusable(sources: &Sources) -> Option<Unusable> {
    sources.dirs.iter().find_map(|dir| check(dir))
}

fn check(dir: &Path) -> Option<Unusable> {
    let path = dir.display().to_string();
    let readable = match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Some(Unusable {
                message: "teach-content-missing",
                args: vec![("path", path)],
            });
        }
        Err(e) => Err(e),
        Ok(meta) if meta.is_dir() => std::fs::read_dir(dir).map(drop),
        Ok(_) => std::fs::File::open(dir).map(drop),
    };
    readable.err().map(|e| Unusable {
        message: "teach-content-unreadable",
        args: vec![("path", path), ("reason", e.to_string())],
    })
}

/// The `toli check` command that checks what this command line loads.
pub fn check_command_for(cli: &super::Cli) -> String {
    let env = std::env::var("TOLI_CONTENT").ok();
    check_command(&cli.content, env.as_deref(), cli.no_builtin)
}

/// `toli check` with the options and environment that load exactly `content` (the folders
/// given with --content), `env` (TOLI_CONTENT as set) and the built-in corpus unless `no_builtin`.
pub fn check_command(content: &[impl AsRef<Path>], env: Option<&str>, no_builtin: bool) -> String {
    let mut command = String::new();
    if let Some(env) = env.filter(|e| !e.is_empty()) {
        command += &format!("TOLI_CONTENT={} ", quote(env));
    }
    command += "toli check";
    for dir in content {
        command += &format!(" --content {}", quote(&dir.as_ref().display().to_string()));
    }
    if no_builtin {
        command += " --no-builtin";
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_and_present_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("nope");
        let sources = |dirs| Sources {
            builtin: true,
            dirs,
        };
        assert_eq!(unusable(&sources(vec![dir.path().to_path_buf()])), None);
        let found = unusable(&sources(vec![dir.path().to_path_buf(), missing.clone()]));
        assert_eq!(
            found,
            Some(Unusable {
                message: "teach-content-missing",
                args: vec![("path", missing.display().to_string())],
            })
        );
    }

    #[test]
    fn a_path_that_cannot_be_a_folder_is_unreadable_with_the_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("f.md");
        std::fs::write(&file, "x").expect("write");
        let through_file = file.join("x");
        let found = unusable(&Sources {
            builtin: true,
            dirs: vec![file, through_file.clone()],
        })
        .expect("unusable");
        assert_eq!(found.message, "teach-content-unreadable");
        assert_eq!(found.args[0], ("path", through_file.display().to_string()));
        assert!(!found.args[1].1.is_empty(), "the system's reason is given");
    }

    #[test]
    fn the_check_command_names_every_folder_quoted() {
        assert_eq!(check_command(&[] as &[&str], None, false), "toli check");
        assert_eq!(
            check_command(&["my entries", "b"], Some("/x:/y"), true),
            "TOLI_CONTENT=/x:/y toli check --content 'my entries' --content b --no-builtin"
        );
        assert_eq!(quote("it's"), r"'it'\''s'");
    }
}
