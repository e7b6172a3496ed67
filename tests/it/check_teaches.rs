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

/// A misspelt link field is read as the field it was meant to be, and a wrong link in it is
/// reported where it is written, not on the `id:` line.
#[test]
fn a_link_in_a_misspelt_field_is_reported_where_it_is_written() {
    let text = entry(
        "id: d\nkind: definition\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nrelatd: [src-b, src-c]\n",
    );
    assert_eq!(
        diagnostics(&[("d.md", &text)]),
        [
            "d.md:2:1: unsourced",
            "d.md:6:1: unknown-field → related",
            "d.md:6:10: broken-link → src-a",
            "d.md:6:17: broken-link → src-a",
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
        diagnostics(&[("tour-x.md", tour)]),
        ["tour-x.md:8:12: broken-link → src-a"]
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
            ("src-b.md", &source("src-b", "MN")),
            ("src-c.md", &source("src-c", "none")),
            ("src-d.md", &source("src-d", "nnoe")),
            ("src-e.md", &source("src-e", "english")),
        ]),
        [
            "src-d.md:7:11: bad-value → none",
            "src-e.md:7:11: bad-value → en"
        ]
    );
}

/// The walk's file: `sources:` indented by one space under `summary` is
/// told to start the line; indented to the column of `en` and `mn` it is named as an unexpected
/// key of `summary` (not "`summary` must give both languages"), in both languages.
#[test]
fn a_field_indented_under_summary_is_told_to_start_the_line_in_both_languages() {
    const WALK: &str = "---\nid: soum-lab\nkind: definition\ntitle:\n  en: Soum lab\n  mn: Сумын лаборатори\nsummary:\n  en: A test entry that is fine.\n  mn: Зөв бичигдсэн туршилтын бичлэг.\n sources:\n  - id: src-unctad-2025\n    locator: \"Section II\"\n---\n::: en\nFine text.\n\n::: mn\nЗөв бичвэр.\n";
    let check = |indent: &str, lang: &str| {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("definitions")).expect("mkdir");
        let file = dir.path().join("definitions/soum-lab.md");
        std::fs::write(
            &file,
            WALK.replace("\n sources:", &format!("\n{indent}sources:")),
        )
        .expect("write");
        let out = common::toli_en()
            .args(["--lang", lang, "--content"])
            .arg(dir.path())
            .arg("check")
            .output()
            .expect("run");
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        let prefix = format!("{}:", file.display());
        stdout
            .lines()
            .filter_map(|l| l.strip_prefix(&prefix))
            .map(str::to_string)
            .collect::<Vec<String>>()
    };
    assert_eq!(
        check(" ", "en"),
        [
            "10:2: error: `sources` is a field of the entry — start it at the beginning of the line, with no spaces before it: `sources:`"
        ]
    );
    assert_eq!(
        check(" ", "mn"),
        [
            "10:2: алдаа: `sources` нь бичлэгийн талбар — мөрийн эхнээс, өмнө нь хоосон зай үлдээлгүй `sources:` гэж бичнэ үү"
        ]
    );
    assert_eq!(
        check("  ", "en"),
        [
            "2:1: warning: the entry cites no source — say where it comes from, each source with the place in it: sources: [{id: SOURCE-ID, locator: \"Table 3\"}] (`toli list --kind source` lists the sources)",
            "10:3: error: `summary` has an unexpected key `sources` — `sources` is a field of the entry: start it at the beginning of the line, not under `summary`",
        ]
    );
    assert_eq!(
        check("  ", "mn"),
        [
            "2:1: анхааруулга: бичлэг эх сурвалжгүй — мэдээллийг авсан эх сурвалж бүрийг түүний доторх байршлын хамт бичнэ үү: sources: [{id: ЭХ-СУРВАЛЖИЙН-ТАНИХ-НЭР, locator: \"3-р хүснэгт\"}] (эх сурвалжуудыг `toli list --kind source` тушаал жагсаана)",
            "10:3: алдаа: `summary` талбарын дотор `sources` гэсэн илүүдэл талбар байна — `sources` нь бичлэгийн талбар тул `summary` талбарын доор биш, мөрийн эхнээс бичнэ үү",
        ]
    );
}

/// Another key in a map of both languages is named, with what goes there instead.
#[test]
fn an_unknown_key_beside_en_and_mn_is_named() {
    let text = entry(
        "id: d\nkind: definition\ntitle: {en: T, mn: Т, fr: F}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n",
    );
    assert_eq!(
        diagnostics(&[("d.md", &text)]),
        ["d.md:4:23: unexpected-key"]
    );
}
