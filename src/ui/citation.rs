//! The citation window (`y`): the citation just sent to the terminal's clipboard, wrapped whole,
//! so a reader whose terminal dropped it can read it or select it by hand. Where the screen is
//! too small for all of it, the citation scrolls (a scrollbar and `↓`/`↑` marks on the border
//! say there is more) and the hint on what to do stays in view below it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use crate::app::App;
use crate::inert::inert;
use crate::markdown::wrap::wrap_words;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{paint, scroll_marks};

/// The window's widest.
const MAX_WIDTH: u16 = 90;

/// The window's parts on `screen`: its frame, the rows of the citation (wrapped), where they
/// go, and the hint's rows and where they go.
struct Parts {
    frame: Rect,
    rows: Vec<String>,
    body: Rect,
    hint: Vec<String>,
    hint_area: Rect,
}

fn hint(app: &App) -> String {
    app.t(if app.settings.mouse {
        "cite-window-hint-mouse"
    } else {
        "cite-window-hint"
    })
}

fn parts(app: &App, screen: Rect, text: &str) -> Parts {
    // The window's inside, less one column for the scrollbar.
    let inside = inner(centered(screen, MAX_WIDTH, 1)).width;
    let width = usize::from(inside.saturating_sub(1)).max(1);
    // One line per language, the reader's own first as the clipboard has them
    // (`corpus::citation::citation`), a blank row after each.
    let mut rows: Vec<String> = Vec::new();
    for line in text.lines() {
        if !rows.is_empty() {
            rows.push(String::new());
        }
        rows.extend(wrap_words(&inert(line), width, 0));
    }
    let hint = wrap_words(&hint(app), width, 0);
    // The rows, a blank one, the hint, in borders.
    let wanted = rows.len() + 1 + hint.len() + 2;
    let frame = centered(screen, MAX_WIDTH, u16::try_from(wanted).unwrap_or(u16::MAX));
    let i = inner(frame);
    let hint_rows = u16::try_from(hint.len()).unwrap_or(u16::MAX).min(i.height);
    let hint_area = Rect::new(i.x, i.bottom() - hint_rows, i.width, hint_rows);
    // A blank row between the citation and the hint where there is room.
    let gap = u16::from(i.height > hint_rows + 1);
    let body = Rect::new(
        i.x,
        i.y,
        i.width.saturating_sub(1),
        i.height.saturating_sub(hint_rows + gap),
    );
    Parts {
        frame,
        rows,
        body,
        hint,
        hint_area,
    }
}

/// The rows of the citation shown at once on `screen`, and the largest useful scroll.
pub fn page_and_max(app: &App, screen: Rect, text: &str) -> (usize, usize) {
    let p = parts(app, screen, text);
    let page = usize::from(p.body.height);
    (page.max(1), p.rows.len().saturating_sub(page))
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, text: &str, scroll: usize, th: &Theme) {
    let p = parts(app, screen, text);
    frame.render_widget(Clear, p.frame);
    paint(frame, p.frame, th.base);
    let page = usize::from(p.body.height);
    let max = p.rows.len().saturating_sub(page);
    let scroll = scroll.min(max);
    // Marks on the border say there is more above or below, and which keys show it.
    let frame_block = scroll_marks(
        Line::from(format!(" {} ", app.t("cite-title"))),
        p.frame.width,
        (scroll > 0).then(|| app.t("cite-more-above")),
        (scroll < max).then(|| app.t("cite-more-below")),
        th,
    );
    frame.render_widget(frame_block, p.frame);
    let shown: Vec<Line> = p
        .rows
        .into_iter()
        .skip(scroll)
        .take(page)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(shown), p.body);
    let hint: Vec<Line> = p
        .hint
        .into_iter()
        .map(|l| Line::from(Span::styled(l, th.dim)))
        .collect();
    frame.render_widget(Paragraph::new(hint), p.hint_area);
    if max > 0 {
        let mut state = ScrollbarState::new(max).position(scroll);
        let area = Rect::new(p.body.right(), p.body.y, 1, p.body.height);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .style(th.border),
            area.intersection(p.frame),
            &mut state,
        );
    }
}
