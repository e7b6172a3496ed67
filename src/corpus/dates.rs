//! The dates of the kinds' fields: the two forms a date takes ([`DateForm`], marked on a
//! field's `FieldSpec` in `corpus::kinds`), what a value of each form may look like, and which
//! values of an entry are not dates ([`misdated`]), for `toli check`. Found from the kinds'
//! description (every `Year` and `Period` value `KindFields::values` gives), so a new kind's
//! date is checked without a line of its own here.

use super::kinds::{FieldValue, Value, fields};
use super::model::Kind;
use crate::diagnostic::Shape;

/// The form of a date field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// A year in four digits, read as a number (`year: 2015`).
    Year,
    /// A year, a span of years, a day or a length of time, as text (`2008–2015`, `2015–`,
    /// `1972`, `2018-01-18`, `6 months`).
    Period,
}

impl DateForm {
    /// What `toli check` says a value of this form should look like.
    pub fn shape(self) -> Shape {
        match self {
            DateForm::Year => Shape::Year,
            DateForm::Period => Shape::Period,
        }
    }
}

/// The form of the top-level field `key` when some kind describes it as a date.
pub fn form_of(key: &str) -> Option<DateForm> {
    Kind::ALL
        .into_iter()
        .flat_map(fields)
        .find(|f| f.name == key)
        .and_then(|f| f.date)
}

/// True for a year as a date field takes it: four digits.
pub fn is_year(year: i64) -> bool {
    (1000..=9999).contains(&year)
}

/// A length of time as a period writes it (`6 months`, `1 year`): the number and its unit
/// (`day`, `week`, `month` or `year`).
pub fn duration(text: &str) -> Option<(u32, &'static str)> {
    let mut words = text.split_whitespace();
    let (Some(n), Some(unit), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let n = n.parse::<u32>().ok()?;
    let unit = ["day", "week", "month", "year"]
        .into_iter()
        .find(|u| unit.strip_suffix('s').unwrap_or(unit) == *u)?;
    Some((n, unit))
}

/// True for a period's text: a year, a span of years (`2008–2015`, open: `2015–`), a day
/// (`2018-01-18`) or a length of time (`6 months`).
pub fn is_period(text: &str) -> bool {
    let text = text.trim();
    duration(text).is_some_and(|(n, _)| n > 0) || is_day(text) || is_span(text)
}

fn four_digits(text: &str) -> Option<i64> {
    let text = text.trim();
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `2018-01-18`.
fn is_day(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return false;
    };
    let within = |part: &str, most: u32| {
        part.len() == 2 && part.parse::<u32>().is_ok_and(|n| (1..=most).contains(&n))
    };
    four_digits(year).is_some() && within(month, 12) && within(day, 31)
}

/// `1972`, `2008–2015` (any dash), `2015–`.
fn is_span(text: &str) -> bool {
    let Some(at) = text.find(['-', '–', '—']) else {
        return four_digits(text).is_some();
    };
    let (first, rest) = text.split_at(at);
    let dash = rest.chars().next().map_or(0, char::len_utf8);
    let last = rest[dash..].trim();
    match (four_digits(first), last) {
        (Some(_), "") => true,
        (Some(from), last) => four_digits(last).is_some_and(|to| to >= from),
        (None, _) => false,
    }
}

/// A year written with letters that look like digits (`20I5`, `2O15`: `2015`).
pub fn year_meant(text: &str) -> Option<String> {
    let digits: String = text
        .trim()
        .chars()
        .map(|c| match c {
            'I' | 'l' | '|' | 'І' | 'і' => '1',
            'O' | 'o' | 'О' | 'о' => '0',
            other => other,
        })
        .collect();
    four_digits(&digits).filter(|y| is_year(*y))?;
    Some(digits)
}

/// Each date among `values` that is not one, with its field's name and form; a `TODO`
/// placeholder is passed over (reported as a placeholder).
pub fn misdated(values: &[FieldValue<'_>]) -> Vec<(&'static str, DateForm)> {
    values
        .iter()
        .filter_map(|(spec, value)| match value {
            Value::Year(y) if !is_year(i64::from(*y)) => Some((spec.name, DateForm::Year)),
            Value::Period(p) if !is_period(p) && !super::parse::placeholder::is_placeholder(p) => {
                Some((spec.name, DateForm::Period))
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
