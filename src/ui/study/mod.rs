//! The study views drawn over the panes: the bookmarks view, the notes list, the recently
//! read list and the built-in note editor (their behaviour is in `app/study/`, file for file).

pub mod bookmarks;
pub mod note_editor;
pub mod notes;
pub mod recent;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::App;
use crate::ui::layout::{centered, inner};
use crate::ui::theme::Theme;
use crate::ui::{block, paint};

/// A list box over the panes, at most `width` columns wide (and never wider than the screen
/// leaves room for), titled with its count: the area inside for the rows, or `None` when there
/// are none (the text `empty` is shown then).
fn list_box(
    frame: &mut Frame,
    screen: Rect,
    app: &App,
    th: &Theme,
    (title, count, width): (&str, usize, u16),
    empty: &str,
) -> Option<Rect> {
    let r = centered(screen, width, 30);
    frame.render_widget(Clear, r);
    paint(frame, r, th.base);
    let title = format!(" {} ({count}) ", app.t(title));
    let mut framed = block(Line::from(title), true, th);
    if let Some(owner) = owner(app) {
        framed = framed.title_bottom(Line::styled(format!(" {owner} "), th.dim));
    }
    frame.render_widget(framed, r);
    let i = inner(r);
    if count == 0 {
        let msg = Paragraph::new(empty.to_string())
            .style(th.dim)
            .wrap(Wrap { trim: true });
        frame.render_widget(msg, i);
        return None;
    }
    Some(i)
}

/// Whose bookmarks and notes these are, under their windows: the profile's name, or that
/// everyone using the computer shares them and how to keep one's own; nothing when they are not
/// saved at all.
fn owner(app: &App) -> Option<String> {
    app.study.store.as_ref()?;
    Some(match &app.study.owner {
        Some(name) => app.tf("study-owner-profile", &[("profile", name.clone())]),
        None => app.t("study-owner-shared"),
    })
}

/// The kind of entry `id` as the list shows it ("?" for an entry this run did not load).
fn kind_label(app: &App, id: &str) -> String {
    (app.corpus.get(id)).map_or("?".to_string(), |e| {
        app.t(&format!("kind-{}", e.kind.name()))
    })
}

/// The rows of an entry this run did not load, in a list whose title column starts after
/// `lead` (the kind column, drawn first) and is `room` wide: its id and why it is not loaded
/// (with the folder to open: [`crate::app::study::absent`]), wrapped under the title column,
/// never cut, so the folder named can be read and copied whole.
fn absent_rows(
    app: &App,
    id: &str,
    lead: Span<'static>,
    room: usize,
    th: &Theme,
) -> Vec<Line<'static>> {
    let text = absent_text(app, id);
    let indent = " ".repeat(crate::markdown::wrap::str_width(&lead.content));
    let wrapped = crate::markdown::wrap::wrap_words(&text, room.max(1), 0);
    let mut lead = Some(lead);
    wrapped
        .into_iter()
        .map(|part| {
            let first = lead.take().unwrap_or_else(|| Span::raw(indent.clone()));
            Line::from(vec![first, Span::styled(part, th.dim)])
        })
        .collect()
}

/// The columns the id and why of entry `id`, not loaded this run, take on one row.
fn absent_width(app: &App, id: &str) -> usize {
    crate::markdown::wrap::str_width(&absent_text(app, id))
}

/// The id of entry `id`, not loaded this run, and why (see [`absent_rows`]).
fn absent_text(app: &App, id: &str) -> String {
    format!(
        "{} ({})",
        crate::inert::inert(id),
        crate::app::study::absent::listed(app, id)
    )
}

/// The row each item starts on, when the items take `heights` rows each.
fn starts(heights: impl Iterator<Item = usize>) -> Vec<usize> {
    heights
        .scan(0, |row, h| {
            let at = *row;
            *row += h;
            Some(at)
        })
        .collect()
}

/// The titles of a list's rows fitted together to their widths (see [`crate::ui::titles`]);
/// `None` (an entry this run did not load) stays `None`.
fn fit_titles(
    titles: &[Option<String>],
    widths: impl Iterator<Item = usize>,
) -> Vec<Option<String>> {
    let rows: Vec<(&str, usize)> = (titles.iter().zip(widths))
        .filter_map(|(t, w)| t.as_deref().map(|t| (t, w)))
        .collect();
    let mut fitted = crate::ui::titles::fit_column(&rows).into_iter();
    titles
        .iter()
        .map(|t| t.as_ref().and_then(|_| fitted.next()))
        .collect()
}
