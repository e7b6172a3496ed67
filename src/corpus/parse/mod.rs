//! Reads one entry file into an [`Entry`], collecting every problem with its file line.
//!
//! Two steps: serde reads the front matter into [`RawEntry`], a flat record of every field any
//! kind may have (so unknown fields and wrong types are caught with their path and line; when
//! one is, `recover` reads past it so every bad field is reported in one run); then `build`
//! checks which fields the kind needs or forbids and assembles the typed entry. Problems that
//! only concern one language or one field do not stop the entry from loading; problems that
//! leave no usable entry (YAML syntax, no id, no kind, a required field missing) do. `toli new`'s
//! `TODO:` placeholders are reported wherever they are (`placeholder`).

use serde::Deserialize;
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

use super::locate::Locator;
use super::model::{
    Bi, ChartKind, ClusterProfile, Entry, FigureRow, KeyFigure, Kind, RowOrder, SourceRef,
};
use super::split::split;
use crate::diagnostic::{Diagnostic, Problem};

mod build;
mod coded;
mod file_name;
mod languages;
mod placeholder;
mod recover;
mod stand_in;
mod untab;
mod yaml_error;
mod yaml_scan;
mod yaml_syntax;

pub use placeholder::PLACEHOLDER;
pub use yaml_error::MAX_FLOW_DEPTH;
use yaml_error::{tab_indents, too_deep};

/// Every field any kind may use; which ones a kind accepts is decided in `build`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    id: Option<String>,
    kind: Option<String>,
    title: Option<Bi<String>>,
    summary: Option<Bi<String>>,
    #[serde(default)]
    aliases: Bi<Vec<String>>,
    #[serde(default)]
    tags: Bi<Vec<String>>,
    #[serde(default)]
    related: Vec<String>,
    sources: Option<Vec<SourceRef>>,
    defined_by: Option<Bi<String>>,
    model: Option<String>,
    position: Option<u32>,
    period: Option<String>,
    country: Option<String>,
    year: Option<i32>,
    #[serde(rename = "type")]
    type_: Option<String>,
    responsible_body: Option<Bi<String>>,
    instrument: Option<String>,
    ownership: Option<String>,
    established: Option<i32>,
    licensed: Option<i32>,
    status: Option<Bi<String>>,
    sector: Option<Vec<String>>,
    key_figures: Option<Vec<KeyFigure>>,
    profile: Option<ClusterProfile>,
    number: Option<u32>,
    addressed_by: Option<Vec<String>>,
    evidence: Option<Vec<KeyFigure>>,
    challenge: Option<Bi<String>>,
    actions: Option<Vec<String>>,
    actor: Option<Bi<String>>,
    author: Option<Bi<String>>,
    publisher: Option<Bi<String>>,
    published_in: Option<Bi<String>>,
    url: Option<String>,
    document: Option<String>,
    original: Option<String>,
    steps: Option<Vec<RawStep>>,
    unit: Option<Bi<String>>,
    chart: Option<ChartKind>,
    order: Option<RowOrder>,
    total: Option<f64>,
    columns: Option<Vec<Bi<String>>>,
    label_column: Option<Bi<String>>,
    rows: Option<Vec<FigureRow>>,
}

/// A tour step as written: its planned minutes are read as any value, so that one that is not
/// a number is reported on its own line (`build`) and the rest of the tour still loads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    /// Missing: reported on the step's own line (`build`), and the other steps still load.
    #[serde(default)]
    entry: Option<String>,
    #[serde(default)]
    note: Bi<String>,
    #[serde(default)]
    minutes: Option<serde_yaml::Value>,
    /// Ids of the figures the step shows (`f`); checked to be figures with the whole corpus.
    #[serde(default)]
    figures: Vec<String>,
}

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
    // A line holding a placeholder has one problem to fix: the placeholder.
    out.diagnostics.extend(
        parsed
            .diagnostics
            .into_iter()
            .filter(|d| !placeholders.iter().any(|(line, _, _)| *line == d.line)),
    );
    for (line, col, problem) in placeholders {
        out.diagnostics.push(diag(line, col, problem));
    }
    out.diagnostics.sort_by_key(|d| (d.line, d.column));
    out
}

