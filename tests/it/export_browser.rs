//! The handouts in a real browser (headless Chromium): every page of the shipped corpus, at
//! 1280 px and at A4 width (794 px), in English, Mongolian and both, measured from inside the
//! page — nothing scrolls sideways, no two texts overlap, chart text stays in its chart, no list
//! is shown twice — and printed to PDF. Without Chromium the tests fail in CI and are skipped
//! (saying so) elsewhere.

use crate::browser;
use crate::common;

use std::collections::BTreeMap;
use std::path::Path;

use browser::{
    Findings, chromium, mostly_mongolian, pdf_page_texts, pdf_pages, print_pdf, probe, single_file,
};

const WIDTHS: [u32; 2] = [1280, 794];

/// Exports the shipped corpus with `args`; returns the folder.
fn export(args: &[&str], out: &Path) {
    common::toli_en()
        .arg("export")
        .args(args)
        .arg(out)
        .assert()
        .success();
}

/// The HTML pages in `dir` (the harness's own files left out, and `print.html`: the whole
/// handout in one page, which the single-file handout's tests probe and print).
fn html_pages(dir: &Path) -> Vec<String> {
    let mut pages: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html") && n != "harness.html" && n != "print.html")
        .collect();
    pages.sort();
    pages
}

/// The kind of entry a page shows (`index` for the index).
fn kind_of(dir: &Path, page: &str) -> String {
    let html = std::fs::read_to_string(dir.join(page)).expect("read");
    html.split("<article id=\"")
        .nth(1)
        .and_then(|rest| rest.split("class=\"kind-").nth(1))
        .and_then(|rest| rest.split(['"', ' ']).next())
        .unwrap_or("index")
        .to_string()
}

/// For every kind, its two largest pages (the most text, facts and rows), and the index.
fn sample(dir: &Path) -> Vec<String> {
    let mut by_kind: BTreeMap<String, Vec<(u64, String)>> = BTreeMap::new();
    for page in html_pages(dir) {
        let size = std::fs::metadata(dir.join(&page)).expect("stat").len();
        by_kind
            .entry(kind_of(dir, &page))
            .or_default()
            .push((size, page));
    }
    let mut out = Vec::new();
    for pages in by_kind.values_mut() {
        pages.sort();
        out.extend(pages.iter().rev().take(2).map(|(_, p)| p.clone()));
    }
    out
}

/// Fails listing every problem found, page by page.
fn assert_clean(findings: &BTreeMap<String, Findings>, pages: &[String], width: u32, langs: usize) {
    assert_eq!(findings.len(), pages.len(), "not every page was probed");
    let mut report = Vec::new();
    for (page, f) in findings {
        for p in &f.problems {
            report.push(format!("{page} at {width} px: {p}"));
        }
        if f.problems.is_empty() {
            assert!(f.text_boxes > 0, "{page}: nothing rendered");
            assert_eq!(f.sections, langs, "{page}: one section per language");
            assert!(
                f.width > f64::from(width) - 24.0 && f.width <= f64::from(width),
                "{page} laid out {} px wide, not {width}",
                f.width
            );
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_probe_finds_each_kind_of_fault() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/browser/faults.html");
    std::fs::copy(fixture, dir.path().join("faults.html")).expect("copy");
    let findings = probe(chromium, dir.path(), &["faults.html".to_string()], 794);
    let problems = findings["faults.html"].problems.join("\n");
    for fault in [
        "scrolls sideways",
        "text overlaps: \"First text\"",
        "chart text outside its chart",
        "list shown twice",
    ] {
        assert!(problems.contains(fault), "missed {fault:?} in:\n{problems}");
    }
}

#[test]
fn every_page_of_both_languages_fits_at_1280_px_and_a4_width() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    export(&[], dir.path());
    let pages = html_pages(dir.path());
    assert!(pages.len() > 400, "{}", pages.len());
    let mut charts = 0;
    for width in WIDTHS {
        let findings = probe(chromium, dir.path(), &pages, width);
        assert_clean(&findings, &pages, width, 2);
        charts += findings.values().map(|f| f.chart_texts).sum::<usize>();
    }
    assert!(charts > 100, "charts were measured: {charts} texts");
}

#[test]
fn pages_of_every_kind_fit_in_one_language() {
    let Some(chromium) = chromium() else { return };
    for langs in ["en", "mn"] {
        let dir = tempfile::tempdir().expect("tempdir");
        export(&["--langs", langs], dir.path());
        let pages = sample(dir.path());
        assert!(pages.len() >= 20, "every kind sampled: {pages:?}");
        for width in WIDTHS {
            let findings = probe(chromium, dir.path(), &pages, width);
            assert_clean(&findings, &pages, width, 1);
        }
    }
}

#[test]
fn a_page_prints_to_a_pdf_of_a_few_a4_pages() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    export(&[], dir.path());
    let pdf = print_pdf(
        chromium,
        &dir.path().join("fig-graduates-by-field-2023.html"),
    );
    let pages = pdf_pages(&pdf);
    assert!((2..=8).contains(&pages), "{pages} pages");
}

