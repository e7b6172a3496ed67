//! The search overlay on ratatui's TestBackend: the result count, the preview of the selected
//! result below the results at 80×24 and beside them at 160×45 (English and Mongolian
//! snapshots), the preview following the selection, and Ctrl-U / Ctrl-W / Alt-Backspace editing
//! the query through the keymap; keys typed on the Latin layout meaning Mongolian searched as the
//! Mongolian layout reads them, which the count line says.

use crate::common;

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toli::app::keymap::key_action;
use toli::app::state::Overlay;
use toli::app::{Action, App, update};
use toli::lang::Lang;

use common::{loaded, screen, sized};

fn app(lang: Lang, w: u16, h: u16) -> App {
    let fx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    sized(loaded(vec![fx]), lang, w, h)
}

fn search(a: &mut App, query: &str) {
    update(a, Action::OpenSearch);
    for c in query.chars() {
        update(a, Action::Input(c));
    }
}

fn text(a: &App) -> String {
    screen(a).backend().to_string()
}

fn query(a: &App) -> String {
    match &a.overlay {
        Some(Overlay::Search(s)) => s.query.clone(),
        _ => panic!("search is open"),
    }
}

fn key(a: &mut App, code: KeyCode, mods: KeyModifiers) {
    let action = key_action(a, KeyEvent::new(code, mods)).expect("bound in search");
    update(a, action);
}

#[test]
fn preview_snapshots_narrow_and_wide_in_both_languages() {
    for (lang, name, q) in [(Lang::En, "en", "cluster"), (Lang::Mn, "mn", "кластер")] {
        for (w, h) in [(80, 24), (160, 45)] {
            let mut a = app(lang, w, h);
            search(&mut a, q);
            update(&mut a, Action::Down);
            insta::assert_snapshot!(
                format!("search_preview_{name}_{w}x{h}"),
                screen(&a).backend()
            );
        }
    }
}

/// On a 200-column screen the results use the width the preview leaves: a long title shows
/// whole (user walk 21 found it cut at about 95 columns), in both languages.
#[test]
fn a_wide_screen_shows_long_result_titles_whole() {
    for (lang, q) in [
        (Lang::En, "National STI Committee"),
        (Lang::Mn, "ШУТИ-ийн үндэсний хороо"),
    ] {
        let mut a = sized(common::shipped(), lang, 200, 50);
        search(&mut a, q);
        let e = a.corpus.get("national-sti-committee").expect("the entry");
        let title = e.title.show(lang).to_string();
        let t = text(&a);
        let hit = t
            .lines()
            .find(|l| l.contains("ШУТИ") || l.contains("STI Committee"));
        assert!(t.contains(&title), "{lang:?}: {hit:?}\n{t}");
    }
}

#[test]
fn the_count_shows_and_the_preview_follows_the_selection() {
    let mut a = app(Lang::En, 80, 24);
    search(&mut a, "cluster");
    let Some(Overlay::Search(s)) = &a.overlay else {
        panic!("search is open");
    };
    let n = s.hits.len();
    assert!(n >= 2, "the fixture has several cluster entries");
    let first = a.corpus.entry(s.hits[0].entry).id.clone();
    let second = a.corpus.entry(s.hits[1].entry).id.clone();
    // What matched shows: as its own line, or marked in the summary it comes from.
    let matched: String = (s.hits[1].snippet.trim_matches('…').chars())
        .take(16)
        .collect();
    let t = text(&a);
    assert!(t.contains(&format!("{n} results")), "{t}");
    assert!(t.contains(&format!("· {first}")), "{t}");
    update(&mut a, Action::Down);
    let t = text(&a);
    assert!(t.contains(&format!("· {second}")), "{t}");
    assert!(t.contains(&matched), "{matched}\n{t}");
    let mut m = app(Lang::Mn, 80, 24);
    search(&mut m, "кластер");
    assert!(text(&m).contains("илэрц:"));
}

#[test]
fn more_matches_than_the_list_holds_are_counted_in_full() {
    use toli::corpus::load::{Sources, load};
    for (lang, query) in [(Lang::En, "cluster"), (Lang::Mn, "кластер")] {
        let mut a = sized(load(&Sources::builtin()).corpus, lang, 100, 30);
        search(&mut a, query);
        let Some(Overlay::Search(s)) = &a.overlay else {
            panic!("search is open");
        };
        assert_eq!(s.hits.len(), 50, "the list holds the best 50");
        assert!(s.total > 50, "{query}: {} entries mention it", s.total);
        let want = match lang {
            Lang::En => format!("{} results (best 50)", s.total),
            Lang::Mn => format!("илэрц: {} (хамгийн тохирох 50)", s.total),
        };
        assert!(text(&a).contains(&want), "{want}\n{}", text(&a));
    }
}

