//! Links compact (issue 19): where the entry view is wide, the links, backlinks and sources go
//! to a side column beside the reading text, one link a line, level with the summary; at 80
//! columns they stay at the bottom as count lines with the links run together, the Tab hint
//! said once. Tab reaches the side column's links after the text's, and a click follows them.

use crate::common;

use std::path::PathBuf;

use toli::app::state::Pane;
use toli::app::update::current_doc;
use toli::app::{Action, App, update};
use toli::lang::Lang;
use toli::markdown::render::Target;

use common::{keys, open, screen, sized};

fn dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![
        root.join("content"),
        root.join("figures"),
        root.join("reading"),
    ]
}

/// The app at `w`×`h` reading `id`.
fn reading(lang: Lang, w: u16, h: u16, id: &str) -> App {
    let mut a = sized(common::loaded(dirs()), lang, w, h);
    open(&mut a, id);
    a.nav.focus = Pane::Entry;
    a
}

#[test]
fn wide_links_go_to_a_side_column_beside_the_text() {
    for lang in [Lang::En, Lang::Mn] {
        let a = reading(lang, 160, 45, "itp-table");
        let s = screen(&a).backend().to_string();
        let (links, sources) = match lang {
            Lang::En => ("Links (3)", "Sources (1)"),
            Lang::Mn => ("Холбоос (3)", "Эх сурвалж (1)"),
        };
        // Beside the summary, on the first screen, right of the reading text.
        let row = s
            .lines()
            .find(|l| l.contains(links))
            .unwrap_or_else(|| panic!("no side column:\n{s}"));
        let col = row.find(links).map(|at| row[..at].chars().count());
        assert!(col.is_some_and(|c| c > 60 + 60), "{row}");
        assert!(s.contains(sources), "{s}");
        for hint in ["Tab to go through them", "Tab товчоор"] {
            assert!(!s.contains(hint), "no Tab hint in the side column:\n{s}");
        }
        insta::assert_snapshot!(format!("side_column_{}_160x45", lang.code()), s);
    }
}

#[test]
fn at_80_columns_count_lines_at_the_bottom_say_the_tab_hint_once() {
    for lang in [Lang::En, Lang::Mn] {
        let mut a = reading(lang, 80, 24, "itp-table");
        keys(&mut a, &[Action::Bottom]);
        let s = screen(&a).backend().to_string();
        let hint = match lang {
            Lang::En => "Tab to go through them",
            Lang::Mn => "Tab товчоор ээлжлэн сонгоно",
        };
        assert_eq!(s.matches(hint).count(), 1, "the hint once:\n{s}");
        insta::assert_snapshot!(format!("count_lines_{}_80x24", lang.code()), s);
    }
}

#[test]
fn tab_and_clicks_reach_the_side_columns_links() {
    let mut a = reading(Lang::En, 160, 45, "itp-table");
    let (doc, rect) = current_doc(&a).expect("an entry");
    // The last links are the side column's: its sources' link comes last.
    let last = doc.targets.len() - 1;
    assert_eq!(doc.targets[last], Target::Entry("src-unctad-2025".into()));
    update(&mut a, Action::PrevLink);
    assert_eq!(a.reading.link, Some(last));
    // A click on the side column's first link follows it.
    let span = doc
        .spans
        .iter()
        .find(|s| doc.targets[s.link] == Target::Entry("it-park".into()) && s.cols.start > 60)
        .expect("IT Park in the side column");
    let col = rect.x + u16::try_from(span.cols.start).expect("column");
    let row = rect.y + u16::try_from(span.line - a.reading.scroll).expect("row");
    update(&mut a, Action::Click { col, row });
    let now = a.current().map(|i| a.corpus.id(i).to_string());
    assert_eq!(now.as_deref(), Some("it-park"));
}

/// The entries that link here are listed in the reader's alphabetical order of their titles
/// (they were in no visible order), in both languages.
#[test]
fn backlinks_are_in_alphabetical_order_of_the_language_read() {
    for lang in [Lang::Mn, Lang::En] {
        let a = reading(lang, 80, 24, "cluster");
        let me = a.current().expect("open");
        let backlinks = a.corpus.backlinks(me).to_vec();
        assert!(backlinks.len() >= 3, "the fixture has backlinks to order");
        let (doc, _) = current_doc(&a).expect("drawn");
        let linked: Vec<usize> = doc
            .targets
            .iter()
            .filter_map(|t| match t {
                Target::Entry(id) => a.corpus.index_of(id),
                _ => None,
            })
            .filter(|i| backlinks.contains(i))
            .collect();
        let last = &linked[linked.len() - backlinks.len()..];
        let titles: Vec<&str> = last
            .iter()
            .map(|&i| a.corpus.entry(i).title.show(lang))
            .collect();
        let mut sorted = last.to_vec();
        sorted.sort_by_key(|&i| a.corpus.title_rank(i, lang));
        assert_eq!(last, &sorted[..], "{lang:?}: {titles:?}");
    }
}
