//! Controlled values in the reader's language. Each code a file may give (a country, a case or
//! policy type, an ownership, a sector, an instrument) is a Fluent message named
//! `<field>-<code>` (`country-MN`, `case-type-park`), so views never print a bare code; the codes
//! the parser accepts are listed here, and a test checks each has a name in both languages.
//! A stage's period that is a duration ("2 months") is localised too, and numbers that are
//! years print without a thousands separator.

use crate::i18n::Localizer;
use crate::lang::Lang;

/// A field whose values are codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub enum Coded {
    Country,
    CaseType,
    PolicyType,
    Ownership,
    Sector,
    Instrument,
}

/// Countries and areas, as ISO codes or the bodies the sources name.
pub const COUNTRIES: &[&str] = &[
    "APEC", "AU", "CA", "CN", "DK", "EU", "GB", "JP", "KR", "KZ", "LT", "MN", "RU", "TW", "US",
];
pub const CASE_TYPES: &[&str] = &[
    "park",
    "cluster",
    "incubator",
    "programme",
    "organisation",
    "platform",
    "company",
    "ecosystem",
];
pub const POLICY_TYPES: &[&str] = &["law", "strategy", "programme", "incentive"];
/// `state` (owned by the state) and `local` (owned by a local government) are narrower than
/// `public`, which the sources use when they do not say which.
pub const OWNERSHIPS: &[&str] = &[
    "public",
    "state",
    "local",
    "private",
    "ppp",
    "university",
    "academy",
    "mixed",
];
pub const SECTORS: &[&str] = &[
    "ict",
    "agriculture",
    "food",
    "mining",
    "manufacturing",
    "energy",
    "biotech",
    "pharma",
    "aerospace",
    "automotive",
    "petrochemical",
    "textile",
    "leather",
    "construction",
    "tourism",
    "education",
    "research",
    "robotics",
    "creative",
    "logistics",
    "multi",
];
pub const INSTRUMENTS: &[&str] = &[
    "regulation",
    "tax",
    "finance",
    "infrastructure",
    "network",
    "skills",
    "governance",
];

impl Coded {
    pub const ALL: [Coded; 6] = [
        Coded::Country,
        Coded::CaseType,
        Coded::PolicyType,
        Coded::Ownership,
        Coded::Sector,
        Coded::Instrument,
    ];

    /// The codes the parser accepts for this field.
    pub fn codes(self) -> &'static [&'static str] {
        match self {
            Coded::Country => COUNTRIES,
            Coded::CaseType => CASE_TYPES,
            Coded::PolicyType => POLICY_TYPES,
            Coded::Ownership => OWNERSHIPS,
            Coded::Sector => SECTORS,
            Coded::Instrument => INSTRUMENTS,
        }
    }

    /// The Fluent id of `code`'s name.
    pub fn message_id(self, code: &str) -> String {
        let prefix = match self {
            Coded::Country => "country",
            Coded::CaseType => "case-type",
            Coded::PolicyType => "policy-type",
            Coded::Ownership => "ownership",
            Coded::Sector => "sector",
            Coded::Instrument => "instrument",
        };
        let code = match self {
            Coded::Country => code.to_ascii_uppercase(),
            _ => code.to_string(),
        };
        format!("{prefix}-{code}")
    }
}

/// The name of `code` in `lang`; an unknown code (reported by `toli check`) shows as written.
pub fn label(field: Coded, code: &str, lang: Lang) -> String {
    let l10n = Localizer::shared();
    let id = field.message_id(code);
    if l10n.has(lang, &id) {
        l10n.t(lang, &id)
    } else {
        code.to_string()
    }
}

/// A stage's period in `lang`: a duration (`1 month`, `2 years`) in words of `lang`, anything
/// else (a year, a span of years) as written.
pub fn period(text: &str, lang: Lang) -> String {
    match super::dates::duration(text) {
        Some((n, unit)) => {
            let id = format!("duration-{unit}s");
            Localizer::shared().format(lang, &id, &[("n", n.to_string())])
        }
        None => text.to_string(),
    }
}

