//! Every diagnostic of `toli check`, each pinned to the exact path, line and column of a bad
//! file, and proof that one bad file never hides the good ones.

use crate::common;
use common::SOURCE;

use std::path::Path;

use toli::corpus::load::{Sources, load};

/// A valid definition (`def-ok`) citing `src-a`.
fn definition(id: &str, extra: &str, body_en: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: Title\n  mn: Гарчиг\nsummary:\n  en: Summary\n  mn: Товч\nsources:\n  - id: src-a\n    locator: p. 1\n{extra}---\n::: en\n{body_en}\n\n::: mn\nМонгол бичвэр.\n"
    )
}

/// Loads `files` (name, text) from a fresh folder and returns `name:line:col: code` for each
/// diagnostic, with the folder prefix removed.
fn diagnostics(files: &[(&str, &[u8])]) -> Vec<String> {
    let (outcome, prefix) = common::load_with_source(files);
    outcome
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{}: {}",
                d.path.strip_prefix(&prefix).unwrap_or(&d.path),
                d.line,
                d.column,
                d.problem.code()
            )
        })
        .collect()
}

fn one(name: &str, text: &str) -> Vec<String> {
    diagnostics(&[(name, text.as_bytes())])
}

#[test]
fn a_valid_entry_has_no_diagnostics() {
    assert_eq!(
        one("ok.md", &definition("ok", "", "See [[src-a]].")),
        Vec::<String>::new()
    );
}

#[test]
fn bom_and_crlf_are_valid() {
    let text = format!(
        "\u{feff}{}",
        definition("ok", "", "Fine.").replace('\n', "\r\n")
    );
    assert_eq!(one("ok.md", &text), Vec::<String>::new());
}

#[test]
fn yaml_syntax_error_names_its_line() {
    let text = definition("bad", "related: [a, b\n", "x");
    assert_eq!(one("bad.md", &text), ["bad.md:14:1: yaml"]);
}

#[test]
fn tabs_for_indentation_are_reported_and_the_rest_still_checked() {
    let text = "---\nid: t\nkind: definition\ntitle:\n\ten: T\n---\n::: en\nx\n";
    assert_eq!(
        one("t.md", text),
        [
            "t.md:2:1: missing-field",
            "t.md:2:1: unsourced",
            "t.md:4:1: missing-language",
            "t.md:5:1: tab-indent",
            "t.md:7:1: missing-body"
        ]
    );
}

#[test]
fn unknown_field_names_its_line() {
    let text = definition("u", "colour: blue\n", "x");
    assert_eq!(one("u.md", &text), ["u.md:13:1: unknown-field"]);
}

#[test]
fn field_of_another_kind_is_reported() {
    let text = definition("k", "position: 2\n", "x");
    assert_eq!(one("k.md", &text), ["k.md:13:1: field-not-for-kind"]);
}

#[test]
fn missing_required_field_is_reported() {
    let text = "---\nid: m\nkind: definition\ntitle: {en: T, mn: Т}\nsources: [{id: src-a, locator: x}]\n---\n::: en\nx\n::: mn\nх\n";
    assert_eq!(one("m.md", text), ["m.md:2:1: missing-field"]);
}

#[test]
fn wrong_type_names_the_field_line() {
    let text = "---\nid: s\nkind: stage\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\nmodel: src-a\nposition: first\n---\n::: en\nx\n::: mn\nх\n";
    assert_eq!(one("s.md", text), ["s.md:8:11: wrong-type"]);
}

#[test]
fn duplicate_keys_are_reported() {
    let text = definition("d", "title: {en: Again, mn: Дахин}\n", "x");
    let d = one("d.md", &text);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].starts_with("d.md:13:") && d[0].ends_with("yaml"),
        "{d:?}"
    );
}

#[test]
fn duplicate_ids_name_both_files_and_keep_the_first() {
    let a = definition("same", "", "x");
    let d = diagnostics(&[("a.md", a.as_bytes()), ("b.md", a.as_bytes())]);
    assert_eq!(d, ["b.md:2:1: duplicate-id"]);
}

#[test]
fn broken_links_in_front_matter_and_body_name_their_lines() {
    let text = definition(
        "l",
        "related: [src-a, nowhere]\n",
        "First line.\nSee [this](missing-entry) and [[gone]].",
    );
    assert_eq!(
        one("l.md", &text),
        [
            "l.md:13:18: broken-link",
            "l.md:17:5: broken-link",
            "l.md:17:31: broken-link"
        ]
    );
}

#[test]
fn missing_language_is_reported_per_field() {
    let text = definition("ml", "", "x").replace("  mn: Гарчиг\n", "");
    assert_eq!(one("ml.md", &text), ["ml.md:4:1: missing-language"]);
}

