//! Where the reader left off — entry (by id), focused pane, scroll and language — saved to the
//! XDG state folder when the app quits and applied when it starts. A missing, damaged or
//! outdated state file is ignored: the app then starts as on a first run. The app ended from
//! outside (its terminal closed, SIGHUP, SIGTERM) saves its place as a quit does
//! ([`PlaceKeeper`]). The entries read are kept too, in the data folder: the places left for
//! another entry (`store::trail`), which the next run puts under Back, and every entry opened
//! or reached by Back and Forward (`store::recent`), which its recently read list (`H`) shows.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use super::navigation::{Place as NavPlace, Visit, now_secs};
use super::state::{App, Pane};
use crate::lang::Lang;
use crate::store::{SaveError, Store, recent, trail};

/// The largest state file read; a real one is under a hundred bytes.
const MAX_STATE_FILE: u64 = 64 * 1024;

/// What is remembered between runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The id of the entry shown.
    pub entry: String,
    /// `kinds`, `list` or `entry`.
    pub pane: String,
    pub scroll: usize,
    pub lang: Lang,
}

/// The state file: in `TOLI_STATE_DIR`, else `TOLI_DATA_DIR` (so a test's data folder keeps its
/// state too), else the platform state folder (`~/.local/state/toli`), else the data folder;
/// the chosen profile's folder in it when there is one ([`crate::store::profile`]).
pub fn default_path() -> Option<PathBuf> {
    let set = ["TOLI_STATE_DIR", "TOLI_DATA_DIR"]
        .iter()
        .find_map(|var| std::env::var_os(var).filter(|d| !d.is_empty()));
    let dir = match set {
        Some(dir) => PathBuf::from(dir),
        None => {
            let dirs = directories::ProjectDirs::from("", "", "toli")?;
            dirs.state_dir().unwrap_or(dirs.data_dir()).to_path_buf()
        }
    };
    Some(crate::store::profile::within(dir).join("state.json"))
}

/// The session saved in `path`, or none when there is no readable, well-formed one.
pub fn load(path: &Path) -> Option<Session> {
    let bytes = crate::safe_file::read_regular(path, MAX_STATE_FILE).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Saves `session` to `path` atomically.
pub fn save(path: &Path, session: &Session) -> Result<(), SaveError> {
    let failed = |e: std::io::Error| SaveError::io(path, &e);
    let json = serde_json::to_vec_pretty(session).map_err(std::io::Error::other);
    crate::store::atomic::write(path, &json.map_err(failed)?).map_err(failed)
}

fn pane_name(p: Pane) -> &'static str {
    match p {
        Pane::Kinds => "kinds",
        Pane::List => "list",
        Pane::Entry => "entry",
    }
}

/// Where the app is now, or none when no entry is shown.
pub fn capture(app: &App) -> Option<Session> {
    let entry = app.current()?;
    Some(Session {
        entry: app.corpus.entry(entry).id.clone(),
        pane: pane_name(app.nav.focus).to_string(),
        scroll: app.reading.scroll,
        lang: app.settings.lang,
    })
}

/// Goes back to `session`: its entry when the corpus still has it (else nothing changes), the
/// pane and scroll, and the language unless `keep_lang` (a `--lang` given on the command line).
pub fn apply(app: &mut App, session: &Session, keep_lang: bool) {
    let Some(entry) = app.corpus.index_of(&session.entry) else {
        return;
    };
    app.select(entry);
    if app.current() != Some(entry) {
        return;
    }
    app.nav.focus_on(match session.pane.as_str() {
        "list" => Pane::List,
        "entry" => Pane::Entry,
        _ => Pane::Kinds,
    });
    if !keep_lang {
        super::settings::set_lang(app, session.lang);
    }
    app.reading.scroll_to(session.scroll);
    super::reading::clamp_scroll(app);
}

/// On start: reads the state file (when the app has one) and goes there, with the reading
/// trail of earlier runs under Back.
pub fn restore(app: &mut App, keep_lang: bool) {
    if let Some(s) = app.session_file.as_deref().and_then(load) {
        apply(app, &s, keep_lang);
    }
    restore_trail(app);
}

