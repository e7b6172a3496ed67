//! What each problem gives its Fluent message to say: its fields as the message's arguments,
//! numbers and codes written out, the languages by their codes.

use super::super::Problem;
use crate::lang::Lang;

impl Problem {
    /// The Fluent arguments of the message.
    pub(super) fn args(&self) -> Vec<(&'static str, String)> {
        use Problem::*;
        match self {
            Unreadable { detail } | Yaml { detail } | Synonyms { detail } => {
                vec![("detail", detail.clone())]
            }
            TooLarge { bytes, limit } => {
                vec![("bytes", bytes.to_string()), ("limit", limit.to_string())]
            }
            TooDeep { limit } => vec![("limit", limit.to_string())],
            UnknownField { field } => vec![("field", field.clone())],
            MissingField { field, .. } | EmptyField { field, .. } => vec![("field", field.clone())],
            MissingCoded {
                field, expected, ..
            } => {
                vec![("field", field.clone()), ("expected", expected.clone())]
            }
            ActionWithoutRecommendation { id } => vec![("id", id.clone())],
            ActionListedByUnloaded { file, line, column } => vec![
                ("file", file.clone()),
                ("line", line.to_string()),
                ("column", column.to_string()),
            ],
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
                ..
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
            MissingBody { lang } => vec![("lang", lang.code().to_string())],
            DuplicateSection {
                lang,
                first,
                written,
            } => vec![
                ("lang", lang.code().to_string()),
                ("first", first.to_string()),
                ("written", written.code().to_string()),
                (
                    "same",
                    if lang == written { "yes" } else { "no" }.to_string(),
                ),
            ],
            UnknownSection { marker, read_as } => vec![
                ("marker", marker.clone()),
                ("read_as", read_as.map_or("", Lang::code).to_string()),
            ],
            TextOutsideSection { lines, lang } => vec![
                ("lines", lines.to_string()),
                ("lang", lang.code().to_string()),
            ],
            DuplicateId { id, other, stem } => vec![
                ("id", id.clone()),
                ("other", other.clone()),
                ("stem", stem.clone().unwrap_or_default()),
                (
                    "offered",
                    if stem.is_some() { "yes" } else { "no" }.to_string(),
                ),
            ],
            FileName { file, id, stem } => vec![
                ("file", file.clone()),
                ("id", id.clone()),
                ("stem", stem.clone().unwrap_or_default()),
                (
                    "offered",
                    if stem.is_some() { "yes" } else { "no" }.to_string(),
                ),
            ],
            // The title, in the reader's language, is added by `placed_args`.
            ReplacesShipped {
                id,
                offered,
                from_file,
                ..
            } => vec![
                ("id", id.clone()),
                ("stem", offered.clone()),
                (
                    "offered",
                    if *from_file { "yes" } else { "free" }.to_string(),
                ),
            ],
            ReplacesShippedCopies { count, ids, more } => vec![
                ("count", count.to_string()),
                ("ids", ids.clone()),
                ("more", more.to_string()),
            ],
            BrokenLink { target, .. } | OutsideRoot { target } | TourStepIsTour { target } => {
                vec![("target", target.clone())]
            }
            LinkToUnloaded {
                target,
                file,
                line,
                column,
                entries,
                linking,
                ..
            } => vec![
                ("target", target.clone()),
                ("file", file.clone()),
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("entries", entries.to_string()),
                ("linking", linking.clone()),
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
            BadId { value, meant } => vec![
                ("value", value.clone()),
                (
                    "fix",
                    meant.clone().unwrap_or_else(|| "my-entry".to_string()),
                ),
                (
                    "meant",
                    if meant.is_some() { "yes" } else { "no" }.to_string(),
                ),
            ],
            LinkInField { field, found } => {
                vec![("field", field.clone()), ("found", found.clone())]
            }
            TableRowCells { cells, columns } => {
                vec![
                    ("cells", cells.to_string()),
                    ("columns", columns.to_string()),
                ]
            }
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
            FigureTotalUnread { row } => vec![("row", (row + 1).to_string())],
            FigureUnits { field } => vec![("field", field.clone())],
            MnCaseHyphen { found, fix, after } => vec![
                ("found", found.clone()),
                ("fix", fix.clone()),
                ("after", after.clone()),
            ],
            TagsOneList { en, mn, written } => {
                // A side to fill in starts with the names written alike, then "…".
                let lead = |tags: &[String]| match tags.is_empty() {
                    true => String::new(),
                    false => format!("{}, ", tags.join(", ")),
                };
                vec![
                    ("en", en.join(", ")),
                    ("mn", mn.join(", ")),
                    ("en_lead", lead(en)),
                    ("mn_lead", lead(mn)),
                    ("written", written.map_or("both", Lang::code).to_string()),
                ]
            }
            MnLatin { field, word } => vec![("field", field.clone()), ("word", word.clone())],
            EnCyrillic { field, text } => vec![("field", field.clone()), ("text", text.clone())],
            MnSpelling { word, fix } => vec![("word", word.clone()), ("fix", fix.clone())],
            MnDoubledWord { word, times } => {
                vec![("word", word.clone()), ("times", times.to_string())]
            }
            MnThreeDecimals { number } => vec![("number", number.clone())],
            MnThreeDecimalsValue {
                field,
                number,
                smaller,
            } => vec![
                ("field", field.clone()),
                ("number", number.clone()),
                ("smaller", smaller.clone()),
                (
                    "grouped",
                    (smaller.parse::<f64>())
                        .map_or(smaller.clone(), |v| crate::numeric::format(v, 0)),
                ),
            ],
            MnAbbrevFirstUse { abbr, words, .. } => {
                let alone = words.strip_suffix(&format!(" ({abbr})")).unwrap_or(words);
                vec![
                    ("abbr", abbr.clone()),
                    ("words", words.clone()),
                    ("alone", alone.to_string()),
                ]
            }
            UnusedAbbrev { abbr, lang, .. } => {
                vec![("abbr", abbr.clone()), ("lang", lang.code().to_string())]
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
            TabIndent { loaded } => {
                vec![("loaded", if *loaded { "yes" } else { "no" }.to_string())]
            }
            InvalidUtf8 | Utf16 | NulByte | Empty | NoFrontMatter | UnclosedFrontMatter
            | TabInValue | SelfLink | TourStepItself | FindingWithoutAction | Unsourced => {
                vec![]
            }
        }
    }
}
