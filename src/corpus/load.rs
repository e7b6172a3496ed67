//! Loads the corpus: the entries embedded in the binary, then each `--content` folder on top
//! (an entry with the same id replaces the earlier one). A bad file is reported and skipped;
//! it never hides the others.
//!
//! Folders are found by `walk` (symlinks that lead outside the folder are refused); files over
//! [`MAX_FILE_BYTES`] are refused, and text must be UTF-8 without NUL bytes (`files`). Each
//! layer is parsed, or read from its snapshot, by `layer`; here they are merged and checked,
//! and the search's synonyms read (the shipped file and each folder's `SYNONYMS.yaml`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::mnstyle::{LATIN_NAMES_FILE, Lists};
use super::unloaded::Unbuilt;
use super::walk::{Found, folder_files, folder_key};
use super::{Corpus, Loaded};
use crate::diagnostic::{Diagnostic, Problem};
use crate::search::synonyms::Synonyms;
pub(super) use files::is_entry_file;
pub(super) use files::utf16_text;
pub use files::{MAX_FILE_BYTES, shipped_file};
use files::{builtin_files, read_file};
use layer::cached_layer;

mod files;
mod layer;
mod replaced;

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Load the corpus embedded in the binary.
    pub builtin: bool,
    /// User folders, loaded in order on top of the built-in corpus.
    pub dirs: Vec<PathBuf>,
}

impl Sources {
    /// The built-in corpus only.
    pub fn builtin() -> Sources {
        Sources {
            builtin: true,
            dirs: Vec::new(),
        }
    }
}

/// The corpus and every problem met while loading it.
pub struct Outcome {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
    /// Identifies what the corpus was read from (see [`crate::cache`]).
    pub fingerprint: Fingerprint,
    /// The shipped synonyms extended by the `SYNONYMS.yaml` of `--content` folders, kept in
    /// the corpus snapshot as they were parsed.
    pub synonyms: Arc<Synonyms>,
}

/// Which sources a corpus was read from and what their files were, for snapshots of things
/// computed from it (the search index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// The same for the same `--content` folders: names the snapshot file.
    pub sources: String,
    /// Changes whenever a file, or the build, changes.
    pub key: u64,
}

/// A layer to load: the embedded corpus or a folder's files as found.
enum Layer<'a> {
    Builtin,
    Folder { dir: &'a PathBuf, found: Vec<Found> },
}

/// Loads every layer and builds the corpus; later layers replace entries with the same id.
///
/// When the files have not changed since the last start, the corpus comes whole from its
/// snapshot (`snapshot`), entries decoded as they are used. Else each layer comes from its own
/// snapshot when its files have not changed (so editing a folder does not re-parse the
/// built-in corpus), or is parsed. The synonyms come with the corpus: from its snapshot, or
/// parsed with it. The outcome's fingerprint names the exact input, so the search index can be
/// snapshotted too.
pub fn load(sources: &Sources) -> Outcome {
    // Problems met finding files are found again at every start, so no snapshot keeps them.
    let mut walked = Vec::new();
    let mut layers = Vec::new();
    let mut keys: Vec<u64> = Vec::new();
    // Names a folder allows in Latin apply to every entry, so they are part of every key.
    let names = folder_latin_names(&sources.dirs);
    if sources.builtin {
        keys.push(crate::cache::key(("builtin", &names)));
        layers.push(Layer::Builtin);
    }
    for dir in &sources.dirs {
        let found = folder_files(dir, &mut walked);
        keys.push(crate::cache::key((folder_key(dir, &found), &names)));
        layers.push(Layer::Folder { dir, found });
    }
    let fingerprint = Fingerprint {
        sources: crate::cache::name("index", (sources.builtin, &sources.dirs)),
        key: crate::cache::key((&keys, synonyms_stamps(&sources.dirs))),
    };
    let whole = crate::cache::name("loaded", (sources.builtin, &sources.dirs));
    let (corpus, (mut diagnostics, synonyms)) = match super::snapshot::read(&whole, fingerprint.key)
    {
        Some((mut corpus, besides)) => {
            corpus.remember_sources(sources);
            (corpus, besides)
        }
        None => {
            // The lists are only needed to parse.
            let mut diagnostics = Vec::new();
            let synonyms = all_synonyms(&sources.dirs, &mut diagnostics);
            let lists = Lists::with_names(&names);
            let (corpus, found) = load_layers(layers, &keys, &lists, &synonyms);
            diagnostics.extend(found);
            if super::snapshot::keepable(&diagnostics) {
                let besides = (&diagnostics[..], &synonyms);
                super::snapshot::write(&whole, fingerprint.key, &corpus, besides);
            }
            (corpus, (diagnostics, synonyms))
        }
    };
    diagnostics.extend(walked);
    let synonyms = Arc::new(synonyms);
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    let diagnostics = super::capped::cap(diagnostics);
    Outcome {
        corpus,
        diagnostics,
        fingerprint,
        synonyms,
    }
}

/// The texts of the Latin-name lists (`LATIN_NAMES.txt`) at the top of the content folders.
fn folder_latin_names(dirs: &[PathBuf]) -> Vec<String> {
    dirs.iter()
        .filter_map(|d| std::fs::read_to_string(d.join(LATIN_NAMES_FILE)).ok())
        .collect()
}