/// True when a number without a unit is a year: a whole number from 1800 to 2100.
pub fn is_year(value: f64, has_unit: bool) -> bool {
    !has_unit && value.fract() == 0.0 && (1800.0..=2100.0).contains(&value)
}

/// A number as a person writes it with `places` decimals (`28,696`, `1,868.30`; see
/// [`crate::numeric::format`]), but a year as a year (`2016`).
pub fn number(value: f64, has_unit: bool, places: usize) -> String {
    if is_year(value, has_unit) {
        format!("{value:.0}")
    } else {
        crate::numeric::format(value, places)
    }
}

/// A count of thousands over a thousand (`3348` "thousand people") as English writes it, in
/// millions with the thousands as decimals, no trailing zeros, and the unit one step up:
/// `3.348` "million people", as the UNCTAD report gives Mongolia's population. Mongolian keeps
/// the thousands («3,348 мянган хүн»): a point before three decimals reads as a thousands group
/// there (content/GLOSSARY.md, Review 27 numbers). None for any other value or unit.
pub fn english_millions(value: f64, unit: &str) -> Option<(String, String)> {
    let rest = unit.strip_prefix("thousand ")?;
    let whole = value.fract() == 0.0 && value.abs() >= 1000.0;
    whole.then(|| {
        // As many decimals as the thousands need: 3.348, 12.5, 4.
        let millions = crate::numeric::format(value / 1000.0, 3);
        let millions = match millions.contains('.') {
            true => millions
                .trim_end_matches('0')
                .trim_end_matches('.')
                .to_string(),
            false => millions,
        };
        (millions, format!("million {rest}"))
    })
}

/// A rank (a key figure whose English unit is "rank", with words after it or not) as readers
/// write one: an ordinal, English `79th`, `3,151st`, with what follows "rank" in its unit
/// (`448th (up 24 places)`); Mongolian «79-р» before its unit as written («79-р байр», «448-р
/// байр (24 байраар ахисан)»: content/GLOSSARY.md, "a rank in prose"). None when the unit is
/// not a rank or the value is not a whole number from 1: then it reads as any number.
pub fn rank(value: f64, unit_en: &str, unit: &str, lang: Lang) -> Option<(String, String)> {
    let rest = unit_en.trim().strip_prefix("rank")?;
    let word_ends = rest.is_empty() || rest.starts_with([' ', '(']);
    if !word_ends || value.fract() != 0.0 || value < 1.0 {
        return None;
    }
    let number = crate::numeric::format(value, 0);
    Some(match lang {
        Lang::En => (english_ordinal(&number, value), rest.trim().to_string()),
        Lang::Mn => (format!("{number}-р"), unit.trim().to_string()),
    })
}

/// `number` (written from the whole `value`) with its English ordinal ending: 1st, 2nd, 3rd,
/// 4th, 11th to 13th, 21st, 112th, 3,151st.
fn english_ordinal(number: &str, value: f64) -> String {
    let n = value.abs() as u64;
    let ending = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    format!("{number}{ending}")
}