/// On a 40-column screen the result list leaves out the kind, so the titles have the row:
/// the 34 columns inside the window go to the title and its snippet.
#[test]
fn a_narrow_result_list_gives_the_kind_s_columns_to_the_titles() {
    for (lang, name, q) in [(Lang::En, "en", "cluster"), (Lang::Mn, "mn", "кластер")] {
        let mut a = app(lang, 40, 10);
        search(&mut a, q);
        insta::assert_snapshot!(format!("search_{name}_40x10"), screen(&a).backend());
        let t = text(&a);
        let Some(Overlay::Search(s)) = &a.overlay else {
            panic!("search is open");
        };
        let first = a.corpus.entry(s.hits[0].entry);
        let kind = a.t(&format!("kind-{}", first.kind.name()));
        let title = first.title.show(lang).to_string();
        // The first result's row: its title right after the window's border.
        let row_of = |t: &str| {
            (t.lines())
                .find(|l| l.contains(&format!("│{title} ")))
                .map(str::to_string)
        };
        let row = row_of(&t);
        assert!(row.is_some(), "{title:?} whole at the row's start:\n{t}");
        assert!(!t.contains(&kind), "no kind column:\n{t}");
        // At 80 columns the kind is still there, before the title.
        let mut wide = app(lang, 80, 24);
        search(&mut wide, q);
        let t = text(&wide);
        let row = (t.lines()).find(|l| l.contains(&format!("│{kind} ")));
        assert!(row.is_some_and(|r| r.contains(&title)), "{t}");
    }
}

#[test]
fn a_tiny_screen_has_no_preview_and_does_not_panic() {
    for (w, h) in [(20, 6), (40, 10), (1, 1), (119, 12)] {
        let mut a = app(Lang::En, w, h);
        search(&mut a, "cluster");
        let _ = text(&a);
    }
}

