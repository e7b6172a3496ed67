//! A printed handout's links (walk 25, T-3): a link to an entry the handout prints says where
//! it is — "(step N)", "(shown at step N)" — and a link to one it leaves out carries a small
//! raised number whose line in one list at the end of each language's part gives that entry's
//! title and how to find it in toli by its title; the list is grouped by kind, and a link in
//! an entry's facts is marked as one in its text. No raw id is printed: participants know
//! entries by their titles. Checked in the HTML in both languages, and on paper (headless
//! Chromium): the list is printed near the end, and the two tours trainers print stay within
//! a page of what they took before.

use crate::browser::{chromium, pdf_page_texts, pdf_pages, print_pdf, single_file};

const STI: &str = "tour-sti-parks-mongolia";

/// Entry `id`'s article in the handout.
fn article<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<article id=\"{id}\""))
        .unwrap_or_else(|| panic!("{id} printed"));
    let rest = &html[start..];
    &rest[..rest.find("</article>").expect("closed")]
}

/// The titles the list of entries left out gives in `section` (one language's part of the last
/// article), in order: item N is mark N, and says so.
fn left_out_titles(section: &str) -> Vec<String> {
    let Some(list) = section.split("<div class=\"block away-list\">").nth(1) else {
        return Vec::new();
    };
    let list = list.split("</div></div>").next().unwrap_or_default();
    (list.split("<span class=\"away-item\">").skip(1).enumerate())
        .map(|(n, item)| {
            let item = item.split("</span>").next().unwrap_or_default();
            let title = item.strip_prefix(&format!("<b>{}</b>&nbsp;", n + 1));
            title
                .unwrap_or_else(|| panic!("item {} numbered {item}", n + 1))
                .to_string()
        })
        .collect()
}