/// Reads the front matter and sections of one file into its entry, with every problem found.
fn read_parts(
    path: &str,
    parts: &super::split::Parts,
    builtin: bool,
    lists: &super::mnstyle::Lists,
) -> Parsed {
    let mut out = Parsed::default();
    let diag = |line, col, problem| Diagnostic::new(path, line, col, problem);
    // Tabs are reported, then read as spaces (column for column) so the rest can be checked.
    let tabs = tab_indents(&parts.front_matter);
    for (line, col) in &tabs {
        out.diagnostics.push(diag(
            parts.front_matter_line + line - 1,
            *col,
            Problem::TabIndent,
        ));
    }
    for (line, col) in untab::tabs_in_values(&parts.front_matter) {
        out.diagnostics.push(diag(
            parts.front_matter_line + line - 1,
            col,
            Problem::TabInValue,
        ));
    }
    let front_matter = if tabs.is_empty() {
        std::borrow::Cow::Borrowed(parts.front_matter.as_str())
    } else {
        std::borrow::Cow::Owned(untab::untab(&parts.front_matter))
    };
    let loc = Locator::new(&front_matter, parts.front_matter_line);

    if let Some((line, col)) = too_deep(&front_matter) {
        out.diagnostics.push(diag(
            parts.front_matter_line + line - 1,
            col,
            Problem::TooDeep {
                limit: MAX_FLOW_DEPTH,
            },
        ));
        return out;
    }
    let read = recover::read(path, parts, &loc, &front_matter);
    out.diagnostics.extend(read.diagnostics);
    let Some(raw) = read.raw else {
        return out;
    };
    let dropped = read.dropped;
    let patched = read.patched;
    // A line patched to read on may show other problems that are only the patch's echo.
    let echo =
        |d: &Diagnostic| patched.contains(&d.line) && !matches!(d.problem, Problem::Yaml { .. });
    out.lines = super::KeyLines {
        id: loc.key(&["id"]).0,
        position: loc.key(&["position"]).0,
        total: loc.key(&["total"]).0,
    };
    let Some(id) = raw.id.clone() else {
        if !dropped.iter().any(|f| f == "id") {
            out.diagnostics.push(diag(
                parts.front_matter_line,
                1,
                Problem::MissingField { field: "id".into() },
            ));
        }
        return out;
    };
    if !crate::markdown::links::is_entry_id(&id) {
        let (l, c) = loc.key(&["id"]);
        let stem = std::path::Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        out.diagnostics.push(diag(
            l,
            c,
            Problem::BadId {
                value: shortened(&id, 40),
                fix: id_like(&id)
                    .or_else(|| id_like(&stem))
                    .unwrap_or_else(|| "my-entry".to_string()),
            },
        ));
        return out;
    }
    if let Some(problem) = file_name::check(path, &id) {
        let (l, c) = loc.key(&["id"]);
        out.diagnostics.push(diag(l, c, problem));
    }
    // A missing or unknown kind is reported; the rest is checked against a stand-in kind, but
    // makes no entry.
    let (kind, stand_in) = match raw.kind.as_deref() {
        None if dropped.iter().any(|f| f == "kind") => match stand_in::stand_in(path, None) {
            Some(kind) => (kind, true),
            None => return out,
        },
        None => {
            out.diagnostics.push(diag(
                parts.front_matter_line,
                1,
                Problem::MissingField {
                    field: "kind".into(),
                },
            ));
            match stand_in::stand_in(path, None) {
                Some(kind) => (kind, true),
                None => return out,
            }
        }
        Some(name) => match Kind::parse(name) {
            Some(kind) => (kind, false),
            None => {
                let (l, c) = loc.value_start(&["kind"]);
                let guess = stand_in::stand_in(path, Some(name));
                let suggestion =
                    crate::suggest::closest(name, stand_in::kind_names()).or(guess.map(Kind::name));
                out.diagnostics.push(
                    diag(
                        l,
                        c,
                        Problem::BadValue {
                            field: "kind".into(),
                            value: name.to_string(),
                            expected: Kind::ALL.map(Kind::name).join(", "),
                        },
                    )
                    .suggesting(suggestion),
                );
                match guess {
                    Some(kind) => (kind, true),
                    None => return out,
                }
            }
        },
    };
    let built = build::build(path, &loc, kind, parts, id, raw, builtin);
    // A field taken out as bad, or misspelt as a known one, is reported once, not as missing.
    let suggested: Vec<String> = out
        .diagnostics
        .iter()
        .filter(|d| matches!(d.problem, Problem::UnknownField { .. }))
        .filter_map(|d| d.suggestion.as_deref().map(str::to_string))
        .collect();
    out.diagnostics
        .extend(built.diagnostics.into_iter().filter(|d| {
            let reported = match &d.problem {
                Problem::MissingField { field } | Problem::EmptyField { field } => {
                    dropped.contains(field) || suggested.contains(field)
                }
                Problem::Unsourced => dropped.iter().any(|f| f == "sources"),
                _ => false,
            };
            !reported
        }));
    if let Some(entry) = &built.entry {
        out.diagnostics
            .extend(super::mnstyle::check(path, parts, &loc, entry, lists));
        if let super::model::KindFields::Tour { steps } = &entry.fields {
            let ids: Vec<&str> = steps.iter().map(|s| s.entry.as_str()).collect();
            out.diagnostics
                .extend(super::tour_refs::check(path, parts, &ids));
        }
    }
    out.link_sites = built.sites;
    // Fields read from patched text are checked, but a file with a syntax error loads nothing.
    out.entry = built.entry.filter(|_| patched.is_empty() && !stand_in);
    out.diagnostics.retain(|d| !echo(d));
    out
}

