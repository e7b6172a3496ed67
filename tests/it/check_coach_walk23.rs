//! The lessons `toli check` teaches a coach writing their own entries (walk 23), in both
//! languages: a second `::: en` line keeps both texts, in order, and says so with both lines;
//! English tags written as one list are one warning with the shape to write, and an English
//! side written as one text is shown as the list; a Markdown link written with a title
//! (`[words](Cluster organisation)`) is answered with its id and the link to write; the
//! messages a first file meets most say what to do next; a language line written another way
//! (`::: eng`) is read as that language.

use crate::check_coach_lessons::{BODY, SUMMARY, TITLE, checked, entry, folder};
use crate::common;

use std::path::Path;

/// `toli --lang LANG --content DIR show ID`: what a reader of the entry sees.
fn shown(dir: &Path, lang: &str, id: &str) -> String {
    let out = common::toli_en()
        .args(["--lang", lang, "--content"])
        .arg(dir)
        .args(["show", id])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Walk 23: a second `::: en` line drops nothing: the entry loads with both English texts,
/// the first then the second, and the warning names both lines and what to do; a second
/// `::: en` over Mongolian words is told to be `::: mn`.
#[test]
fn a_second_language_line_keeps_both_texts_and_names_both_lines() {
    let body = "::: en\nFirst English text.\n\n::: mn\nЗөвлөнө.\n\n::: en\nSecond English text.\n";
    let dir = folder(
        "klaster-zovloh.md",
        &entry(&format!("{TITLE}{SUMMARY}"), body),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:20:1: warning: a second `::: en` line (the first is line 14): both texts are kept, and the English view shows this one after the first — to make them one section, move this text to the end of the first and delete this line"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:20:1: анхааруулга: `::: en` мөрийг дахин бичжээ (эхнийх нь №14 мөрөнд): хоёр бичвэр хоёулаа хадгалагдах бөгөөд англиар үзэхэд энэ бичвэр эхнийхийн дараа харагдана — нэг хэсэг болгох бол энэ бичвэрийг эхнийхийн төгсгөлд шилжүүлж, энэ мөрийг устгана уу"
        ]
    );
    let en = shown(dir.path(), "en", "klaster-zovloh");
    let (first, second) = (
        en.find("First English text."),
        en.find("Second English text."),
    );
    assert!(first.is_some() && first < second, "{en}");
    assert!(!en.contains("Зөвлөнө"), "{en}");
    assert!(shown(dir.path(), "mn", "klaster-zovloh").contains("Зөвлөнө."));

    // A link under the second line is still placed at its own line.
    let body = "::: en\nAdvises.\n\n::: en\nХоёр дахь [[no-such-entry]] бичвэр.\n";
    let dir = folder(
        "klaster-zovloh.md",
        &entry(&format!("{TITLE}{SUMMARY}"), body),
    );
    let said = checked(dir.path(), "en");
    assert_eq!(
        said[..2],
        [
            "klaster-zovloh.md:14:1: error: no Mongolian body — add a `::: mn` section",
            "klaster-zovloh.md:17:1: warning: a second `::: en` line (the first is line 14), and the text under it is written in Mongolian: the English view shows it after the first — if it is the Mongolian text, change this line to `::: mn`",
        ]
    );
    assert!(
        said[2].starts_with("klaster-zovloh.md:18:11: error: link to `no-such-entry`"),
        "{said:#?}"
    );
    assert_eq!(
        checked(dir.path(), "mn")[1],
        "klaster-zovloh.md:17:1: анхааруулга: `::: en` мөрийг дахин бичжээ (эхнийх нь №14 мөрөнд); доорх бичвэр нь монгол хэлээр бичигдсэн боловч англиар үзэхэд эхний бичвэрийн дараа харагдана — хэрэв энэ нь монгол бичвэр бол энэ мөрийг `::: mn` болгож засна уу"
    );
}

