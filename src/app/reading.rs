//! Reading one entry: where the entry view is scrolled, the selected link, the find bar and the
//! zoom, with what moves them (links, following a link, keeping the scroll in range). The fields
//! change only through [`Reading`]'s methods and the functions here, and the find bar's text in
//! [`super::find`]. Drawn by `ui/entry.rs` and `ui/find.rs`.

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
    /// Back to the top of a newly shown entry, nothing selected, the find bar closed.
    pub fn restart(&mut self) {
        self.to_top();
        self.find = None;
    }

    /// Back to the top, no link selected (the find bar stays).
    pub fn to_top(&mut self) {
        self.scroll = 0;
        self.link = None;
    }

    /// At a remembered place in an entry (see [`super::navigation::Place`]), the find bar closed.
    pub fn at(&mut self, scroll: usize, link: Option<usize>) {
        self.scroll = scroll;
        self.link = link;
        self.find = None;
    }

    /// Scrolls to `line` (kept in range later by [`clamp_scroll`]).
    pub fn scroll_to(&mut self, line: usize) {
        self.scroll = line;
    }

    /// Scrolls `lines` up (negative) or down.
    pub fn scroll_by(&mut self, lines: isize) {
        self.scroll = self.scroll.saturating_add_signed(lines);
    }

    pub fn select_link(&mut self, link: Option<usize>) {
        self.link = link;
    }

    /// Ctrl-F: an empty find bar, typing.
    pub fn open_find(&mut self) {
        self.find = Some(Find {
            editing: true,
            ..Find::default()
        });
    }

    pub fn close_find(&mut self) {
        self.find = None;
    }

    /// Whether a find in the entry is being typed (the find bar has the keys).
    pub fn typing_find(&self) -> bool {
        self.find.as_ref().is_some_and(|f| f.editing)
    }

    /// Whether the find bar is open (Esc closes it first).
    pub fn finding(&self) -> bool {
        self.find.is_some()
    }

    /// Esc in the entry view: closes the find bar, else drops the link selection.
    pub fn escape(&mut self) {
        if self.find.is_some() {
            self.find = None;
        } else {
            self.link = None;
        }
    }

    pub fn toggle_zoom(&mut self) {
        self.zoom = !self.zoom;
    }
}

/// `z`: the entry pane alone at the screen's width, or the lists back. Where the entry already
/// fills the screen (a narrow terminal), zoom would change nothing now and hide the lists later
/// on a wider screen, so it stays off and the status line says why.
pub(super) fn zoom(app: &mut App) {
    let screen = screen(app);
    if !app.reading.zoom && app.nav.focus == super::state::Pane::Entry {
        let unzoomed = areas(screen, app);
        app.reading.toggle_zoom();
        if areas(screen, app) == unzoomed {
            app.reading.toggle_zoom();
            app.status.say(app.t("tui-zoom-nothing"));
        }
        return;
    }
    app.reading.toggle_zoom();
}

/// The entry document as drawn now, with its area.
pub fn current_doc(app: &App) -> Option<(Rendered, Rect)> {
    let entry = app.current()?;
    let pane = areas(screen(app), app).entry?;
    let (rect, _) = doc_areas(pane, app);
    Some((
        document(app, entry, app.settings.lang, rect.width as usize),
        rect,
    ))
}

/// Scrolls just enough that `line` is on a screen of `height` lines.
pub fn show_line(app: &mut App, line: usize, height: usize) {
    let r = &mut app.reading;
    if line < r.scroll {
        r.scroll = line;
    } else if height > 0 && line >= r.scroll + height {
        r.scroll = line + 1 - height;
    }
}

/// Keeps the scroll and the selected link inside the entry as drawn now.
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

/// Enter on a link: opens the entry it names, shows a web address, or scrolls to a line.
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
            app.status
                .say(format!("{}: {url}", app.t("tui-external-link")));
        }
        Some(Target::Line(n)) => app.reading.scroll_to(*n),
        None => {}
    }
}

/// Tab / Shift-Tab: selects the next (previous) link and scrolls to it. A selected link on
/// screen is stepped from; otherwise (none chosen, or scrolled or found away from it) the
/// step starts from what the reader is looking at: the find bar's current match when it is
/// on screen, else the view, Tab taking the first link at or after it and Shift-Tab the last
/// one at or before it.
pub(super) fn step_link(app: &mut App, next: bool) {
    let Some((doc, rect)) = current_doc(app) else {
        return;
    };
    let n = doc.targets.len();
    if n == 0 {
        return;
    }
    let height = rect.height as usize;
    let (top, bottom) = (app.reading.scroll, app.reading.scroll + height.max(1));
    let on_screen = |line: usize| (top..bottom).contains(&line);
    let found = found_line(app, &doc).filter(|&l| on_screen(l));
    // A link wrapped over lines counts as at each of them.
    let lines = |l: usize| doc.link_lines(l);
    let from_selected = app.reading.link.filter(|&l| {
        lines(l).is_some_and(|(first, last)| {
            (on_screen(first) || on_screen(last))
                && found.is_none_or(|f| if next { last >= f } else { first <= f })
        })
    });
    app.reading.link = Some(match from_selected {
        Some(l) if next => (l + 1) % n,
        Some(l) => (l + n - 1) % n,
        None if next => {
            let from = found.unwrap_or(top);
            (0..n)
                .find(|&l| lines(l).is_some_and(|(_, last)| last >= from))
                .unwrap_or(0)
        }
        None => {
            let to = found.unwrap_or(bottom - 1);
            (0..n)
                .rev()
                .find(|&l| lines(l).is_some_and(|(first, _)| first <= to))
                .unwrap_or(n - 1)
        }
    });
    if let Some(line) = app.reading.link.and_then(|l| doc.link_line(l)) {
        show_line(app, line, height);
    }
}

/// The line of the find bar's current match, once its query is confirmed.
fn found_line(app: &App, doc: &Rendered) -> Option<usize> {
    let find = app.reading.find.as_ref().filter(|f| !f.editing)?;
    let matches = super::find::find_matches(doc, &find.query);
    matches.get(find.current).map(|m| m.0)
}
