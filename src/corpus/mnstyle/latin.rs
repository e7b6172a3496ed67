//! Latin letters in Mongolian text: every Latin word that is not a listed name or acronym
//! ([`Lists`]), an author cited with a year («Sanz нар (2023)») or a web address.

use super::lists::Lists;

/// A Latin word (or run of words) found, with its byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latin {
    pub start: usize,
    pub word: String,
}

/// Letters of the Latin script (with accents: `Zieliński`) and digits.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_accented_latin(c)
}

fn is_accented_latin(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{24f}') && c.is_alphabetic()
}

/// Byte ranges of the domain names and web addresses of `text` (`1212.mn`, `https://…`).
pub fn address_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for token in text.split_inclusive(char::is_whitespace) {
        let word = token
            .trim_end()
            .trim_matches(|c: char| "()[]«»\"',;".contains(c));
        // An address may carry a case ending: `map.cluster.hse.ru-г`.
        let word = word
            .rsplit_once('-')
            .filter(|(_, ending)| {
                !ending.is_empty()
                    && ending
                        .chars()
                        .all(|c| matches!(c, 'а'..='я' | 'ё' | 'ө' | 'ү'))
            })
            .map_or(word, |(address, _)| address);
        if is_address(word.split('/').next().unwrap_or(word)) || word.contains("://") {
            out.push(at..at + token.len());
        }
        at += token.len();
    }
    out
}

/// Words that may join cited authors before the year: `Sanz нар (2023)`, `Comins ба Rowe (2008)`.
const CITATION_JOINERS: &[&str] = &[
    "нар",
    "нарын",
    "нарт",
    "нараас",
    "нартай",
    "ба",
    "болон",
    "and",
    "&",
    "et",
    "al.",
];

/// Whether the Latin word ending at `end` names an author cited with a year: only other
/// capitalised Latin words, joiners, commas and spaces stand between it and `(2023)` or `2023`.
fn is_cited_author(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    loop {
        rest = rest.trim_start_matches([' ', ',']);
        let digits = rest.trim_start_matches('(');
        if digits.len() >= 4 && digits.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
            return true;
        }
        let word_len = rest.find([' ', ',', '(']).unwrap_or(rest.len());
        let word = &rest[..word_len];
        let joins = CITATION_JOINERS.contains(&word)
            || (word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.chars().all(|c| {
                    c.is_ascii_alphabetic() || is_accented_latin(c) || c == '-' || c == '\''
                }));
        if word.is_empty() || !joins {
            return false;
        }
        rest = &rest[word_len..];
    }
}

/// Whether the token is a web address or a domain (`strategytools.io`, `https://…`).
pub fn is_address(token: &str) -> bool {
    token.contains("://")
        || token.starts_with("www.")
        || token.rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
                && host
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
        })
}

/// Every Latin word of `text` that is not allowed, in order.
pub fn find(text: &str, lists: &Lists) -> Vec<Latin> {
    let mut out = Vec::new();
    let addresses = address_spans(text);
    let mut i = 0;
    while i < text.len() {
        if let Some(span) = addresses.iter().find(|s| s.contains(&i)) {
            i = span.end;
            continue;
        }
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        let starts_word = (c.is_ascii_alphabetic() || is_accented_latin(c))
            && !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic);
        if !starts_word {
            i += c.len_utf8();
            continue;
        }
        if let Some(name) = lists.latin_name_at(rest) {
            i += name.len();
            continue;
        }
        let word_len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        if !is_cited_author(text, i + word_len) {
            out.push(Latin {
                start: i,
                word: rest[..word_len].to_string(),
            });
        }
        i += word_len;
    }
    merge_runs(text, out)
}

/// Joins Latin words with only spaces and punctuation between them into one finding
/// («Triple Helix», «N/A»).
fn merge_runs(text: &str, found: Vec<Latin>) -> Vec<Latin> {
    let mut out: Vec<Latin> = Vec::new();
    for l in found {
        if let Some(last) = out.last_mut() {
            let last_end = last.start + last.word.len();
            let between = &text[last_end..l.start];
            if between.len() <= 3 && !between.chars().any(char::is_alphanumeric) {
                last.word = text[last.start..l.start + l.word.len()].to_string();
                continue;
            }
        }
        out.push(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        find(text, Lists::builtin())
            .into_iter()
            .map(|l| l.word)
            .collect()
    }

    #[test]
    fn listed_names_cited_authors_and_addresses_pass() {
        for text in [
            "Мэдээллийн технологийн парк (IT Park)",
            "UNCTAD-ын тайлан, Socratus платформ",
            "Hsinchu шинжлэх ухааны парк; MCS групп",
            "Poonjan, Tanner (2020)-ын тодорхойлсон",
            "Sanz нар (2023) болон Comins ба Rowe (2008)",
            "(Zieliński нар, 2014); Poonjan, Tanner нарын (2020)",
            "нэгдсэн сан (1212.mn)",
            "map.cluster.hse.ru-г нээ",
            "Оросын кластерийн зураглал (map.cluster.hse.ru)",
            "COVID-19-ийн үед",
            "Монгол бичвэр",
        ] {
            assert_eq!(words(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn other_latin_words_are_found() {
        assert_eq!(words("Гурвалсан спираль (Triple Helix)"), ["Triple Helix"]);
        assert_eq!(words("N/A, tech scale-up"), ["N/A, tech scale-up"]);
        assert_eq!(words("operating"), ["operating"]);
        assert_eq!(words("Park"), ["Park"]);
        assert_eq!(words("«$18mn»"), ["mn"]);
        assert_eq!(words("CN/HK"), ["CN/HK"]);
        assert_eq!(words("ITX групп"), ["ITX"]);
    }
}
