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
    // Named at the `[` that is never closed; the list still reads, so its links are checked.
    let text = definition("bad", "related: [a, b\n", "x");
    assert_eq!(
        one("bad.md", &text),
        [
            "bad.md:13:10: yaml",
            "bad.md:13:11: broken-link",
            "bad.md:13:14: broken-link"
        ]
    );
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
    let d = diagnostics(&[("same.md", a.as_bytes()), ("same2.md", a.as_bytes())]);
    // The copy is not named after the id either, but renaming it after the id would clash
    // with the first file: the duplicate's advice offers its name as the id instead.
    assert_eq!(d, ["same2.md:2:1: duplicate-id"]);
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

/// A stage whose file did not load is said once, by that file's own error: its model is not
/// also told it has no stage at that position (which would blame the next stage's file).
#[test]
fn a_stage_that_did_not_load_leaves_no_second_error_on_its_model() {
    let stage = |id: &str, pos: u32, summary: &str| {
        format!(
            "---\nid: {id}\nkind: stage\ntitle: {{en: T, mn: Т}}\nsummary: {summary}\nsources: [{{id: src-a, locator: x}}]\nmodel: src-a\nposition: {pos}\n---\n::: en\nx\n::: mn\nх\n"
        )
    };
    let broken = stage("s1", 1, "{en: The stage: 1, mn: С}");
    let (b, c) = (
        stage("s2", 2, "{en: S, mn: С}"),
        stage("s4", 4, "{en: S, mn: С}"),
    );
    assert_eq!(
        diagnostics(&[
            ("s1.md", broken.as_bytes()),
            ("s2.md", b.as_bytes()),
            ("s4.md", c.as_bytes())
        ]),
        // The gap no file explains stays.
        ["s1.md:5:15: yaml", "s4.md:8:1: stage-gap"]
    );
}

#[test]
fn tour_step_to_nothing_is_a_broken_link() {
    let tour = "---\nid: tour-x\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: src-a\n  - entry: no-such-entry\n    note: {en: Say hi, mn: Мэнд}\n---\n";
    assert_eq!(one("tour-x.md", tour), ["tour-x.md:8:12: broken-link"]);
}

/// A step's `figures` must name figures: an unknown id is a broken link (with the figure it
/// most looks like), another kind of entry is named as not a figure, each at its own line and
/// column, in a flow list or a block list.
#[test]
fn a_tour_step_s_figures_must_name_figures() {
    let fig = figure("", "  - {label: {en: a, mn: а}, value: 1}\n");
    let tour = "---\nid: tour-x\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: src-a\n    figures: [fig, figg, src-a]\n  - entry: fig\n    figures:\n      - src-a\n---\n";
    let d = diagnostics(&[("tour-x.md", tour.as_bytes()), ("fig.md", fig.as_bytes())]);
    assert_eq!(
        d,
        [
            "tour-x.md:8:20: broken-link",
            "tour-x.md:8:26: wrong-link-kind",
            "tour-x.md:11:9: wrong-link-kind",
        ]
    );
    let (outcome, _) =
        common::load_with_source(&[("tour-x.md", tour.as_bytes()), ("fig.md", fig.as_bytes())]);
    let d = &outcome.diagnostics;
    assert_eq!(d[0].suggestion.as_deref(), Some("fig"), "{d:?}");
    assert!(
        matches!(&d[1].problem, toli::diagnostic::Problem::WrongLinkKind { field, expected, .. }
            if field == "figures" && *expected == toli::corpus::model::Kind::Figure),
        "{d:?}"
    );
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
        ["fig.md:9:39: figure-cells", "fig.md:10:39: figure-units"],
        "each at its row: the first row's `cells`, the second row's `unit`"
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
    let index = toli::search::SearchIndex::build(&outcome.corpus)
        .with_synonyms(Some(outcome.synonyms.clone()));
    let hits = index.search(&outcome.corpus, "gizmo", &Default::default());
    assert_eq!(hits.len(), 1);
    let plain = toli::search::SearchIndex::build(&outcome.corpus);
    assert!(
        plain
            .search(&outcome.corpus, "gizmo", &Default::default())
            .is_empty()
    );
}

/// Every diagnostic of the user-walk fixtures (`tests/fixtures/check-yaml`, checked on top of
/// the shipped corpus, as `toli --content` does) rendered in `lang`, with the folder removed.
fn walk_fixtures(lang: toli::lang::Lang) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check-yaml");
    let outcome = load(&Sources {
        builtin: true,
        dirs: vec![dir.clone()],
    });
    let prefix = format!("{}/", dir.display());
    let l10n = toli::i18n::Localizer::new();
    outcome
        .diagnostics
        .iter()
        .map(|d| d.render(&l10n, lang).replace(&prefix, ""))
        .collect()
}

