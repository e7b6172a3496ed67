//! The TUI on ratatui's TestBackend: insta snapshots of whole screens (English and Mongolian,
//! 80×24 and 120×40, an entry with a table and links, search with highlights, help, the
//! projector theme's styles), behaviour through actions, and no panic at any tiny size.

use crate::common;

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use toli::app::state::Pane;
use toli::app::{Action, App, Effect, update};
use toli::lang::Lang;
use toli::ui::theme::ThemeName;

use common::{keys, loaded, open, screen, sized};

fn app(lang: Lang, w: u16, h: u16) -> App {
    sized(loaded(vec![fixture()]), lang, w, h)
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

fn text(t: &Terminal<TestBackend>) -> String {
    t.backend().to_string()
}

#[test]
fn start_screen_english_and_mongolian_80x24() {
    let mut en = app(Lang::En, 80, 24);
    insta::assert_snapshot!("start_en_80x24", screen(&en).backend());
    update(&mut en, Action::ToggleLang);
    insta::assert_snapshot!("start_mn_80x24", screen(&en).backend());
}

#[test]
fn entry_view_120x40_in_both_languages() {
    let mut a = app(Lang::En, 120, 40);
    keys(&mut a, &[Action::FocusRight, Action::Open]);
    assert_eq!(a.nav.focus, Pane::Entry);
    insta::assert_snapshot!("entry_en_120x40", screen(&a).backend());
    let mut m = app(Lang::Mn, 120, 40);
    keys(&mut m, &[Action::FocusRight, Action::Open]);
    insta::assert_snapshot!("entry_mn_120x40", screen(&m).backend());
}

#[test]
fn entry_with_a_table_and_a_selected_link() {
    let mut a = app(Lang::En, 100, 30);
    open(&mut a, "cluster");
    keys(&mut a, &[Action::PageDown, Action::NextLink]);
    let t = screen(&a);
    let s = text(&t);
    assert!(s.contains("Porter") && s.contains("│ 1990 │"), "{s}");
    insta::assert_snapshot!("entry_table_links_100x30", t.backend());
}

#[test]
fn tab_selects_links_enter_follows_backspace_returns() {
    let mut a = app(Lang::En, 100, 30);
    open(&mut a, "cluster");
    let cluster = a.current();
    update(&mut a, Action::NextLink);
    assert_eq!(a.reading.link, Some(0));
    update(&mut a, Action::Open);
    // The first link is the source line under the title.
    let first_source = &a.corpus.entry(cluster.expect("open")).sources[0].id;
    let ci = a.corpus.index_of(first_source);
    assert_eq!(a.current(), ci);
    update(&mut a, Action::Back);
    assert_eq!(a.current(), cluster);
    assert_eq!(a.reading.link, Some(0), "back restores the selected link");
    update(&mut a, Action::Forward);
    assert_eq!(a.current(), ci);
}

#[test]
fn mouse_click_on_a_link_follows_it() {
    let mut a = app(Lang::En, 100, 30);
    open(&mut a, "cluster");
    // Links come last, run together on a line under their count.
    update(&mut a, Action::Bottom);
    let s = text(&screen(&a));
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Cluster initiative") && !l.contains("Cluster initiative:"))
        .expect("related link on screen");
    let at = line.find("Cluster initiative").expect("link");
    let col = line[..at].chars().count() as u16 + 2;
    update(
        &mut a,
        Action::Click {
            col,
            row: row as u16,
        },
    );
    assert_eq!(a.current(), a.corpus.index_of("cluster-initiative"));
}

#[test]
fn search_overlay_highlights_matches() {
    let mut a = app(Lang::En, 100, 30);
    update(&mut a, Action::OpenSearch);
    for c in "initiative".chars() {
        update(&mut a, Action::Input(c));
    }
    let t = screen(&a);
    insta::assert_snapshot!("search_initiative_100x30", t.backend());
    let buf = t.backend().buffer();
    let highlighted = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED | Modifier::BOLD))
        .count();
    assert!(
        highlighted >= "initiative".len(),
        "matched characters are highlighted"
    );
    update(&mut a, Action::Open);
    assert!(a.overlay.is_none());
    assert_eq!(a.current(), a.corpus.index_of("cluster-initiative"));
}

#[test]
fn help_overlay_in_both_languages() {
    let mut a = app(Lang::En, 100, 40);
    update(&mut a, Action::Help);
    insta::assert_snapshot!("help_en_100x40", screen(&a).backend());
    a.settings.lang = Lang::Mn;
    insta::assert_snapshot!("help_mn_100x40", screen(&a).backend());
    update(&mut a, Action::Escape);
    assert!(a.overlay.is_none());
}

