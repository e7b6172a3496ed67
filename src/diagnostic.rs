//! Diagnostics: a problem in a content file, with the path and the line a trainer must edit.
//!
//! Problems are typed; their wording lives in the Fluent files (`problem-*` messages), so
//! `toli check` speaks the user's language and tests can match on the kind of problem.

mod field_place;

use serde::Serialize;

use crate::corpus::model::Kind;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// Marks the detail of a [`Problem::Yaml`] that toli can say in plain words:
/// `teach:<code>:<name>` is message `teach-yaml-<code>` with argument `name`.
pub const TEACH_YAML: &str = "teach:";

/// How bad a problem is. `toli check` exits 1 on errors, and on warnings with `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// What is wrong. Each variant has a `problem-<code>` message in `locales/*/toli.ftl` (the
/// Mongolian style warnings in `locales/*/check.ftl`).
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
    /// A tab in the indentation of front matter (YAML allows only spaces there).
    TabIndent,
    /// A `TODO:` placeholder of `toli new` not yet replaced.
    Placeholder {
        text: String,
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
    /// A value of the wrong shape, said as what to write instead (code `wrong-type`).
    WrongShape {
        field: String,
        shape: Shape,
        /// For a number field, the number the value starts with (`2015 он`: `2015`).
        number: Option<String>,
    },
    BadValue {
        field: String,
        value: String,
        expected: String,
    },
    /// A key other than `en` and `mn` in a map of the two languages (`sources:` lined up under
    /// `summary`'s `en` and `mn`); `entry_field` when the key is a field of the entry itself.
    UnexpectedKey {
        field: String,
        key: String,
        entry_field: bool,
    },
    /// A coded value written as the code's name (`country: Монгол`), read as `code`.
    ValueName {
        field: String,
        value: String,
        code: String,
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
    /// A link to `target`, the id of `file`, which did not load: its own first error is at
    /// `line`:`column` there.
    LinkToUnloaded {
        target: String,
        file: String,
        line: usize,
        column: usize,
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
    /// A tour's text names a step past its last.
    TourStepBeyond {
        step: usize,
        steps: usize,
    },
    /// A tour's text gives one of its steps' entries another step's number.
    TourStepNumber {
        id: String,
        written: usize,
        actual: usize,
    },
    /// A tour step's planned `minutes` that is not a whole number from 1 to `most`.
    StepMinutes {
        step: usize,
        value: String,
        most: u32,
    },
    /// A tour step (counted from 1) that names no entry to show.
    StepWithoutEntry {
        step: usize,
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
    /// A case ending set off by a hyphen after a link, emphasis, brackets or a word.
    MnCaseHyphen {
        found: String,
        fix: String,
        /// `link`, `link-word` (after a link, no word to offer: the fix's text is «…»),
        /// `emphasis`, `bracket`, `quote` or `word`.
        after: String,
    },
    /// A Latin word in a Mongolian value that is not a listed name.
    MnLatin {
        field: String,
        word: String,
    },
    /// A known misspelling.
    MnSpelling {
        word: String,
        fix: String,
    },
    /// A word written `times` times in a row (one problem per run, however long).
    MnDoubledWord {
        word: String,
        times: usize,
    },
    /// An abbreviation used in a Mongolian body before it is spelled out.
    MnAbbrevFirstUse {
        abbr: String,
        /// The words and the abbreviation in brackets, as GLOSSARY.md spells them out.
        words: String,
    },
    /// `[[id|text]]` in a table row, where the `|` ends the cell.
    PipedLinkInTable {
        found: String,
        fix: String,
    },
    /// A link whose text repeats the words right before it.
    MnLinkRepeats {
        words: String,
        shown: String,
        fix: String,
    },
    /// Numbers that only `lang`'s side of the entry carries.
    NumbersOneSide {
        lang: Lang,
        numbers: String,
    },
    Synonyms {
        detail: String,
    },
    /// Closes a file's warnings of one kind past the first few: `more` of code `code` are not
    /// listed (see `corpus::capped`).
    MoreWarnings {
        code: String,
        more: usize,
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
            TabIndent => "tab-indent",
            Placeholder { .. } => "placeholder",
            TooDeep { .. } => "too-deep",
            UnknownField { .. } => "unknown-field",
            FieldNotForKind { .. } => "field-not-for-kind",
            MissingField { .. } => "missing-field",
            WrongType { .. } | WrongShape { .. } => "wrong-type",
            BadValue { .. } => "bad-value",
            UnexpectedKey { .. } => "unexpected-key",
            ValueName { .. } => "value-name",
            MissingLanguage { .. } => "missing-language",
            MissingBody { .. } => "missing-body",
            UnknownSection { .. } => "unknown-section",
            DuplicateSection { .. } => "duplicate-section",
            TextOutsideSection => "text-outside-section",
            DuplicateId { .. } => "duplicate-id",
            BrokenLink { .. } => "broken-link",
            LinkToUnloaded { .. } => "link-to-unloaded",
            WrongLinkKind { .. } => "wrong-link-kind",
            SelfLink => "self-link",
            FindingWithoutAction => "finding-without-action",
            Unsourced => "unsourced",
            StageGap { .. } => "stage-gap",
            StageRepeat { .. } => "stage-repeat",
            TourStepBeyond { .. } => "tour-step-beyond",
            TourStepNumber { .. } => "tour-step-number",
            StepMinutes { .. } => "step-minutes",
            StepWithoutEntry { .. } => "step-without-entry",
            ActionWithoutRecommendation => "action-without-recommendation",
            ActionInTwoRecommendations { .. } => "action-in-two-recommendations",
            FigureCells { .. } => "figure-cells",
            FigureTotal { .. } => "figure-total",
            FigureUnits { .. } => "figure-units",
            OutsideRoot { .. } => "outside-root",
            MnCaseHyphen { .. } => "mn-case-hyphen",
            MnLatin { .. } => "mn-latin",
            MnSpelling { .. } => "mn-spelling",
            MnDoubledWord { .. } => "mn-doubled-word",
            MnAbbrevFirstUse { .. } => "mn-abbrev-first-use",
            MnLinkRepeats { .. } => "mn-link-repeats",
            PipedLinkInTable { .. } => "piped-link-in-table",
            NumbersOneSide { .. } => "numbers-one-side",
            Synonyms { .. } => "synonyms",
            MoreWarnings { .. } => "more-warnings",
        }
    }

    /// How many problems this one stands for: those a [`Problem::MoreWarnings`] closing line
    /// does not list, else one.
    pub fn count(&self) -> usize {
        match self {
            Problem::MoreWarnings { more, .. } => *more,
            _ => 1,
        }
    }

    /// How bad the problem is.
    pub fn severity(&self) -> Severity {
        use Problem::*;
        match self {
            TextOutsideSection
            | FindingWithoutAction
            | Unsourced
            | SelfLink
            | MnCaseHyphen { .. }
            | MnLatin { .. }
            | MnSpelling { .. }
            | MnDoubledWord { .. }
            | MnAbbrevFirstUse { .. }
            | MnLinkRepeats { .. }
            | PipedLinkInTable { .. }
            | NumbersOneSide { .. }
            | TourStepBeyond { .. }
            | TourStepNumber { .. }
            | ValueName { .. }
            | MoreWarnings { .. } => Severity::Warning,
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
            WrongShape { field, number, .. } => vec![
                ("field", field.clone()),
                ("number", number.clone().unwrap_or_default()),
            ],
            Placeholder { text } => vec![("text", text.clone())],
            BadValue {
                field,
                value,
                expected,
            } => vec![
                ("field", field.clone()),
                ("value", value.clone()),
                ("expected", expected.clone()),
            ],
            UnexpectedKey { field, key, .. } => {
                vec![("field", field.clone()), ("key", key.clone())]
            }
            ValueName { field, value, code } => vec![
                ("field", field.clone()),
                ("value", value.clone()),
                ("code", code.clone()),
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
            LinkToUnloaded {
                target,
                file,
                line,
                column,
            } => vec![
                ("target", target.clone()),
                ("file", file.clone()),
                ("line", line.to_string()),
                ("column", column.to_string()),
            ],
            MoreWarnings { code, more } => {
                vec![("code", code.clone()), ("more", more.to_string())]
            }
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
            StepWithoutEntry { step } => vec![("step", step.to_string())],
            StepMinutes { step, value, most } => vec![
                ("step", step.to_string()),
                ("value", value.clone()),
                ("most", most.to_string()),
            ],
            TourStepBeyond { step, steps } => {
                vec![("step", step.to_string()), ("steps", steps.to_string())]
            }
            TourStepNumber {
                id,
                written,
                actual,
            } => vec![
                ("id", id.clone()),
                ("written", written.to_string()),
                ("actual", actual.to_string()),
            ],
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
            MnCaseHyphen { found, fix, after } => vec![
                ("found", found.clone()),
                ("fix", fix.clone()),
                ("after", after.clone()),
            ],
            MnLatin { field, word } => vec![("field", field.clone()), ("word", word.clone())],
            MnSpelling { word, fix } => vec![("word", word.clone()), ("fix", fix.clone())],
            MnDoubledWord { word, times } => {
                vec![("word", word.clone()), ("times", times.to_string())]
            }
            MnAbbrevFirstUse { abbr, words } => {
                vec![("abbr", abbr.clone()), ("words", words.clone())]
            }
            PipedLinkInTable { found, fix } => {
                vec![("found", found.clone()), ("fix", fix.clone())]
            }
            MnLinkRepeats { words, shown, fix } => vec![
                ("words", words.clone()),
                ("shown", shown.clone()),
                ("fix", fix.clone()),
            ],
            NumbersOneSide { lang, numbers } => {
                vec![
                    ("lang", lang.code().to_string()),
                    ("numbers", numbers.clone()),
                ]
            }
            InvalidUtf8
            | NulByte
            | Empty
            | NoFrontMatter
            | UnclosedFrontMatter
            | TabIndent
            | TextOutsideSection
            | SelfLink
            | FindingWithoutAction
            | Unsourced
            | ActionWithoutRecommendation => vec![],
        }
    }

    /// The message in `lang`, after the list item it is in when its field is in one
    /// (`rows[2].value`: "row 3: `value` must be a number …").
    pub fn message(&self, l10n: &Localizer, lang: Lang) -> String {
        let (place, args) = self.placed_args(l10n, lang);
        at_place(l10n, lang, place, self.message_with(l10n, lang, &args))
    }

    /// The arguments of the message with the field named after the last list item it is in,
    /// and those items as the reader counts them (`rows[2].value`: `value`, "row 3").
    fn placed_args(
        &self,
        l10n: &Localizer,
        lang: Lang,
    ) -> (Option<String>, Vec<(&'static str, String)>) {
        let mut args = self.args();
        let Some(field) = args.iter_mut().find(|(k, _)| *k == "field") else {
            return (None, args);
        };
        let (places, rest) = field_place::split(&field.1);
        if places.is_empty() {
            return (None, args);
        }
        field.1 = rest;
        (Some(field_place::said(&places, l10n, lang)), args)
    }

    /// The message in `lang` with `args`.
    fn message_with(
        &self,
        l10n: &Localizer,
        lang: Lang,
        args: &[(&'static str, String)],
    ) -> String {
        let id = match self {
            Problem::WrongShape {
                shape,
                number: Some(_),
                ..
            } => format!("teach-shape-{}-written", shape.code()),
            Problem::WrongShape { shape, .. } => format!("teach-shape-{}", shape.code()),
            Problem::UnexpectedKey {
                entry_field: true, ..
            } => "problem-unexpected-key-field".to_string(),
            Problem::Yaml { detail } => {
                if let Some((code, name)) = detail
                    .strip_prefix(TEACH_YAML)
                    .and_then(|rest| rest.split_once(':'))
                {
                    let id = format!("teach-yaml-{code}");
                    return l10n.format(lang, &id, &[("name", name.to_string())]);
                }
                format!("problem-{}", self.code())
            }
            _ => format!("problem-{}", self.code()),
        };
        l10n.format(lang, &id, args)
    }
}

/// `message` after `place` (the list item a problem is in), when there is one.
fn at_place(l10n: &Localizer, lang: Lang, place: Option<String>, message: String) -> String {
    match place {
        Some(place) => l10n.format(
            lang,
            "problem-at-place",
            &[("place", place), ("problem", message)],
        ),
        None => message,
    }
}

/// What a value should look like, for [`Problem::WrongShape`]; each has a `teach-shape-<code>`
/// message with an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub enum Shape {
    WholeNumber,
    Number,
    Text,
    Bilingual,
    BilingualList,
    PairList,
    IdList,
    SourceList,
    StepList,
    FigureList,
    TextList,
    Profile,
}

impl Shape {
    pub fn code(self) -> &'static str {
        match self {
            Shape::WholeNumber => "whole-number",
            Shape::Number => "number",
            Shape::Text => "text",
            Shape::Bilingual => "bilingual",
            Shape::BilingualList => "bilingual-list",
            Shape::PairList => "pair-list",
            Shape::IdList => "id-list",
            Shape::SourceList => "source-list",
            Shape::StepList => "step-list",
            Shape::FigureList => "figure-list",
            Shape::TextList => "text-list",
            Shape::Profile => "profile",
        }
    }
}

/// How many errors and how many warnings `diagnostics` hold, counting those a closing
/// [`Problem::MoreWarnings`] line does not list: what `toli check`'s summary and the app say.
pub fn tally(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let count = |severity| {
        (diagnostics.iter())
            .filter(|d| d.severity() == severity)
            .map(|d| d.problem.count())
            .sum()
    };
    (count(Severity::Error), count(Severity::Warning))
}

/// A problem at a place in a file. Lines and columns count from 1 in the original file.
#[derive(Debug, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
    /// A known name close to a misspelt one ("did you mean …?").
    pub suggestion: Option<Box<str>>,
}

impl Diagnostic {
    pub fn new(path: impl Into<String>, line: usize, column: usize, problem: Problem) -> Self {
        Diagnostic {
            path: path.into(),
            line: line.max(1),
            column: column.max(1),
            problem,
            suggestion: None,
        }
    }

    /// The same diagnostic with a "did you mean" suggestion, if there is one.
    pub fn suggesting(mut self, suggestion: Option<&str>) -> Self {
        self.suggestion = suggestion.map(Box::from);
        self
    }

    /// The message with its suggestion, if any.
    fn full_message(&self, l10n: &Localizer, lang: Lang) -> String {
        let (place, args) = self.problem.placed_args(l10n, lang);
        let message = self.problem.message_with(l10n, lang, &args);
        let message = match &self.suggestion {
            // "unknown field": the suggestion says more than the pointer to the reference.
            Some(s) if matches!(&self.problem, Problem::UnknownField { .. }) => l10n.format(
                lang,
                "teach-unknown-field-suggested",
                &[("field", args[0].1.clone()), ("suggestion", s.to_string())],
            ),
            Some(s) => {
                let hint =
                    l10n.format(lang, "teach-did-you-mean", &[("suggestion", s.to_string())]);
                format!("{message} — {hint}")
            }
            None => message,
        };
        at_place(l10n, lang, place, message)
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
            self.full_message(l10n, lang)
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
            "message": self.full_message(l10n, lang),
            "suggestion": self.suggestion,
        })
    }
}