/// Walk 23: English tags written as one list are one warning at `tags:` with the shape to
/// write, the author's tags on the English side, as Mongolian ones are (C-4); a list mixing
/// both languages is shown split, a name written alike on both sides; an English side written
/// as one text is shown as the list.
#[test]
fn english_tags_written_as_one_list_are_one_warning_with_the_shape() {
    let front = format!("{TITLE}{SUMMARY}tags: [cluster policy, funding]\n");
    let dir = folder("klaster-zovloh.md", &entry(&front, BODY));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:10:1: warning: `tags` is one list for both languages, and it is written in English, so the Mongolian view shows it too — write a list per language: tags: {en: [cluster policy, funding], mn: [… in Mongolian]}"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:10:1: анхааруулга: `tags` талбарт хоёр хэлэнд нэг жагсаалт англиар бичсэн тул монголоор үзэхэд ч англиар харагдана — хэл тус бүрт тусдаа жагсаалт бичнэ үү: tags: {en: [cluster policy, funding], mn: [… монголоор]}"
        ]
    );
    let front = format!("{TITLE}{SUMMARY}tags:\n  - funding\n  - кластер\n  - IT Park\n");
    let dir = folder("klaster-zovloh.md", &entry(&front, BODY));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:10:1: warning: `tags` is one list for both languages, in English and Mongolian, so each view shows the other language's tags too — write a list per language: tags: {en: [funding, IT Park], mn: [кластер, IT Park]}"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:10:1: анхааруулга: `tags` талбарт хоёр хэлэнд нэг жагсаалт бичиж, англи, монгол шошгыг хольсон тул аль ч хэлээр үзэхэд нөгөө хэлний шошго ч харагдана — хэл тус бүрт тусдаа жагсаалт бичнэ үү: tags: {en: [funding, IT Park], mn: [кластер, IT Park]}"
        ]
    );
    let front = format!("{TITLE}{SUMMARY}tags:\n  en: cluster policy, funding\n  mn: [кластер]\n");
    let dir = folder("klaster-zovloh.md", &entry(&front, BODY));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:11:3: error: `tags.en` is written as one text, but it takes a list — write `en: [cluster policy, funding]`"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:11:3: алдаа: `tags.en` талбарыг нэг бичвэр болгон бичжээ, харин энэ талбарт жагсаалт бичнэ — `en: [cluster policy, funding]` гэж бичнэ үү"
        ]
    );
    // The shape offered, filled in, checks clean.
    let front = format!(
        "{TITLE}{SUMMARY}tags: {{en: [cluster policy, funding], mn: [кластерийн бодлого]}}\n"
    );
    let dir = folder("klaster-zovloh.md", &entry(&front, BODY));
    assert_eq!(checked(dir.path(), "en"), Vec::<String>::new());
}

