//! Issue 19 on ratatui's TestBackend: the status line's essentials at 80 columns, help paging,
//! facets that never strand the list, matrix jumps and return, theme notices, presenting cues and
//! the citation notice.

use crate::common;

use std::path::PathBuf;

use toli::app::state::Pane;
use toli::app::{Action, App, update};
use toli::lang::Lang;

use crossterm::event::KeyCode;
use ratatui::style::Modifier;
use toli::ui::theme::ThemeName;

use common::{copied, keys, loaded, press, screen, sized};

/// The fixture tour presented at `w`×`h`.
fn presenting(lang: Lang, w: u16, h: u16) -> App {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let corpus = loaded(vec![root.join("content"), root.join("present")]);
    common::presenting(corpus, "tour-fixture", lang, w, h)
}

fn text(a: &App) -> String {
    screen(a).backend().to_string()
}

fn app(lang: Lang, w: u16, h: u16) -> App {
    sized(loaded(vec![fixture()]), lang, w, h)
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

/// The last line of the drawn screen.
/// The status line's text: its rows (two for a long notice) joined.
fn status(a: &App) -> String {
    let t = screen(a);
    let buf = t.backend().buffer();
    let rows = toli::ui::status::rows(a, buf.area.width);
    (buf.area.height - rows..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn status_line_at_80_columns_always_names_search_help_and_language() {
    for lang in [Lang::En, Lang::Mn] {
        let mut a = app(lang, 80, 24);
        for pane in [Pane::Kinds, Pane::List, Pane::Entry] {
            keys(&mut a, &[Action::FocusRight, Action::Open]);
            a.nav.focus = pane;
            let s = status(&a);
            for key in ["/ ", "? ", "L "] {
                assert!(s.contains(key), "{lang:?} {pane:?}: {s}");
            }
            let first = toli::app::keymap::hints(match pane {
                Pane::Kinds => toli::app::keymap::Ctx::Kinds,
                Pane::List => toli::app::keymap::Ctx::List,
                Pane::Entry => toli::app::keymap::Ctx::Entry,
            })[0]
                .0
                .clone();
            assert!(
                s.trim_start().starts_with(&first),
                "the pane's first key leads: {s}"
            );
        }
        update(&mut a, Action::ToggleLang);
    }
}

#[test]
fn t_announces_the_theme_by_name_in_the_panes_and_when_presenting() {
    let mut a = app(Lang::En, 80, 24);
    press(&mut a, KeyCode::Char('T'));
    assert_eq!(a.settings.theme, ThemeName::Light);
    assert!(status(&a).contains("Theme: light"), "{}", status(&a));
    let mut m = app(Lang::Mn, 80, 24);
    press(&mut m, KeyCode::Char('T'));
    assert!(status(&m).contains("Өнгөний загвар:"), "{}", status(&m));
    let mut p = presenting(Lang::En, 80, 24);
    press(&mut p, KeyCode::Char('T'));
    assert!(text(&p).contains("Theme: dark"), "{}", text(&p));
    press(&mut p, KeyCode::Char(' '));
    assert!(
        !text(&p).contains("Theme:"),
        "the notice goes with the next step"
    );
}

#[test]
fn both_languages_label_names_the_left_column_first() {
    let mut a = app(Lang::Mn, 120, 30);
    press(&mut a, KeyCode::Char('B'));
    assert!(status(&a).contains("MN|EN"), "{}", status(&a));
    press(&mut a, KeyCode::Char('L'));
    assert!(status(&a).contains("EN|MN"), "{}", status(&a));
}

#[test]
fn a_long_step_says_more_below_until_scrolled_to_its_end() {
    let mut a = presenting(Lang::En, 60, 14);
    let mut seen = false;
    for _ in 0..8 {
        if text(&a).contains('▼') {
            seen = true;
            break;
        }
        press(&mut a, KeyCode::Char(' '));
    }
    assert!(seen, "some fixture step is longer than 14 rows");
    let at = a.present.as_ref().map(|d| d.step);
    // `j` scrolls to the step's end (one more would go on to the next step).
    for _ in 0..200 {
        if !text(&a).contains('▼') {
            break;
        }
        press(&mut a, KeyCode::Char('j'));
    }
    assert_eq!(a.present.as_ref().map(|d| d.step), at, "the same step");
    assert!(!text(&a).contains('▼'), "{}", text(&a));
    assert!(
        text(&a).contains('▲'),
        "the mark above instead: {}",
        text(&a)
    );
}

#[test]
fn projector_summaries_are_not_italic() {
    let a = presenting(Lang::En, 80, 24);
    assert_eq!(a.settings.theme, ThemeName::Projector);
    let d = a.present.as_ref().expect("presenting");
    let e = a.corpus.entry(d.entry().expect("an entry step"));
    let start: String = e.summary.show(Lang::En).chars().take(12).collect();
    let t = screen(&a);
    let buf = t.backend().buffer();
    let w = buf.area.width;
    let row = (0..buf.area.height)
        .find(|y| {
            let line: String = (0..w).map(|x| buf[(x, *y)].symbol().to_string()).collect();
            line.contains(&start)
        })
        .expect("the summary is on screen");
    assert!(
        (0..w).all(|x| !buf[(x, row)].modifier.contains(Modifier::ITALIC)),
        "no italics for the summary in the projector theme"
    );
}

/// `y` puts the reader's language first on the clipboard, in the order the window shows the
/// citation: a Mongolian reader pastes the Mongolian citation first.
#[test]
fn y_copies_the_readers_language_first_as_the_window_shows_it() {
    for (lang, first) in [(Lang::Mn, "Өсөлт — "), (Lang::En, "Growth — ")] {
        let mut a = app(lang, 120, 30);
        common::open(&mut a, "stage-growth");
        let effects = press(&mut a, KeyCode::Char('y'));
        let sent = copied(&effects).expect("queued for OSC 52");
        assert!(sent.starts_with(first), "{lang:?}: {sent}");
        let shown = text(&a);
        let at = |line: &str| {
            let start: String = line.chars().take(12).collect();
            shown.find(&start).unwrap_or(usize::MAX)
        };
        let lines: Vec<&str> = sent.lines().collect();
        assert!(at(lines[0]) < at(lines[1]), "{lang:?}:\n{shown}");
    }
}

/// After `y` the status line says in plain words what happened and what to do if nothing pastes.
#[test]
fn y_says_in_plain_mongolian_where_the_citation_went() {
    let mut a = app(Lang::Mn, 120, 30);
    common::open(&mut a, "stage-growth");
    press(&mut a, KeyCode::Char('y'));
    let s = status(&a).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(s.contains("ишлэлийг түр санах ой руу илгээлээ"), "{s}");
    assert!(s.contains("буулгахад гарахгүй бол"), "{s}");
    assert!(!s.contains("OSC") && !s.contains("set-clipboard"), "{s}");
}

#[test]
fn y_sends_the_citation_and_shows_it_whole_to_select() {
    let mut a = app(Lang::En, 80, 24);
    common::open(&mut a, "stage-growth");
    let effects = press(&mut a, KeyCode::Char('y'));
    let s = status(&a);
    assert!(s.contains("citation sent to the clipboard"), "{s}");
    assert!(!s.contains("copied"), "{s}");
    // Plain words, no protocol name or terminal setting.
    assert!(!s.contains("OSC") && !s.contains("set-clipboard"), "{s}");
    let sent = copied(&effects).expect("queued for OSC 52");
    assert!(
        toli::app::cite::osc52(&sent).starts_with("\x1b]52;c;"),
        "crossterm writes OSC 52 for the clipboard selection"
    );
    // The window shows the citation whole (both languages), wrapped, with what to do.
    let screen = text(&a).split_whitespace().collect::<Vec<_>>().join(" ");
    for line in sent.lines() {
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        let start: String = words.chars().take(40).collect();
        assert!(
            screen.contains(&start),
            "{start:?} not on screen:\n{}",
            text(&a)
        );
    }
    assert!(screen.contains("M frees the mouse"), "{}", text(&a));
    press(&mut a, KeyCode::Esc);
    assert!(a.overlay.is_none(), "Esc closes the citation window");
    press(&mut a, KeyCode::Char('M'));
    assert!(!a.settings.mouse);
    press(&mut a, KeyCode::Char('y'));
    let screen = text(&a).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        screen.contains("select the text above with the mouse"),
        "{}",
        text(&a)
    );
    press(&mut a, KeyCode::Char('y'));
    assert!(a.overlay.is_none(), "y again closes it");
}

/// The citation window scrolls where the screen is too small for it (j/k, arrows, PgDn/PgUp,
/// Space, g/G, Home/End), marks that there is more on its border, and keeps the hint on what to
/// do in view; `M` (or the Cyrillic `Т` in its place) frees the mouse there as the
/// hint says, and the status line says so (M1).
#[test]
fn the_citation_window_scrolls_keeps_its_hint_and_m_frees_the_mouse() {
    use toli::app::state::Overlay;
    let scroll = |a: &App| match &a.overlay {
        Some(Overlay::Citation { scroll, .. }) => *scroll,
        _ => usize::MAX,
    };
    for (lang, hint, more, freed) in [
        (Lang::En, "Esc closes.", "↓ more", "Mouse free"),
        (Lang::Mn, "Esc: хаах.", "↓ үргэлжлэл", "Хулгана чөлөөтэй"),
    ] {
        let mut a = app(lang, 44, 12);
        common::open(&mut a, "stage-growth");
        press(&mut a, KeyCode::Char('y'));
        let first = text(&a);
        assert!(first.contains(hint), "the hint shows:\n{first}");
        assert!(first.contains(more), "a mark says there is more:\n{first}");
        press(&mut a, KeyCode::Char('j'));
        assert_eq!(scroll(&a), 1);
        press(&mut a, KeyCode::Down);
        press(&mut a, KeyCode::Char('k'));
        press(&mut a, KeyCode::Up);
        assert_eq!(scroll(&a), 0);
        for end in [KeyCode::Char('G'), KeyCode::End] {
            press(&mut a, end);
            let bottom = scroll(&a);
            assert!(bottom > 0, "the citation is longer than the window");
            let t = text(&a);
            assert!(t.contains(hint) && !t.contains(more), "{t}");
            assert!(
                t.contains("↑ k, PgUp"),
                "a mark says there is more above:\n{t}"
            );
            press(&mut a, KeyCode::Char('j'));
            assert_eq!(scroll(&a), bottom, "no further than the end");
            press(&mut a, KeyCode::PageUp);
            assert!(scroll(&a) < bottom);
            press(&mut a, KeyCode::Char('g'));
            assert_eq!(scroll(&a), 0);
            press(&mut a, KeyCode::PageDown);
            assert!(
                scroll(&a) > 1,
                "a page, not a line: {} of {bottom}",
                scroll(&a)
            );
            press(&mut a, KeyCode::Home);
            press(&mut a, KeyCode::Char(' '));
            assert!(scroll(&a) > 1, "Space pages too");
            press(&mut a, KeyCode::Home);
        }
        // The end of the citation (the second language's sources) can be read.
        press(&mut a, KeyCode::End);
        let sent = match &a.overlay {
            Some(Overlay::Citation { text, .. }) => text.clone(),
            _ => panic!("the window is open"),
        };
        let last_line = sent.lines().last().unwrap_or_default().to_string();
        let last_word = last_line.split_whitespace().last().unwrap_or_default();
        assert!(text(&a).contains(last_word), "{last_word}:\n{}", text(&a));
        // M frees the mouse in the window, and says so; the Cyrillic key in its place too.
        let effects = press(&mut a, KeyCode::Char('M'));
        assert_eq!(effects, vec![toli::app::Effect::CaptureMouse(false)]);
        assert!(!a.settings.mouse && a.overlay.is_some());
        assert!(status(&a).contains(freed), "{}", status(&a));
        let effects = press(&mut a, KeyCode::Char('Т'));
        assert_eq!(effects, vec![toli::app::Effect::CaptureMouse(true)]);
        assert!(a.settings.mouse && a.overlay.is_some());
    }
}

/// In an overlay, where a Cyrillic letter acts as the Latin key in its place, a Mongolian
/// reader's hints name both (`u/г`), at 80 columns, and so does the undo message and the help;
/// English hints and the panes' hints name the Latin key alone.
#[test]
fn overlay_hints_name_the_cyrillic_key_beside_the_latin_one() {
    let mut a = app(Lang::Mn, 80, 24);
    common::open(&mut a, "stage-growth");
    let panes = status(&a);
    assert!(
        !panes.contains("j/р"),
        "the panes search on Cyrillic: {panes}"
    );
    press(&mut a, KeyCode::Char('m'));
    press(&mut a, KeyCode::Char('b'));
    let s = status(&a);
    for both in ["d/б хасах", "u/г сэргээх"] {
        assert!(s.contains(both), "{both}: {s}");
    }
    // The Cyrillic key removes, as the hint says, and the message names it to put it back.
    press(&mut a, KeyCode::Char('б'));
    assert!(a.study.bookmarks.items.is_empty(), "б removed the bookmark");
    assert!(
        status(&a).contains("u/г товчоор сэргээнэ"),
        "{}",
        status(&a)
    );
    press(&mut a, KeyCode::Char('г'));
    assert_eq!(a.study.bookmarks.items.len(), 1, "г put it back");
    press(&mut a, KeyCode::Esc);
    // The help lists an overlay's keys with both letters, the panes' with the Latin one.
    let th = toli::ui::theme::theme(a.settings.theme, false);
    let help: Vec<String> = toli::ui::help::lines(&a, &th)
        .iter()
        .map(|l| l.to_string())
        .collect();
    assert!(help.iter().any(|l| l.contains("u/г")), "{help:#?}");
    assert!(
        help.iter().any(|l| l.trim_start().starts_with("j,↓")),
        "{help:#?}"
    );
    // English: the Latin key alone.
    let mut a = app(Lang::En, 80, 24);
    common::open(&mut a, "stage-growth");
    press(&mut a, KeyCode::Char('m'));
    press(&mut a, KeyCode::Char('b'));
    let s = status(&a);
    assert!(s.contains("u put back") && !s.contains("u/"), "{s}");
}

#[test]
fn help_pages_with_pgdn_space_g_and_opens_at_the_focused_pane() {
    let mut a = app(Lang::En, 80, 24);
    common::open(&mut a, "stage-growth");
    assert_eq!(a.nav.focus, Pane::Entry);
    press(&mut a, KeyCode::Char('?'));
    let t = text(&a);
    let heading = a.t("help-ctx-entry");
    // Below the box's border, the three pinned lines on typing and a blank one.
    let first_row = t.lines().nth(6).unwrap_or_default().to_string();
    assert!(
        first_row.contains(&heading),
        "opens at the entry keys:\n{t}"
    );
    let scroll = |a: &App| match &a.overlay {
        Some(toli::app::state::Overlay::Help { scroll, .. }) => *scroll,
        _ => usize::MAX,
    };
    let start = scroll(&a);
    press(&mut a, KeyCode::PageDown);
    let paged = scroll(&a);
    assert!(paged >= start + 10, "a page, not a line: {start} → {paged}");
    press(&mut a, KeyCode::Char(' '));
    assert!(scroll(&a) > paged);
    press(&mut a, KeyCode::Char('g'));
    assert_eq!(scroll(&a), 0);
    press(&mut a, KeyCode::Char('G'));
    let end = scroll(&a);
    assert_eq!(end, toli::ui::help::max_scroll(&a));
    press(&mut a, KeyCode::PageUp);
    assert!(scroll(&a) < end, "PgUp right after G moves");
    let drawn = toli::ui::help::lines(&a, &toli::ui::theme::theme(a.settings.theme, false)).len();
    assert_eq!(drawn, toli::ui::help::total_lines(&a));
}

#[test]
fn matrix_n_jumps_to_a_mark_and_backspace_returns_from_the_action() {
    let mut a = app(Lang::En, 80, 24);
    press(&mut a, KeyCode::Char('X'));
    let focus = |a: &App| match &a.overlay {
        Some(toli::app::state::Overlay::Matrix(v)) => Some((v.row, v.col)),
        _ => None,
    };
    press(&mut a, KeyCode::Char('n'));
    let at = focus(&a).expect("matrix shown");
    let v = match &a.overlay {
        Some(toli::app::state::Overlay::Matrix(v)) => v.clone(),
        _ => unreachable!(),
    };
    assert!(v.matrix.marks[at.0][at.1].is_some(), "n lands on a mark");
    press(&mut a, KeyCode::Char('a'));
    assert!(a.overlay.is_none());
    assert_eq!(a.current(), v.action());
    press(&mut a, KeyCode::Backspace);
    assert_eq!(
        focus(&a),
        Some(at),
        "Backspace returns to the matrix where it was"
    );
}

#[test]
fn matrix_details_wrap_at_80_columns() {
    for lang in [Lang::En, Lang::Mn] {
        let mut a = app(lang, 80, 24);
        press(&mut a, KeyCode::Char('X'));
        let t = text(&a);
        insta::assert_snapshot!(format!("matrix_details_{}_80x24", lang.code()), t);
    }
}

/// The fixture with the study additions (findings, countries).
fn study(lang: Lang, w: u16, h: u16) -> App {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    sized(
        loaded(vec![root.join("content"), root.join("study")]),
        lang,
        w,
        h,
    )
}

#[test]
fn choosing_a_country_never_leaves_the_list_empty() {
    use toli::app::facet_panel::values;
    use toli::app::facets::Facet;
    use toli::corpus::model::Kind;
    let mut a = study(Lang::En, 80, 24);
    a.nav.kind = Kind::ALL
        .iter()
        .position(|k| *k == Kind::Finding)
        .expect("findings");
    press(&mut a, KeyCode::Char('f'));
    let vals = values(&a);
    let countries: Vec<usize> = (0..vals.len())
        .filter(|i| vals[*i].0 == Facet::Country)
        .collect();
    assert!(!countries.is_empty(), "the fixture has countries");
    for i in countries {
        press(&mut a, KeyCode::Char('c'));
        if let Some(toli::app::state::Overlay::Facets { selected }) = &mut a.overlay {
            *selected = i;
        }
        press(&mut a, KeyCode::Enter);
        let shown = &a.nav.lists[a.nav.kind];
        let any = a.nav.lists.iter().any(|l| !l.is_empty());
        assert_eq!(!shown.is_empty(), any, "a kind with entries is shown");
        if !shown.is_empty() {
            assert!(a.current().is_some(), "something is selected");
        }
    }
}

#[test]
fn filters_that_match_nothing_say_so_and_c_clears() {
    use toli::app::facets::Facet;
    let mut a = study(Lang::Mn, 80, 24);
    press(&mut a, KeyCode::Char('f'));
    a.nav.filters.toggle(Facet::Year, "1066");
    toli::app::facet_panel::apply_filters(&mut a);
    toli::app::facet_panel::follow_filters(&mut a);
    assert!(a.nav.lists.iter().all(Vec::is_empty));
    assert!(status(&a).contains("c/ё товчоор"), "{}", status(&a));
    press(&mut a, KeyCode::Char('c'));
    assert!(a.nav.lists.iter().any(|l| !l.is_empty()));
}

#[test]
fn the_citation_window_at_80x24() {
    let mut a = app(Lang::Mn, 80, 24);
    common::open(&mut a, "stage-growth");
    press(&mut a, KeyCode::Char('y'));
    insta::assert_snapshot!(text(&a));
}

/// `L` and `T` work over every overlay that is not a text input, as the key table's
/// "Everywhere" promises: a trainer with the matrix on the projector switches language live.
#[test]
fn language_and_theme_switch_over_every_overlay() {
    for &kind in common::overlays::all() {
        let mut a = app(Lang::En, 100, 30);
        assert_eq!(
            common::overlays::open(&mut a, kind),
            Some(kind),
            "{kind:?} opens"
        );
        let english = text(&a);
        let theme = a.settings.theme;
        press(&mut a, KeyCode::Char('L'));
        assert!(a.overlay.is_some(), "L keeps the overlay {kind:?} open");
        if common::overlays::takes_text(kind) {
            // L is a letter there: typed, not a language switch.
            assert_eq!(a.settings.lang, Lang::En, "L typed in {kind:?}");
            continue;
        }
        assert_eq!(a.settings.lang, Lang::Mn, "L over {kind:?}");
        assert_ne!(
            text(&a),
            english,
            "the overlay {kind:?} is redrawn in Mongolian"
        );
        press(&mut a, KeyCode::Char('T'));
        assert_ne!(a.settings.theme, theme, "T over {kind:?}");
        assert!(a.overlay.is_some(), "T keeps the overlay {kind:?} open");
    }
}

/// A key added at the end of a context's list in the key table reaches the status line when
/// there is room for it: a hint that does not fit is passed over and the shorter ones after it
/// are still tried. So at every width, in every pane and overlay and both languages, each hint
/// the status line leaves out is wider than the blank it leaves.
#[test]
fn the_status_line_leaves_out_only_hints_too_wide_for_its_blank() {
    use toli::app::keymap::{Ctx, active, hints_shown};
    use toli::markdown::wrap::str_width;
    type Setup = Box<dyn Fn(&mut App)>;
    let mut setups: Vec<(String, Setup)> = vec![
        ("kinds".into(), Box::new(|_| {})),
        (
            "list".into(),
            Box::new(|a| {
                press(a, KeyCode::Char('l'));
            }),
        ),
        ("entry".into(), Box::new(|a| common::open(a, "cluster"))),
    ];
    for &kind in common::overlays::all() {
        setups.push((
            format!("{kind:?}"),
            Box::new(move |a| {
                common::overlays::open(a, kind);
            }),
        ));
    }
    // Shown with their first key only, or in a shorter form, where room is short.
    let always = ["hint-search", "hint-help", "hint-lang", "hint-back"];
    let mut seen = Vec::new();
    for lang in Lang::ALL {
        for (name, setup) in &setups {
            for width in (60..=200).step_by(3) {
                let mut a = app(lang, width, 30);
                setup(&mut a);
                // The hints, not the notice an action left (the citation's).
                a.status.notice = None;
                let line = status(&a);
                let right = format!(" {} · ", lang.code().to_uppercase());
                let left = &line[..line.rfind(&right).expect("the right end")];
                // A group ends in two spaces; the rest is blank.
                let blank = (left.len() - left.trim_end().len()).saturating_sub(2);
                for ctx in active(&a) {
                    seen.push(ctx);
                    // A Mongolian reader's overlay hints name the Cyrillic key too (`g/а`),
                    // or only the first key where they do not all fit so.
                    for (keys, hint) in hints_shown(ctx, lang) {
                        let shown = format!("{keys} {}", a.t(hint));
                        let first = keys.split(',').next().unwrap_or(&keys);
                        let first_only = format!("{first} {}", a.t(hint));
                        if always.contains(&hint)
                            || left.contains(&shown)
                            || left.contains(&format!("{first_only}  "))
                        {
                            continue;
                        }
                        assert!(
                            str_width(&shown) + 2 > blank,
                            "{name} ({ctx:?}, {lang:?}, {width} columns): `{shown}` fits in \
                             the blank of {blank} but is left out:\n{line}"
                        );
                    }
                }
            }
        }
    }
    for pane in [Ctx::Kinds, Ctx::List, Ctx::Entry] {
        assert!(seen.contains(&pane), "{pane:?} is checked");
    }
}

/// The panes' status bar says that `/` searches in Latin letters too, and `?` says what typing
/// letters in the panes does (Cyrillic searches at once, Latin letters are
/// commands), at 80×24 in both languages.
#[test]
fn the_status_bar_and_help_say_how_to_search_in_latin_letters() {
    for (lang, latin, cyrillic) in [
        (Lang::Mn, "/ хайх (латинаар ч)", "кирилл үсгээр бичихэд"),
        (
            Lang::En,
            "/ search (Latin too)",
            "Cyrillic letters start a search",
        ),
    ] {
        let mut a = app(lang, 80, 24);
        press(&mut a, KeyCode::Char('l'));
        let shown = screen(&a).backend().to_string();
        let status = shown.lines().last().unwrap_or_default().to_string();
        assert!(status.contains(latin), "{status}");
        press(&mut a, KeyCode::Char('?'));
        let shown = screen(&a).backend().to_string();
        assert!(shown.contains(cyrillic), "{shown}");
        assert!(shown.contains("/"), "{shown}");
    }
}

/// At 80 columns an overlay's status line names how to close it before how to quit the app
/// (the search overlay showed `Ctrl-C гарах` but not `Esc хаах`).
#[test]
fn overlays_at_80_columns_say_how_to_close_them_first() {
    for lang in [Lang::Mn, Lang::En] {
        for (open, close) in [
            (KeyCode::Char('/'), "Esc"),
            (KeyCode::Char('e'), "Esc"),
            (KeyCode::Char('b'), "Esc"),
            (KeyCode::Char('f'), "Esc"),
        ] {
            let mut a = app(lang, 80, 24);
            common::open(&mut a, "stage-growth");
            press(&mut a, open);
            let shown = screen(&a).backend().to_string();
            let status = shown.lines().last().unwrap_or_default().to_string();
            let closes = status.find(close);
            assert!(closes.is_some(), "{open:?} ({lang:?}): {status}");
            if let Some(quit) = status.find("Ctrl-C") {
                assert!(closes < Some(quit), "{open:?} ({lang:?}): {status}");
            }
        }
    }
}

/// A status message too long for one line at 80 columns goes on to a second, so its
/// instruction is read whole («…Esc дахин дарва…»), and the line goes back to one
/// row of hints after the next key.
#[test]
fn a_long_status_message_is_read_whole_at_80_columns() {
    for (lang, end) in [
        (
            Lang::Mn,
            "Ctrl-S одоо Esc дарвал хаяна, Ctrl-C хадгалаад гарна",
        ),
        (
            Lang::En,
            "Esc now discards the changes, Ctrl-C saves it and quits",
        ),
    ] {
        let mut a = app(lang, 80, 24);
        common::open(&mut a, "stage-growth");
        a.study.editor = None;
        press(&mut a, KeyCode::Char('e'));
        update(&mut a, Action::Input('x'));
        press(&mut a, KeyCode::Esc);
        let shown = text(&a);
        let bottom: Vec<&str> = shown.lines().rev().take(2).collect();
        let joined = format!("{} {}", bottom[1], bottom[0]);
        let last_words = end.split(' ').collect::<Vec<_>>();
        assert!(
            last_words.iter().all(|w| joined.contains(w))
                && bottom[0].contains(last_words[last_words.len() - 1]),
            "{lang:?}: the warning ends on the second row:\n{shown}"
        );
        press(&mut a, KeyCode::Esc);
        press(&mut a, KeyCode::Char('j'));
        let shown = text(&a);
        assert_eq!(toli::ui::status::rows(&a, 80), 1, "{shown}");
    }
}

/// Reading an entry reached by a link, the status line names the way back first, at 80
/// columns, in both languages; on the first entry read there is nowhere to go back to. Beside
/// the way back it still names Tab through the links (in fewer words where the room is short),
/// and search, help and language, in every theme, with one language or both side by side.
#[test]
fn the_entry_pane_names_the_way_back_once_there_is_one() {
    for (lang, back, tab) in [
        (Lang::En, "Bksp back", ["Tab next link", "Tab links"]),
        (
            Lang::Mn,
            "Bksp буцах",
            ["Tab дараагийн холбоос", "Tab холбоос"],
        ),
    ] {
        let mut a = app(lang, 80, 24);
        a.nav.focus = Pane::Entry;
        assert!(!status(&a).contains(back), "{}", status(&a));
        assert!(
            status(&a).trim_start().starts_with(tab[0]),
            "{}",
            status(&a)
        );
        let first = a.current().expect("an entry");
        let other = (0..a.corpus.len())
            .find(|&i| i != first)
            .expect("two entries");
        toli::app::update::navigate(&mut a, other);
        a.nav.focus = Pane::Entry;
        for both in [false, true] {
            if a.settings.both != both {
                press(&mut a, KeyCode::Char('B'));
            }
            for theme in [ThemeName::Dark, ThemeName::Light, ThemeName::Projector] {
                while a.settings.theme != theme {
                    press(&mut a, KeyCode::Char('T'));
                }
                press(&mut a, KeyCode::Char('j'));
                let s = status(&a);
                let case = format!("{theme:?}, both languages: {both}");
                assert!(s.trim_start().starts_with(back), "{case}: {s}");
                assert!(
                    tab.iter().any(|t| s.contains(&format!("{back}  {t}  "))),
                    "{case}: Tab's hint after the way back: {s}"
                );
                for key in ["/ ", "? ", "L "] {
                    assert!(s.contains(key), "{case}: {key} still named: {s}");
                }
            }
        }
    }
}

/// At 80 columns the entry fills the screen: Esc goes back to the list (a coach found only h
/// or ←), and with a chosen link it lets go of the link on the way — one Esc, as its hint
/// says; a reader who took the first Esc for "back" wrote the next notes into the entry's note.
#[test]
fn esc_leaves_the_entry_for_the_list() {
    let mut a = app(Lang::Mn, 80, 24);
    a.nav.focus = Pane::Entry;
    press(&mut a, KeyCode::Tab);
    assert!(a.reading.link.is_some(), "Tab chose a link");
    let first_row = |a: &App| text(a).lines().next().unwrap_or_default().to_string();
    let reading = first_row(&a);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.nav.focus, Pane::List, "one Esc leaves the entry");
    assert!(a.reading.link.is_none(), "and lets go of the link");
    assert_ne!(first_row(&a), reading);
    assert!(
        first_row(&a).contains("Тодорхойлолт (3)"),
        "the list is on screen:\n{}",
        text(&a)
    );
}

/// The stages list names each model above its stages (stages of ten models, each
/// numbered from 1, read as one list), and a click on that heading selects no entry.
#[test]
fn stages_are_listed_under_their_models_name() {
    let mut a = app(Lang::Mn, 100, 30);
    let stages = toli::corpus::model::Kind::ALL
        .iter()
        .position(|k| *k == toli::corpus::model::Kind::Stage)
        .expect("a stage kind");
    a.nav.show_kind(stages);
    let screen = text(&a);
    let lines: Vec<&str> = screen.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("1. Үүсэл"))
        .expect("the first stage listed");
    assert!(
        lines[first - 1].contains("Кластерийн хөгжлийн үе"),
        "the model's name above its stages:\n{screen}"
    );
    assert!(lines[first + 1].contains("2. Өсөлт"), "{screen}");
    // The heading's row: a click there leaves the selection where it was.
    press(&mut a, KeyCode::Char('j'));
    let selected = a.nav.selected[stages];
    let row = u16::try_from(first).expect("a row") - 1;
    update::update(&mut a, Action::Click { col: 25, row });
    assert_eq!(
        a.nav.selected[stages], selected,
        "a heading is not an entry"
    );
    // And a click on a stage's row selects that stage.
    update::update(
        &mut a,
        Action::Click {
            col: 25,
            row: row + 1,
        },
    );
    assert_eq!(
        a.nav.selected[stages], 0,
        "the first stage, under the heading"
    );
}

