//! Where a presentation is (its tour, step, language, clock and what the room sees over the
//! step) and the content its presenter loaded, as a presenter's state file holds them; with
//! the commands that start the notes screen or the talk on that same content.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::present::screen::Screen;

/// Where a presentation is: which tour, which step, which language, since when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub tour: String,
    /// 0-based step index.
    pub step: usize,
    /// The step the talk has reached in order, where its pace is measured (0-based); missing in
    /// a file written before it was published: the step on screen.
    #[serde(default)]
    pub pace_at: Option<usize>,
    pub lang: Lang,
    /// Seconds since the Unix epoch when the talk started.
    pub started: u64,
    /// When the presenter stopped the clock for a break, if it is stopped.
    #[serde(default)]
    pub paused_at: Option<u64>,
    /// The talk's planned length in minutes, if the presenter gave one.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// What the room sees besides the step (a figure, the agenda …); missing in a file written
    /// before it was published: nothing over the step.
    #[serde(default)]
    pub screen: Screen,
    /// What the presenter loaded: its content folders, made absolute (a notes screen started
    /// elsewhere without them is told the command that loads them). Missing in a file
    /// written before it was published: the built-in content.
    #[serde(default)]
    pub content: Loaded,
    /// The talk opened in the language it was last given in, not the one its start would have
    /// used, and its presenter has not pressed `L` since; missing in a file written before it
    /// was published: not kept.
    #[serde(default)]
    pub lang_kept: bool,
}

/// The content a presenter loaded, for the command that starts notes on the same.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loaded {
    /// The folders, in the order loaded (`TOLI_CONTENT`'s, then each `--content`).
    pub dirs: Vec<PathBuf>,
    /// `--no-builtin`: the shipped content was left out.
    pub no_builtin: bool,
}

impl Loaded {
    /// What `sources` loads, its folders made absolute from the current folder.
    pub fn of(sources: &crate::corpus::load::Sources) -> Loaded {
        let absolute = |d: &PathBuf| std::path::absolute(d).unwrap_or_else(|_| d.clone());
        Loaded {
            dirs: sources.dirs.iter().map(absolute).collect(),
            no_builtin: !sources.builtin,
        }
    }

    /// `toli present TOUR --notes` with the options that load this content.
    pub fn notes_command(&self, tour: &str) -> String {
        let tour = crate::shell::quote(tour);
        format!("toli present {tour} --notes{}", self.options())
    }

    /// [`Self::notes_command`] for the presentation in process `presenter` only, one of
    /// several of the tour.
    pub fn notes_command_for(&self, tour: &str, presenter: u32) -> String {
        let tour = crate::shell::quote(tour);
        format!(
            "toli present {tour} --notes --presenter {presenter}{}",
            self.options()
        )
    }

    /// `toli present TOUR` (or `toli present` without one) with the options that load this
    /// content: what starts the talk the notes screen waits for.
    pub fn present_command(&self, tour: Option<&str>) -> String {
        match tour {
            Some(tour) => format!(
                "toli present {}{}",
                crate::shell::quote(tour),
                self.options()
            ),
            None => format!("toli present{}", self.options()),
        }
    }

    /// ` --content DIR` for each folder, then ` --no-builtin` when the shipped content is out.
    fn options(&self) -> String {
        let mut options = String::new();
        for dir in &self.dirs {
            let dir = crate::shell::quote(&dir.display().to_string());
            options += &format!(" --content {dir}");
        }
        if self.no_builtin {
            options += " --no-builtin";
        }
        options
    }
}

impl Position {
    /// Seconds the talk has run at `now`, breaks left out.
    pub fn elapsed(&self, now: u64) -> u64 {
        self.paused_at.unwrap_or(now).saturating_sub(self.started)
    }
}
