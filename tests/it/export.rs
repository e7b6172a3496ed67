//! Handouts: every internal link resolves, content is escaped (control characters too), figures
//! are valid SVG, the writing is safe (a folder holding other files, a symbolic link in the way
//! and a file toli did not write are refused, naming the path), the single-file handout stands
//! alone, and the site opens in a real browser (headless Chromium, when installed).

use crate::browser;
use crate::common;

use std::path::Path;

use assert_cmd::Command;

/// `toli export` on the fixture corpus (and `extra_content`), in English.
fn toli(extra_content: Option<&Path>) -> Command {
    let mut cmd = common::toli_en();
    cmd.args(["--no-builtin", "--content", "tests/fixtures/corpus"]);
    if let Some(dir) = extra_content {
        cmd.arg("--content").arg(dir);
    }
    cmd.arg("export");
    cmd
}

fn export(args: &[&str], extra_content: Option<&Path>) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("tempdir");
    toli(extra_content)
        .args(args)
        .arg(out.path())
        .assert()
        .success();
    out
}

/// What a refused export said on stderr (it must fail with code 2).
fn refused(cmd: &mut Command) -> String {
    let output = cmd.assert().code(2).get_output().clone();
    String::from_utf8_lossy(&output.stderr).into_owned()
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

/// Whether `href` on `page` of the site in `dir` leads somewhere: a file of the site, or an
/// anchor of the page itself (the whole handout in `print.html` links within itself).
fn resolves(dir: &Path, page: &str, href: &str) -> bool {
    match href.strip_prefix('#') {
        Some(id) => std::fs::read_to_string(dir.join(page))
            .is_ok_and(|html| html.contains(&format!(" id=\"{id}\""))),
        None => dir.join(href).is_file(),
    }
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
            resolves(out.path(), &page, &href),
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
        "<dd>нийтийн өмч</dd>",
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
    // index, style, tour and its three entries, the whole handout to print, and the manifest
    assert_eq!(files.len(), 8, "{files:?}");
    for (page, href) in hrefs(out.path()) {
        assert!(
            resolves(out.path(), &page, &href),
            "{page} links to missing {href}"
        );
    }
    let cluster = std::fs::read_to_string(out.path().join("cluster.html")).expect("read");
    // park-a is not in the tour: named as text, not linked.
    assert!(!cluster.contains("park-a.html"));
}

/// An export with `extra` content and `args` that succeeds, and what it warned about.
fn export_warned(extra: &Path, args: &[&str]) -> (tempfile::TempDir, String) {
    let out = tempfile::tempdir().expect("tempdir");
    let output = toli(Some(extra))
        .args(args)
        .arg(out.path())
        .assert()
        .success()
        .get_output()
        .clone();
    (out, String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn a_tour_step_naming_no_entry_is_reported_and_the_rest_exported() {
    let extra = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        extra.path().join("tour-broken.md"),
        "---\nid: tour-broken\nkind: tour\ntitle: {en: Broken, mn: Эвдэрсэн}\n\
         summary: {en: Two steps., mn: Хоёр алхам.}\nsteps:\n  - entry: cluster\n  \
         - entry: no-such-entry\n---\n",
    )
    .expect("write the tour");
    let (out, stderr) = export_warned(extra.path(), &["--tour", "tour-broken"]);
    assert!(
        stderr.contains("step 2 of the tour tour-broken names \"no-such-entry\"")
            && stderr.contains("toli check"),
        "{stderr}"
    );
    assert!(out.path().join("cluster.html").is_file());
    assert!(!out.path().join("no-such-entry.html").exists());
}

/// A trainer's entry linking to an entry that does not exist prints no raw id on the handout,
/// and the command says which link it left out and how to find it.
#[test]
fn a_link_to_no_entry_is_left_out_of_the_handout_and_named() {
    let extra = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        extra.path().join("mine.md"),
        "---\nid: mine\nkind: definition\ntitle: {en: Mine, mn: Минийх}\n\
         summary: {en: s, mn: с}\nsources: [{id: src-report, locator: x}]\n---\n\
         ::: en\nSee [[no-such-entry]] and [[cluster]].\n::: mn\n[[no-such-entry]] болон [[cluster]].\n",
    )
    .expect("write the entry");
    let (out, stderr) = export_warned(extra.path(), &["--ids", "mine,cluster"]);
    assert_eq!(
        stderr.matches("mine links to \"no-such-entry\"").count(),
        1,
        "once for both languages: {stderr}"
    );
    let page = std::fs::read_to_string(out.path().join("mine.html")).expect("read");
    assert!(!page.contains("no-such-entry"), "{page}");
    assert!(page.contains("See and <a"), "{page}");
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
    assert!(html[end..].contains("<table") && html.contains("861"));
    assert!(html.contains("Бизнес (2023)"));
    // The unit heads its column as a heading does: «Төгсөгч», not «төгсөгч».
    assert!(
        html.contains(">Төгсөгч</th>"),
        "the unit as a column heading"
    );
}

#[test]
fn the_site_opens_in_headless_chromium() {
    let Some(chromium) = browser::chromium() else {
        return;
    };
    let out = export(&[], None);
    for page in ["index.html", "cluster.html", "fig-shares.html"] {
        let url = format!("file://{}", out.path().join(page).display());
        let dom = browser::run(chromium, &["--dump-dom".to_string()], &url);
        assert!(
            dom.contains("<nav class=\"site\">"),
            "{page} did not render: {dom}"
        );
        // Every link the browser sees on the page leads to a file of the handout.
        for part in dom.split("href=\"").skip(1) {
            let href = part.split('"').next().unwrap_or("");
            if !href.starts_with("http") {
                assert!(out.path().join(href).is_file(), "{page}: {href}");
            }
        }
    }
}

#[test]
fn a_folder_holding_other_files_is_refused_naming_it_and_force_writes_beside_them() {
    let out = tempfile::tempdir().expect("tempdir");
    std::fs::write(out.path().join("notes.txt"), "mine").expect("write");
    let said = refused(toli(None).arg(out.path()));
    assert!(said.contains(&out.path().display().to_string()), "{said}");
    assert!(
        said.contains("notes.txt") && said.contains("--force"),
        "{said}"
    );
    assert!(!out.path().join("index.html").exists());
    toli(None).arg("--force").arg(out.path()).assert().success();
    assert!(out.path().join("index.html").is_file());
    assert_eq!(
        std::fs::read_to_string(out.path().join("notes.txt")).expect("kept"),
        "mine"
    );
}

#[test]
fn a_re_export_replaces_its_own_files_and_removes_its_stale_ones() {
    let out = export(&[], None);
    assert!(out.path().join("park-a.html").is_file());
    assert!(out.path().join(".toli-export.json").is_file());
    // The same folder again, now with one tour: the pages left out go, nothing is refused.
    toli(None)
        .args(["--tour", "tour-intro"])
        .arg(out.path())
        .assert()
        .success();
    assert!(!out.path().join("park-a.html").exists());
    assert!(out.path().join("cluster.html").is_file());
    // And Markdown into it: the HTML files were toli's, so they are replaced.
    toli(None)
        .args(["--format", "md"])
        .arg(out.path())
        .assert()
        .success();
    assert!(!out.path().join("cluster.html").exists());
    assert!(out.path().join("cluster.md").is_file());
}

#[test]
fn a_symlink_named_like_a_page_is_refused_and_not_written_through() {
    let out = export(&[], None);
    let victim = tempfile::NamedTempFile::new().expect("victim");
    std::fs::write(victim.path(), "precious").expect("write");
    std::fs::remove_file(out.path().join("index.html")).expect("remove");
    std::os::unix::fs::symlink(victim.path(), out.path().join("index.html")).expect("symlink");
    for force in [false, true] {
        let mut cmd = toli(None);
        if force {
            cmd.arg("--force");
        }
        let said = refused(cmd.arg(out.path()));
        let link = out.path().join("index.html").display().to_string();
        assert!(said.contains(&link) && said.contains("link"), "{said}");
        assert_eq!(
            std::fs::read_to_string(victim.path()).expect("read"),
            "precious"
        );
    }
}

#[test]
fn exporting_into_the_content_folder_leaves_its_readme_alone() {
    let content = tempfile::tempdir().expect("tempdir");
    std::fs::write(content.path().join("README.md"), "# my notes\n").expect("write");
    let said = refused(toli(None).args(["--format", "md"]).arg(content.path()));
    assert!(said.contains("README.md"), "{said}");
    assert_eq!(
        std::fs::read_to_string(content.path().join("README.md")).expect("read"),
        "# my notes\n"
    );
}

#[test]
fn every_refusal_names_its_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("handout.html");
    std::fs::write(&file, "someone else's page").expect("write");
    // A file where a folder goes.
    let said = refused(toli(None).arg(&file));
    assert!(said.contains(&file.display().to_string()), "{said}");
    // A file toli did not write, where the single file goes.
    let said = refused(toli(None).arg("--single-file").arg(&file));
    assert!(
        said.contains(&file.display().to_string()) && said.contains("--force"),
        "{said}"
    );
    // A folder where the single file goes.
    let said = refused(toli(None).arg("--single-file").arg(dir.path()));
    assert!(said.contains(&dir.path().display().to_string()), "{said}");
    // A folder that cannot be created.
    let said = refused(toli(None).arg(file.join("sub")));
    assert!(said.contains("handout.html"), "{said}");
}

