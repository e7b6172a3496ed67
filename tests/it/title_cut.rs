//! Titles cut to fit a column stay distinct (the whole app on ratatui's TestBackend, the shipped
//! corpus in Mongolian): in the Figures list at 80×24, and in the search overlay's results at
//! 80×24 and 120×40, two titles that a cut at the end would show alike keep their start and show
//! where they differ; at 120 columns the results take the larger share of the overlay, so half
//! the Mongolian titles show whole beside a preview that still reads; bookmarks and the entry
//! view's link column (wide screens) do the same.

use crate::common;

use toli::app::state::Overlay;
use toli::app::{Action, App, update};
use toli::corpus::load::{Sources, load};
use toli::corpus::model::Kind;
use toli::lang::Lang;

use common::{screen, sized};

fn shipped(w: u16, h: u16) -> App {
    sized(load(&Sources::builtin()).corpus, Lang::Mn, w, h)
}

fn search(a: &mut App, query: &str) {
    update(a, Action::OpenSearch);
    for c in query.chars() {
        update(a, Action::Input(c));
    }
}

/// The screen's rows that show a title beginning with `start`.
fn rows_with(a: &App, start: &str) -> Vec<String> {
    let text = screen(a).backend().to_string();
    text.lines()
        .filter(|l| l.contains(start))
        .map(str::to_string)
        .collect()
}

/// The two rows showing `start`: both there, both cut, and not alike.
fn assert_told_apart(a: &App, start: &str) {
    let rows = rows_with(a, start);
    assert_eq!(rows.len(), 2, "{start}: {rows:#?}");
    assert_ne!(rows[0], rows[1], "{rows:#?}");
    assert!(rows.iter().all(|r| r.contains('…')), "{rows:#?}");
}

/// The entry list pane's rows (between the second and third frame of the screen).
fn list_rows(a: &App) -> Vec<String> {
    let text = screen(a).backend().to_string();
    (text.lines().skip(1))
        .filter_map(|l| l.split('│').nth(3))
        .map(|cell| cell.trim_end().to_string())
        .filter(|cell| !cell.is_empty())
        .collect()
}

/// Shows kind `kind`'s list.
fn show_kind(a: &mut App, kind: Kind) {
    let at = Kind::ALL.iter().position(|k| *k == kind);
    for _ in 0..at.expect("a kind of the list") {
        update(a, Action::Down);
    }
}

#[test]
fn the_figures_list_at_80x24_tells_look_alike_titles_apart() {
    let mut a = shipped(80, 24);
    show_kind(&mut a, Kind::Figure);
    let rows = list_rows(&a);
    assert!(rows.len() >= 20, "{rows:#?}");
    for tail in [
        "…төсөв",
        "…төсөл, үр дүн",
        "…бүтээл",
        "…PCT өргөдөл",
        "…төрлөөр",
        "…төрөл, бүсээр",
    ] {
        assert_eq!(
            rows.iter().filter(|r| r.ends_with(tail)).count(),
            1,
            "{tail}: {rows:#?}"
        );
    }
    let mut distinct = rows.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), rows.len(), "{rows:#?}");
    insta::assert_snapshot!("figures_list_mn_80x24", screen(&a).backend());
}

#[test]
fn every_list_at_80x24_shows_each_title_its_own_way() {
    for kind in Kind::ALL {
        let mut a = shipped(80, 24);
        show_kind(&mut a, kind);
        // Every row in turn, as the reader scrolls down the list.
        let mut seen = Vec::new();
        update(&mut a, Action::FocusRight);
        for _ in 0..a.list().len() {
            seen.extend(list_rows(&a));
            update(&mut a, Action::Down);
        }
        // The stages list names each model above its stages: those headings are not entries.
        seen.retain(|r| kind != Kind::Stage || r.starts_with(|c: char| c.is_ascii_digit()));
        seen.sort();
        seen.dedup();
        let mut titles: Vec<String> = (a.list().iter())
            .map(|&i| a.corpus.entry(i).title.show(Lang::Mn).to_string())
            .collect();
        titles.sort();
        titles.dedup();
        assert_eq!(seen.len(), titles.len(), "{kind:?}: {seen:#?}");
    }
}

