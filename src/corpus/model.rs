//! The corpus data model: what an entry is once its file has been read and checked.
//!
//! The file syntax lives in `parse`; this module only says what the parts mean. The same types
//! serialize to the JSON that `toli show --json` prints, so field names here are a public interface.

use serde::{Deserialize, Serialize};

pub use super::bi::Bi;
use crate::lang::Lang;

/// What an entry is. The order is the order of the kinds pane.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    bitcode::Encode,
    bitcode::Decode,
)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum Kind {
    Definition,
    Stage,
    Policy,
    Case,
    Finding,
    Recommendation,
    Action,
    Source,
    Figure,
    Tour,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 10] = [
        Kind::Definition,
        Kind::Stage,
        Kind::Policy,
        Kind::Case,
        Kind::Finding,
        Kind::Recommendation,
        Kind::Action,
        Kind::Source,
        Kind::Figure,
        Kind::Tour,
    ];

    /// The English name used in files, JSON and `--kind`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Definition => "definition",
            Kind::Stage => "stage",
            Kind::Policy => "policy",
            Kind::Case => "case",
            Kind::Finding => "finding",
            Kind::Recommendation => "recommendation",
            Kind::Action => "action",
            Kind::Source => "source",
            Kind::Figure => "figure",
            Kind::Tour => "tour",
        }
    }

    /// The Mongolian name accepted in files and queries.
    pub fn mongolian_name(self) -> &'static str {
        match self {
            Kind::Definition => "тодорхойлолт",
            Kind::Stage => "үе-шат",
            Kind::Policy => "бодлого",
            Kind::Case => "жишээ",
            Kind::Finding => "дүгнэлт",
            Kind::Recommendation => "зөвлөмж",
            Kind::Action => "арга-хэмжээ",
            Kind::Source => "эх-сурвалж",
            Kind::Figure => "зураг-хүснэгт",
            Kind::Tour => "танилцуулга",
        }
    }

    /// The Mongolian names the kinds had before (GLOSSARY, UI terms), still accepted.
    fn former_mongolian_name(self) -> Option<&'static str> {
        match self {
            Kind::Figure => Some("график"),
            Kind::Tour => Some("аялал"),
            _ => None,
        }
    }

    /// Parses an English or Mongolian kind name, singular or plural, any case.
    pub fn parse(name: &str) -> Option<Kind> {
        let lower = name
            .trim()
            .to_lowercase()
            .replace(',', "")
            .replace([' ', '_'], "-");
        Kind::ALL.into_iter().find(|k| {
            let en = k.name();
            lower == en
                || lower == format!("{en}s")
                || (en == "policy" && lower == "policies")
                || lower == k.mongolian_name()
                || lower == k.mongolian_name().replace('-', "")
                || k.former_mongolian_name() == Some(lower.as_str())
        })
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A reference to a source entry and the place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub id: String,
    /// Where in the source, as the file gives it: one string (shown in Mongolian through
    /// `corpus::locator`) or an explicit `{en, mn}` map, which wins.
    pub locator: Bi<String>,
}

impl SourceRef {
    /// The locator as shown in `lang` (see [`super::locator`]).
    pub fn place(&self, lang: Lang) -> String {
        super::locator::render(&self.locator, lang)
    }
}

/// A number exactly as a source prints it (a case's key figure, a finding's evidence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub label: Bi<String>,
    pub value: f64,
    /// Decimal places the file writes `value` with (`1868.30`: 2), read beside the YAML
    /// number (which keeps no trailing zero), so a value prints with its source's precision.
    /// Not a field of the format: the parser sets it.
    #[serde(skip)]
    pub places: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Bi<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// One row of a figure: a label, its value, and optional extra table cells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct FigureRow {
    pub label: Bi<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Decimal places the file writes `value` with (`1868.30`: 2), read beside the YAML
    /// number (which keeps no trailing zero), so a value prints with its source's precision.
    /// Not a field of the format: the parser sets it.
    #[serde(skip)]
    pub places: Option<u8>,
    /// Only where a row differs from the figure's unit (bar charts refuse mixed units).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Bi<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Further columns of a table, in the order of the figure's `columns`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Bi<String>>,
}

/// How a figure is drawn.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    bitcode::Encode,
    bitcode::Decode,
)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// Horizontal bars, one per row.
    #[default]
    Bar,
    /// A table, where bars would mislead (mixed units, text columns).
    Table,
}

/// The language a source's title was published in (`original:`): a citation gives that title
/// as published, and in the other language the translation after it in brackets.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    bitcode::Encode,
    bitcode::Decode,
)]
#[serde(rename_all = "lowercase")]
pub enum Original {
    /// Published in English (most sources).
    #[default]
    En,
    /// Published in Mongolian (a Mongolian law, report or slide deck).
    Mn,
    /// No published title is quoted: the title describes the source (a homepage, a work known
    /// only as cited in another), so each language gives its own.
    None,
}