/// A status message said in one language does not stay on screen after `L` switches to the
/// other (the citation's Mongolian message beside «EN · dark»).
#[test]
fn a_message_goes_with_its_language() {
    let mut a = app(Lang::Mn, 80, 24);
    a.nav.focus = Pane::Entry;
    press(&mut a, KeyCode::Char('y'));
    press(&mut a, KeyCode::Esc);
    assert!(a.status.notice.is_some(), "the citation's message shows");
    press(&mut a, KeyCode::Char('L'));
    assert_eq!(a.settings.lang, Lang::En);
    assert_eq!(a.status.notice, None, "{}", status(&a));
}

/// The facets window's title reads whole at 80 columns once scrolled: the mark saying there is
/// more above goes to the bottom border when the title leaves it no room on the top one.
#[test]
fn the_facets_title_is_not_covered_by_the_more_above_mark() {
    let mut a = sized(common::shipped(), Lang::Mn, 80, 24);
    press(&mut a, KeyCode::Char('f'));
    for _ in 0..30 {
        press(&mut a, KeyCode::Char('j'));
    }
    let rows = common::rows(&a);
    let top = rows
        .iter()
        .find(|r| r.contains("Шүүлтүүр"))
        .expect("the title");
    assert!(!top.contains('↑'), "{top}");
    assert!(
        top.contains("харагдаж байна"),
        "the title reads whole: {top}"
    );
    let bottom = rows
        .iter()
        .rev()
        .find(|r| r.contains('╯'))
        .expect("the bottom");
    assert!(bottom.contains("↑ дээр нь бас бий"), "{bottom}");
    assert!(bottom.contains("↓ үргэлжлэл"), "{bottom}");
}

