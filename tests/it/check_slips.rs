//! Slips `toli check` once let through or said wrong, each one plain problem at its line and
//! column, saying what to write instead, in both languages.

use crate::common;

/// `toli check` over `files` (name, text) in `lang`: its stdout and stderr, and the folder's
/// path as the output writes it (with its slash).
fn run_check(files: &[(&str, &str)], lang: &str) -> (String, String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("src-a.md"), common::SOURCE).expect("write");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let out = common::toli_en()
        .args(["--lang", lang, "--no-builtin", "--content"])
        .arg(dir.path())
        .arg("check")
        .output()
        .expect("run");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let folder = format!("{}/", dir.path().display());
    (text(&out.stdout), text(&out.stderr), folder)
}

/// `name:line:col: severity: message` for each line of `toli check` over `files` (name, text)
/// in `lang`, the folder left out.
fn check(files: &[(&str, &str)], lang: &str) -> Vec<String> {
    let (out, _, folder) = run_check(files, lang);
    out.lines()
        .filter_map(|l| l.strip_prefix(&folder))
        .map(str::to_string)
        .collect()
}

/// A definition with `front` after its id and kind, and `body` as its English body.
fn entry(front: &str, body: &str) -> String {
    format!("---\nid: d\nkind: definition\n{front}---\n::: en\n{body}\n\n::: mn\nМонгол бичвэр.\n")
}

const HEAD: &str = "title: {en: T, mn: Т}\nsummary: {en: S, mn: С}\n";

#[test]
fn a_colon_inside_a_value_of_an_inline_map_is_named_with_the_value_quoted() {
    let text = entry(
        "title: {en: Parks: a review, mn: Паркууд}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n",
        "x",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:4:13: error: a value inside { } contains `: `, which YAML reads as the start of a new field — put the value in quotes: en: \"Parks: a review\""
        ]
    );
    assert_eq!(
        check(&[("d.md", &text)], "mn"),
        [
            "d.md:4:13: алдаа: { } доторх утгад `: ` байгааг YAML шинэ талбарын эхлэл гэж уншина — утгыг хашилтад хийж ингэж бичнэ үү: en: \"Parks: a review\""
        ]
    );
}

#[test]
fn a_table_row_short_of_a_cell_is_named_at_the_row() {
    let text = entry(
        &format!("{HEAD}sources: [{{id: src-a, locator: x}}]\n"),
        "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:12:1: warning: this table row has 2 cells but the table's header has 3 — add the missing cells at the end of the row (an empty cell is written `|  |`)",
            "d.md:13:1: warning: this table row has 4 cells but the table's header has 3 — the reader does not see the cells past the header's: remove them, or add their columns to the header and its `|---|` line",
        ]
    );
    assert_eq!(
        check(&[("d.md", &text)], "mn")[0],
        "d.md:12:1: анхааруулга: хүснэгтийн энэ мөр 2 нүдтэй, харин толгой мөр нь 3 нүдтэй — дутуу нүдийг мөрийн төгсгөлд нэмнэ үү (хоосон нүдийг `|  |` гэж бичнэ)"
    );
}

#[test]
fn a_tab_inside_a_value_is_named_where_it_is() {
    let text = entry(
        &format!(
            "{HEAD}aliases:\n  en: [a,\tb]\n  mn: [а, б]\nsources: [{{id: src-a, locator: x}}]\n"
        ),
        "x",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:7:10: warning: a tab character in a value, which shows as a gap of any width — write a space instead"
        ]
    );
    assert_eq!(
        check(&[("d.md", &text)], "mn"),
        [
            "d.md:7:10: анхааруулга: утгын дотор таб тэмдэгт байна; энэ нь янз бүрийн өргөнтэй зай болж харагдана — оронд нь хоосон зай бичнэ үү"
        ]
    );
}

#[test]
fn a_locator_in_one_language_is_named_with_both_ways_to_write_it() {
    let text = entry(
        &format!(
            "{HEAD}sources:\n  - id: src-a\n    locator: x\n  - id: src-a\n    locator: {{en: \"Section V\"}}\n"
        ),
        "x",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:10:5: error: source 2: `locator` is a map with English only — add its Mongolian: {en: \"…\", mn: \"…\"}, or write one text for both languages (`locator: \"Section V, Box 1\"`), whose structural words toli shows in Mongolian"
        ]
    );
    assert_eq!(
        check(&[("d.md", &text)], "mn"),
        [
            "d.md:10:5: алдаа: №2 эх сурвалж: `locator` талбарт зөвхөн англи бичвэр байна — монгол бичвэрийг нь нэмнэ үү: {en: \"…\", mn: \"…\"}; эсвэл хоёр хэлэнд нэг бичвэр бичнэ үү (`locator: \"Section V, Box 1\"`): бүлэг, хүснэгт зэрэг үгийг нь toli монголоор харуулна"
        ]
    );
}

/// A list where a map of the two languages goes is an error at its line, not read as
/// `[en, mn]` by position (which swapped languages silently when written the other way).
#[test]
fn a_list_for_a_title_is_not_read_as_its_two_languages() {
    let text = entry(
        "title: [Кластер, Cluster]\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n",
        "x",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:4:1: error: `title` is written as a list, but it takes one text in each language — write `title: {en: \"Cluster\", mn: \"Кластер\"}`"
        ]
    );
}

