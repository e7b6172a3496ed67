//! Case endings hyphenated after a link, emphasis, a closing bracket or a lower-case word:
//! `[[id]]-ийн`, `**X**-ийн`, `(SBL)-ны`, `байдал-ий`. The ending belongs inside the link or
//! emphasis, on the word before the brackets, or joined to the word. A hyphen is right only
//! after an all-capitals abbreviation or a Latin name (`ШУТИ-ийн`, `UNCTAD-ын`), and after digits.

use super::lists::Lists;
use super::postposition;

/// Where a hyphenated ending was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hyphened {
    /// Byte offset of what the reader should rewrite (the link, the emphasis, the bracket, the word).
    pub start: usize,
    /// The text as written, ending included.
    pub found: String,
    /// The suggested rewrite.
    pub fix: String,
    /// `link`, `link-start` (a link that starts its sentence), `emphasis`, `bracket`, `quote`,
    /// `word` or `postposition` (`руу` and its forms) (selects the message's wording).
    pub after: &'static str,
}

/// Case endings (and the plural) that a hyphen may wrongly set off from a word.
const ENDINGS: &[&str] = &[
    "ийн", "ын", "ний", "ны", "ий", "ы", "н", "д", "т", "нд", "ад", "эд", "од", "өд", "ийг", "ыг",
    "г", "аас", "ээс", "оос", "өөс", "иас", "иос", "наас", "нээс", "ноос", "нөөс", "гаас", "гээс",
    "гоос", "гөөс", "аар", "ээр", "оор", "өөр", "иар", "иор", "гаар", "гээр", "гоор", "гөөр",
    "тай", "тэй", "той", "руу", "рүү", "луу", "лүү", "ууд", "үүд", "нууд", "нүүд", "ийнх", "ынх",
    "аа", "ээ", "оо", "өө", "гаа", "гээ", "гоо", "гөө", "даа", "дээ", "доо", "дөө", "таа", "тээ",
    "тоо", "төө",
];

/// Reflexive-possessive tails that may follow a case ending (`-тайгаа`, `-ийнхээ`).
const TAILS: &[&str] = &[
    "", "аа", "ээ", "оо", "өө", "гаа", "гээ", "гоо", "гөө", "хаа", "хээ", "хоо", "хөө",
];

/// Whether `word` is a case ending, with or without a reflexive tail.
pub fn is_ending(word: &str) -> bool {
    ENDINGS.iter().any(|e| {
        word.strip_prefix(e)
            .is_some_and(|rest| TAILS.contains(&rest))
    })
}

fn is_lower_cyrillic(c: char) -> bool {
    matches!(c, 'а'..='я' | 'ё' | 'ө' | 'ү')
}

fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' | 'ө' | 'Ө' | 'ү' | 'Ү')
}

/// Every hyphenated ending in `text`, in order.
pub fn find(text: &str, lists: &Lists) -> Vec<Hyphened> {
    let mut out = Vec::new();
    for (hyphen, _) in text.match_indices('-') {
        let ending: String = text[hyphen + 1..]
            .chars()
            .take_while(|&c| is_cyrillic_letter(c))
            .collect();
        if ending.is_empty() || !ending.chars().all(is_lower_cyrillic) {
            continue;
        }
        let before = &text[..hyphen];
        let end = hyphen + 1 + ending.len();
        if postposition::is_directive(&ending) {
            // Not an ending: a word of its own, after a space, after whatever it follows
            // (an abbreviation, a Latin name and a number too: «СХ руу»).
            let token = before.rfind(char::is_whitespace).map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
            let start = after_link(before, &ending)
                .or_else(|| after_emphasis(before, &ending))
                .or_else(|| after_bracket(before, &ending))
                .or_else(|| after_quote(before, &ending))
                .map_or(token, |found| found.0);
            if start < hyphen {
                out.push(Hyphened {
                    found: text[start..end].to_string(),
                    start,
                    fix: postposition::fix(&text[start..hyphen], &ending),
                    after: "postposition",
                });
            }
            continue;
        }
        if let Some(found) = after_link(before, &ending)
            .or_else(|| after_emphasis(before, &ending))
            .or_else(|| after_bracket(before, &ending))
            .or_else(|| after_quote(before, &ending))
            .or_else(|| after_word(before, &ending, lists))
        {
            out.push(Hyphened {
                found: text[found.0..end].to_string(),
                start: found.0,
                fix: found.1,
                after: found.2,
            });
        }
    }
    out
}

