//! The kind-specific fields of an entry (countries, years, bodies, key figures, case types,
//! authors …) as one searchable line per language. Country codes also give the country's name
//! in that language, so "Mongolia" and "Монгол" find `country: MN`.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::corpus::model::{Bi, Entry, KeyFigure, KindFields};
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

fn figures(out: &mut Vec<String>, figs: &[KeyFigure], lang: Lang) {
    for f in figs {
        out.push(f.label.show(lang).to_string());
        out.push(number(f.value));
        if let Some(u) = &f.unit {
            out.push(u.show(lang).to_string());
        }
        if let Some(y) = f.year {
            out.push(y.to_string());
        }
    }
}

/// The kind-specific fields of an entry as one searchable line in `lang`.
pub fn fields_text(e: &Entry, lang: Lang) -> String {
    let mut v: Vec<String> = Vec::new();
    let bi = |b: &Option<Bi<String>>| b.as_ref().map(|b| b.show(lang).to_string());
    let country = |v: &mut Vec<String>, c: &str| {
        v.push(c.to_string());
        v.extend(country_name(c, lang));
    };
    // A code and, where it differs, its name in `lang` ("tax" and "татвар").
    let coded = |v: &mut Vec<String>, field: Coded, c: &str| {
        v.push(c.to_string());
        let name = values::label(field, c, lang);
        if name != c {
            v.push(name);
        }
    };
    match &e.fields {
        KindFields::Definition { defined_by } => {
            v.extend(defined_by.iter().map(|d| d.show(lang).to_string()))
        }
        KindFields::Stage {
            model,
            position,
            period,
        } => {
            v.push(model.clone());
            v.push(position.to_string());
            v.extend(period.as_deref().map(|p| values::period(p, lang)));
        }
        KindFields::Policy {
            country: c,
            year,
            policy_type,
            responsible_body,
            instrument,
        } => {
            country(&mut v, c);
            v.extend(year.map(|y| y.to_string()));
            coded(&mut v, Coded::PolicyType, policy_type.code());
            v.extend(bi(responsible_body));
            if let Some(i) = instrument {
                coded(&mut v, Coded::Instrument, i);
            }
        }
        KindFields::Case {
            country: c,
            case_type,
            ownership,
            established,
            status,
            sector,
            key_figures,
            profile,
        } => {
            country(&mut v, c);
            coded(&mut v, Coded::CaseType, case_type);
            if let Some(o) = ownership {
                coded(&mut v, Coded::Ownership, o);
            }
            v.extend(established.map(|y| y.to_string()));
            v.extend(bi(status));
            for s in sector {
                coded(&mut v, Coded::Sector, s);
            }
            figures(&mut v, key_figures, lang);
            if let Some(p) = profile {
                for s in [
                    &p.about,
                    &p.management,
                    &p.international,
                    &p.success_stories,
                    &p.contacts,
                ] {
                    v.extend(bi(s));
                }
            }
        }
        KindFields::Finding {
            number: n,
            evidence,
            ..
        } => {
            v.extend(n.map(|n| n.to_string()));
            figures(&mut v, evidence, lang);
        }
        KindFields::Recommendation { challenge, .. } => v.push(challenge.show(lang).to_string()),
        KindFields::Action { actor } => v.extend(bi(actor)),
        KindFields::Source {
            author,
            year,
            publisher,
            ..
        } => {
            v.push(author.clone());
            v.extend(year.map(|y| y.to_string()));
            v.extend(publisher.clone());
        }
        KindFields::Tour { steps } => v.extend(steps.iter().map(|s| s.note.show(lang).to_string())),
        KindFields::Figure {
            unit,
            columns,
            rows,
            ..
        } => {
            v.extend(bi(unit));
            v.extend(columns.iter().map(|c| c.show(lang).to_string()));
            for r in rows {
                v.push(r.label.show(lang).to_string());
                v.extend(r.value.map(number));
                v.extend(r.year.map(|y| y.to_string()));
                v.extend(r.cells.iter().map(|c| c.show(lang).to_string()));
            }
        }
    }
    v.retain(|s| !s.is_empty());
    v.join(" · ")
}

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
}
