//! What an entry offers a question beyond its words: facts that carry a count ("how many",
//! «хэдэн»), a date or year field ("when", «хэзээ»), a stated length of time ("how many
//! months", «хэдэн сар») and an amount of money ("how much … spend", «хэдэн евро»), kept per
//! entry as bits of one byte. A tour, a walk through other entries, offers none: the figures
//! are its stops'.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::corpus::model::{Entry, KindFields};

/// The entry's facts carry a count: key figures, evidence or figure rows, or a number in the
/// summary that is not a year.
pub const COUNT: u8 = 1;
/// The entry has a date or year field (a policy's year, a case's founding, a source's year, a
/// stage's period).
pub const DATE: u8 = 2;

/// The entry states a length of time: a number followed by a unit of time in its summary
/// ("a five-month programme", «таван сарын хөтөлбөр»), or a key figure counted in one.
pub const DURATION: u8 = 4;

/// The entry states an amount of money: a number with a currency in its summary ("6 million
/// EUR", «1.44 сая евро», "$2 million"), or a figure or key figure counted in one.
pub const MONEY: u8 = 8;

/// Currencies, as written beside a number: English and Mongolian words and their case forms,
/// and the ISO codes. (Signs — $, €, ₮ — are read apart: see [`has_money`].)
#[rustfmt::skip]
const CURRENCIES: &[&str] = &[
    "eur", "euro", "euros", "usd", "dollar", "dollars", "mnt", "tugrik", "tugriks", "евро",
    "еврогийн", "еврогоор", "еврод", "доллар", "долларын", "доллараар", "төгрөг", "төгрөгийн",
    "төгрөгөөр",
];

/// Whether `w` is one of [`CURRENCIES`], in any case.
fn is_currency(w: &str) -> bool {
    CURRENCIES.iter().any(|c| {
        c.len() == w.len() && (*c == w || c.chars().eq(w.chars().flat_map(char::to_lowercase)))
    })
}

/// Whether `text` states an amount of money: a currency sign touching a number ("$2", "€6",
/// "5₮"), or a currency within two words of a number that is not a year ("6 million EUR",
/// «1.44 сая евро», "EUR 17.6 million").
fn has_money(text: &str) -> bool {
    let signed = |sign: char| {
        text.match_indices(sign).any(|(at, s)| {
            let before = text[..at].chars().next_back();
            let after = text[at + s.len()..].chars().next();
            before.is_some_and(|c| c.is_ascii_digit()) || after.is_some_and(|c| c.is_ascii_digit())
        })
    };
    if ['$', '€', '₮'].into_iter().any(signed) {
        return true;
    }
    // Words since the last number, and since the last currency.
    let (mut number, mut currency) = (usize::MAX, usize::MAX);
    for w in text
        .split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
    {
        number = number.saturating_add(1);
        currency = currency.saturating_add(1);
        if is_number(w) || is_decimal(w) {
            if currency <= 1 {
                return true;
            }
            number = 0;
        } else if is_currency(w) {
            if number <= 3 {
                return true;
            }
            currency = 0;
        }
    }
    false
}

/// Whether `w` is a decimal number ("17.6", "1.44").
fn is_decimal(w: &str) -> bool {
    w.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && (a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit())
    })
}

/// Units of time, as written after a number ("five months", «таван сарын», «10 жил»): the
/// forms a summary uses, and those a question asking how long uses («хэдэн сар»).
#[rustfmt::skip]
pub const TIME_UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "хоног", "хоногийн",
    "сар", "сарын", "сараар", "сард", "жил", "жилийн", "жилээр", "жилд",
];

fn is_year(n: &str) -> bool {
    n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Numbers written as words, from two up ("one" and «нэг» also mean "a"): English, and
/// Mongolian in both its standalone and its attributive forms («арав», «арван жил»).
#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion",
    "dozen", "хоёр", "гурав", "гурван", "дөрөв", "дөрвөн", "тав", "таван", "зургаа", "зургаан",
    "долоо", "долоон", "найм", "найман", "ес", "есөн", "арав", "арван", "хорь", "хорин", "гуч",
    "гучин", "дөч", "дөчин", "тавь", "тавин", "зуу", "зуун", "мянга", "мянган", "сая", "тэрбум",
];

