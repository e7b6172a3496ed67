//! The notes screen drives the talk: a step key pressed at the laptop (next, previous, first,
//! last, a step by number, the step's charts, the break clock, an entry found for a question)
//! reaches the presenter through a request file of its own in the same private
//! runtime folder as the state files (`request-<tour>.<nanos>.<sender>.<presenter>.json`,
//! 0600, written whole), which the presenter it names takes — reads and removes — between
//! frames (two presentations of one tour each take only their own). A request older than a few seconds
//! is dropped, not applied: a key pressed while no talk ran never moves a later one. `f` at a step
//! with no chart to show is answered on the notes screen, not on the room's footer.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::deck::Deck;
use super::sync::private_dir;
use crate::corpus::Corpus;

/// A request older than this many seconds is dropped.
pub const FRESH_SECS: u64 = 5;

/// A key pressed on the notes screen for the presenter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    Next,
    Previous,
    PauseClock,
    /// `f`: the step's next chart over it on the projector (after the last, the step again).
    NextFigure,
    /// Home and End: the first step, the last.
    First,
    Last,
    /// `g`, a number and Enter: that step (0-based; one the tour does not have is never sent).
    Step(usize),
    /// `/`, a question and Enter: the entry with this id shown over the step, as an answer.
    Show(String),
}

impl Request {
    /// The presentation's action for the request at `deck`'s step. None for `f` at a step with
    /// no chart to show over it: the notes screen answers that itself, and the room's footer
    /// stays as it was.
    pub fn action(self, deck: &Deck, corpus: &Corpus) -> Option<crate::app::action::Action> {
        use crate::app::action::Action;
        Some(match self {
            Request::Next => Action::NextStep,
            Request::Previous => Action::PrevStep,
            Request::PauseClock => Action::PauseClock,
            Request::NextFigure if deck.figures(corpus).is_empty() => return None,
            Request::NextFigure => Action::NextFigure,
            Request::First => Action::Top,
            Request::Last => Action::Bottom,
            Request::Step(k) => Action::GoToStep(k),
            Request::Show(id) => Action::ShowAnswer(corpus.index_of(&id)?),
        })
    }

    /// The request a key's action makes on the notes screen, if any.
    pub fn of(action: &crate::app::action::Action) -> Option<Request> {
        use crate::app::action::Action;
        match action {
            Action::NextStep | Action::Open => Some(Request::Next),
            Action::PrevStep => Some(Request::Previous),
            Action::PauseClock => Some(Request::PauseClock),
            Action::NextFigure => Some(Request::NextFigure),
            Action::Top => Some(Request::First),
            Action::Bottom => Some(Request::Last),
            Action::GoToStep(k) => Some(Request::Step(*k)),
            _ => None,
        }
    }
}

fn nanos() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

/// The start of the request files' names for `tour` (ids hold no dot, so `tour` never matches
/// another tour whose id begins with it).
fn prefix(tour: &str) -> String {
    format!("request-{tour}.")
}

/// Sends `request` to the presenter of `tour` in process `presenter`.
pub fn send(dir: &Path, tour: &str, presenter: u32, request: Request) -> std::io::Result<()> {
    private_dir(dir)?;
    let json = serde_json::to_vec(&request).map_err(std::io::Error::other)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, &json)?;
    let name = format!(
        "{}{:039}.{}.{presenter}.json",
        prefix(tour),
        nanos(),
        std::process::id()
    );
    tmp.persist(dir.join(name)).map_err(|e| e.error)?;
    Ok(())
}

/// The presenter's side: the requests for `tour` sent to this process (or to no process named)
/// in the order they were sent, each removed as it is taken; stale ones, whoever they were
/// for, are removed unapplied.
pub fn take(dir: &Path, tour: &str) -> Vec<Request> {
    take_for(dir, tour, std::process::id())
}

/// [`take`] as the presenter in process `me`.
fn take_for(dir: &Path, tour: &str, me: u32) -> Vec<Request> {
    let prefix = prefix(tour);
    let Ok(list) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = list
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".json"))
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    names.sort();
    let oldest = nanos().saturating_sub(u128::from(FRESH_SECS) * 1_000_000_000);
    let mut out = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let parts: Vec<&str> = name[prefix.len()..].split('.').collect();
        let sent: u128 = parts.first().and_then(|n| n.parse().ok()).unwrap_or(0);
        // `NANOS.SENDER.PRESENTER.json`; a name without the presenter is for anyone.
        let for_me = parts.len() < 4 || parts[2].parse::<u32>().is_ok_and(|p| p == me);
        if !for_me {
            if sent < oldest {
                let _ = std::fs::remove_file(&path);
            }
            continue;
        }
        let text = std::fs::read(&path);
        if std::fs::remove_file(&path).is_err() || sent < oldest {
            continue;
        }
        if let Some(r) = text.ok().and_then(|t| serde_json::from_slice(&t).ok()) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_arrive_once_in_order_and_only_for_their_tour() {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        let me = std::process::id();
        send(&runtime, "tour-a", me, Request::Next).expect("send");
        send(&runtime, "tour-a-b", me, Request::Previous).expect("send");
        send(&runtime, "tour-a", me, Request::PauseClock).expect("send");
        send(&runtime, "tour-a", me, Request::Next).expect("send");
        assert_eq!(
            take(&runtime, "tour-a"),
            [Request::Next, Request::PauseClock, Request::Next]
        );
        assert_eq!(take(&runtime, "tour-a"), [], "taken once");
        assert_eq!(take(&runtime, "tour-a-b"), [Request::Previous]);
    }

    #[test]
    fn a_stale_request_is_dropped_and_a_broken_one_ignored() {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        send(&runtime, "tour-a", std::process::id(), Request::Next).expect("send");
        let old = format!("{}{:039}.1.json", prefix("tour-a"), 1_000_000_000u128);
        std::fs::write(runtime.join(&old), b"\"Next\"").expect("plant");
        let broken = format!("{}{:039}.2.json", prefix("tour-a"), nanos());
        std::fs::write(runtime.join(&broken), b"{not json").expect("plant");
        assert_eq!(take(&runtime, "tour-a"), [Request::Next]);
        assert!(!runtime.join(old).exists(), "the stale one is removed");
        assert!(!runtime.join(broken).exists());
    }

    /// Two presentations of one tour (two sessions of one user): a key on a notes screen
    /// reaches only the presenter it follows; a request for a presenter that is gone is
    /// removed once stale.
    #[test]
    fn a_request_reaches_only_the_presenter_it_names() {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        send(&runtime, "tour-a", 101, Request::Next).expect("send");
        send(&runtime, "tour-a", 202, Request::Previous).expect("send");
        assert_eq!(take_for(&runtime, "tour-a", 202), [Request::Previous]);
        assert_eq!(take_for(&runtime, "tour-a", 101), [Request::Next]);
        let stale = format!("{}{:039}.1.303.json", prefix("tour-a"), 1_000_000_000u128);
        std::fs::write(runtime.join(&stale), b"\"Next\"").expect("plant");
        assert_eq!(take_for(&runtime, "tour-a", 101), []);
        assert!(
            !runtime.join(stale).exists(),
            "a stale request for another goes"
        );
    }
}
