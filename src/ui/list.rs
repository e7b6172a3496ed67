//! The entry list pane: the titles of the selected kind's entries in the current language.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout::{inner, list_offset};
use super::theme::Theme;
use super::titles::fit_column;
use super::{block, paint};
use crate::app::App;
use crate::app::list_rows::{self, Row};
use crate::app::state::Pane;
use crate::corpus::model::{Kind, KindFields};
use crate::inert::inert;
use unicode_width::UnicodeWidthStr;

/// A finding's title after a "Finding 3:" / "3-р дүгнэлт:" prefix naming its number `n`: the
/// list shows the number in front instead, so the narrow pane keeps the words that differ.
fn numbered_rest(title: &str, n: u32) -> Option<&str> {
    let (head, rest) = title.split_once(": ")?;
    let number = n.to_string();
    let names_number = head
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d == number);
    (names_number && head.chars().count() <= 24 && !rest.is_empty()).then_some(rest)
}

/// A policy's title without a closing "(2012)" naming its year `year`: the list shows the
/// year in front instead, where the policies are in order of year, and a narrow pane keeps
/// the words.
fn without_year(title: &str, year: i32) -> &str {
    let closing = format!(" ({year})");
    title.strip_suffix(closing.as_str()).unwrap_or(title)
}

/// Draws `rows` inside `r` with row `selected` highlighted and kept visible.
pub fn rows(
    frame: &mut Frame,
    r: Rect,
    rows: Vec<Line<'static>>,
    selected: usize,
    focused: bool,
    th: &Theme,
) {
    let h = r.height as usize;
    let off = list_offset(selected, h);
    let visible: Vec<Line> = rows.into_iter().skip(off).take(h).collect();
    let n = visible.len();
    frame.render_widget(Paragraph::new(visible), r);
    if selected >= off && selected < off + n {
        let row = Rect::new(r.x, r.y + (selected - off) as u16, r.width, 1);
        let style = if focused {
            th.selected
        } else {
            th.selected_unfocused
        };
        paint(frame, row, style);
    }
}

pub fn draw(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    let kind = Kind::ALL[app.nav.kind];
    let mut title = format!(
        " {} ({}) ",
        app.t(&format!("kinds-{}", kind.name())),
        app.list().len()
    );
    if kind == Kind::Policy {
        title.push_str(&format!("· {} ", app.t("list-policies-by-year")));
    }
    if !app.nav.filters.is_empty() {
        title.push_str(&format!("⧩ {} ", app.t("facets-filtered")));
    }
    let focused = app.nav.focus == Pane::List;
    frame.render_widget(block(Line::from(title), focused, th), r);
    let width = inner(r).width as usize;
    let rows_of: Vec<_> = app
        .list()
        .iter()
        .map(|&i| {
            let e = app.corpus.entry(i);
            let mut spans = Vec::new();
            if app.study.bookmarks.contains(&e.id) {
                spans.push(Span::styled("✓ ", th.key));
            }
            if app.study.notes.contains_key(&e.id) {
                spans.push(Span::styled("✎ ", th.key));
            }
            let (title, fallback) = e.title.text(app.settings.lang);
            let title = inert(title);
            let title = match e.fields {
                // Under its model's heading (see `app::list_rows`), a stage by its own name.
                KindFields::Stage {
                    position,
                    ref model,
                    ..
                } => {
                    spans.push(Span::styled(format!("{position}. "), th.dim));
                    let model_title = match app.corpus.index_of(model) {
                        Some(j) => app.corpus.title(j, app.settings.lang),
                        None => model.as_str(),
                    };
                    list_rows::stage_name(&title, position, model_title).into_owned()
                }
                KindFields::Finding {
                    number: Some(n), ..
                } => match numbered_rest(&title, n) {
                    Some(rest) => {
                        spans.push(Span::styled(format!("{n}. "), th.dim));
                        rest.to_string()
                    }
                    None => title.into_owned(),
                },
                // In order of year (`Corpus::of_kind_in`): the year in front.
                KindFields::Policy {
                    year: Some(year), ..
                } => {
                    spans.push(Span::styled(format!("{year} "), th.dim));
                    without_year(&title, year).to_string()
                }
                _ => title.into_owned(),
            };
            let marker = if fallback { " *" } else { "" };
            let used: usize = spans.iter().map(|s| s.content.width()).sum();
            let room = width.saturating_sub(used + marker.width());
            (spans, title, room, fallback.then_some(marker))
        })
        .collect();
    // Titles are fitted together, so that two cut alike show where they differ.
    let column: Vec<(&str, usize)> = rows_of.iter().map(|r| (r.1.as_str(), r.2)).collect();
    let fitted = fit_column(&column);
    let mut entries: Vec<Option<Line<'static>>> = (rows_of.into_iter().zip(fitted))
        .map(|((mut spans, _, _, marker), title)| {
            spans.push(Span::raw(title));
            if let Some(marker) = marker {
                spans.push(Span::styled(marker, th.dim));
            }
            Line::from(spans)
        })
        .map(Some)
        .collect();
    // The stages under their models' names (see `app::list_rows`).
    let layout = list_rows::rows(app);
    let mut items: Vec<Line<'static>> = layout
        .iter()
        .map(|row| match row {
            Row::Heading(name) => {
                let name = inert(name);
                let fitted = fit_column(&[(name.as_ref(), width)]);
                let name = fitted.into_iter().next().unwrap_or_default();
                Line::from(Span::styled(name, th.heading))
            }
            Row::Entry(n) => entries
                .get_mut(*n)
                .and_then(|l| l.take())
                .unwrap_or_default(),
        })
        .collect();
    if items.is_empty() {
        let msg = Paragraph::new(app.t("tui-empty-list")).style(th.dim);
        frame.render_widget(msg, inner(r));
        return;
    }
    let selected = list_rows::row_of(&layout, app.nav.selected[app.nav.kind]);
    let height = inner(r).height as usize;
    let top = list_offset(selected, height);
    // Stages scrolled below their model's heading keep its name on the top row.
    if let Some(heading) = list_rows::sticky_heading(&layout, top, height) {
        items[top] = items[heading].clone();
    }
    rows(frame, inner(r), items, selected, focused, th);
}

#[cfg(test)]
mod tests {
    use super::{numbered_rest, without_year};

    #[test]
    fn a_policy_s_year_in_front_leaves_its_title() {
        assert_eq!(without_year("Patent Act (2006)", 2006), "Patent Act");
        assert_eq!(without_year("Хууль (2012)", 2012), "Хууль");
        assert_eq!(
            without_year("Programme (2014–2020)", 2014),
            "Programme (2014–2020)"
        );
        assert_eq!(without_year("Vision 2050", 2020), "Vision 2050");
    }

    #[test]
    fn a_findings_number_prefix_gives_way_to_its_words() {
        assert_eq!(
            numbered_rest("Finding 12: parks lag", 12),
            Some("parks lag")
        );
        assert_eq!(numbered_rest("12-р дүгнэлт: паркууд", 12), Some("паркууд"));
        assert_eq!(numbered_rest("Finding 2: x", 12), None);
        assert_eq!(numbered_rest("No colon here", 1), None);
    }
}
