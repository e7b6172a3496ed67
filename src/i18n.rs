//! User-facing text through Fluent: `locales/en/*.ftl` and `locales/mn/*.ftl`, embedded in the
//! binary. Isolation marks are off, so terminals show no stray bidi characters.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_embed::Embed;

use crate::lang::Lang;

#[derive(Embed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct Locales;

/// Formats messages in either language. Each language's files are parsed when it is first
/// used, so a one-shot command in one language parses one.
pub struct Localizer {
    en: std::sync::OnceLock<FluentBundle<FluentResource>>,
    mn: std::sync::OnceLock<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Localizer")
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let langid = match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Mn => unic_langid::langid!("mn"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let prefix = format!("{}/", lang.code());
    let mut files: Vec<String> = Locales::iter()
        .filter(|n| n.starts_with(&prefix))
        .map(|n| n.to_string())
        .collect();
    files.sort();
    for name in files {
        let Some(file) = Locales::get(&name) else {
            continue;
        };
        let source = String::from_utf8_lossy(&file.data).into_owned();
        // Syntax errors in shipped files are caught by the tests below; keep what parsed.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(res, _)| res);
        // Duplicate ids across files keep the first definition.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Localizer {
    pub fn new() -> Self {
        Localizer {
            en: std::sync::OnceLock::new(),
            mn: std::sync::OnceLock::new(),
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        let cell = match lang {
            Lang::En => &self.en,
            Lang::Mn => &self.mn,
        };
        cell.get_or_init(|| bundle(lang))
    }

    /// One localizer for the whole process, built on first use (search indexing and views share it).
    pub fn shared() -> &'static Localizer {
        static SHARED: std::sync::OnceLock<Localizer> = std::sync::OnceLock::new();
        SHARED.get_or_init(Localizer::new)
    }

    /// True when `id` exists in `lang`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// The message `id` in `lang` with `args`; falls back to English, then to the id itself.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v.parse::<i64>() {
                Ok(n) => fargs.set(*k, FluentValue::from(n)),
                Err(_) => fargs.set(*k, FluentValue::from(v.as_str())),
            }
        }
        for l in [lang, Lang::En] {
            let bundle = self.bundle(l);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// A message without arguments.
    pub fn t(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// Ids of every message in `lang` (for tests that both languages say everything).
    pub fn message_ids(lang: Lang) -> Vec<String> {
        let prefix = format!("{}/", lang.code());
        let mut ids = Vec::new();
        for name in Locales::iter().filter(|n| n.starts_with(&prefix)) {
            if let Some(file) = Locales::get(&name) {
                let source = String::from_utf8_lossy(&file.data).into_owned();
                if let Ok(res) = FluentResource::try_new(source) {
                    for entry in res.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            ids.push(m.id.name.to_string());
                        }
                    }
                }
            }
        }
        ids.sort();
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_file_parses() {
        for name in Locales::iter() {
            let file = Locales::get(&name).expect("embedded");
            let source = String::from_utf8_lossy(&file.data).into_owned();
            assert!(
                FluentResource::try_new(source).is_ok(),
                "{name} has Fluent syntax errors"
            );
        }
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let en = Localizer::message_ids(Lang::En);
        let mn = Localizer::message_ids(Lang::Mn);
        assert!(!en.is_empty());
        assert_eq!(en, mn);
    }

    #[test]
    fn formats_with_arguments_and_no_isolation_marks() {
        let l = Localizer::new();
        let s = l.format(Lang::En, "problem-broken-link", &[("target", "x".into())]);
        assert!(s.contains('x'));
        assert!(!s.contains('\u{2068}'));
    }
}
