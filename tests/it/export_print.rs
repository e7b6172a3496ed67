//! Handouts on paper and their numbering. Printed by headless Chromium to A4 and read back page
//! by page with pdftotext: a table's caption is never left at the foot of a page without at
//! least two of its rows, each language's contents starts a page of its own and numbers the
//! tour's steps as the talk does (listed once: the tour's page does not repeat them), a chart
//! is never cut across pages, and a table
//! of short values prints as a table with its numbers aligned right. The numbering of the contents and of the Markdown tour page is also
//! checked without a browser.

use crate::browser;
use crate::common;

use std::path::Path;

use browser::{
    chromium, mostly_mongolian, pdf_page_texts, pdf_pages, print_pdf, probe, single_file,
};

/// A table with a caption: the paragraph just before it, or for a figure's table the kind
/// label (printed in capitals) and title heading its page.
struct Captioned {
    caption: String,
    /// The longest word of the first cell of each of its first two rows.
    rows: Vec<String>,
}

fn captioned_tables(html: &str) -> Vec<Captioned> {
    let mut out = Vec::new();
    for (start, _) in html.match_indices("<table") {
        let before = &html[..start];
        let caption = if before.trim_end().ends_with("</p>") {
            before.rfind("<p").map(|p| common::html_words(&before[p..]))
        } else if before.ends_with("<div class=\"figure\">") {
            let kind = before.rfind("<p class=\"kind\">").map(|k| &before[k..]);
            let kind = kind
                .and_then(|k| k.split("</p>").next())
                .map(common::html_words);
            let title = before.rfind("<h1>").map(|h| &before[h..]);
            let title = title
                .and_then(|t| t.split("</h1>").next())
                .map(common::html_words);
            kind.zip(title)
                .map(|(k, t)| format!("{} {t}", k.to_uppercase()))
        } else {
            None
        };
        let Some(caption) = caption else { continue };
        let table = &html[start..];
        let table = &table[..table.find("</table>").unwrap_or(table.len())];
        let body = table.split("<tbody>").nth(1).unwrap_or_default();
        let rows: Vec<String> = body
            .split("<tr>")
            .skip(1)
            .take(2)
            .map(|row| {
                let first = row.split("</t").next().unwrap_or_default();
                let cell = common::html_words(&format!("<{first}"));
                cell.split(' ')
                    .max_by_key(|w| w.chars().count())
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        out.push(Captioned {
            caption: caption.split(' ').take(10).collect::<Vec<_>>().join(" "),
            rows,
        });
    }
    out
}

/// The STI tour printed in Mongolian, English and both: every table's caption is followed on
/// its page by its first two rows (a page used to end with «2-р хүснэгт …», the header and one
/// row), and no page but the last is left half empty (the end of one language's part aside).
#[test]
fn a_printed_tables_caption_keeps_at_least_two_of_its_rows_on_its_page() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    for (langs, at_least) in [("mn", 4), ("en", 4), ("both", 8)] {
        let file = single_file(dir.path(), "tour-sti-parks-mongolia", langs, "mn");
        let html = std::fs::read_to_string(&file).expect("read");
        let tables = captioned_tables(&html);
        assert!(
            tables.len() >= at_least,
            "{langs}: {} captions",
            tables.len()
        );
        let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
            return;
        };
        let pages: Vec<String> = pages.iter().map(|p| common::html_words(p)).collect();
        for t in &tables {
            let on = pages.iter().position(|p| p.contains(&t.caption));
            let Some(n) = on else {
                panic!("{langs}: caption {:?} not printed", t.caption)
            };
            let rest = &pages[n][pages[n].find(&t.caption).unwrap_or(0)..];
            for row in &t.rows {
                assert!(
                    rest.contains(row.as_str()),
                    "{langs}, page {}: the caption {:?} without its row {row:?}:\n{rest}",
                    n + 1,
                    t.caption
                );
            }
        }
        // The contents take a page per language. A page the same entry goes on from is well
        // used; one followed by the start of an entry (its kind label on top, «ДҮГНЭЛТ ·
        // АЛХАМ 3») may be shorter, when the entry's head and first lines did not fit, but not
        // half empty — a long block pushed whole to the next page with the head before it. In
        // both languages each language's part of an entry has pages of its own (their footers
        // speak its language), so the page ending one language's part may be short.
        let contents = if langs == "both" { 2 } else { 1 };
        let starts_entry = |page: &str| {
            let head: Vec<&str> = page.split(' ').take(4).collect();
            head.iter().position(|w| *w == "·").is_some_and(|dot| {
                dot > 0
                    && head[..dot]
                        .iter()
                        .all(|w| !w.chars().any(char::is_lowercase))
            })
        };
        for (n, page) in pages.iter().enumerate().skip(contents) {
            let Some(next) = pages.get(n + 1) else {
                continue;
            };
            if mostly_mongolian(page) != mostly_mongolian(next) {
                continue;
            }
            // A chart shown at a step (an entry of its own in the handout) cannot break, and its
            // head stays with it; a page it starts is filled with bars of few words.
            let chart_head = |page: &str| {
                ["ЗУРАГ, ХҮСНЭГТ · №", "FIGURE · SHOWN AT STEP"]
                    .iter()
                    .any(|head| page.starts_with(head))
            };
            // A chart goes on its step's page when it fits there: the page before one that did
            // not is held to the rule of any page before an entry's start.
            let chart = chart_head(page);
            let least = match (chart, starts_entry(next)) {
                (true, _) => 60,
                (false, true) => 120,
                (false, false) => 150,
            };
            let used = page.split(' ').count();
            assert!(
                used > least,
                "{langs}: page {} holds {used} words; the next begins:\n{}",
                n + 1,
                next.chars().take(200).collect::<String>()
            );
        }
    }
}