#[test]
fn search_results_at_80x24_tell_look_alike_titles_apart() {
    let mut a = shipped(80, 24);
    search(&mut a, "литвийн кластер");
    assert_told_apart(&a, "Зураг, хүснэгт Литвийн ЕХ-ны сангаас");
    let rows = rows_with(&a, "Зураг, хүснэгт Литвийн ЕХ-ны сангаас");
    assert!(rows[0].contains("…төсөв│"), "{rows:#?}");
    assert!(rows[1].contains("…төсөл, үр дүн"), "{rows:#?}");
    insta::assert_snapshot!("search_lithuania_mn_80x24", screen(&a).backend());
}

#[test]
fn search_results_at_120x40_take_the_larger_share_beside_the_preview() {
    let mut a = shipped(120, 40);
    search(&mut a, "ДИИ");
    let Some(Overlay::Search(s)) = &a.overlay else {
        panic!("search is open");
    };
    assert!(s.hits.len() > 20, "{}", s.hits.len());
    let p = toli::ui::search::parts(ratatui::layout::Rect::new(0, 0, 120, 40));
    let preview = p.preview.expect("a preview beside the results");
    assert!(p.results.width >= 60, "{p:?}");
    assert!(preview.width >= 40, "{p:?}");
    // Titles of 50 columns show whole, with no "…".
    let whole = "ДИИ 2023: Монголын давуу, сул тал ба баганын байр";
    assert!(
        rows_with(&a, whole)
            .iter()
            .all(|r| !r.contains(&format!("{whole}…")))
    );
    assert_eq!(rows_with(&a, whole).len(), 1);
    // The two top-ten-clusters charts share 55 characters: each shows its own end.
    let gii = rows_with(&a, "Зураг, хүснэгт ДИИ-ийн шинжлэх ухаан");
    assert_eq!(gii.len(), 2, "{gii:#?}");
    assert!(gii[0].contains("…PCT өргөдөл │"), "{gii:#?}");
    assert!(gii[1].contains("…эрдэм шинжилгээний бүтээл │"), "{gii:#?}");
    insta::assert_snapshot!("search_gii_mn_120x40", screen(&a).backend());
}

#[test]
fn bookmarks_at_60x24_tell_look_alike_titles_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = shipped(60, 24);
    toli::app::study::attach_store(&mut a, toli::store::Store::at(dir.path().to_path_buf()));
    for id in [
        "fig-lithuania-cluster-programmes",
        "fig-lithuania-cluster-programme-results",
    ] {
        common::open(&mut a, id);
        update(&mut a, Action::ToggleBookmark);
    }
    update(&mut a, Action::OpenBookmarks);
    assert_told_apart(&a, "Зураг, хүснэгт Литвийн");
    let rows = rows_with(&a, "Зураг, хүснэгт Литвийн");
    assert!(rows[0].contains("…төсөв"), "{rows:#?}");
    assert!(rows[1].contains("…төсөл, үр дүн"), "{rows:#?}");
}

/// The items of the entry view's side column under the heading starting with `heading`: each
/// "• title" with its second line joined on.
fn side_items(a: &App, heading: &str) -> Vec<String> {
    let text = screen(a).backend().to_string();
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let (top, at) = lines
        .iter()
        .enumerate()
        .find_map(|(n, l)| {
            let s: String = l.iter().collect();
            s.find(heading).map(|b| (n, s[..b].chars().count()))
        })
        .unwrap_or_else(|| panic!("no {heading} in the side column:\n{text}"));
    let mut items: Vec<String> = Vec::new();
    for l in &lines[top + 1..] {
        let cell: String = l[at..].iter().take_while(|c| **c != '│').collect();
        let cell = cell.trim_end();
        match (cell.strip_prefix("• "), items.last_mut()) {
            (Some(item), _) => items.push(item.to_string()),
            (None, Some(last)) if cell.starts_with("  ") => {
                last.push(' ');
                last.push_str(cell.trim());
            }
            _ => break,
        }
    }
    items
}