#[test]
fn yaml_slips_are_named_where_they_were_made_in_both_languages() {
    let yaml = |lines: Vec<String>| -> Vec<String> {
        lines
            .into_iter()
            .filter(|l| l.starts_with("definitions/"))
            .collect()
    };
    assert_eq!(
        yaml(walk_fixtures(toli::lang::Lang::En)),
        [
            "definitions/q1.md:6:7: error: the quote `\"` opened here is never closed, so YAML reads the lines below as part of this value — end the value with `\"` on this line",
            "definitions/q2.md:5:10: error: the `{` opened here is never closed — add `}` after the last value on this line (and separate the fields with commas)",
            "definitions/q3.md:6:1: error: a field needs a colon after its name — write `related: [cluster]`",
            "definitions/q4.md:7:4: error: this line is indented more than `en` on the line above — start both in the same column, using spaces: write `mn: х` after 2 spaces",
            "definitions/q5.md:5:22: error: the quote opened here is never closed — add the closing quote after `х`",
            // Three slips in one file, and the links of the patched text still checked.
            "definitions/q6.md:4:15: error: a comma is missing before `mn` — inside { } the fields are separated by commas, like {en: text, mn: бичвэр}",
            "definitions/q6.md:7:2: error: this line is indented less than `en` on the line above, and lines up with no field — start it in the same column as `en`: write `mn: х` after 2 spaces",
            "definitions/q6.md:10:6: error: this line is indented more than `id` on the line above — start both in the same column, using spaces: write `locator: \"Section II\"` after 4 spaces",
            "definitions/q6.md:11:20: error: the related entry is given the id `clustr`, but no entry has that id — did you mean `cluster`?",
            // Walk 13, T1: one `]` missing inside `{…}`, named once at its `[`.
            "definitions/q7.md:10:15: error: the `[` opened here is never closed — add `]` after `provincial cluster`",
        ]
    );
    assert_eq!(
        yaml(walk_fixtures(toli::lang::Lang::Mn)),
        [
            "definitions/q1.md:6:7: алдаа: энд нээсэн `\"` хашилт хаагдаагүй тул доорх мөрүүдийг YAML энэ утгын үргэлжлэл гэж уншиж байна — утгыг энэ мөрөнд `\"` тэмдгээр хаана уу",
            "definitions/q2.md:5:10: алдаа: энд нээсэн `{` хаалт хаагдаагүй — энэ мөрийн сүүлчийн утгын ард `}` нэмнэ үү (талбаруудыг таслалаар тусгаарлана)",
            "definitions/q3.md:6:1: алдаа: талбарын нэрийн ард хоёр цэг тавина — ингэж бичнэ үү: `related: [cluster]`",
            "definitions/q4.md:7:4: алдаа: энэ мөрийн догол дээрх мөрийн `en` талбарынхаас их байна — аль алиныг нь хоосон зайгаар ижил баганаас эхлүүлж, 2 хоосон зайн дараа `mn: х` гэж бичнэ үү",
            "definitions/q5.md:5:22: алдаа: энд нээсэн хашилт хаагдаагүй — `х` гэсний ард хаах хашилт нэмнэ үү",
            "definitions/q6.md:4:15: алдаа: `mn` талбарын өмнө таслал дутуу байна — { } дотор талбаруудыг таслалаар тусгаарлана, жишээ нь {en: text, mn: бичвэр}",
            "definitions/q6.md:7:2: алдаа: энэ мөрийн догол дээрх мөрийн `en` талбарынхаас бага бөгөөд аль ч талбартай тэгшлээгүй байна — `en` талбартай ижил баганаас эхлүүлж, 2 хоосон зайн дараа `mn: х` гэж бичнэ үү",
            "definitions/q6.md:10:6: алдаа: энэ мөрийн догол дээрх мөрийн `id` талбарынхаас их байна — аль алиныг нь хоосон зайгаар ижил баганаас эхлүүлж, 4 хоосон зайн дараа `locator: \"Section II\"` гэж бичнэ үү",
            "definitions/q6.md:11:20: алдаа: холбогдох бичлэгийг `clustr` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй бичлэг байхгүй — `cluster` гэж бичих гэсэн үү?",
            "definitions/q7.md:10:15: алдаа: энд нээсэн `[` хаалт хаагдаагүй — `provincial cluster` гэсний ард `]` нэмнэ үү",
        ]
    );
}

