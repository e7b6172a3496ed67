//! Printed through headless Chromium, a bold lead-in paragraph stays on the page of the list it
//! introduces (walk 25 T-4).

use crate::browser;
use crate::common;

use std::fmt::Write as _;

use browser::{chromium, pdf_page_texts, print_pdf, single_file};

const TOUR: &str = "tour-sti-parks-mongolia";

/// The walk's page 23: «Монгол Улс ШУТИ-ийн паркаа төлөвлөхдөө анхаарах зүйлс» alone at the
/// foot of a page, its five points on the next. Printed, the lead-in shares its list's page.
#[test]
fn a_bold_lead_in_prints_on_the_page_of_its_list() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, lead, first) in [
        (
            "mn",
            "Монгол Улс ШУТИ-ийн паркаа төлөвлөхдөө анхаарах зүйлс",
            "Эрдэм шинжилгээ, үйлдвэрлэлийн хүчтэй холбоо",
        ),
        (
            "en",
            "What Mongolia should consider when designing its STI parks",
            "Hsinchu shows the value of integrating universities",
        ),
    ] {
        let file = single_file(dir.path(), TOUR, lang, lang);
        let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
            return;
        };
        let pages: Vec<String> = pages.iter().map(|p| common::html_words(p)).collect();
        let on = (pages.iter().position(|p| p.contains(lead)))
            .unwrap_or_else(|| panic!("{lang}: {lead} not printed"));
        let after = &pages[on][pages[on].find(lead).unwrap_or(0)..];
        assert!(
            after.contains(first),
            "{lang}: the lead-in ends page {} without its list:\n{after}",
            on + 1
        );
    }
}

/// Lead-ins at every height of a page: a tour of thirty entries, each a different length of
/// text, then a bold lead-in and the list it introduces. However the pages fall, no lead-in
/// ends a page without its list's first item.
#[test]
fn no_lead_in_is_left_at_the_foot_of_a_page() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("leads");
    std::fs::create_dir_all(&content).expect("mkdir");
    let filler =
        "A line of text that fills the page a little more, as the text before a list does.";
    let mut steps = String::new();
    for n in 1..=30 {
        let mut body = String::new();
        for k in 0..(n % 9 + 1) {
            let _ = writeln!(body, "{filler} ({n}.{k})\n");
        }
        let _ = writeln!(body, "**Lead-in number {n} introduces its list**\n");
        for k in 1..=4 {
            let _ = writeln!(body, "{k}. Point {n}.{k} of the list, a line long.");
        }
        let entry = format!(
            "---\nid: lead-{n}\nkind: definition\ntitle: {{en: Lead {n}, mn: Lead {n}}}\n\
             summary: {{en: S., mn: S.}}\n---\n::: en\n{body}\n::: mn\n{body}\n"
        );
        std::fs::write(content.join(format!("lead-{n}.md")), entry).expect("write");
        let _ = writeln!(steps, "  - entry: lead-{n}");
    }
    let tour = format!(
        "---\nid: tour-leads\nkind: tour\ntitle: {{en: Leads, mn: Leads}}\n\
         summary: {{en: S., mn: S.}}\nsteps:\n{steps}---\n::: en\nT.\n::: mn\nT.\n"
    );
    std::fs::write(content.join("tour-leads.md"), tour).expect("write");
    // Named apart from the content folder beside it (`leads/`).
    let file = dir.path().join("leads-handout.html");
    common::toli_en()
        .arg("--content")
        .arg(&content)
        .args(["handout", "--tour", "tour-leads", "--langs", "en"])
        .arg("--single-file")
        .arg(&file)
        .assert()
        .success();
    let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
        return;
    };
    let pages: Vec<String> = pages.iter().map(|p| common::html_words(p)).collect();
    for n in 1..=30 {
        let lead = format!("Lead-in number {n} introduces its list");
        let on = (pages.iter().position(|p| p.contains(&lead)))
            .unwrap_or_else(|| panic!("{lead} not printed"));
        let after = &pages[on][pages[on].find(&lead).unwrap_or(0)..];
        assert!(
            after.contains(&format!("Point {n}.1 of the list")),
            "{lead} ends page {} without its list:\n{after}",
            on + 1
        );
    }
}