#[test]
fn ctrl_u_clears_and_ctrl_w_or_alt_backspace_delete_a_word() {
    let mut a = app(Lang::En, 80, 24);
    search(&mut a, "value chain policy");
    key(&mut a, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(query(&a), "value chain ");
    key(&mut a, KeyCode::Backspace, KeyModifiers::ALT);
    assert_eq!(query(&a), "value ");
    key(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(query(&a), "");
    let Some(Overlay::Search(s)) = &a.overlay else {
        panic!("search is open");
    };
    assert!(s.hits.is_empty(), "the results follow the cleared query");
}

/// The hint of the empty search box is whole at 80 and 120 columns in both languages: at 120 the
/// results take 51 of the overlay's 116 columns, and nothing wraps or cuts the hint.
#[test]
fn the_empty_search_hint_is_whole_at_80_and_120_columns() {
    for lang in [Lang::En, Lang::Mn] {
        let hint = toli::i18n::Localizer::shared().t(lang, "tui-search-prompt");
        for (w, h) in [(80, 24), (120, 35)] {
            let mut a = app(lang, w, h);
            search(&mut a, "");
            let shown = text(&a);
            assert!(shown.contains(&hint), "{w}x{h}: «{hint}» is cut:\n{shown}");
        }
    }
}

/// The preview of a finding answered by four actions lists three and says one more is there
/// (a coach took two of three for all of them), and names the source the figure comes from.
#[test]
fn the_preview_says_a_list_goes_on_and_names_the_source() {
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    for (lang, more, source) in [
        (Lang::Mn, "бас 1 байна", "Эх сурвалж: "),
        (Lang::En, "1 more", "Source: "),
    ] {
        let a = sized(loaded(vec![shipped.clone()]), lang, 160, 45);
        let i = a
            .corpus
            .index_of("finding-weak-sbl-empty-places")
            .expect("shipped finding");
        let hit = toli::search::Hit {
            entry: i,
            score: 0,
            field: toli::search::Field::Title,
            lang,
            title_highlights: Default::default(),
            snippet: String::new(),
            snippet_highlights: Vec::new(),
        };
        let th = toli::ui::theme::theme(a.settings.theme, true);
        let lines: Vec<String> = toli::ui::search_preview::lines(&a, &hit, &th)
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert!(
            lines.iter().any(|l| l.contains(more)),
            "{lang:?}: {lines:#?}"
        );
        assert!(
            lines.iter().any(|l| l.starts_with(source)),
            "{lang:?}: {lines:#?}"
        );
    }
}

/// A question matches most entries by some word: the count says how many hold every word.
#[test]
fn the_count_says_how_many_hold_every_word() {
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    for (lang, q, said) in [
        (
            Lang::En,
            "how many clusters does Canada have",
            "with every word · ",
        ),
        (Lang::Mn, "Канад хэдэн кластертай вэ", "бүх үгтэй: "),
    ] {
        let mut a = sized(loaded(vec![shipped.clone()]), lang, 120, 30);
        search(&mut a, q);
        let shown = text(&a);
        assert!(shown.contains(said), "{lang:?}:\n{shown}");
        search(&mut a, "");
        update(&mut a, Action::Escape);
        search(&mut a, "klaster");
        assert!(!text(&a).contains(said), "one word: no second count");
    }
}

/// The count never covers the query: at 80 columns a long question keeps every letter, the
/// count shortening to what fits (or going).
#[test]
fn the_count_leaves_the_query_whole() {
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut a = sized(loaded(vec![shipped]), Lang::En, 80, 24);
    let q = "how many industrial technology parks";
    search(&mut a, q);
    let shown = text(&a);
    assert!(shown.contains(&format!("> {q}▏")), "{shown}");
    // The whole line does not fit: the figures without how many the list shows do.
    assert!(
        shown.contains(" with every word · ") && !shown.contains("(best 50)"),
        "the figures fit: {shown}"
    );
    let long = " and the special licences they hold in Mongolia";
    for c in long.chars() {
        update(&mut a, Action::Input(c));
    }
    let shown = text(&a);
    assert!(shown.contains("special licences they"), "{shown}");
}

/// A question longer than the search box at 80 columns scrolls: the words typed last, the
/// cursor and the result count stay in view, or, when the query holds words the
/// corpus does not, the words not found.
#[test]
fn a_long_question_scrolls_in_the_search_box_at_80_columns() {
    let q = "инновацийн тухай хууль шинжлэх ухаан технологийн паркийн талаар кластер ХХХ";
    for (lang, name) in [(Lang::Mn, "mn"), (Lang::En, "en")] {
        let mut a = app(lang, 80, 24);
        search(&mut a, q);
        let shown = text(&a);
        let input = shown
            .lines()
            .find(|l| l.contains("> "))
            .expect("the query line")
            .to_string();
        assert!(input.contains("кластер ХХХ▏"), "{input}");
        assert!(input.contains("> …"), "{input}");
        let (counted, missing) = match &a.overlay {
            Some(Overlay::Search(s)) => (!s.hits.is_empty(), !s.near_only.is_empty()),
            _ => (false, false),
        };
        // Words the corpus does not hold are said before the count, which gives way to them
        // when the query leaves little room.
        if counted && missing {
            let not_held = if lang == Lang::Mn {
                "«ХХХ»: ойролцоо"
            } else {
                "\"ХХХ\": near spellings"
            };
            assert!(input.contains(not_held), "{input}");
        } else if counted {
            let count = if lang == Lang::Mn {
                "илэрц"
            } else {
                "result"
            };
            assert!(input.contains(count), "{input}");
        }
        insta::assert_snapshot!(
            format!("search_long_question_{name}_80x24"),
            screen(&a).backend()
        );
    }
}

/// PgDn and PgUp move the selection a page of results, as in the entry list.
#[test]
fn pgdn_and_pgup_move_a_page_of_results() {
    use toli::corpus::load::{Sources, load};
    let mut a = sized(load(&Sources::builtin()).corpus, Lang::Mn, 80, 24);
    search(&mut a, "кластер");
    let selected = |a: &App| match &a.overlay {
        Some(Overlay::Search(s)) => (s.selected, s.hits.len()),
        _ => panic!("search is open"),
    };
    let screen = toli::ui::overlay_screen(&a, ratatui::layout::Rect::new(0, 0, 80, 24));
    let page = usize::from(toli::ui::search::results_area(screen).height);
    assert!(page > 2, "{page} rows of results");
    key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(selected(&a).0, page, "a page down");
    // The selected row is on screen.
    let Some(Overlay::Search(s)) = &a.overlay else {
        panic!("search is open");
    };
    let title = a.corpus.entry(s.hits[page].entry).title.show(Lang::Mn);
    let start: String = title.chars().take(12).collect();
    assert!(text(&a).contains(&start), "{start}\n{}", text(&a));
    key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(selected(&a).0, 2 * page);
    key(&mut a, KeyCode::PageUp, KeyModifiers::NONE);
    assert_eq!(selected(&a).0, page, "a page up");
    for _ in 0..20 {
        key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
    }
    let (at, len) = selected(&a);
    assert_eq!(at, len - 1, "stops at the last result");
    for _ in 0..20 {
        key(&mut a, KeyCode::PageUp, KeyModifiers::NONE);
    }
    assert_eq!(selected(&a).0, 0, "stops at the first");
}

/// A question for a count shows the fact that answers it under the title, on the first screen
/// of a small terminal, where the entry's first facts would have pushed it out.
#[test]
fn a_count_question_shows_the_fact_it_asks_for() {
    use toli::corpus::load::{Sources, load};
    let mut a = sized(load(&Sources::builtin()).corpus, Lang::Mn, 80, 24);
    search(&mut a, "IT Park хэдэн ажилтантай");
    let t = text(&a);
    let row = (t.lines()).find(|l| l.contains("Мэдээллийн технологийн парк (IT Park)"));
    assert!(row.is_some_and(|r| r.contains("Ажилтан: 43")), "{t}");
    assert!(t.contains("Тохирсон хэсэг: …Ажилтан: 43 хүн"), "{t}");
    // Of the facts with a count, the one counting what is asked: 120 companies incubated since
    // 2002, not the 20 in incubation now, nor the summary's 70 per cent.
    let mut a = sized(load(&Sources::builtin()).corpus, Lang::Mn, 80, 24);
    search(&mut a, "IT Park хэдэн компани инкубацид хамруулсан");
    let t = text(&a);
    assert!(
        t.contains("Тохирсон хэсэг: …2002 оноос хойш инкубацид хамрагдсан компани: 120 компани"),
        "{t}"
    );
    let mut e = sized(load(&Sources::builtin()).corpus, Lang::En, 80, 24);
    search(&mut e, "how many companies did IT Park incubate");
    let t = text(&e);
    // The first answer (the four parks' figure, or IT Park's case) shows IT Park's 120.
    let matched = (t.lines())
        .skip_while(|l| !l.contains("Matched: "))
        .take(2)
        .collect::<String>();
    assert!(
        matched.contains("120 companies") && matched.contains("incubated since 2002"),
        "{t}"
    );
    assert!(t.contains("Information Technology Park (IT Park)"), "{t}");
}

/// A tall preview shows as many of an entry's facts as fit, not only the first four, and
/// still says where the figure comes from.
#[test]
fn a_tall_preview_shows_more_facts() {
    use toli::corpus::load::{Sources, load};
    let facts_shown = |height: u16| {
        let mut a = sized(load(&Sources::builtin()).corpus, Lang::En, 120, height);
        search(&mut a, "IT Park");
        let t = text(&a);
        assert!(t.contains("Source: "), "{t}");
        [
            "Type: ",
            "Country: ",
            "Ownership: ",
            "Established: ",
            "Status: ",
            "Sector: ",
        ]
        .iter()
        .filter(|label| t.contains(*label))
        .count()
    };
    // The source named short (who, year) takes one row: room for a fifth fact.
    assert_eq!(facts_shown(24), 5);
    assert_eq!(facts_shown(40), 6);
}

/// The search window says a word is not in the corpus when the results only look like it,
/// naming it as typed, in words that read whole at 80 columns.
#[test]
fn a_word_not_in_the_corpus_is_said_in_the_count_line() {
    use toli::corpus::load::{Sources, load};
    let mut a = sized(load(&Sources::builtin()).corpus, Lang::En, 80, 24);
    search(&mut a, "Finland");
    let t = text(&a);
    assert!(
        t.contains("\"Finland\" not found: near spellings · 1 result"),
        "{t}"
    );
    let mut m = sized(load(&Sources::builtin()).corpus, Lang::Mn, 80, 24);
    search(&mut m, "Герман");
    let t = text(&m);
    assert!(
        t.contains("«Герман» байхгүй, төстэй бичигдсэн үгээр олдсон · илэрц: 2"),
        "{t}"
    );
    // A long query leaves the count line little room: the word is still said, in fewer words.
    let mut long = sized(load(&Sources::builtin()).corpus, Lang::En, 80, 24);
    search(&mut long, "how does Finland support its clusters");
    let t = text(&long);
    assert!(t.contains("\"Finland\": near spellings"), "{t}");
    assert!(!t.contains("not found"), "{t}");
}

/// A long Latin question at 80×24 keeps both the word not found (in fewer words) and the
/// result count beside it, in both languages: the count never gives way to the notice.
#[test]
fn a_long_question_keeps_the_count_beside_a_word_not_found() {
    use toli::corpus::load::{Sources, load};
    let q = "inovatsiin tuhai huuli hezee batlagdsan be";
    for (lang, name, near, count) in [
        (Lang::Mn, "mn", "«inovatsiin»: ойролцоо · илэрц: ", "илэрц"),
        (
            Lang::En,
            "en",
            "\"inovatsiin\": near spellings · ",
            "result",
        ),
    ] {
        let mut a = sized(load(&Sources::builtin()).corpus, lang, 80, 24);
        search(&mut a, q);
        let shown = text(&a);
        let input = (shown.lines())
            .find(|l| l.contains("> "))
            .expect("the query line")
            .to_string();
        assert!(input.contains(near) && input.contains(count), "{input}");
        assert!(input.contains("batlagdsan be▏"), "{input}");
        insta::assert_snapshot!(
            format!("search_near_word_and_count_{name}_80x24"),
            screen(&a).backend()
        );
    }
}

/// At 80×24 a "who recommended" question's first hit shows where it comes from: when the facts
/// shown at least overflow the preview, the source line comes before them (the
/// action's list of findings pushed «Эх сурвалж» off the pane).
#[test]
fn a_short_preview_keeps_the_source_line() {
    let mut a = sized(common::shipped(), Lang::Mn, 80, 24);
    search(&mut a, "технологи дамжуулах сан байгуулахыг хэн зөвлөсөн");
    let Some(Overlay::Search(s)) = &a.overlay else {
        panic!("the search overlay is open")
    };
    let first = s.hits.first().expect("a hit").entry;
    assert_eq!(a.corpus.entry(first).id, "action-technology-transfer-fund");
    let shown = text(&a);
    assert!(shown.contains("Эх сурвалж: "), "{shown}");
}

/// A letter that is a command only in another pane, typed in the entry list, opens the search
/// with it typed and says where it works; the notice goes with the next key, so the rest of
/// the query is typed under the search's own hints, in both languages.
#[test]
fn a_letter_of_another_pane_is_told_until_the_next_key() {
    for (lang, told) in [
        (Lang::En, "n — next match: works in the entry view"),
        (Lang::Mn, "n товч — "),
    ] {
        let mut a = app(lang, 80, 24);
        key(&mut a, KeyCode::Char('l'), KeyModifiers::NONE);
        key(&mut a, KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(query(&a), "n");
        assert!(text(&a).contains(told), "{lang:?}: {}", text(&a));
        key(&mut a, KeyCode::Char('a'), KeyModifiers::NONE);
        assert_eq!(query(&a), "na");
        let after = text(&a);
        assert!(
            !after.contains(told),
            "{lang:?}: the notice stays:\n{after}"
        );
        assert_eq!(a.status.notice, None, "{lang:?}");
    }
}

#[test]
fn keys_typed_on_the_latin_layout_are_searched_as_mongolian_and_the_count_line_says_so() {
    for (lang, said) in [
        (Lang::Mn, "Монгол гарын байрлалаар уншвал: «төсөв»"),
        (Lang::En, "read as typed on the Mongolian layout: \"төсөв\""),
    ] {
        let mut a = sized(common::shipped(), lang, 120, 30);
        search(&mut a, "mfvf.");
        let t = text(&a);
        assert!(t.contains(said), "{t}");
        assert!(t.contains("fig-lithuania-cluster-programmes"), "{t}");
    }
    // A Latin query the corpus holds is searched as typed, with no such line.
    let mut a = sized(common::shipped(), Lang::Mn, 120, 30);
    search(&mut a, "klaster");
    let t = text(&a);
    assert!(!t.contains("Монгол гарын байрлалаар"), "{t}");
}
