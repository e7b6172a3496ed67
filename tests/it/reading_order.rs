//! Answer first (issue 19): the app's entry view and `toli show` walk one reading order
//! (src/reading.rs) for every kind; the answer — a finding's "addressed by", a case's table, a
//! figure's chart and its source — is on the first screen at 80×24 and 160×45 in both
//! languages; tables never break inside a word.

use crate::common;

use std::path::PathBuf;

use toli::app::state::Pane;
use toli::app::{Action, App, update};
use toli::cli::Context;
use toli::corpus::load::{Sources, load};
use toli::corpus::model::Kind;
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::reading::Section;

use common::{open, screen, sized};

fn dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![
        root.join("content"),
        root.join("figures"),
        root.join("reading"),
    ]
}

fn sources() -> Sources {
    Sources {
        builtin: false,
        dirs: dirs(),
    }
}

fn app(lang: Lang, w: u16, h: u16) -> App {
    sized(common::loaded(dirs()), lang, w, h)
}

/// The app with entry `id` open and the focus on the entry, drawn as text.
fn reading(lang: Lang, w: u16, h: u16, id: &str) -> (App, String) {
    let mut a = app(lang, w, h);
    open(&mut a, id);
    a.nav.focus = Pane::Entry;
    let s = screen(&a).backend().to_string();
    (a, s)
}

#[test]
fn show_and_the_app_walk_the_same_sections_for_every_kind() {
    let outcome = load(&sources());
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    let a = app(Lang::En, 120, 40);
    for lang in [Lang::En, Lang::Mn] {
        let ctx = Context {
            lang,
            l10n: Localizer::new(),
            outcome: load(&sources()),
        };
        let mut kinds = Vec::new();
        for i in 0..a.corpus.len() {
            let kind = a.corpus.entry(i).kind;
            let (_, app_sections) = toli::app::document::document_sections(&a, i, lang, 80);
            let app_sections: Vec<Section> = app_sections
                .into_iter()
                .filter(|s| *s != Section::Note)
                .collect();
            let show_sections: Vec<Section> = toli::cli::show::text_sections(&ctx, i, 80)
                .into_iter()
                .map(|(s, _)| s)
                .collect();
            assert_eq!(app_sections, show_sections, "{}", a.corpus.entry(i).id);
            kinds.push(kind);
        }
        for k in [
            Kind::Finding,
            Kind::Case,
            Kind::Figure,
            Kind::Action,
            Kind::Source,
        ] {
            assert!(kinds.contains(&k), "no {k:?} in the fixtures");
        }
    }
}

