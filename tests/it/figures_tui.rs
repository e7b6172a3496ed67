//! The figure widget on ratatui's TestBackend: bar charts and a table at 80×24 and 120×40 in both
//! languages and in the projector theme, NO_COLOR, the entry view and the Figures list of the
//! whole app, and no panic at any tiny size. Fixtures: tests/fixtures/figures (copies of shipped
//! figures with their bodies cut).

use crate::common;

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use toli::app::state::Pane;
use toli::app::{Action, App, update};
use toli::corpus::Corpus;
use toli::corpus::load::{Sources, load};
use toli::corpus::model::Kind;
use toli::lang::Lang;
use toli::ui::theme::{ThemeName, theme};

use common::{screen, sized};

fn app(lang: Lang, w: u16, h: u16) -> App {
    sized(corpus(), lang, w, h)
}

fn corpus() -> Corpus {
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/figures")],
    });
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    outcome.corpus
}

/// Figure `id` drawn full-screen (as a presentation does) at `w`×`h`.
fn figure(
    id: &str,
    lang: Lang,
    name: ThemeName,
    no_color: bool,
    w: u16,
    h: u16,
) -> Terminal<TestBackend> {
    let c = corpus();
    let e = c.get(id).expect("figure");
    let th = theme(name, no_color);
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| toli::ui::figure::draw(f, f.area(), e, lang, &th))
        .expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    t.backend().to_string()
}

#[test]
fn bar_chart_80x24_in_both_languages() {
    let en = figure(
        "fig-ict-service-exports",
        Lang::En,
        ThemeName::Dark,
        false,
        80,
        24,
    );
    insta::assert_snapshot!("ict_en_80x24", en.backend());
    let s = text(&en);
    assert!(s.contains("Mongolia") && s.contains("59.37"), "{s}");
    assert!(
        s.contains("1,868.30"),
        "the source's precision is kept: {s}"
    );
    assert!(
        s.contains("Source: src-unctad-2025, Section III, Table 1"),
        "{s}"
    );
    let mn = figure(
        "fig-ict-service-exports",
        Lang::Mn,
        ThemeName::Dark,
        false,
        80,
        24,
    );
    insta::assert_snapshot!("ict_mn_80x24", mn.backend());
    assert!(text(&mn).contains("Монгол"));
    assert!(text(&mn).contains("Эх сурвалж"));
}

#[test]
fn sorted_chart_with_long_labels_120x40_in_both_languages() {
    for (lang, name) in [
        (Lang::En, "shares_en_120x40"),
        (Lang::Mn, "shares_mn_120x40"),
    ] {
        let t = figure(
            "fig-graduates-by-field-2023-shares",
            lang,
            ThemeName::Dark,
            false,
            120,
            40,
        );
        insta::assert_snapshot!(name, t.backend());
    }
    // Sorted: the largest share comes first.
    let s = text(&figure(
        "fig-graduates-by-field-2023-shares",
        Lang::En,
        ThemeName::Dark,
        false,
        120,
        40,
    ));
    let business = s.find("Commercial and business").expect("row");
    let medical = s.find("Medical science").expect("row");
    assert!(business < medical);
}

#[test]
fn bar_chart_in_the_projector_theme_uses_okabe_ito_orange() {
    let t = figure(
        "fig-socratus-outcomes",
        Lang::En,
        ThemeName::Projector,
        false,
        80,
        24,
    );
    insta::assert_snapshot!("socratus_projector_80x24", t.backend());
    let buf = t.backend().buffer();
    let bar = buf
        .content()
        .iter()
        .find(|c| c.symbol() == "█")
        .expect("a bar");
    assert_eq!(bar.fg, Color::Indexed(214));
    assert_eq!(bar.bg, Color::Black);
}

