//! The checker's teaching at library level: each problem's code, place and suggestion, every
//! bad field of a file reported in one load, controlled values in any case, and `toli new`'s
//! placeholders.

use crate::common;

/// `name:line:col: code [→ suggestion]` for each diagnostic of `files` loaded with `src-a`.
fn diagnostics(files: &[(&str, &str)]) -> Vec<String> {
    let (outcome, prefix) = common::load_with_source(files);
    outcome
        .diagnostics
        .iter()
        .map(|d| {
            let mut s = format!(
                "{}:{}:{}: {}",
                d.path.strip_prefix(&prefix).unwrap_or(&d.path),
                d.line,
                d.column,
                d.problem.code()
            );
            if let Some(hint) = &d.suggestion {
                s += &format!(" → {hint}");
            }
            s
        })
        .collect()
}

fn entry(front: &str) -> String {
    format!("---\n{front}---\n::: en\nText.\n::: mn\nБичвэр.\n")
}

const HEAD: &str =
    "title: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n";

#[test]
fn every_bad_field_of_a_file_is_reported_in_one_load() {
    let text = entry(&format!(
        "id: s\nkind: stage\n{HEAD}model: src-a\nposition: first\nperod: 2010\nsumary: x\n"
    ));
    assert_eq!(
        diagnostics(&[("s.md", &text)]),
        [
            "s.md:8:11: wrong-type",
            "s.md:9:1: unknown-field → period",
            "s.md:10:1: unknown-field → summary",
        ]
    );
}

#[test]
fn misspelt_keys_inside_lists_are_found_and_the_rest_still_read() {
    let text = entry(
        "id: d\nkind: definition\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources:\n  - id: src-a\n    lokator: p. 1\nrelated: [src-b]\n",
    );
    assert_eq!(
        diagnostics(&[("d.md", &text)]),
        [
            "d.md:8:5: unknown-field → locator",
            "d.md:9:11: broken-link → src-a",
        ]
    );
}

#[test]
fn kinds_and_controlled_values_are_accepted_in_any_case() {
    let policy = entry(&format!(
        "id: p\nkind: Policy\n{HEAD}country: MN\ntype: Law\ninstrument: Finance\n"
    ));
    let figure = entry(&format!(
        "id: f\nkind: FIGURE\n{HEAD}chart: Table\norder: Sorted\nrows:\n  - {{label: {{en: a, mn: а}}, value: 1}}\n"
    ));
    assert_eq!(
        diagnostics(&[("p.md", &policy), ("f.md", &figure)]),
        Vec::<String>::new()
    );
}

#[test]
fn misspelt_kinds_and_values_get_suggestions() {
    let kind = entry(&format!("id: k\nkind: definiton\n{HEAD}"));
    let case = entry(&format!(
        "id: c\nkind: case\n{HEAD}country: MN\ntype: clustr\nownership: pubic\n"
    ));
    let chart = entry(&format!(
        "id: g\nkind: figure\n{HEAD}chart: tabel\nrows:\n  - {{label: {{en: a, mn: а}}, value: 1}}\n"
    ));
    assert_eq!(
        diagnostics(&[("k.md", &kind), ("c.md", &case), ("g.md", &chart)]),
        [
            "c.md:8:7: bad-value → cluster",
            "c.md:9:12: bad-value → public",
            "g.md:7:1: bad-value → table",
            "k.md:3:7: bad-value → definition",
        ]
    );
}

#[test]
fn a_tour_step_to_a_missing_entry_suggests_the_closest_id() {
    let tour = "---\nid: tour-x\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: src-a\n  - entry: scr-a\n---\n";
    assert_eq!(
        diagnostics(&[("tour.md", tour)]),
        ["tour.md:8:12: broken-link → src-a"]
    );
}

#[test]
fn placeholders_are_errors_and_the_only_problem_of_their_line() {
    let text = entry(
        "id: n\nkind: policy\ntitle: {en: \"TODO: title\", mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: \"TODO: a source id\", locator: x}]\ncountry: MN\ntype: \"TODO: law or strategy\"\n",
    );
    assert_eq!(
        diagnostics(&[("n.md", &text)]),
        [
            "n.md:4:14: placeholder",
            "n.md:6:17: placeholder",
            "n.md:8:8: placeholder",
        ]
    );
}

#[test]
fn a_file_that_does_not_build_still_has_its_links_checked() {
    // No title: the entry is not loaded, but its broken link is reported in the same run.
    let text = entry(
        "id: x\nkind: definition\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\nrelated: [src-aa]\n",
    );
    assert_eq!(
        diagnostics(&[("x.md", &text)]),
        ["x.md:2:1: missing-field", "x.md:6:11: broken-link → src-a"]
    );
}

/// A source's `original:` (the language its title was published in) is `en`, `mn` or `none`,
/// in any case; another value is an error with the closest one.
#[test]
fn a_source_s_original_language_is_checked() {
    let source = |id: &str, original: &str| {
        entry(&format!(
            "id: {id}\nkind: source\ntitle: {{en: T, mn: Т}}\nsummary: {{en: S, mn: С}}\nauthor: A\noriginal: {original}\n"
        ))
    };
    assert_eq!(
        diagnostics(&[
            ("a.md", &source("src-b", "MN")),
            ("b.md", &source("src-c", "none")),
            ("c.md", &source("src-d", "nnoe")),
            ("d.md", &source("src-e", "english")),
        ]),
        ["c.md:7:11: bad-value → none", "d.md:7:11: bad-value → en"]
    );
}
