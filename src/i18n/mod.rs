//! User-facing text through Fluent: `locales/en/*.ftl` and `locales/mn/*.ftl`, embedded in the
//! binary. Isolation marks are off, so terminals show no stray bidi characters. Messages are
//! parsed one by one as they are first formatted, found through an index build.rs made of each
//! file (see `spans`): a one-shot command prints a handful of the few hundred.

#[cfg(test)]
mod locale_checks;
mod number;
mod spans;

use spans::{Indexed, Span};

// `INDEXED`: the index of every embedded file, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/message_index.rs"));

use std::borrow::Cow;
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_embed::Embed;

use crate::lang::Lang;

#[derive(Embed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct Locales;

/// Formats messages in either language. A language's files are read when it is first used,
/// and each message is parsed when first formatted (module `spans`), so a one-shot command parses the
/// few messages it prints.
pub struct Localizer {
    en: OnceLock<Mutex<Messages>>,
    mn: OnceLock<Mutex<Messages>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Localizer")
    }
}

/// One language's messages: those parsed so far in the bundle, the others still text.
struct Messages {
    bundle: FluentBundle<FluentResource>,
    /// Files whose messages are parsed one by one when first used: text and index, in the
    /// order the files were added.
    lazy: Vec<(&'static [u8], Cow<'static, [Span]>)>,
}

impl Messages {
    fn read(lang: Lang) -> Messages {
        let langid = match lang {
            Lang::En => unic_langid::langid!("en"),
            Lang::Mn => unic_langid::langid!("mn"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        // A count passed to `NUMBER()` is grouped; the name is free in a new bundle.
        let _ = bundle.add_function("NUMBER", number::number);
        bundle.set_formatter(Some(number::grouped));
        let mut messages = Messages {
            bundle,
            lazy: Vec::new(),
        };
        // build.rs lists the files sorted by name.
        for file in INDEXED.iter().filter(|f| {
            f.name
                .strip_prefix(lang.code())
                .is_some_and(|r| r.starts_with('/'))
        }) {
            if let Some(embedded) = Locales::get(file.name) {
                messages.add_indexed(embedded.data, file);
            }
        }
        messages
    }

    /// Adds an embedded file with the index build.rs made of it.
    fn add_indexed(&mut self, data: Cow<'static, [u8]>, file: &Indexed) {
        match data {
            Cow::Borrowed(bytes) if bytes.len() == file.len && file.self_contained => {
                self.lazy.push((bytes, Cow::Borrowed(file.spans)));
            }
            // Not the file build.rs indexed: index it now.
            data => self.add_file(data),
        }
    }

    /// Adds a file's messages: indexed, to be parsed when used, or parsed now if some message
    /// refers to another. Ids already defined keep their first definition.
    fn add_file(&mut self, data: Cow<'static, [u8]>) {
        let Cow::Borrowed(bytes) = data else {
            self.add(String::from_utf8_lossy(&data).into_owned());
            return;
        };
        match std::str::from_utf8(bytes) {
            Ok(source) if spans::self_contained(source) => {
                self.lazy.push((bytes, Cow::Owned(spans::index(source))));
            }
            _ => self.add(String::from_utf8_lossy(bytes).into_owned()),
        }
    }

    fn add(&mut self, source: String) {
        // Syntax errors in shipped files are caught by `locale_checks`; keep what parsed.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(res, _)| res);
        // Duplicate ids keep the first definition.
        let _ = self.bundle.add_resource(resource);
    }

    /// The bundle, with message `id` parsed if it exists.
    fn with(&mut self, id: &str) -> &FluentBundle<FluentResource> {
        if !self.bundle.has_message(id)
            && let Some(text) = self
                .lazy
                .iter()
                .find_map(|(source, index)| spans::find(source, index, id))
        {
            self.add(text.to_string());
        }
        &self.bundle
    }
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Localizer {
    pub fn new() -> Self {
        Localizer {
            en: OnceLock::new(),
            mn: OnceLock::new(),
        }
    }

    /// The messages of `lang`, read on first use.
    fn messages(&self, lang: Lang) -> MutexGuard<'_, Messages> {
        let cell = match lang {
            Lang::En => &self.en,
            Lang::Mn => &self.mn,
        };
        let messages = cell.get_or_init(|| Mutex::new(Messages::read(lang)));
        // A panic while formatting leaves the messages as they were: still usable.
        messages.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// One localizer for the whole process, built on first use (search indexing and views share it).
    pub fn shared() -> &'static Localizer {
        static SHARED: std::sync::OnceLock<Localizer> = std::sync::OnceLock::new();
        SHARED.get_or_init(Localizer::new)
    }

    /// True when `id` exists in `lang`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.messages(lang).with(id).has_message(id)
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
            let mut messages = self.messages(l);
            let bundle = messages.with(id);
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
    fn formats_with_arguments_and_no_isolation_marks() {
        let l = Localizer::new();
        let s = l.format(Lang::En, "problem-broken-link", &[("target", "x".into())]);
        assert!(s.contains('x'));
        assert!(!s.contains('\u{2068}'));
    }

    /// Formats `id` from `messages` the way [`Localizer::format`] does.
    fn format(messages: &mut Messages, id: &str) -> Option<String> {
        let bundle = messages.with(id);
        let pattern = bundle.get_message(id)?.value()?;
        let mut args = FluentArgs::new();
        args.set("n", 3);
        Some(
            bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned(),
        )
    }

    #[test]
    fn messages_are_parsed_when_first_used_unless_they_refer_to_others() {
        let mut m = Messages::read(Lang::En);
        let indexed: usize = m.lazy.iter().map(|(_, index)| index.len()).sum();
        assert!(indexed > 200, "every message indexed");
        assert!(
            !m.bundle.has_message("label-sources"),
            "nothing parsed before use"
        );
        assert!(format(&mut m, "label-sources").is_some());
        assert!(m.bundle.has_message("label-sources"), "parsed when used");
        assert!(!m.bundle.has_message("label-links"), "and only that one");
        assert!(format(&mut m, "no-such-message").is_none());

        m.add_file(Cow::Borrowed(
            b"x = X { $n }\nx = second\ny =\n    Y\n    .title = T\n",
        ));
        assert_eq!(
            format(&mut m, "x").as_deref(),
            Some("X 3"),
            "the first definition"
        );
        assert_eq!(format(&mut m, "y").as_deref(), Some("Y"));
        m.add_file(Cow::Borrowed(b"-brand = Toli\nz = { -brand } and { $n }\n"));
        assert!(
            m.bundle.has_message("z"),
            "refers to a term: parsed whole at once"
        );
        assert_eq!(format(&mut m, "z").as_deref(), Some("Toli and 3"));
        let l = Localizer::new();
        assert!(l.has(Lang::Mn, "label-sources"));
        assert!(!l.has(Lang::Mn, "no-such-message"));
        assert_ne!(
            l.t(Lang::Mn, "label-sources"),
            l.t(Lang::En, "label-sources")
        );
    }
}
