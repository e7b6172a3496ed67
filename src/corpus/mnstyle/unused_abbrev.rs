//! A name given with a bracketed abbreviation that the entry never uses again: «Эдийн засгийн
//! хамтын ажиллагаа, хөгжлийн байгууллага (ЭЗХАХБ)», "science, technology and innovation (STI)".
//! content/GLOSSARY.md ("abbreviations, one rule") keeps the bracket only where the
//! reader meets the abbreviation again in the same entry: a later sentence, the title, summary,
//! an alias, a label or note, a source's locator, or a linked entry's title (that last one is
//! looked up with the corpus, in [`refine`]). A list of names keeps all its brackets or none; a
//! Latin acronym in Mongolian text (or a Cyrillic one in English) names a foreign body as its
//! sources do, and stays.

use super::fields::{FrontMatter, Value};
use crate::corpus::Corpus;
use crate::corpus::kinds::Value as KindValue;
use crate::corpus::model::Entry;
use crate::corpus::split::Parts;
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;
use crate::markdown::links::line_col;

/// A bracketed abbreviation after a name: byte offset of the abbreviation, the abbreviation,
/// and the other abbreviations of the list of names it is in (none outside a list).
#[derive(Debug, PartialEq, Eq)]
pub struct Bracket {
    pub start: usize,
    pub abbr: String,
    pub list: Vec<String>,
}

/// Whether `word` has an abbreviation's shape: 2–8 letters and digits (with `&` or `-` between),
/// starting with a capital, and mostly capitals (`ЕХ27`, `R&D`, `SMEs`).
fn is_abbreviation(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphanumeric()).count();
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    (2..=8).contains(&letters)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || c == '&' || c == '-')
        && upper >= 2
        && upper > lower
}

/// Whether `abbr` is written in the other language's script: a Latin acronym in Mongolian text,
/// a Cyrillic one in English, the name a foreign body goes by.
fn foreign(abbr: &str, lang: Lang) -> bool {
    let latin = abbr.chars().any(|c| c.is_ascii_alphabetic());
    let cyrillic = abbr.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    match lang {
        Lang::Mn => latin && !cyrillic,
        Lang::En => cyrillic && !latin,
    }
}

/// Whether the text between two brackets joins them in one list of names: a comma, a
/// semicolon, "and" or a new list item right after the first (and after the link, emphasis or
/// quote it closes), within one sentence.
fn joins_list(between: &str) -> bool {
    let rest = between.trim_start_matches([']', '*', '_', '»', '"', '”', ' ', '\t']);
    let joined = rest.starts_with([',', ';'])
        || ["and ", "ба ", "болон ", "or ", "эсвэл "]
            .iter()
            .any(|w| rest.starts_with(w))
        || rest.starts_with('\n');
    // A sentence ends at `.`, `!` or `?` before a space, but for a numbered item's `2. `.
    let chars: Vec<char> = between.chars().collect();
    let ends_sentence = chars
        .windows(3)
        .any(|w| matches!(w[1], '.' | '!' | '?') && w[2].is_whitespace() && !w[0].is_ascii_digit());
    joined && !ends_sentence && !between.contains("\n\n") && chars.len() <= 200
}

/// The bracketed abbreviations after names in `text`, in `lang`, but foreign acronyms.
pub fn brackets(text: &str, lang: Lang) -> Vec<Bracket> {
    // (start of "(", offset of the abbreviation, end after ")", abbreviation)
    let mut found: Vec<(usize, usize, usize, &str)> = Vec::new();
    for (open, _) in text.match_indices('(') {
        let inner_start = open + 1;
        let Some(close) = text[inner_start..].find(')') else {
            continue;
        };
        let abbr = &text[inner_start..inner_start + close];
        // A name stands right before it: a word, or a closing quote, link or emphasis.
        let named = text[..open]
            .strip_suffix(' ')
            .and_then(|b| b.chars().last())
            .is_some_and(|c| c.is_alphanumeric() || "»\"”*]".contains(c));
        if named && is_abbreviation(abbr) {
            found.push((open, inner_start, inner_start + close + 1, abbr));
        }
    }
    // Lists: runs of brackets joined one to the next.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..found.len() {
        let joined = i > 0 && joins_list(&text[found[i - 1].2..found[i].0]);
        match groups.last_mut() {
            Some(group) if joined => group.push(i),
            _ => groups.push(vec![i]),
        }
    }
    let mut out = Vec::new();
    for group in groups {
        for &i in &group {
            let (_, start, _, abbr) = found[i];
            if foreign(abbr, lang) {
                continue;
            }
            let list = if group.len() > 1 {
                group
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| found[j].3.to_string())
                    .collect()
            } else {
                Vec::new()
            };
            out.push(Bracket {
                start,
                abbr: abbr.to_string(),
                list,
            });
        }
    }
    out
}

