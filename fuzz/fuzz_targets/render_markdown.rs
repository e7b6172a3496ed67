//! Fuzzes the Markdown converter: any text, rendered at a width taken from its first byte, must
//! give lines no wider than that width, and every link span must lie inside its line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toli::markdown::render::{MdStyles, render};

fuzz_target!(|data: &[u8]| {
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
    assert_eq!(out.lines.len(), out.texts.len());
    for (i, line) in out.lines.iter().enumerate() {
        assert!(line.width() <= limit, "line {i} is {} wide, limit {limit}", line.width());
    }
    for span in &out.spans {
        assert!(span.line < out.lines.len(), "link on line {} of {}", span.line, out.lines.len());
        assert!(span.cols.start < span.cols.end, "empty link span {:?}", span.cols);
        assert!(span.cols.end <= out.lines[span.line].width(), "link {:?} beyond its line", span.cols);
        assert!(span.link < out.targets.len(), "link {} of {}", span.link, out.targets.len());
    }
});
