//! An entry's Sources list in a handout: a source cited at several places is one line with all
//! of them, said as `toli cite` says them; on paper (headless Chromium, read back page by page
//! with pdftotext) the list is never split across pages nor alone at the top of one. Also the
//! header of a figure table's value column, which the same walk found empty.

use crate::browser;
use crate::common;

use browser::{chromium, pdf_page_texts, print_pdf, single_file};

/// Each Sources list of `html`: its heading and its items, as words.
fn source_lists(html: &str) -> Vec<(String, Vec<String>)> {
    html.split("<div class=\"block\"><h2>")
        .skip(1)
        .filter_map(|block| {
            let (head, rest) = block.split_once("</h2>")?;
            let list = rest.strip_prefix("<ul class=\"sources\">")?;
            let list = &list[..list.find("</ul>")?];
            let items = list
                .split("<li>")
                .skip(1)
                .map(|li| common::html_words(li.split("</li>").next().unwrap_or_default()))
                .collect();
            Some((common::html_words(head), items))
        })
        .collect()
}

/// The whole corpus as one HTML file in `lang`.
fn whole_corpus(dir: &std::path::Path, lang: &str) -> String {
    let file = dir.join(format!("all-{lang}.html"));
    common::toli_en()
        .args(["--lang", lang, "export", "--single-file", "--langs", lang])
        .arg(&file)
        .assert()
        .success();
    std::fs::read_to_string(&file).expect("read")
}

/// A figure table whose rows carry their own units heads its value column «Утга» / "Value".
#[test]
fn a_printed_tables_value_column_has_a_header() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, head) in [("mn", "Утга"), ("en", "Value")] {
        let html = whole_corpus(dir.path(), lang);
        let at = html
            .find("id=\"fig-mongolia-education-indicators")
            .expect("the figure exported");
        let page = &html[at..];
        let thead = page
            .split("<thead>")
            .nth(1)
            .and_then(|t| t.split("</thead>").next())
            .expect("a table header");
        let last = thead.rsplit("<th").next().unwrap_or_default();
        assert_eq!(
            common::html_words(&format!("<th{last}")),
            head,
            "{lang}: {thead}"
        );
    }
}

/// The report cited at four boxes of one section is named once, with the boxes together.
#[test]
fn a_source_cited_at_several_places_is_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, places) in [
        ("mn", "V бүлэг, 1, 2, 4, 5-р хайрцаг"),
        ("en", "Section V, Boxes 1, 2, 4, 5"),
    ] {
        let html = whole_corpus(dir.path(), lang);
        let at = html
            .find("id=\"fig-mongolia-park-cases-compared")
            .expect("the figure exported");
        let page = &html[at..];
        let page = &page[..page.find("</section>").unwrap_or(page.len())];
        let lists = source_lists(page);
        let [(_, items)] = lists.as_slice() else {
            panic!("{lang}: one Sources list: {lists:?}");
        };
        assert_eq!(
            items.len(),
            1,
            "{lang}: one line for the one report: {items:?}"
        );
        assert!(items[0].ends_with(places), "{lang}: {items:?}");
    }
}

/// The STI tour and the clusters-abroad tour printed: every Sources list is on one page, after
/// the end of its entry's text on that page.
#[test]
fn a_printed_sources_list_is_whole_and_with_its_text() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    for (tour, langs) in [
        ("tour-sti-parks-mongolia", "mn"),
        ("tour-sti-parks-mongolia", "en"),
        ("tour-clusters-abroad", "both"),
    ] {
        let file = single_file(dir.path(), tour, langs, "mn");
        let html = std::fs::read_to_string(&file).expect("read");
        let lists = source_lists(&html);
        assert!(lists.len() >= 5, "{tour} {langs}: {} lists", lists.len());
        let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
            return;
        };
        let pages: Vec<String> = pages.iter().map(|p| common::html_words(p)).collect();
        // Lists are found in document order, from where the last one was.
        let (mut page, mut from) = (0, 0);
        for (head, items) in &lists {
            let first: Vec<&str> = items[0].split(' ').take(5).collect();
            let key = format!("{head} {}", first.join(" "));
            let found = (page..pages.len()).find_map(|p| {
                let start = if p == page { from } else { 0 };
                pages[p]
                    .get(start..)
                    .and_then(|t| t.find(&key))
                    .map(|i| (p, start + i))
            });
            let Some((p, at)) = found else {
                panic!("{tour} {langs}: {key:?} not printed whole on a page after page {page}");
            };
            let last = items.last().map_or("", String::as_str);
            let tail: Vec<&str> = last.split(' ').rev().take(4).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            let rest = &pages[p][at..];
            assert!(
                rest.contains(&tail.join(" ")),
                "{tour} {langs}, page {}: the list {key:?} goes on to the next page:\n{rest}",
                p + 1
            );
            assert!(
                !pages[p][..at].trim().is_empty(),
                "{tour} {langs}, page {}: the list {key:?} alone at the top of the page",
                p + 1
            );
            (page, from) = (p, at + key.len());
        }
    }
}
