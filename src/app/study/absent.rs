//! A bookmark or a note on an entry this run did not load: most often the reader's own, in a
//! folder not given this time. The folder each bookmarked or noted entry of one's own was
//! loaded from is remembered in the store ([`crate::store::folders`]) when it is bookmarked or
//! noted, and whenever the app starts with it loaded; an entry missing is then told as what
//! it is — not loaded this time, with the folder to open, or no longer in a folder that was
//! loaded — in the bookmarks and notes lists, the status line, `toli bookmarks` and
//! `toli notes` alike, never as gone from the knowledge base.

use std::path::{Path, PathBuf};

use super::super::state::App;
use crate::corpus::Corpus;
use crate::corpus::model::Entry;
use crate::i18n::Localizer;
use crate::inert::inert;
use crate::lang::Lang;
use crate::present::sync::Loaded;
use crate::store::folders::{self, Folders};
use crate::store::{Notice, Store};

/// Why a bookmarked or noted entry is not in what this run loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Absent {
    /// No folder is remembered for it (bookmarked before folders were, or a shipped entry).
    Unknown,
    /// Its folder was not loaded this time: opening it with `--content` brings it back.
    NotLoaded(PathBuf),
    /// Its folder is no longer there.
    FolderGone(PathBuf),
    /// Its folder was loaded, and the entry is not in it any more.
    Removed(PathBuf),
}

impl Absent {
    /// Why the entry `id`, not loaded, is missing: `folders` remembered, `loaded` this run's.
    pub fn of(id: &str, folders: &Folders, loaded: &Loaded) -> Absent {
        let Some(folder) = folders.get(id) else {
            return Absent::Unknown;
        };
        let folder = folder.clone();
        if !folder.exists() {
            Absent::FolderGone(folder)
        } else if loaded.dirs.iter().any(|d| same_folder(d, &folder)) {
            Absent::Removed(folder)
        } else {
            Absent::NotLoaded(folder)
        }
    }

    /// The folder it was loaded from, when remembered.
    pub fn folder(&self) -> Option<&Path> {
        match self {
            Absent::Unknown => None,
            Absent::NotLoaded(f) | Absent::FolderGone(f) | Absent::Removed(f) => Some(f),
        }
    }

    /// What the lists say beside the entry's id, in `lang`.
    pub fn text(&self, l10n: &Localizer, lang: Lang) -> String {
        let shown = |f: &Path| inert(&f.display().to_string()).into_owned();
        match self {
            Absent::Unknown => l10n.t(lang, "absent-not-loaded"),
            Absent::NotLoaded(f) => {
                let quoted = crate::shell::quote(&shown(f));
                l10n.format(lang, "absent-in-folder", &[("folder", quoted)])
            }
            Absent::FolderGone(f) => {
                l10n.format(lang, "absent-folder-gone", &[("folder", shown(f))])
            }
            Absent::Removed(f) => l10n.format(lang, "absent-removed", &[("folder", shown(f))]),
        }
    }
}

/// Whether two folders are one, whichever way each was written.
fn same_folder(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(a), Ok(b)) if a == b
        )
}

/// The content folder `entry` was loaded from (none: the shipped corpus), as `loaded` names
/// it: the deepest of its folders that holds the entry's file.
pub fn folder_of(entry: &Entry, loaded: &Loaded) -> Option<PathBuf> {
    if entry.origin.builtin {
        return None;
    }
    let file = std::path::absolute(&entry.origin.path).ok()?;
    (loaded.dirs.iter())
        .filter(|d| file.starts_with(d))
        .max_by_key(|d| d.components().count())
        .cloned()
}

/// The status line's word on the entry `id` that is not loaded, in the app's language: that
/// another entry took its place and `c` carries its note and bookmark there, when one did.
pub fn said(app: &App, id: &str) -> String {
    if let Some(offer) = super::renamed::offer(app, id) {
        return offer;
    }
    let why = Absent::of(id, &app.study.folders, &app.content).text(&app.l10n, app.settings.lang);
    app.tf(
        "absent-entry",
        &[("id", inert(id).into_owned()), ("why", why)],
    )
}

/// The lists' word beside the entry `id` that is not loaded: why, and the entry that took its
/// place when one did ([`super::renamed::hint`]).
pub fn listed(app: &App, id: &str) -> String {
    let why = Absent::of(id, &app.study.folders, &app.content).text(&app.l10n, app.settings.lang);
    match super::renamed::hint(app, id) {
        Some(hint) => format!("{why}; {hint}"),
        None => why,
    }
}

/// The folders of the entries `ids` this run loaded from a content folder, those `known`
/// does not hold there yet (an entry of the shipped corpus has none).
fn found<'a>(
    corpus: &Corpus,
    loaded: &Loaded,
    known: &Folders,
    ids: impl IntoIterator<Item = &'a str>,
) -> Folders {
    (ids.into_iter())
        .filter_map(|id| {
            let folder = folder_of(corpus.get(id)?, loaded)?;
            (known.get(id) != Some(&folder)).then(|| (id.to_string(), folder))
        })
        .collect()
}

