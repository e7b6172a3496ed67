//! Figures: the sources' tables and series as structured data (a `figure` entry), their checks,
//! and their drawings — plain text here, ratatui bars in the app, SVG in handouts.

pub mod columns;
pub mod layout;
pub mod said_once;
pub mod text;
pub mod unit;
pub mod validate;
pub mod year;

use crate::corpus::model::{Bi, Entry, FigureRow, KindFields, RowOrder};
use crate::lang::Lang;

/// A figure entry's rows in drawing order, with the largest value (for scaling bars).
pub fn ordered_rows(entry: &Entry) -> Vec<&FigureRow> {
    let KindFields::Figure { rows, order, .. } = &entry.fields else {
        return Vec::new();
    };
    let mut v: Vec<&FigureRow> = rows.iter().collect();
    if *order == RowOrder::Sorted {
        v.sort_by(|a, b| {
            b.value
                .unwrap_or(f64::MIN)
                .total_cmp(&a.value.unwrap_or(f64::MIN))
        });
    }
    v
}

/// The figure's unit when every row with a value reads in it (no row has its own): a chart
/// names it once, over its bars or its value column, not after every number.
pub fn shared_unit(entry: &Entry, lang: Lang) -> Option<&str> {
    let KindFields::Figure { unit, rows, .. } = &entry.fields else {
        return None;
    };
    let valued = || rows.iter().filter(|r| r.value.is_some());
    (valued().next().is_some() && valued().all(|r| r.unit.is_none()))
        .then(|| unit.as_ref().map(|u| u.show(lang)))
        .flatten()
}

/// The header of a table's label column: the figure's `label_column` ("Name" over the parks of
/// Table 3), else none (an empty header).
pub fn label_head(entry: &Entry, lang: Lang) -> &str {
    match &entry.fields {
        KindFields::Figure {
            label_column: Some(head),
            ..
        } => head.show(lang),
        _ => "",
    }
}

/// The header of a table's value column: the unit every row shares, else «Утга» / "Value".
pub fn value_head(entry: &Entry, lang: Lang) -> String {
    shared_unit(entry, lang).map_or_else(
        || crate::i18n::Localizer::shared().t(lang, "export2-figure-value"),
        crate::corpus::values::capitalized,
    )
}

/// Whether the figure's unit is a share in per cent ("% of revenue", «хувь (орлогод
/// эзлэх)»): its values keep their sign, `30%`, under the unit named once.
pub fn in_per_cent(entry: &Entry) -> bool {
    let KindFields::Figure { unit: Some(u), .. } = &entry.fields else {
        return false;
    };
    unit::is_per_cent(
        u.get(Lang::En).map(String::as_str),
        u.get(Lang::Mn).map(String::as_str),
    )
}

/// The unit of a row: its own, else the figure's.
pub fn row_unit<'a>(entry: &'a Entry, row: &'a FigureRow, lang: Lang) -> Option<&'a str> {
    row_units(entry, row).map(|u: &Bi<String>| u.show(lang))
}

/// The unit of a row in both languages: its own, else the figure's.
fn row_units<'a>(entry: &'a Entry, row: &'a FigureRow) -> Option<&'a Bi<String>> {
    let figure_unit = match &entry.fields {
        KindFields::Figure { unit, .. } => unit.as_ref(),
        _ => None,
    };
    row.unit.as_ref().or(figure_unit)
}

/// Where a figure's units are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    /// After each value (a share in per cent as [`unit::labelled`] writes it).
    OnEachRow,
    /// Once, over the bars or the value column: each value keeps only a per-cent sign.
    NamedOnce,
}

impl Units {
    /// Named once when every row shares the figure's unit (`shared`, see [`shared_unit`]),
    /// else after each value.
    pub fn of(shared: Option<&str>) -> Units {
        match shared {
            Some(_) => Units::NamedOnce,
            None => Units::OnEachRow,
        }
    }
}

/// Each row's label as a table shows it: with its year, "Exports (2023)".
pub fn labels_with_years(rows: &[&FigureRow], texts: &[RowText]) -> Vec<String> {
    rows.iter()
        .zip(texts)
        .map(|(r, t)| match r.year {
            Some(y) => format!("{} ({y})", t.label),
            None => t.label.clone(),
        })
        .collect()
}

/// A row's label and value as every view shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowText {
    pub label: String,
    /// Empty for a row without a value.
    pub value: String,
}

