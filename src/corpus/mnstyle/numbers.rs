//! The numbers each language of an entry carries: digit sequences, read as values (`1,398`,
//! `1 398` and `1398` are one number; `5,5` is `5.5`). Small whole numbers (up to 10, often
//! written as words), month numbers in Mongolian dates («12-р сар») and everything inside links
//! (their text may come from the target's title) are left out, so only real mismatches remain.

use std::collections::BTreeSet;

/// A number as written and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub start: usize,
    pub written: String,
    /// The value in a canonical form (`1398`, `5.5`).
    pub value: String,
}

/// `text` with link targets, link texts and web addresses blanked (same length, so offsets stay),
/// and the link texts alone.
fn split_links(text: &str) -> (String, String) {
    let mut texts = String::new();
    let mut out: Vec<u8> = text.as_bytes().to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to] {
            if b.is_ascii_digit() {
                *b = b' ';
            }
        }
    };
    let mut i = 0;
    while let Some(pos) = text[i..].find('[') {
        let open = i + pos;
        let close = if text[open..].starts_with("[[") {
            text[open..].find("]]").map(|c| open + c + 2)
        } else {
            text[open..]
                .find("](")
                .and_then(|c| text[open + c..].find(')').map(|d| open + c + d + 1))
        };
        let Some(close) = close else {
            i = open + 1;
            continue;
        };
        blank(&mut out, open, close);
        let inner = &text[open..close];
        let shown = match inner.strip_prefix("[[") {
            Some(wiki) => wiki.split_once('|').map_or("", |(_, t)| t),
            None => inner[1..].split("](").next().unwrap_or(""),
        };
        texts.push_str(shown);
        texts.push('\n');
        i = close;
    }
    for span in super::latin::address_spans(text) {
        blank(&mut out, span.start, span.end);
    }
    // Only ASCII digits were replaced by ASCII spaces, so the bytes are still UTF-8.
    (String::from_utf8(out).unwrap_or_default(), texts)
}

/// Whether the number ending at `end` is a month in a Mongolian date: «12-р сар», «11 дүгээр сар».
fn is_month(text: &str, end: usize, value: f64) -> bool {
    let rest = text[end..].trim_start_matches(['-', ' ']);
    let rest = ["р ", "дүгээр ", "дугаар ", ""]
        .into_iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    value <= 12.0 && rest.starts_with("сар")
}

/// The lower part of a number Mongolian writes in words after the whole number at `end`:
/// «3 сая 348 мянга» is 3.348 million, «1 тэрбум 20 сая» 1.020 billion, so it matches the
/// other language's `3.348 million`. The part in thousandths of the larger unit, and where
/// the digits of it end.
fn spelled_part(text: &str, end: usize) -> Option<(f64, usize)> {
    let rest = &text[end..];
    [(" сая ", " мянга"), (" тэрбум ", " сая")]
        .into_iter()
        .find_map(|(large, small)| {
            let part = rest.strip_prefix(large)?;
            let digits = part.bytes().take_while(u8::is_ascii_digit).count();
            let read = (1..=3).contains(&digits) && part[digits..].starts_with(small);
            let thousandths = part[..digits].parse::<f64>().ok().filter(|_| read)?;
            Some((thousandths, end + large.len() + digits))
        })
}

/// The numbers of `text` outside links, which the other language should carry too, and the
/// numbers of link texts, which count as carried but are not required (a `[[id]]` link on the
/// other side may show them through the target's title).
pub fn numbers(text: &str, mongolian: bool) -> (Vec<Number>, Vec<Number>) {
    let (clean, link_texts) = split_links(text);
    let linked = numbers_in(&link_texts, mongolian);
    (numbers_in_blanked(text, &clean, mongolian), linked)
}

fn numbers_in(text: &str, mongolian: bool) -> Vec<Number> {
    numbers_in_blanked(text, text, mongolian)
}

/// The numbers of `clean` (`text` with some digits blanked), written as in `text`.
fn numbers_in_blanked(text: &str, clean: &str, mongolian: bool) -> Vec<Number> {
    let bytes = clean.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Digits glued to letters are part of a name: `G20`, `COVID-19`, `H2O`.
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut before = clean[..i].chars().rev();
        let in_name = match before.next() {
            Some('-') => before.next().is_some_and(char::is_alphabetic),
            Some(c) => c.is_alphanumeric(),
            None => false,
        };
        if in_name {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        let mut end = i;
        let mut group = 0;
        // Digits, with thousands separators (`,` or a space before exactly three digits) and
        // one decimal mark.
        let mut decimal = false;
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_digit() {
                digits.push(b as char);
                group += 1;
                end += 1;
                continue;
            }
            let next3 = bytes.get(end + 1..end + 4);
            let after = bytes.get(end + 4);
            let three = next3.is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !after.is_some_and(u8::is_ascii_digit);
            if (b == b',' || b == b' ') && three && !decimal && group <= 3 {
                group = 0;
                end += 1;
                continue;
            }
            if (b == b'.' || b == b',')
                && !decimal
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                decimal = true;
                digits.push('.');
                end += 1;
                continue;
            }
            break;
        }
        let Ok(mut value) = digits.parse::<f64>() else {
            i = end;
            continue;
        };
        if mongolian
            && !decimal
            && let Some((thousandths, after)) = spelled_part(clean, end)
        {
            value += thousandths / 1000.0;
            end = after;
        }
        i = end;
        if (value <= 10.0 && value.fract() == 0.0) || (mongolian && is_month(clean, end, value)) {
            continue;
        }
        out.push(Number {
            start,
            written: text[start..end].to_string(),
            value: value.to_string(),
        });
    }
    out
}

