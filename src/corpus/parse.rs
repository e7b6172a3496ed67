//! Reads one entry file into an [`Entry`], collecting every problem with its file line.
//!
//! Two steps: serde reads the front matter into [`RawEntry`], a flat record of every field any
//! kind may have (so unknown fields and wrong types are caught with their path and line); then
//! `Builder::build` checks which fields the kind needs or forbids and assembles the typed entry.
//! Problems that only concern one language or one field do not stop the entry from loading;
//! problems that leave no usable entry (bad YAML, no id, no kind) do.

use serde::Deserialize;
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

use super::locate::Locator;
use super::model::{
    Bi, ChartKind, ClusterProfile, Entry, FigureRow, KeyFigure, Kind, KindFields, Origin,
    PolicyType, RowOrder, SourceRef, TourStep,
};
use super::split::{Parts, split};
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;
use crate::markdown::links::{entry_links, line_col};

/// Every field any kind may use; which ones a kind accepts is decided in `Builder::build`.
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
    defined_by: Option<String>,
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
    author: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    document: Option<String>,
    steps: Option<Vec<TourStep>>,
    unit: Option<Bi<String>>,
    chart: Option<ChartKind>,
    order: Option<RowOrder>,
    total: Option<f64>,
    columns: Option<Vec<Bi<String>>>,
    rows: Option<Vec<FigureRow>>,
}

/// Which kinds may carry each kind-specific field.
const KIND_FIELDS: &[(&str, &[Kind])] = &[
    ("defined_by", &[Kind::Definition]),
    ("model", &[Kind::Stage]),
    ("position", &[Kind::Stage]),
    ("period", &[Kind::Stage]),
    ("country", &[Kind::Policy, Kind::Case]),
    ("year", &[Kind::Policy, Kind::Source]),
    ("type", &[Kind::Policy, Kind::Case]),
    ("responsible_body", &[Kind::Policy]),
    ("instrument", &[Kind::Policy]),
    ("ownership", &[Kind::Case]),
    ("established", &[Kind::Case]),
    ("status", &[Kind::Case]),
    ("sector", &[Kind::Case]),
    ("key_figures", &[Kind::Case]),
    ("profile", &[Kind::Case]),
    ("number", &[Kind::Finding]),
    ("addressed_by", &[Kind::Finding]),
    ("evidence", &[Kind::Finding]),
    ("challenge", &[Kind::Recommendation]),
    ("actions", &[Kind::Recommendation]),
    ("actor", &[Kind::Action]),
    ("author", &[Kind::Source]),
    ("publisher", &[Kind::Source]),
    ("url", &[Kind::Source]),
    ("document", &[Kind::Source]),
    ("steps", &[Kind::Tour]),
    ("unit", &[Kind::Figure]),
    ("chart", &[Kind::Figure]),
    ("order", &[Kind::Figure]),
    ("total", &[Kind::Figure]),
    ("columns", &[Kind::Figure]),
    ("rows", &[Kind::Figure]),
];

/// Controlled values, so facets and translations stay consistent.
pub const CASE_TYPES: &[&str] = &[
    "park",
    "cluster",
    "incubator",
    "programme",
    "organisation",
    "platform",
    "company",
    "ecosystem",
];
pub const OWNERSHIPS: &[&str] = &["public", "private", "ppp", "university", "academy", "mixed"];
pub const INSTRUMENTS: &[&str] = &[
    "regulation",
    "tax",
    "finance",
    "infrastructure",
    "network",
    "skills",
    "governance",
];

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