/// Byte offsets where `abbr` is used in `text` as a word of its own, or with an ending after
/// it: «ЭЗХАХБ-ын», "STI's", "SMEs".
pub fn uses(text: &str, abbr: &str) -> Vec<usize> {
    // A plural ("SIPs") is used as the singular too ("SIP", "SIP's").
    let abbr = match abbr.strip_suffix('s') {
        Some(one) if abbr.is_ascii() && one.len() >= 2 => one,
        _ => abbr,
    };
    text.match_indices(abbr)
        .filter(|&(at, _)| {
            let before = text[..at].chars().next_back();
            let after = &text[at + abbr.len()..];
            // An ending after a hyphen or an apostrophe ends the word as any mark does; a
            // plural "s" is joined to it.
            let plural = after.starts_with('s')
                && !after[1..].starts_with(char::is_alphanumeric)
                && abbr.is_ascii();
            !before.is_some_and(char::is_alphanumeric)
                && (plural || !after.starts_with(char::is_alphanumeric))
        })
        .map(|(at, _)| at)
        .collect()
}

/// How many times `abbr` is used in `texts` (the bracket counts as one).
pub fn count(texts: &[&str], abbr: &str) -> usize {
    texts.iter().map(|t| uses(t, abbr).len()).sum()
}

/// The brackets of `text` (a body or a summary in `lang`) that no text of the entry in that
/// language (`texts`, `text` among them) uses again, where no other bracket of its list is used
/// either.
pub fn unused(text: &str, lang: Lang, texts: &[&str]) -> Vec<Bracket> {
    let used = |abbr: &str| count(texts, abbr) > 1;
    brackets(text, lang)
        .into_iter()
        .filter(|b| !used(&b.abbr) && !b.list.iter().any(|a| used(a)))
        .collect()
}

/// The unused brackets of `entry`'s bodies and summaries, both languages, at their file lines;
/// [`refine`] later drops those a linked title uses.
pub(super) fn check(
    path: &str,
    parts: &Parts,
    fm: &FrontMatter,
    values: &[Value],
    starts: &[[Option<(usize, usize)>; 2]],
    entry: &Entry,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (k, lang) in Lang::ALL.into_iter().enumerate() {
        let body = match lang {
            Lang::En => parts.en.as_ref(),
            Lang::Mn => parts.mn.as_ref(),
        };
        let places: Vec<String> = entry.sources.iter().map(|s| s.place(lang)).collect();
        let mut texts: Vec<&str> = values.iter().filter_map(|v| v.get(lang)).collect();
        texts.extend(places.iter().map(String::as_str));
        // Shown as written, so outside the style checks' values: who defined a term, a
        // document's name.
        for (_, value) in entry.fields.values() {
            match value {
                KindValue::Citation(text) => texts.extend(text.get(lang).map(String::as_str)),
                KindValue::Text(text) => texts.push(text),
                _ => {}
            }
        }
        texts.extend(body.map(|b| b.text.as_str()));
        let problem = |b: Bracket| Problem::UnusedAbbrev {
            abbr: b.abbr,
            lang,
            list: b.list,
        };
        if let Some(section) = body {
            for b in unused(&section.text, lang, &texts) {
                let (l, c) = line_col(&section.text, b.start);
                out.push(Diagnostic::new(
                    path,
                    section.first_line + l - 1,
                    c,
                    problem(b),
                ));
            }
        }
        // The summary is the value of that key (`fields::bilingual_values` gives it second).
        let Some(i) = values.iter().position(|v| v.key == ["summary"]) else {
            continue;
        };
        let Some(summary) = values[i].get(lang) else {
            continue;
        };
        for b in unused(summary, lang, &texts) {
            let (line, col) = fm.locate(
                &values[i].key,
                lang,
                summary,
                starts[i][k],
                b.start,
                &b.abbr,
            );
            out.push(Diagnostic::new(path, line, col, problem(b)));
        }
    }
    out
}

