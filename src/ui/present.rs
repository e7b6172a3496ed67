//! The presentation screen: one tour step full screen in a calm layout — wide margins, the title
//! large (bold, letter-spaced when short, underlined by a rule), the summary, the entry's key
//! facts and its body; a figure step gives the screen to the figure. The footer holds the tour,
//! the step counter "k / n" and the elapsed time; ▲ and ▼ in the right margin say the step goes
//! on above or below. Nothing else for the trainer shows (keys are in `?`), and trainer notes
//! never appear here, nor a fact linking to an entry that does not exist, nor the id of a link to
//! one in the body. `b` blanks the whole screen; `f` shows a figure the step names over it.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::{Theme, ThemeName, theme};
use crate::app::App;
use crate::corpus::facts::{facts, group};
use crate::corpus::model::{Entry, Kind};
use crate::inert::inert;
use crate::lang::Lang;
use crate::markdown::render::{Rendered, render_marking};
use crate::markdown::wrap::{glyphs, str_width, wrap};
use crate::present::deck::Deck;

/// Titles up to this many characters are letter-spaced.
const SPACED_MAX: usize = 24;

/// The widest the room reads a line on the projector, however wide the screen: prose and a
/// chart keep to it, centred under the title; a wider table's title and summary too.
pub const READING_WIDTH: u16 = 100;

/// The text column of the step on screen: centred, with margins of a tenth of the width (at
/// least 2), at most [`READING_WIDTH`] wide, a chart too; only a table may take the whole
/// width between its margins, which are a twentieth, so that its columns sit side by side on
/// a wide projector and its rows and sources fit on one screen.
pub fn column(area: Rect, app: &App, d: &Deck) -> Rect {
    let figure = d
        .shown(&app.corpus)
        .filter(|&i| i < app.corpus.len() && app.corpus.entry(i).kind == Kind::Figure);
    let table = figure.is_some_and(|i| super::figure::is_table(app.corpus.entry(i)));
    let most = if table { u16::MAX } else { READING_WIDTH };
    let margin = (area.width / if table { 20 } else { 10 }).max(2);
    let w = area.width.saturating_sub(2 * margin).clamp(1, most);
    let top = (area.height / 12).max(1);
    Rect::new(
        area.x + area.width.saturating_sub(w) / 2,
        area.y + top,
        w,
        area.height.saturating_sub(top + 2),
    )
}

/// Lines of `text` wrapped to `width`, inert.
fn para(text: &str, style: Style, width: usize) -> Vec<Line<'static>> {
    let mut r = Rendered::default();
    for l in wrap(&glyphs(&inert(text), style, None), width) {
        r.push(&l);
    }
    r.lines
}

/// The title block: the title large and centred, a rule under it, the kind below.
pub(super) fn title_block(
    app: &App,
    e: &Entry,
    lang: Lang,
    th: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let style = th.heading.add_modifier(Modifier::BOLD);
    let title = inert(e.title.show(lang)).into_owned();
    let shown = if title.chars().count() <= SPACED_MAX && str_width(&title) * 2 < width {
        let spaced: Vec<String> = title.chars().map(String::from).collect();
        spaced.join(" ")
    } else {
        title
    };
    let mut out: Vec<Line> = para(&shown, style, width)
        .into_iter()
        .map(|l| l.alignment(Alignment::Center))
        .collect();
    let rule = out.iter().map(Line::width).max().unwrap_or(0).min(width);
    out.push(Line::from(Span::styled("━".repeat(rule), th.heading)).alignment(Alignment::Center));
    let kind = app.l10n.t(lang, &format!("kind-{}", e.kind.name()));
    out.push(Line::from(Span::styled(kind, th.dim)).alignment(Alignment::Center));
    out.push(Line::from(""));
    out
}

/// The figure as lines: the one place that draws a figure in a presentation — the app's chart
/// or table (the presentation's title block already names it) — with whether its lines may be
/// spread out (bars) and how many last lines are its sources (kept together).
fn figure_lines(
    app: &App,
    e: &Entry,
    th: &Theme,
    width: usize,
) -> (Vec<Line<'static>>, bool, usize) {
    let lang = app.settings.lang;
    let source_title = |id: &str| app.corpus.get(id).map(|s| s.title.show(lang).to_string());
    let view = super::figure::FigureView {
        entry: e,
        lang,
        th,
        title: false,
        source_title: Some(&source_title),
    };
    let width = width.min(u16::MAX as usize) as u16;
    let (bars, foot) = view.spreadable(width);
    let mut r = Rendered::default();
    for line in super::figure::document_lines(view, width) {
        r.push(&line);
    }
    (r.lines, bars, foot)
}

