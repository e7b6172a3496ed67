//! A figure's table with each value said once in plain text: a cell that only repeats its row's
//! value is left blank (a column left with nothing is dropped), and a row told as a record
//! gives its value first, or not at all where a quote of the row already gives its number with
//! the words around it («ойролцоогоор 5,000 ажлын байр»).

/// `text` to compare: lower case, single spaces, «хувь» and "pct." written as `%`.
fn comparable(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .join(" ")
        .to_lowercase()
        .replace(" хувь", "%")
        .replace(" pct.", "%")
        .replace(" per cent", "%")
        .replace(" percent", "%")
        .trim_end_matches('.')
        .to_string()
}

/// Whether `cell` says the same as `value` ("50 хувь" and "50%", «5 жил» and «5 жил»).
pub fn repeats(cell: &str, value: &str) -> bool {
    !value.is_empty() && comparable(cell) == comparable(value)
}

/// Blanks each cell between the label (column 0) and the values (the last column, when
/// `has_values`) that repeats its row's value, and drops a column left with no cell
/// (`table[0]` is the header).
pub fn blank_repeats(table: &mut [Vec<String>], has_values: bool) {
    if !has_values {
        return;
    }
    for row in table.iter_mut().skip(1) {
        let Some((value, cells)) = row.split_last_mut() else {
            continue;
        };
        for cell in cells.iter_mut().skip(1) {
            if repeats(cell, value) {
                cell.clear();
            }
        }
    }
    let ncols = table.first().map_or(0, Vec::len);
    let empty: Vec<usize> = (1..ncols.saturating_sub(1))
        .filter(|&c| {
            table
                .iter()
                .skip(1)
                .all(|row| row.get(c).is_none_or(String::is_empty))
        })
        .collect();
    for row in table.iter_mut() {
        for &c in empty.iter().rev() {
            if c < row.len() {
                row.remove(c);
            }
        }
    }
}

/// The number a value text starts with ("5,000" in «5,000 ажлын байр»), if any.
fn leading_number(value: &str) -> Option<&str> {
    let end = value
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(value.len(), |(i, _)| i);
    let number = value[..end].trim_end_matches([',', '.']);
    number
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(number)
}

/// Whether `text` holds `number` as a number of its own (not "50" within "2050" or "50.5").
fn quotes_number(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let mut after = text[i + number.len()..].chars();
        let next = after.next();
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let mark = |c: Option<char>| c == Some('.') || c == Some(',');
        let joined_before = digit(before) || mark(before);
        let joined_after = digit(next) || (mark(next) && digit(after.next()));
        !(joined_before || joined_after)
    })
}

/// Whether a quote gives the value: its number, and its unit («5,000 ажлын байр» in
/// «ойролцоогоор 5,000 ажлын байр», «6.4%» in «ердөө 6.4 хувь»); a bare number ("6" under
/// its column's unit) is too short to tell.
fn quotes_value(quote: &str, value: &str) -> bool {
    let Some(number) = leading_number(value) else {
        return false;
    };
    let unit = value[number.len()..].trim().to_lowercase();
    let quote = quote.to_lowercase();
    let unit_said = match unit.strip_prefix('%') {
        Some(_) => ["%", "хувь", "per cent", "percent"]
            .iter()
            .any(|w| quote.contains(w)),
        None => unit
            .split_whitespace()
            .next()
            .map(|word| word.chars().take(4).collect::<String>())
            .is_some_and(|stem| quote.contains(&stem)),
    };
    unit_said && quotes_number(&quote, number)
}

/// The table (`table[0]` is the header) for records: each row's value (the last column) moved
/// next to its label, and left empty where another cell of the row quotes its number.
pub fn value_first(table: &[Vec<String>]) -> Vec<Vec<String>> {
    table
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut row = row.clone();
            let Some(mut value) = row.pop() else {
                return row;
            };
            let quoted = i > 0 && row.iter().skip(1).any(|cell| quotes_value(cell, &value));
            if quoted {
                value.clear();
            }
            row.insert(1.min(row.len()), value);
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_cell_that_repeats_its_value_is_blank_and_an_empty_column_goes() {
        let mut t = table(&[
            &["", "Слайдад", ""],
            &["Хугацаа", "5 жил", "5 жил"],
            &["Хувь", "50 хувь", "50%"],
            &["Кластер", "5 кластерийн процесс", "5 кластер"],
        ]);
        blank_repeats(&mut t, true);
        assert_eq!(
            t,
            table(&[
                &["", "Слайдад", ""],
                &["Хугацаа", "", "5 жил"],
                &["Хувь", "", "50%"],
                &["Кластер", "5 кластерийн процесс", "5 кластер"],
            ])
        );
        let mut t = table(&[&["", "Slide", ""], &["Duration", "5 years", "5 years"]]);
        blank_repeats(&mut t, true);
        assert_eq!(t, table(&[&["", ""], &["Duration", "5 years"]]));
        let mut t = table(&[&["", "A"], &["x", "y"]]);
        blank_repeats(&mut t, false);
        assert_eq!(
            t,
            table(&[&["", "A"], &["x", "y"]]),
            "no values, nothing to repeat"
        );
    }

    #[test]
    fn a_record_gives_its_value_first_unless_a_quote_gives_its_number() {
        let t = table(&[
            &["", "Тайлангаас", "Эх сурвалж", ""],
            &[
                "Ажлын байр",
                "ойролцоогоор 5,000 ажлын байр",
                "ADB (2022)",
                "5,000 ажлын байр",
            ],
            &[
                "Салбар",
                "дөрвөн салбараас бүрдэнэ",
                "ADB (2022)",
                "4 салбар",
            ],
            &["Он", "2050 он гэхэд", "–", "50 жил"],
            &["Төсөв", "6 new prototypes", "–", "6"],
        ]);
        assert_eq!(
            value_first(&t),
            table(&[
                &["", "", "Тайлангаас", "Эх сурвалж"],
                &[
                    "Ажлын байр",
                    "",
                    "ойролцоогоор 5,000 ажлын байр",
                    "ADB (2022)"
                ],
                &[
                    "Салбар",
                    "4 салбар",
                    "дөрвөн салбараас бүрдэнэ",
                    "ADB (2022)"
                ],
                &["Он", "50 жил", "2050 он гэхэд", "–"],
                &["Төсөв", "6", "6 new prototypes", "–"],
            ])
        );
        assert!(quotes_number("380 гаруй", "380"));
        assert!(quotes_value("380 гаруй ажлын байр", "380 ажлын байр"));
        assert!(quotes_value("ердөө 6.4 хувь", "6.4%"));
        assert!(!quotes_value("79-т", "79 дугаар байр"));
        assert!(!quotes_number("50.5 сая", "50"));
        assert!(!quotes_number("1,500", "500"));
        assert_eq!(leading_number("10 сая"), Some("10"));
        assert_eq!(leading_number("–"), None);
    }
}
