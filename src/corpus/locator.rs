//! Source locators in the reader's language. A locator written once ("Section IV, Figure 9,
//! footnote 6") is the source's own English; the Mongolian view renders its structural words in
//! Mongolian («IV бүлэг, 9-р зураг, 6-р зүүлт») and leaves quotations of the source — a slide's
//! title, a section heading — as the source has them. An explicit `{en, mn}` locator wins.
//! The Mongolian words are Fluent messages (`values.ftl`); the English side of those messages
//! is there for parity only, as English locators are shown as written.

use std::sync::{LazyLock, OnceLock};

use regex::{Captures, Regex};

use super::model::Bi;
use crate::i18n::Localizer;
use crate::lang::Lang;

use super::locator_words::slide_word;
pub use super::locator_words::{english_words, own_words};

/// The locator as shown in `lang`.
pub fn render(locator: &Bi<String>, lang: Lang) -> String {
    let explicit = locator.en != locator.mn;
    let text = locator.show(lang);
    if explicit && locator.get(lang).is_some() || lang == Lang::En {
        return text.to_string();
    }
    mongolian(text)
}

/// A word of `values.ftl`'s Mongolian vocabulary (`locator-table` → «хүснэгт»).
pub(super) fn word(id: &str) -> String {
    Localizer::shared().t(Lang::Mn, id)
}

/// The Fluent id of the Mongolian noun for an English structural word (singular or plural,
/// any case); `-of` on the id gives its genitive.
fn noun(english: &str) -> &'static str {
    match english.to_lowercase().trim_end_matches('s') {
        "section" | "chapter" => "locator-section",
        "slide" => "locator-slide",
        "table" => "locator-table",
        "figure" => "locator-figure",
        "box" | "boxe" => "locator-box",
        "footnote" => "locator-footnote",
        "finding" => "locator-finding",
        "page" | "p." | "pp." => "locator-page",
        "paragraph" => "locator-paragraph",
        _ => "locator-item",
    }
}

/// The noun for `english` after a number: «3-р хүснэгт».
fn numbered(numbers: &str, english: &str) -> String {
    format!("{}-р {}", list(numbers), word(noun(english)))
}

/// The same in the genitive, before a postposition: «3-р хүснэгтийн».
fn numbered_of(numbers: &str, english: &str) -> String {
    format!(
        "{}-р {}",
        list(numbers),
        word(&format!("{}-of", noun(english)))
    )
}

/// A list of numbers as Mongolian writes it: "9 and 12" → "9, 12".
fn list(numbers: &str) -> String {
    numbers.replace(" and ", ", ")
}

/// A fixed pattern (tested below), compiled once.
pub(super) fn re(pattern: &str) -> Regex {
    #[allow(clippy::expect_used)]
    Regex::new(pattern).expect("a valid locator pattern")
}

const NOUNS: &str = r"([Ss]lides?|Sections?|Chapters?|Tables?|Figures?|Box(?:es)?|[Ff]ootnotes?|Findings?|[Pp]ages?|[Pp]aragraphs?|item|pp?\.)";
const NUMS: &str = r"([0-9]+(?:[–-][0-9]+)?(?:(?:, | and )[0-9]+(?:[–-][0-9]+)?)*)";
const ROMANS: &str = r"([IVX]+(?:(?:, | and )[IVX]+)*)";

/// What a rule writes in place of a match.
type Rewrite = fn(&Captures) -> String;

