//! The file `toli new` writes: a bilingual entry of any kind whose every required value is a
//! `TODO:` placeholder (which `toli check` reports until it is replaced), with the optional
//! fields of the kind as comments to uncomment.

use crate::corpus::model::Kind;
use crate::corpus::parse::PLACEHOLDER;
use crate::i18n::Localizer;
use crate::lang::Lang;

pub use crate::corpus::kinds::folder;

/// The skeleton's comments and placeholder hints, in the user's language (messages
/// `skeleton-*` of `locales/*/cli-help.ftl`); field names and example values stay as they must
/// be written.
pub struct Hints<'a> {
    l10n: &'a Localizer,
    lang: Lang,
}

impl<'a> Hints<'a> {
    pub fn new(l10n: &'a Localizer, lang: Lang) -> Hints<'a> {
        Hints { l10n, lang }
    }

    /// The message `skeleton-ID`.
    fn say(&self, id: &str) -> String {
        self.l10n.t(self.lang, &format!("skeleton-{id}"))
    }

    /// The message `skeleton-ID` with its arguments.
    fn say_with(&self, id: &str, args: &[(&'static str, String)]) -> String {
        self.l10n.format(self.lang, &format!("skeleton-{id}"), args)
    }

    /// A quoted placeholder: `"TODO: …"`, which `toli check` reports until it is replaced.
    fn todo(&self, id: &str) -> String {
        format!("\"{PLACEHOLDER} {}\"", self.say(id))
    }

    /// The placeholder of a Mongolian field: in Mongolian whatever the user's language, as
    /// the text that replaces it will be.
    fn todo_mn(&self, id: &str) -> String {
        let hint = self.l10n.t(Lang::Mn, &format!("skeleton-{id}"));
        format!("\"{PLACEHOLDER} {hint}\"")
    }
}

fn common(h: &Hints) -> String {
    format!(
        "title:
  en: {}
  mn: {}
summary:
  en: {}
  mn: {}
# {}
# aliases: {{en: [], mn: []}}
# tags: {{en: [], mn: []}}
# related: []
",
        h.todo("title-en"),
        h.todo_mn("title-mn"),
        h.todo("summary-en"),
        h.todo_mn("summary-mn"),
        h.say("optional-fields"),
    )
}

fn sources(h: &Hints) -> String {
    format!(
        "# {}
# {}
sources:
  - id: {}
    locator: {}
",
        h.say("sources"),
        h.say("sources-own"),
        h.todo("source-id"),
        h.todo("source-locator"),
    )
}

fn body(h: &Hints) -> String {
    format!(
        "::: en
{PLACEHOLDER} {}

::: mn
{PLACEHOLDER} {}
",
        h.say("body-en"),
        h.l10n.t(Lang::Mn, "skeleton-body-mn"),
    )
}

/// The fields of `kind` beyond the common ones.
fn kind_fields(kind: Kind, h: &Hints) -> String {
    match kind {
        Kind::Definition => "# defined_by: Michael Porter (1990)\n".to_string(),
        Kind::Stage => format!(
            "model: {}
# {}
position: 1
# period: 2008–2015
",
            h.todo("stage-model"),
            h.say("stage-position"),
        ),
        Kind::Policy => format!(
            "country: {}
type: {}
# year: 2012
# responsible_body: {{en: Ministry of Economy, mn: Эдийн засгийн яам}}
# instrument: finance    # {}
",
            h.todo("country"),
            h.todo("policy-type"),
            h.say("policy-instrument"),
        ),
        Kind::Case => format!(
            "country: {}
type: {}
# ownership: public      # {}
# established: 2010
# licensed: 2012         # {}
# status: {{en: operating, mn: ажиллаж байна}}
# sector: [ict]
# key_figures:
#   - label: {{en: Resident companies, mn: Резидент компани}}
#     value: 120
#     year: 2023
# {}
# profile:
#   about: {{en: …, mn: …}}
",
            h.todo("country"),
            h.todo("case-type"),
            h.say_with(
                "case-ownership",
                &[("values", crate::corpus::values::OWNERSHIPS.join(", "),)],
            ),
            h.say("case-licensed"),
            h.say("case-profile"),
        ),
        Kind::Finding => format!(
            "# {}
addressed_by: [{}]
# number: 3
# evidence:
#   - label: {{en: Firms surveyed, mn: Судалгаанд хамрагдсан компани}}
#     value: 120
",
            h.say("finding-addressed-by"),
            h.todo("finding-answer-id"),
        ),
        Kind::Recommendation => format!(
            "challenge:
  en: {}
  mn: {}
# {}
actions: [{}]
",
            h.todo("challenge-en"),
            h.todo_mn("challenge-mn"),
            h.say("recommendation-actions"),
            h.todo("action-id"),
        ),
        Kind::Action => format!(
            "# {}
# actor: {{en: Ministry of Economy, mn: Эдийн засгийн яам}}
",
            h.say("action-listed"),
        ),
        Kind::Source => format!(
            "author: {}
# year: 2025
# publisher: {{en: World Bank, mn: Дэлхийн банк}}    # {}
# published_in: Research Policy, 51(3), 104471    # {}
# url: https://…
# document: the-report.pdf
# original: en    # {}
",
            h.todo("source-author"),
            h.say("source-publisher"),
            h.say("source-published-in"),
            h.say("source-original"),
        ),
        Kind::Figure => format!(
            "unit: {{en: {}, mn: {}}}
# chart: table    # {}
# order: sorted    # {}
# columns: [{{en: Share, mn: Хувь}}]    # {}
# label_column: {{en: Name, mn: Нэр}}    # {}
# total: 100      # {}
# {}
rows:
  - label: {{en: {}, mn: {}}}
    value: 0
",
            h.todo("unit-en"),
            h.todo_mn("unit-mn"),
            h.say("figure-chart"),
            h.say("figure-order"),
            h.say("figure-columns"),
            h.say("figure-label-column"),
            h.say("figure-total"),
            h.say("figure-rows"),
            h.todo("row-en"),
            h.todo_mn("row-mn"),
        ),
        Kind::Tour => format!(
            "# {}
steps:
  - entry: {}
    # minutes: 10  # {}
    # figures: [fig-…]  # {}
    note:
      en: {}
      mn: {}
",
            h.say("tour-steps"),
            h.todo("tour-entry"),
            h.say("tour-minutes"),
            h.say("tour-figures"),
            h.todo("tour-note-en"),
            h.todo_mn("tour-note-mn"),
        ),
    }
}

/// The whole file for a new entry `id` of `kind`, its comments and hints in `h`'s language.
pub fn skeleton(kind: Kind, id: &str, h: &Hints) -> String {
    let mut text = format!("---\nid: {id}\nkind: {}\n{}", kind.name(), common(h));
    if !matches!(kind, Kind::Source | Kind::Tour) {
        text += &sources(h);
    }
    text += &kind_fields(kind, h);
    text += "---\n";
    // A tour's body is optional: its steps are the talk.
    if kind != Kind::Tour {
        text += &body(h);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse::parse_entry;
    use crate::diagnostic::Problem;

    /// Every skeleton reads, and its only errors are its placeholders (an action also waits
    /// for a recommendation, which is a corpus-level check). A policy whose `type` is still a
    /// placeholder is not loaded yet; every other kind is.
    /// The skeleton of `kind` in `lang`.
    fn written(kind: Kind, lang: Lang) -> String {
        skeleton(kind, "my-new-entry", &Hints::new(&Localizer::new(), lang))
    }

    #[test]
    fn every_kind_parses_with_only_placeholders_to_fill() {
        for (kind, lang) in Kind::ALL
            .into_iter()
            .flat_map(|k| Lang::ALL.map(|l| (k, l)))
        {
            let text = written(kind, lang);
            // One line break ends the file, as editors and `cat` expect.
            assert!(
                text.ends_with('\n') && !text.ends_with("\n\n"),
                "{kind} {lang:?}: {text:?}"
            );
            let parsed = parse_entry("my-new-entry.md", &text, false);
            match &parsed.entry {
                Some(entry) => assert_eq!(entry.kind, kind),
                None => assert_eq!(kind, Kind::Policy, "{:?}", parsed.diagnostics),
            }
            let others: Vec<_> = parsed
                .diagnostics
                .iter()
                .filter(|d| !matches!(d.problem, Problem::Placeholder { .. }))
                .collect();
            assert!(others.is_empty(), "{kind} {lang:?}: {others:?}");
            let placeholders = text.matches(PLACEHOLDER).count();
            assert_eq!(parsed.diagnostics.len(), placeholders, "{kind} {lang:?}");
        }
    }

    /// A field described in `corpus::kinds` but missing here would be one `toli new` never
    /// offers: every field of a kind is written, required or as a comment.
    #[test]
    fn every_described_field_is_offered() {
        let mut missing = Vec::new();
        for kind in Kind::ALL {
            let text = kind_fields(kind, &Hints::new(&Localizer::new(), Lang::En));
            for key in crate::corpus::kinds::all_keys() {
                // A top-level key, written or commented out (`# key:`).
                let offered = text.lines().any(|l| {
                    let l = l.strip_prefix("# ").unwrap_or(l);
                    l.starts_with(&format!("{key}:"))
                });
                if offered != crate::corpus::kinds::allows(kind, key) {
                    missing.push(format!("{kind}: `{key}`"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "the skeleton and corpus::kinds::fields disagree on {}",
            missing.join(", ")
        );
    }

    #[test]
    fn filled_in_it_is_clean() {
        let l10n = Localizer::new();
        let hints = Hints::new(&l10n, Lang::En);
        let text = skeleton(Kind::Definition, "my-def", &hints)
            .replace("\"TODO: id of a source entry\"", "src-a")
            .replace("TODO: ", "");
        let parsed = parse_entry("my-def.md", &text, false);
        assert!(parsed.entry.is_some());
        assert_eq!(parsed.diagnostics, []);
    }

    /// A Mongolian user reads every comment and hint in Mongolian: no line of the skeleton
    /// carries English prose, only field names, codes and the examples of values.
    #[test]
    fn a_mongolian_skeleton_speaks_mongolian() {
        let english = [
            "TODO: the",
            "TODO: id",
            "TODO: one",
            "Optional",
            "in English",
            "source entry",
        ];
        for kind in Kind::ALL {
            let text = written(kind, Lang::Mn);
            for line in text.lines() {
                for word in english {
                    assert!(!line.contains(word), "{kind}: {line}");
                }
                let comment = line
                    .strip_prefix("# ")
                    .filter(|c| c.starts_with(char::is_uppercase));
                if let Some(comment) = comment.or(line.split("    # ").nth(1)) {
                    assert!(
                        comment.chars().any(|c| matches!(c, 'а'..='я' | 'ө' | 'ү')),
                        "{kind}: a comment not in Mongolian: {line}"
                    );
                }
                if let Some(hint) = line.split(PLACEHOLDER).nth(1) {
                    assert!(
                        hint.chars().any(|c| matches!(c, 'а'..='я' | 'ө' | 'ү')),
                        "{kind}: a hint not in Mongolian: {line}"
                    );
                }
            }
            let en = written(kind, Lang::En);
            assert_eq!(
                en.lines().count(),
                text.lines().count(),
                "{kind}: the same fields"
            );
        }
    }
}