/// The entry view's link column (wide screens) cuts titles as the lists do: the two top-ten-
/// clusters charts that link to the Lithuanian action, cut alike at their end before (the
/// Mongolian titles share 55 characters), each show where they differ, in both languages.
#[test]
fn the_entry_views_link_column_tells_look_alike_titles_apart() {
    for (lang, heading, start, marks) in [
        (
            Lang::Mn,
            "Энд холбосон бичлэгүүд",
            "ДИИ-ийн",
            ["…PCT өргөдөл", "…эрдэм шинжилгээний бүтээл"],
        ),
        (
            Lang::En,
            "Linked from",
            "GII top",
            ["clusters: PCT", "clusters: sci"],
        ),
    ] {
        let mut a = sized(load(&Sources::builtin()).corpus, lang, 200, 45);
        common::open(&mut a, "action-lt-gii-top-100");
        let items = side_items(&a, heading);
        let gii: Vec<&String> = items.iter().filter(|i| i.starts_with(start)).collect();
        assert_eq!(gii.len(), 2, "{items:#?}");
        assert!(gii.iter().all(|i| i.contains('…')), "{items:#?}");
        for mark in marks {
            assert_eq!(
                gii.iter().filter(|i| i.contains(mark)).count(),
                1,
                "{mark}: {items:#?}"
            );
        }
    }
}

/// Under its model's heading a stage row shows the stage's own name, not the model's again
/// («1. Хятадын ШУ…олж авах» at 80 columns): the words before the colon that
/// name the stage's number or the model are left out, in both languages, at 80×24 and 120×40.
#[test]
fn a_stage_row_under_its_model_shows_the_stages_own_name() {
    let fx =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stage-names");
    for (lang, name, rows_80) in [
        (
            Lang::Mn,
            "mn",
            [
                "1. ГШХО-оор технологи",
                "2. Дотоодын инноваци",
                "2. 2002: МТ-ийн комп",
            ],
        ),
        (
            Lang::En,
            "en",
            [
                "1. FDI-led technology",
                "2. Shift to indigenou",
                "2. 2002: shift to sup",
            ],
        ),
    ] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut a = sized(common::loaded(vec![fx.clone()]), lang, w, h);
            let stages = Kind::ALL.iter().position(|k| *k == Kind::Stage);
            a.nav.show_kind(stages.expect("a stage kind"));
            let rows = list_rows(&a);
            let paradigm: Vec<&String> = (rows.iter())
                .skip_while(|r| {
                    !r.starts_with("Кластерийн парадигм") && !r.starts_with("Cluster paradigm")
                })
                .skip(1)
                .take(2)
                .collect();
            let want = match lang {
                Lang::Mn => ["1. 2008–2015", "2. 2015 оноос хойших"],
                Lang::En => ["1. 2008–2015", "2. From 2015"],
            };
            for (row, want) in paradigm.iter().zip(want) {
                assert!(row.starts_with(want), "{want:?}: {rows:#?}");
            }
            assert_eq!(paradigm.len(), 2, "{rows:#?}");
            if w == 80 {
                for row in rows_80 {
                    assert!(
                        rows.iter().any(|r| r.starts_with(row)),
                        "{row:?} in {rows:#?}"
                    );
                }
            }
            insta::assert_snapshot!(format!("stage_rows_{name}_{w}x{h}"), screen(&a).backend());
        }
    }
}

/// A stages list scrolled past a model's heading keeps the model's name on its top row, so the
/// rows «1. 2008–2015» never show without their model, in both languages.
#[test]
fn a_scrolled_stages_list_keeps_its_models_heading_on_top() {
    let fx =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stage-names");
    for (lang, name) in [(Lang::Mn, "mn"), (Lang::En, "en")] {
        let stages = Kind::ALL.iter().position(|k| *k == Kind::Stage);
        let mut tall = sized(common::loaded(vec![fx.clone()]), lang, 80, 40);
        tall.nav.show_kind(stages.expect("a stage kind"));
        let all = list_rows(&tall);
        let mut a = sized(common::loaded(vec![fx.clone()]), lang, 80, 8);
        a.nav.show_kind(stages.expect("a stage kind"));
        update(&mut a, Action::FocusRight);
        update(&mut a, Action::Bottom);
        update(&mut a, Action::Up);
        let rows = list_rows(&a);
        assert!(rows.len() < all.len(), "the list scrolls: {rows:#?}");
        let is_heading = |r: &String| !r.starts_with(|c: char| c.is_ascii_digit());
        assert!(is_heading(&rows[0]), "{rows:#?}");
        // Each stage shown sits under its own model's heading, as in the whole list.
        let heading_over = |list: &[String], row: &String| {
            let at = list.iter().position(|r| r == row).expect("the row");
            list[..at].iter().rev().find(|r| is_heading(r)).cloned()
        };
        for row in rows.iter().filter(|r| !is_heading(r)) {
            assert_eq!(
                heading_over(&rows, row),
                heading_over(&all, row),
                "{rows:#?}"
            );
        }
        insta::assert_snapshot!(
            format!("stage_rows_sticky_{name}_80x8"),
            screen(&a).backend()
        );
    }
}