#[test]
fn control_characters_in_content_never_reach_the_handout() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("esc.md"),
        "---\nid: esc\nkind: definition\ntitle: {en: \"Red \\e[31mtitle\", mn: М}\nsummary: {en: \"s \\e]52;c;x\\a\", mn: с}\ndefined_by: \"Porter \\e[2J\"\nsources: [{id: src-report, locator: \"p. \\e[1m3\"}]\n---\n::: en\nBody \u{1b}[31mred\u{1b}[0m and `code \u{1b}[2J` and \u{9b}31m.\n::: mn\nх \u{1b}[5m\n",
    )
    .expect("write");
    for format in ["html", "md"] {
        let out = export(&["--format", format], Some(dir.path()));
        for entry in std::fs::read_dir(out.path())
            .expect("dir")
            .filter_map(Result::ok)
        {
            let bytes = std::fs::read(entry.path()).expect("read");
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r'),
                "{}: {text:?}",
                entry.path().display()
            );
        }
        let page = std::fs::read_to_string(out.path().join(format!("esc.{format}"))).expect("read");
        assert!(page.contains("^[[31m"), "shown visibly: {page}");
    }
}

#[test]
fn a_single_file_holds_the_tour_with_its_contents_and_links_within_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("tour.html");
    toli(None)
        .args(["--single-file", "--tour", "tour-intro"])
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("dir").count(),
        1,
        "one file"
    );
    assert!(
        html.contains("<style>") && !html.contains("stylesheet"),
        "inline style"
    );
    assert!(html.contains("<nav class=\"toc\">") && html.contains("Contents"));
    assert!(
        html.contains("nav.toc{break-after:page}")
            && !html.contains("article+article{break-before:page"),
        "the contents on a page of their own, the entries one after another in print"
    );
    assert!(html.contains("counter(page)"), "page numbers in print");
    let anchors: Vec<&str> = html
        .split("<article id=\"")
        .skip(1)
        .filter_map(|p| p.split('"').next())
        .collect();
    assert_eq!(
        anchors.len(),
        4,
        "the tour and its three entries: {anchors:?}"
    );
    for part in html.split("href=\"").skip(1) {
        let href = part.split('"').next().unwrap_or("");
        if href.starts_with("http") {
            continue;
        }
        let target = href
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{href} leaves the file"));
        assert!(anchors.contains(&target), "{href} has no entry in the file");
    }
    // A re-export replaces its own file.
    toli(None)
        .args([
            "--single-file",
            "--ids",
            "cluster,fig-shares",
            "--langs",
            "mn",
        ])
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    assert!(html.contains("<svg") && html.contains("Гарчиг"));
    assert_eq!(html.matches("<article ").count(), 2);
    // Markdown has no single-file form.
    let said = refused(
        toli(None)
            .args(["--single-file", "--format", "md"])
            .arg(&file),
    );
    assert!(said.contains("--single-file"), "{said}");
}