/// A folder handout's own printing advice, followed word for word, prints the whole handout:
/// the advice used to name `index.html`, whose PDF held only the contents (2 pages). Its
/// command runs in the folder the export was made from, as a trainer would type it after
/// `toli export --tour T site` (`--no-sandbox` added: the tests may run as root).
#[test]
fn the_printing_advice_for_a_folder_handout_prints_every_entry() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let said = common::toli_en()
        .current_dir(dir.path())
        .args(["export", "--tour", "tour-what-is-a-cluster", "site"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&said.get_output().stdout).into_owned();
    let command = said
        .lines()
        .find_map(|l| l.split_once("or: chromium ").map(|(_, c)| c.to_string()))
        .unwrap_or_else(|| panic!("no chromium command in:\n{said}"));
    let words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    let (file, flags) = words.split_last().expect("a file to print");
    assert!(file.starts_with("site/"), "{command}");
    browser::run_in(chromium, Some(dir.path()), flags, file);
    let pdf_name = flags
        .iter()
        .find_map(|f| f.strip_prefix("--print-to-pdf="))
        .unwrap_or_else(|| panic!("no PDF named in {command}"));
    let pdf = std::fs::read(dir.path().join(pdf_name)).expect("the PDF the advice names");
    let Some(pages) = pdf_page_texts(&pdf) else {
        return;
    };
    let printed = common::html_words(&pages.join(" "));
    let corpus = toli::corpus::load::load(&toli::corpus::load::Sources::builtin()).corpus;
    let tour = corpus.get("tour-what-is-a-cluster").expect("the tour");
    let toli::corpus::model::KindFields::Tour { steps } = &tour.fields else {
        panic!("a tour")
    };
    // Each step's summary (the contents list only titles), in both languages.
    for step in steps {
        let entry = corpus.get(&step.entry).expect("a step's entry");
        for lang in [toli::lang::Lang::En, toli::lang::Lang::Mn] {
            let start: Vec<&str> = entry
                .summary
                .show(lang)
                .split_whitespace()
                .take(6)
                .collect();
            let start = common::html_words(&start.join(" "));
            assert!(
                printed.contains(&start),
                "{} ({lang:?}): {start:?} not printed in {} pages",
                step.entry,
                pages.len()
            );
        }
    }
}