#[test]
fn a_single_file_handout_fits_and_prints_its_contents_on_a_page_of_their_own() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let tour = dir.path().join("tour.html");
    export(&["--single-file", "--tour", "tour-clusters-abroad"], &tour);
    let chosen = dir.path().join("chosen.html");
    export(
        &[
            "--single-file",
            "--ids",
            "fig-graduates-by-field-2023,bagakhangai-industrial-technology-park,tour-what-is-a-cluster",
        ],
        &chosen,
    );
    let entries = |file: &Path| {
        std::fs::read_to_string(file)
            .expect("read")
            .matches("<article ")
            .count()
    };
    assert_eq!(entries(&chosen), 3);
    let pages = vec!["tour.html".to_string(), "chosen.html".to_string()];
    for width in WIDTHS {
        let findings = probe(chromium, dir.path(), &pages, width);
        for (file, f) in &findings {
            assert!(
                f.problems.is_empty(),
                "{file} at {width} px: {:#?}",
                f.problems
            );
            let n = entries(&dir.path().join(file));
            assert_eq!(
                f.sections,
                2 * (n + 1),
                "{file}: contents and entries, two languages"
            );
        }
        assert!(findings["chosen.html"].chart_texts > 10);
    }
    // The print stylesheet applied on screen, at the width of A4 inside its margins (180 mm).
    for file in ["tour.html", "chosen.html"] {
        let html = std::fs::read_to_string(dir.path().join(file)).expect("read");
        assert!(html.contains("@media print{"));
        let printed = format!("print-{file}");
        std::fs::write(
            dir.path().join(&printed),
            html.replace("@media print{", "@media all{"),
        )
        .expect("write");
        let findings = probe(chromium, dir.path(), std::slice::from_ref(&printed), 680);
        let f = &findings[&printed];
        assert!(f.problems.is_empty(), "{printed}: {:#?}", f.problems);
    }
    for file in [&tour, &chosen] {
        let n = entries(file);
        let printed = pdf_pages(&print_pdf(chromium, file));
        // The contents on a page of its own, then the entries one after another.
        assert!(
            printed > 1 && printed < n * 8,
            "{}: {printed} pages for {n} entries",
            file.display()
        );
    }
}

/// Lines with text on a printed page.
fn lines(page: &str) -> Vec<&str> {
    page.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The trainer's handout: the Mongolian tour, printed, with the charts its steps show. It used to
/// take 23 sheets (without them), 6 of them holding one to eight lines (the tail of a "Linked
/// from" list); now every sheet but the last is well filled, no page ends with a title cut from
/// its kind label or a heading cut from what it heads, and each carries the export date in the
/// Mongolian way and its page number.
#[test]
fn the_printed_mongolian_tour_handout_fills_its_pages_and_numbers_them() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("tour-mn.html");
    common::toli_en()
        .env("SOURCE_DATE_EPOCH", "1796472000")
        .args(["--lang", "mn", "export", "--single-file", "--langs", "mn"])
        .args(["--tour", "tour-what-is-a-cluster"])
        .arg(&file)
        .assert()
        .success();
    let pdf = print_pdf(chromium, &file);
    let count = pdf_pages(&pdf);
    // Its 12 steps and the one chart its talk shows (step 7, a step itself): 15 pages
    // measured. With every chart its steps link to (7 more), each starting a page, it took 27.
    assert!(count <= 16, "{count} pages (15 measured)");
    let Some(pages) = pdf_page_texts(&pdf) else {
        return;
    };
    assert_eq!(pages.len(), count);
    let html = std::fs::read_to_string(&file).expect("read");
    let kinds: Vec<String> = html
        .split("<p class=\"kind\">")
        .skip(1)
        .filter_map(|p| p.split('<').next())
        .map(str::to_uppercase)
        .collect();
    assert!(kinds.len() > 10, "{kinds:?}");
    // The titles and headings (h1, h2), each as its last printed line would read.
    let headings: Vec<String> = ["<h1>", "<h2>"]
        .iter()
        .flat_map(|open| html.split(open).skip(1))
        .filter_map(|h| h.split("</h").next())
        .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|h| !h.contains('<'))
        .collect();
    assert!(headings.len() > 20, "{headings:?}");
    for (n, page) in pages.iter().enumerate() {
        let shown = lines(page);
        let footer = shown.last().copied().unwrap_or_default();
        assert!(
            footer.contains(&format!("Хуудас {} / {count}", n + 1))
                && footer.contains("2026 оны 12-р сарын 5")
                && footer.contains("toli "),
            "page {}: footer {footer:?}",
            n + 1
        );
        if n + 1 < count {
            assert!(
                shown.len() >= 15,
                "page {} holds only {} lines:\n{page}",
                n + 1,
                shown.len()
            );
        }
        let above_footer = shown.iter().rev().nth(1).copied().unwrap_or_default();
        assert!(
            !kinds.iter().any(|k| k == above_footer),
            "page {} ends with the kind label {above_footer:?}, its title on the next",
            n + 1
        );
        // The last page heads nothing on a next one (its last line may end a listed title
        // that a heading ends with too).
        assert!(
            n + 1 == count
                || above_footer.chars().count() < 8
                || !headings.iter().any(|h| h.ends_with(above_footer)),
            "page {} ends with the heading {above_footer:?}, what it heads on the next",
            n + 1
        );
    }
}