/// The first pane's rows (between the first two frame lines of the screen).
fn first_pane_rows(a: &App) -> Vec<String> {
    let text = screen(a).backend().to_string();
    (text.lines().skip(1))
        .filter_map(|l| l.split(['│', '┃']).nth(1))
        .map(|cell| cell.trim_end().to_string())
        .filter(|cell| !cell.is_empty())
        .collect()
}

/// `z` in the list at 80×24: the list takes the kinds pane's width too, so
/// the findings' long Mongolian titles show nearly twice as much, the two «ДИИ 2023» findings
/// whole, and none is cut in its middle; `h` shows the kinds again, and `l` comes back to the wide list.
#[test]
fn z_in_the_list_at_80x24_gives_the_titles_the_kinds_pane_s_width() {
    let mut a = shipped(80, 24);
    show_kind(&mut a, Kind::Finding);
    update(&mut a, Action::FocusRight);
    let narrow = list_rows(&a);
    insta::assert_snapshot!("findings_list_mn_80x24", screen(&a).backend());
    update(&mut a, Action::WideList);
    let shown = screen(&a).backend().to_string();
    assert!(
        !shown.contains("Төрлүүд"),
        "the kinds pane folds away:\n{shown}"
    );
    let wide = first_pane_rows(&a);
    let longest = |rows: &[String]| rows.iter().map(|r| r.chars().count()).max().unwrap_or(0);
    assert!(
        2 * longest(&wide) >= 3 * longest(&narrow),
        "{narrow:#?}\n{wide:#?}"
    );
    let whole = |rows: &[String]| rows.iter().filter(|r| !r.contains('…')).count();
    assert!(whole(&wide) > whole(&narrow), "{wide:#?}");
    assert!(
        (wide.iter())
            .all(|r| !r.contains('…') || (r.matches('…').count() == 1 && r.ends_with('…'))),
        "cut only at the end: {wide:#?}"
    );
    insta::assert_snapshot!("findings_list_wide_mn_80x24", screen(&a).backend());
    // The kinds come back with the focus, and the wide list with it.
    update(&mut a, Action::FocusLeft);
    assert!(screen(&a).backend().to_string().contains("Төрлүүд"));
    update(&mut a, Action::FocusRight);
    assert_eq!(first_pane_rows(&a), wide);
    update(&mut a, Action::WideList);
    assert_eq!(list_rows(&a), narrow, "z again puts it back");
}

/// Where the list already has the whole screen, `z` changes nothing and says so.
#[test]
fn z_where_the_list_fills_the_screen_says_it_changes_nothing() {
    let mut a = shipped(44, 20);
    update(&mut a, Action::FocusRight);
    let before = screen(&a).backend().to_string();
    update(&mut a, Action::WideList);
    assert!(!a.nav.wide_list);
    let said = a.status.notice.clone().unwrap_or_default();
    assert!(said.contains("z товч юу ч өөрчлөхгүй"), "{said}");
    let after = screen(&a).backend().to_string();
    let panes = |s: &str| s.lines().take(10).collect::<Vec<_>>().join("\n");
    assert_eq!(panes(&after), panes(&before), "the same panes");
}

/// A preview too narrow for a long id beside the title puts the kind and id on one row under
/// it, the id cut with "…" as the entry pane beside the lists cuts it, never broken over two
/// lines where a copy would take half an id.
#[test]
fn a_long_id_in_the_search_preview_keeps_to_one_row() {
    let mut a = shipped(120, 40);
    a.settings.lang = Lang::En;
    search(&mut a, "law on industrial and technological parks 2022");
    let text = screen(&a).backend().to_string();
    let id = "law-on-industrial-and-technological-parks-2022";
    let head = "Policy · law-on-industrial-and-techno";
    let rows: Vec<&str> = text.lines().filter(|l| l.contains(head)).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert!(rows[0].contains("…"), "{}", rows[0]);
    assert!(!text.contains(id), "{text}");
    assert!(!text.lines().any(|l| l.contains("│ 2022 ")), "{text}");
}

