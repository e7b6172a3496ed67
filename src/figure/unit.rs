//! How a number reads with its unit. Most units follow the number (`59.37 million USD`,
//! «28,696 төгсөгч»). A share in per cent is written as readers write one: the sign on the
//! number (`30%`), and what it is a share of in the label in Mongolian («IT Park-ийн оффисын
//! түрээсийн орлого, орлогод эзлэх хувь: 30%») or after the sign in English (`30% of revenue`),
//! so that a unit such as «хувь (орлогод эзлэх)» never prints as «30 хувь (орлогод эзлэх)».

use crate::lang::Lang;

/// Words that say how near the number is: they go at the end of the label, in brackets, as
/// the corpus writes them («СХ-ийн зардал (ойролцоогоор)»).
const NEARNESS: [&str; 2] = ["ойролцоогоор", "гаруй"];

/// Last words of a Mongolian qualifier saying what a per cent is a share of («орлогод эзлэх»)
/// or above («дунджаас давсан»): with «хувь» after them they name the value in the label.
const SHARE_OF: [&str; 2] = ["эзлэх", "давсан"];

/// A unit in per cent, taken apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PerCent {
    /// Words that stay after the sign: English "of revenue", "higher", "(approx.)"; a
    /// Mongolian qualifier that names the measure, in brackets: «(нийт хамран сургалт)».
    pub after: String,
    /// Mongolian: what the per cent is a share of or above, as a label names it:
    /// «орлогод эзлэх хувь».
    pub of: Option<String>,
    /// Mongolian: how near the number is («ойролцоогоор»), for the end of the label.
    pub near: Option<String>,
}

/// The rest of `unit` after a per-cent sign or word at its start, if it starts with one.
fn after_per_cent(unit: &str, lang: Lang) -> Option<&str> {
    let unit = unit.trim();
    let heads: &[&str] = match lang {
        // Case matters: "PCT applications" counts patent filings.
        Lang::En => &["%", "per cent", "percent", "pct."],
        Lang::Mn => &["%", "хувь"],
    };
    heads.iter().find_map(|head| {
        let rest = unit.strip_prefix(head)?;
        // A word ends there («хувь», not «хувьцаа»); a sign may be followed by anything.
        let word_ends = *head == "%" || rest.is_empty() || rest.starts_with([' ', '(', ',']);
        word_ends.then_some(rest.trim())
    })
}

/// `unit` taken apart when it is a per cent (`%`, "per cent", «хувь», with what follows).
pub fn per_cent(unit: &str, lang: Lang) -> Option<PerCent> {
    let rest = after_per_cent(unit, lang)?;
    let inside = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .filter(|_| lang == Lang::Mn);
    let Some(inside) = inside else {
        return Some(PerCent {
            after: rest.to_string(),
            ..PerCent::default()
        });
    };
    let mut out = PerCent::default();
    let mut kept = Vec::new();
    for part in inside.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let last = part.split_whitespace().last().unwrap_or(part);
        if NEARNESS.contains(&part) {
            out.near = Some(part.to_string());
        } else if SHARE_OF.contains(&last) && out.of.is_none() {
            out.of = Some(format!("{part} хувь"));
        } else {
            kept.push(part);
        }
    }
    if !kept.is_empty() {
        out.after = format!("({})", kept.join(", "));
    }
    Some(out)
}

/// A label and a value as they read together (`label: value`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub label: String,
    pub value: String,
}

/// `label` ends in a bracketed nearness word: the label without it, and the word.
fn split_nearness(label: &str) -> (&str, Option<&str>) {
    for word in NEARNESS {
        let tail = format!("({word})");
        if let Some(head) = label.trim_end().strip_suffix(&tail) {
            return (head.trim_end(), Some(word));
        }
    }
    (label, None)
}

/// `label` and the shown `number` with its `unit` (none: the number alone). `space` joins a
/// number to a unit of words (a no-break space in text that wraps, so a number never ends a
/// line without its unit), and a per cent to the words after it (`40% of costs`); a sign
/// (`%`, `‰`) sits on its number. A per cent reads as
/// [`per_cent`] takes it apart: what it is a share of joins a Mongolian label unless the label
/// already says it.
pub fn labelled(
    label: &str,
    number: &str,
    unit: Option<&str>,
    lang: Lang,
    space: char,
) -> Labelled {
    let plain = |value: String| Labelled {
        label: label.to_string(),
        value,
    };
    let Some(unit) = unit.filter(|u| !u.trim().is_empty()) else {
        return plain(number.to_string());
    };
    let Some(p) = per_cent(unit, lang) else {
        return plain(match unit.starts_with(['%', '‰']) {
            true => format!("{number}{unit}"),
            false => format!("{number}{space}{unit}"),
        });
    };
    let value = match p.after.is_empty() {
        true => format!("{number}%"),
        false => format!("{number}%{space}{}", p.after),
    };
    let says = |words: &str| label.to_lowercase().contains(&words.to_lowercase());
    let (head, near_in_label) = split_nearness(label);
    let mut shown = head.to_string();
    if let Some(of) = &p.of {
        let share = of.trim_end_matches(" хувь");
        if !says(share) {
            shown.push_str(", ");
            shown.push_str(of);
        }
    }
    if let Some(near) = near_in_label.or(p.near.as_deref()) {
        shown.push_str(&format!(" ({near})"));
    }
    Labelled {
        label: shown,
        value,
    }
}