/// Walk 23: a Markdown link written with a title, with spaces (which Markdown reads as no
/// link) or without, in either language, is answered with the id and the link to write, the
/// author's words kept; a link to an address is left alone.
#[test]
fn a_markdown_link_written_with_a_title_is_answered_with_the_link_to_write() {
    let body = "::: en\nWorks with [members](Cluster organisation), [peers](Cluster-Organisation) and [the web](https://example.org).\n\n::: mn\nЗөвлөх [гишүүдтэй](Кластерийн байгууллага) ажиллана, `[код](Кластерийн байгууллага)`.\n";
    let dir = folder(
        "klaster-zovloh.md",
        &entry(&format!("{TITLE}{SUMMARY}"), body),
    );
    let how = |words: &str| {
        format!(
            "did you mean `cluster-organisation`? A link names an entry by its id, not its title: write [{words}](cluster-organisation)."
        )
    };
    assert_eq!(
        checked(dir.path(), "en"),
        [
            format!(
                "klaster-zovloh.md:15:12: error: link to `Cluster organisation`, but no entry has that id — {}",
                how("members")
            ),
            format!(
                "klaster-zovloh.md:15:45: error: link to `Cluster-Organisation`, but no entry has that id — {}",
                how("peers")
            ),
            format!(
                "klaster-zovloh.md:18:8: error: link to `Кластерийн байгууллага`, but no entry has that id — {}",
                how("гишүүдтэй")
            ),
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn")[2],
        "klaster-zovloh.md:18:8: алдаа: холбоос `Кластерийн байгууллага` гэсэн таних нэрийг заасан, гэвч ийм таних нэртэй бичлэг байхгүй — `cluster-organisation` гэж бичих гэсэн үү? Холбоос бичлэгийг гарчгаар нь биш, таних нэрээр нь заана: [гишүүдтэй](cluster-organisation) гэж бичнэ үү."
    );
}

/// Walk 23: the messages a trainer's first files meet most say what to do next, in both
/// languages: a file without front matter, a text in one language only, a link to itself; an
/// entry with no source keeps its one line (the app's problems window lists it).
#[test]
fn first_mistakes_are_told_with_what_to_do_next() {
    let dir = folder("no-front.md", "id: no-front\nkind: definition\n");
    let summary = "summary:\n  en: Advises a cluster.\n";
    let one_side = entry(&format!("{TITLE}{summary}"), BODY);
    std::fs::write(dir.path().join("klaster-zovloh.md"), one_side).expect("write");
    let own_link = entry(&format!("{TITLE}{SUMMARY}"), BODY)
        .replace("klaster-zovloh", "own-link")
        .replace("Advises.", "See [[own-link]].");
    std::fs::write(dir.path().join("own-link.md"), own_link).expect("write");
    let unsourced = entry(&format!("{TITLE}{SUMMARY}"), BODY)
        .replace("klaster-zovloh", "unsourced")
        .replace(
            "sources:\n  - id: src-unctad-2025\n    locator: \"Section II\"\n",
            "",
        );
    std::fs::write(dir.path().join("unsourced.md"), unsourced).expect("write");
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:7:1: error: `summary` has no Mongolian text — add it as `mn: …` beside its `en: …`",
            "no-front.md:1:1: error: the file must start with a `---` line opening the front matter — add a `---` line at the top, then the fields (`id:`, `kind:`, `title:` …), then another `---` line before the text",
            "own-link.md:15:5: warning: the entry links to itself — link to another entry, or keep the words and take the link off",
            "unsourced.md:2:1: warning: the entry cites no source — say where it comes from, each source with the place in it: sources: [{id: SOURCE-ID, locator: \"Table 3\"}] (`toli list --kind source` lists the sources)",
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:7:1: алдаа: `summary` талбарт монгол бичвэр байхгүй — `en: …`-ийн хажууд `mn: …` гэж монгол бичвэрийг нэмнэ үү",
            "no-front.md:1:1: алдаа: файл толгой хэсгийг нээх `---` мөрөөр эхлэх ёстой — файлын эхэнд `---` мөр нэмээд талбаруудыг (`id:`, `kind:`, `title:` …) бичиж, бичвэрийн өмнө дахин нэг `---` мөр бичнэ үү",
            "own-link.md:15:5: анхааруулга: бичлэг өөрөө өөр лүүгээ холбогдсон — өөр бичлэг рүү холбох, эсвэл үгийг нь үлдээгээд холбоосыг арилгана уу",
            "unsourced.md:2:1: анхааруулга: бичлэг эх сурвалжгүй — мэдээллийг авсан эх сурвалж бүрийг түүний доторх байршлын хамт бичнэ үү: sources: [{id: ЭХ-СУРВАЛЖИЙН-ТАНИХ-НЭР, locator: \"3-р хүснэгт\"}] (эх сурвалжуудыг `toli list --kind source` тушаал жагсаана)",
        ]
    );
}

/// Walk 23: a language line written another way (`::: eng`) is read as that language's, its
/// text shown, with one warning saying the line to write; a line naming no language is told
/// the two to choose from.
#[test]
fn a_language_line_written_otherwise_is_read_and_told_once() {
    let body = "::: eng\nAdvises.\n\n::: mn\nЗөвлөнө.\n";
    let dir = folder(
        "klaster-zovloh.md",
        &entry(&format!("{TITLE}{SUMMARY}"), body),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:14:1: warning: toli knows no language line `::: eng`, and read it as `::: en`, the English text — write `::: en`"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:14:1: анхааруулга: toli `::: eng` гэсэн хэлний мөрийг танидаггүй тул `::: en` буюу англи бичвэр гэж уншлаа — `::: en` гэж засна уу"
        ]
    );
    assert!(shown(dir.path(), "en", "klaster-zovloh").contains("Advises."));
    let dir = folder(
        "klaster-zovloh.md",
        &entry(
            &format!("{TITLE}{SUMMARY}"),
            &BODY.replace("::: mn", "::: fr"),
        ),
    );
    assert_eq!(
        checked(dir.path(), "mn")[1],
        "klaster-zovloh.md:17:1: алдаа: `::: fr` гэсэн хэлний хэсэг танигдсангүй — `::: en` (англи) эсвэл `::: mn` (монгол) болгож засна уу"
    );
}
