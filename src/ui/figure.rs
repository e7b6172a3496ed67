//! The figure widget: a `figure` entry drawn as horizontal bars (labels left, bars scaled to the
//! largest value, values with units and years at the bar ends) or, for `chart: table` and rows
//! without values, as a table; its sources and locators underneath. Pure drawing from the entry,
//! a language and a theme. [`draw`] fills an area (presentations); [`document_lines`] gives the
//! same drawing as lines for the scrollable entry view.

use std::cell::RefCell;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::corpus::model::{ChartKind, Entry, KindFields};
use crate::figure::layout::{bar, wrap};
use crate::figure::{Units, ordered_rows, row_texts};
use crate::i18n::Localizer;
use crate::inert::inert;
use crate::lang::Lang;
use crate::markdown::wrap::{Glyph, glyphs};

#[path = "figure_table.rs"]
mod table;

/// Lines a label or table cell may wrap to when there is room.
const WRAP_LINES: usize = 3;
/// Bars get at least this many cells (and a third of the width) before units move out of the
/// rows into one line above the bars.
const MIN_BAR: usize = 8;

thread_local! {
    static L10N: RefCell<Option<Localizer>> = const { RefCell::new(None) };
}

/// Content text made safe for the terminal.
fn safe(s: &str) -> String {
    inert(s).into_owned()
}

fn t(lang: Lang, id: &str) -> String {
    L10N.with(|l| {
        l.borrow_mut()
            .get_or_insert_with(Localizer::new)
            .t(lang, id)
    })
}

/// Names a source entry by its id (its title in the current language), if it exists.
pub type SourceTitle<'a> = &'a dyn Fn(&str) -> Option<String>;

/// A figure entry ready to draw; `title` adds its title on top (full-screen use), `source_title`
/// names source entries (else their ids are shown).
pub struct FigureView<'a> {
    pub entry: &'a Entry,
    pub lang: Lang,
    pub th: &'a Theme,
    pub title: bool,
    pub source_title: Option<SourceTitle<'a>>,
}

/// Draws figure `entry` filling `area`: its title, the chart or table, and its sources. The
/// entry point for presentations; non-figure entries draw nothing.
pub fn draw(frame: &mut Frame, area: Rect, entry: &Entry, lang: Lang, th: &Theme) {
    let view = FigureView {
        entry,
        lang,
        th,
        title: true,
        source_title: None,
    };
    frame.render_widget(view, area);
}

