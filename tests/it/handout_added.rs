//! A tour's handout with a trainer's own entries (ux29): `toli handout --tour T --ids A,B`
//! prints the tour's pages, then the entries given, in that order, each headed "Added entry N"
//! («№N нэмэлт бичлэг») and listed after the steps under a heading of their own; an entry the
//! tour already prints is said on stderr and printed once. In one language and both, as a
//! folder, one file and Markdown, and printed by Chromium.

use std::path::{Path, PathBuf};

use crate::browser::{chromium, pdf_page_texts, print_pdf};
use crate::common::toli_en;

/// A trainer's content folder holding one local case.
fn own_folder(dir: &Path) -> PathBuf {
    let own = dir.join("own");
    std::fs::create_dir_all(own.join("cases")).expect("mkdir");
    std::fs::write(
        own.join("cases/darkhan-leather-cluster.md"),
        "---\nid: darkhan-leather-cluster\nkind: case\ntitle:\n  en: Darkhan leather cluster\n  mn: Дарханы арьс ширний кластер\nsummary:\n  en: The trainer's local case.\n  mn: Сургагч багшийн орон нутгийн жишээ.\ncountry: MN\ntype: cluster\n---\n::: en\nTo discuss in groups.\n\n::: mn\nБүлгээр хэлэлцэнэ.\n",
    )
    .expect("write");
    own
}

/// `toli handout` on the shipped corpus and `own`, with `args`; its stdout and stderr.
fn handout(own: &Path, args: &[&str]) -> (String, String) {
    let out = toli_en()
        .env("SOURCE_DATE_EPOCH", "1796472000")
        .arg("--content")
        .arg(own)
        .arg("handout")
        .args(args)
        .output()
        .expect("run");
    let said = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert!(out.status.success(), "{}", said(&out.stderr));
    (said(&out.stdout), said(&out.stderr))
}

fn at(html: &str, what: &str) -> usize {
    html.find(what)
        .unwrap_or_else(|| panic!("{what:?} is missing"))
}

#[test]
fn the_tour_s_pages_then_the_added_entries_in_order_each_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let own = own_folder(dir.path());
    let file = dir.path().join("workshop.html");
    let (_, stderr) = handout(
        &own,
        &[
            "--tour",
            "tour-what-is-a-cluster",
            "--ids",
            "darkhan-leather-cluster,cluster,mongolia-startup-ecosystem,darkhan-leather-cluster",
            "--langs",
            "en",
            "--single-file",
            file.to_str().expect("path"),
        ],
    );
    assert!(
        stderr.contains(
            "note: cluster is already in the handout of the tour tour-what-is-a-cluster, as step 1; it is printed once, there."
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("darkhan-leather-cluster is given twice to --ids"),
        "{stderr}"
    );
    let html = std::fs::read_to_string(&file).expect("the handout");
    // Under the title, then the contents: the steps, then the added entries.
    let lead = at(&html, "The tour&#39;s 12 steps, then 2 entries added to it");
    let last_step = at(
        &html,
        "Sea buckthorn cluster: a new strategy to 2030</a></li></ol>",
    );
    let heading = at(&html, "<h3 class=\"added\">Added to the tour</h3>");
    assert!(lead < last_step && last_step < heading, "{html}");
    let contents = &html[heading..];
    assert!(
        at(contents, "Darkhan leather cluster") < at(contents, "Mongolia&#39;s start-up ecosystem")
    );
    // The pages: the tour's, then the added ones in order, each headed with its number.
    let pages = |id: &str| at(&html, &format!("<article id=\"{id}\""));
    assert!(pages("rec-sbt-strategy-2030") < pages("darkhan-leather-cluster"));
    assert!(pages("darkhan-leather-cluster") < pages("mongolia-startup-ecosystem"));
    assert_eq!(
        html.matches("<article id=\"darkhan-leather-cluster\"")
            .count(),
        1
    );
    assert_eq!(html.matches("<article id=\"cluster\"").count(), 1);
    let own_page = &html[pages("darkhan-leather-cluster")..];
    assert!(own_page.contains("<span class=\"added\">Added entry 1</span>"));
    let second = &html[pages("mongolia-startup-ecosystem")..];
    assert!(second.contains("<span class=\"added\">Added entry 2</span>"));
}