/// The entry pane's title on its top border, cut to fit, ends after a word with "…": the
/// first screen at 80×24 in Mongolian showed «…инновацийн ка» and the border (walk, app15).
#[test]
fn the_entry_pane_s_border_title_is_cut_after_a_word() {
    let a = shipped(80, 24);
    let top = common::rows(&a).into_iter().next().unwrap_or_default();
    assert!(
        top.ends_with("┌ Аж үйлдвэрийн хамтын инновацийн… ─┐"),
        "{top}"
    );
}

/// Bookmarks on long titles, one with a note, drawn at `w`×`h` in `lang`.
fn long_bookmarks(dir: &std::path::Path, lang: Lang, w: u16, h: u16) -> App {
    let mut a = shipped(w, h);
    toli::app::study::attach_store(&mut a, toli::store::Store::at(dir.to_path_buf()));
    if lang == Lang::En {
        update(&mut a, Action::ToggleLang);
    }
    for id in [
        "fig-lithuania-cluster-programmes",
        "fig-lithuania-cluster-programme-results",
        "it-park",
    ] {
        common::open(&mut a, id);
        update(&mut a, Action::ToggleBookmark);
    }
    assert!(toli::app::study::save_note(
        &mut a,
        "fig-lithuania-cluster-programmes",
        None,
        "A"
    ));
    update(&mut a, Action::OpenBookmarks);
    a
}

/// The bookmarks window's width in columns, read off its top border.
fn bookmarks_width(a: &App) -> usize {
    let text = screen(a).backend().to_string();
    let top = (text.lines())
        .find(|l| l.contains("╭ Bookmarks") || l.contains("╭ Хавчуурга"))
        .unwrap_or_else(|| panic!("no bookmarks window:\n{text}"));
    let from = top.find("╭ ").expect("corner");
    let end = top.rfind('╮').expect("corner");
    top[from..end].chars().count() + 1
}

#[test]
fn the_bookmarks_window_widens_to_show_long_titles_whole_at_120x35() {
    for lang in [Lang::Mn, Lang::En] {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = long_bookmarks(dir.path(), lang, 120, 35);
        let text = screen(&a).backend().to_string();
        // The Mongolian titles want more than 80 columns; the English ones fit in the 80 a
        // short list keeps.
        match lang {
            Lang::Mn => assert!(bookmarks_width(&a) > 80, "{text}"),
            Lang::En => assert_eq!(bookmarks_width(&a), 80, "{text}"),
        }
        let kinds_and_titles = rows_with(
            &a,
            if lang == Lang::Mn {
                "Литв"
            } else {
                "Lithuania"
            },
        );
        assert_eq!(kinds_and_titles.len(), 2, "{text}");
        assert!(kinds_and_titles.iter().all(|r| !r.contains('…')), "{text}");
        insta::assert_snapshot!(
            format!("bookmarks_long_{lang:?}_120x35"),
            screen(&a).backend()
        );
    }
}

#[test]
fn the_bookmarks_window_keeps_within_80x24() {
    for lang in [Lang::Mn, Lang::En] {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = long_bookmarks(dir.path(), lang, 80, 24);
        assert_eq!(bookmarks_width(&a), 76, "{lang:?}");
        // The note's mark gives way to the title: "✎ My note" where the whole title fits
        // beside it, a bare ✎ where the title would be cut for the words.
        let noted = rows_with(&a, "✎");
        assert_eq!(noted.len(), 1, "{noted:#?}");
        match lang {
            Lang::Mn => {
                assert!(!noted[0].contains("Миний тэмдэглэл"), "{noted:#?}");
                assert!(noted[0].contains("санхүүжсэн кластерийн"), "{noted:#?}");
            }
            Lang::En => assert!(noted[0].contains("budgets  ✎ My note"), "{noted:#?}"),
        }
        insta::assert_snapshot!(
            format!("bookmarks_long_{lang:?}_80x24"),
            screen(&a).backend()
        );
    }
}
