//! The items of a figure's `rows`, a case's `key_figures` and a finding's `evidence` checked
//! one by one, each problem reported at the item it is in (the third row's `value:`, not the
//! list's first line): both languages of its texts, a bar's value, a table row's cells, a bar's
//! unit.

use super::Builder;
use crate::corpus::model::{Bi, ChartKind, FigureRow, KeyFigure};
use crate::diagnostic::Problem;

impl Builder<'_> {
    /// Reports each language `value` lacks, at `path` (`["rows", "2", "label"]`), the field
    /// named by its path (`rows[2].label`).
    pub(super) fn languages(&mut self, path: &[&str], value: &Bi<String>) {
        for lang in value.missing() {
            self.report_at_key(
                path,
                Problem::MissingLanguage {
                    field: field_name(path),
                    lang,
                },
            );
        }
    }

    /// The languages of each figure's label and unit in `field` (`key_figures`, `evidence`).
    pub(super) fn figures(&mut self, field: &str, figures: &[KeyFigure]) {
        for (i, f) in figures.iter().enumerate() {
            let i = i.to_string();
            self.languages(&[field, &i, "label"], &f.label);
            if let Some(unit) = &f.unit {
                self.languages(&[field, &i, "unit"], unit);
            }
        }
    }

    /// Each row of a figure whose `chart`, `columns` and `unit` are these: its label, unit and
    /// cells in both languages, a value in a bar chart, as many cells as columns, and in a bar
    /// chart no unit other than the figure's.
    pub(super) fn rows(
        &mut self,
        rows: &[FigureRow],
        columns: &[Bi<String>],
        chart: ChartKind,
        unit: Option<&Bi<String>>,
    ) {
        for (i, r) in rows.iter().enumerate() {
            let n = i.to_string();
            self.languages(&["rows", &n, "label"], &r.label);
            if let Some(u) = &r.unit {
                self.languages(&["rows", &n, "unit"], u);
            }
            for (j, cell) in r.cells.iter().enumerate() {
                self.languages(&["rows", &n, "cells", &j.to_string()], cell);
            }
            if r.value.is_none() && chart == ChartKind::Bar {
                self.report_at_key(
                    &["rows", &n],
                    Problem::MissingField {
                        field: format!("rows[{i}].value"),
                        kind: Some(self.kind),
                    },
                );
            }
            if r.cells.len() != columns.len() && !(r.cells.is_empty() && columns.is_empty()) {
                self.report_at_key(
                    &["rows", &n, "cells"],
                    Problem::FigureCells {
                        row: i,
                        cells: r.cells.len(),
                        columns: columns.len(),
                    },
                );
            }
            if chart == ChartKind::Bar
                && let Some(u) = &r.unit
                && unit != Some(u)
            {
                self.report_at_key(
                    &["rows", &n, "unit"],
                    Problem::FigureUnits {
                        field: format!("rows[{i}].unit"),
                    },
                );
            }
        }
    }
}

/// A key path as `toli check` names a field: `["rows", "2", "label"]` is `rows[2].label`.
fn field_name(path: &[&str]) -> String {
    path.iter().fold(String::new(), |mut name, seg| {
        match seg.parse::<usize>() {
            Ok(_) => name.push_str(&format!("[{seg}]")),
            Err(_) if name.is_empty() => name.push_str(seg),
            Err(_) => name.push_str(&format!(".{seg}")),
        }
        name
    })
}
