//! Inputs the fuzzers (fuzz/fuzz_targets) once crashed on, replayed with the targets' own checks.
//! Each file under tests/fuzz_regressions/<target>/ is one input, kept as the fuzzer wrote it.

use std::fs;
use std::path::Path;

use toli::corpus::parse::parse_entry;
use toli::markdown::render::{MdStyles, render};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .expect("the regression folder")
        .map(|e| {
            let path = e.expect("a folder entry").path();
            (
                path.display().to_string(),
                fs::read(&path).expect("an input"),
            )
        })
        .collect();
    out.sort();
    out
}

/// The render_markdown target: the first byte gives the width, the rest is the Markdown.
fn check_render(name: &str, data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let width = usize::from(first % 100);
    let title_of = |id: &str| {
        (id.len().is_multiple_of(2)).then(|| toli::markdown::prose::LinkTitle {
            text: format!("T {id}"),
            common_noun: id.len().is_multiple_of(4),
        })
    };
    let out = render(text, width, &MdStyles::default(), &title_of);
    let limit = width.max(1);
    assert_eq!(out.lines.len(), out.texts.len(), "{name}");
    for (i, line) in out.lines.iter().enumerate() {
        assert!(
            line.width() <= limit,
            "{name}: line {i} {:?} is {} wide, limit {limit}",
            out.texts[i],
            line.width()
        );
    }
    for span in &out.spans {
        assert!(
            span.line < out.lines.len(),
            "{name}: link on line {}",
            span.line
        );
        assert!(
            span.cols.start < span.cols.end,
            "{name}: empty link span {:?}",
            span.cols
        );
        assert!(
            span.cols.end <= out.lines[span.line].width(),
            "{name}: link {:?} beyond its line",
            span.cols
        );
        assert!(span.link < out.targets.len(), "{name}: link {}", span.link);
    }
}

#[test]
fn render_markdown_regressions() {
    let inputs = inputs("render_markdown");
    assert!(!inputs.is_empty());
    for (name, data) in inputs {
        check_render(&name, &data);
    }
}

#[test]
fn parse_entry_regressions() {
    for (name, data) in inputs("parse_entry") {
        if let Ok(text) = std::str::from_utf8(&data) {
            let parsed = parse_entry("fuzz.md", text, false);
            let lines = toli::corpus::split::lines(text).len() + 1;
            for d in &parsed.diagnostics {
                assert!(
                    d.line >= 1 && d.line <= lines,
                    "{name}: line {} of {lines}",
                    d.line
                );
            }
        }
    }
}