/// Rewrites applied in order to the part of a locator outside quotations. Each is compiled
/// the first time a locator holds one of its trigger strings, so a view pays only for the
/// rules its locators need.
static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let rules: Vec<(&'static [&'static str], String, Rewrite)> = vec![
        (
            &["printed between"],
            r"key actions printed between (.+?) and ([A-Z].*)$".into(),
            |c| {
                format!(
                    "«{}», «{}» {}",
                    &c[1],
                    &c[2],
                    word("locator-key-actions-between")
                )
            },
        ),
        (
            &["Annex of"],
            r"(?:as )?cited (?:in|under) the Annex of (UNCTAD \(2025\))".into(),
            |c| {
                format!(
                    "{}: {}, {}",
                    word("locator-cited"),
                    &c[1],
                    word("locator-annex")
                )
            },
        ),
        (
            &["cited under"],
            format!(r"(?:as )?cited under {NOUNS} {NUMS} of (UNCTAD \(2025\))"),
            |c| {
                format!(
                    "{}: {}, {} {}",
                    word("locator-cited"),
                    &c[3],
                    numbered_of(&c[2], &c[1]),
                    word("locator-under")
                )
            },
        ),
        (
            &[" of UNCTAD"],
            format!(r"(?:as )?cited in {NOUNS} ([^ ]+) of (UNCTAD \(2025\))"),
            |c| format!("{}: {}, {} {}", word("locator-cited"), &c[3], &c[1], &c[2]),
        ),
        (
            &["cited "],
            r"(?-u:\b)(?:as )?cited (?:in|by|on) ".into(),
            |_| format!("{}: ", word("locator-cited")),
        ),
        (
            &["UNCTAD"],
            r"(UNCTAD \(?2025\)?) (Sections?|Tables?|Figures?|Annex|Box)".into(),
            |c| format!("{}, {}", &c[1], &c[2]),
        ),
        (
            &[" and "],
            r" and (after|footnotes?|Box(?:es)?|Tables?|Figures?|Sections?|Annex)(?-u:\b)".into(),
            |c| format!(" {} {}", word("locator-and"), &c[1]),
        ),
        (
            &["discussion after"],
            r"discussion after Finding ([0-9]+)".into(),
            |c| {
                format!(
                    "{} {}",
                    numbered_of(&c[1], "finding"),
                    word("locator-discussion-after")
                )
            },
        ),
        (&["after "], format!(r"(?-u:\b)after {NOUNS} {NUMS}"), |c| {
            format!("{} {}", numbered_of(&c[2], &c[1]), word("locator-after"))
        }),
        (&["text on "], r"(?-u:\b)text on ".into(), |_| {
            format!("{}: ", word("locator-text-on"))
        }),
        (&[") and "], r"\) and ([A-Z])".into(), |c| {
            format!(") {} {}", word("locator-and"), &c[1])
        }),
        (
            &["Section"],
            format!(r"(?-u:\b)Sections? {ROMANS}(?-u:\b)"),
            |c| format!("{} {}", list(&c[1]), word("locator-section")),
        ),
        (&["footnote (*)"], r"(?-u:\b)footnote \(\*\)".into(), |_| {
            format!("(*) {}", word("locator-footnote"))
        }),
        (DIGITS, format!(r"(?-u:\b){NOUNS} {NUMS}"), |c| {
            numbered(&c[2], &c[1])
        }),
        (&["Annex"], r"(?-u:\b)Annex(?-u:\b)".into(), |_| {
            word("locator-annex")
        }),
        (
            &["Executive summary"],
            r"(?-u:\b)Executive summary(?-u:\b)".into(),
            |_| word("locator-executive-summary"),
        ),
        (
            &["Abbreviations"],
            r"(?-u:\b)Abbreviations(?-u:\b)".into(),
            |_| word("locator-abbreviations"),
        ),
        (
            &["introduction"],
            r"(?-u:\b)introduction(?-u:\b)".into(),
            |_| word("locator-introduction"),
        ),
        (
            &["Recommendations"],
            r"(?-u:\b)Recommendations(?-u:\b)".into(),
            |_| word("locator-recommendations"),
        ),
        (&["Findings"], r"(?-u:\b)Findings(?-u:\b)".into(), |_| {
            word("locator-findings")
        }),
        (
            &["key actions"],
            r"(?-u:\b)key actions(?-u:\b)".into(),
            |_| word("locator-key-actions"),
        ),
        (&[", challenge"], r", challenge$".into(), |_| {
            format!(", {}", word("locator-challenge"))
        }),
        (&[", recommendation"], r", recommendation$".into(), |_| {
            format!(", {}", word("locator-recommendation"))
        }),
        (&["(continued)"], r"\(continued\)".into(), |_| {
            format!("({})", word("locator-continued"))
        }),
        (&["(source line)"], r"\(source line\)".into(), |_| {
            format!("({})", word("locator-source-line"))
        }),
    ];
    rules
        .into_iter()
        .map(|(triggers, pattern, rewrite)| Rule {
            triggers,
            pattern,
            regex: OnceLock::new(),
            rewrite,
        })
        .collect()
});

/// One rewrite: the strings that make it worth trying, its pattern, compiled on first use.
struct Rule {
    triggers: &'static [&'static str],
    pattern: String,
    regex: OnceLock<Regex>,
    rewrite: Rewrite,
}