#[test]
fn a_wrong_kind_hides_nothing_and_coded_values_are_read_by_their_names() {
    let other = |lines: Vec<String>| -> Vec<String> {
        lines
            .into_iter()
            .filter(|l| !l.starts_with("definitions/"))
            .collect()
    };
    // A kind is written by its English name in either language, listed in table order; in
    // Mongolian each with its Mongolian name, as a coded value with its label.
    use toli::corpus::model::Kind;
    let kinds = Kind::ALL.map(|k| k.name()).join(", ");
    let kinds_mn = Kind::ALL
        .map(|k| format!("{} ({})", k.name(), k.mongolian_name()))
        .join(", ");
    let expected = |lines: &[&str], kinds: &str| -> Vec<String> {
        lines.iter().map(|l| l.replace("{KINDS}", kinds)).collect()
    };
    assert_eq!(
        other(walk_fixtures(toli::lang::Lang::En)),
        expected(
            &[
                "cases/soum-park.md:7:10: warning: `Монгол Улс` is read as `MN` — write the code `MN` in `country`",
                "cases/soum-park.md:8:7: warning: `парк` is read as `park` — write the code `park` in `type`",
                "cases/soum-park.md:9:10: warning: `хүнс` is read as `food` — write the code `food` in `sector`",
                // The kind is misspelt: the rest is checked as the kind it suggests.
                "policies/aimag-law.md:3:7: error: `бодлог` is not a valid kind; expected {KINDS} — did you mean `бодлого`?",
                "policies/aimag-law.md:11:10: warning: `Монгол` is read as `MN` — write the code `MN` in `country`",
                // Walk 13, T2: the number written is the one suggested.
                "policies/aimag-law.md:12:7: error: `year` must be a year in four digits — write `year: 2025`",
                "policies/aimag-law.md:13:7: warning: `хууль` is read as `law` — write the code `law` in `type`",
                // No kind: the rest is checked as the kind of its folder, given as the example.
                "policies/soum-law.md:2:1: error: missing required field `kind`: what the entry is; in this folder, kind: policy (`toli help format` lists every kind)",
                "policies/soum-law.md:7:7: error: `хуул` is not a valid type; expected law, strategy, programme, incentive — did you mean `law`?",
            ],
            &kinds
        )
    );
    assert_eq!(
        other(walk_fixtures(toli::lang::Lang::Mn)),
        expected(
            &[
                "cases/soum-park.md:7:10: анхааруулга: `Монгол Улс` гэснийг `MN` гэж уншлаа — `country` талбарт `MN` гэсэн кодыг бичнэ үү",
                "cases/soum-park.md:8:7: анхааруулга: `парк` гэснийг `park` гэж уншлаа — `type` талбарт `park` гэсэн кодыг бичнэ үү",
                "cases/soum-park.md:9:10: анхааруулга: `хүнс` гэснийг `food` гэж уншлаа — `sector` талбарт `food` гэсэн кодыг бичнэ үү",
                "policies/aimag-law.md:3:7: алдаа: `бодлог` гэсэн утгыг `kind` талбар хүлээж авахгүй; боломжит утга: {KINDS} — `бодлого` гэж бичих гэсэн үү?",
                "policies/aimag-law.md:11:10: анхааруулга: `Монгол` гэснийг `MN` гэж уншлаа — `country` талбарт `MN` гэсэн кодыг бичнэ үү",
                "policies/aimag-law.md:12:7: алдаа: `year` талбарт оныг дөрвөн оронтой тоогоор бичнэ — `year: 2025` гэж бичнэ үү",
                "policies/aimag-law.md:13:7: анхааруулга: `хууль` гэснийг `law` гэж уншлаа — `type` талбарт `law` гэсэн кодыг бичнэ үү",
                "policies/soum-law.md:2:1: алдаа: заавал байх `kind` талбар байхгүй: бичлэгийн төрөл; энэ хавтсанд kind: policy гэж бичнэ (бүх төрлийг `toli help format` жагсаана)",
                "policies/soum-law.md:7:7: алдаа: `хуул` гэсэн утгыг `type` талбар хүлээж авахгүй; боломжит утга: law (хууль), strategy (стратеги), programme (хөтөлбөр), incentive (хөнгөлөлт) — `law` гэж бичих гэсэн үү?",
            ],
            &kinds_mn
        )
    );
}

