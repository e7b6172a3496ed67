//! Slides as a room reads them, on ratatui's TestBackend: a summary slide sets its list of
//! actions apart by a blank line, a presented table hangs a wrapped numbered row label under its
//! name, and a table's value column has a header in both the slide and the app's entry view.

use crate::common;

use crossterm::event::KeyCode;
use toli::app::App;
use toli::lang::Lang;
use toli::ui::theme::theme;

use common::{press, screen, shipped, sized};

/// The shipped STI parks tour presented at `w`×`h` in `lang`, at step `n` (1-based).
fn at_step(lang: Lang, w: u16, h: u16, n: usize) -> App {
    let mut a = sized(shipped(), lang, w, h);
    let t = a.corpus.index_of("tour-sti-parks-mongolia").expect("tour");
    toli::app::update::navigate(&mut a, t);
    press(&mut a, KeyCode::Char('p'));
    for _ in 1..n {
        press(&mut a, KeyCode::PageDown);
    }
    assert_eq!(a.present.as_ref().map(|d| d.step + 1), Some(n));
    a
}

/// The whole step as the slide lays it out, one string a line.
fn step_text(a: &App) -> Vec<String> {
    let d = a.present.as_ref().expect("presenting");
    let th = theme(a.settings.theme, a.settings.no_color);
    let area = ratatui::layout::Rect::new(0, 0, a.size.0, a.size.1);
    let col = toli::ui::present::column(area, a, d);
    toli::ui::present::step_lines(a, d, &th, col.width as usize, col.height as usize)
        .iter()
        .map(|l| l.to_string())
        .collect()
}

/// `s`: the list of what addresses a finding is set apart from the evidence above it by a
/// blank line, as on the whole slide and in the entry view.
#[test]
fn a_summary_slide_sets_its_actions_apart() {
    for lang in Lang::ALL {
        let mut a = at_step(lang, 120, 40, 2);
        press(&mut a, KeyCode::Char('s'));
        let lines = step_text(&a);
        let head = format!("{}:", a.l10n.t(lang, "label-addressed-by"));
        let at = lines
            .iter()
            .position(|l| l.trim() == head)
            .unwrap_or_else(|| panic!("{lang:?}: {head} on the slide:\n{}", lines.join("\n")));
        assert!(
            at > 0 && lines[at - 1].trim().is_empty(),
            "{lang:?}: a blank line before {head}:\n{}",
            lines.join("\n")
        );
        assert!(
            lines[at - 2].contains('•') || lines[at - 2].starts_with("  "),
            "{lang:?}: the evidence list just above:\n{}",
            lines.join("\n")
        );
    }
}

/// A presented table's numbered row label that wraps hangs its next line under the name, not
/// under the number.
#[test]
fn a_wrapped_row_label_hangs_under_its_name() {
    let a = at_step(Lang::Mn, 120, 40, 7);
    let shown = screen(&a).backend().to_string();
    let lines: Vec<Vec<char>> = shown.lines().map(|l| l.chars().collect()).collect();
    let mut seen = 0;
    for (label, next) in [
        ("3. Налайхын барилгын", "материалын ҮТП"),
        ("9. Багахангайн шил, шилэн", "эдлэлийн ҮТП"),
    ] {
        let name: Vec<char> = label.chars().skip(3).collect();
        let (row, col) = lines
            .iter()
            .enumerate()
            .find_map(|(r, l)| {
                (0..l.len())
                    .find(|&c| l[c..].starts_with(&label.chars().collect::<Vec<_>>()))
                    .map(|c| (r, c))
            })
            .unwrap_or_else(|| panic!("{label} on the slide:\n{shown}"));
        let under_name: String = lines[row + 1][col + 3..].iter().collect();
        assert!(
            under_name.starts_with(next) && lines[row][col + 3..].starts_with(&name),
            "{label}: its next line starts under the name:\n{shown}"
        );
        seen += 1;
    }
    assert_eq!(seen, 2);
}

/// A table's value column is headed «Утга» / "Value" where its rows have no unit in common, in
/// the text the app's entry view and `toli show` set when the columns fit.
#[test]
fn a_tables_value_column_has_a_header() {
    let corpus = shipped();
    let e = corpus
        .get("fig-mongolia-education-indicators")
        .expect("figure");
    let toli::corpus::model::KindFields::Figure { columns, .. } = &e.fields else {
        panic!("a figure");
    };
    for (lang, head) in [(Lang::Mn, "Утга"), (Lang::En, "Value")] {
        let lines = toli::figure::text::render(e, lang, 400);
        let first = columns[0].show(lang);
        assert!(
            lines[0].contains(first) && lines[0].trim_end().ends_with(head),
            "{lang:?}: the header row ends in {head}:\n{}",
            lines.join("\n")
        );
    }
}
