//! What toli tells a trainer writing her own entries the evening before (walk 26), in both
//! languages: a comma inside a `{ }` value is told as such, with the value in the quotes to
//! write; a figure's problems come together in one run, its total checked over its rows or
//! said unchecked while a row cannot be read; `toli new` says how to cite data of her own and
//! lists every ownership; an abbreviation used once is offered the words alone, and no message
//! sends her to a file she does not have; a missing `kind` is given her folder's kind; a
//! handout is never written into or beside her content folder, `--force` or not.

use crate::check_coach_lessons::{checked, folder};
use crate::common;
use std::path::Path;

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

/// `toli` in `lang` with `args`, run in `dir`: its exit code, stdout and stderr.
fn toli_in(dir: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = common::toli_en()
        .current_dir(dir)
        .args(["--lang", lang])
        .args(args)
        .output()
        .expect("run");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

/// every skeleton with `sources` says in one line how a source of her own is
/// made; a case's ownership comment lists every ownership the format takes.
#[test]
fn toli_new_says_how_to_cite_her_own_data_and_lists_every_ownership() {
    for (lang, own) in [
        (
            "en",
            "# Data of your own (a members' list, an interview, a local report) is a source too: make its entry with toli new source ID, and give that ID here.",
        ),
        (
            "mn",
            "# Өөрийн цуглуулсан мэдээлэл (гишүүдийн жагсаалт, ярилцлага, орон нутгийн тайлан) ч эх сурвалж болно: түүний бичлэгийг toli new source ТАНИХ-НЭР тушаалаар үүсгээд, тэр таних нэрийг энд бичнэ үү.",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        for (kind, id) in [
            ("case", "darkhan-noos"),
            ("figure", "fig-darkhan-noos"),
            ("finding", "darkhan-sul"),
        ] {
            let (code, _, err) = toli_in(dir.path(), lang, &["new", kind, id, "--content", "."]);
            assert_eq!(code, 0, "{err}");
        }
        for file in [
            "cases/darkhan-noos.md",
            "figures/fig-darkhan-noos.md",
            "findings/darkhan-sul.md",
        ] {
            let text = std::fs::read_to_string(dir.path().join(file)).expect("written");
            let lines: Vec<&str> = text.lines().collect();
            let at = lines
                .iter()
                .position(|l| *l == "sources:")
                .expect("sources");
            assert_eq!(lines[at - 1], own, "{lang} {file}");
        }
        let case = std::fs::read_to_string(dir.path().join("cases/darkhan-noos.md")).expect("case");
        let ownership = case
            .lines()
            .find(|l| l.starts_with("# ownership:"))
            .expect("ownership");
        assert!(
            ownership.ends_with("public, state, local, private, ppp, university, academy, mixed"),
            "{ownership}"
        );
    }
    let guide = include_str!("../../content/README.md");
    assert!(guide.contains(
        "data of your own — a members' list, an interview, a local report — is a source too"
    ));
    assert!(
        include_str!("../../docs/format.mn.md")
            .contains("`toli new source ТАНИХ-НЭР --content ХАВТАС`")
    );
}

/// A case of the trainer's whose Mongolian body is `mn`.
fn case_with(mn: &str) -> String {
    format!(
        "---\nid: darkhan-noos\nkind: case\ntitle:\n  en: Darkhan wool cluster\n  mn: Дарханы ноосны кластер\nsummary:\n  en: Wool processors working together.\n  mn: Ноос боловсруулагчид хамтран ажилладаг.\nsources:\n  - id: src-unctad-2025\n    locator: \"Section IV\"\ncountry: MN\ntype: cluster\n---\n::: en\nThey took loans.\n\n::: mn\n{mn}\n"
    )
}

/// an abbreviation used once is offered the words alone, so following the advice earns
/// no second warning the other way; the bracket warning names no file, review or English row.
#[test]
fn an_abbreviation_used_once_is_offered_the_words_alone() {
    let dir = folder(
        "cases/darkhan-noos.md",
        &case_with("Тэд ЖДҮ-ийг дэмжих сангаас зээл авсан."),
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "cases/darkhan-noos.md:20:5: анхааруулга: «ЖДҮ» товчлолыг бүтэн нэрийг нь бичихээс өмнө хэрэглэжээ, бичлэгийн өөр хаана ч хэрэглээгүй — товчлолын оронд үгсийг нь өгүүлбэрт тохирох нөхцөлтэй нь бүтнээр бичнэ үү: жижиг, дунд үйлдвэр (товчлолыг уншигч дахин харах тохиолдолд л хаалтад бичнэ)"
        ]
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "cases/darkhan-noos.md:20:5: warning: «ЖДҮ» is used here before it is spelled out, and nowhere else in the entry — write the words alone, with the case ending the sentence needs: жижиг, дунд үйлдвэр (an abbreviation in brackets is only for a reader who meets it again)"
        ]
    );
    // The words alone, as offered: nothing more to say.
    let dir = folder(
        "cases/darkhan-noos.md",
        &case_with("Тэд жижиг, дунд үйлдвэрийг дэмжих сангаас зээл авсан."),
    );
    assert_eq!(checked(dir.path(), "mn"), Vec::<String>::new());
    // Used again later: the words with the bracket, as before.
    let dir = folder(
        "cases/darkhan-noos.md",
        &case_with("Тэд ЖДҮ-ийг дэмжих сангаас зээл авсан. ЖДҮ олон."),
    );
    let said = checked(dir.path(), "en");
    assert!(
        said[0].contains("at its first use in the Mongolian text write the words"),
        "{said:?}"
    );
    // The bracket never used again: said without a file, a review or a row the trainer lacks.
    let dir = folder(
        "cases/darkhan-noos.md",
        &case_with("Тэд жижиг, дунд үйлдвэрийг (ЖДҮ) дэмжих сангаас зээл авсан."),
    );
    for lang in ["en", "mn"] {
        let said = checked(dir.path(), lang);
        assert_eq!(said.len(), 1, "{said:?}");
        for slip in ["GLOSSARY", "17i", "abbreviations, one rule", "review"] {
            assert!(!said[0].contains(slip), "{said:?}");
        }
    }
}