#[test]
fn missing_language_section_is_reported() {
    let text = definition("mb", "", "x").replace("::: mn\nМонгол бичвэр.\n", "");
    assert_eq!(one("mb.md", &text), ["mb.md:14:1: missing-body"]);
}

#[test]
fn finding_without_action_and_unsourced_entry_are_warnings() {
    let finding = "---\nid: f\nkind: finding\ntitle: {en: F, mn: Д}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\naddressed_by: []\n---\n::: en\nx\n::: mn\nх\n";
    let unsourced = "---\nid: n\nkind: definition\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\n---\n::: en\nx\n::: mn\nх\n";
    assert_eq!(
        diagnostics(&[("f.md", finding.as_bytes()), ("n.md", unsourced.as_bytes())]),
        ["f.md:7:1: finding-without-action", "n.md:2:1: unsourced"]
    );
}

#[test]
fn stage_models_with_gaps_or_repeats_are_reported() {
    let stage = |id: &str, pos: u32| {
        format!(
            "---\nid: {id}\nkind: stage\ntitle: {{en: T, mn: Т}}\nsummary: {{en: S, mn: С}}\nsources: [{{id: src-a, locator: x}}]\nmodel: src-a\nposition: {pos}\n---\n::: en\nx\n::: mn\nх\n"
        )
    };
    let (a, b, c) = (stage("s1", 1), stage("s3", 3), stage("s3b", 3));
    assert_eq!(
        diagnostics(&[
            ("s1.md", a.as_bytes()),
            ("s3.md", b.as_bytes()),
            ("s3b.md", c.as_bytes())
        ]),
        ["s3.md:8:1: stage-gap", "s3b.md:8:1: stage-repeat"]
    );
}

#[test]
fn tour_step_to_nothing_is_a_broken_link() {
    let tour = "---\nid: tour-x\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: src-a\n  - entry: no-such-entry\n    note: {en: Say hi, mn: Мэнд}\n---\n";
    assert_eq!(one("tour.md", tour), ["tour.md:8:12: broken-link"]);
}

#[test]
fn empty_and_unclosed_files_are_reported_and_skipped() {
    let d = diagnostics(&[
        ("empty.md", b""),
        ("open.md", b"---\nid: open\nkind: definition\n"),
    ]);
    assert_eq!(
        d,
        ["empty.md:1:1: empty", "open.md:1:1: unclosed-front-matter"]
    );
}

#[test]
fn unknown_kind_is_reported() {
    let text = definition("uk", "", "x").replace("kind: definition", "kind: poem");
    assert_eq!(one("uk.md", &text), ["uk.md:3:7: bad-value"]);
}

#[test]
fn self_links_warn_and_link_cycles_are_fine() {
    let a = definition("a", "related: [b, a]\n", "x");
    let b = definition("b", "related: [a]\n", "x");
    assert_eq!(
        diagnostics(&[("a.md", a.as_bytes()), ("b.md", b.as_bytes())]),
        ["a.md:13:14: self-link"]
    );
}

#[test]
fn invalid_utf8_and_nul_bytes_are_reported_with_their_line() {
    let mut bad = definition("u8", "", "x").into_bytes();
    bad.extend_from_slice(b"\nmore \xff\xfe text\n");
    let nul = definition("nul", "", "a\0b");
    let d = diagnostics(&[("u8.md", &bad), ("nul.md", nul.as_bytes())]);
    assert_eq!(d, ["nul.md:15:1: nul-byte", "u8.md:20:1: invalid-utf8"]);
}

#[test]
fn actions_must_belong_to_one_recommendation() {
    let action = "---\nid: act\nkind: action\ntitle: {en: A, mn: А}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n---\n::: en\nx\n::: mn\nх\n";
    assert_eq!(
        one("act.md", action),
        ["act.md:2:1: action-without-recommendation"]
    );
}

#[test]
fn links_of_the_wrong_kind_are_reported() {
    let text = definition("w", "", "x").replace("  - id: src-a", "  - id: other");
    let other = definition("other", "", "x");
    let d = diagnostics(&[("w.md", text.as_bytes()), ("other.md", other.as_bytes())]);
    assert_eq!(d, ["w.md:11:9: wrong-link-kind"]);
}

#[test]
fn one_bad_file_never_hides_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("src-a.md"), SOURCE).expect("write");
    std::fs::write(dir.path().join("bad.md"), "---\nid: [\n---\n").expect("write");
    std::fs::write(dir.path().join("good.md"), definition("good", "", "x")).expect("write");
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    });
    assert!(outcome.corpus.get("good").is_some());
    assert!(outcome.corpus.get("src-a").is_some());
    assert_eq!(outcome.corpus.len(), 2);
    assert_eq!(outcome.diagnostics.len(), 1);
}