/// A handout named like the PDF wanted (`--single-file both.pdf`): its own
/// printing advice, followed word for word, makes `both.pdf` a PDF of the handout, printed from
/// the HTML written to `both.html`.
#[test]
fn the_printing_advice_for_a_handout_named_as_a_pdf_writes_that_pdf() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let said = common::toli_en()
        .current_dir(dir.path())
        .args(["--no-builtin", "--content", corpus, "handout", "--tour"])
        .args(["tour-intro", "--single-file", "both.pdf"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&said.get_output().stdout).into_owned();
    let command = said
        .lines()
        .find_map(|l| l.split_once("or: chromium ").map(|(_, c)| c.to_string()))
        .unwrap_or_else(|| panic!("no chromium command in:\n{said}"));
    let words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    let (file, flags) = words.split_last().expect("a file to print");
    assert_eq!(file, "both.html", "{command}");
    assert!(
        flags.contains(&"--print-to-pdf=both.pdf".to_string()),
        "{command}"
    );
    browser::run_in(chromium, Some(dir.path()), flags, file);
    let pdf = std::fs::read(dir.path().join("both.pdf")).expect("the PDF the advice names");
    assert!(pdf_pages(&pdf) >= 1);
    let Some(pages) = pdf_page_texts(&pdf) else {
        return;
    };
    assert!(pages.join(" ").contains("Intro tour"), "{pages:?}");
}

/// A trainer's three-step tour printed from its handout folder (`toli --lang mn handout`, then
/// `print.html`): the contents page lists the steps, and its hint gives the tour's own last
/// step as the example («№3 АЛХАМ», not a step 8 the tour does not have); the tour's page that
/// follows does not list them a second time. On screen the tour's page keeps its list.
#[test]
fn a_printed_tour_lists_its_steps_once_and_its_hint_names_a_step_it_has() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out-mn");
    common::toli_en()
        .args(["--no-builtin", "--content", "tests/fixtures/content"])
        .args([
            "--content",
            "tests/fixtures/present",
            "--lang",
            "mn",
            "handout",
        ])
        .args(["--langs", "mn", "--tour", "tour-fixture"])
        .arg(&out)
        .assert()
        .success();
    let Some(pages) = pdf_page_texts(&print_pdf(chromium, &out.join("print.html"))) else {
        return;
    };
    let flat = |page: &str| page.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat(&pages[0]).contains("дугаарыг нь хайна уу (№3 АЛХАМ)."),
        "the hint names the tour's last step:\n{}",
        pages[0]
    );
    let printed: Vec<String> = pages.iter().flat_map(|p| p.lines().map(flat)).collect();
    assert!(!printed.iter().any(|l| l.contains("№8")), "{printed:#?}");
    for step in ["1. Кластер", "2. Өсөлт", "3. Кластер тус бүрийн компани"]
    {
        let listed = printed.iter().filter(|l| *l == step).count();
        assert_eq!(
            listed,
            1,
            "{step:?} listed once on paper:\n{}",
            pages.join("\u{c}")
        );
    }
    assert!(
        !printed.iter().any(|l| l == "Алхам"),
        "the tour's page prints no «Алхам» list:\n{}",
        pages.join("\u{c}")
    );
    // On screen: the tour's own page lists its steps; the page to print keeps the list for the
    // screen and leaves it out on paper only.
    let page = std::fs::read_to_string(out.join("tour-fixture.html")).expect("tour page");
    assert!(
        page.contains("<div class=\"tour-steps\"><h2>Алхам</h2><ol class=\"steps\"><li>"),
        "{page}"
    );
    let whole = std::fs::read_to_string(out.join("print.html")).expect("print.html");
    assert!(whole.contains("<div class=\"tour-steps in-contents\"><h2>Алхам</h2>"));
    let (screen, print) = whole.split_once("@media print{").expect("print rules");
    assert!(print.contains(".tour-steps.in-contents{display:none}"));
    assert!(!screen.contains(".tour-steps"), "shown on screen");
}

