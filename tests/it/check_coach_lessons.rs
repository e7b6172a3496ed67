//! The lessons `toli check` teaches a coach writing their own entries (walk 21, C-2 … C-5,
//! C-7), in both languages: a link written with an entry's title is answered with its id and
//! how a link is written; a list where one text goes is shown as that one text; Mongolian tags
//! written as one list are shown the shape with a list per language; text before the first
//! language line is counted and sent to the language it is written in; a line indented after
//! a quoted value is told with the line to write; the replace note always offers an id.
//! Walk 23's lessons are `check_coach_walk23`, with these helpers.

use crate::common;

use std::path::Path;

/// `toli --lang LANG --content DIR check` with the shipped corpus: the lines printed for files
/// under `dir`, with `dir` taken off their paths.
pub(crate) fn checked(dir: &Path, lang: &str) -> Vec<String> {
    let out = common::toli_en()
        .args(["--lang", lang, "--content"])
        .arg(dir)
        .arg("check")
        .output()
        .expect("run");
    let prefix = format!("{}/", dir.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with(&prefix))
        .map(|l| l.replacen(&prefix, "", 1))
        .collect()
}

/// A folder holding `text` at `name`.
pub(crate) fn folder(name: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
    dir
}

/// A definition with `front` after its id and kind, and `body` after the front matter.
pub(crate) fn entry(front: &str, body: &str) -> String {
    format!(
        "---\nid: klaster-zovloh\nkind: definition\n{front}sources:\n  - id: src-unctad-2025\n    locator: \"Section II\"\n---\n{body}"
    )
}

pub(crate) const TITLE: &str = "title:\n  en: Cluster adviser\n  mn: Кластерийн зөвлөх\n";
pub(crate) const SUMMARY: &str =
    "summary:\n  en: Advises a cluster.\n  mn: Кластерт зөвлөгөө өгнө.\n";
pub(crate) const BODY: &str = "::: en\nAdvises.\n\n::: mn\nЗөвлөнө.\n";

/// C-2: a link written with a title, in either language or with a letter left out, is
/// answered with the id it meant and the two ways to write it, the author's words kept as the
/// link's text; a name no title is near is told where to find the id.
#[test]
fn a_link_written_with_a_title_is_answered_with_its_id_and_how_to_write_it() {
    let body = "::: en\nWorks with [[Cluster organisation]] members.\n\n::: mn\nКластерийн зөвлөх нь [[Кластерийн байгууллага]] болон [[Кластерийн байгуулага]], [[Хаана ч байхгүй нэр]] гэх мэт.\n";
    let dir = folder(
        "klaster-zovloh.md",
        &entry(&format!("{TITLE}{SUMMARY}"), body),
    );
    let said = checked(dir.path(), "en");
    let how = |words: &str| {
        format!(
            "did you mean `cluster-organisation`? A link names an entry by its id, not its title: write [[cluster-organisation]], or [[cluster-organisation|{words}]] to keep your words."
        )
    };
    assert_eq!(
        said,
        [
            format!(
                "klaster-zovloh.md:15:12: error: link to `Cluster organisation`, but no entry has that id — {}",
                how("Cluster organisation")
            ),
            format!(
                "klaster-zovloh.md:18:22: error: link to `Кластерийн байгууллага`, but no entry has that id — {}",
                how("Кластерийн байгууллага")
            ),
            format!(
                "klaster-zovloh.md:18:55: error: link to `Кластерийн байгуулага`, but no entry has that id — {}",
                how("Кластерийн байгуулага")
            ),
            "klaster-zovloh.md:18:82: error: link to `Хаана ч байхгүй нэр`, but no entry has that id — a link names an entry by its id, not its title: find the id with `toli search Хаана ч байхгүй нэр`".to_string(),
        ]
    );
    let said = checked(dir.path(), "mn");
    assert!(
        said[1].ends_with("— `cluster-organisation` гэж бичих гэсэн үү? Холбоос бичлэгийг гарчгаар нь биш, таних нэрээр нь заана: [[cluster-organisation]] гэж, эсвэл өөрийн үгийг үлдээх бол [[cluster-organisation|Кластерийн байгууллага]] гэж бичнэ үү."),
        "{said:#?}"
    );
}

