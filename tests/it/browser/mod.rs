//! Headless Chromium for the handout tests: finding it (a missing browser fails in CI and is
//! reported as skipped elsewhere), running it with a fresh profile and a time limit, probing
//! pages from inside (harness.html and probe.js) and printing to PDF.
#![allow(dead_code)]

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The Chromium binary, or `None` after saying the test is skipped. With `CI` set a missing
/// browser fails the test (.ci/run installs it).
pub fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium not found, and CI is set: install it (.ci/run does)"
        );
        // Straight to stderr, past the test harness's capture, so the skip is seen.
        let _ = writeln!(std::io::stderr(), "skipped: chromium not found");
    }
    found
}

/// Runs Chromium headless, offline and with a fresh profile, on `url`; returns its stdout.
pub fn run(chromium: &str, args: &[String], url: &str) -> String {
    run_in(chromium, None, args, url)
}

/// [`run`] in the folder `cwd` (relative paths in `args` and `url` are read from there).
pub fn run_in(chromium: &str, cwd: Option<&Path>, args: &[String], url: &str) -> String {
    let profile = tempfile::tempdir().expect("profile dir");
    let mut command = Command::new(chromium);
    if let Some(dir) = cwd {
        command.current_dir(dir);
    }
    let mut child = command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took over 300 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().expect("reader")
}

/// What probe.js found on one page.
#[derive(serde::Deserialize, Debug)]
pub struct Findings {
    #[serde(default)]
    pub width: f64,
    #[serde(default)]
    pub sections: usize,
    #[serde(default)]
    pub charts: usize,
    #[serde(default, rename = "chartTexts")]
    pub chart_texts: usize,
    #[serde(default, rename = "textBoxes")]
    pub text_boxes: usize,
    pub problems: Vec<String>,
    #[serde(default)]
    pub tables: Vec<TableShape>,
}

/// How probe.js found one table shown.
#[derive(serde::Deserialize, Debug)]
pub struct TableShape {
    /// The id of the entry holding it.
    pub article: String,
    /// The language of the section holding it.
    pub lang: String,
    /// `table` for a table, `block` for one record per block.
    pub display: String,
    /// The computed `text-align` of its cells of numbers, and of its other data cells.
    pub numbers: Vec<String>,
    pub words: Vec<String>,
}

/// Opens each of `pages` (files in `dir`) in a frame `width` px wide and measures it from inside.
pub fn probe(
    chromium: &str,
    dir: &Path,
    pages: &[String],
    width: u32,
) -> std::collections::BTreeMap<String, Findings> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/browser");
    for file in ["harness.html", "probe.js"] {
        std::fs::copy(here.join(file), dir.join(file)).expect("copy the probe");
    }
    let url = format!(
        "file://{}?width={width}&pages={}",
        dir.join("harness.html").display(),
        pages.join(",")
    );
    let dom = run(
        chromium,
        &[
            "--allow-file-access-from-files".into(),
            "--window-size=1400,1000".into(),
            "--virtual-time-budget=100000000".into(),
            "--dump-dom".into(),
        ],
        &url,
    );
    let json = dom
        .split("<pre id=\"findings\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .unwrap_or_else(|| panic!("the probe wrote no findings at {width} px: {dom:.2000}"));
    let json = json
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    serde_json::from_str(&json).expect("findings are JSON")
}

/// Prints `page` to PDF; returns the file's bytes.
pub fn print_pdf(chromium: &str, page: &Path) -> Vec<u8> {
    let out = tempfile::tempdir().expect("tempdir");
    let pdf: PathBuf = out.path().join("print.pdf");
    run(
        chromium,
        &[
            "--no-pdf-header-footer".into(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
        &format!("file://{}", page.display()),
    );
    std::fs::read(&pdf).unwrap_or_else(|e| panic!("no PDF from {}: {e}", page.display()))
}

/// The number of pages of a PDF, checked two ways: page objects, and the page tree's count.
pub fn pdf_pages(pdf: &[u8]) -> usize {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let tail = &pdf[pdf.len().saturating_sub(64)..];
    assert!(
        tail.windows(5).any(|w| w == b"%%EOF"),
        "the PDF is cut short"
    );
    let text = String::from_utf8_lossy(pdf);
    let objects = text
        .match_indices("/Type /Page")
        .filter(|(i, m)| !text[i + m.len()..].starts_with('s'))
        .count();
    let counted = text
        .match_indices("/Count ")
        .filter_map(|(i, m)| {
            text[i + m.len()..]
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse::<usize>().ok())
        })
        .max()
        .unwrap_or(0);
    assert_eq!(objects, counted, "page objects and the page tree disagree");
    objects
}

/// The text of each page of a PDF (`pdftotext -layout`), or `None` after saying the check is
/// skipped when pdftotext is missing (with `CI` set that fails: .ci/run installs poppler-utils).
pub fn pdf_page_texts(pdf: &[u8]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("print.pdf");
    std::fs::write(&file, pdf).expect("write the PDF");
    let Ok(output) = Command::new("pdftotext")
        .arg("-layout")
        .arg(&file)
        .arg("-")
        .stderr(Stdio::null())
        .output()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext not found, and CI is set: install poppler-utils (.ci/run does)"
        );
        let _ = writeln!(std::io::stderr(), "skipped: pdftotext not found");
        return None;
    };
    assert!(output.status.success(), "pdftotext failed");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // The text ends with a form feed after the last page.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

/// Whether printed text is mostly Mongolian (its Cyrillic letters outnumber its Latin ones).
pub fn mostly_mongolian(text: &str) -> bool {
    let (mut cyrillic, mut latin) = (0, 0);
    for c in text.chars() {
        if ('\u{400}'..='\u{4ff}').contains(&c) {
            cyrillic += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    cyrillic > latin
}

/// `toli --lang READER export --single-file --langs LANGS --tour TOUR` into `dir`; the file.
pub fn single_file(dir: &Path, tour: &str, langs: &str, reader: &str) -> PathBuf {
    let file = dir.join(format!("{tour}-{langs}.html"));
    crate::common::toli_en()
        .env("SOURCE_DATE_EPOCH", "1796472000")
        .args([
            "--lang",
            reader,
            "export",
            "--single-file",
            "--langs",
            langs,
        ])
        .args(["--tour", tour])
        .arg(&file)
        .assert()
        .success();
    file
}