#[test]
fn a_markdown_figure_is_a_table_of_its_values_with_its_source_in_each_language() {
    let out = export(&["--format", "md", "--ids", "fig-shares,src-report"], None);
    let text = std::fs::read_to_string(out.path().join("fig-shares.md")).expect("page");
    for shown in [
        // The unit every row shares heads the value column, as in the HTML handout; the
        // figure's `label_column` heads the labels.
        "| Field | Graduates | Year |\n|---|---:|---:|\n| Business | 861 | 2023 |\n| Engineering | 139 | 2023 |\n",
        "*Source:* [A test report](src-report.md), Table 2",
        "| Чиглэл | Төгсөгч | Он |",
        "| Инженерчлэл | 139 | 2023 |",
        "*Эх сурвалж:* [Туршилтын тайлан](src-report.md), 2-р хүснэгт",
    ] {
        assert!(text.contains(shown), "{shown} in\n{text}");
    }
}

#[test]
fn both_languages_come_in_the_readers_order_unless_fixed() {
    let first_section = |dir: &Path| {
        let html = std::fs::read_to_string(dir.join("cluster.html")).expect("page");
        let lang = html
            .split("<html lang=\"")
            .nth(1)
            .and_then(|r| r.get(..2))
            .map(str::to_string);
        let section = html
            .split("<section lang=\"")
            .nth(1)
            .and_then(|r| r.get(..2))
            .map(str::to_string);
        (lang.unwrap_or_default(), section.unwrap_or_default())
    };
    let out = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args([
            "--lang",
            "mn",
            "--no-builtin",
            "--content",
            "tests/fixtures/corpus",
            "export",
        ])
        .arg(out.path())
        .assert()
        .success();
    assert_eq!(first_section(out.path()), ("mn".into(), "mn".into()));
    let md = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args([
            "--lang",
            "mn",
            "--no-builtin",
            "--content",
            "tests/fixtures/corpus",
            "export",
        ])
        .args(["--format", "md"])
        .arg(md.path())
        .assert()
        .success();
    let text = std::fs::read_to_string(md.path().join("cluster.md")).expect("page");
    assert!(text.starts_with("# Кластер\n"), "{text}");
    let fixed = export(&["--langs", "mn-en"], None);
    assert_eq!(first_section(fixed.path()), ("mn".into(), "mn".into()));
    let english = export(&[], None);
    assert_eq!(first_section(english.path()), ("en".into(), "en".into()));
}