/// The text a reader sees: `html` without its tags.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn every_link_in_a_printed_handout_says_where_its_target_is() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, step_10, shown_at, finding_7, (hsinchu, hsinchu_title), heading) in [
        (
            "mn",
            "<span class=\"at-step\">(№10 алхам)</span>",
            "алхамд үзүүлнэ)</span>",
            "7-р дүгнэлтээс<sup class=\"away\">",
            (
                "Синьчжу паркийн",
                "Синьчжугийн шинжлэх ухаанд суурилсан аж үйлдвэрийн парк",
            ),
            "Бичвэрт дурдсан, энэ тараах материалд ороогүй бичлэгүүд",
        ),
        (
            "en",
            "<span class=\"at-step\">(step 10)</span>",
            "(shown at step ",
            "Finding 7<sup class=\"away\">",
            (
                "Hsinchu Science-Based Industrial Park",
                "Hsinchu Science-Based Industrial Park",
            ),
            "Referred to, not in this handout",
        ),
    ] {
        let file = single_file(dir.path(), STI, lang, lang);
        let html = std::fs::read_to_string(&file).expect("handout");
        // Linked in the text, printed: step 13 names finding 8, printed as step 10; some step
        // names a chart shown at a step.
        let last_step = article(&html, "unctad-key-takeaways-mongolia");
        assert!(last_step.contains(step_10), "{lang}: {last_step}");
        assert!(
            html.contains(shown_at),
            "{lang}: no link to a chart shown at a step"
        );
        // Linked, not printed: the list ends the handout's last page, with its line on how to
        // find an entry in toli by its title.
        let last = html.rsplit("<article id=").next().unwrap_or_default();
        let titles = left_out_titles(last);
        assert!(last.contains(heading), "{lang}: {last}");
        assert!(last.contains("toli search"), "{lang}: {last}");
        assert!(titles.len() > 10, "{lang}: {titles:?}");
        // Each line once, each a title the handout does not print.
        for (n, title) in titles.iter().enumerate() {
            assert_eq!(
                titles.iter().filter(|t| *t == title).count(),
                1,
                "{lang}: {title}"
            );
            assert!(
                !html.contains(&format!("<h1>{title}</h1>")),
                "{lang}: line {} lists {title}, which is printed",
                n + 1
            );
        }
        // Grouped by kind, in the kinds' order, the numbers running through the groups.
        let kinds: Vec<&str> = (last.split("<span class=\"away-kind\">").skip(1))
            .map(|k| k.split(':').next().unwrap_or_default())
            .collect();
        let order = match lang {
            "mn" => ["Дүгнэлт", "Арга хэмжээ", "Эх сурвалж"],
            _ => ["Findings", "Actions", "Sources"],
        };
        let at: Vec<usize> = (order.iter())
            .map(|k| kinds.iter().position(|g| g == k).expect("a group"))
            .collect();
        assert!(at.is_sorted(), "{lang}: {kinds:?}");
        assert_eq!(
            kinds.len(),
            kinds
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        );
        // A link in an entry's facts is marked as one in its text.
        assert!(
            (html.split("<dl class=\"facts\">").skip(1)).any(|dl| dl
                .split("</dl>")
                .next()
                .unwrap_or_default()
                .contains("<sup class=\"away\">")),
            "{lang}: no fact's link is marked"
        );
        // Every mark in the text has its line, and every line its mark.
        let marks: Vec<usize> = (html.split("<sup class=\"away\">").skip(1))
            .map(|m| m.split('<').next().unwrap_or_default())
            .map(|n| n.parse().expect("a number"))
            .collect();
        for n in 1..=titles.len() {
            assert!(marks.contains(&n), "{lang}: line {n} has no mark");
        }
        assert!(marks.iter().all(|&n| (1..=titles.len()).contains(&n)));
        // The walk's «see finding 7» and the Hsinchu park at step 13 lead to their lines.
        let mark_after = |text: &str, within: &str| -> usize {
            let rest = within
                .split(text)
                .nth(1)
                .unwrap_or_else(|| panic!("{lang}: {text:?} in {within}"));
            rest.split('<')
                .next()
                .unwrap_or_default()
                .parse()
                .expect("n")
        };
        let seven = mark_after(finding_7, &html);
        assert!(
            titles[seven - 1].starts_with(if lang == "mn" {
                "7-р дүгнэлт"
            } else {
                "Finding 7"
            }),
            "{lang}: mark {seven} → {}",
            titles[seven - 1]
        );
        let at_hsinchu = last_step
            .split(&format!("{hsinchu}<sup class=\"away\">"))
            .nth(1)
            .and_then(|r| r.split('<').next())
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("{lang}: no mark after {hsinchu}: {last_step}"));
        assert_eq!(titles[at_hsinchu - 1], hsinchu_title, "{lang}");
        // No raw id: not the entries left out, not a command that takes one.
        let seen = visible(&html);
        for id in ["hsinchu-science-park", "unctad-finding-7", "toli show"] {
            assert!(!seen.contains(id), "{lang}: {id} printed");
        }
    }
}

/// Printed: the Mongolian STI handout keeps to 25 A4 pages (24 before the marks and the list)
/// and the two-language "what is a cluster" handout to 33 (32 before); each language's list is
/// on the pages at its part's end, under that language's footer.
#[test]
fn the_list_of_entries_left_out_is_printed_at_the_end_within_a_page_more() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    for (tour, langs, reader, most, heads) in [
        (
            STI,
            "mn",
            "mn",
            25,
            vec![("Бичвэрт дурдсан, энэ тараах материалд ороогүй", "Хуудас")],
        ),
        (
            "tour-what-is-a-cluster",
            "both",
            "en",
            33,
            vec![
                ("Referred to, not in this handout", "Page"),
                ("Бичвэрт дурдсан, энэ тараах материалд ороогүй", "Хуудас"),
            ],
        ),
    ] {
        let pdf = print_pdf(chromium, &single_file(dir.path(), tour, langs, reader));
        let count = pdf_pages(&pdf);
        assert!(count <= most, "{tour} {langs}: {count} pages");
        let Some(pages) = pdf_page_texts(&pdf) else {
            return;
        };
        for (heading, footer) in heads {
            let at = (pages.iter())
                .position(|p| {
                    p.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .contains(heading)
                })
                .unwrap_or_else(|| panic!("{tour}: {heading:?} not printed"));
            assert!(
                at + 3 >= count,
                "{tour}: the list on page {} of {count}",
                at + 1
            );
            assert!(pages[at].contains(footer), "{tour}: {}", pages[at]);
        }
    }
}