/// C-3: `summary` with its `mn` written as lines starting with `- `, and `actor` as a list,
/// are told the shape wanted at their own lines, with the items written as the one text.
#[test]
fn a_list_where_one_text_goes_is_shown_as_that_text() {
    let front = format!(
        "{TITLE}summary:\n  en: Coach the board.\n  mn:\n  - Кластерийн удирдах зөвлөлд\n  - зөвлөгөө өгнө.\nactor:\n  - Кластерийн зөвлөх\n  - Удирдах зөвлөл\n"
    );
    let dir = folder(
        "actions/klaster-zovloh.md",
        &entry(&front, BODY).replace("kind: definition", "kind: action"),
    );
    assert_eq!(
        checked(dir.path(), "en")[..2],
        [
            "actions/klaster-zovloh.md:9:3: error: `summary.mn` is written as a list, but it takes one text in each language — write `mn: Кластерийн удирдах зөвлөлд зөвлөгөө өгнө.`",
            "actions/klaster-zovloh.md:12:1: error: `actor` is written as a list, but it takes one text in each language — write `actor: {en: \"…\", mn: \"Кластерийн зөвлөх, Удирдах зөвлөл\"}`",
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn")[0],
        "actions/klaster-zovloh.md:9:3: алдаа: `summary.mn` талбарыг жагсаалт болгон бичжээ, харин энэ талбарт хэл тус бүрт нэг бичвэр бичнэ — `mn: Кластерийн удирдах зөвлөлд зөвлөгөө өгнө.` гэж бичнэ үү"
    );
}

/// C-4: Mongolian tags written as one list are shown the shape with a list per language, the
/// author's words on the Mongolian side, once at `tags:`, not "write it in English" per tag.
#[test]
fn mongolian_tags_written_as_one_list_are_shown_a_list_per_language() {
    let front = format!("{TITLE}{SUMMARY}tags:\n  - зөвлөх\n  - кластер\n");
    let dir = folder("klaster-zovloh.md", &entry(&front, BODY));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:10:1: warning: `tags` is one list for both languages, and it is written in Mongolian, so the English view shows it too — write a list per language: tags: {en: [… in English], mn: [зөвлөх, кластер]}"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:10:1: анхааруулга: `tags` талбарт хоёр хэлэнд нэг жагсаалт монголоор бичсэн тул англиар үзэхэд ч монголоор харагдана — хэл тус бүрт тусдаа жагсаалт бичнэ үү: tags: {en: [… англиар], mn: [зөвлөх, кластер]}"
        ]
    );
    // The shape offered, filled in, checks clean.
    let front =
        format!("{TITLE}{SUMMARY}tags: {{en: [adviser, cluster], mn: [зөвлөх, кластер]}}\n");
    let dir = folder("klaster-zovloh.md", &entry(&front, BODY));
    assert_eq!(checked(dir.path(), "en"), Vec::<String>::new());
}

/// C-5: text before the first `::: en` / `::: mn` line is said to be left out of the entry,
/// with how many lines and the language to move them under.
#[test]
fn text_before_the_language_lines_is_said_to_be_left_out_with_where_it_goes() {
    let body = format!("- нэг\n\n- хоёр\n{BODY}");
    let dir = folder(
        "klaster-zovloh.md",
        &entry(&format!("{TITLE}{SUMMARY}"), &body),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:14:1: warning: the 2 lines before the first `::: en` / `::: mn` line are not shown: the entry loads without them — move them under `::: mn`, the language they are written in"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:14:1: анхааруулга: эхний `::: en` / `::: mn` мөрийн өмнөх бичвэр (2 мөр) харагдахгүй: бичлэг түүнгүйгээр ачаалагдана — уг бичвэр монголоор бичигдсэн тул `::: mn` мөрийн доор шилжүүлнэ үү"
        ]
    );
}

/// Walk 21's left-over: `   mn:` under a quoted `en:` value (as `toli new` writes them) is
/// told as an indentation, with the author's line as it should be written, even on a line
/// still holding a placeholder.
#[test]
fn a_line_indented_under_a_quoted_value_is_told_with_the_line_to_write() {
    let front =
        format!("title:\n  en: \"Cluster adviser\"\n   mn: \"TODO: монгол нэр\"\n{SUMMARY}");
    let dir = folder("klaster-zovloh.md", &entry(&front, BODY));
    let said = checked(dir.path(), "en");
    assert_eq!(
        said[0],
        "klaster-zovloh.md:6:4: error: this line is indented more than `en` on the line above — start both in the same column, using spaces: write `mn: \"TODO: монгол нэр\"` after 2 spaces"
    );
    assert!(
        said[1].starts_with("klaster-zovloh.md:6:9: error: placeholder"),
        "{said:#?}"
    );
    assert_eq!(
        checked(dir.path(), "mn")[0],
        "klaster-zovloh.md:6:4: алдаа: энэ мөрийн догол дээрх мөрийн `en` талбарынхаас их байна — аль алиныг нь хоосон зайгаар ижил баганаас эхлүүлж, 2 хоосон зайн дараа `mn: \"TODO: монгол нэр\"` гэж бичнэ үү"
    );
}

/// C-7: an entry with a shipped id in a file named after that id is offered an id that keeps
/// both, the first free number after it.
#[test]
fn the_replace_note_offers_an_id_when_the_file_s_name_is_the_id() {
    let text =
        entry(&format!("{TITLE}{SUMMARY}"), BODY).replace("id: klaster-zovloh", "id: cluster");
    let dir = folder("cluster.md", &text);
    let said = checked(dir.path(), "en");
    assert!(
        said[0]
            .contains("To keep both, give this entry another id, such as `cluster-2`; to correct"),
        "{said:#?}"
    );
    let said = checked(dir.path(), "mn");
    assert!(
        said[0].contains("өөр таних нэр өгнө үү (жишээ нь `cluster-2`); програмд"),
        "{said:#?}"
    );
}
