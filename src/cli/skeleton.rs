//! The file `toli new` writes: a bilingual entry of any kind whose every required value is a
//! `TODO:` placeholder (which `toli check` reports until it is replaced), with the optional
//! fields of the kind as comments to uncomment.

use crate::corpus::model::Kind;

/// The folder of the content tree a kind's files go in, as in the shipped corpus.
pub fn folder(kind: Kind) -> &'static str {
    match kind {
        Kind::Definition => "definitions",
        Kind::Stage => "stages",
        Kind::Policy => "policies",
        Kind::Case => "cases",
        Kind::Finding => "findings",
        Kind::Recommendation => "recommendations",
        Kind::Action => "actions",
        Kind::Source => "sources",
        Kind::Figure => "figures",
        Kind::Tour => "tours",
    }
}

const COMMON: &str = r#"title:
  en: "TODO: the name in English"
  mn: "TODO: нэр монголоор"
summary:
  en: "TODO: one or two sentences in English"
  mn: "TODO: нэг хоёр өгүүлбэр монголоор"
# Optional: other names people search for, topics, and "see also" links to entry ids.
# aliases: {en: [], mn: []}
# tags: {en: [], mn: []}
# related: []
"#;

const SOURCES: &str = r#"# The source entry (`toli list --kind source`) and the place in it ("Table 3", "Section V, Box 1").
sources:
  - id: "TODO: id of a source entry"
    locator: "TODO: where in the source"
"#;

const BODY: &str = "::: en
TODO: the English text, in Markdown. `toli help format` shows how to link other entries.

::: mn
TODO: монгол бичвэр, Markdown-аар. Өөр бичлэг рүү холбох аргыг `toli help format` харуулна.
";

/// The fields of `kind` beyond the common ones.
fn kind_fields(kind: Kind) -> &'static str {
    match kind {
        Kind::Definition => "# defined_by: Michael Porter (1990)\n",
        Kind::Stage => {
            r#"model: "TODO: id of the definition or case whose sequence this stage belongs to"
# The place in the model: 1, 2, 3 … (positions of one model run 1..n).
position: 1
# period: 2008–2015
"#
        }
        Kind::Policy => {
            r#"country: "TODO: country or area code: MN, LT, EU, CA, RU, CN, KR, US, JP, …"
type: "TODO: law, strategy, programme or incentive"
# year: 2012
# responsible_body: {en: Ministry of Economy, mn: Эдийн засгийн яам}
# instrument: finance    # regulation, tax, finance, infrastructure, network, skills, governance
"#
        }
        Kind::Case => {
            r#"country: "TODO: country or area code: MN, LT, EU, CA, RU, CN, KR, US, JP, …"
type: "TODO: park, cluster, incubator, programme, organisation, platform, company or ecosystem"
# ownership: public      # public, private, ppp, university, academy, mixed
# established: 2010
# status: {en: operating, mn: ажиллаж байна}
# sector: [ict]
# key_figures:
#   - label: {en: Resident companies, mn: Резидент компани}
#     value: 120
#     year: 2023
# The APEC cluster profile: about, management, international, success_stories, contacts.
# profile:
#   about: {en: …, mn: …}
"#
        }
        Kind::Finding => {
            r#"# The actions or recommendations that answer this finding.
addressed_by: ["TODO: id of an action or recommendation"]
# number: 3
# evidence:
#   - label: {en: Firms surveyed, mn: Судалгаанд хамрагдсан компани}
#     value: 120
"#
        }
        Kind::Recommendation => {
            r#"challenge:
  en: "TODO: the problem it responds to, in English"
  mn: "TODO: хариу өгөх асуудал, монголоор"
# Its actions, in order; each action belongs to exactly one recommendation.
actions: ["TODO: id of an action"]
"#
        }
        Kind::Action => {
            r#"# A recommendation must list this action's id in its `actions`.
# actor: {en: Ministry of Economy, mn: Эдийн засгийн яам}
"#
        }
        Kind::Source => {
            r#"author: "TODO: author or organisation as printed"
# year: 2025
# publisher: {en: World Bank, mn: Дэлхийн банк}    # as printed, or a map where Mongolian names it otherwise
# url: https://…
# document: the-report.pdf
"#
        }
        Kind::Figure => {
            r#"unit: {en: "TODO: unit in English", mn: "TODO: нэгж монголоор"}
# chart: table    # bar (the default) or table
# order: sorted    # source (the default: as the source lists them) or sorted
# columns: [{en: Share, mn: Хувь}]    # a table's further columns, filled by each row's cells
# total: 100      # the total the source prints; check verifies the rows add up to it
# One row per bar: the label and the value exactly as the source prints them.
rows:
  - label: {en: "TODO: row label in English", mn: "TODO: мөрийн нэр монголоор"}
    value: 0
"#
        }
        Kind::Tour => {
            r#"# The entries to present, in order, each with a note only the presenter sees.
steps:
  - entry: "TODO: id of the first entry to show"
    note:
      en: "TODO: what to say, in English"
      mn: "TODO: юу хэлэх, монголоор"
"#
        }
    }
}

/// The whole file for a new entry `id` of `kind`.
pub fn skeleton(kind: Kind, id: &str) -> String {
    let mut text = format!("---\nid: {id}\nkind: {}\n{COMMON}", kind.name());
    if !matches!(kind, Kind::Source | Kind::Tour) {
        text += SOURCES;
    }
    text += kind_fields(kind);
    text += "---\n";
    // A tour's body is optional: its steps are the talk.
    if kind != Kind::Tour {
        text += BODY;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse::{PLACEHOLDER, parse_entry};
    use crate::diagnostic::Problem;

    /// Every skeleton reads, and its only errors are its placeholders (an action also waits
    /// for a recommendation, which is a corpus-level check). A policy whose `type` is still a
    /// placeholder is not loaded yet; every other kind is.
    #[test]
    fn every_kind_parses_with_only_placeholders_to_fill() {
        for kind in Kind::ALL {
            let text = skeleton(kind, "my-new-entry");
            let parsed = parse_entry("new.md", &text, false);
            match &parsed.entry {
                Some(entry) => assert_eq!(entry.kind, kind),
                None => assert_eq!(kind, Kind::Policy, "{:?}", parsed.diagnostics),
            }
            let others: Vec<_> = parsed
                .diagnostics
                .iter()
                .filter(|d| !matches!(d.problem, Problem::Placeholder { .. }))
                .collect();
            assert!(others.is_empty(), "{kind}: {others:?}");
            let placeholders = text.matches(PLACEHOLDER).count();
            assert_eq!(parsed.diagnostics.len(), placeholders, "{kind}");
        }
    }

    /// A field described in `corpus::kinds` but missing here would be one `toli new` never
    /// offers: every field of a kind is written, required or as a comment.
    #[test]
    fn every_described_field_is_offered() {
        let mut missing = Vec::new();
        for kind in Kind::ALL {
            let text = kind_fields(kind);
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
        let text = skeleton(Kind::Definition, "my-def")
            .replace("\"TODO: id of a source entry\"", "src-a")
            .replace("TODO: ", "");
        let parsed = parse_entry("new.md", &text, false);
        assert!(parsed.entry.is_some());
        assert_eq!(parsed.diagnostics, []);
    }
}