#[test]
fn every_handout_says_when_and_with_which_version_it_was_made() {
    let version = env!("CARGO_PKG_VERSION");
    for format in ["html", "md"] {
        let out = tempfile::tempdir().expect("tempdir");
        toli(None)
            .env("SOURCE_DATE_EPOCH", "1796472000")
            .args(["--format", format, "--tour", "tour-intro"])
            .arg(out.path())
            .assert()
            .success();
        let index = if format == "html" {
            "index.html"
        } else {
            "README.md"
        };
        let text = std::fs::read_to_string(out.path().join(index)).expect("index");
        for shown in [
            format!("Exported on 5 December 2026 with toli {version}"),
            format!("Бэлтгэсэн огноо: 2026 оны 12-р сарын 5 · toli {version}"),
        ] {
            assert!(text.contains(&shown), "{shown} in {index}:\n{text}");
        }
    }
}

#[test]
fn a_wiki_link_to_a_page_left_out_names_its_target_once() {
    for format in ["html", "md"] {
        let out = export(&["--format", format, "--tour", "tour-intro"], None);
        let page =
            std::fs::read_to_string(out.path().join(format!("cluster.{format}"))).expect("page");
        assert_eq!(page.matches("Local cluster").count(), 1, "{page}");
        assert!(!page.contains("stage-local"), "{page}");
    }
}

/// An HTML handout says how to print it whole without the browser's own header and footer
/// (they would print a second, US-dated header over the handout's own); Markdown does not. A
/// folder's advice names its `print.html`, the whole handout in one page (`index.html` prints
/// only the contents), which `index.html` links to.
#[test]
fn an_html_handout_says_how_to_print_it() {
    let out = tempfile::tempdir().expect("tempdir");
    let said = toli(None).arg(out.path()).assert().success();
    let text = String::from_utf8_lossy(&said.get_output().stdout).into_owned();
    let print = out.path().join("print.html");
    assert!(text.contains("--no-pdf-header-footer"), "{text}");
    assert!(text.contains(&print.display().to_string()), "{text}");
    assert!(!text.contains("index.html"), "{text}");
    let whole = std::fs::read_to_string(&print).expect("print.html");
    assert!(
        whole.contains("<nav class=\"toc"),
        "the single-file handout"
    );
    assert!(
        whole.contains("<article id=\"cluster\""),
        "with every entry"
    );
    assert!(whole.contains("href=\"#cluster\""), "linked within itself");
    let index = std::fs::read_to_string(out.path().join("index.html")).expect("index");
    assert!(
        index.contains("<a href=\"print.html\">print.html</a>"),
        "{index}"
    );
    let manifest = std::fs::read_to_string(out.path().join(".toli-export.json")).expect("manifest");
    assert!(manifest.contains("\"print.html\""), "{manifest}");
    let mn = tempfile::tempdir().expect("tempdir");
    let said = toli(None)
        .args(["--lang", "mn"])
        .arg(mn.path())
        .assert()
        .success();
    let text = String::from_utf8_lossy(&said.get_output().stdout).into_owned();
    assert!(
        text.contains(&format!(
            "Тараах материалыг бүтнээр нь хэвлэхдээ {} файлыг хөтчөөр нээгээд",
            mn.path().join("print.html").display()
        )),
        "{text}"
    );
    let md = tempfile::tempdir().expect("tempdir");
    let said = toli(None)
        .args(["--format", "md"])
        .arg(md.path())
        .assert()
        .success();
    let text = String::from_utf8_lossy(&said.get_output().stdout).into_owned();
    assert!(!text.contains("print"), "{text}");
}

/// After writing a folder, `toli export` (and `toli handout`) says how many files it wrote,
/// of which format — not "pages", which a trainer reads as the printed pages (a handout of 18
/// entries printed to 23). One file says its entries.
#[test]
fn the_export_says_how_many_files_of_its_format_it_wrote() {
    let count = |dir: &Path, ext: &str| {
        std::fs::read_dir(dir)
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(ext))
            .count()
    };
    let said = |args: &[&str], out: &Path| {
        let mut cmd = common::toli_en();
        cmd.args(["--no-builtin", "--content", "tests/fixtures/content"])
            .args(["--content", "tests/fixtures/present"])
            .args(args)
            .arg(out);
        let done = cmd.assert().success();
        let text = String::from_utf8_lossy(&done.get_output().stdout).into_owned();
        text.lines().next().unwrap_or_default().to_string()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mn = dir.path().join("out-mn");
    let first = said(&["--lang", "mn", "handout", "--tour", "tour-fixture"], &mn);
    let html = count(&mn, ".html");
    assert_eq!(html, 6, "3 steps, the tour, index.html and print.html");
    assert_eq!(
        first,
        format!("{} хавтсанд {html} HTML файл бичлээ", mn.display())
    );
    let en = dir.path().join("out-en");
    let first = said(&["export", "--tour", "tour-fixture"], &en);
    assert_eq!(
        first,
        format!("wrote {html} HTML files to {}", en.display())
    );
    let md = dir.path().join("out-md");
    let first = said(&["export", "--format", "md", "--tour", "tour-fixture"], &md);
    let files = count(&md, ".md");
    assert_eq!(
        first,
        format!("wrote {files} Markdown files to {}", md.display())
    );
    let one = dir.path().join("one.html");
    let first = said(&["export", "--single-file", "--tour", "tour-fixture"], &one);
    assert_eq!(
        first,
        format!("wrote 4 entries into one file: {}", one.display())
    );
}

