//! Case and letter folding that keeps char indices aligned: every function here returns exactly
//! one output char per input char, so a char position found in the folded text is the same
//! position in the original (and can be highlighted there).
//!
//! * [`lower`] is Unicode lower-casing restricted to one char (`'İ'` becomes `'i'`, not `"i̇"`).
//! * [`fold`] also folds the Mongolian letters that people type without their marks:
//!   ө→о, ү→у, ё→е, and Latin accented letters to their base letter (é→e, ö→o).
//!
//! fuzzy-matcher only folds ASCII case, so the engine folds both sides itself before matching.

use unicode_normalization::UnicodeNormalization;

/// The lower-case form of one char (the first char of its full lower-casing).
pub fn lower_char(c: char) -> char {
    match c {
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        // Fast paths for the Cyrillic the corpus is written in.
        'а'..='я' | 'ѐ'..='џ' | 'ө' | 'ү' => c,
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
        'Ө' => 'ө',
        'Ү' => 'ү',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Capitals that `lower_char` maps to a char whose `to_uppercase()` is another char: İ, the
/// title-case digraphs (ǅ …), ϴ, ẞ, Greek capitals with prosgegrammeni, Ω Ohm, K Kelvin and Å
/// Ångström signs. The test below checks the list against every Unicode char.
const ODD_CAPITALS: &[char] = &[
    '\u{0130}', '\u{01C5}', '\u{01C8}', '\u{01CB}', '\u{01F2}', '\u{03F4}', '\u{1E9E}', '\u{1F88}',
    '\u{1F89}', '\u{1F8A}', '\u{1F8B}', '\u{1F8C}', '\u{1F8D}', '\u{1F8E}', '\u{1F8F}', '\u{1F98}',
    '\u{1F99}', '\u{1F9A}', '\u{1F9B}', '\u{1F9C}', '\u{1F9D}', '\u{1F9E}', '\u{1F9F}', '\u{1FA8}',
    '\u{1FA9}', '\u{1FAA}', '\u{1FAB}', '\u{1FAC}', '\u{1FAD}', '\u{1FAE}', '\u{1FAF}', '\u{1FBC}',
    '\u{1FCC}', '\u{1FFC}', '\u{2126}', '\u{212A}', '\u{212B}',
];

/// Every char that [`lower_char`] maps to `lower` (for `lower` as `lower_char` returns it).
pub fn case_variants(lower: char) -> impl Iterator<Item = char> {
    let mut upper = lower.to_uppercase();
    let single = match (upper.next(), upper.next()) {
        (Some(u), None) if u != lower => Some(u),
        _ => None,
    };
    std::iter::once(lower)
        .chain(single.filter(|&u| lower_char(u) == lower))
        .chain(
            ODD_CAPITALS
                .iter()
                .copied()
                .filter(move |&c| lower_char(c) == lower && Some(c) != single),
        )
}

/// Whether `c` is part of a word (a letter or digit), quickly for ASCII and Cyrillic.
pub fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Lower-cases and strips marks from one char: ө→о, ү→у, ё→е, é→e.
pub fn fold_char(c: char) -> char {
    let c = lower_char(c);
    if c.is_ascii() {
        return c;
    }
    match c {
        'ө' => 'о',
        'ү' => 'у',
        'ё' => 'е',
        // Other Cyrillic letters carry no marks to strip.
        '\u{0400}'..='\u{04FF}' => c,
        _ => base_letter(c),
    }
}

/// The base letter of a Latin letter with diacritics, else the char itself.
fn base_letter(c: char) -> char {
    let mut d = std::iter::once(c).nfd();
    match d.next() {
        Some(b) if b != c && b.is_alphabetic() => b,
        _ => c,
    }
}

/// Lower-cases `s`, one char per char.
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// Folds `s` (case and marks), one char per char.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Char positions of every occurrence of `needle` in `hay` (both already folded the same way),
/// each occurrence giving `needle.chars().count()` consecutive positions.
pub fn find_all(hay: &str, needle: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let n = needle.chars().count();
    let mut from = 0;
    while let Some(at) = hay[from..].find(needle) {
        let byte = from + at;
        let start = hay[..byte].chars().count();
        out.extend(start..start + n);
        from = byte + needle.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_variants_give_back_every_char_that_lowers_to_a_char() {
        let mut missing = Vec::new();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let l = lower_char(c);
            if !case_variants(l).any(|v| v == c) {
                missing.push(c);
            }
        }
        let shown: Vec<String> = missing
            .iter()
            .map(|c| format!("{:04X}", *c as u32))
            .collect();
        assert!(missing.is_empty(), "add to ODD_CAPITALS: {shown:?}");
        for l in ['a', 'к', 'ө', 'i', '1'] {
            let mut v: Vec<char> = case_variants(l).collect();
            let n = v.len();
            v.dedup();
            assert_eq!(v.len(), n, "no duplicates for {l}");
        }
    }
    use proptest::prelude::*;

    #[test]
    fn folds_case_and_mongolian_marks() {
        assert_eq!(fold("КЛАСТЕР"), "кластер");
        assert_eq!(fold("Хөвсгөл"), "ховсгол");
        assert_eq!(fold("Үйлдвэр"), "уйлдвэр");
        assert_eq!(fold("Ёс"), "ес");
        assert_eq!(fold("Zieliński"), "zielinski");
        assert_eq!(lower("Хөвсгөл"), "хөвсгөл");
        assert_eq!(lower("İx"), "ix");
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in ('\u{0400}'..='\u{04FF}').chain('A'..='z') {
            assert_eq!(lower_char(c), c.to_lowercase().next().unwrap_or(c), "{c}");
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn finds_all_occurrences_by_char() {
        assert_eq!(find_all("аб аб", "аб"), vec![0, 1, 3, 4]);
        assert!(find_all("abc", "").is_empty());
    }

    proptest! {
        #[test]
        fn fold_keeps_one_char_per_char(s in "\\PC{0,40}") {
            prop_assert_eq!(fold(&s).chars().count(), s.chars().count());
            prop_assert_eq!(lower(&s).chars().count(), s.chars().count());
        }

        #[test]
        fn fold_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn fold_is_idempotent_on_cyrillic(s in "[а-яА-ЯөүӨҮёЁ ]{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn found_positions_are_inside(h in "[a-cа-в ]{0,30}", n in "[a-cа-в]{1,3}") {
            let count = h.chars().count();
            for p in find_all(&h, &n) {
                prop_assert!(p < count);
            }
        }
    }
}
