//! Where `toli check` points and how it names the place, as a content author reads it: a
//! problem in an item of a list at that item's line, the item counted from 1 in words of both
//! languages (`rows[2]` is "row 3", «№3 мөр»); one slip, one error.

use crate::common;

use toli::i18n::Localizer;
use toli::lang::Lang;

/// `name:line:col: severity: message` for each diagnostic of `files` in `lang`.
fn rendered(files: &[(&str, &str)], lang: Lang) -> Vec<String> {
    let (outcome, prefix) = common::load_with_source(files);
    let l10n = Localizer::new();
    outcome
        .diagnostics
        .iter()
        .map(|d| d.render(&l10n, lang).replacen(&prefix, "", 1))
        .collect()
}

/// A table figure of three rows, each `row_n` added to row n's lines.
fn figure(rows: [&str; 3]) -> String {
    let [a, b, c] = rows;
    format!(
        "---\nid: fig\nkind: figure\ntitle: {{en: F, mn: Г}}\nsummary: {{en: S, mn: С}}\nsources: [{{id: src-a, locator: x}}]\nchart: table\ncolumns: [{{en: Note, mn: Тэмдэглэл}}]\nrows:\n  - label: {{en: a, mn: а}}\n    value: 1\n{a}  - label: {{en: b, mn: б}}\n    value: 2\n{b}  - label: {{en: c, mn: в}}\n    value: 3\n{c}---\n::: en\nx\n::: mn\nх\n"
    )
}

const CELL: &str = "    cells: [{en: x, mn: х}]\n";

#[test]
fn a_bad_value_in_the_third_row_is_told_at_that_row_in_both_languages() {
    let text = figure([CELL, CELL, CELL]).replace("    value: 3\n", "    value: abc\n");
    assert_eq!(
        rendered(&[("fig.md", &text)], Lang::En),
        [
            "fig.md:17:12: error: row 3: `value` must be a number without thousands separators, like 28696 or 59.37"
        ]
    );
    assert_eq!(
        rendered(&[("fig.md", &text)], Lang::Mn),
        [
            "fig.md:17:12: алдаа: №3 мөр: `value` талбарт мянгатын тусгаарлагчгүй тоо бичнэ, жишээ нь 28696 эсвэл 59.37"
        ]
    );
}

/// Every problem a row can have is told at its own line, the row counted from 1: a missing
/// language of its label, its unit and a cell, a cell too few.
#[test]
fn each_row_s_problems_are_told_at_the_row() {
    let text = figure(["", "    unit: {en: m}\n    cells: [{en: x}]\n", CELL])
        .replace("{en: c, mn: в}", "{en: c}");
    assert_eq!(
        rendered(&[("fig.md", &text)], Lang::En),
        [
            "fig.md:10:5: error: row 1 has 0 cells but the figure has 1 column — give each row one cell per entry of `columns`",
            "fig.md:14:5: error: row 2: `unit` has no Mongolian text — add it as `mn: …` beside its `en: …`",
            "fig.md:15:13: error: row 2, cell 1: `cells` has no Mongolian text — add it as `mn: …` beside its `en: …`",
            "fig.md:16:5: error: row 3: `label` has no Mongolian text — add it as `mn: …` beside its `en: …`",
        ]
    );
    assert_eq!(
        rendered(&[("fig.md", &text)], Lang::Mn),
        [
            "fig.md:10:5: алдаа: №1 мөр: нүдний тоо 0, харин хүснэгтийн баганын тоо 1 — мөр бүрт `columns` жагсаалтын багана тус бүрт нэг нүд бичнэ үү",
            "fig.md:14:5: алдаа: №2 мөр: `unit` талбарт монгол бичвэр байхгүй — `en: …`-ийн хажууд `mn: …` гэж монгол бичвэрийг нэмнэ үү",
            "fig.md:15:13: алдаа: №2 мөр, №1 нүд: `cells` талбарт монгол бичвэр байхгүй — `en: …`-ийн хажууд `mn: …` гэж монгол бичвэрийг нэмнэ үү",
            "fig.md:16:5: алдаа: №3 мөр: `label` талбарт монгол бичвэр байхгүй — `en: …`-ийн хажууд `mn: …` гэж монгол бичвэрийг нэмнэ үү",
        ]
    );
}

