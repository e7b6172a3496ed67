//! A figure as an accessible inline SVG bar chart (the data table sits beside it in the page).
//! The chart is sized to its content: text widths are estimated on the generous side, labels
//! that fit go left of their bars, otherwise every label goes above its bar, wrapped to the
//! chart's width, so no label is ever cut.

use std::fmt::Write as _;

use crate::corpus::model::{ChartKind, Entry, KindFields};
use crate::figure::{Units, ordered_rows, row_texts};
use crate::lang::Lang;

/// Escapes text for XML and HTML.
pub fn escape(text: &str) -> String {
    let text = crate::inert::inert(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The chart's width in CSS pixels: fits half of a 1280 px screen and an A4 page.
const WIDTH: f64 = 560.0;
/// Text size and line height.
pub const FONT: f64 = 13.0;
const LINE: f64 = 16.0;
/// Side labels are wrapped to this width; one that needs more than [`SIDE_LABEL_LINES`] lines
/// there puts every label above its bar instead.
const SIDE_LABEL_MAX: f64 = 270.0;
const SIDE_LABEL_LINES: usize = 2;
const BAR: f64 = 14.0;
const GAP: f64 = 6.0;
const FONT_FAMILY: &str = "DejaVu Sans, Noto Sans, Arial, sans-serif";

/// A generous estimate of `text`'s width at 13 px in a sans-serif font (DejaVu Sans, the widest
/// common one): wide capitals and Cyrillic letters count more, narrow punctuation less.
pub fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| {
            let em = match c {
                ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'i' | 'j' | 'l' | 'I' => 0.36,
                '(' | ')' | '[' | ']' | 'f' | 't' | 'r' | '-' => 0.45,
                'M' | 'W' | 'm' | 'w' | '%' | '—' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'Ф' | 'Ы' | 'М'
                | 'ш' | 'щ' | 'ж' | 'ю' | 'ф' | 'ы' | 'м' => 0.92,
                c if c.is_uppercase() => 0.76,
                c if c.is_ascii_digit() => 0.64,
                _ => 0.64,
            };
            em * FONT
        })
        .sum()
}