#[test]
fn findings_answer_is_on_the_first_screen() {
    for (lang, label) in [
        (Lang::En, "Addressed by"),
        (Lang::Mn, "Шийдвэрлэх арга хэмжээ"),
    ] {
        for (w, h) in [(80, 24), (160, 45)] {
            let (_, s) = reading(lang, w, h, "finding-answer");
            assert!(s.contains(label), "{lang:?} {w}x{h}\n{s}");
            let name = format!("finding_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, s);
        }
    }
}

#[test]
fn a_cases_table_fits_without_breaking_words() {
    for lang in [Lang::En, Lang::Mn] {
        for (w, h) in [(80, 24), (160, 45)] {
            let (a, s) = reading(lang, w, h, "itp-table");
            let i = a.corpus.index_of("itp-table").expect("fixture");
            let width = usize::from(w) - 2;
            let doc = toli::app::document::document(&a, i, lang, width);
            // The reading text only: the side column cuts long titles with "…" on purpose.
            let reading = toli::app::side_column::split(width).map_or(width, |(r, _)| r);
            let text: Vec<String> = doc
                .texts
                .iter()
                .map(|t| t.chars().take(reading).collect())
                .collect();
            assert!(!text.join("\n").contains('…'), "a cell cut short:\n{s}");
            let first = if lang == Lang::En {
                "Zavkhan"
            } else {
                "Завхан"
            };
            assert!(s.contains(first), "{lang:?} {w}x{h}\n{s}");
            insta::assert_snapshot!(format!("case_table_{}_{w}x{h}", lang.code()), s);
        }
    }
    // Zoomed at 160 columns the text is 100 wide beside the links' column: the cell fits.
    let (mut a, _) = reading(Lang::En, 160, 45, "itp-table");
    update(&mut a, Action::ToggleZoom);
    let wide = screen(&a).backend().to_string();
    assert!(wide.contains("looking for a private investor"), "{wide}");
    assert!(wide.contains("Links (3)"), "the side column: {wide}");
}

#[test]
fn a_figure_shows_its_chart_and_source_on_the_first_screen() {
    for lang in [Lang::En, Lang::Mn] {
        for (w, h) in [(80, 24), (160, 45)] {
            let (_, s) = reading(lang, w, h, "fig-ict-service-exports");
            assert!(s.contains('█'), "no bars: {lang:?} {w}x{h}\n{s}");
            let place = if lang == Lang::En {
                "Table 1"
            } else {
                "1-р хүснэгт"
            };
            assert!(s.contains(place), "no source: {lang:?} {w}x{h}\n{s}");
            insta::assert_snapshot!(format!("figure_{}_{w}x{h}", lang.code()), s);
        }
    }
}

#[test]
fn zoom_gives_the_entry_the_whole_width_and_back() {
    let (mut a, _) = reading(Lang::En, 160, 45, "itp-table");
    let before = toli::ui::layout::areas(ratatui::layout::Rect::new(0, 0, 160, 45), &a);
    assert!(before.list.is_some());
    update(&mut a, Action::ToggleZoom);
    let zoomed = toli::ui::layout::areas(ratatui::layout::Rect::new(0, 0, 160, 45), &a);
    assert!(zoomed.list.is_none() && zoomed.entry.map(|r| r.width) == Some(160));
    update(&mut a, Action::ToggleZoom);
    assert_eq!(
        toli::ui::layout::areas(ratatui::layout::Rect::new(0, 0, 160, 45), &a),
        before
    );
}

#[test]
fn reading_at_80_columns_gives_the_entry_the_screen() {
    let (a, _) = reading(Lang::En, 80, 24, "finding-answer");
    let r = toli::ui::layout::areas(ratatui::layout::Rect::new(0, 0, 80, 24), &a);
    assert_eq!(r.entry.map(|e| e.width), Some(80));
    assert!(r.list.is_none());
}

/// An id is shown whole where the entry is read, to be copied, never broken at a hyphen; in
/// the preview beside the lists at 80 columns the kind and the id keep to one row, the id cut
/// with "…" (the entry list marks a cut title so too).
#[test]
fn a_long_id_under_the_title_is_never_broken() {
    for (lang, kind) in [(Lang::En, "Definition"), (Lang::Mn, "Тодорхойлолт")] {
        let corpus = toli::corpus::load::load(&Sources::builtin()).corpus;
        let mut a = sized(corpus, lang, 80, 24);
        open(&mut a, "industrial-co-innovation-campus");
        a.nav.focus = Pane::Entry;
        let s = screen(&a).backend().to_string();
        let whole = format!("{kind} · industrial-co-innovation-campus");
        assert!(s.contains(&whole), "{s}");
        a.nav.focus = Pane::List;
        let s = screen(&a).backend().to_string();
        let rows: Vec<&str> = s.lines().filter(|l| l.contains("industrial-co")).collect();
        assert_eq!(rows.len(), 1, "{s}");
        assert!(rows[0].contains(&format!("{kind} · industrial-co")), "{s}");
    }
}

/// In the side column of a wide screen, a source cited several times is listed once, with the
/// places cited in it under its title (not the same cut title twice).
#[test]
fn a_source_cited_twice_is_listed_once_with_its_places_in_the_side_column() {
    let corpus = toli::corpus::load::load(&Sources::builtin()).corpus;
    let mut a = sized(corpus, Lang::En, 200, 150);
    open(&mut a, "sea-buckthorn-cluster");
    a.nav.focus = Pane::Entry;
    let s = screen(&a).backend().to_string();
    let sources = s
        .find("Sources (1)")
        .expect("the sources heading: one source");
    let listed = &s[sources..];
    assert_eq!(
        listed.matches("• Mongolian sea buckthorn").count(),
        1,
        "{s}"
    );
    assert!(listed.contains("slide: Brief intro to SBT"), "{s}");
}

/// `z` where the entry already fills the screen (80 columns) changes nothing: it says so in
/// the status line and stays off, so widening the terminal brings the lists back.
#[test]
fn zoom_at_80_columns_says_it_changes_nothing_and_stays_off() {
    for (lang, said) in [
        (Lang::En, "z changes nothing"),
        (Lang::Mn, "z юу ч өөрчлөхгүй"),
    ] {
        let (mut a, _) = reading(lang, 80, 24, "itp-table");
        update(&mut a, Action::ToggleZoom);
        assert!(!a.reading.zoom);
        let status = screen(&a).backend().to_string();
        assert!(status.contains(said), "{lang:?}\n{status}");
        update(
            &mut a,
            Action::Resize {
                width: 120,
                height: 40,
            },
        );
        let wide = toli::ui::layout::areas(ratatui::layout::Rect::new(0, 0, 120, 40), &a);
        assert!(wide.list.is_some() && wide.kinds.is_some(), "{wide:?}");
    }
}