/// Printed contents carry no page numbers (Chromium prints no CSS `target-counter()`, and a
/// script sees the page before it is cut into pages): each language's contents say to find a
/// step by its number (the tour's last, 13), and each step's head carries it — once, steps
/// 1–13 in order.
#[test]
fn the_printed_contents_say_to_find_a_step_by_its_number_which_heads_the_step() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = single_file(dir.path(), "tour-sti-parks-mongolia", "both", "mn");
    let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
        return;
    };
    let flat = |page: &str| page.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat(&pages[0]).contains(
            "Цаасан дээр алхмыг олохдоо алхмын эхэнд тод бичсэн дугаарыг нь хайна уу (№13 АЛХАМ)."
        ),
        "{}",
        pages[0]
    );
    assert!(
        flat(&pages[1]).contains(
            "To find a step on paper, look for its number in bold at the head of the step (STEP 13)."
        ),
        "{}",
        pages[1]
    );
    let lines: Vec<String> = pages
        .iter()
        .flat_map(|p| p.lines().map(flat).collect::<Vec<_>>())
        .collect();
    for mark in [
        |n: usize| format!(" · №{n} АЛХАМ"),
        |n: usize| format!(" · STEP {n}"),
    ] {
        let mut last = 0;
        for n in 1..=13 {
            let at: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].ends_with(&mark(n)))
                .collect();
            assert_eq!(at.len(), 1, "{:?}: {at:?}", mark(n));
            assert!(at[0] > last, "{:?} after step {}", mark(n), n - 1);
            last = at[0];
        }
    }
}

/// Each language's contents on a page of its own, the tour unnumbered and its steps numbered
/// 1–13 as in the talk (the tour used to be 1, so step 7 was «8.»).
#[test]
fn each_languages_printed_contents_has_its_page_and_numbers_the_steps_as_the_talk() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = single_file(dir.path(), "tour-sti-parks-mongolia", "both", "mn");
    let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
        return;
    };
    let lines = |page: &str| -> Vec<String> {
        page.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect()
    };
    let (mn, en) = (lines(&pages[0]), lines(&pages[1]));
    assert!(mn.iter().any(|l| l == "Гарчиг"), "{mn:#?}");
    assert!(
        mn.iter()
            .any(|l| l.starts_with("7. Монголын үйлдвэр, технологийн паркуудын төлөв")),
        "{mn:#?}"
    );
    assert!(en.iter().any(|l| l == "Contents"), "{en:#?}");
    assert!(
        en.iter()
            .any(|l| l == "7. Status of Mongolia's industrial technology parks (Table 3)"),
        "{en:#?}"
    );
    for page in [&mn, &en] {
        assert!(page.iter().any(|l| l.starts_with("13. ")), "{page:#?}");
        assert!(!page.iter().any(|l| l.starts_with("14. ")), "{page:#?}");
    }
    assert!(!mn.iter().any(|l| l.contains("Contents")), "{mn:#?}");
    assert_eq!(
        lines(&pages[2]).first().map(String::as_str),
        Some("ТАНИЛЦУУЛГА")
    );
    // Table 3's column of parks prints its header, as the source names it (it was blank).
    let all: Vec<String> = pages.iter().flat_map(|p| lines(p)).collect();
    for header in ["Нэр Салбар Өмчийн", "Name Industry type Ownership"] {
        assert!(
            all.iter().any(|l| l.starts_with(header)),
            "no line begins {header:?}"
        );
    }
}