/// The closing lines say which languages the handout is in and how to have one only (the
/// reader's), or both; a re-export into a folder holding another tour's handout says it replaced
/// that one, and one of the same tour says nothing of it.
#[test]
fn the_handout_says_its_languages_and_the_handout_it_replaced() {
    let said = |args: &[&str], out: &Path| {
        let mut cmd = common::toli_en();
        cmd.args(["--no-builtin", "--content", "tests/fixtures/content"])
            .args(["--content", "tests/fixtures/present"])
            .args(["--content", "tests/fixtures/present-table"])
            .args(args)
            .arg(out);
        let done = cmd.assert().success();
        String::from_utf8_lossy(&done.get_output().stdout).into_owned()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out-mn");
    let first = said(
        &[
            "--lang",
            "mn",
            "handout",
            "--langs",
            "both",
            "--tour",
            "tour-fixture",
        ],
        &out,
    );
    assert!(
        first.contains(
            "Тараах материалыг монгол, англи хоёр хэлээр бичлээ. Зөвхөн монгол хэлээр бичих бол \
             `--langs mn` сонголтоор бичнэ үү."
        ),
        "{first}"
    );
    assert!(!first.contains("солилоо"), "a new folder: {first}");
    let again = said(&["--lang", "mn", "handout", "--tour", "tour-fixture"], &out);
    assert!(!again.contains("солилоо"), "the same tour: {again}");
    let other = said(&["--lang", "mn", "handout", "--tour", "tour-table"], &out);
    assert!(
        other.contains(&format!(
            "{} хавтсанд өмнө нь байсан `tour-fixture` танилцуулгын тараах материалыг энэ \
             материалаар солилоо.",
            out.display()
        )),
        "{other}"
    );
    let en = said(
        &["handout", "--langs", "en", "--tour", "tour-fixture"],
        &out,
    );
    assert!(
        en.contains(&format!(
            "It replaced the handout of the tour `tour-table` that {} held.",
            out.display()
        )),
        "{en}"
    );
    assert!(
        en.contains("In English only. For both languages: --langs both"),
        "{en}"
    );
    let both = said(
        &["handout", "--tour", "tour-fixture"],
        &dir.path().join("en"),
    );
    assert!(
        both.contains("In two languages: English, Mongolian. For English only: --langs en"),
        "{both}"
    );
}

/// An entry whose page would be `print.html` keeps it: the whole handout takes the next free
/// name, and the advice and `index.html` name that one.
#[test]
fn an_entry_named_print_keeps_its_page_and_the_whole_handout_takes_another_name() {
    let extra = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        extra.path().join("print.md"),
        "---\nid: print\nkind: definition\ntitle: {en: Print, mn: Хэвлэх}\n\
         summary: {en: A page named print., mn: Хэвлэх гэдэг хуудас.}\n---\n",
    )
    .expect("write the entry");
    let out = tempfile::tempdir().expect("tempdir");
    let said = toli(Some(extra.path()))
        .args(["--ids", "print,cluster"])
        .arg(out.path())
        .assert()
        .success();
    let text = String::from_utf8_lossy(&said.get_output().stdout).into_owned();
    let page = std::fs::read_to_string(out.path().join("print.html")).expect("print.html");
    assert!(
        page.contains("<nav class=\"site\">"),
        "the entry's own page"
    );
    let whole = std::fs::read_to_string(out.path().join("print-1.html")).expect("print-1.html");
    assert!(whole.contains("<nav class=\"toc") && whole.contains("<article id=\"print\""));
    assert!(
        text.contains(&out.path().join("print-1.html").display().to_string()),
        "{text}"
    );
    let index = std::fs::read_to_string(out.path().join("index.html")).expect("index");
    assert!(index.contains("<a href=\"print-1.html\">"), "{index}");
}

/// A figure's `label_column` heads its table's column of labels in the HTML handout (on
/// screen and in print) and the Markdown one; Table 3's parks are headed "Name" / «Нэр», as
/// the source heads them (the HTML header was blank, Markdown said "Item").
#[test]
fn a_table_s_label_column_is_headed_by_the_figure_s_label_column() {
    let out = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args(["export", "--ids", "fig-industrial-technology-parks"])
        .arg(out.path())
        .assert()
        .success();
    let html = std::fs::read_to_string(out.path().join("fig-industrial-technology-parks.html"))
        .expect("page");
    for head in [
        "<th>Name</th><th>Industry type</th>",
        "<th>Нэр</th><th>Салбар</th>",
    ] {
        assert!(html.contains(&format!("<thead><tr>{head}")), "{head}");
    }
    let md = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args(["export", "--format", "md", "--langs", "mn"])
        .args(["--ids", "fig-industrial-technology-parks"])
        .arg(md.path())
        .assert()
        .success();
    let text = std::fs::read_to_string(md.path().join("fig-industrial-technology-parks.md"))
        .expect("page");
    assert!(text.contains("| Нэр | Салбар |"), "{text}");
}