/// `}` written for `]` inside a map that goes on: one error, at the `}`, saying what to
/// write — not the list called unclosed and then the rest of the line called extra.
#[test]
fn a_brace_written_for_a_bracket_is_one_error_at_the_brace() {
    let text = "---\nid: d\nkind: definition\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\ntags: {en: [a, b}, mn: [в]}\nsources: [{id: src-a, locator: x}]\n---\n::: en\nx\n::: mn\nх\n";
    assert_eq!(
        rendered(&[("d.md", text)], Lang::En),
        ["d.md:6:17: error: this bracket does not match the one it closes — write `]` here"]
    );
    assert_eq!(
        rendered(&[("d.md", text)], Lang::Mn),
        ["d.md:6:17: алдаа: энэ хаалт нээсэн хаалттайгаа таарахгүй байна — энд `]` гэж бичнэ үү"]
    );
}

/// A tab indenting a line whose neighbours are indented with spaces is the one problem of its
/// line: the line is read as lined up with them, not called indented more or less than the
/// line above; the entry loads, so it is a warning that says so, and nothing
/// that links to it is told it did not load.
#[test]
fn a_tab_in_the_indentation_is_the_one_problem_of_its_line() {
    let files = [
        "---\nid: d\nkind: definition\ntitle:\n\ten: T\n  mn: Т\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n---\n::: en\nx\n::: mn\nх\n",
        "---\nid: d\nkind: definition\ntitle:\n  en: T\n\tmn: Т\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n---\n::: en\nx\n::: mn\nх\n",
        "---\nid: d\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\nsteps:\n  - entry: src-a\n\tnote:\n      en: x\n      mn: х\n---\n::: en\nx\n::: mn\nх\n",
    ];
    for (text, line) in files.iter().zip([5, 6, 9]) {
        assert_eq!(
            rendered(&[("d.md", text)], Lang::En),
            [format!(
                "d.md:{line}:1: warning: a tab indents this line, and YAML allows only spaces there: toli read the tab as spaces lined up with the lines around it and loaded the entry, but other YAML tools refuse the file — indent with spaces"
            )],
            "{text}"
        );
        assert!(
            rendered(&[("d.md", text)], Lang::Mn)[0]
                .contains("анхааруулга: энэ мөрийн доголыг табаар хийсэн байна"),
            "{text}"
        );
        let (outcome, _) = common::load_with_source(&[("d.md", text)]);
        assert!(outcome.corpus.get("d").is_some(), "{text}");
    }
}

/// A file not named after its entry's id is told at the `id:` line, with the two ways to put
/// it right, in both languages; a warning: the entry loads, `toli check` passes and `--strict`
/// fails.
#[test]
fn a_file_not_named_after_its_id_is_told_at_the_id_line() {
    let text = "---\nid: my-cluster\nkind: definition\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n---\n::: en\nText.\n::: mn\nБичвэр.\n";
    let files = [("definitions/cluster-copy.md", text)];
    assert_eq!(
        rendered(&files, Lang::En),
        [
            "definitions/cluster-copy.md:2:1: warning: the file is named `cluster-copy.md`, but its id is `my-cluster` — rename the file to `my-cluster.md`, or change the id to `cluster-copy`, so that the file can be found by its id"
        ]
    );
    assert_eq!(
        rendered(&files, Lang::Mn),
        [
            "definitions/cluster-copy.md:2:1: анхааруулга: файлын нэр `cluster-copy.md` боловч бичлэгийн таних нэр `my-cluster` байна — файлыг таних нэрээр нь олж болохын тулд түүнийг `my-cluster.md` гэж нэрлэнэ үү, эсвэл таних нэрийг `cluster-copy` болгоно уу"
        ]
    );
    let (outcome, _) = common::load_with_source(&files);
    assert!(outcome.corpus.get("my-cluster").is_some(), "it loads");

    let dir = tempfile::tempdir().expect("tempdir");
    let shipped_source = text.replace("src-a", "src-unctad-2025");
    std::fs::write(dir.path().join("My Cluster.md"), shipped_source).expect("write");
    let check = |strict: bool| {
        let mut cmd = common::toli_en();
        cmd.arg("--content").arg(dir.path()).arg("check");
        if strict {
            cmd.arg("--strict");
        }
        let out = cmd.output().expect("run");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, out) = check(false);
    assert_eq!(code, Some(0), "{out}");
    // A name that cannot be an id is not offered as one.
    assert!(
        out.contains("My Cluster.md:2:1: warning: the file is named `My Cluster.md`, but its id is `my-cluster` — rename the file to `my-cluster.md`, or change the id, so"),
        "{out}"
    );
    assert_eq!(check(true).0, Some(1));
}
