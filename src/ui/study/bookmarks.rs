//! The bookmarks view: each bookmarked entry's kind and title, newest last; an entry not
//! loaded this run, its id and why, in as many rows as that takes. Emptied by `d`, it says
//! none are left and that `u` puts back the one removed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::ui::list::rows;
use crate::ui::theme::Theme;

/// The narrowest the window is drawn, in columns: a short list keeps the width it always had.
const NARROWEST: u16 = 80;

/// The window's width: as wide as its widest row wants (kind, whole title, the note's mark, or
/// the id and why of an entry not loaded), never under [`NARROWEST`]; the screen bounds it.
fn width(app: &App) -> u16 {
    let bookmarks = &app.study.bookmarks.items;
    let kind_w = (bookmarks.iter())
        .map(|b| str_width(&super::kind_label(app, &b.id)))
        .max()
        .unwrap_or(0);
    let note_w = str_width(&format!("  ✎ {}", app.t("note-title")));
    let widest = (bookmarks.iter())
        .map(|b| {
            let named = match app.corpus.get(&b.id) {
                Some(e) => str_width(&inert(e.title.show(app.settings.lang))),
                None => super::absent_width(app, &b.id),
            };
            let note = app.study.notes.contains_key(&b.id);
            kind_w + 1 + named + if note { note_w } else { 0 }
        })
        .max()
        .unwrap_or(0);
    // Two columns of border around the rows.
    u16::try_from(widest + 2).map_or(u16::MAX, |w| w.max(NARROWEST))
}

/// Draws the list with the bookmark `selected`; `removed`: how many bookmarks were removed
/// while it is open, so an empty list says none are left and that `u` puts them back.
pub fn draw(
    frame: &mut Frame,
    screen: Rect,
    app: &App,
    (selected, removed): (usize, usize),
    th: &Theme,
) {
    let bookmarks = &app.study.bookmarks.items;
    let box_of = ("bookmarks-title", bookmarks.len(), width(app));
    let empty = match removed {
        0 => app.t("bookmarks-empty"),
        n => app.tf("bookmarks-none-left", &[("removed", n.to_string())]),
    };
    let Some(i) = super::list_box(frame, screen, app, th, box_of, &empty) else {
        return;
    };
    let kind_of = |id: &str| super::kind_label(app, id);
    let kind_w = bookmarks
        .iter()
        .map(|b| str_width(&kind_of(&b.id)))
        .max()
        .unwrap_or(0);
    let titles: Vec<Option<String>> = (bookmarks.iter())
        .map(|b| {
            (app.corpus.get(&b.id)).map(|e| inert(e.title.show(app.settings.lang)).into_owned())
        })
        .collect();
    // The note's mark says "✎ My note" where the whole title fits beside it, else only "✎":
    // the title is what the reader looks for.
    let named_mark = format!("  ✎ {}", app.t("note-title"));
    let marks: Vec<String> = (bookmarks.iter().zip(&titles))
        .map(|(b, title)| {
            if !app.study.notes.contains_key(&b.id) {
                return String::new();
            }
            let title_w = title.as_deref().map_or(0, str_width);
            let fits = kind_w + 1 + title_w + str_width(&named_mark) <= i.width as usize;
            if fits || title.is_none() {
                named_mark.clone()
            } else {
                "  ✎".to_owned()
            }
        })
        .collect();
    let room = |mark: &str| (i.width as usize).saturating_sub(kind_w + 1 + str_width(mark));
    let fitted = super::fit_titles(&titles, marks.iter().map(|m| room(m)));
    // A bookmark on an entry not loaded takes the rows its explanation needs.
    let items: Vec<Vec<Line<'static>>> = (bookmarks.iter().zip(fitted).zip(marks))
        .map(|((b, title), mark)| {
            let kind = kind_of(&b.id);
            let pad = " ".repeat(kind_w.saturating_sub(str_width(&kind)) + 1);
            let lead = Span::styled(kind + &pad, th.dim);
            let room = room(&mark);
            let note = Span::styled(mark, th.dim);
            match title {
                Some(title) => vec![Line::from(vec![lead, Span::raw(title), note])],
                None => {
                    let mut lines = super::absent_rows(app, &b.id, lead, room, th);
                    if let Some(last) = lines.last_mut() {
                        last.push_span(note);
                    }
                    lines
                }
            }
        })
        .collect();
    let at = super::starts(items.iter().map(Vec::len));
    let row = at.get(selected).copied().unwrap_or(0);
    rows(
        frame,
        i,
        items.into_iter().flatten().collect(),
        row,
        true,
        th,
    );
}