/// On paper an external link shows its address after its text; an address already written out
/// (bare in a body, a source's link) is printed once.
#[test]
fn printed_links_show_their_address_once() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("ws-link-test.md"),
        "---\nid: ws-link-test\nkind: definition\ntitle: {en: Link test, mn: Холбоосын туршилт}\n\
         summary: {en: Links on paper., mn: Цаасан дээрх холбоос.}\n---\n::: en\n\
         See the [EU S3 platform](https://s3platform.jrc.ec.europa.eu) or https://example.org/bare.\n\
         ::: mn\nх\n",
    )
    .expect("write");
    // Beside the content folder, never in it.
    let out = tempfile::tempdir().expect("tempdir");
    let file = out.path().join("links.html");
    common::toli_en()
        .arg("--content")
        .arg(dir.path())
        .args(["export", "--single-file", "--langs", "en"])
        .args(["--ids", "ws-link-test,src-ksp-2023"])
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    for anchor in [
        "<a href=\"https://s3platform.jrc.ec.europa.eu\">EU S3 platform</a>",
        "<a class=\"bare\" href=\"https://example.org/bare\">https://example.org/bare</a>.",
        "href=\"https://www.ksp.go.kr/english/pageView/info-eng/881\"",
    ] {
        assert!(html.contains(anchor), "{anchor} in {html}");
    }
    let Some(pages) = pdf_page_texts(&print_pdf(chromium, &file)) else {
        return;
    };
    let text = pages.concat();
    assert!(
        text.contains("EU S3 platform (https://s3platform.jrc.ec.europa.eu)"),
        "{text}"
    );
    for once in [
        "https://example.org/bare",
        "https://www.ksp.go.kr/english/pageView/info-eng/881",
    ] {
        assert_eq!(text.matches(once).count(), 1, "{once} in {text}");
    }
}

/// A two-language handout printed: each page holds one language, and its footer (date and page
/// number) is in that language; one-language handouts keep their own footer on every page. The
/// "Linked from" lists, which paper cannot follow, are not printed.
#[test]
fn each_printed_page_carries_the_footer_of_its_own_language() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    for (langs, reader) in [("both", "mn"), ("both", "en"), ("en", "mn"), ("mn", "en")] {
        let file = single_file(dir.path(), "tour-what-is-a-cluster", langs, reader);
        let html = std::fs::read_to_string(&file).expect("read");
        assert!(html.contains("<div class=\"block backlinks\">"), "{langs}");
        let pdf = print_pdf(chromium, &file);
        let count = pdf_pages(&pdf);
        let Some(pages) = pdf_page_texts(&pdf) else {
            return;
        };
        assert_eq!(pages.len(), count);
        let mut seen = (false, false);
        for (n, page) in pages.iter().enumerate() {
            let shown = lines(page);
            let (footer, text) = shown.split_last().expect("a page with text");
            let mongolian = match langs {
                "mn" => true,
                "en" => false,
                _ => mostly_mongolian(&text.concat()),
            };
            let (page_word, date) = if mongolian {
                seen.0 = true;
                ("Хуудас", "2026 оны 12-р сарын 5")
            } else {
                seen.1 = true;
                ("Page", "5 December 2026")
            };
            assert!(
                footer.contains(&format!("{page_word} {} / {count}", n + 1))
                    && footer.contains(date),
                "--langs {langs} --lang {reader}, page {}: footer {footer:?} under\n{page}",
                n + 1
            );
            assert!(
                mongolian == mostly_mongolian(&text.concat()),
                "--langs {langs}, page {} in the other language:\n{page}",
                n + 1
            );
            for heading in ["Linked from", "Энд холбосон бичлэгүүд"] {
                assert!(
                    !page.contains(heading),
                    "{heading} printed on page {}",
                    n + 1
                );
            }
        }
        assert_eq!(
            seen,
            (langs != "en", langs != "mn"),
            "--langs {langs}: pages of each language shown"
        );
    }
}