impl Original {
    /// The values `original:` takes, as written.
    pub const NAMES: [&'static str; 3] = ["en", "mn", "none"];

    /// The value as written in a file.
    pub fn name(self) -> &'static str {
        match self {
            Original::En => "en",
            Original::Mn => "mn",
            Original::None => "none",
        }
    }

    /// The value written `name`, if it is one.
    pub fn named(name: &str) -> Option<Original> {
        [Original::En, Original::Mn, Original::None]
            .into_iter()
            .find(|o| o.name() == name)
    }

    /// The language the title was published in, if it quotes one.
    pub fn lang(self) -> Option<crate::lang::Lang> {
        match self {
            Original::En => Some(crate::lang::Lang::En),
            Original::Mn => Some(crate::lang::Lang::Mn),
            Original::None => None,
        }
    }

    fn is_default(&self) -> bool {
        *self == Original::En
    }
}

/// The order rows are drawn in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    Default,
    bitcode::Encode,
    bitcode::Decode,
)]
#[serde(rename_all = "lowercase")]
pub enum RowOrder {
    /// As the source lists them.
    #[default]
    Source,
    /// Largest value first.
    Sorted,
}

/// The APEC blueprint's cluster profile sections.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, bitcode::Encode, bitcode::Decode,
)]
#[serde(deny_unknown_fields)]
pub struct ClusterProfile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<Bi<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub management: Option<Bi<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub international: Option<Bi<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_stories: Option<Bi<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Bi<String>>,
}

/// One step of a workshop tour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct TourStep {
    pub entry: String,
    #[serde(default, skip_serializing_if = "Bi::is_empty")]
    pub note: Bi<String>,
    /// The minutes planned for the step, if the tour says (`minutes: 8`); steps without share
    /// what is left of the talk's planned length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// The charts the talk shows over the step (`figures: [fig-a, fig-b]`), in the order `f`
    /// shows them; a tour's handout prints each after the first step that shows it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<String>,
}

/// The policy types of the domain model.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    bitcode::Encode,
    bitcode::Decode,
)]
#[serde(rename_all = "lowercase")]
pub enum PolicyType {
    Law,
    Strategy,
    Programme,
    Incentive,
}

impl PolicyType {
    /// The code used in files and JSON.
    pub fn code(self) -> &'static str {
        match self {
            PolicyType::Law => "law",
            PolicyType::Strategy => "strategy",
            PolicyType::Programme => "programme",
            PolicyType::Incentive => "incentive",
        }
    }
}

/// The fields only one kind has. Serialized flat into `toli show --json`.
// A corpus holds hundreds of entries, so the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, bitcode::Encode, bitcode::Decode)]
#[serde(untagged)]
pub enum KindFields {
    Definition {
        #[serde(skip_serializing_if = "Option::is_none")]
        defined_by: Option<Bi<String>>,
    },
    Stage {
        model: String,
        position: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        period: Option<String>,
    },
    Policy {
        country: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        #[serde(rename = "type")]
        policy_type: PolicyType,
        #[serde(skip_serializing_if = "Option::is_none")]
        responsible_body: Option<Bi<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        instrument: Option<String>,
    },
    Case {
        country: String,
        #[serde(rename = "type")]
        case_type: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        ownership: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        established: Option<i32>,
        /// The year a licence or special status was granted (an industrial technology park's
        /// special licence), which is not the year it was founded.
        #[serde(skip_serializing_if = "Option::is_none")]
        licensed: Option<i32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        status: Option<Bi<String>>,
        sector: Vec<String>,
        key_figures: Vec<KeyFigure>,
        #[serde(skip_serializing_if = "Option::is_none")]
        profile: Option<ClusterProfile>,
    },
    Finding {
        #[serde(skip_serializing_if = "Option::is_none")]
        number: Option<u32>,
        addressed_by: Vec<String>,
        evidence: Vec<KeyFigure>,
    },
    Recommendation {
        challenge: Bi<String>,
        actions: Vec<String>,
    },
    Action {
        #[serde(skip_serializing_if = "Option::is_none")]
        actor: Option<Bi<String>>,
    },
    Source {
        /// Who wrote it, as printed; one text for both languages, or `{en, mn}` where a
        /// Mongolian reader reads the name otherwise (an institution, a description).
        #[serde(serialize_with = "printed")]
        author: Bi<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// Who published it, like `author`.
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "printed_opt"
        )]
        publisher: Option<Bi<String>>,
        /// The journal, book or proceedings that carries it, with volume, issue and pages
        /// (`Research Policy, 51(3), 104471`), like `author`.
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "printed_opt"
        )]
        published_in: Option<Bi<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        document: Option<String>,
        /// The language its title was published in, which a citation quotes as published.
        #[serde(skip_serializing_if = "Original::is_default")]
        original: Original,
    },
    Figure {
        #[serde(skip_serializing_if = "Option::is_none")]
        unit: Option<Bi<String>>,
        chart: ChartKind,
        order: RowOrder,
        #[serde(skip_serializing_if = "Option::is_none")]
        total: Option<f64>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        columns: Vec<Bi<String>>,
        /// The header of a table's first column, the rows' labels ("Name" over the parks);
        /// without it that column has no header.
        #[serde(skip_serializing_if = "Option::is_none")]
        label_column: Option<Bi<String>>,
        rows: Vec<FigureRow>,
    },
    Tour {
        steps: Vec<TourStep>,
    },
}