/// Table 3 of the STI tour (14 parks × 5 short columns) is a table on A4 (print rules, 180 mm)
/// and on a wide screen, records only on a phone; its column of years and Table 2's counts and
/// shares align right, words left.
#[test]
fn a_table_of_short_values_prints_as_a_table_with_its_numbers_aligned_right() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = single_file(dir.path(), "tour-sti-parks-mongolia", "mn", "mn");
    let html = std::fs::read_to_string(&file).expect("read");
    std::fs::write(
        dir.path().join("print.html"),
        html.replace("@media print{", "@media all{"),
    )
    .expect("write");
    let name = |f: &Path| f.file_name().expect("name").to_string_lossy().into_owned();
    for (page, width, shown) in [
        ("print.html".to_string(), 680, "table"),
        (name(&file), 1280, "table"),
        (name(&file), 360, "block"),
    ] {
        let findings = probe(chromium, dir.path(), std::slice::from_ref(&page), width);
        let tables = &findings[&page].tables;
        let parks = tables
            .iter()
            .find(|t| t.article == "fig-industrial-technology-parks")
            .expect("Table 3 is in the tour");
        assert_eq!(parks.display, shown, "Table 3 in {page} at {width} px");
        if shown == "table" {
            let graduates = tables
                .iter()
                .find(|t| t.article == "finding-stem-graduates-13-9-percent")
                .expect("Table 2 is in the tour");
            for t in [parks, graduates] {
                assert!(!t.numbers.is_empty(), "{} has numbers", t.article);
                assert!(
                    t.numbers.iter().all(|a| a == "right") && t.words.iter().all(|a| a == "left"),
                    "{} at {width} px: numbers {:?}, words {:?}",
                    t.article,
                    t.numbers,
                    t.words
                );
            }
        }
    }
}

/// In the two-language site on a 1200 px screen, Table 3 no longer turns into records in its
/// half of the page: the two languages are stacked, each the full width, and both are tables.
#[test]
fn a_two_language_page_stacks_its_languages_to_keep_a_table_a_table() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args(["export", "--ids", "fig-industrial-technology-parks"])
        .arg(dir.path())
        .assert()
        .success();
    let page = "fig-industrial-technology-parks.html".to_string();
    let findings = probe(chromium, dir.path(), std::slice::from_ref(&page), 1200);
    let shown: Vec<(&str, &str)> = findings[&page]
        .tables
        .iter()
        .map(|t| (t.lang.as_str(), t.display.as_str()))
        .collect();
    assert_eq!(shown, [("en", "table"), ("mn", "table")]);
}

/// Without a browser: the contents and the index leave the tour unnumbered and number each step
/// as the tour does (a step naming no entry keeps its number free), and the Markdown tour page
/// numbers its steps instead of listing them as bullets.
#[test]
fn contents_and_the_markdown_tour_page_number_the_steps_as_the_tour_does() {
    let extra = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        extra.path().join("tour-gap.md"),
        "---\nid: tour-gap\nkind: tour\ntitle: {en: Gap, mn: Завсар}\n\
         summary: {en: Three steps., mn: Гурван алхам.}\nsteps:\n  - entry: cluster\n  \
         - entry: no-such-entry\n  - entry: finding-1\n---\n",
    )
    .expect("write the tour");
    let out = tempfile::tempdir().expect("tempdir");
    let toli = || {
        let mut cmd = common::toli_en();
        cmd.args(["--no-builtin", "--content", "tests/fixtures/corpus"])
            .arg("--content")
            .arg(extra.path())
            .args(["export", "--tour", "tour-gap"]);
        cmd
    };
    let file = out.path().join("one.html");
    toli().arg("--single-file").arg(&file).assert().success();
    let html = std::fs::read_to_string(&file).expect("read");
    let toc = html.split("</nav>").next().unwrap_or_default();
    assert!(
        toc.contains("<p class=\"tour\"><a href=\"#tour-gap\">Gap</a></p><ol class=\"steps\"><li value=\"1\"><a href=\"#cluster\">"),
        "{toc}"
    );
    assert!(
        toc.contains("<li value=\"3\"><a href=\"#finding-1\">"),
        "{toc}"
    );
    let site = out.path().join("site");
    toli().arg(&site).assert().success();
    let index = std::fs::read_to_string(site.join("index.html")).expect("index");
    assert!(
        index.contains("<li value=\"3\"><a href=\"finding-1.html\">"),
        "{index}"
    );
    let md = out.path().join("md");
    toli().args(["--format", "md"]).arg(&md).assert().success();
    let page = std::fs::read_to_string(md.join("tour-gap.md")).expect("tour page");
    assert!(
        page.contains("- **Steps:**\n  1. [") && page.contains("\n  3. ["),
        "{page}"
    );
    assert!(!page.contains("\n  - ["), "{page}");
}