/// The label and value of each row of figure `entry`, in drawing order ([`ordered_rows`]). A
/// value keeps the decimals its file writes (UNCTAD's `1868.30` prints 1,868.30, a slide's
/// `17.6` 17.6), and one formatter, [`crate::numeric::format`], writes every digit, so the
/// app, `toli figure`, the handouts' charts and tables print a value alike.
pub fn row_texts(entry: &Entry, lang: Lang, units: Units) -> Vec<RowText> {
    let rows = ordered_rows(entry);
    rows.iter()
        .map(|r| {
            let label = r.label.show(lang);
            let Some(v) = r.value else {
                return RowText {
                    label: label.to_string(),
                    value: String::new(),
                };
            };
            let units_of_row = row_units(entry, r);
            let unit = units_of_row.map(|u| u.show(lang)).filter(|u| !u.is_empty());
            // A place in a ranking reads as an ordinal, as a key figure's does: 79th, «79-р байр».
            let rank = units_of_row
                .and_then(|u| u.get(Lang::En))
                .and_then(|en| crate::corpus::values::rank(v, en, unit.unwrap_or(""), lang));
            if let Some((ordinal, rest)) = rank {
                let rest = Some(rest.as_str()).filter(|_| units == Units::OnEachRow);
                let shown = unit::labelled(label, &ordinal, rest, lang, ' ');
                return RowText {
                    label: shown.label,
                    value: shown.value,
                };
            }
            let places = r.places.map_or(crate::numeric::decimals(v), usize::from);
            let number = crate::corpus::values::number(v, unit.is_some(), places);
            match units {
                Units::OnEachRow => {
                    let shown = unit::labelled(label, &number, unit, lang, ' ');
                    RowText {
                        label: shown.label,
                        value: shown.value,
                    }
                }
                Units::NamedOnce => {
                    let per_cent = units_of_row.is_some_and(|u| {
                        unit::is_per_cent(
                            u.get(Lang::En).map(String::as_str),
                            u.get(Lang::Mn).map(String::as_str),
                        )
                    });
                    RowText {
                        label: label.to_string(),
                        value: match per_cent {
                            true => format!("{number}%"),
                            false => number,
                        },
                    }
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shipped bar chart: its unit is named once when all its rows read in it, and a
    /// share in per cent keeps the sign on each value.
    #[test]
    fn a_unit_every_row_shares_is_named_once() {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let figure = |id: &str| corpus.get(id).expect("a shipped figure");
        let ict = figure("fig-ict-service-exports");
        assert_eq!(
            shared_unit(ict, Lang::Mn),
            Some("сая ам.доллар (урсгал үнээр)")
        );
        assert!(!in_per_cent(ict));
        let revenue = figure("fig-it-park-revenue");
        assert_eq!(shared_unit(revenue, Lang::En), Some("% of revenue"));
        assert!(in_per_cent(revenue));
        let lines = crate::figure::text::render(revenue, Lang::Mn, 80);
        assert_eq!(lines[0], "Орлогод эзлэх хувь");
        assert!(lines[1].ends_with(" 30%"), "{lines:?}");
        assert_eq!(
            lines.iter().filter(|l| l.contains("рлогод эзлэх")).count(),
            1
        );
    }

    /// A chart's row whose unit is a rank reads as one, as a key figure does: "448th",
    /// «448-р байр»; the other rows of the same table keep their numbers and units.
    #[test]
    fn a_rank_row_reads_as_an_ordinal_in_both_languages() {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let startups = corpus
            .get("fig-mongolia-startup-ecosystem-indicators")
            .expect("a shipped figure");
        let value_of = |lang, label: &str| {
            row_texts(startups, lang, Units::OnEachRow)
                .into_iter()
                .find(|r| r.label == label)
                .map(|r| r.value)
        };
        let en = |label| value_of(Lang::En, label);
        assert_eq!(
            en("Ulaanbaatar's global city rank").as_deref(),
            Some("448th")
        );
        assert_eq!(en("Mongolia's rank in Asia").as_deref(), Some("14th"));
        assert_eq!(en("Start-ups").as_deref(), Some("62 start-ups"));
        let mn = |label| value_of(Lang::Mn, label);
        assert_eq!(
            mn("Монголын CAREC бүсэд эзлэх байр").as_deref(),
            Some("5-р байр")
        );
        let named_once = row_texts(startups, Lang::En, Units::NamedOnce);
        assert!(
            named_once.iter().any(|r| r.value == "79th"),
            "{named_once:?}"
        );
    }
}
