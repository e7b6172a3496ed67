//! The findings × actions matrix view: findings as rows (short number and title), actions as
//! narrow numbered columns grouped under their recommendation, ● where a finding names the
//! action and ○ where it names the action's recommendation. The focused row and column are
//! highlighted; below, the full titles of the focused finding and action, what answers the
//! finding (by name as room allows: `matrix_answers`) and what the action answers, and a
//! legend. Scrolls both ways, keeping the focus in
//! view; glyphs carry the meaning without colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::layout::{inner, list_offset};
use super::theme::{Theme, ThemeName};
use super::{block, fit, put};
use crate::app::App;
use crate::app::matrix::MatrixView;
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::matrix::Mark;
use crate::text::titles::fit_column;

/// Rows of column headers (recommendation groups, action numbers).
const HEADER: u16 = 2;
/// Lines the finding's line wants, to name some of its actions after its own title.
const ROOM_TO_NAME: usize = 4;
/// Width of one action column: at least 3, wider while the matrix is small.
const CELL: u16 = 3;
const CELL_MAX: u16 = 7;

/// The view's rectangle: the screen above the status line.
pub fn area(screen: Rect) -> Rect {
    Rect::new(
        screen.x,
        screen.y,
        screen.width,
        screen.height.saturating_sub(1),
    )
}

/// (grid rows, detail lines) inside the frame when the details want `want` lines (at most 7);
/// a rule separates the details from the grid, which keeps at least 2 rows.
fn heights(i: Rect, want: u16) -> (u16, u16) {
    let avail = i.height.saturating_sub(HEADER);
    let details = avail.saturating_sub(2).min(want.min(7));
    (avail - details - u16::from(details > 0), details)
}

/// How many findings fit on screen (a page), with details of three lines.
pub fn grid_rows(screen: Rect) -> usize {
    heights(inner(area(screen)), 3).0 as usize
}

/// `text` broken at spaces into lines of at most `width` columns; a word wider than a line is
/// cut with `…`.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let need = str_width(&line) + usize::from(!line.is_empty()) + str_width(word);
        if !line.is_empty() && need > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(line);
    out.into_iter().map(|l| fit(&l, width)).collect()
}

/// Each row's title cut to its room at a word's end, but where two rows would then read the
/// same («Чацарганын…» twice), cut as a column of titles is: showing where they differ.
fn row_titles(rows: &[(&str, usize)]) -> Vec<String> {
    let plain: Vec<String> = rows.iter().map(|&(t, w)| fit(t, w)).collect();
    let apart = fit_column(rows);
    (plain.iter().zip(rows).zip(apart))
        .map(|((shown, &(title, _)), apart)| {
            let alike = (plain.iter().zip(rows)).any(|(o, &(t, _))| o == shown && t != title);
            if alike { apart } else { shown.clone() }
        })
        .collect()
}

/// The glyph of a mark.
pub fn glyph(m: Option<Mark>) -> &'static str {
    match m {
        Some(Mark::Direct) => "●",
        Some(Mark::Recommendation) => "○",
        None => "·",
    }
}

/// Blue and orange: told apart with every common colour-vision deficiency.
fn mark_style(app: &App, th: &Theme, m: Option<Mark>) -> Style {
    let c = |c: Color| if app.settings.no_color { None } else { Some(c) };
    let light = app.settings.theme == ThemeName::Light;
    match m {
        Some(Mark::Direct) => Style {
            fg: c(if light { Color::Blue } else { Color::LightBlue }),
            ..Style::default()
        }
        .add_modifier(Modifier::BOLD),
        Some(Mark::Recommendation) => Style {
            fg: c(Color::Indexed(if light { 166 } else { 214 })),
            ..Style::default()
        },
        None => th.dim,
    }
}

/// The short label of finding row `r` / action column `c` / recommendation group `g`.
fn short(app: &App, id: &str, n: usize) -> String {
    format!("{}{}", app.t(id), n + 1)
}

