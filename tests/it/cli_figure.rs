//! `toli figure` as text: each value said once, and a record's value before its quote and
//! source.

use crate::common;

fn figure(lang: &str, id: &str) -> String {
    let out = common::toli_en()
        .env("COLUMNS", "80")
        .args(["--lang", lang, "figure", id])
        .output()
        .expect("run");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The record of `label`: its lines up to the next blank line.
fn record<'a>(text: &'a str, label: &str) -> Vec<&'a str> {
    let mut lines = text.lines().skip_while(|l| *l != label);
    lines.by_ref().take_while(|l| !l.is_empty()).collect()
}

#[test]
fn a_fact_list_gives_the_value_first_or_leaves_it_to_the_quote_that_gives_it() {
    let text = figure("mn", "fig-itp-planned-capacities");
    assert_eq!(
        record(&text, "Багануурын ҮТП: салбар"),
        [
            "Багануурын ҮТП: салбар",
            "  4 салбар",
            "  Тайлангаас: дөрвөн салбараас бүрдэнэ",
            "  Иш татсан эх сурвалж: Азийн хөгжлийн банк (АХБ, 2022)",
        ],
        "{text}"
    );
    // The quote keeps «ойролцоогоор»; the bare value would lose it.
    assert_eq!(
        record(&text, "Багануурын ҮТП: ажлын байр"),
        [
            "Багануурын ҮТП: ажлын байр",
            "  Тайлангаас: ойролцоогоор 5,000 ажлын байр",
            "  Иш татсан эх сурвалж: АХБ (2022)",
        ],
        "{text}"
    );
    // A bare number under its column's unit stays, even where a note holds the same digit.
    let text = figure("en", "fig-lithuania-cluster-programme-results");
    assert!(text.contains("  Million EUR (budget): 6\n"), "{text}");
}

#[test]
fn a_slide_column_that_repeats_the_value_is_left_blank() {
    let text = figure("mn", "fig-canada-supercluster-funding");
    assert_eq!(record(&text, "Хугацаа"), ["Хугацаа", "  5 жил"], "{text}");
    assert_eq!(text.matches("950 сая Канад доллар").count(), 1, "{text}");
    // What the slide adds stays, and gives the value once.
    assert_eq!(
        record(&text, "Хувийн хэвшлийн хамтын санхүүжилт"),
        [
            "Хувийн хэвшлийн хамтын санхүүжилт",
            "  Слайдаас: 50 хувь. Хувийн хамтын сан",
        ],
        "{text}"
    );
    // In English the slide's own words differ from the value, so both stay, quoted as the
    // Mongolian they are.
    let text = figure("en", "fig-canada-supercluster-funding");
    assert_eq!(
        record(&text, "Duration"),
        [
            "Duration",
            "  5 years",
            "  As printed on the slide: “5 жил”"
        ],
        "{text}"
    );
}

fn csv(id: &str) -> String {
    let out = common::toli_en()
        .args(["figure", id, "--csv"])
        .output()
        .expect("run");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// A figure whose title gives all its values one year ("…, 2023") has that year on every row
/// of its CSV; one that gives none has no year column rather than an empty one.
#[test]
fn a_csv_row_keeps_the_year_the_title_gives_and_no_empty_year_column() {
    let text = csv("fig-ict-service-exports");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("label_en,label_mn,value,unit_en,unit_mn,year")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 5, "{text}");
    assert!(rows.iter().all(|r| r.ends_with(",2023")), "{text}");
    let text = csv("fig-it-park-revenue");
    assert_eq!(
        text.lines().next(),
        Some("label_en,label_mn,value,unit_en,unit_mn"),
        "{text}"
    );
}

/// Walk 26 (D-4): a figure with two sources says its label once, the sources under it, one a
/// line (each was a line of its own labelled "Sources:"); the Mongolian cells name МОНЦАМЭ and
/// Багануур in Cyrillic. A figure with one source keeps it on the label's line.
#[test]
fn two_sources_come_under_one_label_in_both_languages() {
    for (lang, label) in [("en", "Sources"), ("mn", "Эх сурвалж")] {
        let text = figure(lang, "fig-itp-planned-capacities");
        let labelled = format!("{label}:");
        let at = (text.lines().position(|l| l == labelled))
            .unwrap_or_else(|| panic!("no line {labelled:?}:\n{text}"));
        let after: Vec<&str> = text.lines().skip(at + 1).collect();
        assert!(after.len() >= 2, "{text}");
        assert!(
            after.iter().all(|l| l.starts_with("  ")),
            "indented: {text}"
        );
        assert_eq!(
            text.matches(&format!("{label}: ")).count(),
            0,
            "no source on a labelled line of its own:\n{text}"
        );
        assert!(after.iter().any(|l| l.contains("Saraway (2019)")), "{text}");
    }
    let mn = figure("mn", "fig-itp-planned-capacities");
    assert!(
        mn.contains("Иш татсан эх сурвалж: МОНЦАМЭ агентлаг (огноогүй)"),
        "{mn}"
    );
    assert!(mn.contains("Иш татсан эх сурвалж: Багануур (2025)"), "{mn}");
    assert!(!mn.contains("Montsame") && !mn.contains("Baganuur"), "{mn}");
    let one = figure("en", "fig-it-park-revenue");
    assert!(one.lines().any(|l| l.starts_with("Sources: ")), "{one}");
}
