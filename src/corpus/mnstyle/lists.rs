//! The data the Mongolian style checks read: Latin names allowed in Mongolian text
//! (`content/LATIN_NAMES.txt`, extended by a `LATIN_NAMES.txt` in any `--content` folder) and
//! known misspellings with their correct form (`content/MN_SPELLING.txt`).

use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped allow-list of Latin names.
const BUILTIN_LATIN: &str = include_str!("../../../content/LATIN_NAMES.txt");
/// The shipped list of misspellings.
const BUILTIN_SPELLING: &str = include_str!("../../../content/MN_SPELLING.txt");

/// The name of the allow-list file in a content folder.
pub const LATIN_NAMES_FILE: &str = "LATIN_NAMES.txt";

/// Names and misspellings, ready to match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lists {
    /// Allowed Latin names, longest first so that «IT Park» wins over «IT».
    latin: Vec<String>,
    /// Lower-case wrong form → right form.
    spelling: HashMap<String, String>,
}

/// The lines of a list file that carry data: trimmed, without comments and blank lines.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lists {
    /// The shipped lists.
    pub fn builtin() -> &'static Lists {
        static LISTS: OnceLock<Lists> = OnceLock::new();
        LISTS.get_or_init(|| Lists::from_texts(&[BUILTIN_LATIN], BUILTIN_SPELLING))
    }

    /// Lists read from the texts of allow-list files and of one misspelling file.
    pub fn from_texts(latin: &[&str], spelling: &str) -> Lists {
        let mut names: Vec<String> = latin
            .iter()
            .flat_map(|t| data_lines(t))
            .map(str::to_string)
            .collect();
        names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        names.dedup();
        let spelling = data_lines(spelling)
            .filter_map(|l| {
                let (wrong, right) = l.split_once('→').or_else(|| l.split_once("->"))?;
                Some((wrong.trim().to_lowercase(), right.trim().to_string()))
            })
            .filter(|(w, r)| !w.is_empty() && !r.is_empty())
            .collect();
        Lists {
            latin: names,
            spelling,
        }
    }

    /// The shipped lists plus the names of `extra` allow-list texts (a trainer's folders).
    pub fn with_names(extra: &[String]) -> Lists {
        if extra.is_empty() {
            return Lists::builtin().clone();
        }
        let mut texts = vec![BUILTIN_LATIN];
        texts.extend(extra.iter().map(String::as_str));
        Lists::from_texts(&texts, BUILTIN_SPELLING)
    }

    /// The listed name that `text` starts with, if any, as a whole word.
    pub fn latin_name_at(&self, text: &str) -> Option<&str> {
        self.latin
            .iter()
            .find(|name| {
                text.starts_with(name.as_str())
                    && !text[name.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric())
            })
            .map(String::as_str)
    }

    /// The right form of a misspelt word (any case), if it is a known misspelling.
    pub fn correction(&self, word: &str) -> Option<&str> {
        self.spelling.get(&word.to_lowercase()).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lists_read() {
        let lists = Lists::builtin();
        assert_eq!(lists.latin_name_at("IT Park-ийн"), Some("IT Park"));
        assert_eq!(lists.latin_name_at("ITX"), None);
        assert_eq!(lists.correction("Гэрээын"), Some("гэрээний"));
        assert_eq!(lists.correction("кластераас"), Some("кластерээс"));
    }

    #[test]
    fn a_folder_adds_names() {
        let lists = Lists::with_names(&["# mine\nAcme Corp\n".to_string()]);
        assert_eq!(lists.latin_name_at("Acme Corp нь"), Some("Acme Corp"));
        assert_eq!(Lists::builtin().latin_name_at("Acme Corp"), None);
    }
}
