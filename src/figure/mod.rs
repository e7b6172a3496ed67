//! Figures: the sources' tables and series as structured data (a `figure` entry), their checks,
//! and their drawings — plain text here, ratatui bars in the app, SVG in handouts.

pub mod layout;
pub mod text;
pub mod validate;

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

/// A number as a person writes it: thousands separated, no needless decimals.
pub fn format_value(value: f64) -> String {
    let negative = value < 0.0;
    let abs = value.abs();
    let text = if abs.fract() == 0.0 && abs < 1e15 {
        format!("{abs:.0}")
    } else {
        let s = format!("{abs}");
        s
    };
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut out = if negative {
        format!("-{grouped}")
    } else {
        grouped
    };
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
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

/// Whether the figure's unit is a share in per cent ("% of revenue", «хувь (орлогод
/// эзлэх)»): its values keep their sign, `30%`, under the unit named once.
pub fn in_per_cent(entry: &Entry) -> bool {
    let KindFields::Figure { unit: Some(u), .. } = &entry.fields else {
        return false;
    };
    let starts = |l: Lang, with: &str| u.get(l).is_some_and(|t| t.trim_start().starts_with(with));
    starts(Lang::En, "%") || starts(Lang::Mn, "%") || starts(Lang::Mn, "хувь")
}

/// The unit of a row: its own, else the figure's.
pub fn row_unit<'a>(entry: &'a Entry, row: &'a FigureRow, lang: Lang) -> Option<&'a str> {
    let figure_unit = match &entry.fields {
        KindFields::Figure { unit, .. } => unit.as_ref(),
        _ => None,
    };
    row.unit
        .as_ref()
        .or(figure_unit)
        .map(|u: &Bi<String>| u.show(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_grouped_by_thousands() {
        assert_eq!(format_value(28696.0), "28,696");
        assert_eq!(format_value(59.37), "59.37");
        assert_eq!(format_value(113244.0), "113,244");
        assert_eq!(format_value(-1854.5), "-1,854.5");
        assert_eq!(format_value(0.1), "0.1");
    }

    /// Every shipped bar chart: its unit is named once when all its rows read in it, and a
    /// share in per cent keeps the sign on each value.
    #[test]
    fn a_unit_every_row_shares_is_named_once() {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let figure = |id: &str| corpus.get(id).expect("a shipped figure");
        let ict = figure("fig-ict-service-exports");
        assert_eq!(
            shared_unit(ict, Lang::Mn),
            Some("сая ам.доллар (тухайн үеийн үнээр)")
        );
        assert!(!in_per_cent(ict));
        let revenue = figure("fig-it-park-revenue");
        assert_eq!(shared_unit(revenue, Lang::En), Some("% of revenue"));
        assert!(in_per_cent(revenue));
        let lines = crate::figure::text::render(revenue, Lang::Mn, 80);
        assert_eq!(lines[0], "Хувь (орлогод эзлэх)");
        assert!(lines[1].ends_with(" 30%"), "{lines:?}");
        assert_eq!(lines.iter().filter(|l| l.contains("орлогод")).count(), 1);
    }
}
