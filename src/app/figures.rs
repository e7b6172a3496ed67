//! Jumping to the figures an entry names: `F` in the entry view selects the next link to a
//! `figure` entry (after the selected link, wrapping around) and scrolls to it; Enter opens it.

use super::reading::{current_doc, show_line};
use super::state::App;
use crate::corpus::model::Kind;
use crate::markdown::render::Target;

/// Selects the next link to a figure; a notice says so when the entry names none.
pub fn next_figure(app: &mut App) {
    let Some((doc, rect)) = current_doc(app) else {
        return;
    };
    let is_figure = |l: usize| match doc.targets.get(l) {
        Some(Target::Entry(id)) => app.corpus.get(id).is_some_and(|e| e.kind == Kind::Figure),
        _ => false,
    };
    let n = doc.targets.len();
    let start = app.reading.link.map_or(0, |l| l + 1);
    let found = (0..n).map(|i| (start + i) % n).find(|&l| is_figure(l));
    match found {
        Some(l) => {
            app.reading.select_link(Some(l));
            if let Some(line) = doc.link_line(l) {
                show_line(app, line, rect.height as usize);
            }
        }
        None => app.status.say(app.t("tui-no-figures")),
    }
}