/// Whether `text` holds a number that is not a year, in digits or in words ("ten years",
/// «арван жил»).
fn has_count(text: &str) -> bool {
    let digits = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| !n.is_empty() && !is_year(n));
    // Words split at ASCII spaces and punctuation only, and looked up only when short enough
    // to be a number word: every summary of a corpus is read when its index is built.
    let words = number_words();
    digits
        || text
            .split(|c: char| c.is_ascii_whitespace() || c.is_ascii_punctuation())
            .filter(|w| !w.is_empty() && w.len() <= LONGEST_NUMBER_WORD)
            .any(|w| {
                words.contains(w)
                    || (w.chars().next().is_some_and(char::is_uppercase)
                        && words.contains(w.to_lowercase().as_str()))
            })
}

/// Whether `text` states a length of time: a number that is not a year (in digits or in
/// words) right before a unit of time ("for five years", «таван жил», "6 months"). Most words
/// are no unit: those are passed over by their length and bytes alone.
fn has_duration(text: &str) -> bool {
    let mut before = "";
    for w in text
        .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .filter(|w| !w.is_empty())
    {
        if is_time_unit(w) && is_number(before) {
            return true;
        }
        before = w;
    }
    false
}

/// Whether `w` is one of [`TIME_UNITS`], in any case.
fn is_time_unit(w: &str) -> bool {
    // Every unit starts with one of these letters: most words stop here.
    let first = w
        .chars()
        .next()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    if !matches!(first, Some('d' | 'w' | 'm' | 'y' | 'х' | 'с' | 'ж')) {
        return false;
    }
    TIME_UNITS.iter().any(|u| {
        u.len() == w.len() && (*u == w || u.chars().eq(w.chars().flat_map(char::to_lowercase)))
    })
}

/// Whether `w` is a number that is not a year: digits, or a number word.
fn is_number(w: &str) -> bool {
    if w.is_empty() || w.len() > LONGEST_NUMBER_WORD.max(4) {
        return false;
    }
    if w.bytes().all(|b| b.is_ascii_digit()) {
        return !is_year(w);
    }
    let low = if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    };
    number_words().contains(low.as_ref())
}

/// Whether a key figure's unit is a unit of time ("months", «сар»).
fn in_time_units(unit: &crate::corpus::model::Bi<String>) -> bool {
    unit.iter()
        .any(|(_, u)| TIME_UNITS.contains(&u.trim().to_lowercase().as_str()))
}

/// Bytes of the longest of [`NUMBER_WORDS`].
const LONGEST_NUMBER_WORD: usize = 14;

/// [`NUMBER_WORDS`] hashed once: every summary's every word is looked up when an index is built.
fn number_words() -> &'static FxHashSet<&'static str> {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| NUMBER_WORDS.iter().copied().collect());
    &SET
}

/// The years an entry's date or year field spans, first and last (a policy's or a source's
/// year, a case's founding, a stage's period: «2008–2015»; «2008–» runs on): what a year typed
/// in a query is compared with. `None` without one (or a period with no year: "1 month").
pub type Years = Option<(u16, u16)>;

/// The years of an entry ([`Years`]).
pub fn years(e: &Entry) -> Years {
    let one = |y: &Option<i32>| y.and_then(|y| u16::try_from(y).ok()).map(|y| (y, y));
    match &e.fields {
        KindFields::Policy { year, .. } | KindFields::Source { year, .. } => one(year),
        // A park licensed in a year is dated then when it gives no founding year.
        KindFields::Case {
            established,
            licensed,
            ..
        } => one(established).or(one(licensed)),
        KindFields::Stage { period, .. } => period.as_deref().and_then(period_years),
        KindFields::Definition { .. }
        | KindFields::Finding { .. }
        | KindFields::Recommendation { .. }
        | KindFields::Action { .. }
        | KindFields::Figure { .. }
        | KindFields::Tour { .. } => None,
    }
}

