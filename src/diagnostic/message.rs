//! A problem said in the reader's language: its Fluent message, its arguments, and the list
//! item it is in ("row 3: …").

use crate::i18n::Localizer;
use crate::lang::Lang;

use super::{LINED_UP, Named, Problem, TEACH_YAML, field_place};
use crate::corpus::model::Kind;

impl Problem {
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
            UnknownSection { marker } => vec![("marker", marker.clone())],
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
            BrokenLink { target, .. } | OutsideRoot { target } => {
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
            MnAbbrevFirstUse { abbr, words } => {
                vec![("abbr", abbr.clone()), ("words", words.clone())]
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
            | TabInValue | SelfLink | FindingWithoutAction | Unsourced => {
                vec![]
            }
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
    pub(super) fn placed_args(
        &self,
        l10n: &Localizer,
        lang: Lang,
    ) -> (Option<String>, Vec<(&'static str, String)>) {
        let mut args = self.args();
        if let Problem::ReplacesShipped {
            title_en, title_mn, ..
        } = self
        {
            let title = match lang {
                Lang::En => title_en,
                Lang::Mn => title_mn,
            };
            args.push(("title", title.clone()));
        }
        // A kind is named as the kinds' own messages name it («Жишээ», "Case"), not by the
        // code written in a file's `kind:`.
        let named_kind = match self {
            Problem::FieldNotForKind { kind, .. } => Some(("kind", *kind)),
            Problem::WrongLinkKind { expected, .. } => Some(("expected", *expected)),
            _ => None,
        };
        if let Some((key, kind)) = named_kind
            && let Some(arg) = args.iter_mut().find(|(k, _)| *k == key)
        {
            arg.1 = l10n.t(lang, &format!("kind-{}", kind.name()));
        }
        if let Problem::BadValue {
            expected, named, ..
        }
        | Problem::MissingCoded {
            expected, named, ..
        } = self
            && let Some(arg) = args.iter_mut().find(|(k, _)| *k == "expected")
        {
            arg.1 = listed(expected, *named, l10n, lang);
        }
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
    pub(super) fn message_with(
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
            Problem::MnCaseHyphen { after, .. } if after == "postposition" => {
                "problem-mn-postposition-hyphen".to_string()
            }
            Problem::EnCyrillic { field, .. } if field.ends_with("locator") => {
                "problem-en-cyrillic-locator".to_string()
            }
            Problem::MissingLanguage { field, .. } if field.ends_with("locator") => {
                "problem-missing-language-locator".to_string()
            }
            // A required field said with what it holds and an example, where `corpus::kinds`
            // describes it.
            Problem::MissingField { kind, .. } | Problem::EmptyField { kind, .. } => {
                let field = args.iter().find(|(k, _)| *k == "field");
                let about = field.and_then(|(_, f)| crate::corpus::kinds::about(*kind, f));
                if let Some(about) = about {
                    let mut with = args.to_vec();
                    with.push(("about", l10n.t(lang, about)));
                    return l10n.format(lang, &format!("problem-{}-about", self.code()), &with);
                }
                format!("problem-{}", self.code())
            }
            Problem::TableRowCells { cells, columns } if cells > columns => {
                "problem-table-row-cells-more".to_string()
            }
            Problem::Yaml { detail } => {
                if let Some((code, name)) = detail
                    .strip_prefix(TEACH_YAML)
                    .and_then(|rest| rest.split_once(':'))
                {
                    let id = format!("teach-yaml-{code}");
                    let (name, fixed) = name.split_once(LINED_UP).unwrap_or((name, ""));
                    let spaces = fixed.len() - fixed.trim_start_matches(' ').len();
                    let args = [
                        ("name", name.to_string()),
                        ("fixed", fixed.trim_start().to_string()),
                        ("spaces", spaces.to_string()),
                    ];
                    return l10n.format(lang, &id, &args);
                }
                format!("problem-{}", self.code())
            }
            _ => format!("problem-{}", self.code()),
        };
        l10n.format(lang, &id, args)
    }
}

/// The values of `expected` (`, ` between them), each with its name in `lang` where that is
/// not the value itself: `organisation (байгууллага)`, `ppp (public–private partnership)`.
fn listed(expected: &str, named: Named, l10n: &Localizer, lang: Lang) -> String {
    let name = |value: &str| -> Option<String> {
        match named {
            Named::Plain => None,
            Named::Coded(coded) => {
                let id = coded.message_id(value);
                l10n.has(lang, &id).then(|| l10n.t(lang, &id))
            }
            Named::Kinds => match lang {
                Lang::En => None,
                Lang::Mn => Kind::parse(value).map(|k| k.mongolian_name().to_string()),
            },
        }
    };
    let values = expected.split(", ").map(|value| match name(value) {
        Some(n) if n.to_lowercase() != value.to_lowercase() => {
            format!("{value} ({n})")
        }
        _ => value.to_string(),
    });
    values.collect::<Vec<_>>().join(", ")
}

/// `message` after `place` (the list item a problem is in), when there is one.
pub(super) fn at_place(
    l10n: &Localizer,
    lang: Lang,
    place: Option<String>,
    message: String,
) -> String {
    match place {
        Some(place) => l10n.format(
            lang,
            "problem-at-place",
            &[("place", place), ("problem", message)],
        ),
        None => message,
    }
}

#[cfg(test)]
#[path = "message_tests.rs"]
mod tests;