/// `text` broken at spaces into lines no wider than `max` (a word too long alone is cut
/// between characters).
pub fn wrap(text: &str, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if text_width(&line) > max {
                line.pop();
                lines.push(std::mem::take(&mut line));
                line.push(c);
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// One bar: its label, value and the text printed after the bar.
struct Bar {
    label: String,
    value: f64,
    shown: String,
}

/// The bar chart of a figure entry, or `None` for tables and entries without values.
pub fn bar_chart(entry: &Entry, lang: Lang) -> Option<String> {
    let KindFields::Figure { chart, .. } = &entry.fields else {
        return None;
    };
    let rows = ordered_rows(entry);
    if *chart == ChartKind::Table || rows.iter().all(|r| r.value.is_none()) {
        return None;
    }
    // A unit every bar reads in is named once, over the bars, as in the terminal; a share in
    // per cent keeps its sign on each bar («30%»).
    let shared = crate::figure::shared_unit(entry, lang);
    let units = Units::of(shared);
    let bars: Vec<Bar> = rows
        .iter()
        .zip(row_texts(entry, lang, units))
        .map(|(r, text)| Bar {
            label: match r.year {
                Some(year) => format!("{} ({year})", text.label),
                None => text.label,
            },
            value: r.value.unwrap_or(0.0),
            shown: text.value,
        })
        .collect();
    let id = format!("fig-{}-{}", escape(&entry.id), lang.code());
    let unit = shared.map(crate::corpus::values::capitalized);
    Some(draw(&bars, &id, entry.title.show(lang), unit.as_deref()))
}

/// The chart of `bars`, titled `title` for assistive technology, with `unit` (the one every
/// bar reads in) over the bars.
fn draw(bars: &[Bar], id: &str, title: &str, unit: Option<&str>) -> String {
    let max = bars.iter().map(|b| b.value).fold(0.0f64, f64::max);
    let value_w = bars
        .iter()
        .map(|b| text_width(&b.shown))
        .fold(0.0, f64::max)
        + GAP;
    // Labels beside the bars, on up to two lines, when they all fit there (a chart of long
    // labels over their bars took a printed page and more); above them otherwise.
    let beside: Vec<Vec<String>> = bars
        .iter()
        .map(|b| wrap(&b.label, SIDE_LABEL_MAX))
        .collect();
    let side = beside.iter().all(|lines| lines.len() <= SIDE_LABEL_LINES);
    let widest_label = beside
        .iter()
        .flatten()
        .map(|l| text_width(l))
        .fold(0.0, f64::max);
    let label_w = if side { widest_label + GAP } else { 0.0 };
    let bar_area = (WIDTH - label_w - value_w - GAP).max(40.0);
    let mut body = String::new();
    let mut y = 4.0;
    if let Some(unit) = unit {
        let _ = write!(body, "<text class=\"unit\" x=\"0\" y=\"{:.1}\">", y + FONT);
        for (n, line) in wrap(unit, WIDTH).iter().enumerate() {
            let dy = if n == 0 { 0.0 } else { LINE };
            let _ = write!(body, "<tspan x=\"0\" dy=\"{dy}\">{}</tspan>", escape(line));
            y += LINE;
        }
        body.push_str("</text>\n");
        y += 6.0;
    }
    for (b, side_lines) in bars.iter().zip(&beside) {
        if !side {
            let lines = wrap(&b.label, WIDTH);
            let _ = write!(body, "<text x=\"0\" y=\"{:.1}\">", y + FONT);
            for (n, line) in lines.iter().enumerate() {
                let dy = if n == 0 { 0.0 } else { LINE };
                let _ = write!(body, "<tspan x=\"0\" dy=\"{dy}\">{}</tspan>", escape(line));
            }
            body.push_str("</text>");
            y += LINE * lines.len() as f64 + 2.0;
        }
        // A label of two lines beside its bar: the row is as tall as the label, the bar and
        // its value centred on it.
        let row_h = match side {
            true => BAR.max(LINE * side_lines.len() as f64),
            false => BAR,
        };
        let bar_y = y + (row_h - BAR) / 2.0;
        let w = if max > 0.0 && b.value > 0.0 {
            (b.value / max * bar_area).max(1.0)
        } else {
            0.0
        };
        let text_y = bar_y + BAR / 2.0 + FONT * 0.35;
        if side {
            let first_y =
                y + row_h / 2.0 - LINE * (side_lines.len() as f64 - 1.0) / 2.0 + FONT * 0.35;
            let x = label_w - GAP;
            let _ = write!(
                body,
                "<text x=\"{x:.1}\" y=\"{first_y:.1}\" text-anchor=\"end\">"
            );
            for (n, line) in side_lines.iter().enumerate() {
                let dy = if n == 0 { 0.0 } else { LINE };
                let _ = write!(
                    body,
                    "<tspan x=\"{x:.1}\" dy=\"{dy}\">{}</tspan>",
                    escape(line)
                );
            }
            body.push_str("</text>");
        }
        let _ = writeln!(
            body,
            "<rect x=\"{label_w:.1}\" y=\"{bar_y:.1}\" width=\"{w:.1}\" height=\"{BAR}\"/><text x=\"{:.1}\" y=\"{text_y:.1}\">{}</text>",
            label_w + w + GAP,
            escape(&b.shown)
        );
        y += row_h - BAR;
        y += BAR + if side { 6.0 } else { 10.0 };
    }
    let height = y.ceil();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" font-family=\"{FONT_FAMILY}\" font-size=\"{FONT}\">\n<title id=\"{id}\">{}</title>\n{body}</svg>",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: f64) -> Bar {
        Bar {
            label: label.to_string(),
            value,
            shown: format!("{value} graduates"),
        }
    }

    /// A unit every bar reads in is named once, over the bars (the chart prints without the
    /// table under it); a share in per cent keeps its sign on each bar.
    #[test]
    fn a_shared_unit_is_named_once_over_the_bars() {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let revenue = corpus.get("fig-it-park-revenue").expect("a shipped figure");
        let svg = bar_chart(revenue, Lang::Mn).expect("a bar chart");
        assert!(svg.contains(">30%<") && svg.contains(">70%<"), "{svg}");
        assert_eq!(svg.matches("рлогод эзлэх").count(), 1, "{svg}");
        assert!(svg.contains(">Орлогод эзлэх хувь</tspan>"), "{svg}");
        let ict = corpus
            .get("fig-ict-service-exports")
            .expect("a shipped figure");
        let svg = bar_chart(ict, Lang::En).expect("a bar chart");
        assert_eq!(svg.matches("illion USD").count(), 1, "{svg}");
        assert!(svg.contains(">1,868.30</text>"), "{svg}");
    }

    #[test]
    fn long_labels_go_above_their_bars_and_short_ones_beside() {
        let short = draw(&[bar("Law", 2.0), bar("Service", 1.0)], "f", "t", None);
        assert!(short.contains("text-anchor=\"end\""));
        // A label of two lines stays beside its bar, on two lines.
        let two = draw(
            &[
                bar("Commercial and business management studies", 5827.0),
                bar("Law", 1.0),
            ],
            "f",
            "t",
            None,
        );
        assert!(two.contains("text-anchor=\"end\""), "{two}");
        assert_eq!(two.matches("<tspan").count(), 3, "{two}");
        let long = draw(
            &[
                bar(
                    "Commercial and business management, administration and public service studies",
                    5827.0,
                ),
                bar("Law", 1.0),
            ],
            "f",
            "t",
            None,
        );
        assert!(!long.contains("text-anchor=\"end\""));
        assert!(long.contains("<tspan x=\"0\" dy=\"0\">Commercial and business"));
        // Every text starts inside the chart.
        assert!(!long.contains("x=\"-"));
    }

    #[test]
    fn wrapping_keeps_lines_within_the_width_and_every_word() {
        let text = "Боловсрол, сурган хүмүүжүүлэх ухаан ба маш урт үгтэй шошго";
        let lines = wrap(text, 120.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l) <= 120.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        let word = wrap("Wwwwwwwwwwwwwwwwwwwwwwwwwwwww", 60.0);
        assert!(word.iter().all(|l| text_width(l) <= 60.0));
        assert_eq!(word.concat(), "Wwwwwwwwwwwwwwwwwwwwwwwwwwwww");
    }
}