/// The years a stage's period spans: its first year to its last, to any year when it ends
/// open («2015–»).
fn period_years(period: &str) -> Years {
    let found: Vec<u16> = period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| is_year(n))
        .filter_map(|n| n.parse().ok())
        .collect();
    let (first, last) = (*found.first()?, *found.last()?);
    let open = found.len() == 1 && period.trim_end().ends_with(['-', '–', '—']);
    Some((first, if open { u16::MAX } else { last }))
}

/// Whether `years` (an entry's, see [`years`]) hold `year`.
pub fn dated_in(years: Years, year: u16) -> bool {
    years.is_some_and(|(first, last)| (first..=last).contains(&year))
}

/// The trait bits of an entry.
pub fn of(e: &Entry) -> u8 {
    if matches!(e.fields, KindFields::Tour { .. }) {
        return 0;
    }
    let duration = match &e.fields {
        KindFields::Case { key_figures, .. } => key_figures
            .iter()
            .any(|f| f.unit.as_ref().is_some_and(in_time_units)),
        // Every kind is named (here and below), so that a new kind's figures and dates are
        // not left out unnoticed.
        KindFields::Definition { .. }
        | KindFields::Stage { .. }
        | KindFields::Policy { .. }
        | KindFields::Finding { .. }
        | KindFields::Recommendation { .. }
        | KindFields::Action { .. }
        | KindFields::Source { .. }
        | KindFields::Figure { .. }
        | KindFields::Tour { .. } => false,
    } || e.summary.iter().any(|(_, s)| has_duration(s));
    let (facts, date) = match &e.fields {
        KindFields::Policy { year, .. } => (false, year.is_some()),
        KindFields::Case {
            established,
            licensed,
            key_figures,
            ..
        } => (
            !key_figures.is_empty(),
            established.is_some() || licensed.is_some(),
        ),
        KindFields::Source { year, .. } => (false, year.is_some()),
        KindFields::Stage { period, .. } => (false, period.is_some()),
        KindFields::Finding { evidence, .. } => (!evidence.is_empty(), false),
        // A table through time (every row a year, not all one) answers "when".
        KindFields::Figure { rows, .. } => (!rows.is_empty(), through_time(rows)),
        KindFields::Definition { .. }
        | KindFields::Recommendation { .. }
        | KindFields::Action { .. }
        | KindFields::Tour { .. } => (false, false),
    };
    let summary = e.summary.iter().any(|(_, s)| has_count(s));
    let mut bits = 0;
    if facts || summary {
        bits |= COUNT;
    }
    if date {
        bits |= DATE;
    }
    if duration {
        bits |= DURATION;
    }
    if money(e) {
        bits |= MONEY;
    }
    bits
}

/// Whether every row of a figure carries a year and the years differ: a list of laws by year,
/// a series. (One year for all rows dates the data, not what each row is.)
fn through_time(rows: &[crate::corpus::model::FigureRow]) -> bool {
    let years: Option<Vec<i32>> = rows.iter().map(|r| r.year).collect();
    years.is_some_and(|y| y.iter().any(|&x| Some(&x) != y.first()))
}

/// Whether an entry states an amount of money ([`MONEY`]): in its summary, or a figure or key
/// figures counted in a currency; spending stated as a share of GDP ("0.1% of GDP", «ДНБ-ий 0.1
/// хувь») is how a country's spending is told, so it counts too.
fn money(e: &Entry) -> bool {
    let in_currency = |unit: &Option<crate::corpus::model::Bi<String>>| {
        (unit.iter().flat_map(|u| u.iter())).any(|(_, u)| u.split_whitespace().any(is_currency))
    };
    let facts = match &e.fields {
        KindFields::Figure { unit, rows, .. } => !rows.is_empty() && in_currency(unit),
        KindFields::Case { key_figures, .. }
        | KindFields::Finding {
            evidence: key_figures,
            ..
        } => key_figures.iter().any(|f| in_currency(&f.unit)),
        KindFields::Definition { .. }
        | KindFields::Stage { .. }
        | KindFields::Policy { .. }
        | KindFields::Recommendation { .. }
        | KindFields::Action { .. }
        | KindFields::Source { .. }
        | KindFields::Tour { .. } => false,
    };
    facts || (e.summary.iter()).any(|(_, s)| has_money(s) || has_share_of_gdp(s))
}