#[test]
fn a_coded_value_read_by_its_name_is_stored_as_its_code() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check-yaml");
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![dir],
    });
    let park = outcome
        .corpus
        .get("soum-park")
        .expect("a warning does not stop loading");
    match &park.fields {
        toli::corpus::model::KindFields::Case {
            country,
            case_type,
            sector,
            ..
        } => {
            assert_eq!(country, "MN");
            assert_eq!(case_type, "park");
            assert_eq!(sector, &["food", "ict"]);
        }
        other => panic!("not a case: {other:?}"),
    }
    // Files with a syntax error or a wrong kind are checked but not loaded.
    for id in ["q1", "q6", "q7", "aimag-law", "soum-law"] {
        assert!(outcome.corpus.get(id).is_none(), "{id} loaded");
    }
}

/// The links to the id of a file that did not load are one problem at that file's error,
/// saying how many entries link and which, in both languages, instead of one line per link
/// saying that no entry has the id (a broken definition gave 22 such lines).
#[test]
fn links_to_an_entry_whose_file_did_not_load_are_one_problem_at_that_file() {
    let hub = definition(
        "soum-hub",
        "tags:\n  en: [rural, hubs\n  mn: [хөдөө, төв]\n",
        "A hub.",
    );
    let tour = "---\nid: tour-x\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsteps:\n  - entry: src-a\n  - entry: soum-hub\n---\n";
    let other = definition(
        "other",
        "related: [soum-hub]\n",
        "See [[soum-hub]] and [[soum-hub]].",
    );
    let files = [
        ("definitions/soum-hub.md", hub.as_bytes()),
        ("tours/tour-x.md", tour.as_bytes()),
        ("definitions/other.md", other.as_bytes()),
    ];
    let mut codes = diagnostics(&files);
    codes.sort();
    assert_eq!(
        codes,
        [
            "definitions/soum-hub.md:14:7: link-to-unloaded",
            "definitions/soum-hub.md:14:7: yaml",
        ]
    );
    let (outcome, prefix) = common::load_with_source(&files);
    let l10n = toli::i18n::Localizer::new();
    let link = (outcome.diagnostics.iter())
        .find(|d| d.problem.code() == "link-to-unloaded")
        .expect("the links' problem");
    let hub_path = format!("{prefix}definitions/soum-hub.md");
    assert_eq!(link.path, hub_path);
    for (lang, says) in [
        (
            toli::lang::Lang::En,
            "2 entries link to `soum-hub`, the id of this file, which did not load (",
        ),
        (
            toli::lang::Lang::Mn,
            "`soum-hub` таних нэр лүү заасан 2 бичлэгийн холбоос ажиллахгүй байна (",
        ),
    ] {
        let text = link.render(&l10n, lang);
        assert!(text.contains(says), "{text}");
        assert!(
            text.contains("tour-x") && text.contains("other"),
            "the linking entries: {text}"
        );
        assert!(
            text.contains("14") && text.contains('7'),
            "its error's place: {text}"
        );
        assert!(!text.contains("no entry has") && !text.contains("бичлэг байхгүй"));
    }
}

/// A generated file: a line of 50,000 repeated words is one warning saying how many; thirty
/// doubled words on thirty lines list ten and a closing line for the other twenty; the
/// file's error is listed whatever the warnings.
#[test]
fn a_repeated_word_is_one_warning_per_run_and_a_file_lists_ten_of_a_kind() {
    let mut mn = "Урт ".repeat(50_000);
    for _ in 0..30 {
        mn.push_str("\nЭнэ бол бол мөр.");
    }
    let text = format!(
        "---\nid: huge\nkind: definition\ntitle:\n  en: Title\n  mn: Гарчиг\nsummary:\n  en: Summary\n  mn: Товч\nsources:\n  - id: src-a\n    locator: p. 1\nrelated: [nowhere]\n---\n::: en\nText.\n\n::: mn\n{mn}\n"
    );
    let (outcome, _) = common::load_with_source(&[("huge.md", text.as_bytes())]);
    let codes: Vec<&str> = outcome
        .diagnostics
        .iter()
        .map(|d| d.problem.code())
        .collect();
    let count = |code: &str| codes.iter().filter(|c| **c == code).count();
    assert_eq!(
        count("broken-link"),
        1,
        "the error stays in sight: {codes:?}"
    );
    assert_eq!(count("mn-doubled-word"), 10, "{codes:?}");
    assert_eq!(codes.len(), 12, "{codes:?}");
    let run = &outcome.diagnostics[1].problem;
    assert_eq!(
        *run,
        toli::diagnostic::Problem::MnDoubledWord {
            word: "Урт".into(),
            times: 50_000
        }
    );
    let last = &outcome.diagnostics[11];
    assert_eq!(
        last.problem,
        toli::diagnostic::Problem::MoreWarnings {
            code: "mn-doubled-word".into(),
            more: 21
        }
    );
    let l10n = toli::i18n::Localizer::new();
    for (lang, says) in [
        (toli::lang::Lang::En, "written 50000 times in a row"),
        (toli::lang::Lang::Mn, "дараалан 50000 удаа бичигджээ"),
    ] {
        let text = outcome.diagnostics[1].render(&l10n, lang);
        assert!(text.contains(says), "{text}");
    }
    let closing = last.render(&l10n, toli::lang::Lang::En);
    assert!(
        closing.contains("21 more warnings of this kind"),
        "{closing}"
    );
    assert_eq!(toli::diagnostic::tally(&outcome.diagnostics), (1, 31));
}

