//! The facts of an entry as label/value pairs in one language — a case's type, country and key
//! figures, a policy's year and body, a stage's place in its model — so that `show`, the app's
//! entry header, presentations and the handouts present the same facts the same way. Labels
//! are Fluent ids; consecutive facts with one label (a finding's evidence, a recommendation's
//! actions) form a [`group`] that views show as a list.

use super::Corpus;
use super::kinds::Value;
use super::model::{Bi, Entry, KeyFigure, Kind};
use super::values::{self, Coded};
use crate::lang::Lang;

/// What a fact's value points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactTarget {
    /// Another entry, by id.
    Entry(String),
    /// A web address.
    Url(String),
}

/// One labelled fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Fluent id of the label (`label-country`, …).
    pub label: &'static str,
    pub value: String,
    pub target: Option<FactTarget>,
    /// The value is the other language's text (this one is missing).
    pub fallback: bool,
}

impl Fact {
    /// The entry id the value names, if any.
    pub fn entry(&self) -> Option<&str> {
        match &self.target {
            Some(FactTarget::Entry(id)) => Some(id),
            _ => None,
        }
    }
}

fn fact(label: &'static str, value: impl Into<String>) -> Fact {
    Fact {
        label,
        value: value.into(),
        target: None,
        fallback: false,
    }
}

/// A bilingual value in `lang`, remembering whether it fell back to the other language.
fn bi(label: &'static str, value: &Bi<String>, lang: Lang) -> Fact {
    let (text, fallback) = value.text(lang);
    Fact {
        fallback,
        ..fact(label, text)
    }
}

/// An entry's first source as the source line under its title shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    pub id: String,
    /// The source's title in the language asked for (its id if the corpus lacks it).
    pub title: String,
    /// Who and when, short («НҮБХХБХ, 2025»), said before the place; none when the source
    /// names no one short ([`super::citation_short`]).
    pub short: Option<String>,
    /// Where in the source (a section, a table, a slide), "" when not given.
    pub place: String,
    /// How many more sources the entry cites (one cited at several places counts once).
    pub more: usize,
    /// How many more places the entry cites this source at.
    pub more_places: usize,
}

impl SourceLine {
    /// What follows the source's title: " — the place" and " (N more places; N more
    /// sources)", worded by `said` (a message id, `reading-more-places` or
    /// `reading-more-sources`, and its count, in the reader's language).
    pub fn tail(&self, said: impl Fn(&str, usize) -> String) -> String {
        let mut tail = String::new();
        if !self.place.is_empty() {
            tail.push_str(&format!(" — {}", self.place));
        }
        let more: Vec<String> = [
            ("reading-more-places", self.more_places),
            ("reading-more-sources", self.more),
        ]
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(id, n)| said(id, n))
        .collect();
        if !more.is_empty() {
            tail.push_str(&format!(" ({})", more.join("; ")));
        }
        tail
    }
}

/// The sources entry `e` cites, each once in the order first cited, with every place it is
/// cited at, in full, joined by "; " (one report at four boxes is one source, not four).
pub fn sources_listed(e: &Entry, lang: Lang) -> Vec<(String, String)> {
    let listed = super::citation::by_source(e).into_iter().map(|(id, refs)| {
        let mut places: Vec<String> = Vec::new();
        for place in refs.iter().map(|s| s.place(lang)) {
            if !place.is_empty() && !places.contains(&place) {
                places.push(place);
            }
        }
        (id.to_string(), places.join("; "))
    });
    listed.collect()
}

/// The source line of entry `index` in `lang`, if it cites a source: its first place, then how
/// many more places it is cited at and how many other sources (one report at four boxes is one
/// source cited at three more places, not three more sources).
pub fn source_line(corpus: &Corpus, index: usize, lang: Lang) -> Option<SourceLine> {
    let e = corpus.entry(index);
    let first = e.sources.first()?;
    let distinct = sources_listed(e, lang).len();
    let cited_here = e.sources.iter().filter(|s| s.id == first.id).count();
    Some(SourceLine {
        id: first.id.clone(),
        title: corpus
            .index_of(&first.id)
            .map_or(first.id.clone(), |i| corpus.title(i, lang).to_string()),
        short: (corpus.index_of(&first.id))
            .and_then(|i| super::citation_short::short_reference(corpus.entry(i), lang)),
        place: first.place(lang),
        more: distinct.saturating_sub(1),
        more_places: cited_here - 1,
    })
}

