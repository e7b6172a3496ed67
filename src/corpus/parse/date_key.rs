//! A front-matter key that names a date, guessed as the kind's own date field: `date:` (or
//! `огноо:`, `он:`) in a policy or a source is its `year`, in a stage its `period`, in a case
//! its `established`; so is another kind's date field, written there or misspelt (`year:` or
//! `yaer:` in a case). Which fields are dates comes from `corpus::kinds`.

use crate::corpus::kinds;
use crate::corpus::model::Kind;
use crate::diagnostic::{Diagnostic, Problem};
use crate::suggest::closest;

/// Keys people write for an entry's date, in English and in Mongolian.
const DATE_WORDS: &[&str] = &[
    "date",
    "dates",
    "dated",
    "when",
    "yr",
    "years",
    "огноо",
    "он",
    "жил",
    "хэзээ",
    "хугацаа",
];

/// The date fields of `kind`, in the order the facts view shows them.
fn date_fields(kind: Kind) -> Vec<&'static str> {
    (kinds::fields(kind).iter())
        .filter(|f| f.date.is_some())
        .map(|f| f.name)
        .collect()
}

/// Whether some kind has a date field named `key`.
fn is_date_field(key: &str) -> bool {
    Kind::ALL.iter().any(|&k| date_fields(k).contains(&key))
}

/// The date field of `kind` that key `written` was meant to be, when it names a date and
/// `guessed` (the known field spelt most like it) is not one of `kind`'s: the one of `kind`'s
/// date fields spelt most like it, else its first. None for a kind without a date.
fn meant(kind: Kind, written: &str, guessed: Option<&str>) -> Option<&'static str> {
    let own = date_fields(kind);
    let first = *own.first()?;
    if guessed.is_some_and(|g| own.contains(&g)) {
        return None;
    }
    let names_a_date = DATE_WORDS.contains(&written.trim().to_lowercase().as_str())
        || is_date_field(written)
        || guessed.is_some_and(is_date_field);
    names_a_date.then(|| closest(written, own.iter().copied()).unwrap_or(first))
}

/// Points each unknown top-level key and each field of another kind that names a date at the
/// date field of `kind` ("did you mean `year`?"), in place of a guess `kind` has no field for.
pub(super) fn suggest(kind: Kind, diagnostics: &mut [Diagnostic]) {
    for d in diagnostics {
        let written = match &d.problem {
            Problem::UnknownField { field } if !field.contains('.') => field,
            Problem::FieldNotForKind { field, .. } => field,
            _ => continue,
        };
        if let Some(own) = meant(kind, written, d.suggestion.as_deref()) {
            d.suggestion = Some(own.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;
    use crate::lang::Lang;

    /// `toli check`'s line for each problem of `text`, a file of `kind`'s folder, in `lang`.
    fn checked(folder: &str, text: &str, lang: Lang) -> Vec<String> {
        let parsed = super::super::parse_entry(&format!("{folder}/x.md"), text, false);
        let l10n = Localizer::new();
        (parsed.diagnostics.iter())
            .map(|d| d.render(&l10n, lang))
            .collect()
    }

    /// `date:` in a policy asks for its `year`, and is not also reported as a missing year;
    /// `year:` in a case asks for its `established`: in both languages.
    #[test]
    fn toli_check_asks_for_the_kind_s_date_field_in_both_languages() {
        let policy = "---\nid: x\nkind: policy\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\n\
                      sources: [{id: src, locator: p. 1}]\ncountry: MN\ntype: law\ndate: 2015\n\
                      ---\n::: en\nx\n::: mn\nх\n";
        assert_eq!(
            checked("policies", policy, Lang::En),
            ["policies/x.md:9:1: error: unknown field `date` — did you mean `year`?"]
        );
        assert_eq!(
            checked("policies", policy, Lang::Mn),
            ["policies/x.md:9:1: алдаа: үл мэдэх талбар `date` — `year` гэж бичих гэсэн үү?"]
        );
        let case = policy
            .replace("kind: policy", "kind: case")
            .replace("type: law", "type: park")
            .replace("date: 2015", "year: 2015");
        assert_eq!(
            checked("cases", &case, Lang::En),
            [
                "cases/x.md:9:1: error: field `year` does not apply to entries of kind Case — did \
                 you mean `established`?"
            ]
        );
        assert_eq!(
            checked("cases", &case, Lang::Mn),
            [
                "cases/x.md:9:1: алдаа: `year` талбар «Жишээ» төрлийн бичлэгт хамаарахгүй — \
                 `established` гэж бичих гэсэн үү?"
            ]
        );
    }

    #[test]
    fn a_date_word_means_the_kind_s_date_field() {
        for (kind, field) in [
            (Kind::Policy, "year"),
            (Kind::Source, "year"),
            (Kind::Stage, "period"),
            (Kind::Case, "established"),
        ] {
            for word in ["date", "Date", "when", "огноо", "он"] {
                assert_eq!(meant(kind, word, None), Some(field), "{word} in a {kind:?}");
            }
        }
        assert_eq!(meant(Kind::Definition, "date", None), None, "no date field");
        assert_eq!(meant(Kind::Policy, "title", None), None, "not a date");
    }

    #[test]
    fn another_kind_s_date_field_means_this_kind_s() {
        assert_eq!(meant(Kind::Case, "year", None), Some("established"));
        assert_eq!(
            meant(Kind::Case, "yaer", Some("year")),
            Some("established"),
            "misspelt, guessed as a field a case does not have"
        );
        assert_eq!(meant(Kind::Policy, "period", None), Some("year"));
        assert_eq!(
            meant(Kind::Case, "licenced", Some("licensed")),
            None,
            "kept"
        );
        assert_eq!(meant(Kind::Policy, "yaer", Some("year")), None, "kept");
        assert_eq!(
            meant(Kind::Policy, "countyr", Some("country")),
            None,
            "not a date"
        );
    }
}
