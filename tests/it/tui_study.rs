//! The study views on ratatui's TestBackend: the findings × actions matrix, the facet panel,
//! bookmarks and notes. Snapshots (English and Mongolian, 80×24 and 120×40), navigation, and
//! bookmarks and notes surviving a restart of the app and a corrupt bookmarks file.

use crate::common;

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;
use toli::app::facets::Facet;
use toli::app::keymap::key_action;
use toli::app::state::Overlay;
use toli::app::study::attach_store;
use toli::app::{Action, App, Effect, Effects, Message, update};
use toli::corpus::load::{Sources, load};
use toli::lang::Lang;
use toli::store::Store;

use common::{keys, open, screen, sized};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn app_from(sources: Sources, lang: Lang, w: u16, h: u16) -> App {
    let outcome = load(&sources);
    // Style warnings of the shipped corpus are `toli check`'s business; the views need no errors.
    let errors: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity() == toli::diagnostic::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut app = sized(outcome.corpus, lang, w, h);
    app.study.editor = None;
    app
}

/// The TUI fixture with the study additions (three findings, three recommendations).
fn app(lang: Lang, w: u16, h: u16) -> App {
    let sources = Sources {
        builtin: false,
        dirs: vec![fixtures().join("content"), fixtures().join("study")],
    };
    app_from(sources, lang, w, h)
}

fn text(app: &App) -> String {
    screen(app).backend().to_string()
}

fn press(app: &mut App, c: char) -> Effects {
    let action = key_action(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        .unwrap_or_else(|| panic!("{c} is bound"));
    update(app, action)
}

#[test]
fn matrix_snapshots_in_both_languages_and_sizes() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Mn, "mn")] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut a = app(lang, w, h);
            press(&mut a, 'X');
            // Focus finding 2 and action 4 (the first column of the third recommendation).
            keys(
                &mut a,
                &[
                    Action::Down,
                    Action::FocusRight,
                    Action::FocusRight,
                    Action::FocusRight,
                ],
            );
            insta::assert_snapshot!(format!("matrix_{name}_{w}x{h}"), screen(&a).backend());
        }
    }
}