/// A name as printed in the JSON: one string, its English side (the other side when only that
/// is written), as it was before names had two sides; `*_label` gives it in the reader's
/// language (`cli::json`).
fn printed<S: serde::Serializer>(name: &Bi<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(name.show(Lang::En))
}

fn printed_opt<S: serde::Serializer>(name: &Option<Bi<String>>, s: S) -> Result<S::Ok, S::Error> {
    match name {
        Some(n) => printed(n, s),
        None => s.serialize_none(),
    }
}

/// Where an entry came from, for diagnostics and live reload.
#[derive(Debug, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct Origin {
    /// The path shown in diagnostics (`content/…` for the shipped corpus).
    pub path: String,
    /// True for the corpus embedded in the binary.
    pub builtin: bool,
}

/// One entry of the knowledge base, both languages.
#[derive(Debug, Clone, PartialEq, bitcode::Encode, bitcode::Decode)]
pub struct Entry {
    pub id: String,
    pub kind: Kind,
    pub title: Bi<String>,
    pub summary: Bi<String>,
    pub aliases: Bi<Vec<String>>,
    pub tags: Bi<Vec<String>>,
    pub related: Vec<String>,
    pub sources: Vec<SourceRef>,
    pub body: Bi<String>,
    pub fields: KindFields,
    pub origin: Origin,
}

impl Entry {
    /// Stands in for an entry whose snapshot could not be decoded: it says so in both
    /// languages and what to do (the damaged snapshot is deleted, so starting again parses).
    pub fn damaged(id: String) -> Entry {
        let l10n = crate::i18n::Localizer::shared();
        let say = |id: &str| Bi {
            en: Some(l10n.t(Lang::En, id)),
            mn: Some(l10n.t(Lang::Mn, id)),
        };
        Entry {
            title: Bi {
                en: Some(id.clone()),
                mn: Some(id.clone()),
            },
            summary: say("entry-damaged"),
            id,
            kind: Kind::Definition,
            aliases: Bi::default(),
            tags: Bi::default(),
            related: Vec::new(),
            sources: Vec::new(),
            body: Bi::default(),
            fields: KindFields::Definition { defined_by: None },
            origin: Origin {
                path: String::from("(cache)"),
                builtin: false,
            },
        }
    }

    /// Ids this entry names in its front matter, in file order (related, sources, kind fields
    /// as [`super::kinds`] gives them).
    pub fn front_matter_links(&self) -> Vec<&str> {
        use super::kinds::Value;
        let mut out: Vec<&str> = self.related.iter().map(String::as_str).collect();
        out.extend(self.sources.iter().map(|s| s.id.as_str()));
        out.extend(
            self.fields
                .values()
                .into_iter()
                .filter_map(|(_, v)| match v {
                    Value::Link(id) => Some(id),
                    Value::Step(step) => Some(step.entry.as_str()),
                    _ => None,
                }),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_parse_in_both_languages() {
        assert_eq!(Kind::parse("policy"), Some(Kind::Policy));
        assert_eq!(Kind::parse("Policies"), Some(Kind::Policy));
        assert_eq!(Kind::parse("бодлого"), Some(Kind::Policy));
        assert_eq!(Kind::parse("арга хэмжээ"), Some(Kind::Action));
        assert_eq!(Kind::parse("ҮЕ-ШАТ"), Some(Kind::Stage));
        assert_eq!(Kind::parse("nothing"), None);
    }

    /// The kinds' Mongolian names as the UI shows them parse, and so do the former ones that
    /// files may still carry.
    #[test]
    fn figure_and_tour_parse_by_their_names_old_and_new() {
        assert_eq!(Kind::parse("Зураг, хүснэгт"), Some(Kind::Figure));
        assert_eq!(Kind::parse("зураг-хүснэгт"), Some(Kind::Figure));
        assert_eq!(Kind::parse("график"), Some(Kind::Figure));
        assert_eq!(Kind::parse("Танилцуулга"), Some(Kind::Tour));
        assert_eq!(Kind::parse("аялал"), Some(Kind::Tour));
    }
}
