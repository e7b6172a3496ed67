//! `mn-three-decimals` on a trainer's own folder (ux28): a point before exactly three decimals
//! reads as a thousands group to a reader of the decimal comma, in Mongolian text and in a
//! number value of the front matter, which the Mongolian side prints as written. `toli check`
//! tells both at their file line, in plain words, with what to write instead.

use crate::check_coach_lessons::{checked, folder};

/// A figure of the trainer's: Mongolia's population in millions, one value written with three
/// decimals, and «3.348 сая» in its Mongolian summary.
const FIGURE: &str = "---\nid: fig-hun-am\nkind: figure\ntitle:\n  en: Population of Mongolia\n  mn: Монгол Улсын хүн ам\nsummary:\n  en: Population in millions.\n  mn: Хүн ам 3.348 сая.\nsources:\n  - id: src-unctad-2025\n    locator: \"Section I\"\nunit: {en: million people, mn: сая хүн}\nrows:\n  - label: {en: '2021', mn: '2021'}\n    value: 3.348\n  - label: {en: '2020', mn: '2020'}\n    value: 3.3\n---\n::: en\nCounted.\n\n::: mn\nТоолсон.\n";

#[test]
fn a_value_with_three_decimals_is_told_at_its_line_with_what_to_write() {
    let dir = folder("figures/fig-hun-am.md", FIGURE);
    let en = checked(dir.path(), "en");
    let value: Vec<&String> = en.iter().filter(|l| l.contains("3348")).collect();
    assert_eq!(
        value,
        [
            "figures/fig-hun-am.md:16:12: warning: row 1: `value: 3.348` has a point before three decimals, and the Mongolian side prints it as written, which a reader used to the decimal comma takes for a thousands separator («3.348 сая» read as over three thousand million) — write the value in the next smaller unit, a thousand times as many: `value: 3348`, its unit one step down («мянга» for «сая», thousand for million), printed «3,348»; in prose, millions in words («3 сая 348 мянга»)"
        ],
        "{en:#?}"
    );
    assert!(
        en.iter()
            .any(|l| l.starts_with("figures/fig-hun-am.md:9:14: warning: «3.348»")),
        "the Mongolian summary is told too: {en:#?}"
    );
    let mn = checked(dir.path(), "mn");
    let value: Vec<&String> = mn.iter().filter(|l| l.contains("3348")).collect();
    assert_eq!(value.len(), 1, "{mn:#?}");
    assert!(
        value[0].starts_with("figures/fig-hun-am.md:16:12: анхааруулга: "),
        "{}",
        value[0]
    );
    assert!(value[0].contains("`value: 3348`"), "{}", value[0]);
    assert!(value[0].contains("«3,348»"), "{}", value[0]);
    // The row written with one decimal is fine.
    assert!(!en.iter().any(|l| l.contains("3.3`")), "{en:#?}");
}