/// A date that is not one, in every kind that carries a date (policy and source `year`, case
/// `established` and `licensed`, stage `period`), is named at its line with the form a date
/// takes and an example, in both languages; every entry still loads.
#[test]
fn a_date_that_is_not_a_date_is_named_in_every_dated_kind_and_the_entry_still_loads() {
    let head =
        "title: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n";
    let file = |front: &str| format!("---\n{front}---\n::: en\nText.\n::: mn\nБичвэр.\n");
    let files = [
        (
            "law.md",
            file(&format!(
                "id: law\nkind: policy\n{head}country: MN\ntype: law\nyear: 20I5\n"
            )),
        ),
        (
            "park.md",
            file(&format!(
                "id: park\nkind: case\n{head}country: MN\ntype: park\nestablished: soon\nlicensed: 15\n"
            )),
        ),
        (
            "step.md",
            file(&format!(
                "id: step\nkind: stage\n{head}model: src-a\nposition: 1\nperiod: soon\n"
            )),
        ),
        (
            "report.md",
            file(
                "id: report\nkind: source\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nauthor: UNCTAD\nyear: \"2025 он\"\n",
            ),
        ),
    ];
    let (outcome, prefix) = common::load_with_source(&files);
    for id in ["law", "park", "step", "report"] {
        assert!(outcome.corpus.get(id).is_some(), "{id} still loads");
    }
    let l10n = toli::i18n::Localizer::new();
    let said = |lang| -> Vec<String> {
        let mut dated: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.problem.code() == "wrong-type")
            .collect();
        dated.sort_by_key(|d| (d.path.clone(), d.line));
        dated
            .iter()
            .map(|d| d.render(&l10n, lang).replace(&prefix, ""))
            .collect()
    };
    assert_eq!(
        said(toli::lang::Lang::En),
        [
            "law.md:9:7: error: `year` must be a year in four digits — write `year: 2015`",
            "park.md:9:14: error: `established` must be a year in four digits, like `established: 2015`",
            "park.md:10:11: error: `licensed` must be a year in four digits, like `licensed: 2015`",
            "report.md:7:7: error: `year` must be a year in four digits — write `year: 2025`",
            "step.md:9:9: error: `period` must be a year, a span of years or a length of time, like `period: 2008–2015`, `2015–` (still running), `1972` or `6 months` (the unit in English: days, weeks, months, years)",
        ]
    );
    assert_eq!(
        said(toli::lang::Lang::Mn),
        [
            "law.md:9:7: алдаа: `year` талбарт оныг дөрвөн оронтой тоогоор бичнэ — `year: 2015` гэж бичнэ үү",
            "park.md:9:14: алдаа: `established` талбарт оныг дөрвөн оронтой тоогоор бичнэ, жишээ нь `established: 2015`",
            "park.md:10:11: алдаа: `licensed` талбарт оныг дөрвөн оронтой тоогоор бичнэ, жишээ нь `licensed: 2015`",
            "report.md:7:7: алдаа: `year` талбарт оныг дөрвөн оронтой тоогоор бичнэ — `year: 2025` гэж бичнэ үү",
            "step.md:9:9: алдаа: `period` талбарт он, хэдэн оны хугацаа эсвэл үргэлжлэх хугацааг бичнэ, жишээ нь `period: 2008–2015`, `2015–` (одоо ч үргэлжилж буй), `1972` эсвэл `6 months` (хугацааны нэгжийг англиар: days, weeks, months, years)",
        ]
    );
}