/// At 80 columns, in both languages, the status line over the bookmarks and the notes names
/// the help key and each list's own keys (remove, put back; edit the note) before the moves
/// every list has: a reader learns there what the list does.
#[test]
fn the_lists_name_their_own_keys_at_80_columns() {
    for lang in Lang::ALL {
        let mut a = app(lang, 80, 24);
        common::open(&mut a, "stage-growth");
        for (opens, own) in [
            (
                'b',
                ["hint-help", "hint-remove-bookmark", "hint-restore-bookmark"],
            ),
            ('E', ["hint-help", "hint-edit-note", "hint-open"]),
        ] {
            press(&mut a, KeyCode::Char(opens));
            let s = status(&a);
            for hint in own {
                assert!(s.contains(&a.t(hint)), "{lang:?} {opens}: no {hint}: {s}");
            }
            press(&mut a, KeyCode::Esc);
        }
    }
}

/// The list's moves to the top and the end (g, Home, G, End) work in the kinds pane and the
/// facet panel too: the walk's official typed `g j j f` in the kinds pane and got a search.
#[test]
fn top_and_end_keys_move_in_the_kinds_pane_and_the_facets() {
    let mut a = app(Lang::Mn, 80, 24);
    a.nav.focus = Pane::Kinds;
    let last_kind = toli::corpus::model::Kind::ALL.len() - 1;
    for (key, kind) in [
        (KeyCode::Char('G'), last_kind),
        (KeyCode::Char('g'), 0),
        (KeyCode::End, last_kind),
        (KeyCode::Home, 0),
    ] {
        press(&mut a, key);
        assert_eq!(a.nav.kind, kind, "{key:?}");
        assert!(a.overlay.is_none(), "{key:?} starts no search");
    }
    press(&mut a, KeyCode::Char('f'));
    let selected = |a: &App| match &a.overlay {
        Some(toli::app::state::Overlay::Facets { selected }) => *selected,
        other => panic!("the facets: {other:?}"),
    };
    press(&mut a, KeyCode::Char('G'));
    let last = selected(&a);
    assert!(last > 0, "G goes to the last value");
    press(&mut a, KeyCode::Char('g'));
    assert_eq!(selected(&a), 0);
    press(&mut a, KeyCode::End);
    assert_eq!(selected(&a), last);
    press(&mut a, KeyCode::Home);
    assert_eq!(selected(&a), 0);
}
