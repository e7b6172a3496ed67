//! «руу», «рүү», «луу», «лүү» (towards) after a hyphen: in Mongolian they are a word of their
//! own after the noun, which stays as it is («байдал руу», «СХ руу», «бүтээгдэхүүн рүү», as the
//! corpus writes them; `GLOSSARY.md`), so the fix is a space for the hyphen — after a link, the
//! link as it is. Which of the four follows the word's last letter and its vowels: «л» after
//! «р» («акселератор луу»), else «р»; «уу» after back vowels, «үү» after front ones; after an
//! abbreviation, read by its letters' names, the form the author wrote.

/// The four forms, and the reflexive tails one may take (`руугаа`).
const FORMS: [&str; 4] = ["руу", "рүү", "луу", "лүү"];
const TAILS: [&str; 3] = ["", "гаа", "гээ"];

/// Whether `ending` (the letters after a hyphen) is one of the four, with or without a tail.
pub fn is_directive(ending: &str) -> bool {
    FORMS.iter().any(|f| {
        ending
            .strip_prefix(f)
            .is_some_and(|tail| TAILS.contains(&tail))
    })
}

/// The form that follows `word` (Cyrillic), with the tail of `written` kept (`руугаа` after
/// «хот»: `руугаа`); none when the word has no Cyrillic letter to go by.
pub fn form_after(word: &str, written: &str) -> Option<String> {
    // An abbreviation is read by its letters' names: the author's form stands.
    if !word.chars().any(char::is_lowercase) {
        return None;
    }
    let lower = word.to_lowercase();
    let last = lower.chars().last()?;
    if !matches!(last, 'а'..='я' | 'ё' | 'ө' | 'ү') {
        return None;
    }
    let back = lower
        .chars()
        .rev()
        .find_map(|c| match c {
            'а' | 'о' | 'у' | 'я' | 'ё' | 'ы' | 'ю' => Some(true),
            'э' | 'ө' | 'ү' | 'е' => Some(false),
            _ => None,
        })
        .unwrap_or(false);
    let form = match (last == 'р', back) {
        (true, true) => "луу",
        (true, false) => "лүү",
        (false, true) => "руу",
        (false, false) => "рүү",
    };
    let tail = FORMS
        .iter()
        .find_map(|f| written.strip_prefix(f))
        .unwrap_or_default();
    let tail = match (tail, back) {
        ("", _) => "",
        (_, true) => "гаа",
        (_, false) => "гээ",
    };
    Some(format!("{form}{tail}"))
}

/// The fix for `written` (`[[id|Акселератор]]`, `байдал`) followed by a hyphen and `ending`:
/// the same with a space for the hyphen and the form its last word takes.
pub fn fix(written: &str, ending: &str) -> String {
    let shown = written
        .strip_prefix("[[")
        .and_then(|l| l.strip_suffix("]]"))
        .map(|inner| inner.split_once('|').map_or("", |(_, t)| t))
        .or_else(|| {
            let text = written.strip_prefix('[')?.split("](").next()?;
            Some(text)
        })
        .unwrap_or(written);
    let last = shown
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    let form = form_after(last, ending).unwrap_or_else(|| ending.to_string());
    format!("{written} {form}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_forms_and_their_tails_are_known() {
        for e in ["руу", "рүү", "луу", "лүү", "руугаа", "лүүгээ"] {
            assert!(is_directive(e), "{e}");
        }
        for e in ["ийн", "руун", "уу", "р"] {
            assert!(!is_directive(e), "{e}");
        }
    }

    /// The hyphen becomes a space; the form follows the last word shown: «л» after «р», the
    /// vowels of the word for «уу» or «үү»; a link without text keeps the author's form.
    #[test]
    fn the_form_follows_the_last_word_after_a_space() {
        assert_eq!(
            fix("[[accelerator|Акселератор]]", "руу"),
            "[[accelerator|Акселератор]] луу"
        );
        assert_eq!(fix("байдал", "луу"), "байдал руу");
        assert_eq!(fix("бүтээгдэхүүн", "руу"), "бүтээгдэхүүн рүү");
        assert_eq!(fix("[эрэлт](demand)", "луу"), "[эрэлт](demand) рүү");
        assert_eq!(fix("хот", "рүүгээ"), "хот руугаа");
        assert_eq!(fix("[[accelerator]]", "луу"), "[[accelerator]] луу");
        assert_eq!(fix("[[it-park|IT Park]]", "руу"), "[[it-park|IT Park]] руу");
        assert_eq!(fix("СХ", "руу"), "СХ руу");
    }
}