/// P-5: under the grid, the finding's actions are named, not only coded — as many as the
/// room holds, by code past that with the key that names each (`n`). The shipped corpus's
/// finding 5, opened with `X`, at 80×24 and wider, in both languages.
#[test]
fn matrix_names_the_findings_actions_in_words() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Mn, "mn")] {
        for (w, h) in [(80, 24), (120, 35)] {
            let mut a = sized(common::shipped(), lang, w, h);
            open(&mut a, "unctad-finding-5");
            keys(&mut a, &[Action::OpenMatrix]);
            let shown = screen(&a).backend().to_string();
            // The lines under the rule, as one text.
            let details = (shown.lines())
                .skip_while(|l| !l.contains("│──────"))
                .skip(1)
                .map(|l| l.trim_matches(['"', '│', ' ']))
                .collect::<Vec<_>>()
                .join(" ");
            let Some(Overlay::Matrix(v)) = &a.overlay else {
                panic!("matrix open");
            };
            let answers = v.matrix.answers(v.row);
            assert!(answers.len() > 1, "{answers:?}");
            let first = a
                .corpus
                .entry(v.matrix.actions[answers[0]])
                .title
                .show(lang);
            let words: String = first.split(' ').take(2).collect::<Vec<_>>().join(" ");
            let addressed = details
                .split(['—', '·'])
                .nth(1)
                .unwrap_or_else(|| panic!("{name} {w}x{h}: {details}"));
            assert!(
                addressed.contains(&words),
                "{name} {w}x{h}: the finding's line names its first action: {details}"
            );
            insta::assert_snapshot!(format!("matrix_names_{name}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn matrix_marks_direct_and_through_the_recommendation() {
    let mut a = app(Lang::En, 120, 40);
    update(&mut a, Action::OpenMatrix);
    let Some(Overlay::Matrix(v)) = &a.overlay else {
        panic!("matrix open");
    };
    let m = &v.matrix;
    let row = |id: &str| {
        let i = a.corpus.index_of(id).expect("finding");
        m.findings.iter().position(|&f| f == i).expect("row")
    };
    let col = |id: &str| {
        let i = a.corpus.index_of(id).expect("action");
        m.actions.iter().position(|&x| x == i).expect("col")
    };
    // finding-2 names rec-2 (actions 2 and 3) and action-4 directly.
    assert_eq!(
        m.answers(row("finding-2")),
        vec![col("action-2"), col("action-3"), col("action-4")]
    );
    assert_eq!(
        m.answered(col("action-3")),
        vec![row("finding-2"), row("finding-3")]
    );
    let s = text(&a);
    assert!(s.contains('●') && s.contains('○'), "{s}");
    assert!(s.contains("F1 Weak cooperation — addressed by: A3"), "{s}");
}

#[test]
fn matrix_without_colour_keeps_its_glyphs() {
    let mut a = app(Lang::En, 80, 24);
    a.settings.no_color = true;
    update(&mut a, Action::OpenMatrix);
    let t = screen(&a);
    for c in t.backend().buffer().content() {
        assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
    }
    let s = t.backend().to_string();
    assert!(s.contains('●') && s.contains('○') && s.contains('·'), "{s}");
}

#[test]
fn matrix_enter_opens_the_finding_and_a_the_action() {
    let mut a = app(Lang::En, 100, 30);
    press(&mut a, 'X');
    keys(&mut a, &[Action::Down, Action::Down, Action::FocusRight]);
    update(&mut a, Action::Open);
    assert!(a.overlay.is_none());
    assert_eq!(a.current(), a.corpus.index_of("finding-3"));
    press(&mut a, 'X');
    // Open on finding-3's row, at its first mark: action-3 under R1 Attract anchor firms.
    assert!(matches!(&a.overlay, Some(Overlay::Matrix(v)) if v.row == 2 && v.col == 1));
    press(&mut a, 'a');
    assert_eq!(a.current(), a.corpus.index_of("action-3"));
    // Back returns to the matrix where it was, then (closed) to the finding.
    update(&mut a, Action::Back);
    assert!(matches!(&a.overlay, Some(Overlay::Matrix(v)) if v.col == 1));
    update(&mut a, Action::Escape);
    update(&mut a, Action::Back);
    assert_eq!(a.current(), a.corpus.index_of("finding-3"));
}

#[test]
fn a_large_matrix_scrolls_both_ways() {
    let mut a = app_from(Sources::builtin(), Lang::En, 80, 24);
    update(&mut a, Action::OpenMatrix);
    let (rows, cols) = match &a.overlay {
        Some(Overlay::Matrix(v)) => (v.matrix.findings.len(), v.matrix.actions.len()),
        _ => panic!("matrix open"),
    };
    assert!(rows > 15 && cols > 20, "{rows} × {cols}");
    let before = text(&a);
    // The finding F1 at the row's start (the status line names the key F1 too).
    assert!(
        before.contains("│F1 ") && before.contains(" 1 "),
        "{before}"
    );
    update(&mut a, Action::Bottom);
    for _ in 0..cols + 5 {
        update(&mut a, Action::FocusRight);
    }
    let s = text(&a);
    assert!(s.contains(&format!("F{rows} ")), "last finding shown: {s}");
    assert!(s.contains(&format!("{cols}")), "last action shown: {s}");
    assert!(!s.contains("│F1 "), "scrolled down: {s}");
    // Back to the top left.
    update(&mut a, Action::Top);
    for _ in 0..cols {
        update(&mut a, Action::FocusLeft);
    }
    assert_eq!(text(&a), before);
}

#[test]
fn facet_snapshots_in_both_languages_and_sizes() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Mn, "mn")] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut a = app(lang, w, h);
            a.nav.filters.toggle(Facet::Country, "MN");
            toli::app::facet_panel::apply_filters(&mut a);
            press(&mut a, 'f');
            insta::assert_snapshot!(format!("facets_{name}_{w}x{h}"), screen(&a).backend());
        }
    }
}

