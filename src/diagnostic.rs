//! Diagnostics: a problem in a content file, with the path and the line a trainer must edit.
//!
//! Problems are typed; their wording lives in the Fluent files (`problem-*` messages), so
//! `toli check` speaks the user's language and tests can match on the kind of problem.

mod field_place;
mod message;
mod problem;
mod shape;

use serde::Serialize;

use crate::i18n::Localizer;
use crate::lang::Lang;
use message::at_place;
pub use problem::{Named, Problem};
pub use shape::Shape;

/// Marks the detail of a [`Problem::Yaml`] that toli can say in plain words:
/// `teach:<code>:<name>` is message `teach-yaml-<code>` with argument `name`.
pub const TEACH_YAML: &str = "teach:";

/// Ends a `teach:` name and starts the author's line as it should be written (a fault of
/// indentation), which the message shows as `fixed` without its leading spaces, counted as
/// `spaces` (a wrapped view would not show them).
pub const LINED_UP: char = '\n';

/// How bad a problem is. `toli check` exits 1 on errors, and on warnings with `--strict`; a
/// note says what a file does that is allowed on purpose (an entry of one's own replacing a
/// shipped one) and fails nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
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
                match self.link_by_title(l10n, lang, Some(s)) {
                    Some(how) => format!("{message} — {hint} {how}"),
                    None => format!("{message} — {hint}"),
                }
            }
            None => match self
                .link_by_title(l10n, lang, None)
                .or_else(|| self.where_listed(l10n, lang))
            {
                Some(how) => format!("{message} — {how}"),
                None => message,
            },
        };
        at_place(l10n, lang, place, message)
    }

    /// For a link written with a name where the id goes (`[[Кластерийн байгууллага]]`,
    /// `[words](Cluster organisation)`), how a link is written: with the id `suggestion`,
    /// keeping the author's words as its text, or where to find the id.
    fn link_by_title(
        &self,
        l10n: &Localizer,
        lang: Lang,
        suggestion: Option<&str>,
    ) -> Option<String> {
        let Problem::BrokenLink { target, text, .. } = &self.problem else {
            return None;
        };
        if !crate::corpus::title_link::written_as_name(target) {
            return None;
        }
        let target = ("target", target.to_string());
        Some(match (suggestion, text) {
            (Some(s), Some(text)) => l10n.format(
                lang,
                "teach-link-by-title-words",
                &[("text", text.clone()), ("suggestion", s.to_string())],
            ),
            (Some(s), None) => l10n.format(
                lang,
                "teach-link-by-title",
                &[target, ("suggestion", s.to_string())],
            ),
            (None, _) => l10n.format(lang, "teach-link-by-title-unknown", &[target]),
        })
    }

    /// For a source, a figure, an action or the action or recommendation addressing a finding
    /// that no entry has, and none to guess: the command that lists them.
    fn where_listed(&self, l10n: &Localizer, lang: Lang) -> Option<String> {
        use crate::corpus::parse::LinkField;
        let Problem::BrokenLink { field, .. } = &self.problem else {
            return None;
        };
        let id = match field {
            LinkField::Sources => "teach-sources-listed",
            LinkField::Figures => "teach-figures-listed",
            LinkField::Actions => "teach-actions-listed",
            LinkField::AddressedBy => "teach-addressing-listed",
            _ => return None,
        };
        Some(l10n.format(lang, id, &[]))
    }

    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    /// `path:line:col: error: message`, as compilers print it.
    pub fn render(&self, l10n: &Localizer, lang: Lang) -> String {
        let sev = match self.severity() {
            Severity::Error => l10n.format(lang, "severity-error", &[]),
            Severity::Warning => l10n.format(lang, "severity-warning", &[]),
            Severity::Note => l10n.format(lang, "severity-note", &[]),
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
