//! Handouts: every internal link resolves, content is escaped, figures are valid SVG, and the
//! site opens in a real browser (headless Chromium, when installed).

use std::path::Path;

use assert_cmd::Command;

fn export(args: &[&str], extra_content: Option<&Path>) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("tempdir");
    let mut cmd = Command::cargo_bin("toli").expect("binary");
    cmd.env(
        "TOLI_CACHE_DIR",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
    );
    cmd.args(["--no-builtin", "--content", "tests/fixtures/corpus"]);
    if let Some(dir) = extra_content {
        cmd.arg("--content").arg(dir);
    }
    cmd.arg("export")
        .args(args)
        .arg(out.path())
        .assert()
        .success();
    out
}

/// Every `href="…"` in the HTML files of `dir`.
fn hrefs(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).expect("read");
        for part in html.split("href=\"").skip(1) {
            let href = part.split('"').next().unwrap_or("").to_string();
            out.push((name.clone(), href));
        }
    }
    out
}

#[test]
fn every_internal_link_of_the_site_resolves() {
    let out = export(&[], None);
    let links = hrefs(out.path());
    assert!(links.len() > 20, "{links:?}");
    for (page, href) in links {
        if href.starts_with("http") {
            continue;
        }
        assert!(
            out.path().join(&href).is_file(),
            "{page} links to missing {href}"
        );
    }
}

#[test]
fn handouts_show_values_and_locators_in_each_language() {
    let out = export(&["--langs", "both"], None);
    let html = std::fs::read_to_string(out.path().join("park-a.html")).expect("page");
    for shown in [
        "<dd>park</dd>",
        "<dd>парк</dd>",
        "<dd>Mongolia</dd>",
        "<dd>Монгол Улс</dd>",
        "<dd>төрийн</dd>",
        "<dd>МХХТ</dd>",
        "Table 3",
        "3-р хүснэгт",
    ] {
        assert!(html.contains(shown), "{shown} in\n{html}");
    }
    assert!(!html.contains("<dd>MN</dd>") && !html.contains("<dd>ict</dd>"));
    let md = export(&["--format", "md", "--langs", "mn"], None);
    let text = std::fs::read_to_string(md.path().join("park-a.md")).expect("page");
    for shown in ["**Улс:** Монгол Улс", "**Салбар:** МХХТ", "— 3-р хүснэгт"]
    {
        assert!(text.contains(shown), "{shown} in\n{text}");
    }
    assert!(
        !text.contains("Table 3") && !text.contains(":** MN"),
        "{text}"
    );
}

#[test]
fn a_tour_handout_links_only_to_its_own_pages() {
    let out = export(&["--tour", "tour-intro"], None);
    let files: Vec<String> = std::fs::read_dir(out.path())
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 6, "{files:?}"); // index, style, tour and its three entries
    for (page, href) in hrefs(out.path()) {
        assert!(
            out.path().join(&href).is_file(),
            "{page} links to missing {href}"
        );
    }
    let cluster = std::fs::read_to_string(out.path().join("cluster.html")).expect("read");
    // park-a is not in the tour: named as text, not linked.
    assert!(!cluster.contains("park-a.html"));
}

#[test]
fn raw_html_and_scripts_in_content_are_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("evil.md"),
        "---\nid: evil\nkind: definition\ntitle: {en: \"<script>alert(1)</script>\", mn: М}\nsummary: {en: s, mn: с}\nsources: [{id: src-report, locator: x}]\n---\n::: en\n<script>alert(2)</script>\n\n<img src=x onerror=alert(3)> [click](javascript:alert(4))\n::: mn\nх\n",
    )
    .expect("write");
    let out = export(&[], Some(dir.path()));
    let html = std::fs::read_to_string(out.path().join("evil.html")).expect("read");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)"));
}

#[test]
fn figures_are_inline_svg_that_parses_as_xml_with_a_data_table() {
    let out = export(&["--langs", "mn"], None);
    let html = std::fs::read_to_string(out.path().join("fig-shares.html")).expect("read");
    let start = html.find("<svg").expect("an svg");
    let end = html.find("</svg>").expect("closed") + "</svg>".len();
    let doc = roxmltree::Document::parse(&html[start..end]).expect("svg parses as XML");
    let rects = doc.descendants().filter(|n| n.has_tag_name("rect")).count();
    assert_eq!(rects, 2);
    assert!(doc.descendants().any(|n| n.has_tag_name("title")));
    assert!(html[end..].contains("<table>") && html.contains("861"));
    assert!(html.contains("Бизнес (2023)"));
}

#[test]
fn the_site_opens_in_headless_chromium() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok()
        })
    else {
        eprintln!("skipped: no Chromium installed (.ci/run installs it)");
        return;
    };
    let out = export(&[], None);
    let profile = tempfile::tempdir().expect("tempdir");
    for page in ["index.html", "cluster.html", "fig-shares.html"] {
        let url = format!("file://{}", out.path().join(page).display());
        let dom = std::process::Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
            ])
            .args([
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(["--dump-dom", &url])
            .output()
            .expect("run chromium");
        let dom = String::from_utf8_lossy(&dom.stdout);
        assert!(dom.contains("<nav>"), "{page} did not render: {dom}");
        // Every link the browser sees on the page leads to a file of the handout.
        for part in dom.split("href=\"").skip(1) {
            let href = part.split('"').next().unwrap_or("");
            if !href.starts_with("http") {
                assert!(out.path().join(href).is_file(), "{page}: {href}");
            }
        }
    }
}
