//! What a handout says about itself: the day it was exported (in the handout's language, the
//! Mongolian way «2026 оны 12-р сарын 5») and the toli version, shown on its contents page and
//! in the footer of every printed page next to the page number.

use crate::i18n::Localizer;
use crate::lang::Lang;

/// The day and the program a handout was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub date: time::Date,
    pub version: &'static str,
}

impl Stamp {
    /// Today (UTC), or the day of `SOURCE_DATE_EPOCH` when set, for reproducible handouts.
    pub fn now() -> Stamp {
        let fixed = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok());
        Stamp {
            date: fixed.unwrap_or_else(time::OffsetDateTime::now_utc).date(),
            version: env!("CARGO_PKG_VERSION"),
        }
    }

    /// The date as written in `lang`: "5 December 2026", «2026 оны 12-р сарын 5».
    pub fn date(&self, l10n: &Localizer, lang: Lang) -> String {
        let month = l10n.t(
            lang,
            &format!("export2-month-{}", u8::from(self.date.month())),
        );
        l10n.format(
            lang,
            "export2-date",
            &[
                ("day", self.date.day().to_string()),
                ("month", month),
                ("year", self.date.year().to_string()),
            ],
        )
    }

    /// "Exported on 5 December 2026 with toli 0.1.0", in `lang`.
    pub fn line(&self, l10n: &Localizer, lang: Lang) -> String {
        l10n.format(
            lang,
            "export2-made",
            &[
                ("date", self.date(l10n, lang)),
                ("version", self.version.to_string()),
            ],
        )
    }

    /// Print rules for the page margins: this stamp at the bottom left and the page number
    /// ("Page 3 / 12") at the bottom right, in the handout's first language.
    pub fn page_css(&self, l10n: &Localizer, lang: Lang) -> String {
        format!(
            "@media print{{@page{{@bottom-left{{content:{};font:8pt \"Noto Sans\",\"DejaVu Sans\",sans-serif;color:#555}}@bottom-right{{content:{} \" \" counter(page) \" / \" counter(pages);font:8pt \"Noto Sans\",\"DejaVu Sans\",sans-serif;color:#555}}}}}}\n",
            css_string(&self.line(l10n, lang)),
            css_string(&l10n.t(lang, "export2-page")),
        )
    }
}

/// `text` as a quoted CSS string: quotes, backslashes and line breaks escaped, and `<` too, so
/// that it cannot close a `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp() -> Stamp {
        Stamp {
            date: time::Date::from_calendar_date(2026, time::Month::December, 5)
                .expect("a real day"),
            version: "0.1.0",
        }
    }

    #[test]
    fn the_date_is_written_the_way_each_language_writes_it() {
        let l10n = Localizer::new();
        assert_eq!(stamp().date(&l10n, Lang::En), "5 December 2026");
        assert_eq!(stamp().date(&l10n, Lang::Mn), "2026 оны 12-р сарын 5");
        assert!(stamp().line(&l10n, Lang::Mn).contains("toli 0.1.0"));
    }

    #[test]
    fn page_rules_number_the_pages_and_escape_their_text() {
        let css = stamp().page_css(&Localizer::new(), Lang::En);
        assert!(css.contains("counter(page)") && css.contains("counter(pages)"));
        assert!(css.contains("5 December 2026"));
        assert_eq!(css_string("a\"</style>"), "\"a\\22 \\3c /style\\3e \"");
    }
}
