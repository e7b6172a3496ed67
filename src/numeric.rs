//! Numbers as toli reads and prints them. Printing: one formatter, [`format`], writes the
//! digits of every value shown — in the app, `toli show`/`toli figure` and the handouts — with
//! the decimal places its file gives (the parser keeps them: `1868.30` stays 1,868.30).
//! Reading: a column whose cells are all numbers (`5,827`, `20.3%`, `16.7 %`, `2,972.53`,
//! `2013`) or gaps (`–`, `N.A.`) is set to the right, so that its values can be compared down
//! the column — in handouts, Markdown tables and `toli figure`.

/// The most decimal places a value is printed with (a float's shortest form can be longer).
const MAX_PLACES: usize = 6;

/// Decimal places `value` is written with: its shortest form that reads back as the same number
/// is what the file gave (59.37 → 2, 1854 → 0; a file's `1868.30` reads as 1868.3 → 1).
pub fn decimals(value: f64) -> usize {
    let s = format!("{value}");
    s.split_once('.')
        .map_or(0, |(_, f)| f.len())
        .min(MAX_PLACES)
}

/// `value` with `places` decimals, its thousands grouped: `1,868.30`, `28,696`, `-1,854.5`.
///
/// English and Mongolian print numbers alike: CLDR's number symbols for `en` and for `mn`
/// (Cyrillic, the Latin digits) are both decimal `.` and group `,`, grouped by three from four
/// digits on (minimum grouping digits 1: `2,016`), and the percent pattern `#,##0%` puts the
/// sign on the number with no space (`30%`). Mongolia's statistics office prints the same
/// (`3,119,935`, `2.03`); the decimal comma some older readers know is why a value is not
/// written with three decimals (`3.348` reads as a thousands group to them: content/GLOSSARY.md,
/// Review 27 numbers, and `toli check`'s mn-three-decimals).
pub fn format(value: f64, places: usize) -> String {
    let places = places.min(MAX_PLACES);
    let text = format!("{:.places$}", value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    // A value that rounds to zero prints without a sign (-0.001 at one place is "0.0").
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `value` as written, with no series around it: `format(value, decimals(value))`.
pub fn format_alone(value: f64) -> String {
    format(value, decimals(value))
}

/// Cells that stand for a missing number.
const GAPS: [&str; 10] = [
    "–",
    "—",
    "-",
    "…",
    "..",
    "n.a.",
    "n/a",
    "na",
    "мэдээлэлгүй",
    "байхгүй",
];

/// True when `cell` is one number, perhaps signed, with thousands separators, a decimal part, a
/// percent sign or a currency sign (`5,827`, `20.3%`, `16.7 %`, `-0.5`, `$12`).
pub fn is_number(cell: &str) -> bool {
    let text = cell.trim();
    let text = text
        .strip_suffix('%')
        .or_else(|| text.strip_suffix('‰'))
        .map_or(text, str::trim_end);
    let text = text
        .trim_start_matches(['+', '-', '−', '–', '$', '€', '₮', '£', '¥'])
        .trim_start();
    let Some(first) = text.chars().next() else {
        return false;
    };
    let Some(last) = text.chars().last() else {
        return false;
    };
    first.is_ascii_digit()
        && last.is_ascii_digit()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}' | ' '))
        // Two numbers side by side ("12 34") are text, not one number with a space.
        && text.split(' ').skip(1).all(|group| group.len() == 3)
}

/// True when `cell` is empty or stands for a missing number.
fn is_gap(cell: &str) -> bool {
    let text = cell.trim().to_lowercase();
    text.is_empty() || GAPS.contains(&text.as_str())
}

/// True when the body cells of a column (its header left out) hold numbers: at least one, and
/// every other cell a number or a gap.
pub fn is_numeric_column<S: AsRef<str>>(body: &[S]) -> bool {
    body.iter().any(|c| is_number(c.as_ref()))
        && body
            .iter()
            .all(|c| is_number(c.as_ref()) || is_gap(c.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_formatter_groups_thousands_and_keeps_the_places_asked_for() {
        assert_eq!(format(1868.3, 2), "1,868.30");
        assert_eq!(format(59.37, 2), "59.37");
        assert_eq!(format(28696.0, 0), "28,696");
        assert_eq!(format(113244.0, 0), "113,244");
        assert_eq!(format(-1854.5, 1), "-1,854.5");
        assert_eq!(format(-0.5, 1), "-0.5");
        assert_eq!(
            format(-0.01, 1),
            "0.0",
            "no sign on a value printed as zero"
        );
        assert_eq!(format(0.9, 1), "0.9");
        assert_eq!(format(1_234_567.0, 0), "1,234,567");
        assert_eq!(format_alone(0.1), "0.1");
        assert_eq!(format_alone(2016.0), "2,016");
    }

    #[test]
    fn mongolian_figures_print_as_the_statistics_office_prints_them() {
        assert_eq!(format(3_119_935.0, 0), "3,119,935");
        assert_eq!(format(2.03, 2), "2.03");
        assert_eq!(format(3348.0, 0), "3,348");
    }

    #[test]
    fn a_float_s_shortest_form_gives_its_places() {
        assert_eq!(decimals(59.37), 2);
        assert_eq!(decimals(1854.0), 0);
        assert_eq!(
            decimals(1868.30),
            1,
            "a file's trailing zero is lost on reading"
        );
        assert_eq!(
            decimals(1.0 / 3.0),
            MAX_PLACES,
            "a computed value is cut, not printed whole"
        );
    }

    #[test]
    fn numbers_with_separators_percent_and_signs_are_numbers() {
        for n in [
            "5,827", "20.3%", "16.7 %", "2,972.53", "2013", "-0.5", "$12", "1 234", "0.9%",
        ] {
            assert!(is_number(n), "{n}");
        }
        for t in [
            "",
            "Expired",
            "2013–2016",
            "12 34",
            "v2",
            "1.",
            "N.A.",
            "3 парк",
            "%",
        ] {
            assert!(!is_number(t), "{t}");
        }
    }

    #[test]
    fn a_column_of_numbers_and_gaps_is_numeric_but_not_one_of_words_or_gaps_only() {
        assert!(is_numeric_column(&["5,827", "4,779", "471"]));
        assert!(is_numeric_column(&[
            "2013",
            "2021",
            "N.A.",
            "мэдээлэлгүй",
            "–"
        ]));
        assert!(!is_numeric_column(&["2013", "Expired"]));
        assert!(!is_numeric_column(&["–", "", "N.A."]));
        assert!(!is_numeric_column::<&str>(&[]));
    }
}
