//! Where each tour's presentation was left: its step, when its talk started and when it was
//! last shown, and how it was given (summaries only, the planned minutes, the language), kept
//! per tour in `presentations.json` in the state folder (beside `state.json`),
//! so `p` and `toli present TOUR` resume there. Every save re-reads the file and changes only
//! its own tour (another instance's tours are kept), and writes atomically; a damaged file is
//! set aside as `presentations.json.damaged` rather than overwritten.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::SaveError;

/// The largest file read; a real one holds a line per tour.
const MAX_FILE: u64 = 256 * 1024;
/// A talk resumed within this many seconds of its last step keeps its clock running; after a
/// longer break the clock starts again from zero.
pub const KEEP_CLOCK_SECS: u64 = 3600;

/// One tour's place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// 0-based.
    pub step: usize,
    /// The step the talk had reached in order, where its pace is measured (0-based); missing
    /// in a file written before it was kept: the step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pace_at: Option<usize>,
    /// Seconds since the epoch: when the talk started, and when this step was last shown.
    pub started: u64,
    pub seen: u64,
    /// The clock was stopped for a break (`p`) when the talk was left.
    #[serde(default)]
    pub paused: bool,
    /// Slides were of summaries only (`s`).
    #[serde(default)]
    pub summary_only: bool,
    /// The planned length in minutes (`--minutes`), kept for the talk's next start.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// The language the talk was last given in (`L` switches it), for its next start without
    /// `--lang`: a Mongolian room is not shown English after a restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::lang::Lang>,
}

impl Place {
    /// When a talk resumed at `now` started: its own start after a short break (the time away
    /// counted, unless the clock was stopped then), else now.
    pub fn clock_start(&self, now: u64) -> u64 {
        if now.saturating_sub(self.seen) > KEEP_CLOCK_SECS {
            now
        } else if self.paused {
            now.saturating_sub(self.seen.saturating_sub(self.started))
        } else {
            self.started
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    tours: BTreeMap<String, Place>,
}

/// The places of every tour: in a file (the app), or in memory only (tests, or no state
/// folder).
#[derive(Debug, Default)]
pub struct Memory {
    path: Option<PathBuf>,
    tours: BTreeMap<String, Place>,
}

/// The file beside the session's `state.json`.
pub fn default_path() -> Option<PathBuf> {
    let state = crate::app::session::default_path()?;
    Some(state.with_file_name("presentations.json"))
}

fn read(path: &Path) -> Result<File, bool> {
    match crate::safe_file::read_regular(path, MAX_FILE) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|_| true),
        Err(_) if !path.exists() => Ok(File::default()),
        Err(_) => Err(true),
    }
}

impl Memory {
    /// Places kept in `path`.
    pub fn at(path: PathBuf) -> Memory {
        Memory {
            path: Some(path),
            tours: BTreeMap::new(),
        }
    }

    /// Where `tour` was left, if anywhere.
    pub fn recall(&self, tour: &str) -> Option<Place> {
        match &self.path {
            Some(p) => read(p).ok()?.tours.get(tour).copied(),
            None => self.tours.get(tour).copied(),
        }
    }

    /// The tour presented last and where it was left: the talk to offer again.
    pub fn latest(&self) -> Option<(String, Place)> {
        let file;
        let tours = match &self.path {
            Some(p) => {
                file = read(p).ok()?;
                &file.tours
            }
            None => &self.tours,
        };
        (tours.iter())
            .max_by_key(|(_, place)| place.seen)
            .map(|(tour, place)| (tour.clone(), *place))
    }

    /// Remembers `place` for `tour`, keeping every other tour's place; an error says why in
    /// words the app gives the reader.
    pub fn remember(&mut self, tour: &str, place: Place) -> Result<(), SaveError> {
        self.tours.insert(tour.to_string(), place);
        let Some(path) = &self.path else {
            return Ok(());
        };
        let failed = |e: std::io::Error| SaveError::io(path, &e);
        let mut file = match read(path) {
            Ok(f) => f,
            Err(_) => {
                let aside = path.with_file_name("presentations.json.damaged");
                std::fs::rename(path, &aside).map_err(failed)?;
                File::default()
            }
        };
        file.tours.insert(tour.to_string(), place);
        let json = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other);
        crate::store::atomic::write(path, &json.map_err(failed)?).map_err(failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(step: usize) -> Place {
        Place {
            step,
            started: 100,
            seen: 200,
            ..Place::default()
        }
    }

    #[test]
    fn each_tour_keeps_its_place_and_other_tours_are_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("presentations.json");
        let mut a = Memory::at(path.clone());
        let mut b = Memory::at(path.clone());
        a.remember("tour-a", place(3)).expect("save");
        b.remember("tour-b", place(5)).expect("save");
        a.remember("tour-a", place(4)).expect("save");
        let fresh = Memory::at(path);
        assert_eq!(fresh.recall("tour-a"), Some(place(4)));
        assert_eq!(
            fresh.recall("tour-b"),
            Some(place(5)),
            "another instance's tour"
        );
        assert_eq!(fresh.recall("tour-c"), None);
    }

    #[test]
    fn a_damaged_file_is_set_aside_not_lost() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("presentations.json");
        std::fs::write(&path, "{not json").expect("write");
        let mut m = Memory::at(path.clone());
        assert_eq!(m.recall("tour-a"), None);
        m.remember("tour-a", place(1)).expect("save");
        assert_eq!(m.recall("tour-a"), Some(place(1)));
        let aside = std::fs::read_to_string(dir.path().join("presentations.json.damaged"));
        assert_eq!(aside.expect("set aside"), "{not json");
    }

    #[test]
    fn without_a_file_places_live_in_memory() {
        let mut m = Memory::default();
        m.remember("t", place(2)).expect("memory");
        assert_eq!(m.recall("t"), Some(place(2)));
    }

    #[test]
    fn a_stopped_clock_resumes_stopped_where_it_was() {
        let p = Place {
            step: 2,
            started: 100,
            seen: 160,
            paused: true,
            ..Place::default()
        };
        assert_eq!(
            p.clock_start(200),
            140,
            "60 s on the clock, the 40 s away not counted"
        );
    }

    #[test]
    fn the_clock_keeps_running_only_after_a_short_break() {
        let p = place(2);
        assert_eq!(p.clock_start(200 + KEEP_CLOCK_SECS), 100);
        assert_eq!(p.clock_start(201 + KEEP_CLOCK_SECS), 201 + KEEP_CLOCK_SECS);
    }
}