impl RawEntry {
    /// Names of the kind-specific fields that are set.
    fn present_kind_fields(&self) -> Vec<&'static str> {
        self.kind_field_set()
            .into_iter()
            .filter_map(|(n, present)| present.then_some(n))
            .collect()
    }

    /// Every kind-specific field of the file format, and whether it is set; the names are
    /// those of [`super::kinds::all_keys`] (a test holds the two together).
    fn kind_field_set(&self) -> [(&'static str, bool); 36] {
        [
            ("defined_by", self.defined_by.is_some()),
            ("model", self.model.is_some()),
            ("position", self.position.is_some()),
            ("period", self.period.is_some()),
            ("country", self.country.is_some()),
            ("year", self.year.is_some()),
            ("type", self.type_.is_some()),
            ("responsible_body", self.responsible_body.is_some()),
            ("instrument", self.instrument.is_some()),
            ("ownership", self.ownership.is_some()),
            ("established", self.established.is_some()),
            ("licensed", self.licensed.is_some()),
            ("status", self.status.is_some()),
            ("sector", self.sector.is_some()),
            ("key_figures", self.key_figures.is_some()),
            ("profile", self.profile.is_some()),
            ("number", self.number.is_some()),
            ("addressed_by", self.addressed_by.is_some()),
            ("evidence", self.evidence.is_some()),
            ("challenge", self.challenge.is_some()),
            ("actions", self.actions.is_some()),
            ("actor", self.actor.is_some()),
            ("author", self.author.is_some()),
            ("publisher", self.publisher.is_some()),
            ("published_in", self.published_in.is_some()),
            ("url", self.url.is_some()),
            ("document", self.document.is_some()),
            ("original", self.original.is_some()),
            ("steps", self.steps.is_some()),
            ("unit", self.unit.is_some()),
            ("chart", self.chart.is_some()),
            ("order", self.order.is_some()),
            ("total", self.total.is_some()),
            ("columns", self.columns.is_some()),
            ("label_column", self.label_column.is_some()),
            ("rows", self.rows.is_some()),
        ]
    }
}

/// `text` cut to `max` characters with an ellipsis, for quoting a value in a message.
fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// `text` made an id (`My Incubator`: `my-incubator`): Latin letters and digits in lower case,
/// anything else one `-`; none when nothing of it is left (a Mongolian name).
fn id_like(text: &str) -> Option<String> {
    let mut id = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id: String = id
        .trim_end_matches('-')
        .chars()
        .take(crate::markdown::links::MAX_ID_LEN)
        .collect();
    let id = id.trim_end_matches('-').to_string();
    (!id.is_empty()).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::super::model::KindFields;
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn the_reader_knows_every_field_the_kinds_describe() {
        let mut read: Vec<&str> = RawEntry::default()
            .kind_field_set()
            .iter()
            .map(|(n, _)| *n)
            .collect();
        let mut described = super::super::kinds::all_keys();
        read.sort_unstable();
        described.sort_unstable();
        assert_eq!(
            read, described,
            "RawEntry::kind_field_set and corpus::kinds::fields name different fields"
        );
        for key in described {
            let yaml = format!("{key}: null");
            assert!(
                serde_yaml::from_str::<RawEntry>(&yaml).is_ok(),
                "RawEntry has no field `{key}` (described in corpus::kinds::fields)"
            );
        }
    }

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