const DIGITS: &[&str] = &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The locator with its structural words in Mongolian.
pub fn mongolian(text: &str) -> String {
    let (outside, title) = match slide_word(text) {
        Some((start, end, plural)) => {
            let slide = word(if plural {
                "locator-slides"
            } else {
                "locator-slide"
            });
            let before = text[..start]
                .replace("URL cited on ", "URL, ")
                .replace("as cited on ", &format!("{} ", word("locator-cited")))
                .replace(" printed under ", ", ");
            (before, Some(format!("{slide}: {}", &text[end..])))
        }
        None => (text.to_string(), None),
    };
    let rendered = simple(&outside).unwrap_or_else(|| with_rules(outside));
    unctad_in_mongolian(&rendered) + title.as_deref().unwrap_or("")
}

/// The report cited by its Mongolian abbreviation (the glossary's decision): «НҮБХХБХ (2025)»
/// for `UNCTAD 2025` and `UNCTAD (2025)`. Slide titles, quoted as the source has them, are not
/// passed here.
fn unctad_in_mongolian(text: &str) -> String {
    static REPORT: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"UNCTAD \(?(\d{4})\)?").ok());
    match REPORT.as_ref() {
        Some(report) => report
            .replace_all(text, |c: &Captures| {
                format!("{} ({})", word("locator-unctad"), &c[1])
            })
            .into_owned(),
        None => text.to_string(),
    }
}

/// `text` through every rule that applies, in order.
fn with_rules(text: String) -> String {
    let mut out = text;
    for rule in RULES.iter() {
        if !rule.triggers.iter().any(|t| out.contains(t)) {
            continue;
        }
        let pattern = rule.regex.get_or_init(|| re(&rule.pattern));
        if pattern.is_match(&out) {
            out = pattern
                .replace_all(&out, |c: &Captures| (rule.rewrite)(c))
                .into_owned();
        }
    }
    out
}

/// The common locators made only of `Noun number` parts ("Section V, Table 3", "footnote 6")
/// or a few plain words, rendered without the rules (whose patterns take a moment to compile).
fn simple(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while !rest.is_empty() {
        let (part, separator, next) = match rest.find([',', ';']) {
            Some(at) => (&rest[..at], &rest[at..at + 1], rest[at + 1..].trim_start()),
            None => (rest, "", ""),
        };
        out.push_str(&simple_part(part)?);
        if !separator.is_empty() {
            out.push_str(separator);
            out.push(' ');
        }
        rest = next;
    }
    Some(out)
}

/// One part of a [`simple`] locator: `Noun number`, a plain word, the citing work
/// (`cited in UNCTAD 2025`), or words no rule would change.
fn simple_part(part: &str) -> Option<String> {
    let cited = part
        .strip_prefix("as cited in ")
        .or_else(|| part.strip_prefix("cited in "));
    if let Some(work) = cited {
        return is_work(work).then(|| format!("{}: {work}", word("locator-cited")));
    }
    match part {
        "Annex" => return Some(word("locator-annex")),
        "Executive summary" => return Some(word("locator-executive-summary")),
        "introduction" => return Some(word("locator-introduction")),
        _ => {}
    }
    let untouched = || {
        let in_context = format!(", {part}");
        let triggered = RULES
            .iter()
            .any(|r| r.triggers.iter().any(|t| in_context.contains(t)));
        (!triggered).then(|| part.to_string())
    };
    let Some((noun_word, number)) = part.split_once(' ') else {
        return untouched();
    };
    let singular = noun_word.to_lowercase();
    let known = [
        "section",
        "chapter",
        "slide",
        "table",
        "figure",
        "box",
        "footnote",
        "finding",
        "page",
        "p.",
        "paragraph",
        "item",
    ];
    if !known.contains(&singular.as_str()) {
        // A heading the source gives ("STI Actors in Mongolia") when no rule would touch it.
        return untouched();
    }
    let roman = !number.is_empty() && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let arabic = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '–');
    match (singular.as_str(), roman, arabic) {
        ("section" | "chapter", true, _) => Some(format!("{number} {}", word("locator-section"))),
        (_, _, true) => Some(numbered(number, noun_word)),
        _ => None,
    }
}

/// A cited work named by its author and year: `UNCTAD 2025`, `UNCTAD (2025)`.
fn is_work(text: &str) -> bool {
    let Some((author, year)) = text.split_once(' ') else {
        return false;
    };
    let year = year.trim_start_matches('(').trim_end_matches(')');
    !author.is_empty()
        && author.chars().all(|c| c.is_ascii_uppercase())
        && year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
#[path = "locator_tests.rs"]
mod tests;