/// Whether `text` states a share of GDP: it names GDP («ДНБ») and a per cent («хувь»), and
/// holds a number.
fn has_share_of_gdp(text: &str) -> bool {
    let gdp = text.contains("GDP") || text.contains("ДНБ");
    let percent = text.contains('%') || text.contains("хувь");
    gdp && percent && text.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_time_unit_starts_with_a_letter_the_quick_test_lets_through() {
        for u in TIME_UNITS {
            assert!(is_time_unit(u), "{u}");
        }
        assert!(is_time_unit("Months") && is_time_unit("Жил"));
        assert!(!is_time_unit("monthly") && !is_time_unit("park"));
    }

    #[test]
    fn spending_as_a_share_of_gdp_is_an_amount_spent() {
        assert!(has_share_of_gdp("R&D spending fell to about 0.1% of GDP"));
        assert!(has_share_of_gdp(
            "СХ-ийн зардал ДНБ-ий 0.1 орчим хувь болж буурсан"
        ));
        assert!(!has_share_of_gdp("GDP grew in 2020"), "no share stated");
        assert!(!has_share_of_gdp("10% of firms innovate"), "not of GDP");
    }

    #[test]
    fn a_date_field_gives_the_years_it_spans() {
        assert_eq!(period_years("2008–2015"), Some((2008, 2015)));
        assert_eq!(period_years("2021"), Some((2021, 2021)));
        assert_eq!(period_years("2015–"), Some((2015, u16::MAX)), "runs on");
        assert_eq!(period_years("1 month"), None);
        assert!(dated_in(Some((2008, 2015)), 2012));
        assert!(
            !dated_in(Some((2021, 2021)), 2016),
            "a source of 2021 is not dated 2016"
        );
        assert!(dated_in(period_years("2015–"), 2024));
        assert!(!dated_in(None, 2016));
    }

    #[test]
    fn money_is_a_number_with_a_currency() {
        assert!(has_money(
            "InoKlaster LT 6, Inolink 2.4 and InoConnect 1.44 million EUR."
        ));
        assert!(has_money("Inolink 2.4, InoConnect 1.44 сая евро."));
        assert!(has_money("a budget of EUR 17.6 million"));
        assert!(has_money("grants of up to $50,000"));
        assert!(has_money("10 тэрбум төгрөг"));
        assert!(has_money("арван тэрбум төгрөгийн санхүүжилт"));
        assert!(!has_money("122 projects in Europe"), "a count is not money");
        assert!(
            !has_money("the euro area since 2015"),
            "a year is not an amount"
        );
        assert!(!has_money("funded in euro"), "a currency without an amount");
        assert!(!has_money(
            "5 parks; the budget was never paid, not one dollar"
        ));
    }

    #[test]
    fn counts_are_numbers_that_are_not_years() {
        assert!(has_count("11 ITPs hold special status"));
        assert!(has_count("0.1% of GDP"));
        assert!(!has_count("adopted in 2012"));
        assert!(!has_count("no numbers"));
        assert!(has_count("no land lease fees for ten years"));
        assert!(has_count("арван жилийн турш газрын төлбөр төлөхгүй"));
        assert!(!has_count("one park, a law"));
        let longest = NUMBER_WORDS.iter().map(|w| w.len()).max();
        assert!(has_duration("it runs a five-month structured programme"));
        assert!(has_duration("таван сарын бүтэцтэй хөтөлбөр"));
        assert!(has_duration("no real estate tax for 5 years"));
        assert!(!has_duration("the first month of the programme"));
        assert!(!has_duration("хөтөлбөрийн эхний сар"));
        assert!(
            !has_duration("adopted in 2012 years ago"),
            "a year is not a number of years"
        );
        assert_eq!(
            longest,
            Some(LONGEST_NUMBER_WORD),
            "every number word is looked up"
        );
    }
}
