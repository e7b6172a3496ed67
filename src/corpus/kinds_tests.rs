//! Holds the one description of kinds to every place that relies on it: the values each kind
//! gives, the JSON it serializes to, and the messages every kind needs in both languages.

use super::*;
use crate::corpus::model::{
    Bi, ChartKind, ClusterProfile, FigureRow, KeyFigure, KindFields, PolicyType, RowOrder, TourStep,
};
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

/// Fields of `kind` with every field set (a new kind or field fails to compile here); other
/// modules' tests take it too (`parse::languages`, `app::facets`).
pub(crate) fn full(kind: Kind) -> KindFields {
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
            licensed: Some(2018),
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
            published_in: Some(bi("J")),
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
            label_column: Some(bi("field")),
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

/// An entry of `kind` with every field set.
pub(crate) fn full_entry(kind: Kind) -> crate::corpus::model::Entry {
    let mut entry = crate::corpus::model::Entry::damaged("an-entry".into());
    entry.kind = kind;
    entry.fields = full(kind);
    entry
}

/// The fields search leaves out, each on purpose. A new field is searched unless it is added
/// here with its reason: `shown_unsearched` by mistake fails this test.
#[test]
fn the_fields_search_leaves_out_are_these() {
    let unsearched: Vec<String> = Kind::ALL
        .iter()
        .flat_map(|&kind| {
            fields(kind)
                .iter()
                .filter(|f| !f.searched)
                .map(move |f| format!("{kind}.{}", f.name))
        })
        .collect();
    assert_eq!(
        unsearched,
        [
            "finding.addressed_by",   // links: the linked entry's own text is searched
            "recommendation.actions", // links, as above
            "source.url",             // a web address: no words to find
            "source.document",        // an extraction file, for auditors
            "source.original",        // the language of the title
            "figure.chart",           // settings of the drawing
            "figure.order",
            "figure.total",
            "tour.steps", // the trainer's notes (`search::fields`)
        ],
        "a field's `searched` changed in corpus::kinds: if on purpose, change this list"
    );
}

/// Every kind has an entry in the command line's fixture corpus (`tests/fixtures/corpus`), so
/// the CLI tests (`toli show --json`, `list`, `check`) meet it.
#[test]
fn every_kind_has_an_entry_in_the_cli_fixture() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let outcome = crate::corpus::load::load(&crate::corpus::load::Sources {
        builtin: false,
        dirs: vec![dir],
    });
    let corpus = outcome.corpus;
    let missing: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|&k| !(0..corpus.len()).any(|i| corpus.entry(i).kind == k))
        .collect();
    assert!(
        missing.is_empty(),
        "no entry of kind {missing:?} in tests/fixtures/corpus: add one that sets every field"
    );
}

/// A kind's Mongolian name is a term decision: content/GLOSSARY.md, the one place terms are
/// decided, has it in the Mongolian column of a row (alone or among `a / b / c`).
#[test]
fn every_kind_s_mongolian_name_is_in_the_glossary() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content/GLOSSARY.md");
    let glossary = std::fs::read_to_string(&path).expect("content/GLOSSARY.md");
    // A term is compared without its note in brackets and its commas: the typed name
    // `зураг-хүснэгт` is the term «зураг, хүснэгт (a kind name …)».
    let terms: Vec<String> = glossary
        .lines()
        .filter_map(|l| l.strip_prefix('|')?.split('|').nth(1))
        .flat_map(|cell| cell.split(" / "))
        .map(|term| {
            term.split(" (")
                .next()
                .unwrap_or(term)
                .trim()
                .replace(',', "")
        })
        .collect();
    let missing: Vec<String> = Kind::ALL
        .iter()
        .map(|k| k.mongolian_name().replace('-', " "))
        .filter(|name| !terms.contains(name))
        .collect();
    assert!(
        missing.is_empty(),
        "kinds' Mongolian names without a row in content/GLOSSARY.md: {missing:?}"
    );
}

/// Every field the parser requires, of every kind and of all kinds, says what it holds with an
/// example when it is missing, in both languages: a file of each kind with nothing but its id
/// and kind is told each missing field, and each of those is described here.
#[test]
fn every_required_field_says_what_it_holds_in_both_languages() {
    use crate::diagnostic::Problem;
    let l10n = Localizer::new();
    let mut files: Vec<(Option<Kind>, String)> = vec![
        (None, "---\ntitle: x\n---\n".to_string()),
        (None, "---\nid: x\n---\n".to_string()),
    ];
    for kind in Kind::ALL {
        let text = format!(
            "---\nid: x\nkind: {}\n---\n::: en\nx\n::: mn\nх\n",
            kind.name()
        );
        files.push((Some(kind), text));
    }
    let mut required = Vec::new();
    let mut undescribed = Vec::new();
    for (kind, text) in &files {
        let parsed = crate::corpus::parse::parse_entry("x.md", text, false);
        for d in &parsed.diagnostics {
            let (Problem::MissingField { field, .. } | Problem::MissingCoded { field, .. }) =
                &d.problem
            else {
                continue;
            };
            required.push(format!("{kind:?}.{field}"));
            match about(*kind, field) {
                Some(id) => {
                    for lang in Lang::ALL {
                        assert!(l10n.has(lang, id), "{id} has no {lang:?} text");
                    }
                }
                None => undescribed.push(format!("{kind:?}.{field}")),
            }
        }
    }
    assert!(
        undescribed.is_empty(),
        "required but not described: {undescribed:?}"
    );
    for field in ["None.id", "None.kind", "Some(Recommendation).challenge"] {
        assert!(required.contains(&field.to_string()), "{required:?}");
    }
}
