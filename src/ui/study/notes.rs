//! The notes list (`E`), in the order of the entries' titles in the language shown: each noted
//! entry's kind, title and the note's first line (after what it is, when it is not saved yet or
//! holds two versions to choose from); an entry not loaded this run, its id and why, in as many
//! rows as that takes.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::study::notes::{first_line, label, listed, selected_row};
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::ui::list::rows;
use crate::ui::theme::Theme;

pub fn draw(
    frame: &mut Frame,
    screen: ratatui::layout::Rect,
    app: &App,
    selected: Option<&str>,
    th: &Theme,
) {
    let box_of = ("notes-title", app.study.notes.len(), 100);
    let Some(i) = super::list_box(frame, screen, app, th, box_of, &app.t("notes-empty")) else {
        return;
    };
    let order = listed(app);
    let selected = selected_row(&order, selected);
    let notes: Vec<(&str, &str)> = (order.iter())
        .filter_map(|&id| Some((id, app.study.notes.get(id)?.as_str())))
        .collect();
    let kind_of = |id: &str| super::kind_label(app, id);
    let kind_w = (notes.iter())
        .map(|(id, _)| str_width(&kind_of(id)))
        .max()
        .unwrap_or(0);
    let titles: Vec<Option<String>> = (notes.iter())
        .map(|(id, _)| {
            (app.corpus.get(id)).map(|e| inert(e.title.show(app.settings.lang)).into_owned())
        })
        .collect();
    let room = (i.width as usize).saturating_sub(kind_w + 1);
    let fitted = super::fit_titles(&titles, std::iter::repeat(room));
    // Each note takes two rows: its entry, then its first line under the title, where a
    // narrow screen still has room for it.
    let indent = " ".repeat(kind_w + 1);
    let note_room = (i.width as usize).saturating_sub(kind_w + 3);
    let items: Vec<Vec<Line<'static>>> = (notes.iter().zip(fitted))
        .map(|(&(id, note), title)| {
            let kind = kind_of(id);
            let pad = " ".repeat(kind_w.saturating_sub(str_width(&kind)) + 1);
            let lead = Span::styled(kind + &pad, th.dim);
            // A note on an entry not loaded says why under its id, in the rows that takes.
            let mut lines = match title {
                Some(title) => vec![Line::from(vec![lead, Span::raw(title)])],
                None => super::absent_rows(app, id, lead, room, th),
            };
            // A note not saved yet, or holding two versions to choose from, says so first.
            let label = label(app, id, note).map(|l| l + " ");
            let room = note_room.saturating_sub(label.as_deref().map_or(0, str_width));
            // Cut after a word, so that a cut word never reads as a misspelt one.
            let line = inert(first_line(note));
            let first = match crate::ui::search::snippet_within(&line, room) {
                cut if cut.is_empty() => crate::figure::layout::truncate(&line, room),
                cut => cut,
            };
            let mut note_line = vec![Span::styled(format!("{indent}✎ "), th.dim)];
            note_line.extend(label.map(|l| Span::styled(l, th.notice)));
            note_line.push(Span::styled(first, th.dim));
            lines.push(Line::from(note_line));
            lines
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
