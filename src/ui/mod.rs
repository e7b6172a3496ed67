//! Drawing the TUI from an immutable [`App`]: one file per pane or overlay, the layout and the
//! themes. Nothing here changes the state.

pub mod agenda;
pub mod citation;
mod eight_colours;
pub mod entry;
pub mod facet_panel;
pub mod figure;
pub mod find;
pub mod help;
pub mod kinds;
pub mod layout;
pub mod list;
pub mod matrix;
mod matrix_answers;
mod palette;
pub mod plain;
pub mod present;
mod present_footer;
pub mod problems;
pub mod search;
pub mod search_preview;
pub mod status;
pub mod study;
pub mod theme;
pub use crate::text::fit::fit;
pub use crate::text::titles;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

use crate::app::App;
use crate::app::state::Overlay;
use theme::Theme;

/// Draws the whole screen, in ASCII where the terminal has no Unicode ([`plain`]).
pub fn draw(frame: &mut Frame, app: &App) {
    draw_screen(frame, app);
    plain::fit(frame.buffer_mut());
}

fn draw_screen(frame: &mut Frame, app: &App) {
    if let Some(d) = &app.present {
        present::draw(frame, app, d);
        // `?` and `/` open over the slide: the keys, the search for a question.
        if let Some(overlay) = &app.overlay {
            let th = theme::theme(app.settings.theme, app.settings.no_color);
            let area = frame.area();
            draw_overlay(frame, area, app, overlay, &th);
        }
        return;
    }
    let area = frame.area();
    let th = theme::theme(app.settings.theme, app.settings.no_color);
    frame.buffer_mut().set_style(area, th.base);
    let a = layout::areas(area, app);
    if let Some(r) = a.too_small {
        status::too_small(frame, r, app, &th);
        return;
    }
    if let Some(r) = a.kinds {
        kinds::draw(frame, r, app, &th);
    }
    if let Some(r) = a.list {
        list::draw(frame, r, app, &th);
    }
    if let Some(r) = a.entry {
        entry::draw(frame, r, app, &th);
    }
    if let Some(r) = a.status {
        status::draw(frame, r, app, &th);
    }
    if let Some(overlay) = &app.overlay {
        draw_overlay(frame, overlay_screen(app, area), app, overlay, &th);
    }
}

/// Draws `overlay` over the panes; help opened over a list draws the list under it.
fn draw_overlay(frame: &mut Frame, area: Rect, app: &App, overlay: &Overlay, th: &Theme) {
    match overlay {
        Overlay::Help { scroll, over } => {
            if let Some(list) = over {
                draw_overlay(frame, area, app, list, th);
            }
            help::draw(frame, area, app, *scroll, th)
        }
        Overlay::Search(s) => search::draw(frame, area, app, s, th),
        Overlay::Matrix(v) => matrix::draw(frame, area, app, v, th),
        Overlay::Facets { selected } => facet_panel::draw(frame, area, app, *selected, th),
        Overlay::Bookmarks { selected, removed } => {
            study::bookmarks::draw(frame, area, app, (*selected, removed.len()), th)
        }
        Overlay::Recent {
            selected,
            now,
            clock,
        } => study::recent::draw(frame, area, app, *selected, (*now, *clock), th),
        Overlay::Notes { selected } => {
            study::notes::draw(frame, area, app, selected.as_deref(), th)
        }
        Overlay::Note(ed) => study::note_editor::draw(frame, area, app, ed, th),
        Overlay::Citation { text, scroll } => citation::draw(frame, area, app, text, *scroll, th),
        Overlay::Problems { scroll } => problems::draw(frame, area, app, *scroll, th),
    }
}

/// The screen an overlay is centred on: all of it but a long notice's second status row, so
/// that the notice stays whole under the overlay.
pub fn overlay_screen(app: &App, screen: Rect) -> Rect {
    let extra = layout::areas(screen, app)
        .status
        .map_or(0, |s| s.height.saturating_sub(1));
    Rect {
        height: screen.height.saturating_sub(extra),
        ..screen
    }
}

/// A pane's frame with its title; the focused pane's border stands out.
pub fn block<'a>(title: Line<'a>, focused: bool, th: &Theme) -> Block<'a> {
    let border = if focused { th.border_focus } else { th.border };
    Block::default()
        .borders(Borders::ALL)
        .border_type(if th.thick || focused {
            if th.thick {
                BorderType::Thick
            } else {
                BorderType::Rounded
            }
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(title.style(th.title))
}

/// The [`block`] of a scrolled window `width` columns wide titled `title`, with marks on its
/// border saying there is more above (`above`, top right; bottom left when the title leaves
/// it no room) or below (`below`, bottom right), each naming the keys that show it.
pub fn scroll_marks<'a>(
    title: Line<'a>,
    width: u16,
    above: Option<String>,
    below: Option<String>,
    th: &Theme,
) -> Block<'a> {
    let room = usize::from(width).saturating_sub(title.width() + 2);
    let mut frame_block = block(title, true, th);
    let mark = |text: String| Line::from(Span::styled(format!(" {text} "), th.key));
    if let Some(text) = below {
        frame_block = frame_block.title_bottom(mark(text).right_aligned());
    }
    if let Some(text) = above {
        let mark = mark(text);
        frame_block = match mark.width() < room {
            true => frame_block.title(mark.right_aligned()),
            false => frame_block.title_bottom(mark.left_aligned()),
        };
    }
    frame_block
}

/// Applies `style` to a rectangle, clipped to the frame.
pub fn paint(frame: &mut Frame, r: Rect, style: Style) {
    let r = r.intersection(frame.area());
    if !r.is_empty() {
        frame.buffer_mut().set_style(r, style);
    }
}

/// Writes `s` at (x, y) clipped to `area` (and so never outside the buffer).
pub fn put(buf: &mut ratatui::buffer::Buffer, area: Rect, x: u16, y: u16, s: &str, style: Style) {
    let area = area.intersection(buf.area);
    if x < area.x || y < area.y || x >= area.right() || y >= area.bottom() {
        return;
    }
    buf.set_stringn(x, y, s, (area.right() - x) as usize, style);
}