/// The size and modification time of each folder's `SYNONYMS.yaml`, for the snapshot's key:
/// the synonyms are kept in it.
fn synonyms_stamps(dirs: &[PathBuf]) -> Vec<Option<(u64, Option<std::time::SystemTime>)>> {
    (dirs.iter())
        .map(|d| std::fs::metadata(d.join("SYNONYMS.yaml")).ok())
        .map(|m| m.map(|m| (m.len(), m.modified().ok())))
        .collect()
}

/// The shipped synonyms extended by each folder's `SYNONYMS.yaml`.
fn all_synonyms(dirs: &[PathBuf], diagnostics: &mut Vec<Diagnostic>) -> Synonyms {
    let mut all = Synonyms::builtin().clone();
    for dir in dirs {
        let path = dir.join("SYNONYMS.yaml");
        if !path.is_file() {
            continue;
        }
        let shown = path.display().to_string();
        let text = match std::fs::metadata(&path) {
            Ok(m) if m.len() > MAX_FILE_BYTES => {
                let problem = Problem::TooLarge {
                    bytes: m.len(),
                    limit: MAX_FILE_BYTES,
                };
                diagnostics.push(Diagnostic::new(&shown, 1, 1, problem));
                continue;
            }
            _ => std::fs::read_to_string(&path),
        };
        match text {
            Ok(text) => {
                let (found, problems) = Synonyms::parse(&shown, &text);
                diagnostics.extend(problems);
                all.extend(found);
            }
            Err(e) => diagnostics.push(Diagnostic::new(
                &shown,
                1,
                1,
                Problem::Unreadable {
                    detail: e.to_string(),
                },
            )),
        }
    }
    all
}

/// Parses (or reads from their snapshots) the layers, merges and checks them.
fn load_layers(
    layers: Vec<Layer>,
    keys: &[u64],
    lists: &Lists,
    synonyms: &Synonyms,
) -> (Corpus, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut unbuilt = Unbuilt::default();
    // A lone layer is the whole corpus, whose snapshot stands in for the layer's.
    let keep = layers.len() > 1;
    let mut parsed: Vec<Vec<Loaded>> = Vec::new();
    for (layer, &key) in layers.into_iter().zip(keys) {
        parsed.push(match layer {
            Layer::Builtin => cached_layer(
                "corpus-builtin",
                key,
                true,
                keep,
                lists,
                |_| builtin_files(),
                &mut diagnostics,
                &mut unbuilt,
            ),
            Layer::Folder { dir, found } => {
                let name = crate::cache::name("corpus", dir.canonicalize().unwrap_or(dir.clone()));
                let read = |problems: &mut Vec<Diagnostic>| {
                    found
                        .iter()
                        .filter_map(|f| read_file(f, problems))
                        .collect()
                };
                cached_layer(
                    &name,
                    key,
                    false,
                    keep,
                    lists,
                    read,
                    &mut diagnostics,
                    &mut unbuilt,
                )
            }
        });
    }
    let mut merged: Vec<Loaded> = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    let mut copies = replaced::Copies::default();
    let ids: std::collections::HashSet<String> = (parsed.iter().flatten())
        .map(|l| l.entry.id.clone())
        .collect();
    let taken = |id: &str| ids.contains(id);
    for layer in parsed {
        for loaded in layer {
            match position.get(&loaded.entry.id) {
                Some(&i) => {
                    let shipped = &merged[i];
                    if shipped.entry.origin.builtin && !loaded.entry.origin.builtin {
                        if replaced::is_copy(shipped, &loaded) {
                            copies.add(&loaded);
                        } else {
                            replaced::note(&mut diagnostics, shipped, &loaded, &taken);
                        }
                    }
                    merged[i] = loaded;
                }
                None => {
                    position.insert(loaded.entry.id.clone(), merged.len());
                    merged.push(loaded);
                }
            }
        }
    }
    copies.note(&mut diagnostics);
    let corpus = Corpus::new(merged);
    let search = crate::search::guess::SearchGuess::new(&corpus, synonyms);
    diagnostics.extend(super::check::check(&corpus, &search));
    diagnostics.extend(super::check::unbuilt_links(
        &corpus,
        &unbuilt.links,
        &search,
    ));
    drop(search);
    super::mnstyle::link_endings::refine(&corpus, &mut diagnostics);
    super::mnstyle::unused_abbrev::refine(&corpus, &mut diagnostics);
    let id_of = |path: &str| {
        (corpus.entries())
            .find(|e| e.origin.path == path)
            .map(|e| e.id.clone())
            .or_else(|| (unbuilt.ids.iter()).find_map(|(id, p)| (p == path).then(|| id.clone())))
    };
    super::unloaded::explain(&mut diagnostics, &unbuilt.ids, id_of);
    super::unloaded::explain_stages(&mut diagnostics, &unbuilt.stages);
    super::unloaded_actions::explain(&mut diagnostics, &unbuilt.actions);
    (corpus, diagnostics)
}
