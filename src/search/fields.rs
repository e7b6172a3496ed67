//! The kind-specific fields of an entry (countries, years, bodies, key figures, case types,
//! authors …) as one searchable line per language. Country codes also give the country's name
//! in that language, so "Mongolia" and "Монгол" find `country: MN`.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::corpus::kinds::Value;
use crate::corpus::model::{Entry, KeyFigure};
use crate::corpus::values::{self, Coded};
use crate::lang::Lang;

/// A country code's name in `lang`, from the same Fluent messages the app shows (`country-MN`).
/// Names are formatted once per code and language: indexing asks for them once per entry.
fn country_name(code: &str, lang: Lang) -> Option<String> {
    type Names = HashMap<(String, Lang), Option<String>>;
    static NAMES: OnceLock<Mutex<Names>> = OnceLock::new();
    let key = (code.to_ascii_uppercase(), lang);
    let names = NAMES.get_or_init(Default::default);
    if let Some(found) = names.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return found;
    }
    let l10n = crate::i18n::Localizer::shared();
    let id = format!("country-{}", key.0);
    let name = l10n.has(lang, &id).then(|| l10n.t(lang, &id));
    if let Ok(mut m) = names.lock() {
        m.insert(key, name.clone());
    }
    name
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn figure(out: &mut Vec<String>, f: &KeyFigure, lang: Lang, shown: bool) {
    // A reader sees a fact whole, as the entry view prints it («Ажилтан: 43 хүн»), so a
    // snippet can show the one a question asks for.
    if shown {
        let places = f
            .places
            .map_or(crate::numeric::decimals(f.value), usize::from);
        out.push(crate::corpus::facts::key_figure(f, lang, places));
        return;
    }
    out.push(f.label.show(lang).to_string());
    out.push(number(f.value));
    out.extend(f.unit.as_ref().map(|u| u.show(lang).to_string()));
    out.extend(f.year.map(|y| y.to_string()));
}

/// The kind-specific fields of an entry as one searchable line in `lang`: every field that
/// [`kinds`](crate::corpus::kinds) marks as searched, codes with their names.
pub fn fields_text(e: &Entry, lang: Lang) -> String {
    line(e, lang, true)
}

/// The same line as a reader sees it in a search snippet: names instead of codes (a code only
/// where it has no name), so the Mongolian view shows «Монгол Улс», not "MN".
pub fn fields_shown(e: &Entry, lang: Lang) -> String {
    line(e, lang, false)
}

/// A figure's table read for an answer: each cell with its row's label ("Socratus Start-up
/// Studio (Box 4)", "22 companies"), so that a question naming a row ("how many companies did
/// Socratus incubate") can be answered from that row, not the first row counting companies.
/// Empty for an entry without rows.
pub fn row_cells(e: &Entry, lang: Lang) -> Vec<(&str, &str)> {
    let mut v = Vec::new();
    for (_, value) in e.fields.values() {
        if let Value::Row(r) = value {
            let label = r.label.show(lang);
            v.extend(
                (r.cells.iter().map(|c| c.show(lang)))
                    .filter(|c| !c.is_empty())
                    .map(|c| (label, c)),
            );
        }
    }
    v
}

fn line(e: &Entry, lang: Lang, with_codes: bool) -> String {
    let mut v: Vec<String> = Vec::new();
    for (spec, value) in e.fields.values() {
        if spec.searched {
            v.extend(value_items(value, lang, with_codes));
        }
    }
    v.retain(|s| !s.is_empty());
    v.join(" · ")
}

/// A code and, where it differs, its name in `lang` ("tax" and "татвар"); a country code
/// with its name ("MN" and "Mongolia"). Shown to a reader: the name alone.
fn coded(v: &mut Vec<String>, field: Coded, c: &str, lang: Lang, with_codes: bool) {
    let name = if field == Coded::Country {
        country_name(c, lang)
    } else {
        Some(values::label(field, c, lang)).filter(|n| n != c)
    };
    // Codes are Latin words: searched in the English line only, where any Latin word
    // typed meets them, and a Cyrillic one never does («говь» is not "governance").
    if (with_codes && lang == Lang::En) || name.is_none() {
        v.push(c.to_string());
    }
    v.extend(name);
}

/// The words one field value gives the fields line in `lang` (with codes: the searched line;
/// without: the line a reader sees). A value that gives nothing is not searched, whatever its
/// field's `searched` says; `corpus::kinds` tests that every searched field gives something.
pub(crate) fn value_items(value: Value, lang: Lang, with_codes: bool) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    match value {
        Value::Text(t) | Value::Link(t) | Value::Url(t) => v.push(t.to_string()),
        Value::Bi(b) | Value::Citation(b) | Value::Name(b) => {
            v.push(b.show(lang).to_string());
        }
        Value::Year(y) => v.push(y.to_string()),
        Value::Number(n) => v.push(n.to_string()),
        Value::Code(field, c) => coded(&mut v, field, c, lang, with_codes),
        Value::Codes(field, list) => {
            for c in list {
                coded(&mut v, field, c, lang, with_codes);
            }
        }
        Value::Position { position, .. } => v.push(position.to_string()),
        Value::Period(p) => v.push(values::period(p, lang)),
        Value::Figure(f) => figure(&mut v, f, lang, !with_codes),
        // A step's note is for the trainer's screen: readers never see it, so a search
        // does not find the tour by it (it would put tours before the entries that answer).
        Value::Step(_) => {}
        Value::Row(r) => {
            v.push(r.label.show(lang).to_string());
            v.extend(r.value.map(number));
            v.extend(r.year.map(|y| y.to_string()));
            v.extend(r.cells.iter().map(|c| c.show(lang).to_string()));
        }
        Value::Setting(s) => v.push(s.to_string()),
        Value::Amount(a) => v.push(number(a)),
    }
    v.retain(|s| !s.is_empty());
    v
}

#[cfg(test)]
#[path = "fields_kinds_tests.rs"]
mod kinds_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers() {
        assert_eq!(country_name("mn", Lang::En).as_deref(), Some("Mongolia"));
        assert_eq!(country_name("MN", Lang::Mn).as_deref(), Some("Монгол Улс"));
        assert_eq!(country_name("XX", Lang::En), None);
        assert_eq!(number(2016.0), "2016");
        assert_eq!(number(13.9), "13.9");
    }

    #[test]
    fn a_reader_sees_names_where_search_also_has_codes() {
        let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let e = c.get("itp-emeelt").expect("a shipped case");
        let items = |line: String| line.split(" · ").map(str::to_string).collect::<Vec<_>>();
        let searched = items(fields_text(e, Lang::Mn));
        let shown = items(fields_shown(e, Lang::Mn));
        let english = items(fields_text(e, Lang::En));
        assert!(english.contains(&"MN".to_string()), "{english:?}");
        assert!(
            !searched.contains(&"MN".to_string()),
            "a Latin code only in English: {searched:?}"
        );
        assert!(shown.contains(&"Монгол Улс".to_string()), "{shown:?}");
        assert!(!shown.contains(&"MN".to_string()), "{shown:?}");
    }
}
