//! What `toli check` tells a trainer writing her own entries the evening before (walk 26), in
//! both languages: a comma inside a `{ }` value is told as such, with the value in the quotes
//! to write; a figure's problems come together in one run, its total checked over its rows or
//! said unchecked while a row cannot be read.

use crate::check_coach_lessons::{checked, folder};

/// A figure of the trainer's with `rows` (and `total: 12`) under its front matter.
fn figure(rows: &str) -> String {
    format!(
        "---\nid: fig-darkhan-noos\nkind: figure\ntitle:\n  en: Darkhan wool cluster members by activity, 2024\n  mn: Дарханы ноосны кластерийн гишүүд үйл ажиллагаагаар, 2024\nsummary:\n  en: Most members wash and comb.\n  mn: Ихэнх гишүүд угааж, самнадаг.\nsources:\n  - id: src-unctad-2025\n    locator: \"Section IV\"\nunit: {{en: firms, mn: аж ахуйн нэгж}}\ntotal: 12\nrows:\n{rows}---\n::: en\nCounted.\n\n::: mn\nТоолсон.\n"
    )
}

/// A-1: `mn: Угаах, самнах` inside `{ }` is a value cut by its comma, not "an extra field
/// `самнах`"; a title cut twice is said twice, never "duplicate entry with key 2023".
#[test]
fn a_comma_inside_braces_is_told_with_the_value_in_quotes() {
    let rows = "  - label: {en: Washing and combing, mn: Угаах, самнах}\n    value: 12\n";
    let dir = folder("figures/fig-darkhan-noos.md", &figure(rows));
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "figures/fig-darkhan-noos.md:16:42: алдаа: { } доторх таслал утгыг тэнд нь дуусгадаг тул YAML `самнах` гэснийг тусдаа талбар гэж уншжээ — утгыг бүтнээр нь хашилтад хийж ингэж бичнэ үү: mn: \"Угаах, самнах\""
        ]
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "figures/fig-darkhan-noos.md:16:42: error: a comma inside { } ends the value, so YAML read `самнах` as a field of its own — put the whole value in quotes: mn: \"Угаах, самнах\""
        ]
    );
    let title = figure("  - label: {en: All, mn: Бүгд}\n    value: 12\n").replace(
        "title:\n  en: Darkhan wool cluster members by activity, 2024\n  mn: Дарханы ноосны кластерийн гишүүд үйл ажиллагаагаар, 2024\n",
        "title: {en: Members, 2024, mn: Гишүүд, 2024}\n",
    );
    let dir = folder("figures/fig-darkhan-noos.md", &title);
    let said = checked(dir.path(), "mn");
    assert_eq!(
        said,
        [
            "figures/fig-darkhan-noos.md:4:13: алдаа: { } доторх таслал утгыг тэнд нь дуусгадаг тул YAML `2024` гэснийг тусдаа талбар гэж уншжээ — утгыг бүтнээр нь хашилтад хийж ингэж бичнэ үү: en: \"Members, 2024\"",
            "figures/fig-darkhan-noos.md:4:32: алдаа: { } доторх таслал утгыг тэнд нь дуусгадаг тул YAML `2024` гэснийг тусдаа талбар гэж уншжээ — утгыг бүтнээр нь хашилтад хийж ингэж бичнэ үү: mn: \"Гишүүд, 2024\"",
        ]
    );
    assert!(!said.iter().any(|l| l.contains("duplicate")), "{said:?}");
}

/// two cut labels, a value with words after it and rows that do not add up: each row is
/// said in the one run; the total waits for the row that could not be read, then is checked
/// with the rest (the cut labels read whole).
#[test]
fn a_figures_problems_come_in_one_run() {
    let rows = "  - label: {en: Washing and combing, mn: Угаах, самнах}\n    value: 6\n  - label: {en: Spinning, mn: Ээрэх}\n    value: \"3 firms\"\n  - label: {en: Knitting and garments, mn: Сүлжмэл, оёдол}\n    value: 2\n  - label: {en: Other, mn: Бусад}\n    value: 2\n";
    let dir = folder("figures/fig-darkhan-noos.md", &figure(rows));
    let en = checked(dir.path(), "en");
    assert_eq!(
        en,
        [
            "figures/fig-darkhan-noos.md:14:1: note: `total` is not checked against the rows yet: row 2 could not be read — fix it, and the next toli check adds the rows up",
            "figures/fig-darkhan-noos.md:16:42: error: a comma inside { } ends the value, so YAML read `самнах` as a field of its own — put the whole value in quotes: mn: \"Угаах, самнах\"",
            "figures/fig-darkhan-noos.md:19:12: error: row 2: `value` must be a number, with nothing after it — write `3`",
            "figures/fig-darkhan-noos.md:20:44: error: a comma inside { } ends the value, so YAML read `оёдол` as a field of its own — put the whole value in quotes: mn: \"Сүлжмэл, оёдол\"",
        ]
    );
    let mn = checked(dir.path(), "mn");
    assert_eq!(mn.len(), 4, "{mn:?}");
    assert!(
        mn[0].ends_with("санамж: №2 мөрийг уншиж чадаагүй тул мөрүүдийн нийлбэрийг `total` утгатай хараахан тулгаж шалгаагүй — тэр мөрийг засвал дараагийн toli check нийлбэрийг шалгана"),
        "{mn:?}"
    );
    assert!(
        mn[2].contains("№2 мөр: `value` талбарт зөвхөн тоо бичнэ — `3` гэж бичнэ үү"),
        "{mn:?}"
    );
    // Row 2 fixed: the total is checked over all four rows, the labels still said.
    let dir = folder(
        "figures/fig-darkhan-noos.md",
        &figure(&rows.replace("\"3 firms\"", "3")),
    );
    let en = checked(dir.path(), "en");
    assert_eq!(en.len(), 3, "{en:?}");
    assert_eq!(
        en[0],
        "figures/fig-darkhan-noos.md:14:1: error: the rows add up to 13, but `total` says 12"
    );
    // A row that cannot be read after others: each said at its own row.
    let two_bad = "  - label: {en: A, mn: А}\n    value: one\n  - label: {en: B, mn: Б}\n    value: 6\n  - label: {en: C, mn: В}\n    value: six\n";
    let dir = folder("figures/fig-darkhan-noos.md", &figure(two_bad));
    let en = checked(dir.path(), "en");
    assert_eq!(en.len(), 3, "{en:?}");
    assert!(en[0].contains("row 1 could not be read"), "{en:?}");
    assert!(
        en[1].starts_with("figures/fig-darkhan-noos.md:17:12: error: row 1: `value`"),
        "{en:?}"
    );
    assert!(
        en[2].starts_with("figures/fig-darkhan-noos.md:21:12: error: row 3: `value`"),
        "{en:?}"
    );
}