/// Printed, each language's contents page says when the handout was made once, in its footer
/// (the line under the contents stays on screen only), and lists under each step the charts
/// shown at it, whose pages follow their step's.
#[test]
fn the_printed_contents_name_the_export_once_and_the_charts_under_their_steps() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = single_file(dir.path(), "tour-sti-parks-mongolia", "both", "mn");
    let html = std::fs::read_to_string(&file).expect("read");
    // On screen the contents still end with the line.
    assert_eq!(
        html.matches("<p class=\"stamp\">").count(),
        2,
        "one per language"
    );
    let Some(chromium) = chromium() else { return };
    let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
        return;
    };
    let flat = |page: &str| page.split_whitespace().collect::<Vec<_>>().join(" ");
    let (mn, en) = (flat(&pages[0]), flat(&pages[1]));
    assert_eq!(
        mn.matches("Бэлтгэсэн огноо: 2026 оны 12-р сарын 5").count(),
        1,
        "{mn}"
    );
    assert_eq!(en.matches("Exported on 5 December 2026").count(), 1, "{en}");
    assert!(
        en.contains("4. ICT service exports (59.37 million USD) far below similar-sized peers Figure: ICT service exports of Mongolia and similar-sized peers, 2023 5. "),
        "{en}"
    );
    assert!(
        mn.contains("Зураг, хүснэгт: IT Park: орлогын бүтэц, үйл ажиллагаагаар"),
        "{mn}"
    );
    // The chart's page comes right after its step's, saying which step shows it.
    let all = pages.iter().map(|p| flat(p)).collect::<Vec<_>>().join(" ");
    let step = all
        .find("FINDING · STEP 4")
        .unwrap_or_else(|| panic!("no step 4 page: {all}"));
    let chart = all
        .find("FIGURE · SHOWN AT STEP 4")
        .unwrap_or_else(|| panic!("no chart page: {all}"));
    let next = all.find("FINDING · STEP 5").unwrap_or(usize::MAX);
    assert!(
        step < chart && chart < next,
        "step 4, its chart, then step 5"
    );
}

/// The two-language STI tour with its charts went from 47 to 91 A4 pages. On paper a chart
/// prints its labels and values once (its unit over the bars, its data table left out: it said
/// the same again), labels of two lines stand beside their bars, and a block of sources is set
/// close enough to stay on its entry's page: 82 pages. Each chart page still carries its own
/// language's labels, and the ICT chart prints Croatia's 1,868.30 once on each language's page.
#[test]
fn the_two_language_tour_prints_each_chart_once_per_language_on_fewer_pages() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = single_file(dir.path(), "tour-sti-parks-mongolia", "both", "mn");
    let pdf = print_pdf(chromium, &file);
    let count = pdf_pages(&pdf);
    assert!(count <= 84, "{count} pages (91 before, 82 measured)");
    let Some(pages) = pdf_page_texts(&pdf) else {
        return;
    };
    for (head, croatia, unit) in [
        (
            "ЗУРАГ, ХҮСНЭГТ · №4 АЛХАМД ҮЗҮҮЛНЭ",
            "Хорват",
            "Сая ам.доллар (урсгал үнээр)",
        ),
        (
            "FIGURE · SHOWN AT STEP 4",
            "Croatia",
            "Million USD (current)",
        ),
    ] {
        let page = pages
            .iter()
            .find(|p| p.trim_start().starts_with(head))
            .unwrap_or_else(|| panic!("no page begins {head}"));
        let text = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(croatia), "{text}");
        // Once in the summary, once on its bar (the data table said it a third time).
        assert_eq!(text.matches("1,868.30").count(), 2, "{text}");
        assert_eq!(text.matches(unit).count(), 1, "{text}");
    }
}