#[test]
fn narrow_charts_cut_long_labels_with_an_ellipsis() {
    let t = figure(
        "fig-graduates-by-field-2023-shares",
        Lang::Mn,
        ThemeName::Dark,
        false,
        40,
        12,
    );
    insta::assert_snapshot!("shares_mn_40x12", t.backend());
    assert!(text(&t).contains('…'));
}

#[test]
fn table_figure_has_its_column_headers() {
    for (lang, name, header) in [
        (Lang::En, "parks_en_120x40", "Ownership type"),
        (Lang::Mn, "parks_mn_120x40", "Өмчийн хэлбэр"),
    ] {
        let t = figure(
            "fig-industrial-technology-parks",
            lang,
            ThemeName::Light,
            false,
            120,
            40,
        );
        insta::assert_snapshot!(name, t.backend());
        assert!(text(&t).contains(header), "{}", text(&t));
    }
    let t = figure(
        "fig-industrial-technology-parks",
        Lang::En,
        ThemeName::Dark,
        false,
        80,
        24,
    );
    insta::assert_snapshot!("parks_en_80x24", t.backend());
}

#[test]
fn no_color_draws_block_glyphs_without_colours() {
    let t = figure(
        "fig-ict-service-exports",
        Lang::En,
        ThemeName::Dark,
        true,
        80,
        24,
    );
    insta::assert_snapshot!("ict_no_color_80x24", t.backend());
    let buf = t.backend().buffer();
    assert!(buf.content().iter().any(|c| c.symbol() == "█"));
    for c in buf.content() {
        assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset), "{c:?}");
    }
}

#[test]
fn tiny_areas_never_panic() {
    let c = corpus();
    for id in ["fig-ict-service-exports", "fig-industrial-technology-parks"] {
        let e = c.get(id).expect("figure");
        for lang in [Lang::En, Lang::Mn] {
            for w in 0..=20 {
                for h in 0..=5 {
                    let th = theme(ThemeName::Dark, false);
                    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
                    t.draw(|f| toli::ui::figure::draw(f, f.area(), e, lang, &th))
                        .expect("draw");
                }
            }
        }
    }
}

#[test]
fn figures_list_opens_a_chart_in_the_entry_view() {
    let mut a = app(Lang::En, 120, 40);
    let figures = Kind::ALL
        .iter()
        .position(|k| *k == Kind::Figure)
        .expect("kind");
    // The kinds pane has the focus at start: move down to Figures.
    assert_eq!(a.nav.focus, Pane::Kinds);
    while a.nav.kind < figures {
        update(&mut a, Action::Down);
    }
    assert_eq!(a.nav.kind, figures);
    assert_eq!(a.list().len(), 4);
    let ict = a.corpus.index_of("fig-ict-service-exports").expect("entry");
    let row = a.list().iter().position(|&e| e == ict).expect("listed");
    update(&mut a, Action::FocusRight);
    for _ in 0..row {
        update(&mut a, Action::Down);
    }
    update(&mut a, Action::Open);
    assert_eq!(a.nav.focus, Pane::Entry);
    assert_eq!(a.current(), Some(ict));
    let t = screen(&a);
    insta::assert_snapshot!("entry_ict_en_120x40", t.backend());
    assert!(
        text(&t).contains("███"),
        "the chart, not text: {}",
        text(&t)
    );
    update(&mut a, Action::ToggleLang);
    let t = screen(&a);
    insta::assert_snapshot!("entry_ict_mn_120x40", t.backend());
    assert!(text(&t).contains("Гүрж"));
}

#[test]
fn entry_view_of_a_figure_survives_every_tiny_size() {
    let mut a = app(Lang::Mn, 80, 24);
    let i = a
        .corpus
        .index_of("fig-industrial-technology-parks")
        .expect("entry");
    toli::app::update::navigate(&mut a, i);
    for w in 0..=20 {
        for h in 0..=5 {
            update(
                &mut a,
                Action::Resize {
                    width: w,
                    height: h,
                },
            );
            screen(&a);
        }
    }
}

