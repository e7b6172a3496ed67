//! Each problem's stable code (JSON, the Fluent message's name), how many problems it stands
//! for, and how bad it is: an error, a warning, or a note.

use super::super::Severity;
use super::Problem;

impl Problem {
    /// The stable code of the problem, used in JSON and to find the message.
    pub fn code(&self) -> &'static str {
        use Problem::*;
        match self {
            Unreadable { .. } => "unreadable",
            TooLarge { .. } => "too-large",
            InvalidUtf8 => "invalid-utf8",
            Utf16 => "utf16",
            NulByte => "nul-byte",
            Empty => "empty",
            NoFrontMatter => "no-front-matter",
            UnclosedFrontMatter => "unclosed-front-matter",
            Yaml { .. } => "yaml",
            TabIndent { .. } => "tab-indent",
            TabInValue => "tab-in-value",
            Placeholder { .. } => "placeholder",
            TooDeep { .. } => "too-deep",
            UnknownField { .. } => "unknown-field",
            FieldNotForKind { .. } => "field-not-for-kind",
            MissingField { .. } => "missing-field",
            MissingCoded { .. } => "missing-coded",
            EmptyField { .. } => "empty-field",
            BadId { .. } => "bad-id",
            WrongType { .. } | WrongShape { .. } => "wrong-type",
            BadValue { .. } => "bad-value",
            UnexpectedKey { .. } => "unexpected-key",
            ValueName { .. } => "value-name",
            MissingLanguage { .. } => "missing-language",
            MissingBody { .. } => "missing-body",
            UnknownSection { .. } => "unknown-section",
            DuplicateSection { .. } => "duplicate-section",
            TextOutsideSection { .. } => "text-outside-section",
            DuplicateId { .. } => "duplicate-id",
            FileName { .. } => "file-name",
            ReplacesShipped { .. } => "replaces-shipped",
            ReplacesShippedCopies { .. } => "replaces-shipped-copies",
            BrokenLink { .. } => "broken-link",
            LinkToUnloaded { .. } => "link-to-unloaded",
            WrongLinkKind { .. } => "wrong-link-kind",
            SelfLink => "self-link",
            TourStepItself => "tour-step-itself",
            TourStepIsTour { .. } => "tour-step-is-tour",
            FindingWithoutAction => "finding-without-action",
            Unsourced => "unsourced",
            StageGap { .. } => "stage-gap",
            StageRepeat { .. } => "stage-repeat",
            TableRowCells { .. } => "table-row-cells",
            LinkInField { .. } => "link-in-field",
            TourStepBeyond { .. } => "tour-step-beyond",
            TourStepNumber { .. } => "tour-step-number",
            StepMinutes { .. } => "step-minutes",
            StepWithoutEntry { .. } => "step-without-entry",
            ActionWithoutRecommendation { .. } => "action-without-recommendation",
            ActionListedByUnloaded { .. } => "action-listed-by-unloaded",
            ActionInTwoRecommendations { .. } => "action-in-two-recommendations",
            FigureCells { .. } => "figure-cells",
            FigureTotal { .. } => "figure-total",
            FigureTotalUnread { .. } => "figure-total-unread",
            FigureUnits { .. } => "figure-units",
            OutsideRoot { .. } => "outside-root",
            MnCaseHyphen { .. } => "mn-case-hyphen",
            MnLatin { .. } => "mn-latin",
            EnCyrillic { .. } => "en-cyrillic",
            TagsOneList { .. } => "tags-one-list",
            MnSpelling { .. } => "mn-spelling",
            MnDoubledWord { .. } => "mn-doubled-word",
            MnThreeDecimals { .. } | MnThreeDecimalsValue { .. } => "mn-three-decimals",
            MnAbbrevFirstUse { .. } => "mn-abbrev-first-use",
            MnLinkRepeats { .. } => "mn-link-repeats",
            UnusedAbbrev { .. } => "unused-abbrev",
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
            TextOutsideSection { .. }
            | DuplicateSection { .. }
            | UnknownSection {
                read_as: Some(_), ..
            }
            | FindingWithoutAction
            | Unsourced
            | SelfLink
            | TourStepIsTour { .. }
            | MnCaseHyphen { .. }
            | MnLatin { .. }
            | EnCyrillic { .. }
            | TagsOneList { .. }
            | MnSpelling { .. }
            | MnDoubledWord { .. }
            | MnThreeDecimals { .. }
            | MnThreeDecimalsValue { .. }
            | MnAbbrevFirstUse { .. }
            | MnLinkRepeats { .. }
            | UnusedAbbrev { .. }
            | PipedLinkInTable { .. }
            | NumbersOneSide { .. }
            | TourStepBeyond { .. }
            | TabInValue
            | TabIndent { loaded: true }
            | TableRowCells { .. }
            | LinkInField { .. }
            | TourStepNumber { .. }
            | ValueName { .. }
            | FileName { .. }
            | MoreWarnings { .. } => Severity::Warning,
            ReplacesShipped { .. } | ReplacesShippedCopies { .. } | FigureTotalUnread { .. } => {
                Severity::Note
            }
            _ => Severity::Error,
        }
    }
}