/// The first visible column: the leftmost from which columns up to `col` fit in `avail`.
fn first_column(widths: &[u16], col: usize, avail: u16) -> usize {
    let mut left = col.min(widths.len().saturating_sub(1));
    let mut used = widths.get(left).copied().unwrap_or(0);
    while left > 0 && used + widths[left - 1] <= avail {
        left -= 1;
        used += widths[left];
    }
    left
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, v: &MatrixView, th: &Theme) {
    let r = area(screen);
    frame.render_widget(Clear, r);
    super::paint(frame, r, th.base);
    let m = &v.matrix;
    let title = format!(
        " {} ({} × {}) ",
        app.t("matrix-title"),
        m.findings.len(),
        m.actions.len()
    );
    frame.render_widget(block(Line::from(title), true, th), r);
    let i = inner(r);
    if m.findings.is_empty() || m.actions.is_empty() {
        frame.render_widget(Paragraph::new(app.t("matrix-empty")).style(th.dim), i);
        return;
    }
    // The details' most lines (`heights`), less the legend's.
    let room = i.height.saturating_sub(HEADER + 2).min(7).saturating_sub(1);
    let text = detail_text(app, v, i.width as usize, room as usize);
    let (grid_h, details_h) = heights(i, text.len() as u16 + 1);
    let lang = app.settings.lang;
    let title_of = |e: usize| inert(app.corpus.entry(e).title.show(lang)).into_owned();

    // Row labels: "F12 Title…", the titles cut where look-alikes differ.
    let numbers: Vec<String> = (0..m.findings.len())
        .map(|row| short(app, "matrix-f", row))
        .collect();
    let titles: Vec<String> = m.findings.iter().map(|&f| title_of(f)).collect();
    let widest = (numbers.iter().zip(&titles))
        .map(|(n, t)| str_width(n) + 1 + str_width(t))
        .max()
        .unwrap_or(0) as u16;
    let label_w = widest.min((i.width / 3).max(8)).min(i.width);
    let rows: Vec<(&str, usize)> = (numbers.iter().zip(&titles))
        .map(|(n, t)| {
            let room = (label_w.saturating_sub(1) as usize).saturating_sub(str_width(n) + 1);
            (t.as_str(), room)
        })
        .collect();
    let labels: Vec<String> = (numbers.iter().zip(row_titles(&rows)))
        .map(|(n, t)| format!("{n} {t}"))
        .collect();
    let grid_x = i.x + label_w;
    let avail = i.right().saturating_sub(grid_x);

    // Column widths: a separator before each group's first column.
    let starts: Vec<bool> = (0..m.actions.len())
        .map(|c| m.groups.iter().any(|g| g.columns.start == c))
        .collect();
    let cols = m.actions.len() as u16;
    let cell = (avail.saturating_sub(m.groups.len() as u16) / cols.max(1)).clamp(CELL, CELL_MAX);
    let widths: Vec<u16> = starts.iter().map(|s| cell + u16::from(*s)).collect();
    let left = first_column(&widths, v.col, avail);
    let top = list_offset(v.row, grid_h as usize);

    let focus_bg = th.selected_unfocused.bg;
    let cross = if app.settings.no_color || focus_bg.is_none() {
        Style::default().add_modifier(Modifier::UNDERLINED)
    } else {
        Style {
            bg: focus_bg,
            ..Style::default()
        }
    };
    let buf = frame.buffer_mut();

    // Headers and cells, column by column.
    let mut x = grid_x;
    for (c, &start) in starts.iter().enumerate().skip(left) {
        if x >= i.right() {
            break;
        }
        if start {
            let shown = (grid_h as usize).min(m.findings.len() - top) as u16;
            for y in i.y..i.y + HEADER.min(i.height) + shown {
                put(buf, i, x, y, "│", th.border);
            }
            x += 1;
        }
        if c == left || start {
            // The recommendation over its columns.
            if let Some((gi, g)) = m
                .groups
                .iter()
                .enumerate()
                .find(|(_, g)| g.columns.contains(&c))
            {
                let span: u16 = (c..g.columns.end).map(|k| widths[k]).sum::<u16>();
                let text = format!(
                    "{} {}",
                    short(app, "matrix-r", gi),
                    title_of(g.recommendation)
                );
                let room = i.right().saturating_sub(x);
                let w = if g.columns.end == m.actions.len() {
                    room
                } else {
                    span.saturating_sub(1).min(room)
                } as usize;
                put(buf, i, x, i.y, &fit(&text, w), th.heading);
            }
        }
        let w = cell as usize;
        let num = fit(&format!("{:^w$}", c + 1), w);
        let style = if c == v.col { th.selected } else { th.dim };
        put(buf, i, x, i.y + 1, &num, style);
        for row in top..(top + grid_h as usize).min(m.findings.len()) {
            let y = i.y + HEADER + (row - top) as u16;
            let mark = m.marks[row][c];
            let mut style = mark_style(app, th, mark);
            if row == v.row && c == v.col {
                style = style.patch(th.selected);
            } else if row == v.row || c == v.col {
                style = style.patch(cross);
            }
            put(buf, i, x, y, &format!("{:^w$}", glyph(mark)), style);
        }
        x += cell;
    }

    // Row labels.
    for (row, label) in labels.iter().enumerate().skip(top).take(grid_h as usize) {
        let y = i.y + HEADER + (row - top) as u16;
        let style = if row == v.row { th.selected } else { th.base };
        let text = fit(label, label_w.saturating_sub(1) as usize);
        let pad = (label_w.saturating_sub(1) as usize).saturating_sub(str_width(&text));
        put(buf, i, i.x, y, &format!("{text}{}", " ".repeat(pad)), style);
    }
    if details_h > 0 {
        details(frame, i, app, text, th, details_h);
    }
}

