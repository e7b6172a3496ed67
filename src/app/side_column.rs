//! The side column of a wide entry view: where the document area is wide enough for the
//! reading text and a column beside it, the links, backlinks and sources go there, one link a
//! line, instead of at the bottom. The two are drawn as one document, line by line, so that
//! scrolling, Tab through the links, clicks and find work on both unchanged.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::state::App;
use crate::app::settings::ThemeName;
use crate::markdown::render::{LinkSpan, Rendered};
use crate::markdown::wrap::{Glyph, char_width, str_width, wrap};
use crate::ui::layout::{MAX_READING, MIN_READING};

/// The narrowest side column worth drawing: most titles fit, cut with an ellipsis.
pub const SIDE_MIN: usize = 27;
/// The widest side column; wider areas leave the rest blank.
pub const SIDE_MAX: usize = 48;
/// Blank columns between the reading text and the side column.
pub const GAP: usize = 2;

/// Whether the app may draw a side column: not with two languages side by side, nor in the
/// projector theme (text as large as the screen allows), which keep the links at the bottom.
pub fn wanted(app: &App) -> bool {
    !app.settings.both && app.settings.theme != ThemeName::Projector
}

/// The widths of the reading text and of the side column in a document area `width` columns
/// wide, or `None` when the side column would leave the text narrower than [`MIN_READING`].
pub fn split(width: usize) -> Option<(usize, usize)> {
    let reading_min = usize::from(MIN_READING);
    if width < reading_min + GAP + SIDE_MIN {
        return None;
    }
    let reading = usize::from(MAX_READING).min(width - GAP - SIDE_MIN);
    let side = (width - GAP - reading).min(SIDE_MAX);
    Some((reading, side))
}

/// `glyphs` on one line of at most `width` columns, cut with "…" when longer.
pub fn one_line(glyphs: &[Glyph], width: usize) -> Vec<Glyph> {
    let total: usize = glyphs.iter().map(|g| char_width(g.ch)).sum();
    if total <= width {
        return glyphs.to_vec();
    }
    let mut out = Vec::new();
    let mut used = 0;
    for g in glyphs {
        let w = char_width(g.ch);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(*g);
    }
    let (style, link) = glyphs
        .get(out.len())
        .map_or((Style::default(), None), |g| (g.style, g.link()));
    out.push(Glyph::new('…', style, link));
    out
}

/// `glyphs` wrapped on at most two lines of `width` columns, the second indented by two and
/// cut with "…" when the text goes on.
pub fn two_lines(glyphs: &[Glyph], width: usize) -> Vec<Vec<Glyph>> {
    let mut lines = wrap(glyphs, width).into_iter();
    let Some(first) = lines.next() else {
        return Vec::new();
    };
    let rest: Vec<Vec<Glyph>> = lines.collect();
    if rest.is_empty() {
        return vec![first];
    }
    let mut second = vec![Glyph::new(' ', Style::default(), None); 2];
    for (n, line) in rest.iter().enumerate() {
        if n > 0 {
            let (style, link) = line
                .first()
                .map_or((Style::default(), None), |g| (g.style, g.link()));
            second.push(Glyph::new(' ', style, link));
        }
        second.extend(line.iter().copied());
    }
    vec![first, one_line(&second, width)]
}

/// Whether `text` shows whole in [`two_lines`] of `width` columns (no "…" added).
pub fn fits_two_lines(text: &str, width: usize) -> bool {
    let g = crate::markdown::wrap::glyphs(text, Style::default(), None);
    let line_width = |line: &[Glyph]| line.iter().map(|g| char_width(g.ch)).sum::<usize>();
    match wrap(&g, width).as_slice() {
        [] | [_] => true,
        [_, second] => line_width(second) + 2 <= width,
        _ => false,
    }
}

/// `main` with `side` beside it, starting at column `at`: line by line, the longer of the two
/// setting the length; the side's links numbered after the main ones.
pub fn beside(mut main: Rendered, side: Rendered, at: usize) -> Rendered {
    let links = main.targets.len();
    let n = main.lines.len().max(side.lines.len());
    main.lines.resize(n, Line::default());
    main.texts.resize(n, String::new());
    for (i, (line, text)) in side.lines.into_iter().zip(side.texts).enumerate() {
        if text.is_empty() {
            continue;
        }
        let pad = at.saturating_sub(str_width(&main.texts[i]));
        let spaces = " ".repeat(pad);
        main.texts[i].push_str(&spaces);
        main.texts[i].push_str(&text);
        let l = &mut main.lines[i];
        l.spans.push(Span::raw(spaces));
        l.spans.extend(line.spans);
    }
    main.spans.extend(side.spans.into_iter().map(|s| LinkSpan {
        link: s.link + links,
        line: s.line,
        cols: s.cols.start + at..s.cols.end + at,
    }));
    main.targets.extend(side.targets);
    main
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::render::Target;
    use crate::markdown::wrap::glyphs;

    #[test]
    fn the_side_column_comes_only_where_the_text_keeps_a_reading_width() {
        assert_eq!(split(80), None);
        assert_eq!(split(92), None);
        assert_eq!(split(97), Some((68, 27)));
        assert_eq!(split(150), Some((100, 48)));
        assert_eq!(split(300), Some((100, 48)));
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        let g = glyphs("Industrial technology park", Style::default(), Some(3));
        let cut = one_line(&g, 10);
        let text: String = cut.iter().map(|g| g.ch).collect();
        assert_eq!(text, "Industria…");
        assert!(cut.iter().all(|g| g.link() == Some(3)));
        assert_eq!(one_line(&g, 40).len(), g.len());
    }

    #[test]
    fn an_item_takes_two_lines_at_most() {
        let g = glyphs(
            "• Pathway 1: industrial technology parks for value chain upgrading",
            Style::default(),
            None,
        );
        let lines: Vec<String> = two_lines(&g, 27)
            .iter()
            .map(|l| l.iter().map(|g| g.ch).collect())
            .collect();
        assert_eq!(
            lines,
            ["• Pathway 1: industrial", "  technology parks for val…"]
        );
    }

    #[test]
    fn a_text_fits_two_lines_when_nothing_of_it_is_cut() {
        let fits = |text: &str| {
            let g = glyphs(text, Style::default(), None);
            let shown: String = two_lines(&g, 27).concat().iter().map(|g| g.ch).collect();
            (fits_two_lines(text, 27), shown.contains('…'))
        };
        assert_eq!(fits("• Short title"), (true, false));
        assert_eq!(
            fits("• Pathway 1: industrial technology parks"),
            (true, false)
        );
        assert_eq!(
            fits("• Pathway 1: industrial technology parks for value chain upgrading"),
            (false, true)
        );
    }

    #[test]
    fn side_links_keep_their_place_and_come_after_the_main_ones() {
        let mut main = Rendered::default();
        let m = main.add_target(Target::Entry("a".into()));
        main.push(&glyphs("main", Style::default(), Some(m)));
        let mut side = Rendered::default();
        side.push(&glyphs("Links (1)", Style::default(), None));
        let s = side.add_target(Target::Entry("b".into()));
        side.push(&glyphs("b", Style::default(), Some(s)));
        let both = beside(main, side, 10);
        assert_eq!(both.lines.len(), 2);
        assert_eq!(both.texts[0], "main      Links (1)");
        assert_eq!(both.texts[1], "          b");
        assert_eq!(both.link_at(1, 10), Some(1));
        assert_eq!(both.link_at(0, 0), Some(0));
        assert_eq!(both.targets[1], Target::Entry("b".into()));
    }
}
