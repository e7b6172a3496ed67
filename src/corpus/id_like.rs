//! The id a name most likely meant, for the messages that refuse one (`toli new`'s argument,
//! a file's `id:`): lower-case Latin letters and digits, Cyrillic transliterated as toli's
//! Latin key spells it but for ц and х, written `ts` and `kh` as Mongolians write them in Latin
//! letters and as the shipped ids do (`darkhan`, `khovd`; the key's `c` and `h` are search
//! spellings: both find the entry), every other run of characters one `-`.

use crate::markdown::links::{MAX_ID_LEN, is_entry_id};

/// The id nearest `typed` (`Darkhan_Exports` → `darkhan-exports`, `дархан-экспорт` →
/// `darkhan-eksport`), cut to the longest an id may be; none when nothing of it is left.
pub fn id_like(typed: &str) -> Option<String> {
    let mut out = String::new();
    for c in typed.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(latin) = id_letters(c) {
            out.push_str(latin);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(MAX_ID_LEN).collect();
    let id = cut.trim_end_matches('-').to_string();
    is_entry_id(&id).then_some(id)
}

/// The Latin letters an id spells one Cyrillic letter with: the search key's, but `ts` for ц
/// and `kh` for х (`итгэлцэл` → `itgeltsel`, `дархан` → `darkhan`, not the key's `itgelcel`,
/// `darhan`).
fn id_letters(c: char) -> Option<&'static str> {
    match crate::text::fold::lower_char(c) {
        'ц' => Some("ts"),
        'х' => Some("kh"),
        lower => crate::text::translit::latin_letters(lower),
    }
}

#[cfg(test)]
mod tests {
    use super::id_like;

    /// ц is `ts`, as in Mongolian Latin spelling; the search key still finds it, since `ts` and
    /// `c` share a key.
    #[test]
    fn tse_is_written_ts_and_still_found_by_the_search_key() {
        let id = id_like("итгэлцэл").expect("an id");
        assert_eq!(id, "itgeltsel");
        assert_eq!(
            crate::text::translit::key_text(&id),
            crate::text::translit::key_text("итгэлцэл")
        );
        let id = id_like("дархан").expect("an id");
        assert_eq!(id, "darkhan", "х is `kh`, as the shipped ids write it");
        assert_eq!(
            crate::text::translit::key_text(&id),
            crate::text::translit::key_text("дархан")
        );
    }

    #[test]
    fn a_name_gives_the_id_it_meant() {
        assert_eq!(
            id_like("Darkhan_Exports").as_deref(),
            Some("darkhan-exports")
        );
        assert_eq!(
            id_like("дархан-экспорт").as_deref(),
            Some("darkhan-eksport")
        );
        assert_eq!(
            id_like("кластерын-зохицуулагч").as_deref(),
            Some("klasterin-zokhitsuulagch")
        );
        assert_eq!(id_like("итгэлцэл").as_deref(), Some("itgeltsel"));
        assert_eq!(id_like("Цагаан-Цэцэг").as_deref(), Some("tsagaan-tsetseg"));
        assert_eq!(id_like("Өмнөговь 2024!").as_deref(), Some("omnogov-2024"));
        assert_eq!(id_like("My Incubator").as_deref(), Some("my-incubator"));
        assert_eq!(id_like("__"), None);
        assert_eq!(id_like(&"a".repeat(150)).map(|s| s.len()), Some(100));
    }
}
