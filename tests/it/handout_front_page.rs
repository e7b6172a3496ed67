//! The first pages of a two-language tour handout, printed by headless Chromium: each
//! language's contents page introduces the tour (its summary and text), and step 1 follows,
//! without the tour's own page, which printed two lines alone on a page in each language.

use crate::browser::{chromium, pdf_page_texts, pdf_pages, print_pdf};
use crate::common;

/// A trainer's one-hour tour as written with `toli new tour`: a title, a one-line summary, no
/// text, four shipped entries as steps.
const TOUR: &str = "---\nid: ws-front-page\nkind: tour\n\
title: {en: Clusters for aimag officials, mn: Аймгийн албан хаагчдад зориулсан кластерийн сургалт}\n\
summary:\n  en: \"A one-hour introduction: what a cluster is and Lithuania's support.\"\n  \
mn: \"Нэг цагийн танилцуулга: кластер гэж юу вэ, Литвийн дэмжлэг.\"\n\
steps:\n  - entry: cluster\n  - entry: cluster-development-stages\n  \
- entry: sea-buckthorn-cluster\n  - entry: fig-lithuania-cluster-programmes\n---\n";

/// The lines of a printed page, each with its spaces made single.
fn lines(page: &str) -> Vec<String> {
    page.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn a_two_language_tour_handout_introduces_the_tour_on_its_contents_pages() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("ws");
    std::fs::create_dir_all(content.join("tours")).expect("mkdir");
    std::fs::write(content.join("tours/ws-front-page.md"), TOUR).expect("write");
    let file = dir.path().join("both.html");
    common::toli_en()
        .arg("--content")
        .arg(&content)
        .args(["--lang", "mn", "handout", "--tour", "ws-front-page"])
        .args(["--langs", "both", "--single-file"])
        .arg(&file)
        .assert()
        .success();
    let pdf = print_pdf(chromium, &file);
    let count = pdf_pages(&pdf);
    let Some(pages) = pdf_page_texts(&pdf) else {
        return;
    };
    assert_eq!(pages.len(), count);
    let all = pages.join("\u{c}");
    // Page 1 and 2: each language's title, the tour's summary, its contents.
    for (n, summary, contents) in [
        (0, "Нэг цагийн танилцуулга: кластер гэж юу вэ", "Гарчиг"),
        (1, "A one-hour introduction: what a cluster is", "Contents"),
    ] {
        let page = lines(&pages[n]).join(" ");
        assert!(
            page.contains(summary) && page.contains(contents),
            "page {} holds the summary and the contents:\n{all}",
            n + 1
        );
    }
    // Page 3: step 1 in Mongolian, at the head of the page; no page carries the tour's own
    // page (its kind label, in capitals) any more.
    let third = lines(&pages[2]);
    assert!(
        third.iter().take(2).any(|l| l.contains("№1 АЛХАМ")),
        "page 3 starts with step 1:\n{all}"
    );
    for label in ["ТАНИЛЦУУЛГА", "TOUR"] {
        assert!(
            !pages.iter().any(|p| lines(p).iter().any(|l| l == label)),
            "the tour's own page, {label}, printed:\n{all}"
        );
    }
    // On screen the tour keeps its page, and the contents do not repeat its text.
    let html = std::fs::read_to_string(&file).expect("read");
    assert!(html.contains("<article id=\"ws-front-page\" class=\"kind-tour intro-in-contents\">"));
    let (screen, print) = html.split_once("@media print{").expect("print rules");
    assert!(screen.contains(".tour-intro{display:none}"));
    assert!(print.contains("article.intro-in-contents{display:none}"));
}

/// Walk 26 (D-3): a briefing of three chosen entries in two languages, named with `--title`
/// per language. Its front page carries both titles and both short contents, one under the
/// other (each took a half-empty page of its own), and the file's title is the one given.
#[test]
fn a_titled_briefing_of_chosen_entries_prints_both_contents_on_its_front_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("briefing.html");
    let (en, mn) = (
        "Briefing: IT Park and ITP funding",
        "Товч мэдээлэл: IT Park",
    );
    common::toli_en()
        .args(["handout", "--langs", "en-mn", "--single-file"])
        .args([
            "--ids",
            "it-park,finding-government-commitments-unfunded,fig-itp-planned-capacities",
        ])
        .args([
            "--title",
            &format!("en:{en}"),
            "--title",
            &format!("mn:{mn}"),
        ])
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    assert!(
        html.contains(&format!("<title>{en} / {mn}</title>")),
        "{html}"
    );
    assert!(
        !html.contains("a knowledge base"),
        "the corpus's name is not used"
    );
    assert!(html.contains("<nav class=\"toc one-page\">"));
    let Some(chromium) = chromium() else { return };
    let pdf = print_pdf(chromium, &file);
    let Some(pages) = pdf_page_texts(&pdf) else {
        return;
    };
    let first = lines(&pages[0]).join(" ");
    for words in [
        en,
        "Contents",
        "3. Planned scale of selected industrial technology park projects",
        mn,
        "Гарчиг",
        "3. Зарим үйлдвэр, технологийн паркийн төслийн төлөвлөсөн хэмжээ",
    ] {
        assert!(first.contains(words), "page 1 lacks {words:?}:\n{first}");
    }
    let second = lines(&pages[1]).join(" ");
    assert!(
        second.contains("Information Technology Park (IT Park)") && !second.contains("Гарчиг"),
        "page 2 starts the first entry:\n{second}"
    );
}