/// Drops the warnings among `diagnostics` whose abbreviation (or another of its list) a title
/// of an entry linked from the same entry shows, in the warning's language.
pub fn refine(corpus: &Corpus, diagnostics: &mut Vec<Diagnostic>) {
    if !diagnostics
        .iter()
        .any(|d| matches!(d.problem, Problem::UnusedAbbrev { .. }))
    {
        return;
    }
    let by_path: std::collections::HashMap<&str, usize> = corpus
        .entries()
        .enumerate()
        .map(|(i, e)| (e.origin.path.as_str(), i))
        .collect();
    diagnostics.retain(|d| {
        let Problem::UnusedAbbrev { abbr, lang, list } = &d.problem else {
            return true;
        };
        let Some(&i) = by_path.get(d.path.as_str()) else {
            return true;
        };
        let titles: Vec<&str> = corpus
            .links(i)
            .iter()
            .map(|&t| corpus.title(t, *lang))
            .collect();
        !shown_in(&titles, abbr, list)
    });
}

/// Whether `titles` (of the entries linked from the bracket's entry) show `abbr` or another
/// abbreviation of its `list`.
pub fn shown_in(titles: &[&str], abbr: &str, list: &[String]) -> bool {
    std::iter::once(abbr)
        .chain(list.iter().map(String::as_str))
        .any(|a| count(titles, a) > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unused_in(body: &str, lang: Lang, others: &[&str]) -> Vec<String> {
        let mut texts = vec![body];
        texts.extend(others);
        unused(body, lang, &texts)
            .into_iter()
            .map(|b| b.abbr)
            .collect()
    }

    #[test]
    fn a_bracket_used_only_once_is_found() {
        let mn = "Эдийн засгийн хамтын ажиллагаа, хөгжлийн байгууллага (ЭЗХАХБ) тайлагнасан.";
        assert_eq!(unused_in(mn, Lang::Mn, &[]), ["ЭЗХАХБ"]);
        let en = "It backs science, technology and innovation (STI) parks.";
        assert_eq!(unused_in(en, Lang::En, &[]), ["STI"]);
        let b = &brackets(mn, Lang::Mn)[0];
        assert_eq!(&mn[b.start..b.start + b.abbr.len()], "ЭЗХАХБ");
    }

    #[test]
    fn a_later_use_keeps_the_bracket_even_after_an_ending() {
        let mn = "Эдийн засгийн хамтын ажиллагаа, хөгжлийн байгууллага (ЭЗХАХБ) тайлагнасан. \
                  ЭЗХАХБ-ын дүгнэлтээр …";
        assert_eq!(unused_in(mn, Lang::Mn, &[]), Vec::<String>::new());
        let en = "science, technology and innovation (STI) parks. STI's reach grows.";
        assert_eq!(unused_in(en, Lang::En, &[]), Vec::<String>::new());
        let en = "small and medium enterprises (SME) matter; SMEs export.";
        assert_eq!(unused_in(en, Lang::En, &[]), Vec::<String>::new());
        // A longer word that starts with the letters is no use.
        let en = "research and development (RD) and RDX.";
        assert_eq!(unused_in(en, Lang::En, &[]), ["RD"]);
        // A plural bracket is used by the singular.
        let en = "science and innovation parks (SIPs) get incentives; each SIP reports.";
        assert_eq!(unused_in(en, Lang::En, &[]), Vec::<String>::new());
    }

    #[test]
    fn the_title_summary_or_a_label_keeps_the_bracket() {
        let en = "science, technology and innovation (STI) parks.";
        assert!(unused_in(en, Lang::En, &["STI parks in Mongolia"]).is_empty());
        let mn = "судалгаа, хөгжүүлэлтийн (СХ) зардал";
        assert!(unused_in(mn, Lang::Mn, &["СХ-ийн зардал, ДНБ-д эзлэх хувь"]).is_empty());
    }

    #[test]
    fn abbreviations_take_digits_a_hyphen_and_an_ampersand() {
        for word in ["ЕХ27", "R&D", "ICT", "SMEs", "НҮБХХБХ", "COVID-19"] {
            assert!(is_abbreviation(word), "{word}");
        }
        for word in ["2025", "A", "Table", "ABCDEFGHI", "see p", "n=12"] {
            assert!(!is_abbreviation(word), "{word}");
        }
        let mn = "Европын холбооны 27 гишүүн орон (ЕХ27) болон research and development (R&D).";
        assert_eq!(unused_in(mn, Lang::Mn, &[]), ["ЕХ27"]);
    }

    #[test]
    fn a_list_of_names_keeps_all_its_brackets_or_none() {
        let mn = "- Монгол Улсын Их Сургууль (МУИС);\n- Шинжлэх ухаан, технологийн их сургууль \
                  (ШУТИС);\n- Хөдөө аж ахуйн их сургууль (ХААИС).\n\nМУИС-ийн төв …";
        assert!(unused_in(mn, Lang::Mn, &[]).is_empty());
        let none = mn.replace("МУИС-ийн", "Тэдний");
        assert_eq!(unused_in(&none, Lang::Mn, &[]), ["МУИС", "ШУТИС", "ХААИС"]);
        let en = "the Asian Development Bank (ADB), the World Bank (WB) and the Global \
                  Environment Facility (GEF) fund it. The ADB adds …";
        assert!(unused_in(en, Lang::En, &[]).is_empty());
        // Numbered items in links, one without a bracket between.
        let en = "1. [[stp|science and technology parks (STPs)]];\n2. [[id|innovation districts \
                  (IDs)]];\n3. [[ic|industrial campuses]];\n4. [[aoi|areas of innovation (AOIs)]].\n\n\
                  An STP is one form.";
        assert!(unused_in(en, Lang::En, &[]).is_empty());
        // Two sentences make no list.
        let en = "the Asian Development Bank (ADB) funds it. The World Bank (WB) too; the WB …";
        assert_eq!(unused_in(en, Lang::En, &[]), ["ADB"]);
    }

    #[test]
    fn a_linked_title_keeps_the_bracket() {
        let mn = "техник, эдийн засгийн үндэслэл (ТЭЗҮ) хийж, [[nda-fs|энэ ажлыг]] үргэлжлүүлнэ.";
        let b = &unused(mn, Lang::Mn, &[mn])[0];
        assert!(shown_in(&["ҮХГ-ын ТЭЗҮ"], &b.abbr, &b.list));
        assert!(!shown_in(&["Үндэсний хөгжлийн газар"], &b.abbr, &b.list));
        assert!(!shown_in(&["ТЭЗҮҮ"], &b.abbr, &b.list));
    }

    #[test]
    fn a_foreign_acronym_stays() {
        let mn = "Шинжлэх ухааны парк, инновацийн бүсийн олон улсын холбоо (IASP) гэдэг.";
        assert!(unused_in(mn, Lang::Mn, &[]).is_empty());
        let en = "the National University of Mongolia (МУИС) hosts one.";
        assert!(unused_in(en, Lang::En, &[]).is_empty());
    }

    #[test]
    fn a_bracket_that_names_nothing_is_no_abbreviation() {
        assert!(brackets("(STI) parks", Lang::En).is_empty());
        assert!(brackets("parks (see STI)", Lang::En).is_empty());
        assert!(brackets("parks, (STI)", Lang::En).is_empty());
    }
}
