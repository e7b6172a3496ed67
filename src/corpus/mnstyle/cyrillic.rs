//! Cyrillic on the English side, the mirror of `latin`: an English front-matter value or a
//! source's place written in Mongolian (pasted on the wrong side, or a locator written once in
//! Mongolian only), which the English view shows as written. A Mongolian name or quotation
//! inside English words is right, so only a text whose letters are mostly Cyrillic is found,
//! not counting a quotation («…», “…”) nor a slide's title, which quotes the source. Aliases
//! are left alone: they are names people search for, an original name in its own script
//! among them (`Карта кластеров России`); so are the values of source entries, which name
//! publications and their authors as printed (`Ж. Батболд`), as `latin` leaves them.

use super::super::locate::Locator;
use super::super::model::{Entry, Kind};
use super::fields::{FrontMatter, Value};
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;

/// A warning for every English value of `values` (found at `starts`) and every source's
/// place of `entry` written in Cyrillic, at the value's line and column.
pub(super) fn check(
    path: &str,
    fm: &FrontMatter,
    loc: &Locator,
    values: &[Value],
    starts: &[[Option<(usize, usize)>; 2]],
    entry: &Entry,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let values = match entry.kind {
        Kind::Source => &[],
        _ => values,
    };
    // `tags` written as one list for both languages is told once (`tags_once`).
    let tags_once = super::tags_once::is_one_list(loc);
    for (i, v) in values.iter().enumerate() {
        let Some(text) = v.en.filter(|t| v.name != "aliases" && is_cyrillic(t)) else {
            continue;
        };
        if tags_once && v.name == "tags" {
            continue;
        }
        let head: String = text.chars().take_while(|&c| c != '\n').take(24).collect();
        let (line, col) = fm.locate(&v.key, Lang::En, text, starts[i][0], 0, &head);
        let problem = Problem::EnCyrillic {
            field: v.name.clone(),
            text: quoted(text),
        };
        out.push(Diagnostic::new(path, line, col, problem));
    }
    for (n, source) in entry.sources.iter().enumerate() {
        let Some(text) = (source.locator.en.as_deref()).filter(|t| is_cyrillic_locator(t)) else {
            continue;
        };
        let item = n.to_string();
        let mut key = vec!["sources", item.as_str(), "locator", "en"];
        if !loc.has_key(&key) {
            key.pop();
        }
        let (line, col) = loc.value_start(&key);
        let problem = Problem::EnCyrillic {
            field: format!("sources[{n}].locator"),
            text: quoted(text),
        };
        out.push(Diagnostic::new(path, line, col, problem));
    }
    out
}

/// Whether `text`, the English side of a value, is written in Cyrillic: more of its letters
/// outside quotation marks («…», “…”) are Cyrillic than not. A `toli new` placeholder
/// (`TODO: …`, in the reader's language) is told as one already.
pub fn is_cyrillic(text: &str) -> bool {
    if text
        .trim_start()
        .starts_with(crate::corpus::parse::PLACEHOLDER)
    {
        return false;
    }
    let (mut cyrillic, mut other) = (0usize, 0usize);
    let mut quoted = 0usize;
    for c in text.chars() {
        match c {
            '«' | '“' => quoted += 1,
            '»' | '”' => quoted = quoted.saturating_sub(1),
            c if quoted > 0 || !c.is_alphabetic() => {}
            '\u{400}'..='\u{4ff}' => cyrillic += 1,
            _ => other += 1,
        }
    }
    cyrillic > other
}

/// Whether the English side of a source's place is written in Cyrillic: its own words, not a
/// slide's title (`slide: Кластерийн тодорхойлолт` is right).
pub fn is_cyrillic_locator(text: &str) -> bool {
    is_cyrillic(crate::corpus::locator::own_words(text))
}

/// `text` as quoted in a message: its first line, at most `MAX` characters, cut with "…".
pub fn quoted(text: &str) -> String {
    const MAX: usize = 60;
    let line = text.lines().next().unwrap_or_default().trim();
    match line.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", line[..at].trim_end()),
        None if line.len() < text.trim().len() => format!("{line} …"),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mongolian_on_the_english_side_is_found() {
        for text in [
            "Дарханы ноосны хоршоо 2015 онд байгуулагдсан.",
            "V бүлэг",
            "IT Park бол төрийн дэмжлэгтэй инкубатор юм.",
            "ҮТП",
        ] {
            assert!(is_cyrillic(text), "{text}");
        }
        assert!(is_cyrillic_locator("V бүлэг, 1-р хайрцаг"));
    }

    #[test]
    fn a_mongolian_name_or_quotation_in_english_words_is_right() {
        for text in [
            "The Darkhan wool cooperative (Дарханы ноосны хоршоо) was founded in 2015.",
            "Law on «Инновацийн тухай хууль»",
            "“5 кластерийн доороос дээшлэх процесс”",
            "«Алсын хараа 2050»",
            "Section V, Box 1",
            "2015",
            "TODO: эх сурвалжийн аль хэсэгт байгаа",
            "",
        ] {
            assert!(!is_cyrillic(text), "{text}");
        }
        assert!(!is_cyrillic_locator("slide: Кластерийн тодорхойлолт"));
        assert!(!is_cyrillic_locator(
            "Section II, slides: Кластер, Инноваци"
        ));
        assert!(!is_cyrillic_locator("slide 3: Кластерийн тодорхойлолт"));
        assert!(!is_cyrillic_locator(
            "Slides 4–5: Кластерийн хөгжлийн үе шат"
        ));
        assert!(is_cyrillic_locator("3-р слайд: Кластерийн тодорхойлолт"));
    }

    #[test]
    fn a_long_text_is_quoted_cut_short() {
        assert_eq!(quoted("V бүлэг"), "V бүлэг");
        assert_eq!(quoted("мөр нэг\nмөр хоёр"), "мөр нэг …");
        let long = "а".repeat(70);
        assert_eq!(quoted(&long), format!("{}…", "а".repeat(60)));
    }
}
