//! Coded values written as their names: `country: Монгол` is `MN`, `type: хууль` is `law`.
//! The names are the app's own labels of the codes (`country-MN = Монгол Улс` in both
//! languages' Fluent files), so an author can write what the app shows; `toli check` then says
//! which code to write.

use crate::corpus::values::{Coded, label};
use crate::lang::Lang;

/// A name as compared: lower case, single spaces.
fn normal(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The names of `code` in `field`: its labels in both languages, and a country's short name
/// (`Монгол` for `Монгол Улс`).
fn names(field: Coded, code: &str) -> Vec<String> {
    let mut names: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| normal(&label(field, code, lang)))
        .collect();
    let short: Vec<String> = names
        .iter()
        .filter_map(|n| n.strip_suffix(" улс").map(str::to_string))
        .collect();
    names.extend(short);
    names
}

/// The code of `field` whose name `value` is, when exactly one code has that name.
pub(super) fn code_named(field: Coded, value: &str) -> Option<&'static str> {
    let value = normal(value);
    let mut found = field
        .codes()
        .iter()
        .copied()
        .filter(|code| names(field, code).contains(&value));
    let code = found.next()?;
    found.next().is_none().then_some(code)
}

/// The code whose code or name is closest to a misspelt `value`, for a "did you mean".
pub(super) fn closest_code(field: Coded, value: &str) -> Option<&'static str> {
    let codes = field.codes();
    if let Some(code) = crate::suggest::closest(value, codes.iter().copied()) {
        return Some(code);
    }
    let named: Vec<(String, &'static str)> = codes
        .iter()
        .flat_map(|&code| names(field, code).into_iter().map(move |n| (n, code)))
        .collect();
    let name = crate::suggest::closest(value, named.iter().map(|(n, _)| n.as_str()))?;
    named.iter().find(|(n, _)| n == name).map(|(_, code)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_mongolian_and_english_names_give_their_codes() {
        assert_eq!(code_named(Coded::Country, "Монгол"), Some("MN"));
        assert_eq!(code_named(Coded::Country, "монгол  улс"), Some("MN"));
        assert_eq!(code_named(Coded::Country, "Mongolia"), Some("MN"));
        assert_eq!(code_named(Coded::PolicyType, "хууль"), Some("law"));
        assert_eq!(code_named(Coded::CaseType, "хөтөлбөр"), Some("programme"));
        assert_eq!(code_named(Coded::Sector, "хүнс"), Some("food"));
        assert_eq!(code_named(Coded::Country, "Монголия"), None);
    }

    #[test]
    fn a_misspelt_name_suggests_its_code() {
        assert_eq!(closest_code(Coded::PolicyType, "хуул"), Some("law"));
        assert_eq!(closest_code(Coded::Country, "Монголл"), Some("MN"));
        assert_eq!(closest_code(Coded::PolicyType, "laws"), Some("law"));
    }
}
