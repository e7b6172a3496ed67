//! Columns of numbers: a column whose cells are all numbers (`5,827`, `20.3%`, `16.7 %`,
//! `2,972.53`, `2013`) or gaps (`–`, `N.A.`) is set to the right, so that its
//! values can be compared down the column — in handouts, Markdown tables and `toli figure`.

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