/// The print rules of a page's inline `<style>` (the page footers).
fn page_rules(html: &str) -> &str {
    html.split("<style>")
        .nth(1)
        .and_then(|s| s.split("</style>").next())
        .unwrap_or_default()
}

#[test]
fn each_language_prints_on_pages_with_its_own_footer() {
    let page = |args: &[&str], reader: &str| {
        let out = tempfile::tempdir().expect("tempdir");
        common::toli_en()
            .env("SOURCE_DATE_EPOCH", "1796472000")
            .args(["--lang", reader, "--no-builtin", "--content"])
            .arg("tests/fixtures/corpus")
            .arg("export")
            .args(args)
            .arg(out.path())
            .assert()
            .success();
        std::fs::read_to_string(out.path().join("cluster.html")).expect("page")
    };
    // Both languages (the Mongolian reader's first): each language's part of a page is on pages
    // of its own, whose footer speaks its language.
    for reader in ["mn", "en"] {
        let html = page(&["--langs", "both"], reader);
        let css = page_rules(&html);
        for (code, footer) in [
            ("en", "Exported on 5 December 2026"),
            ("mn", "2026 оны 12-р сарын 5"),
        ] {
            let named = css
                .split(&format!("@page toli-{code}{{"))
                .nth(1)
                .and_then(|r| r.split(".langs>").next())
                .unwrap_or_else(|| panic!("no page named toli-{code} ({reader}): {css}"));
            assert!(named.contains(footer), "{code} footer ({reader}): {named}");
            let page_word = if code == "en" {
                "\"Page\""
            } else {
                "\"Хуудас\""
            };
            assert!(
                named.contains(page_word),
                "{code} page word ({reader}): {named}"
            );
            assert!(
                css.contains(&format!(
                    ".langs>section[lang=\"{code}\"]{{page:toli-{code}}}"
                )),
                "{code} sections on {code} pages ({reader}): {css}"
            );
            assert!(html.contains(&format!("<section lang=\"{code}\">")));
        }
    }
    // One language: every page carries that language's footer, and only it.
    for (langs, own, other) in [("en", "\"Page\"", "Хуудас"), ("mn", "\"Хуудас\"", "Page")]
    {
        for reader in ["mn", "en"] {
            let html = page(&["--langs", langs], reader);
            let css = page_rules(&html);
            assert!(
                css.contains(own) && !css.contains(other) && !css.contains("@page toli-"),
                "--langs {langs}, reader {reader}: {css}"
            );
        }
    }
}

#[test]
fn linked_from_lists_show_on_screen_and_are_left_out_in_print() {
    let out = export(&["--langs", "both"], None);
    let html = std::fs::read_to_string(out.path().join("cluster.html")).expect("page");
    for heading in ["Linked from", "Энд холбосон бичлэгүүд"] {
        assert!(
            html.contains(&format!(
                "<div class=\"block backlinks\"><h2>{heading}</h2><ul class=\"entries\"><li><a href="
            )),
            "{heading}, as links, in {html}"
        );
    }
    let style = std::fs::read_to_string(out.path().join("style.css")).expect("style");
    let (screen, print) = style.split_once("@media print{").expect("print rules");
    assert!(print.contains("\n.backlinks{display:none}\n"), "{print}");
    assert!(!screen.contains(".backlinks"), "shown on screen: {screen}");
    // Other lists of entries (the index's) print.
    let index = std::fs::read_to_string(out.path().join("index.html")).expect("index");
    assert!(index.contains("<div class=\"block\"><h2>") && !index.contains("backlinks"));
}