#[test]
fn toggling_facet_values_filters_the_entry_list() {
    let mut a = app(Lang::En, 120, 40);
    update(&mut a, Action::OpenFacets);
    let find = |a: &App, facet: Facet, value: &str| {
        toli::app::facet_panel::values(a)
            .iter()
            .position(|(f, v, _)| *f == facet && v == value)
            .expect("value listed")
    };
    let go = |a: &mut App, facet: Facet, value: &str| {
        let target = find(a, facet, value);
        update(a, Action::Top);
        update(a, Action::PageUp);
        for _ in 0..target {
            update(a, Action::Down);
        }
        update(a, Action::Toggle);
    };
    go(&mut a, Facet::Country, "LT");
    let s = text(&a);
    assert!(s.contains("Filters: Country: Lithuania"), "{s}");
    assert!(s.contains("[x] Lithuania"), "{s}");
    update(&mut a, Action::Escape);
    let case = toli::corpus::model::Kind::ALL
        .iter()
        .position(|k| *k == toli::corpus::model::Kind::Case)
        .expect("case kind");
    assert_eq!(
        a.nav.lists[case],
        vec![a.corpus.index_of("lt-laser").expect("lt")]
    );
    assert!(a.nav.lists.iter().map(Vec::len).sum::<usize>() == 1);
    assert!(text(&a).contains("filtered"));
    update(&mut a, Action::OpenFacets);
    go(&mut a, Facet::Country, "RU");
    assert_eq!(a.nav.lists.iter().map(Vec::len).sum::<usize>(), 2);
    // Opening an entry the filters hide (here from the matrix) drops the filters.
    update(&mut a, Action::Escape);
    update(&mut a, Action::OpenMatrix);
    update(&mut a, Action::Open);
    assert_eq!(a.current(), a.corpus.index_of("finding-1"));
    assert!(a.nav.filters.is_empty());
    update(&mut a, Action::OpenFacets);
    go(&mut a, Facet::Country, "RU");
    assert!(!a.nav.filters.is_empty());
    update(&mut a, Action::ClearFilters);
    assert!(a.nav.filters.is_empty());
    assert_eq!(
        a.nav.lists.iter().map(Vec::len).sum::<usize>(),
        a.corpus.len()
    );
}

fn store_app(dir: &std::path::Path) -> App {
    let mut a = app(Lang::En, 100, 30);
    attach_store(&mut a, Store::at(dir.to_path_buf()));
    a
}

/// A save that fails says so in the reader's language — what was not saved, what to do, and
/// the folder — never in the system's English ("Not a directory (os error 20)"): here a file
/// stands where the data folder should be, which stops a save whoever runs the test.
#[test]
fn a_failed_save_is_told_in_plain_words_with_its_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("toli");
    std::fs::write(&data, "not a folder").expect("write");
    let shown = data.display().to_string();
    for (lang, bookmarks, note) in [
        (
            Lang::En,
            "Bookmarks not saved. Check that their folder is writable and its disk has space, \
             then try again: ",
            "Note not saved. Check that its folder is writable and its disk has space, then \
             save again: ",
        ),
        (
            Lang::Mn,
            "Хавчуурга хадгалагдсангүй. Хавтсанд бичих эрх, дискэнд зай байгаа эсэхийг \
             шалгаад дахин оролдоно уу: ",
            "Тэмдэглэл хадгалагдсангүй. Хавтсанд бичих эрх, дискэнд зай байгаа эсэхийг \
             шалгаад дахин хадгална уу: ",
        ),
    ] {
        let mut a = app(lang, 80, 24);
        attach_store(&mut a, Store::at(data.clone()));
        open(&mut a, "it-park");
        press(&mut a, 'm');
        assert_eq!(
            a.status.notice.as_deref(),
            Some(format!("{bookmarks}{shown}").as_str())
        );
        let saved = toli::app::study::save_note(&mut a, "it-park", None, "A note");
        assert!(!saved, "{lang:?}");
        // What was written is kept in a copy (the test removes it).
        let kept = toli::app::study::unsaved::of(&a, "it-park").and_then(|u| u.copy.clone());
        toli::store::edit_copy::discard(&kept.expect("a copy of the note is kept"));
        assert_eq!(
            a.status.notice.as_deref(),
            Some(format!("{note}{shown}/notes").as_str())
        );
        // Drawn at 80 columns, the notice reads whole on the status rows.
        let told = text(&a);
        let rows: Vec<&str> = told.lines().map(|l| l.trim_matches('"')).collect();
        let status = rows[rows.len() - 2..].join(" ");
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let whole = words(&format!("{note}{shown}/notes"));
        assert!(words(&status).starts_with(&whole), "{told}");
        assert!(!told.contains("os error"), "{told}");
    }
}

