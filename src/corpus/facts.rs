//! The facts of an entry as label/value pairs in one language — a case's type, country and key
//! figures, a policy's year and body, a stage's place in its model — so that `show`, the app's
//! entry header, presentations and the handouts present the same facts the same way. Labels
//! are Fluent ids; consecutive facts with one label (a finding's evidence, a recommendation's
//! actions) form a [`group`] that views show as a list.

use super::Corpus;
use super::model::{Bi, KeyFigure, KindFields};
use super::values::{self, Coded};
use crate::lang::Lang;

/// What a fact's value points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactTarget {
    /// Another entry, by id.
    Entry(String),
    /// A web address.
    Url(String),
}

/// One labelled fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Fluent id of the label (`label-country`, …).
    pub label: &'static str,
    pub value: String,
    pub target: Option<FactTarget>,
    /// The value is the other language's text (this one is missing).
    pub fallback: bool,
}

impl Fact {
    /// The entry id the value names, if any.
    pub fn entry(&self) -> Option<&str> {
        match &self.target {
            Some(FactTarget::Entry(id)) => Some(id),
            _ => None,
        }
    }
}

fn fact(label: &'static str, value: impl Into<String>) -> Fact {
    Fact {
        label,
        value: value.into(),
        target: None,
        fallback: false,
    }
}

/// A bilingual value in `lang`, remembering whether it fell back to the other language.
fn bi(label: &'static str, value: &Bi<String>, lang: Lang) -> Fact {
    let (text, fallback) = value.text(lang);
    Fact {
        fallback,
        ..fact(label, text)
    }
}

