//! Reads one entry file into an [`Entry`], collecting every problem with its file line.
//!
//! Two steps (`read`): serde reads the front matter into [`RawEntry`] (`raw`), a flat record of
//! every field any kind may have (so unknown fields and wrong types are caught with their path
//! and line; when one is, `recover` reads past it so every bad field is reported in one run);
//! then `build` checks which fields the kind needs or forbids and assembles the typed entry. Problems that
//! only concern one language or one field do not stop the entry from loading; problems that
//! leave no usable entry (YAML syntax, no id, no kind, a required field missing or empty: any
//! field `corpus::kinds` describes with what it holds, `required_tests`) do. `toli new`'s
//! `TODO:` placeholders are reported wherever they are (`placeholder`).

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

use super::model::Entry;
use super::split::split;
use crate::diagnostic::{Diagnostic, Problem};

mod before_yaml;
mod build;
mod coded;
mod date_key;
mod field_shapes;
mod file_name;
mod flow_comma;
mod item_lists;
mod languages;
pub(crate) mod placeholder;
mod raw;
mod read;
mod recover;
#[cfg(test)]
mod required_tests;
mod stand_in;
mod untab;
mod yaml_error;
mod yaml_scan;
mod yaml_syntax;

pub use before_yaml::MAX_FLOW_DEPTH;
pub use placeholder::PLACEHOLDER;
pub use raw::{RawEntry, RawStep};
use read::{read_parts, shortened};

/// Controlled values, so facets and translations stay consistent.
pub use super::values::{CASE_TYPES, COUNTRIES, INSTRUMENTS, OWNERSHIPS, POLICY_TYPES, SECTORS};

/// The result of reading one file: the entry if one could be built, and every problem found.
#[derive(Debug, Default)]
pub struct Parsed {
    pub entry: Option<Entry>,
    /// Ids named in the entry with the file line and column where each is written.
    pub link_sites: Vec<LinkSite>,
    /// File lines of keys that corpus-level checks report on.
    pub lines: super::KeyLines,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where an entry names another entry.
#[derive(Debug, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct LinkSite {
    pub target: String,
    pub field: LinkField,
    pub line: usize,
    pub column: usize,
    /// The words of a body's `[words](target)` link, to keep in the link offered instead.
    pub text: Option<String>,
}

/// The part of an entry a link is written in: a front-matter field or the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub enum LinkField {
    Related,
    Sources,
    Model,
    AddressedBy,
    Actions,
    Steps,
    /// A tour step's `figures`.
    Figures,
    Body,
}

impl LinkField {
    /// The field's name as written in files (`addressed_by`), or `body`.
    pub fn name(self) -> &'static str {
        match self {
            LinkField::Related => "related",
            LinkField::Sources => "sources",
            LinkField::Model => "model",
            LinkField::AddressedBy => "addressed_by",
            LinkField::Actions => "actions",
            LinkField::Steps => "steps",
            LinkField::Figures => "figures",
            LinkField::Body => "body",
        }
    }
}

/// Normalizes text to NFC (cheaply when it already is).
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    if is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    }
}

/// Parses the text of one entry file shown to the user as `path`, checking its Mongolian against
/// the shipped lists.
pub fn parse_entry(path: &str, text: &str, builtin: bool) -> Parsed {
    parse_entry_with(path, text, builtin, super::mnstyle::Lists::builtin())
}

/// Parses the text of one entry file shown to the user as `path`, checking its Mongolian against
/// `lists`.
pub fn parse_entry_with(
    path: &str,
    text: &str,
    builtin: bool,
    lists: &super::mnstyle::Lists,
) -> Parsed {
    let text = nfc(text);
    let mut out = Parsed::default();
    let diag = |line, col, problem| Diagnostic::new(path, line, col, problem);

    let parts = match split(&text) {
        Ok(parts) => parts,
        Err((line, problem)) => {
            out.diagnostics.push(diag(line, 1, problem));
            return out;
        }
    };
    for (line, problem) in &parts.problems {
        out.diagnostics.push(diag(*line, 1, problem.clone()));
    }
    let placeholders = placeholder::find(&text);
    let parsed = read_parts(path, &parts, builtin, lists);
    out.lines = parsed.lines;
    out.link_sites = parsed.link_sites;
    out.entry = parsed.entry;
    // A line holding a placeholder has one problem to fix: the placeholder; but for its
    // indentation, which replacing the placeholder does not mend.
    out.diagnostics
        .extend(parsed.diagnostics.into_iter().filter(|d| {
            is_indentation(&d.problem) || !placeholders.iter().any(|(line, _, _)| *line == d.line)
        }));
    for (line, col, problem) in placeholders {
        out.diagnostics.push(diag(line, col, problem));
    }
    out.diagnostics.sort_by_key(|d| (d.line, d.column));
    out
}

/// Whether `problem` is a line indented more or less than it should be.
fn is_indentation(problem: &Problem) -> bool {
    let indent = format!("{}indent-", crate::diagnostic::TEACH_YAML);
    matches!(problem, Problem::Yaml { detail } if detail.starts_with(&indent))
}

