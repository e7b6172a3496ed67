//! The two languages toli speaks, and how the start language is chosen.

use serde::{Deserialize, Serialize};

/// A language of the corpus and the user interface.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
    bitcode::Encode,
    bitcode::Decode,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English. `--lang` also takes `ан` (typed on a Mongolian keyboard) and `english`.
    #[value(aliases = ["ан", "english", "англи"])]
    En,
    /// Mongolian (Cyrillic). `--lang` also takes `мн` (typed on a Mongolian keyboard),
    /// `mongol` and `монгол`.
    #[value(aliases = ["мн", "mongol", "монгол"])]
    Mn,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Mn];

    /// The two-letter code used in files and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Mn => "mn",
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Mn,
            Lang::Mn => Lang::En,
        }
    }

    /// Parses a code such as `en`, `mn`, `mn_MN.UTF-8` or `en-US`.
    pub fn from_locale(value: &str) -> Option<Lang> {
        let lower = value.trim().to_ascii_lowercase();
        if lower.starts_with("mn") {
            Some(Lang::Mn)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The start language: an explicit choice, else the POSIX locale variables
    /// (`LANGUAGE`, then `LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    pub fn detect(explicit: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        Lang::chosen(explicit, env).unwrap_or(Lang::En)
    }

    /// The language the reader chose: `--lang`, else the first locale variable that names
    /// English or Mongolian. `None` when nothing names one (unset, or a locale such as `C`),
    /// where [`Lang::detect`] falls back to English.
    pub fn chosen(explicit: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        if explicit.is_some() {
            return explicit;
        }
        for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            let Some(value) = env(var).filter(|v| !v.is_empty()) else {
                continue;
            };
            // LANGUAGE may hold a priority list such as "mn:en".
            if let Some(lang) = value.split(':').find_map(Lang::from_locale) {
                return Some(lang);
            }
            if var != "LANGUAGE" {
                // A set LC_ALL/LANG that is neither language (e.g. "C") names none.
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn explicit_choice_wins() {
        assert_eq!(
            Lang::detect(Some(Lang::En), env_of(&[("LANG", "mn_MN.UTF-8")])),
            Lang::En
        );
    }

    #[test]
    fn locale_variables_in_posix_order() {
        assert_eq!(
            Lang::detect(None, env_of(&[("LANG", "mn_MN.UTF-8")])),
            Lang::Mn
        );
        assert_eq!(
            Lang::detect(
                None,
                env_of(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "mn_MN")])
            ),
            Lang::En
        );
        assert_eq!(
            Lang::detect(None, env_of(&[("LANGUAGE", "fr:mn"), ("LANG", "C")])),
            Lang::Mn
        );
        assert_eq!(Lang::detect(None, env_of(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::detect(None, env_of(&[])), Lang::En);
    }

    #[test]
    fn only_a_flag_or_a_named_locale_is_a_choice() {
        assert_eq!(
            Lang::chosen(Some(Lang::Mn), env_of(&[("LANG", "C")])),
            Some(Lang::Mn)
        );
        assert_eq!(
            Lang::chosen(None, env_of(&[("LANG", "mn_MN.UTF-8")])),
            Some(Lang::Mn)
        );
        assert_eq!(
            Lang::chosen(None, env_of(&[("LANG", "en_GB.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(Lang::chosen(None, env_of(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(Lang::chosen(None, env_of(&[])), None);
    }
}