/// Consecutive facts sharing a label, in order: `(label, facts)`.
pub fn group(facts: &[Fact]) -> Vec<(&'static str, &[Fact])> {
    let mut out: Vec<(&'static str, &[Fact])> = Vec::new();
    let mut start = 0;
    for i in 1..=facts.len() {
        if i == facts.len() || facts[i].label != facts[start].label {
            out.push((facts[start].label, &facts[start..i]));
            start = i;
        }
    }
    out
}

/// A key figure as one line: `label: 59.37 million USD (2023)`; a unit-less year stays `2016`.
pub fn key_figure(f: &KeyFigure, lang: Lang) -> String {
    let unit = f
        .unit
        .as_ref()
        .map(|u| format!(" {}", u.show(lang)))
        .unwrap_or_default();
    let year = f.year.map(|y| format!(" ({y})")).unwrap_or_default();
    format!(
        "{}: {}{unit}{year}",
        f.label.show(lang),
        values::number(f.value, f.unit.is_some())
    )
}

/// The facts of entry `index` in `lang`, in display order.
pub fn facts(corpus: &Corpus, index: usize, lang: Lang) -> Vec<Fact> {
    let e = corpus.entry(index);
    let code = |field: Coded, value: &str| values::label(field, value, lang);
    let title_of = |id: &str| {
        corpus
            .index_of(id)
            .map_or(id.to_string(), |i| corpus.title(i, lang).to_string())
    };
    let link = |label: &'static str, id: &str| Fact {
        target: Some(FactTarget::Entry(id.to_string())),
        ..fact(label, title_of(id))
    };
    let mut out = Vec::new();
    match &e.fields {
        KindFields::Definition { defined_by } => {
            out.extend(defined_by.iter().map(|d| bi("label-defined-by", d, lang)));
        }
        KindFields::Stage {
            model,
            position,
            period,
        } => {
            out.push(link("label-model", model));
            let total = corpus.stages_of(model).len();
            out.push(fact("label-position", format!("{position} / {total}")));
            out.extend(
                period
                    .iter()
                    .map(|p| fact("label-period", values::period(p, lang))),
            );
        }
        KindFields::Policy {
            country,
            year,
            policy_type,
            responsible_body,
            instrument,
        } => {
            out.push(fact("label-country", code(Coded::Country, country)));
            out.extend(year.map(|y| fact("label-year", y.to_string())));
            out.push(fact(
                "label-type",
                code(Coded::PolicyType, policy_type.code()),
            ));
            out.extend(
                responsible_body
                    .iter()
                    .map(|b| bi("label-responsible-body", b, lang)),
            );
            out.extend(
                instrument
                    .iter()
                    .map(|i| fact("label-instrument", code(Coded::Instrument, i))),
            );
        }
        KindFields::Case {
            country,
            case_type,
            ownership,
            established,
            status,
            sector,
            key_figures,
            profile,
        } => {
            out.push(fact("label-type", code(Coded::CaseType, case_type)));
            out.push(fact("label-country", code(Coded::Country, country)));
            out.extend(
                ownership
                    .iter()
                    .map(|o| fact("label-ownership", code(Coded::Ownership, o))),
            );
            out.extend(established.map(|y| fact("label-established", y.to_string())));
            out.extend(status.iter().map(|s| bi("label-status", s, lang)));
            if !sector.is_empty() {
                let names: Vec<String> = sector.iter().map(|s| code(Coded::Sector, s)).collect();
                out.push(fact("label-sector", names.join(", ")));
            }
            out.extend(
                key_figures
                    .iter()
                    .map(|f| fact("label-key-figures", key_figure(f, lang))),
            );
            if let Some(p) = profile {
                let parts = [
                    ("label-profile-about", &p.about),
                    ("label-profile-management", &p.management),
                    ("label-profile-international", &p.international),
                    ("label-profile-success-stories", &p.success_stories),
                    ("label-profile-contacts", &p.contacts),
                ];
                for (label, part) in parts {
                    out.extend(part.iter().map(|t| bi(label, t, lang)));
                }
            }
        }
        KindFields::Finding {
            number,
            evidence,
            addressed_by,
        } => {
            out.extend(number.map(|n| fact("label-number", n.to_string())));
            out.extend(
                evidence
                    .iter()
                    .map(|f| fact("label-evidence", key_figure(f, lang))),
            );
            out.extend(addressed_by.iter().map(|a| link("label-addressed-by", a)));
        }
        KindFields::Recommendation { challenge, actions } => {
            out.push(bi("label-challenge", challenge, lang));
            out.extend(actions.iter().map(|a| link("label-actions", a)));
        }
        KindFields::Action { actor } => {
            if let Some(r) = corpus.recommendation_of(index) {
                out.push(link("label-recommendation", corpus.id(r)));
            }
            out.extend(actor.iter().map(|a| bi("label-actor", a, lang)));
            for f in corpus.addresses(index) {
                out.push(link("label-addresses", corpus.id(f)));
            }
        }
        KindFields::Source {
            author,
            year,
            publisher,
            url,
            document,
        } => {
            out.push(fact("label-author", author.clone()));
            out.extend(year.map(|y| fact("label-year", y.to_string())));
            out.extend(publisher.iter().map(|p| fact("label-publisher", p.clone())));
            out.extend(url.iter().map(|u| Fact {
                target: Some(FactTarget::Url(u.clone())),
                ..fact("label-url", u.clone())
            }));
            out.extend(document.iter().map(|d| fact("label-document", d.clone())));
        }
        KindFields::Figure { .. } => {}
        KindFields::Tour { steps } => {
            out.extend(steps.iter().map(|s| link("label-steps", &s.entry)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::corpus::values::Coded;

    #[test]
    fn no_shipped_entry_shows_a_code_in_mongolian() {
        let corpus = load(&Sources::builtin()).corpus;
        let codes: Vec<&str> = Coded::ALL.iter().flat_map(|f| f.codes()).copied().collect();
        let coded_labels = [
            "label-country",
            "label-type",
            "label-ownership",
            "label-sector",
            "label-instrument",
            "label-period",
        ];
        let mut seen = 0;
        for i in 0..corpus.len() {
            for f in facts(&corpus, i, Lang::Mn) {
                if !coded_labels.contains(&f.label) {
                    continue;
                }
                seen += 1;
                for part in f.value.split(", ") {
                    assert!(
                        !codes.contains(&part) && !part.contains("month"),
                        "{}: {} shows `{part}`",
                        corpus.id(i),
                        f.label
                    );
                }
            }
        }
        assert!(seen > 100, "the shipped corpus has coded facts");
    }

    #[test]
    fn a_year_among_key_figures_has_no_separator() {
        let f = KeyFigure {
            label: Bi {
                en: Some("Launched".into()),
                mn: Some("Эхэлсэн он".into()),
            },
            value: 2016.0,
            unit: None,
            year: None,
        };
        assert_eq!(key_figure(&f, Lang::Mn), "Эхэлсэн он: 2016");
        let count = KeyFigure {
            unit: Some(Bi {
                en: Some("companies".into()),
                mn: Some("компани".into()),
            }),
            value: 2016.0,
            ..f
        };
        assert_eq!(key_figure(&count, Lang::En), "Launched: 2,016 companies");
    }
}
