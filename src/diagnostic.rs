//! Diagnostics: a problem in a content file, with the path and the line a trainer must edit.
//!
//! Problems are typed; their wording lives in the Fluent files (`problem-*` messages), so
//! `toli check` speaks the user's language and tests can match on the kind of problem.

use serde::Serialize;

use crate::corpus::model::Kind;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// How bad a problem is. `toli check` exits 1 on errors, and on warnings with `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// What is wrong. Each variant has a `problem-<code>` message in `locales/*/toli.ftl`.
#[derive(Debug, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub enum Problem {
    Unreadable {
        detail: String,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    InvalidUtf8,
    NulByte,
    Empty,
    NoFrontMatter,
    UnclosedFrontMatter,
    Yaml {
        detail: String,
    },
    TooDeep {
        limit: usize,
    },
    UnknownField {
        field: String,
    },
    FieldNotForKind {
        field: String,
        kind: Kind,
    },
    MissingField {
        field: String,
    },
    WrongType {
        field: String,
        detail: String,
    },
    BadValue {
        field: String,
        value: String,
        expected: String,
    },
    MissingLanguage {
        field: String,
        lang: Lang,
    },
    MissingBody {
        lang: Lang,
    },
    UnknownSection {
        marker: String,
    },
    DuplicateSection {
        lang: Lang,
    },
    TextOutsideSection,
    DuplicateId {
        id: String,
        other: String,
    },
    BrokenLink {
        target: String,
    },
    WrongLinkKind {
        field: String,
        target: String,
        expected: Kind,
    },
    SelfLink,
    FindingWithoutAction,
    Unsourced,
    StageGap {
        model: String,
        missing: u32,
    },
    StageRepeat {
        model: String,
        position: u32,
    },
    ActionWithoutRecommendation,
    ActionInTwoRecommendations {
        first: String,
        second: String,
    },
    FigureCells {
        row: usize,
        cells: usize,
        columns: usize,
    },
    FigureTotal {
        sum: String,
        total: String,
    },
    FigureUnits {
        field: String,
    },
    OutsideRoot {
        target: String,
    },
    Synonyms {
        detail: String,
    },
}

