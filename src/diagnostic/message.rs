//! A problem said in the reader's language: its Fluent message, its arguments, and the list
//! item it is in ("row 3: …"). What each problem gives its message to say is `args`.

mod args;

use crate::corpus::model::Kind;
use crate::corpus::parse::LinkField;
use crate::i18n::Localizer;
use crate::lang::Lang;

use super::{LINED_UP, Named, Problem, TEACH_YAML, field_place};

impl Problem {
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
                    // A missing `kind` is given the kind of the file's folder as its example.
                    let about = match (field, kind) {
                        (Some((_, f)), Some(k)) if f == "kind" => l10n.format(
                            lang,
                            "about-kind-in-folder",
                            &[("kind", k.name().to_string())],
                        ),
                        _ => l10n.t(lang, about),
                    };
                    with.push(("about", about));
                    return l10n.format(lang, &format!("problem-{}-about", self.code()), &with);
                }
                format!("problem-{}", self.code())
            }
            Problem::MnThreeDecimalsValue { .. } => "problem-mn-three-decimals-value".to_string(),
            Problem::MnAbbrevFirstUse { once: true, .. } => {
                "problem-mn-abbrev-first-use-once".to_string()
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
            // Each front-matter id is named as the author knows the field; a link in the body
            // is a link.
            Problem::BrokenLink { field, .. } => match field {
                LinkField::Related => "problem-broken-related",
                LinkField::Model => "problem-broken-model",
                LinkField::AddressedBy => "problem-broken-addressed-by",
                LinkField::Actions => "problem-broken-action",
                LinkField::Steps => "problem-broken-step",
                LinkField::Sources => "problem-broken-source",
                LinkField::Figures => "problem-broken-figure",
                LinkField::Body => "problem-broken-link",
            }
            .to_string(),
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