type Site = (usize, String, &'static str);

/// `[[id]]-ийн`, `[[id|text]]-ийн`, `[text](id)-ийн`.
fn after_link(before: &str, ending: &str) -> Option<Site> {
    if let Some(inner_end) = before.strip_suffix("]]").map(str::len) {
        let open = before[..inner_end].rfind("[[")?;
        let inner = &before[open + 2..inner_end];
        if inner.contains('\n') {
            return None;
        }
        return Some(match inner.split_once('|') {
            Some((id, text)) => (open, format!("[[{id}|{}]]", join(text, ending)), "link"),
            // The title becomes the text: capitalised only where it starts the sentence.
            None if starts_sentence(&before[..open]) => {
                (open, format!("[[{inner}|…{ending}]]"), "link-start")
            }
            None => (open, format!("[[{inner}|…{ending}]]"), "link"),
        });
    }
    let target_end = before.strip_suffix(')').map(str::len)?;
    let paren = before[..target_end].rfind("](")?;
    let target = &before[paren + 2..target_end];
    if target.is_empty() || target.contains([' ', '\n', '(']) {
        return None;
    }
    let open = before[..paren].rfind('[')?;
    let text = &before[open + 1..paren];
    Some((open, format!("[{}]({target})", join(text, ending)), "link"))
}

/// Whether what comes after `before` starts a sentence: nothing before it on its line but a
/// list's dash, a heading's or a quote's mark, or the end of a sentence or an opening quote.
fn starts_sentence(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before).trim_end();
    line.trim_start_matches(['#', '-', '*', '>', '+', ' '])
        .is_empty()
        || line.ends_with(['.', '!', '?', '«', '"', '„'])
}

/// `**X**-ийн`, `*X*-ийн`, `_X_-ийн`.
fn after_emphasis(before: &str, ending: &str) -> Option<Site> {
    let mark = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| before.ends_with(m))?;
    let inner_end = before.len() - mark.len();
    let open = before[..inner_end].rfind(mark)?;
    let inner = &before[open + mark.len()..inner_end];
    if inner.is_empty() || inner.contains('\n') || inner.starts_with(' ') {
        return None;
    }
    Some((
        open,
        format!("{mark}{}{mark}", join(inner, ending)),
        "emphasis",
    ))
}

/// `X (SBL)-ны`: the ending goes on the word before the brackets.
fn after_bracket(before: &str, ending: &str) -> Option<Site> {
    let inner_end = before.strip_suffix(')').map(str::len)?;
    let open = before[..inner_end].rfind('(')?;
    let inner = &before[open + 1..inner_end];
    let lead = before[..open].trim_end_matches(' ');
    let word_start = lead
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '-')
        .last()
        .map_or(lead.len(), |(i, _)| i);
    let word = &lead[word_start..];
    if let Some((start, fix, _)) = after_link(lead, ending) {
        // `[[id|Sanz нар]] (2023)-ийн` → `[[id|Sanz нарын]] (2023)`.
        return Some((start, format!("{fix} ({inner})"), "bracket"));
    }
    if word.is_empty() {
        return Some((open, format!("…{ending} ({inner})"), "bracket"));
    }
    Some((
        word_start,
        format!("{} ({inner})", join(word, ending)),
        "bracket",
    ))
}

/// `«Алсын хараа 2050»-ийг`: a quoted name takes the ending on a noun after it
/// («Алсын хараа 2050» бодлогыг); which noun, the writer knows.
fn after_quote(before: &str, ending: &str) -> Option<Site> {
    let (close, open_mark) = [('»', '«'), ('”', '“'), ('"', '"')]
        .into_iter()
        .find(|(c, _)| before.ends_with(*c))?;
    let inner_end = before.len() - close.len_utf8();
    let open = before[..inner_end].rfind(open_mark)?;
    let inner = &before[open + open_mark.len_utf8()..inner_end];
    if inner.is_empty() || inner.contains('\n') {
        return None;
    }
    Some((
        open,
        format!("{open_mark}{inner}{close} …{ending}"),
        "quote",
    ))
}