/// Parses the text of one entry file shown to the user as `path`.
pub fn parse_entry(path: &str, text: &str, builtin: bool) -> Parsed {
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
    let loc = Locator::new(&parts.front_matter, parts.front_matter_line);

    if let Some((line, col)) = too_deep(&parts.front_matter) {
        out.diagnostics.push(diag(
            parts.front_matter_line + line - 1,
            col,
            Problem::TooDeep {
                limit: MAX_FLOW_DEPTH,
            },
        ));
        return out;
    }
    let de = serde_yaml::Deserializer::from_str(&parts.front_matter);
    let raw: RawEntry = match serde_path_to_error::deserialize(de) {
        Ok(raw) => raw,
        Err(err) => {
            out.diagnostics
                .push(yaml_diagnostic(path, &parts, &loc, &err));
            return out;
        }
    };
    out.lines = super::KeyLines {
        id: loc.key(&["id"]).0,
        position: loc.key(&["position"]).0,
        total: loc.key(&["total"]).0,
    };
    let Some(id) = raw.id.clone() else {
        out.diagnostics.push(diag(
            parts.front_matter_line,
            1,
            Problem::MissingField { field: "id".into() },
        ));
        return out;
    };
    if !crate::markdown::links::is_entry_id(&id) {
        let (l, c) = loc.key(&["id"]);
        out.diagnostics.push(diag(
            l,
            c,
            Problem::BadValue {
                field: "id".into(),
                value: id.clone(),
                expected: "lower-case letters, digits and -".into(),
            },
        ));
        return out;
    }
    let kind = match raw.kind.as_deref() {
        None => {
            out.diagnostics.push(diag(
                parts.front_matter_line,
                1,
                Problem::MissingField {
                    field: "kind".into(),
                },
            ));
            return out;
        }
        Some(name) => match Kind::parse(name) {
            Some(kind) => kind,
            None => {
                let (l, c) = loc.key(&["kind"]);
                out.diagnostics.push(diag(
                    l,
                    c,
                    Problem::BadValue {
                        field: "kind".into(),
                        value: name.to_string(),
                        expected: Kind::ALL.map(Kind::name).join(", "),
                    },
                ));
                return out;
            }
        },
    };
    let mut b = Builder {
        path,
        loc: &loc,
        kind,
        parts: &parts,
        diagnostics: Vec::new(),
        sites: Vec::new(),
    };
    let entry = b.build(id, raw, builtin);
    out.diagnostics.extend(b.diagnostics);
    out.link_sites = b.sites;
    out.entry = entry;
    out
}

fn yaml_diagnostic(
    path: &str,
    parts: &Parts,
    loc: &Locator,
    err: &serde_path_to_error::Error<serde_yaml::Error>,
) -> Diagnostic {
    let field = err.path().to_string();
    let inner = err.inner();
    let message = inner.to_string();
    // serde_yaml appends " at line L column C"; the position is reported separately.
    let detail = message.split(" at line ").next().unwrap_or(&message);
    // serde_yaml prefixes value errors with the path ("position: invalid type: …").
    let detail = detail
        .strip_prefix(field.as_str())
        .and_then(|d| d.strip_prefix(": "))
        .unwrap_or(detail)
        .to_string();
    // serde_yaml's position is exact for values it was reading; for values it buffered first
    // (bilingual fields) it can point at the document start, so never report before the key.
    let segs: Vec<&str> = field
        .split(['.', '[', ']'])
        .filter(|s| !s.is_empty())
        .collect();
    let at_key = loc.key(&segs);
    let (line, col) = match inner.location() {
        Some(l) if parts.front_matter_line + l.line() > at_key.0 => {
            (parts.front_matter_line + l.line() - 1, l.column())
        }
        _ => at_key,
    };
    let problem = if let Some(rest) = detail.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let (l, c) = loc.key(&nested(&field, name));
        return Diagnostic::new(
            path,
            l,
            c,
            Problem::UnknownField {
                field: joined(&field, name),
            },
        );
    } else if let Some(rest) = detail.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let (l, c) = loc
            .repeated_key(&nested(&field, name))
            .unwrap_or((line, col));
        return Diagnostic::new(path, l, c, Problem::Yaml { detail });
    } else if let Some(rest) = detail.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        Problem::MissingField {
            field: joined(&field, name),
        }
    } else if is_type_error(&detail) {
        if field == "." || field.is_empty() {
            Problem::Yaml {
                detail: "the front matter must be a mapping of fields".into(),
            }
        } else {
            Problem::WrongType { field, detail }
        }
    } else {
        Problem::Yaml { detail }
    };
    Diagnostic::new(path, line, col, problem)
}