/// The body of a figure: bar lines, or a table's cells already wrapped to their columns.
enum Body {
    Bars(Vec<Line<'static>>),
    /// A table too wide for its columns, one record per row.
    Records(Vec<Line<'static>>),
    Table {
        widths: Vec<u16>,
        header: Vec<Vec<String>>,
        rows: Vec<Vec<Vec<String>>>,
        /// The last column holds values (right-aligned).
        values: bool,
    },
}

struct Plan {
    head: Vec<Line<'static>>,
    body: Body,
    foot: Vec<Line<'static>>,
}

impl Plan {
    fn body_height(&self) -> usize {
        match &self.body {
            Body::Bars(lines) | Body::Records(lines) => lines.len(),
            Body::Table { header, rows, .. } => {
                let h = |cells: &Vec<Vec<String>>| cells.iter().map(Vec::len).max().unwrap_or(1);
                h(header) + rows.iter().map(h).sum::<usize>()
            }
        }
    }

    fn height(&self) -> usize {
        self.head.len() + self.body_height() + self.foot.len()
    }
}

/// Whether `entry` is a figure drawn as a table (`chart: table`, or rows without values).
pub(crate) fn is_table(entry: &Entry) -> bool {
    match &entry.fields {
        KindFields::Figure { chart, rows, .. } => {
            *chart == ChartKind::Table || rows.iter().all(|r| r.value.is_none())
        }
        _ => false,
    }
}

impl FigureView<'_> {
    /// Each row's label and value as every view shows them ([`row_texts`]), the value with
    /// its unit when `units` (a share in per cent may add to its label), then its year.
    fn texts(&self, units: bool) -> Vec<(String, String)> {
        let units = match units {
            true => Units::OnEachRow,
            false => Units::NamedOnce,
        };
        ordered_rows(self.entry)
            .iter()
            .zip(row_texts(self.entry, self.lang, units))
            .map(|(r, text)| {
                let mut value = match r.value {
                    Some(_) => safe(&text.value),
                    None => "–".to_string(),
                };
                if let Some(y) = r.year {
                    value = format!("{value} ({y})");
                }
                (safe(&text.label), value)
            })
            .collect()
    }

    /// The plan at `width`; `stack` tells a table that does not fit whole as records (for views
    /// that scroll), else its cells are cut with an ellipsis.
    fn plan(&self, width: usize, lines_per_label: usize, stack: bool) -> Plan {
        let mut head = Vec::new();
        if self.title {
            for l in wrap(&safe(self.entry.title.show(self.lang)), width, 2) {
                head.push(Line::styled(l, self.th.title));
            }
            head.push(Line::default());
        }
        let body = if is_table(self.entry) {
            self.table(width, lines_per_label, stack)
        } else {
            self.bars(width, lines_per_label, &mut head)
        };
        let mut foot = vec![Line::default()];
        // One source on the label's line; several under one label, one a line, indented.
        let several = self.entry.sources.len() > 1;
        let label = match several {
            true => t(self.lang, "figure-sources"),
            false => t(self.lang, "figure-source"),
        };
        if several {
            foot.push(Line::styled(format!("{label}:"), self.th.dim));
        }
        for s in &self.entry.sources {
            let name = self
                .source_title
                .and_then(|f| f(&s.id))
                .unwrap_or_else(|| s.id.clone());
            let source = safe(&format!("{name}, {}", s.place(self.lang)));
            // A view that scrolls shows a source whole; a fixed area gives it four lines.
            let most = if stack { usize::MAX } else { 4 };
            let (text, indent) = match several {
                true => (source, "  "),
                false => (format!("{label}: {source}"), ""),
            };
            for l in wrap(&text, width.saturating_sub(indent.len()), most) {
                foot.push(Line::styled(format!("{indent}{l}"), self.th.dim));
            }
        }
        Plan { head, body, foot }
    }

    fn bars(&self, width: usize, budget: usize, head: &mut Vec<Line<'static>>) -> Body {
        let rows = ordered_rows(self.entry);
        // A unit every row shares is named once, above the bars; so is any unit where there
        // is no room for it on every row.
        let shared = crate::figure::shared_unit(self.entry, self.lang).is_some();
        let mut texts = self.texts(!shared);
        let widest = |texts: &[(String, String)]| {
            let label = texts.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
            let value = texts.iter().map(|(_, v)| v.width()).max().unwrap_or(0);
            (label.min((width * 2 / 5).max(10)), value)
        };
        let (mut label_w, mut value_w) = widest(&texts);
        if shared || label_w + value_w + 2 + MIN_BAR.max(width / 3) > width {
            // Not enough room for units on every row: name the unit once, above the bars.
            texts = self.texts(false);
            (label_w, value_w) = widest(&texts);
            if let KindFields::Figure { unit: Some(u), .. } = &self.entry.fields {
                let unit = crate::corpus::values::capitalized(u.show(self.lang));
                head.push(Line::styled(safe(&unit), self.th.dim));
            }
        }
        let (labels, values): (Vec<String>, Vec<String>) = texts.into_iter().unzip();
        label_w = label_w.min(width.saturating_sub(value_w + 2 + MIN_BAR).max(width / 3));
        let bar_w = width.saturating_sub(label_w + value_w + 2);
        let max = rows.iter().filter_map(|r| r.value).fold(0.0f64, f64::max);
        let mut lines = Vec::new();
        for ((r, label), value) in rows.iter().zip(&labels).zip(&values) {
            let wrapped = wrap(label, label_w, budget);
            for (i, l) in wrapped.iter().enumerate() {
                let pad = " ".repeat(label_w.saturating_sub(l.width()));
                let mut spans = vec![Span::styled(format!("{l}{pad} "), self.th.base)];
                if i == 0 {
                    let b = bar(r.value.unwrap_or(0.0), max, bar_w);
                    spans.push(Span::styled(b, self.th.bar));
                    spans.push(Span::raw(" "));
                    spans.push(Span::styled(
                        value.clone(),
                        self.th.base.add_modifier(Modifier::BOLD),
                    ));
                }
                lines.push(Line::from(spans));
            }
        }
        Body::Bars(lines)
    }

    /// The plan for `area`: wrapped labels (or a table's records) when they fit, else one line
    /// per row.
    fn fitted(&self, area: Rect) -> Plan {
        let plan = self.plan(area.width as usize, WRAP_LINES, true);
        if plan.height() <= area.height as usize {
            plan
        } else {
            self.plan(area.width as usize, 1, false)
        }
    }

    /// For a slide that spreads bars out: whether the figure is drawn as bars at `width`, and
    /// how many of its last lines are the sources underneath (never spread).
    pub fn spreadable(&self, width: u16) -> (bool, usize) {
        let plan = self.plan(width.max(1) as usize, WRAP_LINES, true);
        (matches!(plan.body, Body::Bars(_)), plan.foot.len())
    }

    /// Rows the figure needs at `width` with labels wrapped.
    pub fn height(&self, width: u16) -> u16 {
        let h = self.plan(width as usize, WRAP_LINES, true).height();
        h.min(u16::MAX as usize / 4) as u16
    }
}

impl Widget for FigureView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() || !matches!(self.entry.fields, KindFields::Figure { .. }) {
            return;
        }
        let plan = self.fitted(area);
        let mut y = area.y;
        let put = |lines: &[Line<'static>], y: &mut u16, buf: &mut Buffer| {
            for l in lines {
                if *y >= area.bottom() {
                    return;
                }
                let r = Rect::new(area.x, *y, area.width, 1);
                Paragraph::new(l.clone()).render(r, buf);
                *y += 1;
            }
        };
        put(&plan.head, &mut y, buf);
        let body_h = (plan.body_height() as u16).min(area.bottom().saturating_sub(y));
        let body = Rect::new(area.x, y, area.width, body_h);
        match &plan.body {
            Body::Bars(lines) | Body::Records(lines) => put(lines, &mut y, buf),
            Body::Table { .. } => {
                table::render(&plan.body, body, buf, self.th);
                y += body_h;
            }
        }
        put(&plan.foot, &mut y, buf);
    }
}

/// The figure as styled lines `width` columns wide, for the entry document (which scrolls, so
/// labels wrap). Colours equal to the terminal default are left unset so the theme shows through.
pub fn document_lines(view: FigureView<'_>, width: u16) -> Vec<Vec<Glyph>> {
    let width = width.max(1);
    let height = view.height(width);
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    view.render(area, &mut buf);
    let unset = |c: Option<Color>| c.filter(|c| *c != Color::Reset);
    let mut out = Vec::new();
    for y in 0..height {
        let mut line = Vec::new();
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buf[(x, y)];
            let s = cell.style();
            let style = Style {
                fg: unset(s.fg),
                bg: unset(s.bg),
                ..s
            };
            skip = cell.symbol().width().saturating_sub(1);
            line.extend(glyphs(cell.symbol(), style, None));
        }
        while line
            .last()
            .is_some_and(|g: &Glyph| g.ch == ' ' && g.style == Style::default())
        {
            line.pop();
        }
        out.push(line);
    }
    out
}
