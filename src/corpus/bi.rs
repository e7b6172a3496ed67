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
        if let serde_yaml::Value::Sequence(items) = &value {
            return T::deserialize(value.clone())
                .map(|v| Bi {
                    en: Some(v.clone()),
                    mn: Some(v),
                })
                .map_err(|_| match by_language(items) {
                    Some(both) => de::Error::custom(format!("{LIST_FOR_TEXT}` {both}")),
                    None => de::Error::custom(NOT_BILINGUAL),
                });
        }
        if let Some((lang, joined)) = list_not_text::<T>(&value) {
            return Err(de::Error::custom(format!(
                "{LIST_FOR_TEXT}{lang}` {joined}"
            )));
        }
        if let Some((lang, items)) = text_not_list::<T>(&value) {
            return Err(de::Error::custom(format!("{TEXT_FOR_LIST}{lang}` {items}")));
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

/// How the error for a list written where one text goes starts (`summary:` with `mn:` as
/// lines starting with `- `, or `actor:` as a list); the language (none for the whole field),
/// a backtick, a space and the value to write follow: the items as one text, or for the whole
/// field a map of the two languages (`toli check` shows it: src/corpus/parse/yaml_error.rs).
pub const LIST_FOR_TEXT: &str = "a list for one text `";

/// The language of `value` (a map) whose value is a list of texts where `T` takes one text,
/// and its items written as one.
fn list_not_text<'de, T: Deserialize<'de>>(
    value: &serde_yaml::Value,
) -> Option<(&'static str, String)> {
    let map = value.as_mapping()?;
    ["en", "mn"].into_iter().find_map(|lang| {
        let items = map.get(lang)?.as_sequence()?;
        let joined = one_text(items)?;
        T::deserialize(serde_yaml::Value::String(joined.clone()))
            .is_ok()
            .then(|| (lang, plain_or_quoted(&joined)))
    })
}

/// How the error for one text written where a list goes starts (`tags:` with `en:` as
/// `cluster policy, funding`); the language, a backtick, a space and the list to write follow
/// (`toli check` shows it: src/corpus/parse/yaml_error.rs).
pub const TEXT_FOR_LIST: &str = "a text for a list `";

/// The language of `value` (a map) whose value is one text where `T` takes a list, and that
/// text's parts (split at its commas) written as the list: `[cluster policy, funding]`.
fn text_not_list<'de, T: Deserialize<'de>>(
    value: &serde_yaml::Value,
) -> Option<(&'static str, String)> {
    use serde_yaml::Value;
    let map = value.as_mapping()?;
    ["en", "mn"].into_iter().find_map(|lang| {
        let text = map.get(lang)?.as_str()?;
        let items: Vec<&str> = (text.split([',', ';']).map(str::trim))
            .filter(|t| !t.is_empty())
            .collect();
        let list = Value::Sequence(items.iter().map(|t| Value::from(*t)).collect());
        (!items.is_empty() && T::deserialize(list).is_ok())
            .then(|| (lang, format!("[{}]", items.join(", "))))
    })
}

/// A list's items as a map of the two languages: those in Latin letters on the English side,
/// those in Cyrillic on the Mongolian, `…` for a side none is written in
/// (`[Кластер, Cluster]`: `{en: "Cluster", mn: "Кластер"}`). None when an item is not text.
fn by_language(items: &[serde_yaml::Value]) -> Option<String> {
    let cyrillic = |t: &&serde_yaml::Value| {
        let text = t.as_str().unwrap_or_default();
        let count = |f: fn(&char) -> bool| text.chars().filter(f).count();
        count(|c| ('\u{400}'..='\u{4ff}').contains(c)) > count(char::is_ascii_alphabetic)
    };
    let (mn, en): (Vec<_>, Vec<_>) = items.iter().partition(cyrillic);
    let side = |items: Vec<&serde_yaml::Value>| -> Option<String> {
        let owned: Vec<serde_yaml::Value> = items.into_iter().cloned().collect();
        Some(match owned.is_empty() {
            true => "…".to_string(),
            false => one_text(&owned)?.replace('"', "'"),
        })
    };
    Some(format!("{{en: \"{}\", mn: \"{}\"}}", side(en)?, side(mn)?))
}

/// `text` as a YAML value on its key's line: as written, or in quotes where YAML would read
/// it otherwise (a `: `, a `#`, a quote, a symbol first).
fn plain_or_quoted(text: &str) -> String {
    let plain = !text.contains([':', '#', '"']) && text.starts_with(char::is_alphanumeric);
    match plain {
        true => text.to_string(),
        false => format!("\"{}\"", text.replace('"', "'")),
    }
}

/// The texts of a list written as one: a sentence broken over lines (its last item ends with
/// `.`, `!` or `?`) joined with spaces, else the items with commas (`Кластерийн зөвлөх,
/// Удирдах зөвлөл`). None when an item is not text.
pub fn one_text(items: &[serde_yaml::Value]) -> Option<String> {
    let texts: Vec<&str> = items
        .iter()
        .map(|item| item.as_str().map(str::trim))
        .collect::<Option<_>>()?;
    let (last, before) = texts.split_last()?;
    let sentence = last.ends_with(['.', '!', '?'])
        && !before.iter().any(|t| t.ends_with(['.', '!', '?', ',']));
    Some(texts.join(if sentence { " " } else { ", " }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list where one text goes is named, with its items as the one text to write (coach
    /// walk 21, C-3).
    #[test]
    fn a_list_where_one_text_goes_is_told_with_its_items_as_one() {
        let err = |yaml: &str| {
            serde_yaml::from_str::<Bi<String>>(yaml)
                .expect_err("a list")
                .to_string()
        };
        assert!(
            err("en: Coach.\nmn:\n  - Кластерийн удирдах зөвлөлд\n  - зөвлөгөө өгнө.\n")
                .starts_with(&format!(
                    "{LIST_FOR_TEXT}mn` Кластерийн удирдах зөвлөлд зөвлөгөө өгнө."
                ))
        );
        assert!(
            err("- Кластерийн зөвлөх\n- Удирдах зөвлөл\n").starts_with(&format!(
                "{LIST_FOR_TEXT}` {{en: \"…\", mn: \"Кластерийн зөвлөх, Удирдах зөвлөл\"}}"
            ))
        );
        // A title in two languages written as a list is offered the map of the two.
        assert!(err("[Кластер, Cluster]\n").starts_with(&format!(
            "{LIST_FOR_TEXT}` {{en: \"Cluster\", mn: \"Кластер\"}}"
        )));
        // A list of lists is no text to offer.
        assert!(err("- [a]\n- b\n").starts_with(NOT_BILINGUAL));
        // One text where a list goes is shown as the list (coach walk 23).
        let err = serde_yaml::from_str::<Bi<Vec<String>>>("en: cluster policy, funding\nmn: [б]\n")
            .expect_err("a text")
            .to_string();
        assert!(
            err.starts_with(&format!("{TEXT_FOR_LIST}en` [cluster policy, funding]")),
            "{err}"
        );
        // Lists per language are what `aliases` and `tags` take.
        let tags: Bi<Vec<String>> = serde_yaml::from_str("en: [a]\nmn:\n  - б\n").expect("lists");
        assert_eq!(tags.mn, Some(vec!["б".to_string()]));
    }

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