/// The charts of a text: the words of every `<text>` of each chart's SVG, by the figure's id.
fn chart_words(html: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for article in html.split("<article id=\"").skip(1) {
        let id = article.split('"').next().unwrap_or_default().to_string();
        let Some(svg) = article
            .split("<svg")
            .nth(1)
            .and_then(|s| s.split("</svg>").next())
        else {
            continue;
        };
        let texts: Vec<String> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
            .filter_map(|t| t.split("</text>").next())
            .flat_map(|t| {
                common::html_words(t)
                    .split(' ')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        out.push((id, texts));
    }
    out
}

/// In print a chart is never cut across pages: every label and value of its bars is on the
/// page where its head (kind label and title) is. A chart shown at a step goes on its step's
/// page when it fits there and moves whole to the next page when it does not — no chart starts
/// a page of its own by rule (that left the page before it nearly empty: the Mongolian STI
/// handout went from 35 to 39 pages).
#[test]
fn a_printed_chart_is_never_split_and_shares_its_step_s_page_when_it_fits() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut sharing = 0;
    for (tour, lang, head) in [
        ("tour-sti-parks-mongolia", "mn", "ЗУРАГ, ХҮСНЭГТ · №"),
        ("tour-sti-parks-mongolia", "en", "FIGURE · SHOWN AT STEP"),
        ("tour-what-is-a-cluster", "en", "FIGURE · STEP"),
    ] {
        let file = single_file(dir.path(), tour, lang, lang);
        let html = std::fs::read_to_string(&file).expect("handout");
        let charts = chart_words(&html);
        assert!(!charts.is_empty(), "{tour} {lang}: no chart");
        let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
            return;
        };
        let pages: Vec<String> = pages.iter().map(|p| common::html_words(p)).collect();
        for (id, chart) in &charts {
            // Its kind label (printed in capitals) and title, as they head its entry.
            let article = html
                .split(&format!("<article id=\"{id}\""))
                .nth(1)
                .unwrap_or_default();
            let part = |open: &str, close: &str| {
                article
                    .split(open)
                    .nth(1)
                    .and_then(|t| t.split(close).next())
                    .map(common::html_words)
                    .unwrap_or_default()
            };
            let title = format!(
                "{} {}",
                part("<p class=\"kind\">", "</p>").to_uppercase(),
                part("<h1>", "</h1>")
            );
            let on = pages
                .iter()
                .position(|p| p.contains(&title))
                .unwrap_or_else(|| panic!("{tour} {lang}: {id}'s head {title:?} not printed"));
            let page = &pages[on][pages[on].find(&title).unwrap_or(0)..];
            let page_words: Vec<&str> = page.split(' ').collect();
            for w in chart {
                assert!(
                    page_words.contains(&w.as_str()),
                    "{tour} {lang}: {id} cut across pages {} and {}: {w:?} not under its title:\n{page}",
                    on + 1,
                    on + 2
                );
            }
            // Its head at the top of the page, or on the page of what comes before it.
            let top = pages[on].starts_with(head);
            if !top && pages[on].contains(head) {
                sharing += 1;
            }
        }
    }
    assert!(
        sharing > 0,
        "every chart started a page of its own, though some fit after their step"
    );
}