/// a file in `findings/` without `kind:` is given `kind: finding` as its example.
#[test]
fn a_missing_kind_is_given_the_kind_of_its_folder() {
    let text = case_with("Бичвэр.")
        .replace("kind: case\n", "")
        .replace("country: MN\ntype: cluster\n", "");
    let dir = folder("findings/darkhan-noos.md", &text);
    let en = checked(dir.path(), "en");
    assert!(en.iter().any(|l| l == "findings/darkhan-noos.md:2:1: error: missing required field `kind`: what the entry is; in this folder, kind: finding (`toli help format` lists every kind)"), "{en:?}");
    let mn = checked(dir.path(), "mn");
    assert!(mn.iter().any(|l| l == "findings/darkhan-noos.md:2:1: алдаа: заавал байх `kind` талбар байхгүй: бичлэгийн төрөл; энэ хавтсанд kind: finding гэж бичнэ (бүх төрлийг `toli help format` жагсаана)"), "{mn:?}");
}

/// a handout whose folder is her content folder (`darkhan.pdf` beside `darkhan/`), one
/// inside it or one named like it beside it is refused with a name to use, `--force` or not,
/// and nothing is written.
#[test]
fn a_handout_is_never_written_into_or_beside_the_content_folder() {
    let root = tempfile::tempdir().expect("tempdir");
    let content = root.path().join("darkhan");
    std::fs::create_dir_all(content.join("cases")).expect("mkdir");
    std::fs::write(content.join("cases/darkhan-noos.md"), case_with("Бичвэр.")).expect("write");
    let handout = |lang: &str, out: &str, extra: &[&str]| {
        let mut args = vec!["--content", "darkhan", "handout", "--ids", "darkhan-noos"];
        args.extend(extra);
        args.push(out);
        toli_in(root.path(), lang, &args)
    };
    let (code, out, err) = handout("en", "darkhan.pdf", &["--force"]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(
        err.trim(),
        "toli: darkhan.pdf would put the handout into your content folder darkhan, among your entries — name the handout otherwise, for example: darkhan-handout.pdf"
    );
    assert!(
        !err.contains("--force") && !out.contains("--force"),
        "{out}{err}"
    );
    let (code, _, err) = handout("mn", "darkhan.pdf", &[]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "toli: darkhan.pdf гэж өгвөл тараах материал таны бичлэгүүдийн darkhan хавтсанд бичигдэж, бичлэгүүдтэй чинь холилдоно — тараах материалд өөр нэр өгнө үү, жишээ нь: darkhan-handout.pdf"
    );
    let (code, _, err) = handout("en", "darkhan/print", &["--force"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = handout("en", "darkhan.html", &["--single-file"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("beside your content folder darkhan, under the same name"),
        "{err}"
    );
    let mut left: Vec<String> = std::fs::read_dir(&content)
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["cases"]);
    assert_eq!(
        std::fs::read_dir(root.path()).expect("read").count(),
        1,
        "nothing beside it"
    );
    // The name offered is written.
    let (code, _, err) = handout("en", "darkhan-handout.pdf", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(root.path().join("darkhan-handout/index.html").is_file());
}
