//! Checks a figure against itself: values add up to the stated `total` within rounding. (What
//! each row holds, its units included, is checked where the rows are read, at each row's line:
//! `corpus::parse`.)

use crate::corpus::model::{Entry, KindFields};
use crate::diagnostic::Problem;

/// How far the sum of `values` may be from a total when each value was rounded as printed:
/// half a unit of the last printed digit, per value.
pub fn rounding_tolerance(values: &[f64]) -> f64 {
    values
        .iter()
        .map(|v| 0.5 * 10f64.powi(-(crate::numeric::decimals(*v) as i32)))
        .sum::<f64>()
        .max(1e-9)
}

/// Problems in one figure entry (none for other kinds).
pub fn validate(entry: &Entry) -> Vec<Problem> {
    let KindFields::Figure { total, rows, .. } = &entry.fields else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(total) = total {
        let values: Vec<f64> = rows.iter().filter_map(|r| r.value).collect();
        let sum: f64 = values.iter().sum();
        let exact = values.iter().all(|v| v.fract() == 0.0) && total.fract() == 0.0;
        let off = (sum - total).abs();
        let allowed = if exact {
            0.0
        } else {
            rounding_tolerance(&values)
        };
        if off > allowed + 1e-9 {
            out.push(Problem::FigureTotal {
                sum: crate::numeric::format_alone((sum * 1e6).round() / 1e6),
                total: crate::numeric::format_alone(*total),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerance_follows_printed_precision() {
        assert!((rounding_tolerance(&[13.9, 86.1]) - 0.1).abs() < 1e-9);
        assert!((rounding_tolerance(&[10.81, 6.9]) - 0.055).abs() < 1e-9);
    }
}
