//! Reading one entry: where the entry view is scrolled, the selected link, the find bar and the
//! zoom. Written by the reading code in [`super::update`](mod@super::update), [`super::find`] and
//! [`super::figures`]; drawn by `ui/entry.rs` and `ui/find.rs`.

use ratatui::layout::Rect;

use super::document::document;
use super::navigation::navigate;
use super::state::App;
use super::update::screen;
use crate::markdown::render::{Rendered, Target};
use crate::ui::layout::{areas, doc_areas};

/// The find bar of the entry view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    pub query: String,
    /// True while typing; n/N work once the query is confirmed with Enter.
    pub editing: bool,
    pub current: usize,
}

/// The entry view's own state.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The first document line shown.
    pub scroll: usize,
    /// The selected link (ordinal in the entry document).
    pub link: Option<usize>,
    pub find: Option<Find>,
    /// The entry pane takes the whole width while it has the focus (`z`).
    pub zoom: bool,
}

impl Reading {
    /// Back to the top of a newly shown entry, nothing selected.
    pub fn restart(&mut self) {
        self.scroll = 0;
        self.link = None;
        self.find = None;
    }
}

/// The entry document as drawn now, with its area.
pub fn current_doc(app: &App) -> Option<(Rendered, Rect)> {
    let entry = app.current()?;
    let pane = areas(screen(app), app).entry?;
    let (rect, _) = doc_areas(pane, app);
    Some((document(app, entry, app.settings.lang, rect.width as usize), rect))
}

pub fn show_line(app: &mut App, line: usize, height: usize) {
    if line < app.reading.scroll {
        app.reading.scroll = line;
    } else if height > 0 && line >= app.reading.scroll + height {
        app.reading.scroll = line + 1 - height;
    }
}

pub fn clamp_scroll(app: &mut App) {
    if let Some((doc, rect)) = current_doc(app) {
        let max = doc.lines.len().saturating_sub(rect.height as usize);
        app.reading.scroll = app.reading.scroll.min(max);
        if app.reading.link.is_some_and(|l| l >= doc.targets.len()) {
            app.reading.link = None;
        }
    } else {
        app.reading.scroll = 0;
    }
}

pub(super) fn follow(app: &mut App, link: usize) {
    let Some((doc, _)) = current_doc(app) else {
        return;
    };
    match doc.targets.get(link) {
        Some(Target::Entry(id)) => {
            if let Some(to) = app.corpus.index_of(id) {
                navigate(app, to);
            }
        }
        Some(Target::Url(url)) => {
            app.notice = Some(format!("{}: {url}", app.t("tui-external-link")));
        }
        Some(Target::Line(n)) => app.reading.scroll = *n,
        None => {}
    }
}

/// Tab / Shift-Tab: selects the next (previous) link, from the first one on screen when none
/// is selected, and scrolls to it.
pub(super) fn step_link(app: &mut App, next: bool) {
    let Some((doc, rect)) = current_doc(app) else {
        return;
    };
    let n = doc.targets.len();
    if n == 0 {
        return;
    }
    app.reading.link = Some(match app.reading.link {
        Some(l) if next => (l + 1) % n,
        Some(l) => (l + n - 1) % n,
        None if next => (0..n)
            .find(|&l| doc.link_line(l).is_some_and(|x| x >= app.reading.scroll))
            .unwrap_or(0),
        None => n - 1,
    });
    if let Some(line) = app.reading.link.and_then(|l| doc.link_line(l)) {
        show_line(app, line, rect.height as usize);
    }
}
