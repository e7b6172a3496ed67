//! The search overlay's preview of the selected result, as fzf and television show one: the
//! entry's title and kind, its summary, its key facts, its source (where the figure comes from)
//! and the snippet that matched, with the matched characters highlighted; for a hit listed for
//! the reader's note on it, the note's matching line, under the title.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::app::document::kind_line;
use crate::app::state::Overlay;
use crate::corpus::facts::{facts, group, source_line};
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::search::Hit;
use crate::search::snippet::plain;

/// Key facts shown at least, as lines of one label each, when the pane has room for no more;
/// a taller pane shows as many as fit, the entry view has the rest.
const MAX_LABELS: usize = 4;
/// Values of one label shown at most (a finding's actions, say).
const MAX_VALUES: usize = 3;
/// Columns of a source's title shown at most.
const SOURCE_TITLE_COLUMNS: usize = 48;

/// `text` with the characters at `marks` in the highlight style.
fn marked(text: &str, marks: &[usize], th: &Theme) -> Vec<Span<'static>> {
    text.chars()
        .enumerate()
        .map(|(n, c)| {
            let style = if marks.contains(&n) {
                th.highlight
            } else {
                th.base
            };
            Span::styled(c.to_string(), style)
        })
        .collect()
}

/// The preview's lines for `hit`, in the app's language.
pub fn lines(app: &App, hit: &Hit, th: &Theme) -> Vec<Line<'static>> {
    lines_in(app, hit, th, usize::MAX, 0)
}

/// Rows `line` takes wrapped to `width` columns (a little more than its width divided, for
/// the words carried over whole).
fn rows(line: &Line<'_>, width: usize) -> usize {
    let w = line.width();
    match width {
        0 => 1,
        _ => (w + w / 8).div_ceil(width).max(1),
    }
}

