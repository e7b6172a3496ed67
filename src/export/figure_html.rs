//! A figure on an HTML handout page: its bar chart (SVG) and its data table, the figure's
//! `label_column` heading its labels and the unit every row shares heading the value column; a
//! table that only repeats the chart is marked `chart-data`, which the print stylesheet leaves
//! off paper, and one that takes much of a page `tall`, which print lets break between rows.

use std::fmt::Write as _;

use super::Plan;
use super::svg::{bar_chart, escape};
use super::table_fit::height;
use super::tables::records_class;
use crate::corpus::model::KindFields;
use crate::figure::{Units, labels_with_years, ordered_rows, row_texts, shared_unit};
use crate::lang::Lang;
use crate::numeric::is_numeric_column;

/// The width of the printed text of an A4 page, in em (as style.css's `rec-46`).
const PRINTED_WIDTH: f64 = 46.0;
/// Lines of printed table text (about two fifths of an A4 page) above which a table is `tall`.
const TALL_LINES: usize = 20;

/// The figure of entry `index` in `lang` (empty for an entry that is not a figure).
pub fn figure_html(plan: &Plan, index: usize, lang: Lang) -> String {
    let e = plan.corpus.entry(index);
    let KindFields::Figure { columns, .. } = &e.fields else {
        return String::new();
    };
    let mut out = String::from("<div class=\"figure\">");
    let chart = bar_chart(e, lang);
    // A table with no columns beyond the chart's labels and values says on paper what the
    // chart above it prints (`chart-data`: left out in print, kept on screen for reading
    // values and for screen readers).
    let of_chart = chart.is_some() && columns.is_empty();
    if let Some(svg) = chart {
        out.push_str(&svg);
    }
    let rows = ordered_rows(e);
    let has_values = rows.iter().any(|r| r.value.is_some());
    // A unit every row shares heads the value column; else each value carries its own.
    let shared = shared_unit(e, lang);
    let mut heads: Vec<String> = columns.iter().map(|c| c.show(lang).to_string()).collect();
    if has_values {
        heads.push(crate::figure::value_head(e, lang));
    }
    let units = Units::of(shared);
    let shown = row_texts(e, lang, units);
    let labels = labels_with_years(&rows, &shown);
    // The label column's header (the figure's `label_column`, else empty) over its labels.
    let label_head = crate::figure::label_head(e, lang);
    let mut texts: Vec<Vec<String>> = vec![
        std::iter::once(label_head.to_string())
            .chain(labels.iter().cloned())
            .collect(),
    ];
    for (n, head) in heads.iter().enumerate() {
        let mut column = vec![head.to_string()];
        for (r, t) in rows.iter().zip(&shown) {
            column.push(match r.cells.get(n) {
                Some(c) => c.show(lang).to_string(),
                None => t.value.clone(),
            });
        }
        texts.push(column);
    }
    // Texts of the label column first, then one per column: numbers align right.
    let num: Vec<&str> = texts[1..]
        .iter()
        .map(|c| {
            if is_numeric_column(&c[1..]) {
                " class=\"num\""
            } else {
                ""
            }
        })
        .collect();
    let mut class = match of_chart {
        true => format!("{} chart-data", records_class(&texts)),
        false => records_class(&texts).to_string(),
    };
    // A table of few rows that still takes much of a page (long quotes in its cells) may break
    // between its rows in print, as a long one does: kept whole, it left the page before it
    // nearly empty.
    if height(&texts, PRINTED_WIDTH) > TALL_LINES {
        class.push_str(" tall");
    }
    let _ = write!(
        out,
        "<table class=\"{}\"><thead><tr><th>{}</th>",
        class.trim(),
        escape(label_head)
    );
    for (h, num) in heads.iter().zip(&num) {
        let _ = write!(out, "<th{num}>{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    // Values with a unit of words ("19.6% of government expenditure on education") may wrap;
    // bare numbers never do.
    let values: Vec<&str> = shown.iter().map(|t| t.value.as_str()).collect();
    let value_class = match is_numeric_column(&values) {
        true => "num",
        false => "num words",
    };
    for ((r, label), t) in rows.iter().zip(&labels).zip(&shown) {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(label));
        for ((c, head), num) in r.cells.iter().zip(&heads).zip(&num) {
            let _ = write!(
                out,
                "<td{num} data-label=\"{}\">{}</td>",
                escape(head),
                escape(c.show(lang))
            );
        }
        if has_values {
            let _ = write!(
                out,
                "<td class=\"{value_class}\" data-label=\"{}\">{}</td>",
                escape(heads.last().map_or("", String::as_str)),
                escape(&t.value)
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::export::Languages;

    /// A table of eight rows of long quotes (the R&D indicators, about two thirds of an A4
    /// page) may break in print; one of four short rows stays whole, and so does a chart.
    #[test]
    fn only_a_table_taking_much_of_a_page_is_tall() {
        let corpus = load(&Sources::builtin()).corpus;
        let plan = Plan::new(&corpus, None, Languages::Both, Lang::En);
        let tall = |id: &str, lang: Lang| {
            let html = figure_html(&plan, corpus.index_of(id).expect(id), lang);
            let table = html.split("<table class=\"").nth(1).unwrap_or_default();
            table.split('"').next().unwrap_or_default().contains("tall")
        };
        for lang in Lang::ALL {
            assert!(tall("fig-mongolia-rd-indicators", lang), "{lang:?}");
            assert!(!tall("fig-canada-supercluster-funding", lang), "{lang:?}");
            assert!(!tall("fig-ict-service-exports", lang), "{lang:?}");
        }
    }
}