/// Puts the reading trail saved in the data folder under Back: its entries still in the
/// corpus, oldest first, without the entry shown now at its end. A trail file that cannot be
/// read is set aside and said in the status line; the trail is then empty.
pub fn restore_trail(app: &mut App) {
    let Some(store) = app.study.store.clone() else {
        return;
    };
    let (read, notice) = trail::load(&store);
    if let Some(notice) = notice {
        app.status.say(notice.text(&app.l10n, app.settings.lang));
    }
    let earlier: Vec<Visit> = (read.iter())
        .filter_map(|r| {
            let place = NavPlace {
                entry: app.corpus.index_of(&r.id)?,
                scroll: r.scroll,
                link: None,
            };
            Some(Visit { place, at: r.at })
        })
        .collect();
    let mut places: Vec<NavPlace> = earlier.iter().map(|v| v.place).collect();
    while places
        .last()
        .map(|p| p.entry)
        .is_some_and(|e| Some(e) == app.current())
    {
        places.pop();
    }
    app.nav.start_trail(places, earlier);
    restore_recent(app, &store, &read);
}

/// Puts the recently read list saved in the data folder (or, before there is one, the trail's
/// reads `trail`) in the `H` window: its entries still in the corpus. A file that cannot be
/// read is set aside and said in the status line; the list is then empty.
fn restore_recent(app: &mut App, store: &Store, trail: &[trail::Read]) {
    let (read, notice) = recent::load(store, trail);
    if let Some(notice) = notice {
        app.status.say(notice.text(&app.l10n, app.settings.lang));
    }
    let read_before: Vec<Visit> = (read.iter())
        .filter_map(|r| {
            let place = NavPlace {
                entry: app.corpus.index_of(&r.id)?,
                scroll: 0,
                link: None,
            };
            Some(Visit { place, at: r.at })
        })
        .collect();
    app.nav.start_recent(read_before);
}

/// What this run adds to the reading trail: the places left for another entry, in order,
/// and the entry being read ([`App::read_now`]; an entry only previewed beside the list is
/// not one).
fn trail_read(app: &App) -> Vec<trail::Read> {
    let read = |v: &Visit| trail::Read {
        id: app.corpus.entry(v.place.entry).id.clone(),
        scroll: v.place.scroll,
        at: v.at,
    };
    let shown = app.read_now().map(|place| Visit {
        place,
        at: Some(now_secs()),
    });
    (app.nav.read_log.iter().chain(&shown)).map(read).collect()
}

/// What this run adds to the recently read list: the entries opened or reached by Back and
/// Forward, in order, and the entry being read at its end.
fn recent_read(app: &App) -> Vec<recent::Read> {
    let read = |v: &Visit| recent::Read {
        id: app.corpus.entry(v.place.entry).id.clone(),
        at: v.at,
    };
    let shown = app.read_now().map(|place| Visit {
        place,
        at: Some(now_secs()),
    });
    (app.nav.opened.iter().chain(&shown)).map(read).collect()
}

/// On quit: saves where the app is to its state file. Failing to save only loses the place,
/// so the error is returned for the caller to report, never raised.
pub fn save_on_quit(app: &App) -> Result<(), SaveError> {
    match (app.session_file.as_deref(), capture(app)) {
        (Some(path), Some(s)) => save(path, &s),
        _ => Ok(()),
    }
}

/// Where the app is, kept after every turn of the event loop for whichever thread ends the app:
/// the loop itself (a quit, a signal it sees) or the watchdog that ends it when its terminal
/// has gone and the loop no longer comes back. The place is saved once, by the first of them
/// to save, so the other neither writes it again nor cuts that write short. Cloning shares it.
#[derive(Debug, Clone, Default)]
pub struct PlaceKeeper(Arc<Mutex<Place>>);

#[derive(Debug, Default)]
struct Place {
    /// The state file and the place to write to it; none before the app's first turn (its
    /// restored place not shown yet) or when the app has no state file.
    kept: Option<(PathBuf, Session)>,
    /// The data folder, what this run adds to the reading trail and to the recently read
    /// list.
    trail: Option<(Store, Vec<trail::Read>, Vec<recent::Read>)>,
    /// How much this run had read when they were taken: the trail's places, the entries
    /// opened and the entry being read.
    taken: (usize, usize, Option<usize>),
    /// Saved already: nothing more is written.
    saved: bool,
}

impl PlaceKeeper {
    /// Takes a copy of where `app` is now (an id, a pane, a number: cheap on every turn).
    pub fn keep(&self, app: &App) {
        let now = app.session_file.clone().zip(capture(app));
        let mut place = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if now.is_some() {
            place.kept = now;
        }
        // Taken again only when the run has read another entry: cheap on every turn.
        let read = (
            app.nav.read_log.len(),
            app.nav.opened.len(),
            app.read_now().map(|p| p.entry),
        );
        let changed = place.trail.is_none() || place.taken != read;
        if let Some(store) = app.study.store.clone().filter(|_| changed) {
            place.trail = Some((store, trail_read(app), recent_read(app)));
            place.taken = read;
        }
    }