/// The numbers of a Mongolian `text` written with a point and exactly three decimals (`3.348`),
/// which a reader used to the decimal comma («3,5 сая») takes for a thousands group (three
/// thousand three hundred forty-eight). Link texts are left out (a title's own number).
pub fn three_decimals(text: &str) -> Vec<Number> {
    numbers(text, true)
        .0
        .into_iter()
        .filter(|n| {
            n.written
                .split_once('.')
                .is_some_and(|(_, decimals)| decimals.len() == 3)
        })
        .collect()
}

/// Indices of the numbers in `these` whose value is not in `others`, the first of each value.
/// `others` includes the other side's link-text numbers.
pub fn only_in<'a>(
    these: impl Iterator<Item = &'a Number>,
    others: impl Iterator<Item = &'a Number>,
) -> Vec<usize> {
    let theirs: BTreeSet<&str> = others.map(|n| n.value.as_str()).collect();
    let mut seen = BTreeSet::new();
    these
        .enumerate()
        .filter(|(_, n)| !theirs.contains(n.value.as_str()) && seen.insert(n.value.as_str()))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, mn: bool) -> Vec<String> {
        numbers(text, mn).0.into_iter().map(|n| n.value).collect()
    }

    #[test]
    fn separators_decimals_small_numbers_months_and_links() {
        assert_eq!(values("1,398 and 28 696 firms", false), ["1398", "28696"]);
        assert_eq!(values("5,5 хувь, 0.88%", true), ["5.5", "0.88"]);
        assert_eq!(
            values("three (3) stages, 2011–2015", false),
            ["2011", "2015"]
        );
        assert_eq!(values("2023 оны 12-р сард, 11 дүгээр сар", true), ["2023"]);
        assert_eq!(
            values("[[vision-2050|Алсын хараа 2050]] ба [x 12](law-2012)", true),
            Vec::<String>::new()
        );
        assert_eq!(
            values("see https://x.org/2019/report", false),
            Vec::<String>::new()
        );
        assert_eq!(values("нэгдсэн сан (1212.mn)", true), Vec::<String>::new());
        assert_eq!(
            values("COVID-19, G20, КОВИД-19, ЕХ27", false),
            Vec::<String>::new()
        );
        assert_eq!(
            values("3 сая 348 мянган хүн, 1 тэрбум 20 сая ам.доллар", true),
            ["3.348", "1.02"]
        );
        assert_eq!(values("3 сая хүн, 348 мянга", true), ["348"]);
        let (_, linked) = numbers("[[x|2050 он]] ба [[y]]", true);
        assert_eq!(linked.len(), 1);
    }

    #[test]
    fn a_point_before_three_digits_is_told_and_other_decimals_are_not() {
        let written = |text: &str| -> Vec<String> {
            three_decimals(text)
                .into_iter()
                .map(|n| n.written)
                .collect()
        };
        assert_eq!(written("2021 онд 3.348 сая хүн"), ["3.348"]);
        assert_eq!(written("1,234.567 ба 0.125 хувь"), ["1,234.567", "0.125"]);
        assert_eq!(
            written("2,972.53 сая ам.доллар, 17.6, 0.1 хувь, 3,348 мянга, 5,5 хувь"),
            Vec::<String>::new()
        );
        assert_eq!(
            written("[[x|3.348 сая]] ба 3 сая 348 мянган хүн"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn one_sided_numbers() {
        let en = numbers("In 2023, 150 applications", false).0;
        let mn = numbers("2023 онд 105 өргөдөл", true).0;
        let only: Vec<&str> = only_in(en.iter(), mn.iter())
            .into_iter()
            .map(|i| en[i].written.as_str())
            .collect();
        assert_eq!(only, ["150"]);
        let en = numbers("3.348 million people in 2021", false).0;
        let mn = numbers("2021 онд 3 сая 348 мянган хүн", true).0;
        assert_eq!(only_in(mn.iter(), en.iter()), Vec::<usize>::new());
    }
}
