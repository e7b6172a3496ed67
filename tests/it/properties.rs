//! Property tests: the entry parser and the safe-printing filter never panic, whatever the input;
//! the Markdown converter's lines never exceed the width and its link positions stay inside them;
//! the note editor's wrap covers each line and finds every cursor place on a row.

use proptest::prelude::*;
use toli::corpus::parse::parse_entry;
use toli::inert::inert;
use toli::markdown::render::{MdStyles, render};

/// Shipped entries with much front matter: flow maps, block maps, lists of sources.
const SHIPPED: &[&str] = &[
    include_str!("../../content/policies/law-on-innovation-2012.md"),
    include_str!("../../content/cases/it-park.md"),
    include_str!("../../content/figures/fig-it-park-revenue.md"),
    include_str!("../../content/tours/tour-what-is-a-cluster.md"),
];

/// Text shaped like an entry file, with random pieces in every part.
fn entry_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("---\n".to_string()),
        Just("::: en\n".to_string()),
        Just("::: mn\n".to_string()),
        Just("id: x\n".to_string()),
        Just("kind: stage\n".to_string()),
        Just("title: {en: a, mn: б}\n".to_string()),
        Just("related: [a, b]\n".to_string()),
        Just("sources:\n  - id: s\n    locator: l\n".to_string()),
        Just("[[x]] [y](z)\n".to_string()),
        "[ -~]{0,20}\n",
        "\\PC{0,20}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..20).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parser_never_panics(text in entry_like()) {
        let parsed = parse_entry("p.md", &text, false);
        for d in &parsed.diagnostics {
            prop_assert!(d.line >= 1 && d.column >= 1);
            prop_assert!(d.line <= toli::corpus::split::lines(&text).len() + 1, "line {} beyond the file", d.line);
        }
    }

    #[test]
    fn parser_never_panics_on_any_string(text in any::<String>()) {
        let _ = parse_entry("p.md", &text, false);
    }

    /// An author's slip (a quote, a bracket, a space, a lost colon or comma) anywhere in a
    /// real entry is reported inside the file, without a panic.
    #[test]
    fn a_slip_in_a_real_entry_is_reported_inside_the_file(
        file in 0usize..SHIPPED.len(),
        at in any::<prop::sample::Index>(),
        slip in prop_oneof![
            Just("\""), Just("'"), Just("{"), Just("["), Just(" "), Just("  "), Just(""),
        ],
    ) {
        let text = SHIPPED[file];
        let boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let b = boundaries[at.index(boundaries.len())];
        // An empty slip deletes the character there instead.
        let changed = match slip {
            "" => {
                let next = text[b..].chars().next().map_or(0, char::len_utf8);
                format!("{}{}", &text[..b], &text[b + next..])
            }
            _ => format!("{}{slip}{}", &text[..b], &text[b..]),
        };
        let parsed = parse_entry("p.md", &changed, false);
        for d in &parsed.diagnostics {
            prop_assert!(d.line >= 1 && d.column >= 1);
            prop_assert!(d.line <= toli::corpus::split::lines(&changed).len() + 1);
        }
    }

    #[test]
    fn inert_text_has_no_controls_and_is_stable(text in any::<String>()) {
        let once = inert(&text).into_owned();
        prop_assert!(!once.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        prop_assert_eq!(inert(&once).into_owned(), once.clone());
    }
}

/// Markdown built from the constructs the converter handles, nested and mixed, with wide,
/// Cyrillic and control characters.
fn markdown_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("> ".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("  ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("# ".to_string()),
        Just("```\n".to_string()),
        Just("`code`".to_string()),
        Just("**bold** _it_ ~~x~~".to_string()),
        Just("| a | б | 产业 |\n|---|:-:|--:|\n| 1 | 2 | 3 |\n".to_string()),
        Just("[[cluster]]".to_string()),
        Just("[[x|named link]]".to_string()),
        Just("[text](https://example.org/a-very-long-address)".to_string()),
        Just("---\n".to_string()),
        Just("产业集群🚀".to_string()),
        Just("Кластер бол ".to_string()),
        Just("\u{1b}[31m\u{202e}\t".to_string()),
        "[a-z ]{0,30}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

fn titles(id: &str) -> Option<toli::markdown::prose::LinkTitle> {
    (id.len() % 2 == 1).then(|| toli::markdown::prose::LinkTitle {
        text: format!("Title of {id} 产业"),
        common_noun: id.len() % 4 == 1,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn markdown_lines_fit_the_width_and_links_stay_inside(md in markdown_like(), width in 0usize..70) {
        let out = render(&md, width, &MdStyles::default(), &titles);
        let limit = width.max(1);
        prop_assert_eq!(out.lines.len(), out.texts.len());
        for (i, line) in out.lines.iter().enumerate() {
            // A character wider than the whole width (CJK, or a digit with the emoji selector)
            // stands alone on its line.
            let alone = out.texts[i].trim_end_matches('\u{fe0f}').chars().count() == 1;
            prop_assert!(line.width() <= limit || alone, "line {} {:?} is {} wide, limit {}", i, out.texts[i], line.width(), limit);
        }
        for span in &out.spans {
            prop_assert!(span.line < out.lines.len());
            prop_assert!(span.cols.start < span.cols.end);
            prop_assert!(span.cols.end <= out.lines[span.line].width(), "link {:?} beyond line {:?}", span.cols, out.texts[span.line]);
            prop_assert!(span.link < out.targets.len());
        }
        for h in &out.headings {
            prop_assert!(h.line < out.lines.len());
        }
    }
}

/// A line of a note: words of Latin, Cyrillic and CJK letters, spaces, tabs and a control
/// character.
fn note_line() -> impl Strategy<Value = Vec<char>> {
    let piece = prop_oneof![
        Just(' '),
        Just('\t'),
        Just('\u{1b}'),
        Just('中'),
        prop::char::range('a', 'e'),
        prop::char::range('а', 'е'),
    ];
    prop::collection::vec(piece, 0..60)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The note editor's wrap: rows start in order and cover the line, a row is no wider than
    /// the editor but for a character wider alone or spaces hanging at its end, and every
    /// cursor place is on a row, where moving to its column finds it again.
    #[test]
    fn the_note_editors_wrap_covers_the_line_and_finds_every_cursor_place(
        line in note_line(),
        width in 1usize..24,
    ) {
        use toli::app::study::soft_wrap::{col_at, locate, row_starts, width_of};
        let starts = row_starts(&line, width);
        prop_assert_eq!(starts[0], 0);
        prop_assert!(starts.windows(2).all(|w| w[0] < w[1] || w[1] == line.len()));
        prop_assert!(starts.iter().all(|&s| s <= line.len()));
        for (r, &s) in starts.iter().enumerate() {
            let end = starts.get(r + 1).copied().unwrap_or(line.len());
            let row = &line[s..end];
            let kept = row.iter().rposition(|&c| c != ' ' && c != '\t').map_or(0, |i| i + 1);
            let cols: usize = row[..kept].iter().map(|&c| width_of(c)).sum();
            prop_assert!(cols <= width || kept == 1, "{:?} at {}", row, width);
        }
        for col in 0..=line.len() {
            let (r, x) = locate(&line, &starts, col, width);
            prop_assert!(r < starts.len());
            let back = col_at(&line, &starts, r, x, width);
            prop_assert!(back <= line.len());
            prop_assert_eq!(locate(&line, &starts, back, width).0, r);
        }
    }
}
