//! Property tests: the entry parser and the safe-printing filter never panic, whatever the input.

use proptest::prelude::*;
use toli::corpus::parse::parse_entry;
use toli::inert::inert;

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
            prop_assert!(d.line <= text.split('\n').count() + 1, "line {} beyond the file", d.line);
        }
    }

    #[test]
    fn parser_never_panics_on_any_string(text in any::<String>()) {
        let _ = parse_entry("p.md", &text, false);
    }

    #[test]
    fn inert_text_has_no_controls_and_is_stable(text in any::<String>()) {
        let once = inert(&text).into_owned();
        prop_assert!(!once.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        prop_assert_eq!(inert(&once).into_owned(), once.clone());
    }
}