#[test]
fn bookmarks_survive_a_restart_and_list_in_their_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = store_app(dir.path());
    open(&mut a, "it-park");
    press(&mut a, 'm');
    assert_eq!(a.status.notice.as_deref(), Some("Bookmarked: IT Park"));
    open(&mut a, "finding-2");
    press(&mut a, 'm');
    assert!(dir.path().join("bookmarks.json").exists());
    drop(a);

    let mut a = store_app(dir.path());
    assert_eq!(a.status.notice, None);
    let ids: Vec<&str> = a
        .study
        .bookmarks
        .items
        .iter()
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(ids, ["it-park", "finding-2"]);
    press(&mut a, 'b');
    insta::assert_snapshot!("bookmarks_en_100x30", screen(&a).backend());
    update(&mut a, Action::Down);
    update(&mut a, Action::Open);
    assert_eq!(a.current(), a.corpus.index_of("finding-2"));
    assert!(text(&a).contains("✓ bookmarked"));
    press(&mut a, 'b');
    press(&mut a, 'd');
    assert_eq!(
        a.status.notice.as_deref(),
        Some("Bookmark removed: IT Park — u puts it back")
    );
    drop(a);

    let a = store_app(dir.path());
    let ids: Vec<&str> = a
        .study
        .bookmarks
        .items
        .iter()
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(ids, ["finding-2"]);
}

#[test]
fn a_corrupt_bookmarks_file_is_reported_and_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bookmarks.json");
    std::fs::write(&file, b"{\"version\": 1, \"bookm").expect("write");
    let mut a = store_app(dir.path());
    let notice = a.status.notice.clone().expect("reported");
    assert!(notice.contains("bookmarks.json"), "{notice}");
    assert!(text(&a).contains("Bookmarks file damaged, kept as bookmarks.json.corrupt-"));
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    open(&mut a, "it-park");
    press(&mut a, 'm');
    assert_eq!(
        std::fs::read(kept[0].path()).expect("still there"),
        b"{\"version\": 1, \"bookm"
    );
    drop(a);
    let a = store_app(dir.path());
    assert_eq!(a.status.notice, None);
    assert_eq!(a.study.bookmarks.items.len(), 1);
}

/// In Mongolian, at the width of the user walk, the status line says whole which file the
/// bookmarks were kept as and how to get them back, before the reader's English detail.
#[test]
fn a_corrupt_bookmarks_file_is_reported_in_mongolian_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("bookmarks.json"), b"{broken").expect("write");
    let mut a = app(Lang::Mn, 120, 35);
    attach_store(&mut a, Store::at(dir.path().to_path_buf()));
    let screen = text(&a);
    let status = screen
        .lines()
        .find(|l| l.contains("Хавчуурга гэмтсэн: bookmarks.json.corrupt-"))
        .unwrap_or_else(|| panic!("no status line: {screen}"));
    assert!(
        status.contains("нэрээр хадгаллаа. Засаад буцааж нэрлэвэл сэргэнэ."),
        "{status}"
    );
    assert!(!status.contains("key must"), "{status}");
}

