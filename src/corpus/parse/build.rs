//! The second step of reading an entry: the flat [`RawEntry`] checked against what its kind
//! needs and forbids, and assembled into a typed [`Entry`], with a diagnostic (file line and
//! column) for every problem found on the way. What every entry has is here; each kind's own
//! fields are `kind_fields`, the items of figure lists `rows`.

use super::super::locate::Locator;
use super::super::model::{Bi, Entry, KeyFigure, Kind, Origin, Original};
use super::super::split::Parts;
use super::super::values::Coded;
use super::{LinkField, LinkSite, RawEntry};
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;
use crate::markdown::links::{entry_links, line_col};

/// The most minutes a tour step may be planned for (a whole day's workshop).
pub const MAX_STEP_MINUTES: u32 = 480;

/// The typed entry built from a [`RawEntry`], if it is usable, with the problems found and the
/// places where it names other entries.
pub(super) struct Built {
    pub entry: Option<Entry>,
    pub diagnostics: Vec<Diagnostic>,
    pub sites: Vec<LinkSite>,
}

/// Checks `raw` (of `kind`, read from `parts` of the file at `path`) and assembles its entry.
pub(super) fn build(
    path: &str,
    loc: &Locator,
    kind: Kind,
    parts: &Parts,
    id: String,
    raw: RawEntry,
    builtin: bool,
) -> Built {
    let mut b = Builder {
        path,
        loc,
        kind,
        parts,
        diagnostics: Vec::new(),
        sites: Vec::new(),
    };
    let entry = b.build(id, raw, builtin);
    Built {
        entry,
        diagnostics: b.diagnostics,
        sites: b.sites,
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

mod kind_fields;
mod rows;

impl Builder<'_> {
    fn report_at_key(&mut self, key: &[&str], problem: Problem) {
        let (l, c) = self.loc.key(key);
        self.diagnostics
            .push(Diagnostic::new(self.path, l, c, problem));
    }

    fn missing(&mut self, field: &str) {
        // Written with nothing after its colon (`position:`): said at that line.
        if self.loc.has_key(&[field]) {
            self.report_at_key(
                &[field],
                Problem::EmptyField {
                    field: field.to_string(),
                    kind: Some(self.kind),
                },
            );
            return;
        }
        self.report_at_key(
            &[],
            Problem::MissingField {
                field: field.to_string(),
                kind: Some(self.kind),
            },
        );
    }

    /// [`Self::require`] for a field of controlled values: when it is not given, the message
    /// lists the values it takes.
    fn require_coded<T>(&mut self, field: &str, value: Option<T>, coded: Coded) -> Option<T> {
        if value.is_none() && !self.loc.has_key(&[field]) {
            self.report_at_key(
                &[],
                Problem::MissingCoded {
                    field: field.to_string(),
                    expected: coded.codes().join(", "),
                    named: crate::diagnostic::Named::Coded(coded),
                },
            );
            return None;
        }
        self.require(field, value)
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

    /// The minutes planned for step `k` (0-based), when `value` is a whole number of them;
    /// otherwise a problem on its line, and the step has no planned time.
    fn step_minutes(&mut self, k: usize, value: &serde_yaml::Value) -> Option<u32> {
        use serde_yaml::Value;
        let minutes = match value {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.trim().parse::<u64>().ok(),
            _ => None,
        };
        if let Some(m) = minutes.filter(|m| (1..=u64::from(MAX_STEP_MINUTES)).contains(m)) {
            return u32::try_from(m).ok();
        }
        let written = match value {
            Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other).unwrap_or_default(),
        };
        let (l, c) = self.loc.item_value("steps", k, "minutes");
        self.diagnostics.push(Diagnostic::new(
            self.path,
            l,
            c,
            Problem::StepMinutes {
                step: k + 1,
                value: super::shortened(written.trim(), 40),
                most: MAX_STEP_MINUTES,
            },
        ));
        None
    }

    fn site(&mut self, field: LinkField, target: &str) {
        // A placeholder is reported as one; it is no link yet.
        if super::placeholder::is_placeholder(target) {
            return;
        }
        let (line, column) = self.loc.value(&[field.name()], target);
        self.sites.push(LinkSite {
            target: target.to_string(),
            field,
            line,
            column,
            text: None,
        });
    }

    /// A source's `original:` (the language its title was published in), in any case; a value
    /// it cannot take is reported, and the title is then read as published in English.
    fn original(&mut self, value: &str) -> Original {
        if let Some(o) = Original::named(&value.trim().to_lowercase()) {
            return o;
        }
        let (l, c) = self.loc.value_start(&["original"]);
        let closest = crate::suggest::closest(value, Original::NAMES.iter().copied());
        self.diagnostics.push(
            Diagnostic::new(
                self.path,
                l,
                c,
                Problem::BadValue {
                    field: "original".to_string(),
                    value: value.to_string(),
                    expected: Original::NAMES.join(", "),
                    named: crate::diagnostic::Named::Plain,
                },
            )
            .suggesting(closest),
        );
        Original::default()
    }

    /// Checks a controlled value, accepted in any case or as the code's name (with a warning
    /// that names the code); returns the code.
    fn one_of(&mut self, field: &str, value: &str, coded: Coded) -> Option<&'static str> {
        let allowed = coded.codes();
        if let Some(known) = allowed
            .iter()
            .find(|a| a.eq_ignore_ascii_case(value.trim()))
        {
            return Some(known);
        }
        let (l, c) = match field {
            "sector" => self.loc.value(&[field], value),
            _ => self.loc.value_start(&[field]),
        };
        if let Some(code) = super::coded::code_named(coded, value) {
            self.diagnostics.push(Diagnostic::new(
                self.path,
                l,
                c,
                Problem::ValueName {
                    field: field.to_string(),
                    value: value.to_string(),
                    code: code.to_string(),
                },
            ));
            return Some(code);
        }
        self.diagnostics.push(
            Diagnostic::new(
                self.path,
                l,
                c,
                Problem::BadValue {
                    field: field.to_string(),
                    value: value.to_string(),
                    expected: allowed.join(", "),
                    named: crate::diagnostic::Named::Coded(coded),
                },
            )
            .suggesting(super::coded::closest_code(coded, value)),
        );
        None
    }

    /// The decimal places item `index` of `list` writes its `value` with, when its text reads
    /// as `value` (`1868.30` for 1868.3: 2).
    fn written_places(&self, list: &str, index: usize, value: f64) -> Option<u8> {
        let text = self.loc.item_value_text(list, index, "value")?;
        let text = text.trim_matches(['"', '\'']);
        (text.parse::<f64>().ok()? == value).then(|| {
            let places = text.split_once('.').map_or(0, |(_, f)| f.len());
            places.min(u8::MAX as usize) as u8
        })
    }

    /// Each of `figures` (the list `list`) with the places its value is written with.
    fn with_places(&self, list: &str, figures: &mut [KeyFigure]) {
        for (i, f) in figures.iter_mut().enumerate() {
            f.places = self.written_places(list, i, f.value);
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
        for (i, s) in sources.iter().enumerate() {
            self.site(LinkField::Sources, &s.id);
            // A locator written as a map with one language: the other side is missing, as in
            // every two-language field (none at all is a source without a place).
            if !s.locator.is_empty() {
                self.both(&format!("sources.{i}.locator"), &s.locator);
            }
        }
        self.body_links();

        let fields = self.kind_fields(&mut raw)?;
        // Every two-language value of the kind's fields, as `corpus::kinds` describes them.
        for (field, lang) in super::languages::missing(&fields.values()) {
            // `columns[1]`: the second item of `columns`.
            let segs: Vec<&str> = field
                .split(['.', '[', ']'])
                .filter(|s| !s.is_empty())
                .collect();
            self.report_at_key(
                &segs,
                Problem::MissingLanguage {
                    field: field.clone(),
                    lang,
                },
            );
        }
        // Every date of the kind's fields that is not one; the entry keeps it as written.
        for (field, form) in crate::corpus::dates::misdated(&fields.values()) {
            let (l, c) = self.loc.value_start(&[field]);
            self.diagnostics.push(Diagnostic::new(
                self.path,
                l,
                c,
                Problem::WrongShape {
                    field: field.to_string(),
                    shape: form.shape(),
                    number: None,
                },
            ));
        }
        // A required field missing leaves no entry: the file is listed as not loaded.
        let (title, summary) = (title?, summary?);
        Some(Entry {
            id,
            kind,
            title,
            summary,
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
            let mut links = entry_links(&section.text);
            links.extend(crate::markdown::name_links::spaced(&section.text));
            links.sort_by_key(|l| l.offset);
            for link in links
                .into_iter()
                .filter(|l| !super::placeholder::is_placeholder(&l.target))
            {
                let (l, c) = line_col(&section.text, link.offset);
                self.sites.push(LinkSite {
                    target: link.target,
                    field: LinkField::Body,
                    line: section.first_line + l - 1,
                    column: c,
                    text: link.text,
                });
            }
        }
    }

    fn forbid_foreign_fields(&mut self, raw: &RawEntry) {
        for name in raw.present_kind_fields() {
            if !super::super::kinds::allows(self.kind, name) {
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
}