/// In Mongolian only and in both languages (`--langs en,mn` as typed), as a folder: its
/// contents page and each added page say so in each language.
#[test]
fn in_mongolian_and_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let own = own_folder(dir.path());
    for (langs, said) in [
        (
            "mn",
            &[
                "Танилцуулгын 12 алхам, дараа нь түүнд нэмсэн 1 бичлэг",
                "Танилцуулгад нэмсэн бичлэгүүд",
            ][..],
        ),
        (
            "en,mn",
            &[
                "The tour&#39;s 12 steps, then 1 entry added to it",
                "Added to the tour",
                "Танилцуулгын 12 алхам, дараа нь түүнд нэмсэн 1 бичлэг",
                "Танилцуулгад нэмсэн бичлэгүүд",
            ][..],
        ),
    ] {
        let out = dir.path().join(format!("out-{langs}"));
        let (stdout, stderr) = handout(
            &own,
            &[
                "--tour",
                "tour-what-is-a-cluster",
                "--ids",
                "darkhan-leather-cluster",
                "--langs",
                langs,
                out.to_str().expect("path"),
            ],
        );
        assert!(stderr.is_empty(), "{stderr}");
        assert!(stdout.contains("wrote 16 HTML files"), "{stdout}");
        let index = std::fs::read_to_string(out.join("index.html")).expect("index");
        for s in said {
            assert!(index.contains(s), "{langs}: {s:?} in\n{index}");
        }
        let page = std::fs::read_to_string(out.join("darkhan-leather-cluster.html")).expect("page");
        assert!(page.contains("№1 нэмэлт бичлэг"), "{langs}");
        assert_eq!(page.contains("Added entry 1"), langs == "en,mn", "{langs}");
        let manifest = std::fs::read_to_string(out.join(".toli-export.json")).expect("manifest");
        assert!(manifest.contains("\"tour-with\""), "{manifest}");
    }
    // Again without the added entry: the folder held the tour with one, and says so.
    let out = dir.path().join("out-mn");
    let (stdout, _) = handout(
        &own,
        &[
            "--tour",
            "tour-what-is-a-cluster",
            "--langs",
            "mn",
            out.to_str().expect("path"),
        ],
    );
    assert!(stdout.contains("with 1 entry added that"), "{stdout}");
}

/// Markdown: README lists the added entries after the steps.
#[test]
fn markdown_lists_the_added_entries_after_the_steps() {
    let dir = tempfile::tempdir().expect("tempdir");
    let own = own_folder(dir.path());
    let out = dir.path().join("md");
    handout(
        &own,
        &[
            "--format",
            "md",
            "--tour",
            "tour-what-is-a-cluster",
            "--ids",
            "darkhan-leather-cluster",
            "--langs",
            "en",
            out.to_str().expect("path"),
        ],
    );
    let readme = std::fs::read_to_string(out.join("README.md")).expect("README");
    let steps = at(&readme, "12. [Sea buckthorn cluster");
    let added = at(
        &readme,
        "## Added to the tour\n\n1. [Darkhan leather cluster](darkhan-leather-cluster.md)",
    );
    assert!(steps < added, "{readme}");
    assert!(out.join("darkhan-leather-cluster.md").is_file());
}

/// Printed by Chromium in both languages: each language's contents lists the added entry
/// after the steps, and its page is headed with its mark in each language.
#[test]
fn printed_the_contents_and_the_page_say_added() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let own = own_folder(dir.path());
    let file = dir.path().join("workshop.html");
    handout(
        &own,
        &[
            "--tour",
            "tour-what-is-a-cluster",
            "--ids",
            "darkhan-leather-cluster",
            "--langs",
            "en-mn",
            "--single-file",
            file.to_str().expect("path"),
        ],
    );
    let pdf = print_pdf(chromium, &file);
    let Some(pages) = pdf_page_texts(&pdf) else {
        return;
    };
    let page_with = |what: &str| {
        pages
            .iter()
            .position(|p| p.contains(what))
            .unwrap_or_else(|| panic!("{what:?} on no page"))
    };
    assert_eq!(page_with("Added to the tour"), 0, "the English contents");
    assert_eq!(
        page_with("Танилцуулгад нэмсэн бичлэгүүд"),
        1,
        "the Mongolian contents"
    );
    let own_en = page_with("ADDED ENTRY 1");
    let own_mn = page_with("№1 НЭМЭЛТ БИЧЛЭГ");
    assert!(
        pages[own_en].contains("Darkhan leather cluster"),
        "{}",
        pages[own_en]
    );
    assert!(
        pages[own_mn].contains("Дарханы арьс ширний кластер"),
        "{}",
        pages[own_mn]
    );
    assert!(own_en > page_with("Sea buckthorn cluster: a new strategy to 2030"));
}
