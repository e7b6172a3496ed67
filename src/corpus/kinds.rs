//! Each kind's own fields, described once: their names as written in files and JSON, the label
//! the facts view shows, whether search reads them, what a required one holds ([`fields`];
//! the fields every kind requires in [`COMMON`]), and each field's value as a typed [`Value`]
//! (`KindFields::values`, in `kind_values.rs`). Derived from here: what `toli check` says a
//! missing or empty required field holds (`diagnostic`), the facts view (`facts`), the
//! search fields line (`search::fields`), the parser's known fields and which kinds accept them
//! (`parse`), the `*_label` members of `toli show --json` (`cli::json`), the links an entry's
//! front matter makes (`model::Entry::front_matter_links`) and the Mongolian style checks of
//! its text values (`mnstyle`).
//!
//! To add a field or a kind, follow the recipes in ARCHITECTURE.md ("Add a field to a kind",
//! "Add an entry kind"): they list every file; the compiler and the tests (`kinds_tests`,
//! `parse`, `cli::skeleton`) name what was forgotten.

use super::dates::DateForm;
pub use super::kind_values::{FieldValue, Value};
use super::model::Kind;

/// One field of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The key as written in files; a part of a map is named with a dot (`profile.about`).
    pub name: &'static str,
    /// Fluent id of the label the facts view shows it under; `None`: not among the facts.
    pub label: Option<&'static str>,
    /// The value is part of the entry's searchable fields line.
    pub searched: bool,
    /// A date, and its form: `toli check` says when a value is not one (`corpus::dates`).
    pub date: Option<DateForm>,
    /// Fluent id of what the field holds, with an example to copy (`about-*`): said when a
    /// required field is missing or empty. Every field the parser requires has one.
    pub about: Option<&'static str>,
}

impl FieldSpec {
    /// The top-level key in files and in `toli show --json` (`profile` for `profile.about`).
    pub fn key(&self) -> &'static str {
        self.name.split('.').next().unwrap_or(self.name)
    }

    /// This field, described as a date of `form` (a `Year` or `Period` value).
    const fn dated(self, form: DateForm) -> FieldSpec {
        FieldSpec {
            date: Some(form),
            ..self
        }
    }

    /// This field, with what it holds said by the message `about` (a required field).
    const fn about(self, about: &'static str) -> FieldSpec {
        FieldSpec {
            about: Some(about),
            ..self
        }
    }
}

const fn shown(name: &'static str, label: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        label: Some(label),
        searched: true,
        date: None,
        about: None,
    }
}

const fn shown_unsearched(name: &'static str, label: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        label: Some(label),
        searched: false,
        date: None,
        about: None,
    }
}

const fn searched_only(name: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        label: None,
        searched: true,
        date: None,
        about: None,
    }
}

const fn stored_only(name: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        label: None,
        searched: false,
        date: None,
        about: None,
    }
}

/// The fields every kind requires (`sources` has its own message: `unsourced`), described
/// only by what they hold.
pub const COMMON: &[FieldSpec] = &[
    stored_only("id").about("about-id"),
    stored_only("kind").about("about-kind"),
    stored_only("title").about("about-title"),
    stored_only("summary").about("about-summary"),
];

