//! A number value of the front matter (a case's `key_figures`, a finding's `evidence`, a
//! figure's `rows`) written with a point before exactly three decimals: the Mongolian view
//! prints it as written («3.348 сая»), which a reader used to the decimal comma takes for a
//! thousands group. Told at the value's line, with the value to write in the next smaller unit.

use super::super::locate::Locator;
use super::super::model::{Entry, KindFields};
use crate::diagnostic::{Diagnostic, Problem};

/// Each value of `entry` written with three decimals, as a warning at its line in `path`.
pub fn check(path: &str, loc: &Locator, entry: &Entry) -> Vec<Diagnostic> {
    let written: Vec<(&str, Option<u8>)> = match &entry.fields {
        KindFields::Case { key_figures, .. } => (key_figures.iter())
            .map(|f| ("key_figures", f.places))
            .collect(),
        KindFields::Finding { evidence, .. } => {
            evidence.iter().map(|f| ("evidence", f.places)).collect()
        }
        KindFields::Figure { rows, .. } => rows.iter().map(|r| ("rows", r.places)).collect(),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    for (i, (list, places)) in written.into_iter().enumerate() {
        if places != Some(3) {
            continue;
        }
        let Some(number) = loc.item_value_text(list, i, "value") else {
            continue;
        };
        let number = number.trim_matches(['"', '\'']).to_string();
        let (line, col) = loc.item_value(list, i, "value");
        let problem = Problem::MnThreeDecimalsValue {
            field: format!("{list}[{i}].value"),
            smaller: thousandths(&number),
            number,
        };
        out.push(Diagnostic::new(path, line, col, problem));
    }
    out
}

/// `number` (`3.348`) in the next smaller unit, a thousand times as many, as a value is
/// written in a file: `3348`.
fn thousandths(number: &str) -> String {
    let (whole, decimals) = number.split_once('.').unwrap_or((number, ""));
    let digits = format!("{whole}{decimals}");
    let sign = if digits.starts_with('-') { "-" } else { "" };
    let unsigned = digits.trim_start_matches('-').trim_start_matches('0');
    match unsigned.is_empty() {
        true => "0".to_string(),
        false => format!("{sign}{unsigned}"),
    }
}

#[cfg(test)]
mod tests {
    use super::thousandths;

    #[test]
    fn a_value_in_thousandths_keeps_its_digits() {
        assert_eq!(thousandths("3.348"), "3348");
        assert_eq!(thousandths("0.045"), "45");
        assert_eq!(thousandths("-1.250"), "-1250");
        assert_eq!(thousandths("0.000"), "0");
    }
}