#[test]
fn user_content_replaces_builtin_entries_with_the_same_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = SOURCE
        .replace("src-a", "src-unctad-2025")
        .replace("A report", "My copy");
    std::fs::write(dir.path().join("mine.md"), text).expect("write");
    let outcome = load(&Sources {
        builtin: true,
        dirs: vec![dir.path().to_path_buf()],
    });
    let e = outcome.corpus.get("src-unctad-2025").expect("entry");
    assert_eq!(e.title.en.as_deref(), Some("My copy"));
    assert!(!e.origin.builtin);
    let _ = Path::new("");
}

fn figure(extra: &str, rows: &str) -> String {
    format!(
        "---\nid: fig\nkind: figure\ntitle: {{en: F, mn: Г}}\nsummary: {{en: S, mn: С}}\nsources: [{{id: src-a, locator: x}}]\nunit: {{en: \"%\", mn: \"%\"}}\n{extra}rows:\n{rows}---\n::: en\nx\n::: mn\nх\n"
    )
}

#[test]
fn figure_rows_must_add_up_to_the_total_within_rounding() {
    let rows =
        "  - {label: {en: a, mn: а}, value: 13.9}\n  - {label: {en: b, mn: б}, value: 86.1}\n";
    assert_eq!(
        one("fig.md", &figure("total: 100\n", rows)),
        Vec::<String>::new()
    );
    // 13.9 + 85.9 = 99.8: further from 100 than two values rounded to one decimal can be (0.1).
    let rows_off =
        "  - {label: {en: a, mn: а}, value: 13.9}\n  - {label: {en: b, mn: б}, value: 85.9}\n";
    assert_eq!(
        one("fig.md", &figure("total: 100\n", rows_off)),
        ["fig.md:8:1: figure-total"]
    );
    let counts = "  - {label: {en: a, mn: а}, value: 1854}\n  - {label: {en: b, mn: б}, value: 898}\n  - {label: {en: c, mn: в}, value: 197}\n";
    assert_eq!(
        one("fig.md", &figure("total: 2950\n", counts)),
        ["fig.md:8:1: figure-total"]
    );
}

#[test]
fn figure_cells_and_units_are_checked() {
    let rows = "  - {label: {en: a, mn: а}, value: 1, cells: [{en: x, mn: х}]}\n  - {label: {en: b, mn: б}, value: 2, unit: {en: m, mn: м}}\n";
    assert_eq!(
        one("fig.md", &figure("", rows)),
        ["fig.md:2:1: figure-units", "fig.md:8:1: figure-cells"]
    );
}

#[test]
fn lone_carriage_returns_count_as_line_breaks_everywhere() {
    // Old Mac line ends: the YAML parser and toli must agree on the line of a problem.
    let text = definition("cr", "colour: blue\n", "See [[nowhere]].").replace('\n', "\r");
    assert_eq!(
        one("cr.md", &text),
        ["cr.md:13:1: unknown-field", "cr.md:16:5: broken-link"]
    );
    let text = definition("cr", "", "See [[nowhere]].").replace('\n', "\r");
    assert_eq!(one("cr.md", &text), ["cr.md:15:5: broken-link"]);
}

#[test]
fn a_folders_synonyms_file_is_checked_with_its_line() {
    let text = "# groups\n- [грант, тэтгэлэг]\n- [lonely]\n";
    assert_eq!(
        one("SYNONYMS.yaml", text),
        vec!["SYNONYMS.yaml:3:1: synonyms"]
    );
    let broken = "- [грант, тэтгэлэг]\n- [a, b\n";
    let d = one("SYNONYMS.yaml", broken);
    assert!(
        d.len() == 1 && d[0].starts_with("SYNONYMS.yaml:") && d[0].ends_with(": synonyms"),
        "{d:?}"
    );
    assert!(one("SYNONYMS.yaml", "- [a, b]\n").is_empty());
}

/// A trainer's own synonyms extend the shipped ones for search.
#[test]
fn a_folders_synonyms_widen_search() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("src-a.md"), SOURCE).expect("write");
    std::fs::write(
        dir.path().join("def-ok.md"),
        definition("def-ok", "", "About widgets."),
    )
    .expect("write");
    std::fs::write(dir.path().join("SYNONYMS.yaml"), "- [gizmo, widgets]\n").expect("write");
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    });
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    let index =
        toli::search::SearchIndex::build(&outcome.corpus).with_synonyms(outcome.synonyms.clone());
    let hits = index.search(&outcome.corpus, "gizmo", &Default::default());
    assert_eq!(hits.len(), 1);
    let plain = toli::search::SearchIndex::build(&outcome.corpus);
    assert!(
        plain
            .search(&outcome.corpus, "gizmo", &Default::default())
            .is_empty()
    );
}