#[cfg(test)]
mod tests {
    use super::super::model::{Bi, KindFields};
    use super::*;
    use crate::diagnostic::Problem;
    use crate::lang::Lang;

    /// Each problem found, with its line and column.
    fn placed(parsed: &Parsed) -> Vec<(usize, usize, &Problem)> {
        (parsed.diagnostics.iter())
            .map(|d| (d.line, d.column, &d.problem))
            .collect()
    }

    /// A step's planned minutes that are not a whole number are reported on their own line, and
    /// the tour loads with every step, the others' minutes kept.
    #[test]
    fn a_step_s_planned_minutes_that_do_not_read_are_reported_and_the_tour_loads() {
        let text = "---\nid: tour-x\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: s, mn: с}\n\
                    steps:\n  - entry: a\n    minutes: 8\n  - entry: b\n    minutes: ten\n\
                    \x20 - entry: c\n  - entry: d\n    minutes: 0\n  - {entry: e, minutes: \"12\"}\n\
                    ---\n::: en\nText.\n::: mn\nБичвэр.\n";
        let parsed = parse_entry("tours/tour-x.md", text, false);
        let found = placed(&parsed);
        assert_eq!(
            found,
            [
                (
                    10,
                    14,
                    &Problem::StepMinutes {
                        step: 2,
                        value: "ten".into(),
                        most: build::MAX_STEP_MINUTES,
                    }
                ),
                (
                    13,
                    14,
                    &Problem::StepMinutes {
                        step: 4,
                        value: "0".into(),
                        most: build::MAX_STEP_MINUTES,
                    }
                ),
            ]
        );
        let Some(KindFields::Tour { steps }) = parsed.entry.map(|e| e.fields) else {
            panic!("the tour loads");
        };
        let minutes: Vec<Option<u32>> = steps.iter().map(|s| s.minutes).collect();
        assert_eq!(minutes, [Some(8), None, None, None, Some(12)]);
    }

    /// A step that names no entry is reported at its own dash, counted from 1, and does not
    /// hide the other steps' problems: the tour loads with the steps that have an entry.
    #[test]
    fn a_step_without_an_entry_is_reported_on_its_line_and_the_rest_loads() {
        let text = "---\nid: tour-x\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: s, mn: с}\n\
                    steps:\n  - entry: a\n  - note: {en: n, mn: н}\n  - entry: c\n    minutes: ten\n\
                    ---\n::: en\nText.\n::: mn\nБичвэр.\n";
        let parsed = parse_entry("tours/tour-x.md", text, false);
        let found = placed(&parsed);
        assert_eq!(
            found,
            [
                (8, 3, &Problem::StepWithoutEntry { step: 2 }),
                (
                    10,
                    14,
                    &Problem::StepMinutes {
                        step: 3,
                        value: "ten".into(),
                        most: build::MAX_STEP_MINUTES,
                    }
                ),
            ]
        );
        let Some(KindFields::Tour { steps }) = parsed.entry.map(|e| e.fields) else {
            panic!("the tour loads");
        };
        let ids: Vec<&str> = steps.iter().map(|s| s.entry.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
    }

    /// A source with `author` and `publisher` as written in `names`.
    fn source(names: &str) -> Parsed {
        let text = format!(
            "---\nid: src-x\nkind: source\ntitle: {{en: R, mn: Т}}\nsummary: {{en: s, mn: с}}\n\
             {names}\n---\n::: en\nText.\n::: mn\nБичвэр.\n"
        );
        parse_entry("src-x.md", &text, false)
    }

    fn names(parsed: &Parsed) -> (Bi<String>, Option<Bi<String>>) {
        match &parsed.entry.as_ref().expect("parsed").fields {
            KindFields::Source {
                author, publisher, ..
            } => (author.clone(), publisher.clone()),
            other => panic!("not a source: {other:?}"),
        }
    }

    #[test]
    fn a_source_s_author_and_publisher_are_one_text_or_one_per_language() {
        let same = source("author: Lee K and Kang J\npublisher: Research Policy");
        assert_eq!(same.diagnostics, []);
        let (author, publisher) = names(&same);
        assert_eq!(author.en.as_deref(), Some("Lee K and Kang J"));
        assert_eq!(author.mn, author.en, "one text is both languages");
        assert_eq!(
            publisher.expect("publisher").mn.as_deref(),
            Some("Research Policy")
        );

        let both = source(
            "author: {en: World Bank, mn: Дэлхийн банк}\n\
             publisher:\n  en: National University of Mongolia\n  mn: Монгол Улсын Их Сургууль",
        );
        assert_eq!(both.diagnostics, []);
        let (author, publisher) = names(&both);
        assert_eq!(author.show(Lang::Mn), "Дэлхийн банк");
        assert_eq!(author.show(Lang::En), "World Bank");
        let publisher = publisher.expect("publisher");
        assert_eq!(publisher.show(Lang::Mn), "Монгол Улсын Их Сургууль");

        let half = source("author: {en: World Bank}");
        assert!(
            half.diagnostics.iter().any(|d| matches!(
                &d.problem,
                Problem::MissingLanguage { field, lang: Lang::Mn } if field == "author"
            )),
            "{:?}",
            half.diagnostics
        );
    }
}