const DEFINITION: &[FieldSpec] = &[shown("defined_by", "label-defined-by")];
const STAGE: &[FieldSpec] = &[
    shown("model", "label-model").about("about-stage-model"),
    shown("position", "label-position").about("about-stage-position"),
    shown("period", "label-period").dated(DateForm::Period),
];
const POLICY: &[FieldSpec] = &[
    shown("country", "label-country").about("about-country"),
    shown("year", "label-year").dated(DateForm::Year),
    shown("type", "label-type").about("about-policy-type"),
    shown("responsible_body", "label-responsible-body"),
    shown("instrument", "label-instrument"),
];
const CASE: &[FieldSpec] = &[
    shown("type", "label-type").about("about-case-type"),
    shown("country", "label-country").about("about-country"),
    shown("ownership", "label-ownership"),
    shown("established", "label-established").dated(DateForm::Year),
    shown("licensed", "label-licensed").dated(DateForm::Year),
    shown("status", "label-status"),
    shown("sector", "label-sector"),
    shown("key_figures", "label-key-figures"),
    shown("profile.about", "label-profile-about"),
    shown("profile.management", "label-profile-management"),
    shown("profile.international", "label-profile-international"),
    shown("profile.success_stories", "label-profile-success-stories"),
    shown("profile.contacts", "label-profile-contacts"),
];
const FINDING: &[FieldSpec] = &[
    shown("number", "label-number"),
    shown("evidence", "label-evidence"),
    shown_unsearched("addressed_by", "label-addressed-by"),
];
const RECOMMENDATION: &[FieldSpec] = &[
    shown("challenge", "label-challenge").about("about-challenge"),
    shown_unsearched("actions", "label-actions").about("about-actions"),
];
const ACTION: &[FieldSpec] = &[shown("actor", "label-actor")];
const SOURCE: &[FieldSpec] = &[
    shown("author", "label-author").about("about-author"),
    shown("year", "label-year").dated(DateForm::Year),
    shown("published_in", "label-published-in"),
    shown("publisher", "label-publisher"),
    shown_unsearched("url", "label-url"),
    // The extraction file a source's text was read from: for auditors (JSON), not readers.
    stored_only("document"),
    // The language the title was published in: citations quote it (src/app/cite.rs).
    stored_only("original"),
];
const FIGURE: &[FieldSpec] = &[
    searched_only("unit"),
    stored_only("chart"),
    stored_only("order"),
    stored_only("total"),
    searched_only("columns"),
    searched_only("label_column"),
    searched_only("rows").about("about-rows"),
];
// A step's note is for the trainer's screen only: search does not read it (`search::fields`).
const TOUR: &[FieldSpec] = &[shown_unsearched("steps", "label-steps").about("about-steps")];

/// The folder of the content tree a kind's files go in, as in the shipped corpus.
pub fn folder(kind: Kind) -> &'static str {
    match kind {
        Kind::Definition => "definitions",
        Kind::Stage => "stages",
        Kind::Policy => "policies",
        Kind::Case => "cases",
        Kind::Finding => "findings",
        Kind::Recommendation => "recommendations",
        Kind::Action => "actions",
        Kind::Source => "sources",
        Kind::Figure => "figures",
        Kind::Tour => "tours",
    }
}

/// The fields of `kind`, in the order the facts view shows them.
pub fn fields(kind: Kind) -> &'static [FieldSpec] {
    match kind {
        Kind::Definition => DEFINITION,
        Kind::Stage => STAGE,
        Kind::Policy => POLICY,
        Kind::Case => CASE,
        Kind::Finding => FINDING,
        Kind::Recommendation => RECOMMENDATION,
        Kind::Action => ACTION,
        Kind::Source => SOURCE,
        Kind::Figure => FIGURE,
        Kind::Tour => TOUR,
    }
}

/// Every top-level key some kind may carry, once each, in first-seen order.
pub fn all_keys() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for kind in Kind::ALL {
        for f in fields(kind) {
            if !out.contains(&f.key()) {
                out.push(f.key());
            }
        }
    }
    out
}

/// The Fluent id of what `field` holds in an entry of `kind` (of any kind when the kind is not
/// known, for the fields every kind requires), when it is described.
pub fn about(kind: Option<Kind>, field: &str) -> Option<&'static str> {
    let own = kind.map_or(&[][..], fields);
    (own.iter().chain(COMMON))
        .find(|f| f.name == field)
        .and_then(|f| f.about)
}

/// True when entries of `kind` may carry the top-level key `key`.
pub fn allows(kind: Kind, key: &str) -> bool {
    fields(kind).iter().any(|f| f.key() == key)
}

#[cfg(test)]
#[path = "kinds_tests.rs"]
pub(crate) mod tests;