#[test]
fn a_note_written_in_the_built_in_editor_survives_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = store_app(dir.path());
    open(&mut a, "finding-1");
    press(&mut a, 'e');
    assert!(matches!(a.overlay, Some(Overlay::Note(_))));
    // Letters are text in the editor, not commands.
    for c in "Ask quietly".chars() {
        let action = key_action(&a, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        update(&mut a, action.expect("typed"));
    }
    update(&mut a, Action::NewLine);
    for c in "Асуух".chars() {
        update(&mut a, Action::Input(c));
    }
    insta::assert_snapshot!("note_editor_100x30", screen(&a).backend());
    let save = key_action(&a, KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert_eq!(save, Some(Action::SaveNote));
    update(&mut a, Action::SaveNote);
    assert_eq!(a.status.notice.as_deref(), Some("Note saved"));
    let file = dir.path().join("notes/finding-1.md");
    assert_eq!(
        std::fs::read_to_string(&file).expect("saved"),
        "Ask quietly\nАсуух\n"
    );
    drop(a);

    let mut a = store_app(dir.path());
    open(&mut a, "finding-1");
    let s = text(&a);
    assert!(s.contains("My note") && s.contains("│ Ask quietly"), "{s}");
    // Esc over typed text first warns and keeps the editor; the second Esc cancels unsaved.
    press(&mut a, 'e');
    update(&mut a, Action::Input('!'));
    update(&mut a, Action::Escape);
    assert!(matches!(a.overlay, Some(Overlay::Note(_))), "kept open");
    let s = text(&a);
    assert!(
        s.contains("Unsaved note: Ctrl-S saves it, Esc now discards the changes"),
        "{s}"
    );
    assert!(s.contains("Ctrl-C saves it and quits"), "{s}");
    // Ctrl-C, too, warns before the typed text is lost (and a key between re-arms it).
    update(&mut a, Action::CursorLineEnd);
    let quit = update(&mut a, Action::Quit);
    assert!(quit.is_empty() && matches!(a.overlay, Some(Overlay::Note(_))));
    update(&mut a, Action::Escape);
    assert!(a.overlay.is_none(), "the second Esc leaves");
    assert_eq!(
        std::fs::read_to_string(&file).expect("unchanged"),
        "Ask quietly\nАсуух\n"
    );
    // Nothing typed: Esc leaves at once.
    press(&mut a, 'e');
    update(&mut a, Action::Escape);
    assert!(a.overlay.is_none());
}

/// In the note editor a second Ctrl-C over unsaved text saves the note, then quits: the warning
/// after the first names what Ctrl-S, Esc and Ctrl-C each do, in both languages.
/// A note emptied and left with Ctrl-C keeps the text it had.
#[test]
fn a_second_ctrl_c_in_the_note_editor_saves_the_note_and_quits() {
    for (lang, warning) in [
        (Lang::En, "Ctrl-C saves it and quits"),
        (Lang::Mn, "Ctrl-C дарвал хадгалаад гарна"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = store_app(dir.path());
        toli::app::settings::set_lang(&mut a, lang);
        open(&mut a, "finding-1");
        press(&mut a, 'e');
        for c in "туршилт".chars() {
            update(&mut a, Action::Input(c));
        }
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        let quit = key_action(&a, ctrl_c).expect("bound");
        let first = update(&mut a, quit.clone());
        assert!(first.is_empty(), "the first Ctrl-C warns");
        let notice = a.status.notice.clone().unwrap_or_default();
        assert!(notice.contains(warning), "{notice}");
        assert!(
            notice.contains("Esc") && notice.contains("Ctrl-S"),
            "{notice}"
        );
        let second = update(&mut a, quit);
        assert_eq!(second, vec![toli::app::Effect::Quit], "the second quits");
        let file = dir.path().join("notes/finding-1.md");
        assert_eq!(
            std::fs::read_to_string(&file).expect("saved on quit"),
            "туршилт\n"
        );
        // Emptied, then Ctrl-C twice: the note keeps its text.
        let mut a = store_app(dir.path());
        open(&mut a, "finding-1");
        press(&mut a, 'e');
        // The fresh line the editor opens on, then the word.
        for _ in 0..="туршилт".chars().count() {
            update(&mut a, Action::DeleteChar);
        }
        update(&mut a, Action::Quit);
        assert_eq!(update(&mut a, Action::Quit), vec![toli::app::Effect::Quit]);
        assert_eq!(std::fs::read_to_string(&file).expect("kept"), "туршилт\n");
    }
}

/// A long note shows its first lines right under the summary, and says how many more there are;
/// a pasted note goes into the editor whole, lines and all.
#[test]
fn a_long_note_shows_its_start_under_the_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let notes = dir.path().join("notes");
    std::fs::create_dir_all(&notes).expect("mkdir");
    let long: String = (1..=5000).map(|n| format!("line {n}\n")).collect();
    std::fs::write(notes.join("finding-1.md"), long).expect("write");
    let mut a = app(Lang::En, 100, 60);
    attach_store(&mut a, Store::at(dir.path().to_path_buf()));
    open(&mut a, "finding-1");
    let s = text(&a);
    assert!(s.contains("│ line 40"), "{s}");
    assert!(!s.contains("│ line 41"), "{s}");
    assert!(s.contains("4960 more lines"), "{s}");
    let note_at = s.find("My note").expect("note shown");
    assert!(
        s.find("Links").is_none_or(|links| note_at < links),
        "the note comes before the links:\n{s}"
    );
    press(&mut a, 'e');
    update(&mut a, Action::Paste("pasted\nacross lines".into()));
    let Some(Overlay::Note(ed)) = &a.overlay else {
        panic!("the editor is open")
    };
    assert!(ed.text().ends_with("pasted\nacross lines\n"));
}

#[test]
fn with_an_editor_set_the_note_goes_to_the_event_loop() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = store_app(dir.path());
    a.study.editor = Some("vi".into());
    open(&mut a, "it-park");
    let effects = press(&mut a, 'e');
    assert!(a.overlay.is_none());
    assert_eq!(effects, vec![Effect::EditNote("it-park".into())]);
    // What the editor wrote in its copy is saved and shown.
    let file = dir.path().join("notes/it-park.md");
    let edited = Ok(toli::app::action::Edited {
        read: None,
        text: "From vi\n".into(),
        copy: None,
    });
    let id = "it-park".to_string();
    update(&mut a, Message::NoteEdited { id, edited });
    assert_eq!(std::fs::read_to_string(&file).expect("saved"), "From vi\n");
    assert_eq!(
        a.study.notes.get("it-park").map(String::as_str),
        Some("From vi\n")
    );
    assert_eq!(a.status.notice.as_deref(), Some("Note saved"));
}

