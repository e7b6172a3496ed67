//! Numbers in messages. A number given as an argument (`{ $n }`) prints as given: years, line
//! and step numbers, ids of processes, a `--limit` to type. A count a message wants read as a
//! count asks for it with Fluent's `NUMBER()` (`{ NUMBER($entries) }`), which groups its
//! thousands as CLDR writes numbers in English and in Mongolian alike (`50,000`, see
//! [`crate::numeric::format`]), unless given `useGrouping: "false"` — `Intl.NumberFormat`'s
//! default, which fluent-bundle reads but does not apply: its formatter hook does.
//!
//! An argument keeps fluent-bundle's default options, because a variant key (`[0]`) matches a
//! number only when their options are equal too; `NUMBER()` marks its number by setting
//! `minimumIntegerDigits` (1 unless the message gives one, which changes no digit here). So a
//! selector takes the variable itself (`{ $n -> [0] … }`), and `NUMBER()` goes in the text.

use fluent_bundle::{FluentArgs, FluentValue};

/// `NUMBER()`: its number marked to be grouped, unless the message says
/// `useGrouping: "false"`; the other options as fluent-bundle reads them.
pub fn number<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(FluentValue::Number(n)) = positional.first() else {
        return FluentValue::Error;
    };
    let mut n = n.clone();
    n.options.minimum_integer_digits = Some(1);
    n.options.merge(named);
    FluentValue::Number(n)
}

/// The bundle's number formatter: a number `NUMBER()` marked to group, with its thousands
/// grouped and its decimals kept (at least `minimumFractionDigits`); any other left to
/// fluent-bundle, which prints it as given.
pub fn grouped<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if !n.options.use_grouping || n.options.minimum_integer_digits.is_none() {
        return None;
    }
    let least = n.options.minimum_fraction_digits.unwrap_or(0);
    let places = crate::numeric::decimals(n.value).max(least);
    Some(crate::numeric::format(n.value, places))
}

#[cfg(test)]
mod tests {
    use crate::i18n::Localizer;
    use crate::lang::Lang;

    /// `toli check` counts its entries with the thousands grouped, in both languages (CLDR
    /// writes `50,000` for `en` and for `mn`), one and many still told apart; a number given
    /// as it is (a year, a step) is never grouped.
    #[test]
    fn counts_group_their_thousands_and_other_numbers_print_as_given() {
        let l = Localizer::new();
        let summary = |lang, entries: &str, errors: &str, warnings: &str| {
            let args = [
                ("entries", entries.to_string()),
                ("errors", errors.to_string()),
                ("warnings", warnings.to_string()),
            ];
            l.format(lang, "check-summary", &args)
        };
        assert_eq!(
            summary(Lang::En, "50000", "1234", "1"),
            "50,000 entries, 1,234 errors, 1 warning"
        );
        assert_eq!(
            summary(Lang::Mn, "50000", "1234", "1"),
            "50,000 бичлэг, 1,234 алдаа, 1 анхааруулга"
        );
        let clean = |lang, n: &str| l.format(lang, "check-clean", &[("entries", n.to_string())]);
        assert_eq!(clean(Lang::En, "1"), "1 entry, no problems");
        assert_eq!(clean(Lang::En, "999"), "999 entries, no problems");
        assert_eq!(clean(Lang::En, "1000000"), "1,000,000 entries, no problems");
        assert_eq!(clean(Lang::Mn, "50000"), "50,000 бичлэг, асуудалгүй");
        // Numbers given as they are: a step, a year, a --limit to type back.
        let more = [("shown", "20".to_string()), ("total", "2022".to_string())];
        assert_eq!(
            l.format(Lang::En, "cli-search-more", &more),
            "the best 20 of 2022 shown; --limit 2022 lists them all"
        );
        // A variant for one number (`[0]`) is still chosen by an argument.
        let none = [("errors", "1".to_string()), ("warnings", "0".to_string())];
        let mut none = none.to_vec();
        none.push(("command", "toli check".to_string()));
        assert_eq!(
            l.format(Lang::En, "teach-load-errors", &none),
            "1 error in the content — ! shows them; or run: toli check"
        );
    }
}
