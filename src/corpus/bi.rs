//! A value written once per language ([`Bi`]): a title, a summary, a list of aliases. Read
//! from YAML as a map (`{en: …, mn: …}`) or as one plain value shared by both languages.

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A value written once per language. Either side may be missing in a file; the checker reports it
/// and views fall back to the other language with a visible marker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, bitcode::Encode, bitcode::Decode)]
pub struct Bi<T> {
    pub en: Option<T>,
    pub mn: Option<T>,
}

impl<T> Default for Bi<T> {
    fn default() -> Self {
        Bi { en: None, mn: None }
    }
}

impl<T> Bi<T> {
    /// The value in `lang`, if written.
    pub fn get(&self, lang: Lang) -> Option<&T> {
        match lang {
            Lang::En => self.en.as_ref(),
            Lang::Mn => self.mn.as_ref(),
        }
    }

    /// Mutable access to the value in `lang`.
    pub fn slot(&mut self, lang: Lang) -> &mut Option<T> {
        match lang {
            Lang::En => &mut self.en,
            Lang::Mn => &mut self.mn,
        }
    }

    /// The languages that have no value.
    pub fn missing(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::ALL.into_iter().filter(|l| self.get(*l).is_none())
    }

    /// True when neither language has a value.
    pub fn is_empty(&self) -> bool {
        self.en.is_none() && self.mn.is_none()
    }

    /// Both values in order, skipping missing ones.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::ALL
            .into_iter()
            .filter_map(|l| self.get(l).map(|v| (l, v)))
    }
}

impl Bi<String> {
    /// The text in `lang`, else the other language's, else "".
    /// Returns whether the text is a fallback so views can mark it.
    pub fn text(&self, lang: Lang) -> (&str, bool) {
        match (self.get(lang), self.get(lang.other())) {
            (Some(t), _) => (t.as_str(), false),
            (None, Some(t)) => (t.as_str(), true),
            (None, None) => ("", false),
        }
    }

    /// The text in `lang` or the fallback, without the marker flag.
    pub fn show(&self, lang: Lang) -> &str {
        self.text(lang).0
    }
}

impl<T> Bi<Vec<T>> {
    /// All items of both languages.
    pub fn all(&self) -> impl Iterator<Item = &T> {
        self.en.iter().chain(self.mn.iter()).flatten()
    }
}

/// How the error for a map of `en` and `mn` with another key starts; the key and a backtick
/// follow (`toli check` names the key: src/corpus/parse/yaml_error.rs).
pub const UNEXPECTED_KEY: &str = "unexpected key `";

/// Accepts `{en: .., mn: ..}`, or a plain value meaning "the same in both languages".
impl<'de, T: Deserialize<'de> + Clone> Deserialize<'de> for Bi<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Both<T> {
            en: Option<T>,
            mn: Option<T>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form<T> {
            Both(Both<T>),
            Same(T),
        }
        // Read whole first, so that a map of `en` and `mn` with another key in it (a field of the
        // entry indented under `summary` by mistake) can be told by that key's name.
        let value = serde_yaml::Value::deserialize(deserializer)?;
        if let serde_yaml::Value::Mapping(map) = &value {
            let key = |k: &serde_yaml::Value| k.as_str().map(str::to_string);
            let has_language = map
                .keys()
                .any(|k| matches!(key(k).as_deref(), Some("en" | "mn")));
            let other = map
                .keys()
                .filter_map(key)
                .find(|k| !matches!(k.as_str(), "en" | "mn"));
            if let (true, Some(other)) = (has_language, other) {
                return Err(de::Error::custom(format!(
                    "{UNEXPECTED_KEY}{other}` beside `en` and `mn`"
                )));
            }
        }
        // A list is one value for both languages or wrong: never `[en, mn]` by position, which
        // serde would read into the map's fields in their order, silently.
        if let serde_yaml::Value::Sequence(_) = &value {
            return T::deserialize(value)
                .map(|v| Bi {
                    en: Some(v.clone()),
                    mn: Some(v),
                })
                .map_err(|_| de::Error::custom(NOT_BILINGUAL));
        }
        let result = Form::<T>::deserialize(value.clone());
        if result.is_err()
            && let Some((lang, written)) = scalar_not_text::<T>(&value)
        {
            return Err(de::Error::custom(format!("{NOT_TEXT}{lang}` {written}")));
        }
        match result {
            Ok(Form::Both(b)) => Ok(Bi { en: b.en, mn: b.mn }),
            Ok(Form::Same(v)) => Ok(Bi {
                en: Some(v.clone()),
                mn: Some(v),
            }),
            Err(_) => Err(de::Error::custom(NOT_BILINGUAL)),
        }
    }
}

/// The error of a value that is neither a map of `en` and `mn` nor one value for both.
const NOT_BILINGUAL: &str = "expected a map with `en` and `mn` (or one value for both languages)";

/// How the error for a number or a yes/no written where a language's text goes starts; the
/// language, a backtick, a space and the value as YAML read it follow (`toli check` says to
/// quote it: src/corpus/parse/yaml_error.rs).
pub const NOT_TEXT: &str = "not text for `";

/// The language of `value` (a map) whose value is a number or true/false where `T` takes text,
/// and that value as YAML read it.
fn scalar_not_text<'de, T: Deserialize<'de>>(
    value: &serde_yaml::Value,
) -> Option<(&'static str, String)> {
    use serde_yaml::Value;
    let map = value.as_mapping()?;
    ["en", "mn"].into_iter().find_map(|lang| {
        let written = match map.get(lang)? {
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => return None,
        };
        T::deserialize(Value::String(written.clone()))
            .is_ok()
            .then_some((lang, written))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilingual_text_falls_back_visibly() {
        let t = Bi {
            en: Some("Cluster".to_string()),
            mn: None,
        };
        assert_eq!(t.text(Lang::Mn), ("Cluster", true));
        assert_eq!(t.text(Lang::En), ("Cluster", false));
        assert_eq!(t.missing().collect::<Vec<_>>(), vec![Lang::Mn]);
    }

    #[test]
    fn bilingual_accepts_map_or_plain_value() {
        let both: Bi<String> = serde_yaml::from_str("{en: a, mn: б}").expect("map");
        assert_eq!(both.mn.as_deref(), Some("б"));
        let same: Bi<String> = serde_yaml::from_str("IT Park").expect("plain");
        assert_eq!(same.en, same.mn);
        assert!(serde_yaml::from_str::<Bi<String>>("{en: a, fr: b}").is_err());
    }
}