/// The figures a tour's steps show over them in the talk (their `figures`, which `f` goes
/// through) are in its handout, and no other chart: each its own page with its chart and
/// source, listed in the manifest, right after the step that shows it and under that step in
/// the contents; the tour's mention of each chart links to it (the handout had no
/// chart at all; then it had every chart a step linked to, 12 for a talk that shows 3).
#[test]
fn a_tour_handout_holds_the_charts_its_steps_show_in_the_talk() {
    let out = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args(["--lang", "mn", "export", "--langs", "both"])
        .args(["--tour", "tour-sti-parks-mongolia"])
        .arg(out.path())
        .assert()
        .success();
    let read = |name: &str| {
        std::fs::read_to_string(out.path().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let manifest = read(".toli-export.json");
    let tour = read("tour-sti-parks-mongolia.html");
    let index = read("index.html");
    // The charts the tour's text names, with the step that shows each (as `f` does).
    for (figure, step, source) in [
        ("fig-graduates-by-field-2023", 3, "Table 2"),
        ("fig-ict-service-exports", 4, "Table 1"),
        ("fig-it-park-revenue", 8, "IT Park"),
    ] {
        let page = format!("{figure}.html");
        assert!(manifest.contains(&format!("\"{page}\"")), "{manifest}");
        let html = read(&page);
        assert_eq!(
            html.matches("<svg").count(),
            2,
            "a chart per language: {page}"
        );
        assert!(
            html.contains(&format!("Shown at step {step}"))
                && html.contains(&format!("№{step} алхамд үзүүлнэ")),
            "{page} names its step"
        );
        assert!(
            html.contains("<h2>Sources</h2>") && html.contains(source),
            "{page}"
        );
        assert_eq!(
            tour.matches(&format!("href=\"{page}\"")).count(),
            2,
            "the tour's text links {figure} in each language"
        );
        // In the contents, under its step's line.
        let step_item = index
            .split(&format!("<li value=\"{step}\">"))
            .nth(1)
            .and_then(|s| s.split("<li value=").next())
            .unwrap_or_else(|| panic!("no step {step} in the contents"));
        assert!(
            step_item.contains(&format!("href=\"{page}\"")),
            "{step_item}"
        );
    }
    // Those three, the R&D indicators shown at step 2 (a table: no chart to count above) and
    // the figure that is a step itself (Table 3, step 7) are the handout's charts: not the
    // others the steps link to (IT Park's comparison of four parks …).
    let figures: Vec<&str> = manifest
        .split('"')
        .filter(|s| s.starts_with("fig-") && s.ends_with(".html"))
        .collect();
    assert_eq!(
        figures,
        [
            "fig-graduates-by-field-2023.html",
            "fig-ict-service-exports.html",
            "fig-industrial-technology-parks.html",
            "fig-it-park-revenue.html",
            "fig-mongolia-rd-indicators.html",
        ],
        "{manifest}"
    );
    // A step's page names the charts shown at it, linked: step 8 its own, not step 4's.
    let step8 = read("it-park.html");
    let shown = step8
        .split("<div class=\"block shown\"><h2>Charts shown at this step</h2>")
        .nth(1)
        .and_then(|s| s.split("</div>").next())
        .unwrap_or_else(|| panic!("step 8 names no chart: {step8}"));
    assert!(
        shown.contains("href=\"fig-it-park-revenue.html\""),
        "{shown}"
    );
    assert_eq!(shown.matches("<li>").count(), 1, "{shown}");
    let step1 = read("unctad-finding-1.html");
    assert!(!step1.contains("block shown"), "step 1 shows no chart");
    assert_eq!(
        index
            .matches("href=\"fig-ict-service-exports.html\"")
            .count(),
        2
    );
    assert_eq!(
        index
            .matches("href=\"fig-industrial-technology-parks.html\"")
            .count(),
        2
    );

    // One file: each chart's page follows its step's page, and the links stay inside the file.
    let file = out.path().join("single.html");
    common::toli_en()
        .args(["--lang", "mn", "export", "--single-file", "--langs", "both"])
        .args(["--tour", "tour-sti-parks-mongolia"])
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    let anchors: Vec<&str> = html
        .split("<article id=\"")
        .skip(1)
        .filter_map(|p| p.split('"').next())
        .collect();
    let at = |id: &str| {
        anchors
            .iter()
            .position(|a| *a == id)
            .unwrap_or_else(|| panic!("{id} not in {anchors:?}"))
    };
    assert_eq!(
        at("fig-ict-service-exports"),
        at("finding-ict-service-exports-gap") + 1
    );
    assert_eq!(at("fig-it-park-revenue"), at("it-park") + 1);
    assert!(html.contains("href=\"#fig-it-park-revenue\""));
    for part in html.split("href=\"").skip(1) {
        let href = part.split('"').next().unwrap_or("");
        if let Some(target) = href.strip_prefix('#') {
            assert!(anchors.contains(&target), "{href} has no entry in the file");
        }
    }
}

/// The Markdown handout's contents list each chart under the step that shows it, numbered as
/// the talk numbers the steps, as the HTML contents do (walk N9: they were listed flat).
#[test]
fn a_markdown_tour_lists_each_chart_under_its_step() {
    let out = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args([
            "--lang", "mn", "export", "--format", "md", "--langs", "both",
        ])
        .args(["--tour", "tour-sti-parks-mongolia"])
        .arg(out.path())
        .assert()
        .success();
    let readme = std::fs::read_to_string(out.path().join("README.md")).expect("README.md");
    let lines: Vec<&str> = readme.lines().collect();
    let line_of = |file: &str| {
        lines
            .iter()
            .position(|l| l.contains(&format!("]({file})")))
            .unwrap_or_else(|| panic!("{file} not in the contents:\n{readme}"))
    };
    assert!(lines[line_of("tour-sti-parks-mongolia.md")].starts_with('['));
    for (step, entry, figures) in [
        (
            4,
            "finding-ict-service-exports-gap.md",
            &["fig-ict-service-exports.md"][..],
        ),
        (8, "it-park.md", &["fig-it-park-revenue.md"][..]),
    ] {
        let at = line_of(entry);
        assert!(
            lines[at].starts_with(&format!("{step}. [")),
            "{}",
            lines[at]
        );
        for (n, figure) in figures.iter().enumerate() {
            let line = lines[at + 1 + n];
            assert!(
                line.starts_with("   - Зураг, хүснэгт / Figure: [") && line.contains(figure),
                "{figure} under step {step}:\n{readme}"
            );
        }
        assert!(
            !lines[at + 1 + figures.len()].starts_with("   - "),
            "only the charts step {step} shows:\n{readme}"
        );
    }
    // Every chart is a step of its own or nested under one.
    for line in lines.iter().filter(|l| l.contains("](fig-")) {
        assert!(
            line.starts_with("   - ")
                || line.starts_with("    - ")
                || line.starts_with(|c: char| c.is_ascii_digit()),
            "{line}"
        );
    }
}

/// In the site as in the single file, a chart shown at a step is marked as one (its label says
/// which step); a figure that is a step itself (Table 3, step 7) is not. In print a chart
/// follows its step where it fits, else moves whole to the next page: no chart starts a page
/// of its own by rule (that left the page before it nearly empty), and a chart's block never
/// breaks.
#[test]
fn the_site_marks_the_charts_shown_at_steps_and_print_keeps_each_chart_whole() {
    let out = tempfile::tempdir().expect("tempdir");
    common::toli_en()
        .args(["export", "--tour", "tour-sti-parks-mongolia"])
        .arg(out.path())
        .assert()
        .success();
    let read = |name: &str| std::fs::read_to_string(out.path().join(name)).expect(name);
    let style = read("style.css");
    let (_, print) = style.split_once("@media print{").expect("print rules");
    assert!(
        !print.contains("article.shown{break-before"),
        "a chart does not start a page by rule: {print}"
    );
    assert!(
        print.contains(".figure:has(svg.chart),") && print.contains("{break-inside:avoid}"),
        "a chart's block stays whole: {print}"
    );
    assert!(read("fig-ict-service-exports.html").contains("class=\"kind-figure shown\""));
    let step = read("fig-industrial-technology-parks.html");
    assert!(
        step.contains("class=\"kind-figure\""),
        "a step is not a chart shown at one"
    );
}

/// Walk 26 (D-3): `--title` names a handout of chosen entries — one title for every language,
/// or one per language (`en:…`, `mn:…`) — on its front page, contents and HTML title, a
/// folder's `index.html` and a Markdown `README.md` too; a title that cannot be used is
/// refused, saying why, in the reader's language.
#[test]
fn a_handout_takes_a_title_of_its_own_in_one_or_each_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("one.html");
    toli(None)
        .args([
            "--ids",
            "park-a,cluster",
            "--single-file",
            "--title",
            "Ministry briefing",
        ])
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    assert!(
        html.contains("<title>Ministry briefing</title>"),
        "said once: {html}"
    );
    assert_eq!(
        html.matches("<h1>Ministry briefing</h1>").count(),
        2,
        "{html}"
    );
    let folder = dir.path().join("site");
    toli(None)
        .args([
            "--lang",
            "mn",
            "--langs",
            "both",
            "--ids",
            "park-a",
            "--title",
            "mn:Яамны мэдээлэл",
        ])
        .args(["--title", "en:Ministry briefing"])
        .arg(&folder)
        .assert()
        .success();
    let index = std::fs::read_to_string(folder.join("index.html")).expect("index");
    assert!(
        index.contains("<title>Яамны мэдээлэл / Ministry briefing</title>"),
        "{index}"
    );
    assert!(
        index.contains("<h1>Яамны мэдээлэл</h1>") && index.contains("<h1>Ministry briefing</h1>")
    );
    let md = dir.path().join("md");
    toli(None)
        .args([
            "--format",
            "md",
            "--ids",
            "park-a",
            "--title",
            "Ministry briefing",
        ])
        .arg(&md)
        .assert()
        .success();
    let readme = std::fs::read_to_string(md.join("README.md")).expect("readme");
    assert!(readme.starts_with("# Ministry briefing\n"), "{readme}");
    for (args, said) in [
        (
            &["--title", "A", "--title", "B"][..],
            "Two titles with no language",
        ),
        (&["--title", "en:A", "--title", "en:B"], "Two titles for en"),
        (&["--title", " "], "--title is empty"),
        (
            &["--langs", "en", "--title", "mn:Б"],
            "--title mn:… names a language this handout does not hold",
        ),
    ] {
        let out = toli(None)
            .args(["--ids", "park-a", "--single-file"])
            .args(args)
            .arg(dir.path().join("refused.html"))
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(said), "{args:?}: {err}");
    }
    assert!(!dir.path().join("refused.html").exists());
    let out = toli(None)
        .args([
            "--lang",
            "mn",
            "--ids",
            "park-a",
            "--single-file",
            "--title",
            "A",
            "--title",
            "B",
        ])
        .arg(dir.path().join("refused.html"))
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Хэл заагаагүй хоёр нэр"), "{err}");
}