/// The focused finding and action in full and what links them, wrapped to `width` in at most
/// `room` lines: the action's line (its recommendation left out when room is short), and the
/// finding's, naming its actions in what is left.
fn detail_text(app: &App, v: &MatrixView, width: usize, room: usize) -> Vec<String> {
    let m = &v.matrix;
    let lang = app.settings.lang;
    let title_of = |e: usize| inert(app.corpus.entry(e).title.show(lang)).into_owned();
    let list = |items: Vec<String>| {
        if items.is_empty() {
            app.t("matrix-nothing")
        } else {
            items.join(" ")
        }
    };
    let mut lines = Vec::new();
    if let (Some(f), Some(a)) = (v.finding(), v.action()) {
        let answers: Vec<(String, String)> = m
            .answers(v.row)
            .into_iter()
            .map(|c| (short(app, "matrix-a", c), title_of(m.actions[c])))
            .collect();
        let head = format!(
            "{} {} — {}",
            short(app, "matrix-f", v.row),
            title_of(f),
            app.t("matrix-addressed-by")
        );
        let rec = m
            .groups
            .iter()
            .position(|g| g.columns.contains(&v.col))
            .map(|g| {
                format!(
                    " ({} {})",
                    short(app, "matrix-r", g),
                    title_of(m.groups[g].recommendation)
                )
            })
            .unwrap_or_default();
        let answered = list(
            m.answered(v.col)
                .into_iter()
                .map(|r| short(app, "matrix-f", r))
                .collect(),
        );
        let action_with = |rec: &str| {
            let text = format!(
                "{} {}{rec} — {}: {answered}",
                short(app, "matrix-a", v.col),
                title_of(a),
                app.t("matrix-answers")
            );
            wrap_words(&text, width)
        };
        // The recommendation heads the action's column group already: left out of the line
        // when the finding's actions would otherwise have no room to be named.
        let mut action = action_with(&rec);
        if action.len() + ROOM_TO_NAME > room {
            action = action_with("");
        }
        let finding = super::matrix_answers::line(
            &head,
            &answers,
            &app.t("matrix-nothing"),
            &app.t("matrix-names-hint"),
            |text| wrap_words(text, width).len(),
            room.saturating_sub(action.len()),
        );
        lines.extend(wrap_words(&finding, width));
        lines.extend(action);
    }
    lines
}

/// The wrapped detail `lines`, then the legend, under a rule.
fn details(frame: &mut Frame, i: Rect, app: &App, mut lines: Vec<String>, th: &Theme, h: u16) {
    let legend = Line::from(vec![
        Span::styled("● ", mark_style(app, th, Some(Mark::Direct))),
        Span::styled(format!("{}   ", app.t("matrix-direct")), th.dim),
        Span::styled("○ ", mark_style(app, th, Some(Mark::Recommendation))),
        Span::styled(format!("{}   ", app.t("matrix-via-recommendation")), th.dim),
        Span::styled("· ", th.dim),
        Span::styled(app.t("matrix-none"), th.dim),
    ]);
    lines.push(String::new());
    let top = i.bottom().saturating_sub(h);
    let buf = frame.buffer_mut();
    for x in i.x..i.right() {
        put(buf, i, x, top.saturating_sub(1), "─", th.border);
    }
    // With little room, the last lines (the legend) are kept.
    let skip = lines.len().saturating_sub(h as usize);
    let keep = (h as usize).saturating_sub(1);
    let mut legend_at = None;
    for (k, line) in lines.iter().enumerate() {
        if k >= keep && k < skip + keep {
            continue;
        }
        let y = top + if k < keep { k } else { k - skip } as u16;
        if k + 1 == lines.len() {
            legend_at = Some(y);
        } else {
            put(buf, i, i.x, y, &fit(line, i.width as usize), th.base);
        }
    }
    if let Some(y) = legend_at {
        frame.render_widget(Paragraph::new(legend), Rect::new(i.x, y, i.width, 1));
    }
}

#[cfg(test)]
mod tests {
    use super::{row_titles, wrap_words};

    #[test]
    fn look_alike_rows_show_where_they_differ_and_the_others_end_at_a_word() {
        let rows = [
            ("Чацарганын кластерийн бодлого 2012–2023", 21),
            ("Чацарганын кластерийн платформд шинэ судалгаа", 21),
            ("Хамтын ажиллагаа сул байна", 21),
        ];
        let shown = row_titles(&rows);
        assert_ne!(shown[0], shown[1], "{shown:?}");
        assert!(shown[1].contains("шинэ"), "{shown:?}");
        assert_eq!(shown[2], "Хамтын ажиллагаа сул…");
        assert!(shown.iter().all(|s| super::str_width(s) <= 21), "{shown:?}");
    }

    #[test]
    fn detail_lines_wrap_at_spaces_instead_of_being_cut() {
        let line = "F3 Weak links between universities and firms — addressed by: A1 A2 A7 A12 A28";
        let out = wrap_words(line, 40);
        assert!(out.len() > 1, "{out:?}");
        assert!(out.iter().all(|l| super::str_width(l) <= 40), "{out:?}");
        assert_eq!(out.join(" "), line, "nothing is lost");
        assert_eq!(
            wrap_words("x".repeat(50).as_str(), 10)[0].chars().count(),
            10
        );
    }
}
