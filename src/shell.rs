//! Commands toli prints for the reader to type: each word quoted as a POSIX shell reads it
//! back.

/// A word as a POSIX shell reads it back: as is when safe, else in single quotes.
pub fn quote(word: &str) -> String {
    let safe = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "/._-+=:,@%~".contains(c));
    if safe && !word.starts_with('~') {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn unsafe_words_are_quoted() {
        assert_eq!(quote("mine/a-b"), "mine/a-b");
        assert_eq!(quote("my entries"), "'my entries'");
        assert_eq!(quote("~/x"), "'~/x'");
        assert_eq!(quote("it's"), r"'it'\''s'");
    }
}