#[test]
fn bookmarks_made_in_the_app_list_from_the_shell() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = store_app(dir.path());
    open(&mut a, "cluster");
    update(&mut a, Action::ToggleBookmark);
    let out = assert_cmd::Command::cargo_bin("toli")
        .expect("binary")
        .env(
            "TOLI_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
        )
        .env("TOLI_DATA_DIR", dir.path())
        .args(["--no-builtin", "--content"])
        .arg(fixtures().join("content"))
        .args(["bookmarks", "--json"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json[0]["id"], "cluster");
}

#[test]
fn study_views_of_a_large_corpus_draw_at_small_sizes() {
    let views: [&[Action]; 3] = [
        &[Action::OpenMatrix, Action::Bottom, Action::FocusRight],
        &[Action::OpenFacets, Action::PageDown, Action::Toggle],
        &[Action::ToggleBookmark, Action::OpenBookmarks],
    ];
    let mut a = app_from(Sources::builtin(), Lang::Mn, 20, 5);
    for w in (18..=42).step_by(3) {
        for h in (4..=12).step_by(2) {
            for v in views {
                a.overlay = None;
                a.nav.filters.clear();
                toli::app::facet_panel::apply_filters(&mut a);
                update(
                    &mut a,
                    Action::Resize {
                        width: w,
                        height: h,
                    },
                );
                keys(&mut a, v);
                let _ = text(&a);
            }
        }
    }
}

