//! The matrix's line for the focused finding: the actions that answer it, by name as many as
//! the lines under the grid hold, by code only past that, and then how to see each by name.

use crate::text::titles::fit_column;

/// Widest a name is shown in the line, so that one long title leaves room for the others.
const NAME_MAX: usize = 32;

/// `head` (`F5 Title — addressed by`) followed by the `answers` (code, title) by name: whole
/// when all fit in `lines` lines (as `fit_in` counts them), else as many as fit cut short, the
/// rest by code followed by `hint` (how to see them by name). With no answers, `nothing`.
pub(super) fn line(
    head: &str,
    answers: &[(String, String)],
    nothing: &str,
    hint: &str,
    fit_in: impl Fn(&str) -> usize,
    lines: usize,
) -> String {
    if answers.is_empty() {
        return format!("{head}: {nothing}");
    }
    let rows: Vec<(&str, usize)> = answers
        .iter()
        .map(|(_, t)| (t.as_str(), NAME_MAX))
        .collect();
    let whole: Vec<String> = answers.iter().map(|(_, t)| t.clone()).collect();
    let cut = fit_column(&rows);
    let with_names = |names: &[String], named: usize| {
        let by_name: Vec<String> = (answers.iter().zip(names))
            .take(named)
            .map(|((code, _), name)| format!("{code} {name}"))
            .collect();
        let by_code: Vec<&str> = answers[named..].iter().map(|(c, _)| c.as_str()).collect();
        let mut text = format!("{head}: {}", by_name.join("; "));
        if !by_code.is_empty() {
            let gap = if named > 0 { "; " } else { "" };
            text = format!("{text}{gap}{} {hint}", by_code.join(" "));
        }
        text
    };
    // Every name whole when they fit; else as many as fit, each cut to `NAME_MAX`.
    let fits = |text: &String| fit_in(text) <= lines.max(1);
    Some(with_names(&whole, answers.len()))
        .filter(fits)
        .or_else(|| {
            (0..=answers.len())
                .rev()
                .map(|named| with_names(&cut, named))
                .find(fits)
        })
        .unwrap_or_else(|| with_names(&cut, 0))
}

#[cfg(test)]
mod tests {
    use super::line;

    fn answers(n: usize) -> Vec<(String, String)> {
        (1..=n)
            .map(|i| (format!("A{i}"), format!("Action number {i} named in full")))
            .collect()
    }

    /// Lines of 40 columns, counted as the matrix wraps them (at spaces).
    fn lines_at_40(text: &str) -> usize {
        text.split(' ')
            .fold((1, 0), |(lines, used), word| {
                let w = word.chars().count();
                match used {
                    0 => (lines, w),
                    _ if used + 1 + w > 40 => (lines + 1, w),
                    _ => (lines, used + 1 + w),
                }
            })
            .0
    }

    #[test]
    fn names_are_whole_when_all_fit_and_cut_short_when_not() {
        let long: Vec<(String, String)> = (1..=2)
            .map(|i| {
                (
                    format!("A{i}"),
                    format!("A long action title, number {i}, in full"),
                )
            })
            .collect();
        let whole = line("F5 Gap — by", &long, "-", "(n)", lines_at_40, 3);
        assert!(
            whole.ends_with("A2 A long action title, number 2, in full"),
            "{whole}"
        );
        let cut = line("F5 Gap — by", &long, "-", "(n)", lines_at_40, 2);
        assert!(cut.contains('…'), "{cut}");
        assert!(lines_at_40(&cut) <= 2, "{cut}");
    }

    #[test]
    fn names_as_many_as_fit_then_codes_and_the_way_to_see_them() {
        let all = line(
            "F5 Gap — addressed by",
            &answers(2),
            "-",
            "(n)",
            lines_at_40,
            4,
        );
        assert_eq!(
            all,
            "F5 Gap — addressed by: A1 Action number 1 named in full; A2 Action number 2 named in full"
        );
        let some = line(
            "F5 Gap — addressed by",
            &answers(5),
            "-",
            "(n)",
            lines_at_40,
            3,
        );
        assert!(some.contains("A1 Action number 1"), "{some}");
        assert!(some.ends_with("A5 (n)"), "{some}");
        assert!(lines_at_40(&some) <= 3, "{some}");
        let codes = line(
            "F5 Gap — addressed by",
            &answers(5),
            "-",
            "(n)",
            lines_at_40,
            1,
        );
        assert_eq!(codes, "F5 Gap — addressed by: A1 A2 A3 A4 A5 (n)");
        assert_eq!(
            line(
                "F5 Gap — addressed by",
                &[],
                "nothing yet",
                "(n)",
                lines_at_40,
                3
            ),
            "F5 Gap — addressed by: nothing yet"
        );
    }
}
