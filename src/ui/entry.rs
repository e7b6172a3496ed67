//! The entry view: the entry's document (see [`crate::app::document`]) scrolled, with the
//! selected link and find matches highlighted, a scrollbar, the find bar, and the other
//! language beside it when both are shown.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::layout::{doc_areas, inner};
use super::theme::Theme;
use super::{block, find, paint};
use crate::app::App;
use crate::app::document::document;
use crate::app::state::Pane;
use crate::app::update::find_matches;
use crate::inert::inert;
use crate::markdown::render::Rendered;

fn lines(doc: &Rendered, scroll: usize, height: usize) -> Vec<Line<'static>> {
    doc.lines
        .iter()
        .skip(scroll)
        .take(height)
        .cloned()
        .collect()
}

/// `title` on the top border of a pane `width` wide, a space before it and after it where
/// there is room: whole, or cut after a word with "…" (the border cut it mid-word, with no
/// mark: «…инновацийн ка»).
fn border_title(title: &str, width: u16) -> String {
    let room = usize::from(width).saturating_sub(3);
    let cut = match crate::ui::search::snippet_within(title, room) {
        cut if cut.is_empty() => crate::figure::layout::truncate(title, room),
        cut => cut,
    };
    match crate::markdown::wrap::str_width(&cut) < room {
        true => format!(" {cut} "),
        false => format!(" {cut}"),
    }
}

pub fn draw(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    let focused = app.nav.focus == Pane::Entry;
    let Some(index) = app.current() else {
        frame.render_widget(block(Line::from(""), focused, th), r);
        let msg = Paragraph::new(app.t("tui-no-entry")).style(th.dim);
        frame.render_widget(msg, inner(r));
        return;
    };
    let e = app.corpus.entry(index);
    let title = border_title(&inert(e.title.show(app.settings.lang)), r.width);
    frame.render_widget(block(Line::from(title), focused, th), r);
    let (body, other) = doc_areas(r, app);
    let doc = document(app, index, app.settings.lang, body.width as usize);
    let h = body.height as usize;
    let scroll = app.reading.scroll.min(doc.lines.len().saturating_sub(h));
    frame.render_widget(Paragraph::new(lines(&doc, scroll, h)), body);

    let visible = |line: usize| line >= scroll && line < scroll + h;
    let cell = |line: usize, cols: &std::ops::Range<usize>| {
        Rect::new(
            body.x + cols.start.min(body.width as usize) as u16,
            body.y + (line - scroll) as u16,
            (cols.end.min(body.width as usize) - cols.start.min(body.width as usize)) as u16,
            1,
        )
    };
    if let Some(l) = app.reading.link {
        for s in doc.spans.iter().filter(|s| s.link == l && visible(s.line)) {
            paint(frame, cell(s.line, &s.cols), th.link_selected);
        }
    }
    if let Some(f) = &app.reading.find {
        let matches = find_matches(&doc, &f.query);
        for (n, (line, cols)) in matches.iter().enumerate() {
            if visible(*line) {
                let style = if n == f.current {
                    th.find_current
                } else {
                    th.find_match
                };
                paint(frame, cell(*line, cols), style);
            }
        }
        let i = inner(r);
        if i.height > 0 {
            let bar = Rect::new(i.x, i.bottom() - 1, i.width, 1);
            find::draw(frame, bar, app, f, matches.len(), th);
        }
    }
    if let Some(o) = other {
        let doc2 = document(app, index, app.settings.lang.other(), o.width as usize);
        let s2 = scroll.min(doc2.lines.len().saturating_sub(h));
        frame.render_widget(Paragraph::new(lines(&doc2, s2, h)), o);
        let sep = Rect::new(o.x.saturating_sub(1), o.y, 1, o.height);
        let bar: Vec<Line> = (0..o.height).map(|_| Line::from("│")).collect();
        frame.render_widget(Paragraph::new(bar).style(th.border), sep);
    }
    if doc.lines.len() > h && h > 0 {
        let mut state = ScrollbarState::new(doc.lines.len().saturating_sub(h)).position(scroll);
        let area = r.inner(Margin {
            vertical: 1,
            horizontal: 0,
        });
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .style(th.border),
            area,
            &mut state,
        );
    }
}