    /// Saves the place kept, once; the lock is held while it saves, so a thread ending the
    /// process waits for a save under way. Nothing kept (no entry shown yet): the state file
    /// is left as it is, the place saved by the last quit.
    pub fn save(&self) -> Result<(), SaveError> {
        let mut place = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if place.saved {
            return Ok(());
        }
        place.saved = true;
        // The recently read list first: with no file of its own yet, it starts from the
        // trail as earlier runs left it.
        let trail = match &place.trail {
            Some((store, read, opened)) => {
                recent::append(store, opened).and(trail::append(store, read))
            }
            None => Ok(()),
        };
        let session = match &place.kept {
            Some((path, session)) => save(path, session),
            None => Ok(()),
        };
        session.and(trail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::ThemeName;
    use crate::app::{Action, update};
    use crate::corpus::load::{Sources, load as load_corpus};

    fn app() -> App {
        let corpus = load_corpus(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let mut a = App::new(corpus, Lang::En, ThemeName::Dark, false);
        update(
            &mut a,
            Action::Resize {
                width: 100,
                height: 30,
            },
        );
        a
    }

    #[test]
    fn the_place_survives_a_save_and_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("state").join("state.json");
        let mut a = app();
        a.session_file = Some(path.clone());
        let mut effects = Vec::new();
        for act in [
            Action::Open,
            Action::Down,
            Action::Down,
            Action::Open,
            Action::Down,
            Action::ToggleLang,
            Action::Quit,
        ] {
            effects.extend(update(&mut a, act));
        }
        assert_eq!(effects.last(), Some(&crate::app::Effect::Quit));
        let before = capture(&a).expect("an entry is shown");
        save_on_quit(&a).expect("saved");
        let mut b = app();
        b.session_file = Some(path);
        restore(&mut b, false);
        assert_eq!(capture(&b), Some(before.clone()));
        assert_eq!(b.nav.focus, Pane::Entry);
        assert_eq!(b.settings.lang, Lang::Mn);
        let mut c = app();
        c.session_file = a.session_file.clone();
        restore(&mut c, true);
        assert_eq!(c.settings.lang, Lang::En, "an explicit --lang wins");
        assert_eq!(capture(&c).map(|s| s.entry), Some(before.entry));
    }

    #[test]
    fn damaged_missing_or_outdated_state_starts_as_a_first_run() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fresh = capture(&app());
        for content in [
            None,
            Some("{not json".as_bytes()),
            Some(b"\xff\xfe\x00"),
            Some(br#"{"entry":"no-such-entry","pane":"entry","scroll":3,"lang":"mn"}"#),
            Some(br#"{"entry":5,"pane":[]}"#),
        ] {
            let path = dir.path().join("state.json");
            let _ = std::fs::remove_file(&path);
            if let Some(c) = content {
                std::fs::write(&path, c).expect("write");
            }
            let mut a = app();
            a.session_file = Some(path);
            restore(&mut a, false);
            assert_eq!(capture(&a), fresh);
            assert_eq!(a.settings.lang, Lang::En);
        }
        // A folder where the file should be: ignored on start, an error (not a panic) on quit.
        let mut a = app();
        let path = dir.path().join("dir-state");
        std::fs::create_dir_all(path.join("x")).expect("mkdir");
        a.session_file = Some(path);
        restore(&mut a, false);
        assert!(save_on_quit(&a).is_err());
    }

    /// The keeper saves where the app is now, once; kept before anything was shown, it leaves
    /// the state file the last quit wrote.
    #[test]
    fn the_kept_place_is_saved_once_and_nothing_kept_overwrites_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("state.json");
        let before = Session {
            entry: "cluster".into(),
            pane: "entry".into(),
            scroll: 2,
            lang: Lang::Mn,
        };
        save(&path, &before).expect("saved");
        assert!(PlaceKeeper::default().save().is_ok());
        assert_eq!(
            load(&path),
            Some(before.clone()),
            "nothing kept, nothing written"
        );
        let mut a = app();
        a.session_file = Some(path.clone());
        for act in [Action::Open, Action::Down, Action::Open, Action::ToggleLang] {
            update(&mut a, act);
        }
        let keeper = PlaceKeeper::default();
        keeper.keep(&a);
        let shared = keeper.clone();
        shared.save().expect("saved");
        let now = capture(&a).expect("an entry is shown");
        assert_ne!(now, before);
        assert_eq!(load(&path), Some(now.clone()));
        update(&mut a, Action::ToggleLang);
        keeper.keep(&a);
        keeper.save().expect("nothing to do");
        assert_eq!(load(&path), Some(now), "saved once, by the first to save");
    }
}