/// The help drawn page by page to its end holds every context's heading and every key with
/// its hint, in both languages: the snapshot above is the first screen only, so a key or a
/// context further down (the `GLOBAL` list, a new overlay's section) is checked here.
#[test]
fn the_help_scrolled_to_its_end_lists_every_context_and_key_in_both_languages() {
    use toli::app::keymap::{Ctx, hints_shown};
    use toli::app::state::Overlay;
    for lang in Lang::ALL {
        let mut a = app(lang, 160, 40);
        keys(&mut a, &[Action::Help, Action::Top]);
        let mut rows: Vec<String> = Vec::new();
        let mut last = None;
        loop {
            let scroll = match &a.overlay {
                Some(Overlay::Help { scroll, .. }) => *scroll,
                other => panic!("help is not open: {other:?}"),
            };
            if last == Some(scroll) {
                break;
            }
            last = Some(scroll);
            rows.extend(text(&screen(&a)).lines().map(str::to_string));
            keys(&mut a, &[Action::PageDown]);
        }
        let mut missing = Vec::new();
        for ctx in Ctx::ALL {
            let heading = a.t(ctx.title_id());
            if !rows.iter().any(|r| r.contains(&format!("│{heading} "))) {
                missing.push(format!("heading {heading}"));
            }
            for (key, hint) in hints_shown(ctx, lang) {
                let hint = a.t(hint);
                if !rows.iter().any(|r| r.contains(&key) && r.contains(&hint)) {
                    missing.push(format!("{}: {key}  {hint}", a.t(ctx.title_id())));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{lang:?}: the help does not show\n{}",
            missing.join("\n")
        );
    }
}

#[test]
fn projector_theme_styles() {
    let mut a = app(Lang::En, 80, 24);
    keys(&mut a, &[Action::CycleTheme, Action::CycleTheme]);
    assert_eq!(a.settings.theme, ThemeName::Projector);
    keys(
        &mut a,
        &[Action::FocusRight, Action::Open, Action::NextLink],
    );
    insta::assert_debug_snapshot!("projector_80x24_buffer", screen(&a).backend().buffer());
}

#[test]
fn no_color_draws_without_colours() {
    let mut a = app(Lang::En, 80, 24);
    a.settings.no_color = true;
    keys(
        &mut a,
        &[Action::FocusRight, Action::Open, Action::NextLink],
    );
    let t = screen(&a);
    for c in t.backend().buffer().content() {
        assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
    }
}

#[test]
fn stage_shows_its_model_as_a_stepper_and_both_languages_side_by_side() {
    let mut a = app(Lang::En, 120, 30);
    open(&mut a, "stage-growth");
    let s = text(&screen(&a));
    assert!(s.contains("○ 1. Emergence → ● 2. Growth → ○ 3."), "{s}");
    update(&mut a, Action::ToggleBoth);
    insta::assert_snapshot!("stage_both_120x30", screen(&a).backend());
}

#[test]
fn a_case_shows_its_values_and_locators_in_mongolian() {
    // Wide enough that the facts line («… Өмчлөл: нийтийн өмч», then «Салбар: МХХТ») does not wrap.
    let mut a = app(Lang::Mn, 140, 40);
    open(&mut a, "it-park");
    let s = text(&screen(&a));
    for shown in [
        "Төрөл: парк",
        "Улс: Монгол Улс",
        "Өмчлөл: нийтийн өмч",
        "Салбар: МХХТ",
        "12-р слайд",
    ] {
        assert!(s.contains(shown), "{shown} in\n{s}");
    }
    for code in [": MN", ": park", ": public", ": ict", "slide 12"] {
        assert!(!s.contains(code), "{code} in\n{s}");
    }
    update(&mut a, Action::ToggleLang);
    let s = text(&screen(&a));
    assert!(
        s.contains("Country: Mongolia") && s.contains("slide 12"),
        "{s}"
    );
}

#[test]
fn backlinks_panel_per_kind() {
    let mut a = app(Lang::En, 120, 40);
    open(&mut a, "action-1");
    let s = text(&screen(&a));
    assert!(
        s.contains("Addresses") && s.contains("Weak cooperation"),
        "{s}"
    );
    open(&mut a, "src-fixture-deck");
    update(&mut a, Action::Bottom);
    let s = text(&screen(&a));
    assert!(s.contains("Cited by"), "{s}");
    // A definition's backlinks are headed as `toli show` heads them.
    open(&mut a, "cluster-initiative");
    let s = text(&screen(&a));
    assert!(s.contains("Linked from (") && !s.contains("Used by"), "{s}");
    update(&mut a, Action::ToggleLang);
    let s = text(&screen(&a));
    assert!(
        s.contains("Энд холбосон бичлэгүүд (") && !s.contains("Ашигласан"),
        "{s}"
    );
}

#[test]
fn language_switch_keeps_selection_and_scroll() {
    let mut a = app(Lang::En, 100, 30);
    open(&mut a, "cluster");
    keys(&mut a, &[Action::Down, Action::Down, Action::Down]);
    let (entry, scroll) = (a.current(), a.reading.scroll);
    update(&mut a, Action::ToggleLang);
    assert_eq!((a.current(), a.reading.scroll), (entry, scroll));
    assert!(text(&screen(&a)).contains("Кластер"));
}

#[test]
fn find_bar_moves_between_matches() {
    let mut a = app(Lang::En, 100, 30);
    open(&mut a, "cluster");
    update(&mut a, Action::OpenFind);
    for c in "cluster".chars() {
        update(&mut a, Action::Input(c));
    }
    update(&mut a, Action::Open);
    let first = a.reading.find.clone().expect("find");
    assert!(!first.editing);
    update(&mut a, Action::FindNext);
    assert_eq!(a.reading.find.as_ref().map(|f| f.current), Some(1));
    update(&mut a, Action::FindPrev);
    assert_eq!(a.reading.find.as_ref().map(|f| f.current), Some(0));
    assert!(text(&screen(&a)).contains("1/"));
}

#[test]
fn resizing_keeps_the_place() {
    let mut a = app(Lang::En, 120, 40);
    open(&mut a, "cluster");
    keys(&mut a, &[const { Action::Down }; 6]);
    let entry = a.current();
    update(
        &mut a,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    assert_eq!(a.current(), entry);
    assert!(a.reading.scroll > 0);
    update(
        &mut a,
        Action::Resize {
            width: 10,
            height: 3,
        },
    );
    update(
        &mut a,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    assert_eq!(a.current(), entry);
}

#[test]
fn every_tiny_size_draws_every_view_without_panic() {
    type View = Box<dyn Fn(&mut App)>;
    let mut views: Vec<View> = vec![
        Box::new(|_| {}),
        Box::new(|a| keys(a, &[Action::FocusRight])),
        Box::new(|a| open(a, "cluster")),
        Box::new(|a| {
            open(a, "cluster");
            keys(
                a,
                &[Action::ToggleBoth, Action::OpenFind, Action::Input('c')],
            );
        }),
        Box::new(|a| keys(a, &[Action::OpenSearch, Action::Input('c')])),
        Box::new(|a| keys(a, &[Action::Help])),
        Box::new(|a| {
            open(a, "stage-growth");
            keys(
                a,
                &[Action::CycleTheme, Action::CycleTheme, Action::ToggleBoth],
            );
        }),
        Box::new(|a| {
            open(a, "src-fixture-deck");
            keys(a, &[Action::CycleTheme, Action::Bottom]);
        }),
        Box::new(|a| open(a, "action-1")),
        Box::new(|a| keys(a, &[Action::OpenMatrix, Action::Down, Action::FocusRight])),
        Box::new(|a| keys(a, &[Action::OpenFacets, Action::Down, Action::Toggle])),
        Box::new(|a| {
            open(a, "cluster");
            keys(a, &[Action::ToggleBookmark, Action::OpenBookmarks]);
        }),
        Box::new(|a| {
            a.study.editor = None;
            open(a, "cluster");
            keys(a, &[Action::EditNote, Action::Input('ө'), Action::NewLine]);
        }),
    ];
    // Every overlay, as opened by its keys (the views above also act inside some).
    for &kind in common::overlays::all() {
        views.push(Box::new(move |a| {
            common::overlays::open(a, kind);
        }));
    }
    for w in 0..=20u16 {
        for h in 0..=5u16 {
            for (n, view) in views.iter().enumerate() {
                let mut a = app(Lang::Mn, w, h);
                view(&mut a);
                let effects = common::effects(
                    &mut a,
                    &[
                        Action::NextLink,
                        Action::PageDown,
                        Action::Click {
                            col: w / 2,
                            row: h / 2,
                        },
                        Action::Wheel {
                            col: w / 2,
                            row: h / 2,
                            down: true,
                        },
                    ],
                );
                let _ = screen(&a);
                assert!(!effects.contains(&Effect::Quit), "view {n} at {w}×{h}");
            }
        }
    }
    let a = app(Lang::En, 19, 5);
    assert!(text(&screen(&a)).contains("Terminal"));
}

#[test]
fn clicking_a_search_result_opens_it() {
    let mut a = app(Lang::En, 100, 30);
    update(&mut a, Action::OpenSearch);
    for c in "growth".chars() {
        update(&mut a, Action::Input(c));
    }
    let s = text(&screen(&a));
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Stage") && l.contains("Growth"))
        .expect("the stage among the results");
    let chars: Vec<char> = line.chars().collect();
    let col = (0..chars.len())
        .find(|&i| chars[i..].starts_with(&['G', 'r', 'o', 'w']))
        .expect("title") as u16;
    // The snapshot lines are quoted: one leading '"'.
    update(
        &mut a,
        Action::Click {
            col: col - 1,
            row: row as u16,
        },
    );
    assert!(a.overlay.is_none());
    assert_eq!(a.current(), a.corpus.index_of("stage-growth"));
}

#[test]
fn projector_presents_the_entry_alone() {
    let mut a = app(Lang::En, 100, 30);
    a.settings.theme = ThemeName::Projector;
    open(&mut a, "cluster");
    let s = text(&screen(&a));
    assert!(!s.contains("Kinds"), "{s}");
    update(&mut a, Action::FocusLeft);
    assert!(text(&screen(&a)).contains("Kinds"));
}

/// A deterministic pseudo-random sequence (no seed to chase when it fails).
fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *state >> 33
}

#[test]
fn a_storm_of_resizes_never_panics_and_keeps_the_place() {
    // Zero, tiny, ordinary and very large sizes (TestBackend allocates every cell, so "huge" is
    // very wide or very tall rather than both at once).
    let extremes = [
        (0, 0),
        (0, 40),
        (120, 0),
        (1, 1),
        (2000, 3),
        (3, 2000),
        (1000, 400),
    ];
    let mut seed = 7u64;
    for start in ["cluster", "stage-growth", "src-fixture-deck"] {
        let mut a = app(Lang::En, 120, 40);
        open(&mut a, start);
        keys(&mut a, &[Action::PageDown, Action::NextLink]);
        let entry = a.current();
        for step in 0..80 {
            let (width, height) = match lcg(&mut seed) % 4 {
                0 => extremes[(lcg(&mut seed) % extremes.len() as u64) as usize],
                1 => ((lcg(&mut seed) % 300) as u16, (lcg(&mut seed) % 100) as u16),
                _ => ((lcg(&mut seed) % 25) as u16, (lcg(&mut seed) % 8) as u16),
            };
            update(&mut a, Action::Resize { width, height });
            if step % 5 == 0 {
                keys(
                    &mut a,
                    &[
                        Action::ToggleBoth,
                        Action::Wheel {
                            col: width / 2,
                            row: height / 2,
                            down: true,
                        },
                    ],
                );
            }
            let _ = screen(&a);
        }
        // Far beyond any terminal: the state copes even where no buffer could be drawn.
        update(
            &mut a,
            Action::Resize {
                width: u16::MAX,
                height: u16::MAX,
            },
        );
        update(
            &mut a,
            Action::Resize {
                width: 120,
                height: 40,
            },
        );
        let _ = screen(&a);
        assert_eq!(
            a.current(),
            entry,
            "the entry survives the storm from {start}"
        );
    }
}

/// Back returns to every entry read, in order: an entry opened from the list after one opened
/// by search does not take its place (Кластер, then `h`, `j`, Enter on the next
/// definition, then Backspace went to the start entry). Rows passed over in the list are only
/// previews and are skipped.
#[test]
fn back_returns_to_every_entry_read_in_order() {
    let mut a = app(Lang::Mn, 80, 24);
    open(&mut a, "stage-growth");
    let start = a.current();
    open(&mut a, "cluster");
    let cluster = a.current();
    assert_ne!(cluster, start);
    update(&mut a, Action::FocusLeft);
    update(&mut a, Action::Down);
    update(&mut a, Action::Down);
    update(&mut a, Action::Up);
    let next = a.current();
    assert_ne!(next, cluster);
    update(&mut a, Action::Open);
    assert_eq!(a.current(), next);
    update(&mut a, Action::Back);
    assert_eq!(a.current(), cluster, "back to the entry read before");
    update(&mut a, Action::Back);
    assert_eq!(a.current(), start, "then to the one before it");
    update(&mut a, Action::Forward);
    update(&mut a, Action::Forward);
    assert_eq!(a.current(), next, "and forward again");
    // Back in the list, and Enter on the same entry: nothing new to remember.
    update(&mut a, Action::FocusLeft);
    update(&mut a, Action::Open);
    update(&mut a, Action::Back);
    assert_eq!(a.current(), cluster);
}

/// Ctrl-F takes Latin letters and finds the Cyrillic spelled that way, as search does
/// (`chatsargan` found nothing where `чацарган` found five).
#[test]
fn find_in_the_entry_takes_latin_letters_for_cyrillic() {
    let mut a = app(Lang::Mn, 80, 24);
    open(&mut a, "cluster");
    update(&mut a, Action::OpenFind);
    for c in "klaster".chars() {
        update(&mut a, Action::Input(c));
    }
    let shown = text(&screen(&a));
    assert!(shown.contains("klaster"), "{shown}");
    assert!(shown.contains("1/"), "a match is counted:\n{shown}");
    let (doc, _) = toli::app::update::current_doc(&a).expect("drawn");
    let matches = toli::app::update::find_matches(&doc, "klaster");
    assert!(!matches.is_empty());
}