/// Consecutive facts sharing a label, in order: `(label, facts)`.
pub fn group(facts: &[Fact]) -> Vec<(&'static str, &[Fact])> {
    let mut out: Vec<(&'static str, &[Fact])> = Vec::new();
    let mut start = 0;
    for i in 1..=facts.len() {
        if i == facts.len() || facts[i].label != facts[start].label {
            out.push((facts[start].label, &facts[start..i]));
            start = i;
        }
    }
    out
}

/// A key figure as one line with `places` decimals: `label: 59.37 million USD (2023)`; a
/// unit-less year stays `2016`; a share in per cent reads `label, орлогод эзлэх хувь: 30%`
/// ([`crate::figure::unit::labelled`]). A year the label already names is not said again
/// (`EU incubators (2002): …: 40% of costs`). English says a count of thousands over a
/// thousand in millions ([`values::english_millions`]), and a rank as an ordinal, `79th`,
/// «79-р байр» ([`values::rank`]).
pub fn key_figure(f: &KeyFigure, lang: Lang, places: usize) -> String {
    let mut number = values::number(f.value, f.unit.is_some(), places);
    let mut unit = f.unit.as_ref().map(|u| u.show(lang).to_string());
    // English says thousands over a thousand in millions, as its sources do ("3.348 million").
    if lang == Lang::En
        && let Some((millions, unit_up)) =
            (unit.as_deref()).and_then(|u| values::english_millions(f.value, u))
    {
        (number, unit) = (millions, Some(unit_up));
    }
    // A rank reads as an ordinal: "79th", «79-р байр».
    if let Some(unit_of) = &f.unit
        && let Some((ordinal, rest)) = (unit_of.get(Lang::En))
            .and_then(|en| values::rank(f.value, en, unit_of.show(lang), lang))
    {
        (number, unit) = (ordinal, Some(rest));
    }
    let label = f.label.show(lang);
    let shown = crate::figure::unit::labelled(label, &number, unit.as_deref(), lang, '\u{a0}');
    let year = (f.year)
        .filter(|y| !names_year(label, *y))
        .map(|y| format!(" ({y})"))
        .unwrap_or_default();
    format!("{}: {}{year}", shown.label, shown.value)
}

/// Whether `label` holds `year` as a number of its own (`EU incubators (2002)`), not inside a
/// longer one.
fn names_year(label: &str, year: i32) -> bool {
    (label.split(|c: char| !c.is_ascii_digit())).any(|run| run == year.to_string())
}

/// The decimal places of each of `figures`: those its file writes, or more where it belongs
/// to a series — figures in one unit and one year, as a column of the source's table (a
/// finding's exports of five countries in 2023) — whose other values are written with more:
/// the source prints a column to one precision, and an author's `1868.3` beside `891.97`
/// dropped the zero of UNCTAD's 1,868.30.
fn series_places(figures: &[&KeyFigure]) -> Vec<usize> {
    let written = |f: &KeyFigure| {
        f.places
            .map_or(crate::numeric::decimals(f.value), usize::from)
    };
    let series = |f: &KeyFigure| f.year.map(|year| (f.unit.clone(), year));
    figures
        .iter()
        .map(|f| match series(f) {
            None => written(f),
            Some(key) => figures
                .iter()
                .filter(|g| series(g).as_ref() == Some(&key))
                .map(|g| written(g))
                .max()
                .unwrap_or_else(|| written(f)),
        })
        .collect()
}

/// The facts of entry `index` in `lang`, in display order: the kind's own fields as
/// [`kinds`](super::kinds) describes them, and for an action the links the corpus computes.
pub fn facts(corpus: &Corpus, index: usize, lang: Lang) -> Vec<Fact> {
    let e = corpus.entry(index);
    let title_of = |id: &str| {
        corpus
            .index_of(id)
            .map_or(id.to_string(), |i| corpus.title(i, lang).to_string())
    };
    let link = |label: &'static str, id: &str| Fact {
        target: Some(FactTarget::Entry(id.to_string())),
        ..fact(label, title_of(id))
    };
    let figures: Vec<&KeyFigure> = e
        .fields
        .values()
        .into_iter()
        .filter_map(|(_, value)| match value {
            Value::Figure(f) => Some(f),
            _ => None,
        })
        .collect();
    // Each key figure's places, in the order the loop below meets them.
    let mut places = series_places(&figures).into_iter();
    let mut out = Vec::new();
    if e.kind == Kind::Action
        && let Some(r) = corpus.recommendation_of(index)
    {
        out.push(link("label-recommendation", corpus.id(r)));
    }
    for (spec, value) in e.fields.values() {
        let Some(label) = spec.label else { continue };
        let code = |field: Coded, value: &str| values::label(field, value, lang);
        out.extend(match value {
            Value::Text(t) => Some(fact(label, t)),
            Value::Bi(b) | Value::Citation(b) | Value::Name(b) => Some(bi(label, b, lang)),
            Value::Year(y) => Some(fact(label, y.to_string())),
            Value::Number(n) => Some(fact(label, n.to_string())),
            Value::Code(field, c) => Some(fact(label, code(field, c))),
            Value::Codes(_, []) => None,
            Value::Codes(field, list) => {
                let names: Vec<String> = list.iter().map(|c| code(field, c)).collect();
                Some(fact(label, names.join(", ")))
            }
            Value::Link(id) => Some(link(label, id)),
            Value::Position { model, position } => {
                let total = corpus.stages_of(model).len();
                Some(fact(label, format!("{position} / {total}")))
            }
            Value::Period(p) => Some(fact(label, values::period(p, lang))),
            Value::Url(u) => Some(Fact {
                target: Some(FactTarget::Url(u.to_string())),
                ..fact(label, u)
            }),
            Value::Figure(f) => {
                let places = places
                    .next()
                    .unwrap_or_else(|| crate::numeric::decimals(f.value));
                Some(fact(label, key_figure(f, lang, places)))
            }
            Value::Step(s) => Some(link(label, &s.entry)),
            Value::Row(_) | Value::Setting(_) | Value::Amount(_) => None,
        });
    }
    if e.kind == Kind::Action {
        // In the reader's alphabetical order of titles («1-р дүгнэлт» before «4-р дүгнэлт»).
        let mut findings = corpus.addresses(index);
        findings.sort_by_key(|&f| corpus.title_rank(f, lang));
        for f in findings {
            out.push(link("label-addresses", corpus.id(f)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::corpus::values::Coded;

    /// One report cited at four boxes is one source at three more places, not three more
    /// sources, and the sources list names it once with every box.
    #[test]
    fn a_source_cited_at_several_places_counts_once() {
        let corpus = load(&Sources::builtin()).corpus;
        let i = corpus
            .index_of("fig-mongolia-park-cases-compared")
            .expect("the figure");
        let line = source_line(&corpus, i, Lang::En).expect("a source");
        assert_eq!((line.more_places, line.more), (3, 0));
        let listed = sources_listed(corpus.entry(i), Lang::En);
        assert_eq!(listed.len(), 1, "{listed:?}");
        assert_eq!(listed[0].1.matches("Box").count(), 4, "{listed:?}");
    }

    /// The other sources are said as sources, as the places are said as places, one or
    /// more, in both languages (not "+1 more").
    #[test]
    fn the_source_line_names_what_more_there_is() {
        let l10n = crate::i18n::Localizer::new();
        let tail = |lang: Lang, more_places: usize, more: usize| {
            let line = SourceLine {
                id: "src".into(),
                title: "Report".into(),
                short: None,
                place: "Section V, Box 1".into(),
                more,
                more_places,
            };
            line.tail(|id, n| l10n.format(lang, id, &[("count", n.to_string())]))
        };
        assert_eq!(
            tail(Lang::En, 1, 1),
            " — Section V, Box 1 (1 more place; 1 more source)"
        );
        assert_eq!(tail(Lang::En, 0, 2), " — Section V, Box 1 (2 more sources)");
        assert_eq!(
            tail(Lang::Mn, 1, 1),
            " — Section V, Box 1 (бусад байршил: 1; бусад эх сурвалж: 1)"
        );
    }

    #[test]
    fn no_shipped_entry_shows_a_code_in_mongolian() {
        let corpus = load(&Sources::builtin()).corpus;
        let codes: Vec<&str> = Coded::ALL.iter().flat_map(|f| f.codes()).copied().collect();
        let coded_labels = [
            "label-country",
            "label-type",
            "label-ownership",
            "label-sector",
            "label-instrument",
            "label-period",
        ];
        let mut seen = 0;
        for i in 0..corpus.len() {
            for f in facts(&corpus, i, Lang::Mn) {
                if !coded_labels.contains(&f.label) {
                    continue;
                }
                seen += 1;
                for part in f.value.split(", ") {
                    assert!(
                        !codes.contains(&part) && !part.contains("month"),
                        "{}: {} shows `{part}`",
                        corpus.id(i),
                        f.label
                    );
                }
            }
        }
        assert!(seen > 100, "the shipped corpus has coded facts");
    }

    /// Walk N9: the evidence and the chart on one handout page print Croatia's exports alike,
    /// with the two places UNCTAD's Table 1 prints (the finding's file writes `1868.3` beside
    /// `891.97`; the figure's writes `1868.30`).
    #[test]
    fn a_value_prints_as_its_source_prints_it_in_facts_and_figures() {
        let corpus = load(&Sources::builtin()).corpus;
        let finding = corpus
            .index_of("finding-ict-service-exports-gap")
            .expect("a shipped finding");
        for (lang, croatia) in [(Lang::En, "Croatia"), (Lang::Mn, "Хорват")] {
            let values: Vec<String> = facts(&corpus, finding, lang)
                .into_iter()
                .map(|f| f.value)
                .collect();
            let evidence = values
                .iter()
                .find(|v| v.contains(croatia))
                .expect("Croatia's exports");
            assert!(evidence.contains(": 1,868.30\u{a0}"), "{evidence}");
            assert!(
                values.iter().any(|v| v.contains(": 2.3\u{a0}")),
                "1992's 2.3 is a year of its own: {values:?}"
            );
            let figure = corpus
                .get("fig-ict-service-exports")
                .expect("a shipped figure");
            let rows = crate::figure::row_texts(figure, lang, crate::figure::Units::NamedOnce);
            let row = rows
                .iter()
                .find(|r| r.label == croatia)
                .expect("Croatia's row");
            assert_eq!(row.value, "1,868.30");
        }
    }

    /// Walk N9, task 2: a share in per cent is a sign on its number in every shipped entry's
    /// facts, in both languages; in Mongolian what it is a share of joins the label.
    #[test]
    fn no_shipped_fact_spells_out_a_per_cent_after_its_number() {
        let corpus = load(&Sources::builtin()).corpus;
        let digit_then = |text: &str, word: &str| {
            text.match_indices(word).any(|(at, _)| {
                text[..at]
                    .trim_end_matches('\u{a0}')
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_digit())
            })
        };
        let mut shares = 0;
        for i in 0..corpus.len() {
            for (lang, word) in [
                (Lang::Mn, "хувь"),
                (Lang::En, "per cent"),
                (Lang::En, "pct."),
            ] {
                for f in facts(&corpus, i, lang) {
                    assert!(!digit_then(&f.value, word), "{}: {}", corpus.id(i), f.value);
                    shares += usize::from(f.value.contains('%'));
                }
            }
        }
        assert!(
            shares > 40,
            "the shipped corpus has shares in per cent: {shares}"
        );
        let finding = corpus
            .index_of("unctad-finding-5")
            .expect("a shipped finding");
        let mn: Vec<String> = facts(&corpus, finding, Lang::Mn)
            .into_iter()
            .map(|f| f.value)
            .collect();
        assert!(
            mn.contains(
                &"IT Park-ийн оффисын түрээсийн орлого, орлогод эзлэх хувь: 30%".to_string()
            ),
            "{mn:?}"
        );
    }

    #[test]
    fn a_year_among_key_figures_has_no_separator() {
        let f = KeyFigure {
            label: Bi {
                en: Some("Launched".into()),
                mn: Some("Эхэлсэн он".into()),
            },
            value: 2016.0,
            places: None,
            unit: None,
            year: None,
        };
        assert_eq!(key_figure(&f, Lang::Mn, 0), "Эхэлсэн он: 2016");
        let count = KeyFigure {
            unit: Some(Bi {
                en: Some("companies".into()),
                mn: Some("компани".into()),
            }),
            value: 2016.0,
            ..f
        };
        assert_eq!(
            key_figure(&count, Lang::En, 0),
            "Launched: 2,016\u{a0}companies"
        );
    }

    /// Mongolia's population as the UNCTAD report gives it, "3.348 million" (Section III),
    /// written 3348 thousand so that Mongolian reads «3,348 мянган хүн» (GLOSSARY, Review 27
    /// numbers): English says it as the report does.
    #[test]
    fn thousands_over_a_thousand_are_millions_in_english_only() {
        let people = KeyFigure {
            label: Bi {
                en: Some("Population of Mongolia".into()),
                mn: Some("Монгол Улсын хүн ам".into()),
            },
            value: 3348.0,
            places: Some(0),
            unit: Some(Bi {
                en: Some("thousand people".into()),
                mn: Some("мянган хүн".into()),
            }),
            year: Some(2021),
        };
        assert_eq!(
            key_figure(&people, Lang::En, 0),
            "Population of Mongolia: 3.348\u{a0}million people (2021)"
        );
        assert_eq!(
            key_figure(&people, Lang::Mn, 0),
            "Монгол Улсын хүн ам: 3,348\u{a0}мянган хүн (2021)"
        );
    }
    /// The shipped case's ranks read as ranks in both languages, a year and the words after
    /// "rank" kept: "Global rank (StartupBlink, as of February 2025): 79th", «… 79-р байр».
    #[test]
    fn a_rank_key_figure_reads_as_an_ordinal_in_both_languages() {
        let corpus = load(&Sources::builtin()).corpus;
        let i = corpus
            .index_of("mongolia-startup-ecosystem")
            .expect("the case");
        let shown = |lang| -> Vec<String> {
            facts(&corpus, i, lang)
                .into_iter()
                .filter(|f| f.label == "label-key-figures")
                .map(|f| f.value)
                .collect()
        };
        let en = shown(Lang::En);
        let mn = shown(Lang::Mn);
        for said in [
            "Global rank (StartupBlink, as of February 2025): 79th",
            "Global rank (StartupBlink): 77th (2022)",
            "Rank in Asia: 14th",
            "Rank in the CAREC region: 5th",
            "Ulaanbaatar's rank among cities: 448th\u{a0}(up 24 places)",
        ] {
            assert!(en.iter().any(|v| v == said), "{said:?} in {en:#?}");
        }
        for said in [
            "Дэлхийн жагсаалтад эзлэх байр (StartupBlink, 2025 оны хоёрдугаар сарын байдлаар): 79-р\u{a0}байр",
            "Дэлхийн жагсаалтад эзлэх байр (StartupBlink): 77-р\u{a0}байр (2022)",
            "Азид эзлэх байр: 14-р\u{a0}байр",
            "Дэлхийн хотуудын дунд Улаанбаатарын эзлэх байр: 448-р\u{a0}байр (24 байраар ахисан)",
        ] {
            assert!(mn.iter().any(|v| v == said), "{said:?} in {mn:#?}");
        }
        // Other units of the same entry read as numbers.
        assert!(
            en.iter().any(|v| v.ends_with(": 1,318\u{a0}jobs")),
            "{en:#?}"
        );
    }

    /// A year the label names is said once, and a per cent keeps the words after it on its
    /// line; a label without the year keeps it after the value.
    #[test]
    fn a_figure_s_year_is_said_once_and_a_per_cent_keeps_its_words() {
        let f = KeyFigure {
            label: Bi {
                en: Some("EU incubators (2002): costs covered by tenant fees".into()),
                mn: Some("ЕХ-ны инкубаторуудын түрээслэгчийн төлбөрөөр нөхсөн зардал".into()),
            },
            value: 40.0,
            places: None,
            unit: Some(Bi {
                en: Some("% of costs".into()),
                mn: Some("хувь (зардалд эзлэх)".into()),
            }),
            year: Some(2002),
        };
        assert_eq!(
            key_figure(&f, Lang::En, 0),
            "EU incubators (2002): costs covered by tenant fees: 40%\u{a0}of costs"
        );
        assert!(key_figure(&f, Lang::Mn, 0).ends_with(": 40% (2002)"));
        let other_year = KeyFigure {
            year: Some(2020),
            ..f.clone()
        };
        assert!(key_figure(&other_year, Lang::En, 0).ends_with("40%\u{a0}of costs (2020)"));
        // A longer number holding the year's digits is no year named.
        let inside = KeyFigure {
            label: Bi {
                en: Some("Firms in 120020 registry".into()),
                mn: None,
            },
            ..other_year
        };
        assert!(names_year("Firms (2020)", 2020));
        assert!(!names_year("Firms in 120020 registry", 2020));
        assert!(key_figure(&inside, Lang::En, 0).ends_with(" (2020)"));
    }
}
