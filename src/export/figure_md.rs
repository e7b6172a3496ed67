//! A figure in a Markdown handout: its rows as a Markdown table (label, value with its unit,
//! year, the figure's further columns) and the line naming its sources, in one language.

use std::fmt::Write as _;

use super::Plan;
use crate::corpus::model::{Entry, KindFields};
use crate::figure::{Units, ordered_rows, row_texts};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::numeric::is_numeric_column;

/// Text made safe for one table cell: pipes escaped, line breaks turned into spaces.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
        .trim()
        .to_string()
}

/// The figure `e` as a Markdown table and a source line, or nothing for an entry that is not a
/// figure or has no rows.
pub fn figure_markdown(plan: &Plan, l10n: &Localizer, e: &Entry, lang: Lang) -> String {
    let KindFields::Figure { columns, .. } = &e.fields else {
        return String::new();
    };
    let rows = ordered_rows(e);
    if rows.is_empty() {
        return String::new();
    }
    let has_values = rows.iter().any(|r| r.value.is_some());
    let has_years = rows.iter().any(|r| r.year.is_some());
    // The rows' labels are indicators in some figures and names (of parks, countries) in
    // others: their column gets the figure's `label_column`, else a header that fits both.
    let mut head = vec![match crate::figure::label_head(e, lang) {
        "" => l10n.t(lang, "print-figure-row-head"),
        named => named.to_string(),
    }];
    // A unit every row shares heads the value column once; else each value carries its own.
    let shared = crate::figure::shared_unit(e, lang);
    if has_values {
        head.push(shared.map_or_else(
            || l10n.t(lang, "export2-figure-value"),
            crate::corpus::values::capitalized,
        ));
    }
    let units = Units::of(shared);
    if has_years {
        head.push(l10n.t(lang, "export2-figure-year"));
    }
    head.extend(columns.iter().map(|c| c.show(lang).to_string()));
    let mut out = String::new();
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&line(&head));
    let mut body: Vec<Vec<String>> = Vec::new();
    for (r, text) in rows.iter().zip(row_texts(e, lang, units)) {
        let mut cells = vec![text.label];
        if has_values {
            cells.push(text.value);
        }
        if has_years {
            cells.push(r.year.map(|y| y.to_string()).unwrap_or_default());
        }
        for n in 0..columns.len() {
            cells.push(r.cells.get(n).map_or("", |c| c.show(lang)).to_string());
        }
        body.push(cells);
    }
    // Columns of numbers align right, to be compared down the column.
    let rule: Vec<&str> = (0..head.len())
        .map(|n| {
            let column: Vec<&str> = body
                .iter()
                .map(|r| r.get(n).map_or("", String::as_str))
                .collect();
            // The value column holds numbers (with their unit) by construction.
            if (has_values && n == 1) || (n > 0 && is_numeric_column(&column)) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for cells in &body {
        out.push_str(&line(cells));
    }
    // One mention per source, with all the places the figure takes from it.
    let mut places: Vec<(&str, Vec<String>)> = Vec::new();
    for s in &e.sources {
        let place = s.place(lang);
        match places.iter_mut().find(|(id, _)| *id == s.id) {
            Some((_, list)) => list.push(place),
            None => places.push((&s.id, vec![place])),
        }
    }
    let sources: Vec<String> = places
        .into_iter()
        .map(|(id, list)| {
            let title = plan.corpus.get(id).map_or(id, |t| t.title.show(lang));
            let title = if plan.has_id(id) {
                format!("[{title}]({id}.md)")
            } else {
                title.to_string()
            };
            let list: Vec<String> = list.into_iter().filter(|p| !p.is_empty()).collect();
            if list.is_empty() {
                title
            } else {
                format!("{title}, {}", list.join("; "))
            }
        })
        .collect();
    // One source on the label's line; several listed under one label.
    match sources.as_slice() {
        [] => {}
        [one] => {
            let _ = write!(out, "\n*{}:* {one}\n", l10n.t(lang, "figure-source"));
        }
        several => {
            let _ = write!(out, "\n*{}:*\n\n", l10n.t(lang, "figure-sources"));
            for source in several {
                let _ = writeln!(out, "- {source}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::corpus::model::KindFields;
    use crate::export::{Languages, Plan};

    fn table(id: &str, lang: Lang) -> String {
        let corpus = load(&Sources::builtin()).corpus;
        let l10n = Localizer::new();
        let i = corpus.index_of(id).expect("shipped figure");
        let plan = Plan::new(&corpus, None, Languages::Both, Lang::En);
        figure_markdown(&plan, &l10n, corpus.entry(i), lang)
    }

    #[test]
    fn every_row_is_a_table_line_with_its_value_and_unit() {
        let en = table("fig-eu-cluster-productivity-premium", Lang::En);
        assert!(en.starts_with("| "), "{en}");
        assert!(en.contains("---:"), "{en}");
        assert!(en.contains("25%"), "{en}");
        // Two sources: one label, the sources listed under it (walk 26 D-4).
        assert!(en.contains("\n*Sources:*\n\n- "), "{en}");
        assert_eq!(en.matches("Source").count(), 1, "{en}");
        let mn = table("fig-eu-cluster-productivity-premium", Lang::Mn);
        // The unit every row shares heads the value column once; each value keeps its sign.
        assert!(mn.contains("| Дундаж бүтээмжээс давсан хувь |"), "{mn}");
        assert!(mn.contains(" | 25% |"), "{mn}");
        assert_eq!(mn.matches("давсан").count(), 1, "{mn}");
        assert!(mn.contains("\n*Эх сурвалж:*\n\n- "), "{mn}");
        assert_eq!(mn.matches("*Эх сурвалж:*").count(), 1, "{mn}");
    }

    #[test]
    fn a_table_figure_keeps_its_text_columns() {
        let en = table("fig-mongolia-park-cases-compared", Lang::En);
        assert!(en.contains("1972"), "{en}");
        assert!(en.starts_with("| Park |"), "{en}");
        let lines: Vec<&str> = en.lines().take_while(|l| l.starts_with('|')).collect();
        let width = lines[0].matches(" | ").count();
        assert!(width >= 2, "{en}");
        for l in &lines[2..] {
            assert_eq!(l.replace("\\|", "").matches(" | ").count(), width, "{l}");
        }
    }

    /// The label column is headed by the figure's `label_column` (Table 3: "Name", as the
    /// source heads it), else by a header that fits names and indicators alike.
    #[test]
    fn the_label_column_has_the_figure_s_header_or_a_neutral_one_and_numbers_align_right() {
        assert!(table("fig-industrial-technology-parks", Lang::En).starts_with("| Name |"));
        let canada = table("fig-canada-supercluster-funding", Lang::En);
        assert!(canada.starts_with("| Indicator |"), "{canada}");
        // Without a `label_column` the column gets the neutral header.
        let corpus = load(&Sources::builtin()).corpus;
        let i = corpus
            .index_of("fig-canada-supercluster-funding")
            .expect("shipped figure");
        let mut figure = corpus.entry(i).clone();
        if let KindFields::Figure { label_column, .. } = &mut figure.fields {
            *label_column = None;
        }
        let plan = Plan::new(&corpus, None, Languages::Both, Lang::En);
        let plain = figure_markdown(&plan, &Localizer::new(), &figure, Lang::En);
        assert!(plain.starts_with("| Item |"), "{plain}");
        let mn = table("fig-industrial-technology-parks", Lang::Mn);
        assert!(mn.starts_with("| Нэр |"), "{mn}");
        let rule = mn.lines().nth(1).unwrap_or_default();
        // Label, industry, ownership, year licensed (numbers and gaps), remarks.
        assert_eq!(rule, "|---|---|---|---:|---|", "{mn}");
    }

    #[test]
    fn pipes_and_line_breaks_cannot_break_a_row() {
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }
}