/// `text` with its first letter in capitals: a unit or a message written to follow other words,
/// shown as a heading or a sentence of its own («эрдэм шинжилгээний бүтээл» over a column).
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key figure in the unit "rank" reads as an ordinal in both languages; any other unit,
    /// or a value that is no place in a ranking, is left to read as a number.
    #[test]
    fn a_rank_reads_as_an_ordinal_in_both_languages() {
        let en = |v: f64, unit: &str| rank(v, unit, unit, Lang::En);
        let shown = |v: f64| en(v, "rank").map(|(n, _)| n);
        for (v, said) in [
            (1.0, "1st"),
            (2.0, "2nd"),
            (3.0, "3rd"),
            (4.0, "4th"),
            (11.0, "11th"),
            (12.0, "12th"),
            (13.0, "13th"),
            (14.0, "14th"),
            (21.0, "21st"),
            (79.0, "79th"),
            (101.0, "101st"),
            (112.0, "112th"),
            (448.0, "448th"),
            (3151.0, "3,151st"),
        ] {
            assert_eq!(shown(v).as_deref(), Some(said), "{v}");
        }
        assert_eq!(
            en(448.0, "rank (up 24 places)"),
            Some(("448th".into(), "(up 24 places)".into()))
        );
        assert_eq!(en(79.0, "rank"), Some(("79th".into(), String::new())));
        let mn = |v: f64, en_unit: &str, unit: &str| rank(v, en_unit, unit, Lang::Mn);
        assert_eq!(
            mn(79.0, "rank", "байр"),
            Some(("79-р".into(), "байр".into()))
        );
        assert_eq!(
            mn(448.0, "rank (up 24 places)", "байр (24 байраар ахисан)"),
            Some(("448-р".into(), "байр (24 байраар ахисан)".into()))
        );
        assert_eq!(
            mn(3151.0, "rank", "байр").map(|(n, _)| n).as_deref(),
            Some("3,151-р")
        );
        // Not ranks: another unit, a word that only begins with "rank", no whole place.
        assert_eq!(en(5.0, "ranking points"), None);
        assert_eq!(en(5.0, "(rank)"), None);
        assert_eq!(en(2.5, "rank"), None);
        assert_eq!(en(0.0, "rank"), None);
    }

    #[test]
    fn english_says_thousands_over_a_thousand_in_millions() {
        let said = english_millions(3348.0, "thousand people");
        assert_eq!(said, Some(("3.348".into(), "million people".into())));
        let said = english_millions(12_500.0, "thousand tugrik");
        assert_eq!(said, Some(("12.5".into(), "million tugrik".into())));
        let said = english_millions(4000.0, "thousand people");
        assert_eq!(said, Some(("4".into(), "million people".into())));
        assert_eq!(english_millions(950.0, "thousand people"), None);
        assert_eq!(english_millions(3348.5, "thousand people"), None);
        assert_eq!(english_millions(3348.0, "people"), None);
    }

    #[test]
    fn every_accepted_code_has_a_name_in_both_languages() {
        let l10n = Localizer::new();
        for field in Coded::ALL {
            for code in field.codes() {
                let id = field.message_id(code);
                for lang in Lang::ALL {
                    assert!(l10n.has(lang, &id), "{id} missing in {}", lang.code());
                }
                let mn = l10n.t(Lang::Mn, &id);
                assert!(
                    !mn.chars().any(|c| c.is_ascii_lowercase()),
                    "{id} in Mongolian is not Mongolian: {mn}"
                );
            }
        }
    }

    #[test]
    fn codes_show_in_the_readers_language() {
        assert_eq!(label(Coded::Country, "APEC", Lang::Mn), "АНДЭЗХАБ");
        assert_eq!(label(Coded::Country, "mn", Lang::En), "Mongolia");
        assert_eq!(label(Coded::CaseType, "programme", Lang::Mn), "хөтөлбөр");
        assert_eq!(label(Coded::Instrument, "tax", Lang::Mn), "татвар");
        assert_eq!(label(Coded::Ownership, "private", Lang::Mn), "хувийн өмч");
        assert_eq!(label(Coded::Sector, "ict", Lang::Mn), "МХХТ");
        assert_eq!(label(Coded::Sector, "no-such", Lang::Mn), "no-such");
    }

    #[test]
    fn durations_are_localised_and_years_left_alone() {
        assert_eq!(period("1 month", Lang::Mn), "1 сар");
        assert_eq!(period("2 months", Lang::Mn), "2 сар");
        assert_eq!(period("2 months", Lang::En), "2 months");
        assert_eq!(period("1 year", Lang::En), "1 year");
        assert_eq!(period("2008–2015", Lang::Mn), "2008–2015");
        assert_eq!(period("2015–", Lang::Mn), "2015–");
    }

    #[test]
    fn years_take_no_thousands_separator() {
        assert_eq!(number(2016.0, false, 0), "2016");
        assert_eq!(number(1800.0, false, 2), "1800");
        assert_eq!(
            number(2016.0, true, 0),
            "2,016",
            "2016 companies is a count"
        );
        assert_eq!(number(1868.3, false, 2), "1,868.30");
        assert_eq!(number(28696.0, false, 0), "28,696");
    }
}