/// Whether `unit` reads in per cent in either of its languages.
pub fn is_per_cent(en: Option<&str>, mn: Option<&str>) -> bool {
    en.is_some_and(|u| per_cent(u, Lang::En).is_some())
        || mn.is_some_and(|u| per_cent(u, Lang::Mn).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mn(label: &str, number: &str, unit: &str) -> String {
        let l = labelled(label, number, Some(unit), Lang::Mn, ' ');
        format!("{}: {}", l.label, l.value)
    }

    fn en(label: &str, number: &str, unit: &str) -> String {
        let l = labelled(label, number, Some(unit), Lang::En, ' ');
        format!("{}: {}", l.label, l.value)
    }

    #[test]
    fn a_mongolian_share_names_what_it_is_a_share_of_in_the_label() {
        assert_eq!(
            mn(
                "IT Park-ийн оффисын түрээсийн орлого",
                "30",
                "хувь (орлогод эзлэх)"
            ),
            "IT Park-ийн оффисын түрээсийн орлого, орлогод эзлэх хувь: 30%"
        );
        assert_eq!(
            mn("СХ-ийн зардал", "0.1", "хувь (ДНБ-д эзлэх, ойролцоогоор)"),
            "СХ-ийн зардал, ДНБ-д эзлэх хувь (ойролцоогоор): 0.1%"
        );
        assert_eq!(
            mn("Бүтээмж", "25", "хувь (дунджаас давсан)"),
            "Бүтээмж, дунджаас давсан хувь: 25%"
        );
        // A label that already says it, or ends in «(ойролцоогоор)», is not told twice.
        assert_eq!(
            mn(
                "Боловсролын зардал, ДНБ-д эзлэх хувь",
                "6.5",
                "хувь (ДНБ-д эзлэх)"
            ),
            "Боловсролын зардал, ДНБ-д эзлэх хувь: 6.5%"
        );
        assert_eq!(
            mn(
                "СХ-ийн зардал, сүүлийн түвшин (ойролцоогоор)",
                "0.1",
                "хувь (ДНБ-д эзлэх)"
            ),
            "СХ-ийн зардал, сүүлийн түвшин, ДНБ-д эзлэх хувь (ойролцоогоор): 0.1%"
        );
        assert_eq!(
            mn(
                "Бүтэлгүйтлийн тооцоолсон түвшин",
                "20",
                "хувь (ойролцоогоор)"
            ),
            "Бүтэлгүйтлийн тооцоолсон түвшин (ойролцоогоор): 20%"
        );
        // A qualifier that names the measure stays by the number; a bare share is a sign.
        assert_eq!(
            mn(
                "Дээд боловсролын хамран сургалт",
                "14",
                "хувь (нийт хамран сургалт)"
            ),
            "Дээд боловсролын хамран сургалт: 14% (нийт хамран сургалт)"
        );
        assert_eq!(
            mn("Оффисын түрээсийн орлогын хувь", "30", "хувь"),
            "Оффисын түрээсийн орлогын хувь: 30%"
        );
        assert_eq!(
            mn("Экспортод эзлэх хувь", "36", "%"),
            "Экспортод эзлэх хувь: 36%"
        );
    }

    #[test]
    fn an_english_per_cent_keeps_its_words_after_the_sign() {
        assert_eq!(
            en("Office rent", "30", "% of revenue"),
            "Office rent: 30% of revenue"
        );
        assert_eq!(en("Share", "30", "per cent"), "Share: 30%");
        assert_eq!(en("Share", "30", "pct."), "Share: 30%");
        assert_eq!(
            en("Failure rate", "20", "per cent (approx.)"),
            "Failure rate: 20% (approx.)"
        );
        assert_eq!(
            en("Productivity", "25", "% higher"),
            "Productivity: 25% higher"
        );
    }

    #[test]
    fn other_units_follow_the_number() {
        let l = labelled("Exports", "59.37", Some("million USD"), Lang::En, '\u{a0}');
        assert_eq!(l.value, "59.37\u{a0}million USD");
        assert_eq!(l.label, "Exports");
        assert_eq!(
            labelled("Rate", "1.5", Some("‰"), Lang::En, ' ').value,
            "1.5‰"
        );
        assert_eq!(labelled("Year", "2016", None, Lang::Mn, ' ').value, "2016");
        // «хувьцаа» (shares of stock) and «хувиар их» are words of their own, not a per cent.
        assert!(per_cent("хувьцаа", Lang::Mn).is_none());
        assert!(per_cent("хувиар их", Lang::Mn).is_none());
        assert!(per_cent("percentage points", Lang::En).is_none());
        assert!(per_cent("PCT applications", Lang::En).is_none());
        assert!(is_per_cent(
            Some("% of revenue"),
            Some("хувь (орлогод эзлэх)")
        ));
    }
}