/// `байдал-ий`: an ending after a word that ends in a lower-case Cyrillic letter.
fn after_word(before: &str, ending: &str, lists: &Lists) -> Option<Site> {
    let last = before.chars().next_back()?;
    if !is_lower_cyrillic(last) || !is_ending(ending) {
        return None;
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_cyrillic_letter(*c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    if needs_hyphen(word) {
        return None;
    }
    let written = format!("{word}-{ending}");
    let fix = lists
        .correction(&written)
        .map_or_else(|| format!("{word}{ending}"), str::to_string);
    Some((start, fix, "word"))
}

/// `text` with `ending` joined to its last word: with a hyphen after an abbreviation, a Latin
/// name or a number, else directly.
fn join(text: &str, ending: &str) -> String {
    let last = text.rsplit([' ', '\u{a0}']).next().unwrap_or(text);
    if needs_hyphen(last) {
        format!("{text}-{ending}")
    } else {
        format!("{text}{ending}")
    }
}

/// Whether an ending is rightly hyphenated after `word`: an all-capitals abbreviation, a Latin
/// name or a number.
pub fn needs_hyphen(word: &str) -> bool {
    const VOWELS: &str = "аэиоуөүеёыюяАЭИОУӨҮЕЁЫЮЯ";
    let abbreviation = !word.is_empty() && !word.chars().any(|c| VOWELS.contains(c));
    abbreviation
        || word.chars().any(|c| c.is_ascii_alphanumeric())
        || word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixes(text: &str) -> Vec<(String, String, &'static str)> {
        find(text, Lists::builtin())
            .into_iter()
            .map(|h| (h.found, h.fix, h.after))
            .collect()
    }

    #[test]
    fn endings_after_links_go_inside_the_link() {
        assert_eq!(
            fixes("[[twin-transition]]-ийн зорилт"),
            [(
                "[[twin-transition]]-ийн".into(),
                "[[twin-transition|…ийн]]".into(),
                "link-start"
            )]
        );
        assert_eq!(
            fixes("Энэ нь [[a]]-ийн. [[b]]-ийн\n- [[c]]-ийн")
                .iter()
                .map(|f| f.2)
                .collect::<Vec<_>>(),
            ["link", "link-start", "link-start"]
        );
        assert_eq!(
            fixes("[[x|олон улсын шат]]-ны"),
            [(
                "[[x|олон улсын шат]]-ны".into(),
                "[[x|олон улсын шатны]]".into(),
                "link"
            )]
        );
        assert_eq!(
            fixes("[IT Park](it-park)-ийн"),
            [(
                "[IT Park](it-park)-ийн".into(),
                "[IT Park-ийн](it-park)".into(),
                "link"
            )]
        );
    }

    /// «руу» and its forms after a hyphen are a word of their own: a space for the hyphen,
    /// after a link, a word, an abbreviation or brackets alike.
    #[test]
    fn towards_after_a_hyphen_is_written_after_a_space() {
        assert_eq!(
            fixes("[[accelerator]]-луу шилжих"),
            [(
                "[[accelerator]]-луу".into(),
                "[[accelerator]] луу".into(),
                "postposition"
            )]
        );
        assert_eq!(fixes("байдал-руу")[0].1, "байдал руу");
        assert_eq!(fixes("СХ-руу")[0].1, "СХ руу");
        assert_eq!(fixes("**зах зээл**-луу")[0].1, "**зах зээл** рүү");
        assert_eq!(fixes("KSP (2023)-руу")[0].1, "KSP (2023) руу");
    }

    #[test]
    fn endings_after_emphasis_brackets_and_words() {
        assert_eq!(fixes("**семинар**-аар")[0].1, "**семинараар**");
        assert_eq!(fixes("*соёл*-ын")[0].1, "*соёлын*");
        assert_eq!(fixes("**1-р сарын 18**-нд")[0].1, "**1-р сарын 18-нд**");
        assert_eq!(fixes("[[x|KSP]]-ийн")[0].1, "[[x|KSP-ийн]]");
        assert_eq!(fixes("KSP (2023)-ийн")[0].1, "KSP-ийн (2023)");
        assert_eq!(fixes("хууль (SBL)-ны")[0].1, "хуульны (SBL)");
        assert_eq!(
            fixes("[[src-x|Sanz нар]] (2023)-ийн")[0].1,
            "[[src-x|Sanz нарийн]] (2023)"
        );
        assert_eq!(fixes("(2023)-ийн")[0].1, "…ийн (2023)");
        assert_eq!(fixes("тогтвортой байдал-ий")[0].1, "байдлын");
        assert_eq!(fixes("тогтвортой байдал-ий")[0].2, "word");
    }

    #[test]
    fn endings_after_quotes_go_on_a_noun_after_them() {
        assert_eq!(
            fixes("«Алсын хараа 2050»-ийг баталсан"),
            vec![(
                "«Алсын хараа 2050»-ийг".to_string(),
                "«Алсын хараа 2050» …ийг".to_string(),
                "quote"
            )]
        );
    }

    #[test]
    fn right_hyphens_are_left_alone() {
        for text in [
            "ШУТИ-ийн",
            "UNCTAD-ын",
            "Socratus-ын",
            "2018 оны 4-р сар",
            "26-нд",
            "хяналт-шинжилгээ",
            "ноу-хау",
            "спин-офф",
            "ЖДҮ-үүд",
            "үе-шат",
            "100 км-т",
        ] {
            assert_eq!(fixes(text), [], "{text}");
        }
    }
}
