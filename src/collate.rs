//! Alphabetical order in the language shown: Mongolian titles in the order of the Mongolian
//! Cyrillic alphabet (а б в г д е ё ж з и й к л м н о ө п р с т у ү ф х ц ч ш щ ъ ы ь э ю я, with
//! ё, й, ө and ү letters of their own), English titles in English order; case-insensitive, digit
//! runs by value ("2" before "10"). Each language's own script comes first: Latin names follow
//! the Cyrillic ones in a Mongolian list and precede them in an English one.
//!
//! A sort key is built once per title and language (see `Corpus::title_rank`), never per frame.

use crate::lang::Lang;

/// Weights of the parts of a key; letters of the shown language's script come first.
const SEPARATOR: u16 = 1;
const DIGITS: u16 = 2;
const FIRST_SCRIPT: u16 = 0x100;
const SECOND_SCRIPT: u16 = 0x200;
/// Other letters by code point (those beyond the 16 bits share weights: no title has them).
const OTHER: u16 = 0x1000;

/// A sort key: compare keys to compare texts.
pub type Key = Vec<u16>;

/// The place of a lower-case Cyrillic letter: its index in the Mongolian alphabet,
/// other Cyrillic letters after those.
fn cyrillic(c: char) -> Option<u16> {
    let at = |first: char, offset: u16| Some((c as u32 - first as u32) as u16 + offset);
    match c {
        'а'..='е' => at('а', 0),
        'ё' => Some(6),
        'ж'..='о' => at('ж', 7),
        'ө' => Some(16),
        'п'..='у' => at('п', 17),
        'ү' => Some(22),
        'ф'..='я' => at('ф', 23),
        '\u{400}'..='\u{4ff}' => at('\u{400}', 0x40),
        _ => None,
    }
}

/// `c` in lower case: a table-free path for ASCII and the Mongolian Cyrillic letters, which
/// are nearly all a title has.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ё' => 'ё',
        'Ө' => 'ө',
        'Ү' => 'ү',
        _ if c.is_ascii() || matches!(c, 'а'..='я' | 'ё' | 'ө' | 'ү') => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The base letter of a lower-case Latin letter, accents dropped (`é` → `e`).
fn latin(c: char) -> Option<u16> {
    let base = if c.is_ascii() {
        c
    } else if matches!(c, '\u{c0}'..='\u{24f}') {
        let mut base = c;
        unicode_normalization::char::decompose_canonical(c, |d| {
            if base == c {
                base = d;
            }
        });
        base
    } else {
        return None;
    };
    base.is_ascii_lowercase().then(|| base as u16 - 'a' as u16)
}

/// The sort key of `text` in `lang`'s order.
pub fn key(text: &str, lang: Lang) -> Key {
    let mut out = Vec::new();
    push_key(text, lang, &mut out);
    out
}

/// Appends the sort key of `text` in `lang`'s order to `out` (keys of many texts can share one
/// buffer).
pub fn push_key(text: &str, lang: Lang, out: &mut Vec<u16>) {
    let (latin_base, cyrillic_base) = match lang {
        Lang::En => (FIRST_SCRIPT, SECOND_SCRIPT),
        Lang::Mn => (SECOND_SCRIPT, FIRST_SCRIPT),
    };
    let start = out.len();
    let mut chars = text.chars().map(lower).peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            // A run of digits by value: leading zeros dropped, then length, then digits.
            let mut digits = vec![c];
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            let significant: Vec<char> = match digits.iter().position(|&d| d != '0') {
                Some(first) => digits[first..].to_vec(),
                None => vec!['0'],
            };
            out.push(DIGITS);
            out.push(significant.len().min(u16::MAX as usize) as u16);
            out.extend(significant.iter().map(|&d| d as u16 - '0' as u16));
        } else if let Some(i) = cyrillic(c) {
            out.push(cyrillic_base + i);
        } else if let Some(i) = latin(c) {
            out.push(latin_base + i);
        } else if c.is_alphanumeric() {
            out.push(OTHER.saturating_add(c as u32 as u16 & 0x7fff));
        } else if out.len() > start && out.last() != Some(&SEPARATOR) {
            // Spaces and punctuation separate words, however many there are.
            out.push(SEPARATOR);
        }
    }
    if out.len() > start && out.last() == Some(&SEPARATOR) {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Mongolian Cyrillic alphabet in order.
    const MONGOLIAN: &str = "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя";

    fn sorted(lang: Lang, words: &[&str]) -> Vec<String> {
        let mut v: Vec<&str> = words.to_vec();
        v.sort_by_cached_key(|w| key(w, lang));
        v.into_iter().map(str::to_string).collect()
    }

    #[test]
    fn the_mongolian_alphabet_in_order() {
        for (i, c) in MONGOLIAN.chars().enumerate() {
            assert_eq!(cyrillic(c), Some(i as u16), "{c}");
            let upper: String = c.to_uppercase().collect();
            assert_eq!(key(&upper, Lang::Mn), key(&c.to_string(), Lang::Mn), "{c}");
        }
        let letters: Vec<String> = MONGOLIAN.chars().map(String::from).collect();
        let mut shuffled: Vec<&str> = letters.iter().map(String::as_str).rev().collect();
        shuffled.rotate_left(7);
        assert_eq!(sorted(Lang::Mn, &shuffled), letters);
    }

    #[test]
    fn mongolian_letters_of_their_own() {
        // Each pair in order: ё after every е, й after every и, ө after о, ү after у.
        let table = [
            ("ет", "ёс"),
            ("иш", "йог"),
            ("оё", "өвс"),
            ("уя", "үг"),
            ("хөх", "хүн"),
            ("Өмнөговь", "Увс"),
            ("эрх", "юм"),
            ("ЮНЕСКО", "ямаа"),
            ("Ямаа", "IT"),
        ];
        for (a, b) in table {
            assert!(key(a, Lang::Mn) < key(b, Lang::Mn), "{a} < {b}");
        }
    }

    #[test]
    fn case_digits_scripts_and_punctuation() {
        assert_eq!(
            sorted(
                Lang::Mn,
                &["Кластер 10", "кластер 2", "Инноваци", "IT Park", "Бодлого"]
            ),
            ["Бодлого", "Инноваци", "кластер 2", "Кластер 10", "IT Park"]
        );
        assert_eq!(
            sorted(
                Lang::En,
                &["Кластер", "cluster 10", "Cluster 2", "Éclair", "apple"]
            ),
            ["apple", "Cluster 2", "cluster 10", "Éclair", "Кластер"]
        );
        assert_eq!(key("Park  (IT)", Lang::En), key("park - it", Lang::En));
        assert!(key("ab", Lang::En) < key("ab c", Lang::En));
        assert!(key("ab c", Lang::En) < key("abc", Lang::En));
        assert!(key("2023", Lang::En) < key("2023 a", Lang::En));
        assert!(key("007", Lang::En) == key("7", Lang::En));
    }
}