/// A bookmark removed with one key is never lost: `u` puts it back in its place, and the
/// file says so at once (a crash after `u` keeps it).
#[test]
fn a_removed_bookmark_is_put_back_in_its_place_with_u() {
    let ids = |a: &App| -> Vec<String> {
        a.study
            .bookmarks
            .items
            .iter()
            .map(|b| b.id.clone())
            .collect()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = store_app(dir.path());
    for id in ["it-park", "finding-2", "cluster"] {
        open(&mut a, id);
        press(&mut a, 'm');
    }
    let before = ids(&a);
    press(&mut a, 'b');
    press(&mut a, 'd');
    press(&mut a, 'd');
    assert_eq!(ids(&a).len(), 1);
    press(&mut a, 'u');
    assert!(
        a.status.notice.as_deref() == Some("Bookmark put back: Parks lack anchor tenants"),
        "{:?}",
        a.status.notice
    );
    press(&mut a, 'u');
    assert_eq!(
        ids(&a),
        ["it-park", "finding-2", "cluster"],
        "in their places"
    );
    press(&mut a, 'u');
    assert_eq!(
        a.status.notice.as_deref(),
        Some("No removed bookmark to put back")
    );
    drop(a);
    let a = store_app(dir.path());
    assert_eq!(ids(&a), before, "saved");
}

/// A facet heading always has values under it, and no facet leaves the panel under a filter:
/// one the filtered entries lack keeps its values, at 0, so that no row below it moves.
#[test]
fn no_facet_heading_stands_over_nothing_and_none_leaves() {
    use toli::app::facet_panel::{Row, rows};
    let unfiltered = rows(&app_from(Sources::builtin(), Lang::Mn, 120, 40));
    let headings = |r: &[Row]| r.iter().filter(|x| matches!(x, Row::Heading(_))).count();
    for (facet, value) in [
        (Facet::PolicyType, "law"),
        (Facet::Country, "MN"),
        (Facet::Kind, "policy"),
    ] {
        let mut a = app_from(Sources::builtin(), Lang::Mn, 120, 40);
        a.nav.filters.toggle(facet, value);
        toli::app::facet_panel::apply_filters(&mut a);
        let r = rows(&a);
        assert_eq!(headings(&r), headings(&unfiltered), "{facet:?}={value}");
        assert_eq!(
            r.len(),
            unfiltered.len(),
            "{facet:?}={value}: every row stays"
        );
        for (n, row) in r.iter().enumerate() {
            if let Row::Heading(f) = row {
                assert!(
                    matches!(r.get(n + 1), Some(Row::Value { .. })),
                    "{facet:?}={value}: the {f:?} heading has no values"
                );
            }
        }
    }
}

/// The bookmarks window emptied by `d` says none are left and that `u` puts them back, not
/// that there are none "yet"; opened with none, it says how to make one.
#[test]
fn the_bookmarks_emptied_by_d_say_u_puts_them_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = store_app(dir.path());
    press(&mut a, 'b');
    let squeezed = |a: &App| -> String {
        (screen(a).backend().to_string().lines())
            .flat_map(|l| l.split('│').nth(2).map(str::trim).map(str::to_string))
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(squeezed(&a).contains("No bookmarks yet: press m on an entry to bookmark it."));
    press(&mut a, 'b');
    for id in ["it-park", "finding-2"] {
        open(&mut a, id);
        press(&mut a, 'm');
    }
    press(&mut a, 'b');
    press(&mut a, 'd');
    press(&mut a, 'd');
    let shown = squeezed(&a);
    assert!(
        shown.contains("No bookmarks left: u puts back the 2 removed, one at a time."),
        "{shown}"
    );
    assert!(!shown.contains("yet"), "{shown}");
    press(&mut a, 'L');
    let shown = squeezed(&a);
    assert!(
        shown.contains(
            "Хавчуурга үлдсэнгүй: дөнгөж хассан 2 хавчуургыг u/г товчоор нэг нэгээр нь сэргээнэ."
        ),
        "{shown}"
    );
    // Opened again, the window has one bookmark put back to remove.
    press(&mut a, 'u');
    press(&mut a, 'b');
    press(&mut a, 'b');
    press(&mut a, 'd');
    let shown = squeezed(&a);
    assert!(
        shown.contains("Хавчуурга үлдсэнгүй: дөнгөж хассаныг u/г товчоор сэргээнэ."),
        "{shown}"
    );
    press(&mut a, 'L');
    assert!(squeezed(&a).contains("No bookmarks left: u puts back the one removed."));
}

/// `X` opens on the finding being read (the coach's Д40 of 46 at 80×24), at its first mark,
/// and on an action's column; the rows of two look-alike titles show where they differ.
#[test]
fn matrix_opens_on_the_entry_being_read_and_tells_look_alikes_apart() {
    let mut a = app_from(Sources::builtin(), Lang::Mn, 80, 24);
    open(&mut a, "sbt-finding-research-gaps");
    update(&mut a, Action::OpenMatrix);
    let Some(Overlay::Matrix(v)) = &a.overlay else {
        panic!("matrix open");
    };
    assert_eq!(v.finding(), a.corpus.index_of("sbt-finding-research-gaps"));
    assert!(
        v.matrix.marks[v.row][v.col].is_some(),
        "on a mark of its row"
    );
    let number = format!("Д{} ", v.row + 1);
    let s = text(&a);
    let labels: Vec<String> = s
        .lines()
        .filter_map(|l| l.split('│').nth(1))
        .filter(|l| l.starts_with('Д') && l.contains("Чацарган"))
        .map(|l| l.split("  ").next().unwrap_or_default().to_string())
        .collect();
    assert!(
        labels.iter().any(|l| l.starts_with(&number)),
        "{number} on screen:\n{s}"
    );
    let titles: Vec<&str> = labels
        .iter()
        .filter_map(|l| l.split_once(' ').map(|(_, t)| t))
        .collect();
    assert!(titles.len() >= 2, "the sea-buckthorn findings:\n{s}");
    let mut distinct = titles.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        titles.len(),
        "each row reads apart: {labels:?}"
    );

    update(&mut a, Action::Escape);
    open(&mut a, "action-sbt-io-impact-study");
    update(&mut a, Action::OpenMatrix);
    let Some(Overlay::Matrix(v)) = &a.overlay else {
        panic!("matrix open");
    };
    assert_eq!(v.action(), a.corpus.index_of("action-sbt-io-impact-study"));
    assert!(
        v.matrix.marks[v.row][v.col].is_some(),
        "at a finding it answers"
    );
}