/// A step whose entry does not exist: what is wrong, the closest id, and how to check the tour
/// — or, while a notes screen follows the talk (which says all that), one plain line.
fn missing_step_lines(app: &App, d: &Deck, th: &Theme, width: usize) -> Vec<Line<'static>> {
    let lang = app.settings.lang;
    if d.notes_follow {
        return para(&app.l10n.t(lang, "present-step-unavailable"), th.dim, width);
    }
    let id = d.current().id.clone();
    // The id of a file that did not load: that file and its error, not "no such entry".
    let (message, unloaded) =
        crate::present::missing::step_text(&app.l10n, lang, &id, &app.status.problems);
    let mut out = para(
        &inert(&message),
        th.notice.add_modifier(Modifier::BOLD),
        width,
    );
    out.push(Line::from(""));
    let ids = app.corpus.entries().map(|e| e.id.as_str());
    if let Some(s) = crate::suggest::closest(&id, ids).filter(|_| !unloaded) {
        let hint = app
            .l10n
            .format(lang, "teach-did-you-mean", &[("suggestion", s.to_string())]);
        out.extend(para(
            &crate::corpus::values::capitalized(&inert(&hint)),
            Style::default(),
            width,
        ));
        out.push(Line::from(""));
    }
    let fix = match unloaded {
        true => app.l10n.t(lang, "teach-step-unloaded-fix"),
        false => app.l10n.t(lang, "teach-step-missing-fix"),
    };
    out.extend(para(&inert(&fix), th.dim, width));
    // The command on lines of its own, broken only between options, as a shell reads it back.
    for line in command_lines(&inert(&app.check_command), width) {
        out.push(Line::from(Span::styled(line, th.code)));
    }
    out
}

/// `command` on lines of at most `width` columns, broken before its `--` options with a
/// trailing ` \` (so it can be typed or pasted as it is shown); an option is never split.
fn command_lines(command: &str, width: usize) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for (n, part) in command.split(" --").enumerate() {
        parts.push(if n == 0 {
            part.to_string()
        } else {
            format!("--{part}")
        });
    }
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        match lines.last_mut() {
            Some(last) if str_width(last) + 1 + str_width(&part) + 2 <= width => {
                last.push(' ');
                last.push_str(&part);
            }
            Some(last) => {
                last.push_str(" \\");
                lines.push(format!("  {part}"));
            }
            None => lines.push(part),
        }
    }
    lines
}

/// The step on screen as lines `width` wide for a column `height` high: the title block, then
/// the summary, facts and body — or the figure, its rows spread out when there is room.
pub fn step_lines(
    app: &App,
    d: &Deck,
    th: &Theme,
    width: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let lang = app.settings.lang;
    if d.agenda {
        return super::agenda::lines(app, d, th, width);
    }
    let Some(index) = d.shown(&app.corpus) else {
        return missing_step_lines(app, d, th, width);
    };
    let e = app.corpus.entry(index);
    // A table wider than the reading width keeps its title (centred) and its summary (under
    // the table's first column) to it.
    let reading = width.min(usize::from(READING_WIDTH));
    let indent = " ".repeat((width - reading) / 2);
    let mut out = indented(title_block(app, e, lang, th, reading), &indent, reading);
    if e.kind == Kind::Figure {
        let (fig, bars, foot) = figure_lines(app, e, th, width);
        let summary = para(
            e.summary.show(lang),
            th.dim.patch(summary_style(app)),
            reading,
        );
        // Bars get a blank line after each when there is room; the sources stay together.
        let body = fig.len().saturating_sub(foot);
        let spread = bars && out.len() + fig.len() + body + 1 + summary.len() <= height;
        for (n, line) in fig.into_iter().enumerate() {
            out.push(line);
            if spread && n < body {
                out.push(Line::from(""));
            }
        }
        out.push(Line::from(""));
        out.extend(summary);
        return out;
    }
    out.extend(para(e.summary.show(lang), summary_style(app), width));
    out.push(Line::from(""));
    let mut fs = facts(&app.corpus, index, lang);
    // The title right above says a finding's number already.
    crate::corpus::titled_number::without_titled_number(&mut fs, e.title.show(lang));
    // A link to an entry that does not exist is left off the projector: the room would read a
    // raw id. The notes screen names it for the trainer.
    fs.retain(|f| f.entry().is_none_or(|id| app.corpus.get(id).is_some()));
    if !d.summary_only {
        // A whole slide shows the body too: a fact naming an entry the body links (a
        // recommendation's actions, listed again in its text) is not said twice.
        let in_body: Vec<String> = crate::markdown::links::entry_links(e.body.show(lang))
            .into_iter()
            .map(|l| l.target)
            .collect();
        fs.retain(|f| f.entry().is_none_or(|id| !in_body.iter().any(|b| b == id)));
    }
    if !fs.is_empty() {
        // One line per fact; a label with several values becomes a heading over a list, set
        // apart by a blank line (an empty row) from what comes before and after it.
        let mut rows: Vec<Vec<crate::markdown::wrap::Glyph>> = Vec::new();
        let mut after_list = false;
        for (label, group) in group(&fs) {
            let label = app.l10n.t(lang, label);
            if let [f] = group {
                if after_list {
                    rows.push(Vec::new());
                }
                after_list = false;
                let mut g = glyphs(&format!("{label}: "), th.dim, None);
                g.extend(glyphs(&inert(&f.value), Style::default(), None));
                rows.push(g);
            } else {
                if !rows.is_empty() {
                    rows.push(Vec::new());
                }
                after_list = true;
                rows.push(glyphs(&format!("{label}:"), th.dim, None));
                for f in group {
                    let mut g = glyphs("• ", th.dim, None);
                    g.extend(glyphs(&inert(&f.value), Style::default(), None));
                    rows.push(g);
                }
            }
        }
        for g in rows {
            if g.is_empty() {
                out.push(Line::from(""));
                continue;
            }
            let mut r = Rendered::default();
            // Continuation lines hang two columns in, under the value.
            for (n, l) in wrap(&g, width.saturating_sub(2).max(1))
                .into_iter()
                .enumerate()
            {
                let mut line = if n > 0 {
                    glyphs("  ", Style::default(), None)
                } else {
                    Vec::new()
                };
                line.extend(l);
                r.push(&line);
            }
            out.extend(r.lines);
        }
        out.push(Line::from(""));
    }
    if d.summary_only {
        return out;
    }
    let title_of = |id: &str| crate::corpus::prose_title::of(&app.corpus, id, lang);
    // A link to an entry that does not exist shows its own text, and `[[id]]` nothing: the
    // room never reads a raw id. The notes screen names each one left out.
    let left_out = |id: &str| app.corpus.get(id).is_none().then(String::new);
    out.extend(render_marking(e.body.show(lang), width, &th.md(), &title_of, &left_out).lines);
    out
}