/// The folders remembered in `store`, with those of the entries `ids` (the bookmarked and
/// noted ones) that this run loaded from a folder remembered too: what the app does as it
/// starts, and `toli bookmarks`, `toli notes` and `toli show` with a folder loaded. Returned
/// with the notice of a folders file that cannot be read (set aside, never saved over), for
/// the caller to say once.
pub fn record<'a>(
    store: &Store,
    corpus: &Corpus,
    loaded: &Loaded,
    ids: impl IntoIterator<Item = &'a str>,
) -> (Folders, Option<Notice>) {
    let (mut known, notice) = folders::load(store);
    let new = found(corpus, loaded, &known, ids);
    if !new.is_empty() {
        match folders::remember(store, &new) {
            Ok(all) => known = all,
            Err(_) => known.extend(new),
        }
    }
    (known, notice)
}

/// Remembers the folders of the entries `ids` loaded from one (a bookmark or a note just
/// made on them). Nothing is said when it cannot be saved: the bookmark's or the note's own
/// save says what is wrong with the store.
pub fn remember<'a>(app: &mut App, ids: impl IntoIterator<Item = &'a str>) {
    let Some(store) = &app.study.store else {
        return;
    };
    let new = found(&app.corpus, &app.content, &app.study.folders, ids);
    if new.is_empty() {
        return;
    }
    match folders::remember(store, &new) {
        Ok(all) => app.study.folders = all,
        Err(_) => app.study.folders.extend(new),
    }
}

/// Reads the folders remembered, and remembers those of every bookmarked or noted entry this
/// run loaded from a folder (bookmarks made before folders were remembered, a folder moved);
/// returns the notice of a folders file that cannot be read.
pub fn learn(app: &mut App) -> Option<Notice> {
    let store = app.study.store.as_ref()?;
    let ids: Vec<&str> = (app.study.bookmarks.items.iter().map(|b| b.id.as_str()))
        .chain(app.study.notes.keys().map(String::as_str))
        .collect();
    let (known, notice) = record(store, &app.corpus, &app.content, ids);
    app.study.folders = known;
    notice
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(dirs: &[&Path]) -> Loaded {
        Loaded {
            dirs: dirs.iter().map(|d| d.to_path_buf()).collect(),
            no_builtin: false,
        }
    }

    /// Walk 18, C-1: the coach's entry, bookmarked from `mine`, is not gone when `mine` is not
    /// loaded: the lists say so and name the folder to open, in both languages.
    #[test]
    fn an_entry_of_a_folder_not_loaded_names_that_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mine = dir.path().join("mine");
        std::fs::create_dir_all(&mine).expect("mkdir");
        let folders = Folders::from([("darkhan-wool".to_string(), mine.clone())]);
        let l10n = Localizer::shared();
        let absent = Absent::of("darkhan-wool", &folders, &loaded(&[]));
        assert_eq!(absent, Absent::NotLoaded(mine.clone()));
        let shown = mine.display().to_string();
        let en = absent.text(l10n, Lang::En);
        assert!(en.starts_with("not loaded this time"), "{en}");
        assert!(en.contains(&format!("--content {shown}")), "{en}");
        let mn = absent.text(l10n, Lang::Mn);
        assert!(mn.starts_with("энэ удаа ачаалагдаагүй"), "{mn}");
        assert!(mn.contains(&format!("--content {shown}")), "{mn}");
        for text in [&en, &mn] {
            assert!(
                !text.contains("no longer") && !text.contains("болсон"),
                "{text}"
            );
        }
        // Nothing remembered: still not loaded, with how to load one's own folder.
        let unknown = Absent::of("old-mark", &folders, &loaded(&[])).text(l10n, Lang::Mn);
        assert!(unknown.contains("--content ХАВТАС"), "{unknown}");
        assert!(unknown.contains("TOLI_CONTENT"), "{unknown}");
        // Loaded, and the entry not in it: that is gone, from that folder.
        let removed = Absent::of("darkhan-wool", &folders, &loaded(&[&mine]));
        assert_eq!(removed, Absent::Removed(mine.clone()));
        assert!(removed.text(l10n, Lang::En).contains("no longer in"));
        // The folder itself gone.
        let gone = Folders::from([("x".to_string(), dir.path().join("nowhere"))]);
        let said = Absent::of("x", &gone, &loaded(&[])).text(l10n, Lang::En);
        assert!(
            said.contains("nowhere") && said.contains("no longer there"),
            "{said}"
        );
    }

    #[test]
    fn an_entry_s_folder_is_the_deepest_loaded_folder_holding_its_file() {
        let mut entry = Entry::damaged("wool".to_string());
        entry.origin.path = "/home/c/mine/actions/wool.md".to_string();
        let dirs = loaded(&[
            Path::new("/home/c"),
            Path::new("/home/c/mine"),
            Path::new("/x"),
        ]);
        assert_eq!(
            folder_of(&entry, &dirs),
            Some(PathBuf::from("/home/c/mine"))
        );
        entry.origin.builtin = true;
        assert_eq!(
            folder_of(&entry, &dirs),
            None,
            "the shipped corpus has no folder"
        );
    }
}