/// A number where a language's text goes is named at that language's line, with the quotes
/// to write, not as a map of the two languages missing.
#[test]
fn a_number_for_a_text_is_named_at_its_language_with_quotes_to_write() {
    let text = entry(
        "title: {en: T, mn: Т}\nsummary:\n  en: 42\n  mn: С\nsources: [{id: src-a, locator: x}]\n",
        "x",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:6:7: error: `summary.en` is read as 42, a number or yes/no, not as text — put it in quotes: \"42\""
        ]
    );
    assert_eq!(
        check(&[("d.md", &text)], "mn"),
        [
            "d.md:6:7: алдаа: `summary.en` талбарын утгыг бичвэр биш, тоо эсвэл тийм/үгүй гэж уншсан: 42 — хашилтад хийж бичнэ үү: \"42\""
        ]
    );
}

/// A link in a front-matter text is shown with its brackets: named where it is written.
#[test]
fn a_link_in_a_title_is_named_where_it_is_written() {
    let text = entry(
        "title: {en: \"[[src-a]] and more\", mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n",
        "x",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:4:14: warning: `title` has a link, [[src-a]], but front matter is shown as it is written, brackets and all — write the words alone here, and link to the entry in the body or in `related`"
        ]
    );
}

/// A required field written without its value is named at its own line, not as missing at
/// the top of the file, with what it holds; an id that is none is told the id it meant, in
/// either language.
#[test]
fn an_empty_required_field_and_an_id_that_is_none_say_what_to_write() {
    let stage = "---\nid: s\nkind: stage\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\nmodel: src-a\nposition:\n---\n::: en\nx\n::: mn\nх\n";
    assert_eq!(
        check(&[("s.md", stage)], "en"),
        [
            "s.md:8:1: error: `position` is written but has no value — write it after the colon on this line: the stage's place in its model, 1, 2, 3 … (the positions of one model run from 1 without gaps), for example: position: 2"
        ]
    );
    let bad = entry(
        &format!("{HEAD}sources: [{{id: src-a, locator: x}}]\n"),
        "x",
    )
    .replace("id: d\n", "id: My Entry\n");
    assert_eq!(
        check(&[("My Entry.md", &bad)], "mn"),
        [
            "My Entry.md:2:1: алдаа: `My Entry` нь таних нэр болж чадахгүй: таних нэрийг латин жижиг үсэг, цифр, зураасаар (100 хүртэл тэмдэгт) бичнэ — id: my-entry гэж бичээд, файлыг мөн ийм нэртэй болгоно уу"
        ]
    );
}

/// A `: ` inside a value under `summary:` is shown on the author's own line, its value quoted
/// and cut short, not with a field the author did not write.
#[test]
fn a_colon_inside_a_nested_value_is_shown_on_the_author_s_line() {
    let text = entry(
        "title: {en: T, mn: Т}\nsummary:\n  en: A person who helps a cluster's members: work together, and plan\n  mn: С\nsources: [{id: src-a, locator: x}]\n",
        "x",
    );
    assert_eq!(
        check(&[("d.md", &text)], "en"),
        [
            "d.md:6:45: error: a value contains `: `, which YAML reads as a new field — put the value in quotes: en: \"A person who helps …\""
        ]
    );
    assert_eq!(
        check(&[("d.md", &text)], "mn"),
        [
            "d.md:6:45: алдаа: утга дотор `: ` байгааг YAML шинэ талбар гэж уншина — утгыг хашилтад хийж ингэж бичнэ үү: en: \"A person who helps …\""
        ]
    );
}

/// The summary of `toli check` over `files` in `lang` (its stderr), the folder left out.
fn summary(files: &[(&str, &str)], lang: &str) -> String {
    let (_, err, folder) = run_check(files, lang);
    err.replace(&folder, "")
}

/// A file that did not load is named in the summary, with what that means — its entries are
/// missing until it is fixed — in both languages; a file with an error that still loads is
/// not.
#[test]
fn the_summary_names_the_files_that_did_not_load() {
    let broken = entry(
        "title: {en: Parks: a review, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-a, locator: x}]\n",
        "x",
    );
    assert_eq!(
        summary(&[("d.md", &broken)], "en"),
        "1 entry, 1 error, 0 warnings\n1 file not loaded (d.md): its entries are missing until it loads — fix its error above, then run toli check again\n"
    );
    assert_eq!(
        summary(&[("d.md", &broken)], "mn"),
        "1 бичлэг, 1 алдаа, 0 анхааруулга\n1 файл ачаалагдсангүй (d.md): алдааг нь засах хүртэл энэ файлын бичлэг агуулгад орохгүй — дээрх алдааг засаад toli check тушаалаар дахин шалгана уу\n"
    );
    let second = broken.replace("id: d\n", "id: e\n");
    let many = summary(
        &[
            ("d.md", &broken),
            ("e.md", &second),
            ("f.md", &broken.replace("id: d\n", "id: f\n")),
            ("g.md", &broken.replace("id: d\n", "id: g\n")),
        ],
        "en",
    );
    assert!(
        many.ends_with("4 files not loaded (d.md, e.md, f.md and 1 more): their entries are missing until they load — fix their errors above, then run toli check again\n"),
        "{many}"
    );
    // A link to nowhere is an error, but its file loads: nothing is said missing.
    let loads = entry(
        &format!("{HEAD}sources: [{{id: src-a, locator: x}}]\n"),
        "See [[nowhere]].",
    );
    let said = summary(&[("d.md", &loads)], "en");
    assert!(said.starts_with("2 entries, 1 error"), "{said}");
    assert!(!said.contains("not loaded"), "{said}");
}