/// The preview's lines for `hit` in a pane `width` columns wide and `height` rows high: an id
/// too wide to follow the title goes under it with the kind, cut to the pane's width; the
/// key facts fill the rows the source line leaves (at least [`MAX_LABELS`] of them).
fn lines_in(app: &App, hit: &Hit, th: &Theme, width: usize, height: usize) -> Vec<Line<'static>> {
    let e = app.corpus.entry(hit.entry);
    let kind = app.t(&format!("kind-{}", e.kind.name()));
    let title = inert(e.title.show(app.settings.lang)).into_owned();
    let id = inert(&e.id).into_owned();
    let mut out = if str_width(&id) <= width {
        vec![Line::from(vec![
            Span::styled(title, th.title.add_modifier(Modifier::BOLD)),
            Span::styled(format!("  {kind} · {id}"), th.dim),
        ])]
    } else {
        // As the entry pane beside the lists shows it: one row, the id cut with "…" (the
        // entry read shows it whole, to be copied).
        let kind_line = kind_line::text(&kind, &id, "", width, false);
        vec![
            Line::styled(title, th.title.add_modifier(Modifier::BOLD)),
            Line::styled(kind_line, th.dim),
        ]
    };
    // A hit listed for the reader's own note shows the note's line first, marked as theirs.
    let noted = matches!(&app.overlay, Some(Overlay::Search(s)) if s.noted.contains(&hit.entry));
    if noted {
        out.push(matched(&format!("✎ {}", app.t("note-title")), hit, th));
    }
    let summary = inert(plain(e.summary.show(app.settings.lang)).trim()).into_owned();
    // What matched is why the entry is here: a match in the summary is marked in it; any other
    // (a fact a question asks for, a sentence of the body) comes straight under the title,
    // before facts a small preview would cut it after.
    let in_summary = (!noted).then(|| marks_in(&summary, hit)).flatten();
    if !noted && in_summary.is_none() && !hit.snippet.trim().is_empty() {
        out.push(matched(&app.t("search-matched"), hit, th));
    }
    if !summary.is_empty() {
        out.push(Line::from(marked(
            &summary,
            in_summary.as_deref().unwrap_or(&[]),
            th,
        )));
    }
    // Where the figure comes from, as an official quotes it: who and when, then the place
    // in full (a source named by no one short: its title, shortened).
    let source = source_line(&app.corpus, hit.entry, app.settings.lang).map(|source| {
        let more = |id: &str, n: usize| app.tf(id, &[("count", n.to_string())]);
        // Who and when first, as a speech cites it («НҮБХХБХ, 2025»), else the title.
        let named = match &source.short {
            Some(short) => inert(short).into_owned(),
            None => super::fit(&inert(&source.title), SOURCE_TITLE_COLUMNS),
        };
        let text = named + &inert(&source.tail(more));
        Line::from(vec![
            Span::styled(format!("{}: ", app.t("reading-source")), th.dim),
            Span::styled(text, th.base),
        ])
    });
    let facts = facts(&app.corpus, hit.entry, app.settings.lang);
    let groups = group(&facts);
    // A list cut short says so: a coach must not take two actions of three for all of them.
    let more = |count: usize| app.tf("search-preview-more", &[("count", count.to_string())]);
    let mut used: usize = (out.iter().chain(&source)).map(|l| rows(l, width)).sum();
    let facts_start = out.len();
    let mut labels = 0;
    for (label, values) in &groups {
        let mut shown: Vec<String> = (values.iter().take(MAX_VALUES))
            .map(|f| inert(&f.value).into_owned())
            .collect();
        if values.len() > MAX_VALUES {
            shown.push(more(values.len() - MAX_VALUES));
        }
        let line = Line::from(vec![
            Span::styled(format!("{}: ", app.t(label)), th.dim),
            Span::styled(shown.join("; "), th.base),
        ]);
        // The row saying how many more facts there are is kept free, unless this is the last.
        let last = labels + 1 == groups.len();
        let room = used + rows(&line, width) + usize::from(!last) <= height;
        if labels >= MAX_LABELS && !room {
            break;
        }
        used += rows(&line, width);
        out.push(line);
        labels += 1;
    }
    let hidden: usize = groups.iter().skip(labels).map(|(_, v)| v.len()).sum();
    if hidden > 0 {
        out.push(Line::from(Span::styled(more(hidden), th.dim)));
    }
    // The facts shown at least overflow a short pane: the source goes before them, so that
    // where the entry comes from ("who recommended …") is never the line cut off.
    match height > 0 && used > height {
        true => drop(out.splice(facts_start..facts_start, source)),
        false => out.extend(source),
    }
    out
}

/// The hit's highlights as char positions in `summary`, when its snippet is a piece of it.
fn marks_in(summary: &str, hit: &Hit) -> Option<Vec<usize>> {
    let snippet = inert(&hit.snippet).replace('\n', " ");
    let lead = usize::from(snippet.starts_with('…'));
    let core = snippet.trim_start_matches('…').trim_end_matches('…');
    if core.trim().is_empty() {
        return None;
    }
    let at = summary.find(core)?;
    let offset = summary[..at].chars().count();
    let len = core.chars().count();
    Some(
        (hit.snippet_highlights.iter())
            .filter_map(|&m| m.checked_sub(lead).filter(|&m| m < len))
            .map(|m| m + offset)
            .collect(),
    )
}

/// The hit's snippet after `label`, the matched characters highlighted.
fn matched(label: &str, hit: &Hit, th: &Theme) -> Line<'static> {
    let snippet = inert(&hit.snippet).replace('\n', " ");
    let mut spans = vec![Span::styled(format!("{label}: "), th.dim)];
    spans.extend(marked(&snippet, &hit.snippet_highlights, th));
    Line::from(spans)
}

/// Draws the preview of `hit` in `r`, wrapped to its width (what does not fit is cut).
pub fn draw(frame: &mut Frame, r: Rect, app: &App, hit: &Hit, th: &Theme) {
    let para = Paragraph::new(lines_in(app, hit, th, r.width as usize, r.height as usize))
        .style(th.base)
        .wrap(Wrap { trim: false });
    frame.render_widget(para, r);
}
