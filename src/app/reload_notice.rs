//! What the status line says after a live reload: the file that was saved and what its edit
//! did — a problem in it, fixed, or fine while others' problems remain — never another file's
//! problem as if the edit had caused it.

use std::path::{Component, Path, PathBuf};

use super::state::App;
use crate::corpus::reload::Merged;
use crate::diagnostic::{Diagnostic, Problem, Severity};

/// What the edit did, as the status line says it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Told<'a> {
    /// The saved file has an error now (its first, a syntax error first).
    Own(&'a Diagnostic),
    /// The saved file had errors and has none now.
    Fixed(String),
    /// The saved file had no errors and has none.
    Fine(String),
    /// Which file was saved is not known (or several were): the first error, wherever it is.
    Somewhere(&'a Diagnostic),
    Nothing,
}

/// Whether the watcher's `changed` path and a path as shown to users name the same file (the
/// watcher may name it from the root, the user from the folder given — `./findings/a.md` when
/// toli was started with `--content .`).
fn same_file(changed: &Path, shown: &str) -> bool {
    fn parts(p: &Path) -> Vec<Component<'_>> {
        (p.components())
            .filter(|c| !matches!(c, Component::CurDir))
            .collect()
    }
    let (changed, shown) = (parts(changed), parts(Path::new(shown)));
    changed.ends_with(&shown) || shown.ends_with(&changed)
}

/// The files saved, as the diagnostics and entries name them (`changed` as the watcher names
/// them when neither knows the file).
fn saved(app: &App, merged: &Merged, changed: &[PathBuf]) -> Vec<String> {
    let known: Vec<&str> = (merged.diagnostics.iter().map(|d| d.path.as_str()))
        .chain(app.status.problems.iter().map(|d| d.path.as_str()))
        .chain(merged.corpus.entries().map(|e| e.origin.path.as_str()))
        .chain(app.corpus.entries().map(|e| e.origin.path.as_str()))
        .collect();
    let mut out: Vec<String> = Vec::new();
    for c in changed {
        let shown = (known.iter())
            .find(|k| same_file(c, k))
            .map_or_else(|| c.display().to_string(), |k| k.to_string());
        if !out.contains(&shown) {
            out.push(shown);
        }
    }
    out
}

/// What to tell of a reload that brought `merged` after the files `changed` were saved.
fn told<'a>(app: &App, merged: &'a Merged, changed: &[PathBuf]) -> Told<'a> {
    let saved = saved(app, merged, changed);
    let syntax = |d: &&Diagnostic| matches!(d.problem, Problem::Yaml { .. });
    let in_saved = |d: &&Diagnostic| saved.contains(&d.path);
    let errors =
        || (merged.diagnostics.iter()).filter(|d| d.severity() == Severity::Error && in_saved(d));
    let own = (merged.broken.iter().filter(in_saved).find(syntax))
        .or_else(|| merged.broken.iter().find(in_saved))
        .or_else(|| errors().find(syntax))
        .or_else(|| errors().next());
    if let Some(d) = own {
        return Told::Own(d);
    }
    // One file saved that is still there: what its edit did.
    if let [file] = saved.as_slice()
        && Path::new(file).exists()
    {
        let had = (app.status.problems.iter())
            .any(|d| &d.path == file && d.severity() == Severity::Error);
        return match had {
            true => Told::Fixed(file.clone()),
            false => Told::Fine(file.clone()),
        };
    }
    merged.headline().map_or(Told::Nothing, Told::Somewhere)
}

/// Says in the status line what the reload that brought `merged` means for the files
/// `changed` (see [`Told`]); on a running presentation only a problem in the saved file, and
/// nothing while a notes screen follows the talk (it shows the problem there).
pub(super) fn tell(app: &mut App, merged: &Merged, changed: &[PathBuf]) {
    let errors = crate::diagnostic::tally(&merged.diagnostics).0;
    let count = errors.to_string();
    let place = |d: &Diagnostic| format!("{}:{}", file_name(&d.path), d.line);
    let notice = match app.present {
        Some(ref d) if d.notes_follow => None,
        Some(_) => match told(app, merged, changed) {
            Told::Own(d) | Told::Somewhere(d) => Some(app.tf(
                "present-reload-problem",
                &[("file", file_name(&d.path)), ("line", d.line.to_string())],
            )),
            _ => None,
        },
        None => match told(app, merged, changed) {
            Told::Own(d) => Some(app.tf(
                "reload-saved-problem",
                &[("place", place(d)), ("errors", count)],
            )),
            Told::Fixed(file) if errors == 0 => {
                Some(app.tf("reload-saved-fixed-all", &[("file", file_name(&file))]))
            }
            Told::Fixed(file) => Some(app.tf(
                "reload-saved-fixed",
                &[("file", file_name(&file)), ("errors", count)],
            )),
            Told::Fine(file) if errors > 0 => Some(app.tf(
                "reload-saved-fine",
                &[("file", file_name(&file)), ("errors", count)],
            )),
            Told::Somewhere(d) => {
                Some(app.tf("reload-problems", &[("place", place(d)), ("errors", count)]))
            }
            Told::Fine(_) | Told::Nothing => None,
        },
    };
    app.status.set(notice);
}

/// The last part of `path`: the file's name.
fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

#[cfg(test)]
#[path = "reload_notice_tests.rs"]
mod tests;

#[cfg(test)]
mod path_tests {
    use super::same_file;
    use std::path::Path;

    #[test]
    fn a_path_shown_from_the_current_folder_names_the_file_saved() {
        let saved = Path::new("/home/coach/mine/findings/darkhan-wool.md");
        for shown in [
            "./findings/darkhan-wool.md",
            "findings/darkhan-wool.md",
            "mine/./findings/darkhan-wool.md",
            "/home/coach/mine/findings/darkhan-wool.md",
        ] {
            assert!(same_file(saved, shown), "{shown}");
        }
        assert!(!same_file(saved, "./findings/other.md"));
        assert!(!same_file(saved, "./wool.md"));
    }
}