#[test]
fn shift_f_jumps_to_the_figures_an_entry_names() {
    let mut a = app(Lang::En, 120, 40);
    let src = a.corpus.index_of("src-unctad-2025").expect("entry");
    toli::app::update::navigate(&mut a, src);
    a.nav.focus = Pane::Entry;
    // The source's backlinks name the four figures that cite it.
    let mut seen = Vec::new();
    for _ in 0..5 {
        update(&mut a, Action::NextFigure);
        seen.push(a.reading.link.expect("a figure link"));
    }
    assert_eq!(seen[4], seen[0], "wraps around after four: {seen:?}");
    assert_eq!(
        seen[..4]
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        4
    );
    update(&mut a, Action::Open);
    let now = a.current().expect("an entry");
    assert_eq!(a.corpus.entry(now).kind, Kind::Figure);
    // A figure that names no other figure says so.
    update(&mut a, Action::NextFigure);
    assert_eq!(a.reading.link, None);
    assert_eq!(
        a.status.notice.as_deref(),
        Some("this entry names no figures")
    );
}

/// `F` steps to the next figure; in the panes its Mongolian-layout twin `Ө` is a letter of a
/// question, so it starts a search instead.
#[test]
fn the_figure_key_is_latin_and_a_mongolian_letter_searches() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut a = app(Lang::Mn, 120, 40);
    a.nav.focus = Pane::Entry;
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT);
    assert_eq!(
        toli::app::keymap::key_action(&a, key('F')),
        Some(Action::NextFigure)
    );
    assert_eq!(
        toli::app::keymap::key_action(&a, key('Ө')),
        Some(Action::SearchFor("Ө".into()))
    );
}

#[test]
fn projector_theme_entry_view_of_a_sorted_chart_in_mongolian() {
    let mut a = app(Lang::Mn, 120, 40);
    a.settings.theme = ThemeName::Projector;
    let i = a
        .corpus
        .index_of("fig-graduates-by-field-2023-shares")
        .expect("entry");
    toli::app::update::navigate(&mut a, i);
    let t = screen(&a);
    insta::assert_snapshot!("entry_shares_mn_projector_120x40", t.backend());
    let bars: Vec<_> = t
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.symbol() == "█")
        .collect();
    assert!(!bars.is_empty());
    assert!(
        bars.iter()
            .all(|c| c.fg == Color::Indexed(214) && c.bg == Color::Black)
    );
}

/// At 80×24 in Mongolian a figure chosen in the list shows its kind and id on one row of the
/// entry pane beside the lists, the id cut with "…" as the list cuts titles; opened, the entry
/// shows its id whole, to be copied.
#[test]
fn a_figure_s_kind_and_id_keep_to_one_row_at_80x24_in_mongolian() {
    let mut a = app(Lang::Mn, 80, 24);
    let figures = Kind::ALL
        .iter()
        .position(|k| *k == Kind::Figure)
        .expect("kind");
    while a.nav.kind < figures {
        update(&mut a, Action::Down);
    }
    let ict = a.corpus.index_of("fig-ict-service-exports").expect("entry");
    let row = a.list().iter().position(|&e| e == ict).expect("listed");
    update(&mut a, Action::FocusRight);
    for _ in 0..row {
        update(&mut a, Action::Down);
    }
    assert_eq!((a.nav.focus, a.current()), (Pane::List, Some(ict)));
    let t = screen(&a);
    insta::assert_snapshot!("figure_kind_line_mn_80x24", t.backend());
    let s = text(&t);
    let rows: Vec<&str> = s.lines().filter(|l| l.contains("fig-")).collect();
    assert_eq!(rows.len(), 1, "{s}");
    assert!(
        rows[0].contains("Зураг, хүснэгт · fig-ict-") && rows[0].contains('…'),
        "{s}"
    );
    update(&mut a, Action::Open);
    let s = text(&screen(&a));
    assert!(
        s.contains("Зураг, хүснэгт · fig-ict-service-exports"),
        "{s}"
    );
}
