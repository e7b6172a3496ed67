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
    /// ("Page 3 / 12") at the bottom right, in the language of the page. With one language every
    /// page carries its footer; with two, each language's part of an entry (and of the contents)
    /// prints on pages of its own, named after its language, whose footer is in that language.
    pub fn page_css(&self, l10n: &Localizer, langs: &[Lang]) -> String {
        let first = langs.first().copied().unwrap_or(Lang::En);
        let mut css = format!("@media print{{@page{{{}}}", self.footer(l10n, first));
        if langs.len() > 1 {
            for &lang in langs {
                let code = lang.code();
                css.push_str(&format!(
                    "@page toli-{code}{{{}}}.langs>section[lang=\"{code}\"]{{page:toli-{code}}}",
                    self.footer(l10n, lang)
                ));
            }
        }
        css.push_str("}\n");
        css
    }

    /// The margin boxes of a printed page in `lang`: the stamp and the page number.
    fn footer(&self, l10n: &Localizer, lang: Lang) -> String {
        const FONT: &str = "font:8pt \"Noto Sans\",\"DejaVu Sans\",sans-serif;color:#555";
        format!(
            "@bottom-left{{content:{};{FONT}}}@bottom-right{{content:{} \" \" counter(page) \" / \" counter(pages);{FONT}}}",
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
        let css = stamp().page_css(&Localizer::new(), &[Lang::En]);
        assert!(css.contains("counter(page)") && css.contains("counter(pages)"));
        assert!(css.contains("5 December 2026"));
        assert_eq!(css_string("a\"</style>"), "\"a\\22 \\3c /style\\3e \"");
    }

    #[test]
    fn one_language_prints_every_page_with_its_footer() {
        let l10n = Localizer::new();
        for (lang, page, other) in [(Lang::En, "Page", "Хуудас"), (Lang::Mn, "Хуудас", "Page")]
        {
            let css = stamp().page_css(&l10n, &[lang]);
            assert!(css.contains(page) && !css.contains(other), "{css}");
            assert!(
                !css.contains("@page toli-") && !css.contains("page:toli-"),
                "{css}"
            );
        }
    }

    #[test]
    fn two_languages_print_each_on_pages_named_after_it_with_its_own_footer() {
        let l10n = Localizer::new();
        let css = stamp().page_css(&l10n, &[Lang::Mn, Lang::En]);
        let named = |code: &str| {
            let start = css
                .find(&format!("@page toli-{code}{{"))
                .unwrap_or_else(|| panic!("no page named toli-{code} in {css}"));
            let rest = &css[start..];
            rest[..rest.find(".langs>").unwrap_or(rest.len())].to_string()
        };
        let (mn, en) = (named("mn"), named("en"));
        assert!(
            mn.contains("Хуудас") && mn.contains("2026 оны 12-р сарын 5"),
            "{mn}"
        );
        assert!(!mn.contains("Page") && !mn.contains("December"), "{mn}");
        assert!(
            en.contains("\"Page\"") && en.contains("5 December 2026"),
            "{en}"
        );
        assert!(!en.contains("Хуудас") && !en.contains("оны"), "{en}");
        assert!(
            css.contains(".langs>section[lang=\"mn\"]{page:toli-mn}"),
            "{css}"
        );
        assert!(
            css.contains(".langs>section[lang=\"en\"]{page:toli-en}"),
            "{css}"
        );
    }
}