/// Front matter never needs deeper `[`/`{` nesting than this; the YAML parser slows down
/// quadratically on pathological nesting, so deeper input is refused before parsing.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Line and column (1-based) where flow nesting first exceeds [`MAX_FLOW_DEPTH`], if it does.
fn too_deep(yaml: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, line) in yaml.split('\n').enumerate() {
        let mut quote: Option<char> = None;
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some((i + 1, col + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// True for errors about a value's type or shape (as opposed to YAML syntax).
fn is_type_error(detail: &str) -> bool {
    [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
        "expected a map",
    ]
    .iter()
    .any(|p| detail.starts_with(p))
}

/// Path segments of a serde path (`sources[0].id`) with `name` appended.
fn nested<'a>(field: &'a str, name: &'a str) -> Vec<&'a str> {
    let mut segs: Vec<&str> = field
        .split(['.', '[', ']'])
        .filter(|s| !s.is_empty())
        .collect();
    segs.push(name);
    segs
}

/// `field.name`, or `name` at the top level.
fn joined(field: &str, name: &str) -> String {
    if field == "." || field.is_empty() {
        name.to_string()
    } else {
        format!("{field}.{name}")
    }
}

struct Builder<'a> {
    path: &'a str,
    loc: &'a Locator<'a>,
    kind: Kind,
    parts: &'a Parts,
    diagnostics: Vec<Diagnostic>,
    sites: Vec<LinkSite>,
}

impl Builder<'_> {
    fn report_at_key(&mut self, key: &[&str], problem: Problem) {
        let (l, c) = self.loc.key(key);
        self.diagnostics
            .push(Diagnostic::new(self.path, l, c, problem));
    }

    fn missing(&mut self, field: &str) {
        self.report_at_key(
            &[],
            Problem::MissingField {
                field: field.to_string(),
            },
        );
    }

    fn require<T>(&mut self, field: &str, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.missing(field);
        }
        value
    }

    /// Reports each language missing from a bilingual field.
    fn both(&mut self, field: &str, value: &Bi<String>) {
        for lang in value.missing() {
            let segs: Vec<&str> = field.split('.').collect();
            self.report_at_key(
                &segs,
                Problem::MissingLanguage {
                    field: field.to_string(),
                    lang,
                },
            );
        }
    }

    fn site(&mut self, field: LinkField, target: &str) {
        let (line, column) = self.loc.value(&[field.name()], target);
        self.sites.push(LinkSite {
            target: target.to_string(),
            field,
            line,
            column,
        });
    }

    fn one_of(&mut self, field: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            self.report_at_key(
                &[field],
                Problem::BadValue {
                    field: field.to_string(),
                    value: value.to_string(),
                    expected: allowed.join(", "),
                },
            );
        }
    }

    fn figures(&mut self, field: &str, figures: &[KeyFigure]) {
        for (i, f) in figures.iter().enumerate() {
            let name = format!("{field}[{i}].label");
            for lang in f.label.missing() {
                self.report_at_key(
                    &[field],
                    Problem::MissingLanguage {
                        field: name.clone(),
                        lang,
                    },
                );
            }
        }
    }

    fn build(&mut self, id: String, mut raw: RawEntry, builtin: bool) -> Option<Entry> {
        let kind = self.kind;
        self.forbid_foreign_fields(&raw);

        let title = self.require("title", raw.title.take());
        let summary = self.require("summary", raw.summary.take());
        if let Some(t) = &title {
            self.both("title", t);
        }
        if let Some(s) = &summary {
            self.both("summary", s);
        }
        let body = Bi {
            en: self.parts.en.as_ref().map(|s| s.text.clone()),
            mn: self.parts.mn.as_ref().map(|s| s.text.clone()),
        };
        let body_expected = !matches!(kind, Kind::Tour) || !body.is_empty();
        if body_expected {
            let last_line = self.parts.front_matter_line + self.parts.front_matter.lines().count();
            for lang in body.missing() {
                self.diagnostics.push(Diagnostic::new(
                    self.path,
                    last_line + 1,
                    1,
                    Problem::MissingBody { lang },
                ));
            }
        }
        if raw.sources.as_ref().is_none_or(Vec::is_empty)
            && !matches!(kind, Kind::Source | Kind::Tour)
        {
            self.report_at_key(&["id"], Problem::Unsourced);
        }

        for target in &raw.related {
            self.site(LinkField::Related, target);
        }
        let sources = raw.sources.take().unwrap_or_default();
        for s in &sources {
            self.site(LinkField::Sources, &s.id);
        }
        self.body_links();

        let fields = self.kind_fields(&mut raw)?;
        let title = title?;
        Some(Entry {
            id,
            kind,
            title,
            summary: summary.unwrap_or_default(),
            aliases: raw.aliases,
            tags: raw.tags,
            related: raw.related,
            sources,
            body,
            fields,
            origin: Origin {
                path: self.path.to_string(),
                builtin,
            },
        })
    }

    fn body_links(&mut self) {
        for (lang, section) in [(Lang::En, &self.parts.en), (Lang::Mn, &self.parts.mn)] {
            let Some(section) = section else { continue };
            let _ = lang;
            for link in entry_links(&section.text) {
                let (l, c) = line_col(&section.text, link.offset);
                self.sites.push(LinkSite {
                    target: link.target,
                    field: LinkField::Body,
                    line: section.first_line + l - 1,
                    column: c,
                });
            }
        }
    }

    fn forbid_foreign_fields(&mut self, raw: &RawEntry) {
        for name in raw.present_kind_fields() {
            let allowed = KIND_FIELDS
                .iter()
                .find(|(n, _)| *n == name)
                .is_some_and(|(_, kinds)| kinds.contains(&self.kind));
            if !allowed {
                self.report_at_key(
                    &[name],
                    Problem::FieldNotForKind {
                        field: name.to_string(),
                        kind: self.kind,
                    },
                );
            }
        }
    }

    fn kind_fields(&mut self, raw: &mut RawEntry) -> Option<KindFields> {
        Some(match self.kind {
            Kind::Definition => KindFields::Definition {
                defined_by: raw.defined_by.take(),
            },
            Kind::Stage => {
                let model = self.require("model", raw.model.take());
                let position = self.require("position", raw.position.take());
                if let Some(m) = &model {
                    self.site(LinkField::Model, m);
                }
                KindFields::Stage {
                    model: model?,
                    position: position?,
                    period: raw.period.take(),
                }
            }
            Kind::Policy => {
                let country = self.require("country", raw.country.take());
                let type_ = self.require("type", raw.type_.take())?;
                let policy_type = match type_.as_str() {
                    "law" => PolicyType::Law,
                    "strategy" => PolicyType::Strategy,
                    "programme" => PolicyType::Programme,
                    "incentive" => PolicyType::Incentive,
                    other => {
                        self.one_of(
                            "type",
                            other,
                            &["law", "strategy", "programme", "incentive"],
                        );
                        return None;
                    }
                };
                if let Some(b) = &raw.responsible_body {
                    self.both("responsible_body", b);
                }
                if let Some(i) = &raw.instrument {
                    self.one_of("instrument", i, INSTRUMENTS);
                }
                KindFields::Policy {
                    country: country?,
                    year: raw.year.take(),
                    policy_type,
                    responsible_body: raw.responsible_body.take(),
                    instrument: raw.instrument.take(),
                }
            }
            Kind::Case => {
                let country = self.require("country", raw.country.take());
                let case_type = self.require("type", raw.type_.take());
                if let Some(t) = &case_type {
                    self.one_of("type", t, CASE_TYPES);
                }
                if let Some(o) = &raw.ownership {
                    self.one_of("ownership", o, OWNERSHIPS);
                }
                if let Some(s) = &raw.status {
                    self.both("status", s);
                }
                let key_figures = raw.key_figures.take().unwrap_or_default();
                self.figures("key_figures", &key_figures);
                if let Some(p) = &raw.profile {
                    for (name, part) in [
                        ("profile.about", &p.about),
                        ("profile.management", &p.management),
                        ("profile.international", &p.international),
                        ("profile.success_stories", &p.success_stories),
                        ("profile.contacts", &p.contacts),
                    ] {
                        if let Some(part) = part {
                            self.both(name, part);
                        }
                    }
                }
                KindFields::Case {
                    country: country?,
                    case_type: case_type?,
                    ownership: raw.ownership.take(),
                    established: raw.established.take(),
                    status: raw.status.take(),
                    sector: raw.sector.take().unwrap_or_default(),
                    key_figures,
                    profile: raw.profile.take(),
                }
            }
            Kind::Finding => {
                let addressed_by = raw.addressed_by.take().unwrap_or_default();
                if addressed_by.is_empty() {
                    self.report_at_key(&["addressed_by"], Problem::FindingWithoutAction);
                }
                for a in &addressed_by {
                    self.site(LinkField::AddressedBy, a);
                }
                let evidence = raw.evidence.take().unwrap_or_default();
                self.figures("evidence", &evidence);
                KindFields::Finding {
                    number: raw.number.take(),
                    addressed_by,
                    evidence,
                }
            }
            Kind::Recommendation => {
                let challenge = self.require("challenge", raw.challenge.take());
                if let Some(c) = &challenge {
                    self.both("challenge", c);
                }
                let actions = self
                    .require("actions", raw.actions.take())
                    .unwrap_or_default();
                for a in &actions {
                    self.site(LinkField::Actions, a);
                }
                KindFields::Recommendation {
                    challenge: challenge.unwrap_or_default(),
                    actions,
                }
            }
            Kind::Action => {
                if let Some(a) = &raw.actor {
                    self.both("actor", a);
                }
                KindFields::Action {
                    actor: raw.actor.take(),
                }
            }
            Kind::Source => KindFields::Source {
                author: self.require("author", raw.author.take())?,
                year: raw.year.take(),
                publisher: raw.publisher.take(),
                url: raw.url.take(),
                document: raw.document.take(),
            },
            Kind::Figure => {
                let rows = self.require("rows", raw.rows.take())?;
                let columns = raw.columns.take().unwrap_or_default();
                let chart = raw.chart.take().unwrap_or_default();
                if let Some(u) = &raw.unit {
                    self.both("unit", u);
                }
                for (i, c) in columns.iter().enumerate() {
                    self.both(&format!("columns[{i}]"), c);
                }
                for (i, r) in rows.iter().enumerate() {
                    for lang in r.label.missing() {
                        self.report_at_key(
                            &["rows"],
                            Problem::MissingLanguage {
                                field: format!("rows[{i}].label"),
                                lang,
                            },
                        );
                    }
                    if r.value.is_none() && chart == ChartKind::Bar {
                        self.report_at_key(
                            &["rows"],
                            Problem::MissingField {
                                field: format!("rows[{i}].value"),
                            },
                        );
                    }
                    if r.cells.len() != columns.len() && !(r.cells.is_empty() && columns.is_empty())
                    {
                        self.report_at_key(
                            &["rows"],
                            Problem::FigureCells {
                                row: i,
                                cells: r.cells.len(),
                                columns: columns.len(),
                            },
                        );
                    }
                }
                KindFields::Figure {
                    unit: raw.unit.take(),
                    chart,
                    order: raw.order.take().unwrap_or_default(),
                    total: raw.total.take(),
                    columns,
                    rows,
                }
            }
            Kind::Tour => {
                let steps = self.require("steps", raw.steps.take())?;
                for s in &steps {
                    self.site(LinkField::Steps, &s.entry);
                    for lang in s.note.missing() {
                        if !s.note.is_empty() {
                            let (l, c) = self.loc.value(&["steps"], &s.entry);
                            self.diagnostics.push(Diagnostic::new(
                                self.path,
                                l,
                                c,
                                Problem::MissingLanguage {
                                    field: format!("steps[{}].note", s.entry),
                                    lang,
                                },
                            ));
                        }
                    }
                }
                KindFields::Tour { steps }
            }
        })
    }
}

impl RawEntry {
    /// Names of the kind-specific fields that are set.
    fn present_kind_fields(&self) -> Vec<&'static str> {
        let set = [
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
            ("url", self.url.is_some()),
            ("document", self.document.is_some()),
            ("steps", self.steps.is_some()),
            ("unit", self.unit.is_some()),
            ("chart", self.chart.is_some()),
            ("order", self.order.is_some()),
            ("total", self.total.is_some()),
            ("columns", self.columns.is_some()),
            ("rows", self.rows.is_some()),
        ];
        set.into_iter()
            .filter_map(|(n, present)| present.then_some(n))
            .collect()
    }
}