impl Problem {
    /// The stable code of the problem, used in JSON and to find the message.
    pub fn code(&self) -> &'static str {
        use Problem::*;
        match self {
            Unreadable { .. } => "unreadable",
            TooLarge { .. } => "too-large",
            InvalidUtf8 => "invalid-utf8",
            NulByte => "nul-byte",
            Empty => "empty",
            NoFrontMatter => "no-front-matter",
            UnclosedFrontMatter => "unclosed-front-matter",
            Yaml { .. } => "yaml",
            TooDeep { .. } => "too-deep",
            UnknownField { .. } => "unknown-field",
            FieldNotForKind { .. } => "field-not-for-kind",
            MissingField { .. } => "missing-field",
            WrongType { .. } => "wrong-type",
            BadValue { .. } => "bad-value",
            MissingLanguage { .. } => "missing-language",
            MissingBody { .. } => "missing-body",
            UnknownSection { .. } => "unknown-section",
            DuplicateSection { .. } => "duplicate-section",
            TextOutsideSection => "text-outside-section",
            DuplicateId { .. } => "duplicate-id",
            BrokenLink { .. } => "broken-link",
            WrongLinkKind { .. } => "wrong-link-kind",
            SelfLink => "self-link",
            FindingWithoutAction => "finding-without-action",
            Unsourced => "unsourced",
            StageGap { .. } => "stage-gap",
            StageRepeat { .. } => "stage-repeat",
            ActionWithoutRecommendation => "action-without-recommendation",
            ActionInTwoRecommendations { .. } => "action-in-two-recommendations",
            FigureCells { .. } => "figure-cells",
            FigureTotal { .. } => "figure-total",
            FigureUnits { .. } => "figure-units",
            OutsideRoot { .. } => "outside-root",
            Synonyms { .. } => "synonyms",
        }
    }

    /// How bad the problem is.
    pub fn severity(&self) -> Severity {
        use Problem::*;
        match self {
            TextOutsideSection | FindingWithoutAction | Unsourced | SelfLink => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The Fluent arguments of the message.
    fn args(&self) -> Vec<(&'static str, String)> {
        use Problem::*;
        match self {
            Unreadable { detail } | Yaml { detail } | Synonyms { detail } => {
                vec![("detail", detail.clone())]
            }
            TooLarge { bytes, limit } => {
                vec![("bytes", bytes.to_string()), ("limit", limit.to_string())]
            }
            TooDeep { limit } => vec![("limit", limit.to_string())],
            UnknownField { field } | MissingField { field } => vec![("field", field.clone())],
            FieldNotForKind { field, kind } => {
                vec![("field", field.clone()), ("kind", kind.name().to_string())]
            }
            WrongType { field, detail } => {
                vec![("field", field.clone()), ("detail", detail.clone())]
            }
            BadValue {
                field,
                value,
                expected,
            } => vec![
                ("field", field.clone()),
                ("value", value.clone()),
                ("expected", expected.clone()),
            ],
            MissingLanguage { field, lang } => {
                vec![("field", field.clone()), ("lang", lang.code().to_string())]
            }
            MissingBody { lang } | DuplicateSection { lang } => {
                vec![("lang", lang.code().to_string())]
            }
            UnknownSection { marker } => vec![("marker", marker.clone())],
            DuplicateId { id, other } => vec![("id", id.clone()), ("other", other.clone())],
            BrokenLink { target } | OutsideRoot { target } => vec![("target", target.clone())],
            WrongLinkKind {
                field,
                target,
                expected,
            } => vec![
                ("field", field.clone()),
                ("target", target.clone()),
                ("expected", expected.name().to_string()),
            ],
            StageGap { model, missing } => {
                vec![("model", model.clone()), ("missing", missing.to_string())]
            }
            StageRepeat { model, position } => {
                vec![("model", model.clone()), ("position", position.to_string())]
            }
            ActionInTwoRecommendations { first, second } => {
                vec![("first", first.clone()), ("second", second.clone())]
            }
            FigureCells {
                row,
                cells,
                columns,
            } => vec![
                ("row", (row + 1).to_string()),
                ("cells", cells.to_string()),
                ("columns", columns.to_string()),
            ],
            FigureTotal { sum, total } => vec![("sum", sum.clone()), ("total", total.clone())],
            FigureUnits { field } => vec![("field", field.clone())],
            InvalidUtf8
            | NulByte
            | Empty
            | NoFrontMatter
            | UnclosedFrontMatter
            | TextOutsideSection
            | SelfLink
            | FindingWithoutAction
            | Unsourced
            | ActionWithoutRecommendation => vec![],
        }
    }

    /// The message in `lang`.
    pub fn message(&self, l10n: &Localizer, lang: Lang) -> String {
        let id = format!("problem-{}", self.code());
        l10n.format(lang, &id, &self.args())
    }
}

/// A problem at a place in a file. Lines and columns count from 1 in the original file.
#[derive(Debug, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

impl Diagnostic {
    pub fn new(path: impl Into<String>, line: usize, column: usize, problem: Problem) -> Self {
        Diagnostic {
            path: path.into(),
            line: line.max(1),
            column: column.max(1),
            problem,
        }
    }

    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    /// `path:line:col: error: message`, as compilers print it.
    pub fn render(&self, l10n: &Localizer, lang: Lang) -> String {
        let sev = match self.severity() {
            Severity::Error => l10n.format(lang, "severity-error", &[]),
            Severity::Warning => l10n.format(lang, "severity-warning", &[]),
        };
        format!(
            "{}:{}:{}: {}: {}",
            self.path,
            self.line,
            self.column,
            sev,
            self.problem.message(l10n, lang)
        )
    }

    /// The JSON object of `toli check --json`.
    pub fn to_json(&self, l10n: &Localizer, lang: Lang) -> serde_json::Value {
        serde_json::json!({
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity(),
            "code": self.problem.code(),
            "message": self.problem.message(l10n, lang),
        })
    }
}