/// `lines`, laid out `width` wide, moved right by `indent` (a centred line centred in its
/// `width`), so that a block narrower than the column stands in its middle.
fn indented(lines: Vec<Line<'static>>, indent: &str, width: usize) -> Vec<Line<'static>> {
    if indent.is_empty() {
        return lines;
    }
    lines
        .into_iter()
        .map(|l| {
            let pad = match l.alignment {
                Some(Alignment::Center) => (width.saturating_sub(l.width())) / 2,
                _ => 0,
            };
            let mut spans = vec![Span::raw(format!("{indent}{}", " ".repeat(pad)))];
            spans.extend(l.spans);
            Line::from(spans).style(l.style)
        })
        .collect()
}

/// Summaries are italic, except in the projector theme, where italics blur at a distance.
fn summary_style(app: &App) -> Style {
    if app.settings.theme == ThemeName::Projector {
        Style::default()
    } else {
        Style::default().add_modifier(Modifier::ITALIC)
    }
}

/// The largest useful scroll of the step on screen at `size`.
pub fn max_scroll(app: &App, d: &Deck, size: (u16, u16)) -> usize {
    let th = theme(app.settings.theme, app.settings.no_color);
    let col = column(Rect::new(0, 0, size.0, size.1), app, d);
    step_lines(app, d, &th, col.width as usize, col.height as usize)
        .len()
        .saturating_sub(col.height as usize)
}

/// Draws the presentation over the whole frame.
pub fn draw(frame: &mut Frame, app: &App, d: &Deck) {
    let area = frame.area();
    let th = theme(app.settings.theme, app.settings.no_color);
    frame.buffer_mut().set_style(area, th.base);
    if area.width < 20 || area.height < 6 {
        super::status::too_small(frame, area, app, &th);
        return;
    }
    if d.blank {
        // A black screen, as a slideshow's `b`: nothing at all, not even the footer.
        let black = if app.settings.no_color {
            th.base
        } else {
            th.base.bg(ratatui::style::Color::Black)
        };
        frame.buffer_mut().set_style(area, black);
        return;
    }
    let col = column(area, app, d);
    let lines = step_lines(app, d, &th, col.width as usize, col.height as usize);
    let scroll = d
        .scroll
        .min(lines.len().saturating_sub(col.height as usize));
    let below = lines.len() > scroll + col.height as usize;
    let visible: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), col);
    // Marks in the right margin say the step goes on above or below; the keys are in `?`.
    let mark_x = (col.x + col.width + 1).min(area.width.saturating_sub(1));
    if scroll > 0 {
        let r = Rect::new(mark_x, col.y, 1, 1);
        frame.render_widget(Paragraph::new(Span::styled("▲", th.key)), r);
    }
    if below {
        let r = Rect::new(mark_x, col.y + col.height.saturating_sub(1), 1, 1);
        frame.render_widget(Paragraph::new(Span::styled("▼", th.key)), r);
    }
    let foot = Rect::new(area.x, area.y + area.height - 1, area.width, 1);
    frame.render_widget(
        Paragraph::new(super::present_footer::footer(app, d, &th, foot)),
        foot,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_check_command_breaks_between_options_as_a_shell_reads_it() {
        let cmd = "toli check --content /a/long/folder/one --content /b/two --no-builtin";
        assert_eq!(
            super::command_lines(cmd, 42),
            [
                "toli check --content /a/long/folder/one \\",
                "  --content /b/two --no-builtin",
            ]
        );
        assert_eq!(super::command_lines(cmd, 200), [cmd]);
    }
}
