//! Holds the one description of kinds to every place that relies on it: the values each kind
//! gives, the JSON it serializes to, and the messages every kind needs in both languages.

use super::*;
use crate::corpus::model::{ClusterProfile, PolicyType};
use crate::i18n::Localizer;
use crate::lang::Lang;

fn bi(text: &str) -> Bi<String> {
    Bi {
        en: Some(text.to_string()),
        mn: Some(text.to_string()),
    }
}

fn figure() -> KeyFigure {
    KeyFigure {
        label: bi("Firms"),
        value: 12.0,
        places: None,
        unit: Some(bi("firms")),
        year: Some(2020),
    }
}

/// Fields of `kind` with every field set (a new kind or field fails to compile here).
fn full(kind: Kind) -> KindFields {
    match kind {
        Kind::Definition => KindFields::Definition {
            defined_by: Some(bi("OECD")),
        },
        Kind::Stage => KindFields::Stage {
            model: "model".into(),
            position: 1,
            period: Some("2016-2020".into()),
        },
        Kind::Policy => KindFields::Policy {
            country: "MN".into(),
            year: Some(2020),
            policy_type: PolicyType::Law,
            responsible_body: Some(bi("Ministry")),
            instrument: Some("tax".into()),
        },
        Kind::Case => KindFields::Case {
            country: "MN".into(),
            case_type: "cluster".into(),
            ownership: Some("public".into()),
            established: Some(2016),
            status: Some(bi("active")),
            sector: vec!["ict".into()],
            key_figures: vec![figure()],
            profile: Some(ClusterProfile {
                about: Some(bi("a")),
                management: Some(bi("m")),
                international: Some(bi("i")),
                success_stories: Some(bi("s")),
                contacts: Some(bi("c")),
            }),
        },
        Kind::Finding => KindFields::Finding {
            number: Some(3),
            addressed_by: vec!["act".into()],
            evidence: vec![figure()],
        },
        Kind::Recommendation => KindFields::Recommendation {
            challenge: bi("challenge"),
            actions: vec!["act".into()],
        },
        Kind::Action => KindFields::Action {
            actor: Some(bi("ministry")),
        },
        Kind::Source => KindFields::Source {
            author: bi("A"),
            year: Some(2020),
            publisher: Some(bi("P")),
            url: Some("https://example.org".into()),
            document: Some("d.pdf".into()),
            original: crate::corpus::model::Original::Mn,
        },
        Kind::Figure => KindFields::Figure {
            unit: Some(bi("%")),
            chart: ChartKind::Bar,
            order: RowOrder::Source,
            total: Some(100.0),
            columns: vec![bi("share")],
            rows: vec![FigureRow {
                label: bi("row"),
                value: Some(1.0),
                places: None,
                unit: None,
                year: Some(2020),
                cells: vec![bi("x")],
            }],
        },
        Kind::Tour => KindFields::Tour {
            steps: vec![TourStep {
                entry: "cluster".into(),
                note: bi("note"),
                minutes: Some(8),
                figures: vec!["fig-x".into()],
            }],
        },
    }
}

#[test]
fn every_described_field_is_given_in_order() {
    for kind in Kind::ALL {
        let fields_ = full(kind);
        assert_eq!(fields_.kind(), kind);
        let mut given: Vec<&str> = Vec::new();
        for (spec, _) in fields_.values() {
            if given.last() != Some(&spec.name) {
                given.push(spec.name);
            }
        }
        let described: Vec<&str> = fields(kind).iter().map(|f| f.name).collect();
        assert_eq!(
            given, described,
            "KindFields::values of kind {kind} does not give the fields kinds::fields describes"
        );
    }
}

#[test]
fn json_members_are_the_described_fields() {
    for kind in Kind::ALL {
        let json = serde_json::to_value(full(kind)).expect("kind fields serialize");
        let mut members: Vec<String> = json
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let mut keys: Vec<String> = Vec::new();
        for f in fields(kind) {
            if !keys.iter().any(|k| k == f.key()) {
                keys.push(f.key().to_string());
            }
        }
        members.sort();
        keys.sort();
        assert_eq!(
            members, keys,
            "the JSON of kind {kind} and kinds::fields name different fields"
        );
    }
}

#[test]
fn keys_are_allowed_only_for_their_kinds() {
    assert!(allows(Kind::Case, "profile"));
    assert!(allows(Kind::Policy, "year"));
    assert!(allows(Kind::Source, "year"));
    assert!(!allows(Kind::Case, "year"));
    assert!(!allows(Kind::Definition, "country"));
    let keys = all_keys();
    assert!(keys.contains(&"steps") && keys.contains(&"profile"));
    assert!(!keys.contains(&"profile.about"));
}

/// Every message a kind needs in views: its name, its plural, and its fields' labels.
fn messages_of(kind: Kind) -> Vec<String> {
    let mut ids = vec![
        format!("kind-{}", kind.name()),
        format!("kinds-{}", kind.name()),
    ];
    ids.extend(
        fields(kind)
            .iter()
            .filter_map(|f| f.label.map(str::to_string)),
    );
    if kind == Kind::Action {
        ids.extend(["label-recommendation".into(), "label-addresses".into()]);
    }
    ids
}

#[test]
fn every_kind_has_its_messages_in_both_languages() {
    let l10n = Localizer::shared();
    let mut missing = Vec::new();
    for kind in Kind::ALL {
        for id in messages_of(kind) {
            for lang in Lang::ALL {
                if !l10n.has(lang, &id) {
                    missing.push(format!(
                        "kind {kind}: `{id}` missing in locales/{}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_kind_is_in_kind_all() {
    use strum::IntoEnumIterator;
    let every: Vec<Kind> = Kind::iter().collect();
    assert_eq!(
        every,
        Kind::ALL.to_vec(),
        "Kind::ALL must list every kind, in the order they are declared"
    );
}

/// A kind whose fields hold a year or a period is one a "when" question («хэзээ») favours
/// (`search::traits`), and a year a case or policy began is in the Year facet: both read
/// the kind's fields by hand, so a new kind's date is checked here against its values.
#[test]
fn a_kind_with_a_date_is_favoured_by_when_questions() {
    use crate::search::traits::{DATE, of};
    for kind in Kind::ALL {
        let mut entry = crate::corpus::model::Entry::damaged("an-entry".into());
        entry.kind = kind;
        entry.fields = full(kind);
        let dated = entry
            .fields
            .values()
            .iter()
            .any(|(_, v)| matches!(v, Value::Year(_) | Value::Period(_)));
        assert_eq!(
            of(&entry) & DATE != 0,
            dated,
            "{kind}: a date or year field"
        );
    }
}
