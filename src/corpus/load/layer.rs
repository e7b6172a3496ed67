//! One layer of entry files: parsed on all cores with duplicate ids reported, or read from its
//! snapshot when its files have not changed, and snapshotted after a clean parse.

use std::collections::HashMap;

use super::files::{RawFile, decode};
use crate::corpus::Loaded;
use crate::corpus::mnstyle::Lists;
use crate::corpus::parse::{Parsed, parse_entry_with};
use crate::corpus::unloaded::Unbuilt;
use crate::diagnostic::{Diagnostic, Problem, Severity};

/// Parses files on all cores (parsing is independent per file), keeping their order.
fn parse_all(
    files: &[RawFile],
    builtin: bool,
    lists: &Lists,
) -> Vec<Result<Parsed, Box<Diagnostic>>> {
    let parse = |file: &RawFile| {
        decode(file).map(|text| parse_entry_with(&file.path, text, builtin, lists))
    };
    // Asked once: the answer reads cgroup files, and a load may parse thousands of layers.
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let threads =
        *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if threads < 2 || files.len() < 64 {
        return files.iter().map(parse).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(parse).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            // A panic in a parser thread is a bug: let it surface rather than lose files.
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Parses one layer of files; duplicate ids within the layer are reported and the later skipped.
fn parse_layer(
    files: Vec<RawFile>,
    builtin: bool,
    lists: &Lists,
    diagnostics: &mut Vec<Diagnostic>,
    unbuilt: &mut Unbuilt,
) -> Vec<Loaded> {
    let mut out: Vec<Loaded> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (file, parsed) in files.iter().zip(parse_all(&files, builtin, lists)) {
        let parsed = match parsed {
            Ok(p) => p,
            Err(d) => {
                diagnostics.push(*d);
                unbuilt.file(&file.path, &file.bytes);
                continue;
            }
        };
        diagnostics.extend(parsed.diagnostics);
        let Some(entry) = parsed.entry else {
            // Its links are still checked, so one run reports all of the file's problems.
            unbuilt.file(&file.path, &file.bytes);
            unbuilt.links.extend(
                parsed
                    .link_sites
                    .into_iter()
                    .map(|s| (file.path.clone(), s)),
            );
            continue;
        };
        if let Some(&first) = seen.get(&entry.id) {
            let other = &out[first];
            // Naming the file after the id would clash with the other file: the file's name
            // is offered as the id instead.
            let mut stem = None;
            diagnostics.retain(|d| match &d.problem {
                Problem::FileName { stem: s, .. } if d.path == file.path => {
                    stem = s.clone();
                    false
                }
                _ => true,
            });
            diagnostics.push(Diagnostic::new(
                &file.path,
                parsed.lines.id,
                1,
                Problem::DuplicateId {
                    id: entry.id.clone(),
                    other: format!("{}:{}", other.entry.origin.path, other.lines.id),
                    stem,
                },
            ));
            continue;
        }
        seen.insert(entry.id.clone(), out.len());
        out.push(Loaded {
            entry,
            link_sites: parsed.link_sites,
            lines: parsed.lines,
        });
    }
    out
}

/// A layer from its snapshot `name` when it has `key`; else parsed from `files()` and, when it
/// parsed without errors and `keep` says so, snapshotted for the next start with each entry's
/// warnings (the shipped corpus may carry a few).
#[allow(clippy::too_many_arguments)] // one call per kind of layer; each argument is its own input
pub(super) fn cached_layer(
    name: &str,
    key: u64,
    builtin: bool,
    keep: bool,
    lists: &Lists,
    files: impl FnOnce(&mut Vec<Diagnostic>) -> Vec<RawFile>,
    diagnostics: &mut Vec<Diagnostic>,
    unbuilt: &mut Unbuilt,
) -> Vec<Loaded> {
    if keep && let Some(layer) = crate::cache::read_list::<(Loaded, Vec<Diagnostic>)>(name, key) {
        let (layer, warnings): (Vec<Loaded>, Vec<Vec<Diagnostic>>) = layer.into_iter().unzip();
        diagnostics.extend(warnings.into_iter().flatten());
        return layer;
    }
    let mut problems = Vec::new();
    let files = files(&mut problems);
    let layer = parse_layer(files, builtin, lists, &mut problems, unbuilt);
    let of_an_entry = |d: &Diagnostic| {
        d.severity() == Severity::Warning && layer.iter().any(|l| l.entry.origin.path == d.path)
    };
    if keep && problems.iter().all(of_an_entry) {
        let items: Vec<(Loaded, Vec<Diagnostic>)> = layer
            .iter()
            .map(|l| {
                let path = &l.entry.origin.path;
                let warnings = problems.iter().filter(|d| &d.path == path).cloned();
                (l.clone(), warnings.collect())
            })
            .collect();
        crate::cache::write_list(name, key, &items);
    }
    diagnostics.extend(problems);
    layer
}
