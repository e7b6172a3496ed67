//! The notes list in the app on ratatui's TestBackend: `E` lists every noted entry with its
//! note's first line (English and Mongolian snapshots), Enter opens the entry, `e` edits its
//! note, and noted entries carry ✎ in the entry list.

use crate::common;

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toli::app::keymap::key_action;
use toli::app::state::{Overlay, Pane};
use toli::app::study::attach_store;
use toli::app::{Action, App, update};
use toli::lang::Lang;
use toli::store::{Store, notes};

use common::{loaded, screen, sized};

fn app(lang: Lang, dir: &std::path::Path) -> App {
    let fx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let mut a = sized(loaded(vec![fx]), lang, 100, 30);
    a.study.editor = None;
    let store = Store::at(dir.to_path_buf());
    notes::save(&store, "cluster", "Ask about Porter.\nsecond line").expect("save");
    notes::save(&store, "it-park", "\n  Visit in May — Тавдугаар сард очих").expect("save");
    attach_store(&mut a, store);
    a
}

fn press(a: &mut App, c: char) {
    let action = key_action(a, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        .unwrap_or_else(|| panic!("{c} is bound"));
    update(a, action);
}

#[test]
fn the_notes_list_in_both_languages() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Mn, "mn")] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = app(lang, dir.path());
        press(&mut a, 'E');
        assert!(matches!(a.overlay, Some(Overlay::Notes { .. })));
        insta::assert_snapshot!(format!("notes_{name}_100x30"), screen(&a).backend());
    }
}

#[test]
fn enter_opens_the_noted_entry_and_e_closes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = app(Lang::En, dir.path());
    press(&mut a, 'E');
    press(&mut a, 'j');
    update(&mut a, Action::Open);
    assert!(a.overlay.is_none());
    assert_eq!(a.current(), a.corpus.index_of("it-park"));
    assert_eq!(a.nav.focus, Pane::Entry);
    press(&mut a, 'E');
    press(&mut a, 'E');
    assert!(a.overlay.is_none(), "E closes the list again");
}

/// `e` on a note in the list edits it: its entry opens with the editor on the note (it did
/// nothing, and said nothing). The status line names the key in both languages.
#[test]
fn e_in_the_notes_list_edits_the_selected_note() {
    for (lang, hint) in [(Lang::En, "e edit note"), (Lang::Mn, "e/у тэмдэглэл засах")]
    {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = app(lang, dir.path());
        press(&mut a, 'E');
        let shown = screen(&a).backend().to_string();
        assert!(shown.contains(hint), "{lang:?}:\n{shown}");
        press(&mut a, 'j');
        press(&mut a, 'e');
        assert_eq!(a.current(), a.corpus.index_of("it-park"));
        match &a.overlay {
            Some(Overlay::Note(ed)) => {
                assert_eq!(ed.id, "it-park");
                assert!(ed.text().contains("Visit in May"), "{}", ed.text());
            }
            other => panic!("{lang:?}: no editor: {other:?}"),
        }
    }
}

#[test]
fn noted_entries_are_marked_in_the_entry_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = app(Lang::En, dir.path());
    let text = screen(&a).backend().to_string();
    assert!(text.contains("✎ Cluster"), "{text}");
    assert!(!text.contains("✎ Cluster initiative"), "{text}");
}

/// Search finds the reader's own notes, typed in Cyrillic or Latin letters: the noted entry
/// comes first, its snippet the note's line marked ✎, and the count includes it.
#[test]
fn search_finds_an_entry_by_the_words_of_its_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = app(Lang::Mn, dir.path());
    let it_park = a.corpus.index_of("it-park").expect("it-park");
    for query in ["тавдугаар сард", "tavdugaar sard", "visit may"] {
        update(&mut a, Action::OpenSearch);
        for c in query.chars() {
            update(&mut a, Action::Input(c));
        }
        let Some(Overlay::Search(s)) = &a.overlay else {
            panic!("the search overlay is open")
        };
        let first = s.hits.first().unwrap_or_else(|| panic!("{query}: no hits"));
        assert_eq!(first.entry, it_park, "{query}");
        assert_eq!(
            first.snippet, "Visit in May — Тавдугаар сард очих",
            "{query}"
        );
        assert_eq!(s.noted, vec![it_park], "{query}");
        assert!(s.total >= s.hits.len(), "{query}");
        // Words the corpus lacks but the reader's note holds are not "not found".
        assert!(s.near_only.is_empty(), "{query}: {:?}", s.near_only);
        let shown = screen(&a).backend().to_string();
        assert!(shown.contains("✎ МТ Парк"), "{query}:\n{shown}");
        update(&mut a, Action::Escape);
    }
    // A word that is in no note leaves the corpus hits as they are.
    update(&mut a, Action::OpenSearch);
    for c in "кластер".chars() {
        update(&mut a, Action::Input(c));
    }
    let Some(Overlay::Search(s)) = &a.overlay else {
        panic!("the search overlay is open")
    };
    assert!(s.noted.is_empty());
}

/// `e` on an entry with no note, then leaving without typing (Esc, or Ctrl-C quitting the
/// app) saves nothing: no note in the app, no file in the store (a Latin query
/// typed into the panes opens the editor with `e`).
#[test]
fn the_note_editor_left_untouched_saves_nothing() {
    for leave in [Action::Escape, Action::Quit] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = app(Lang::Mn, dir.path());
        let files =
            |dir: &std::path::Path| walkdir(dir).into_iter().filter(|p| p.is_file()).count();
        let before = files(dir.path());
        common::open(&mut a, "innovation-law");
        press(&mut a, 'e');
        assert!(
            matches!(a.overlay, Some(Overlay::Note(_))),
            "e opens the editor"
        );
        let effects = update(&mut a, leave.clone());
        assert_eq!(
            leave == Action::Quit,
            effects.contains(&toli::app::Effect::Quit),
            "{leave:?}"
        );
        if leave == Action::Escape {
            assert!(
                a.overlay.is_none(),
                "Esc leaves at once when nothing was typed"
            );
        }
        assert!(!a.study.notes.contains_key("innovation-law"));
        assert_eq!(files(dir.path()), before, "{leave:?} wrote a file");
    }
}

fn walkdir(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walkdir(&path));
        }
        out.push(path);
    }
    out
}

/// At 80 columns each note's first line shows under its entry's title (at 80×24 the
/// note was cut off the row, and notes on look-alike entries could not be told apart).
#[test]
fn the_notes_list_shows_each_notes_first_line_at_80_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = app(Lang::Mn, dir.path());
    let text = notes_list_at_80(&mut a);
    assert!(text.contains("✎ Ask about Porter."), "{text}");
    assert!(
        text.contains("✎ Visit in May — Тавдугаар сард очих"),
        "{text}"
    );
}

/// The walk's search: a note on an entry holds every word of a query that matches
/// over 50 entries of the shipped corpus by some word. The count stays exact (the corpus's
/// count, and one more unless the corpus matched the noted entry too), the «every word» figure
/// counts the note, the row is marked ✎ and the preview shows the note's line.
#[test]
fn a_note_hit_keeps_the_search_count_exact() {
    use toli::search::{Detail, SearchOptions};
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    let query = "хоршоодын удирдлагатай уулзалт";
    for (lang, w, h, every, count, mine) in [
        (
            Lang::Mn,
            80,
            24,
            "бүх үгтэй",
            "илэрц",
            "✎ Миний тэмдэглэл: ",
        ),
        (
            Lang::En,
            120,
            40,
            "with every word",
            "results",
            "✎ My note: ",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = sized(loaded(vec![shipped.clone()]), lang, w, h);
        let store = Store::at(dir.path().to_path_buf());
        let id = "industrial-co-innovation-campus";
        let note = format!("Эхний мөр\n{}\n", crate::note_wrap::LONG_MN);
        notes::save(&store, id, &note).expect("save");
        attach_store(&mut a, store);
        let entry = a.corpus.index_of(id).expect("shipped entry");
        let found = a
            .index
            .find(&a.corpus, query, &SearchOptions::in_lang(lang));
        assert!(found.total > found.hits.len(), "the corpus list is cut");
        let every_match = SearchOptions {
            limit: a.corpus.len(),
            detail: Detail::Ranked,
            ..SearchOptions::in_lang(lang)
        };
        let all = a.index.find(&a.corpus, query, &every_match).hits;
        let place = all.iter().position(|h| h.entry == entry);
        let total = found.total + usize::from(place.is_none());
        let complete = found.complete.expect("fewer hold every word");
        let complete = complete + usize::from(place.is_none_or(|p| p >= complete));
        update(&mut a, Action::OpenSearch);
        for c in query.chars() {
            update(&mut a, Action::Input(c));
        }
        let Some(Overlay::Search(s)) = &a.overlay else {
            panic!("the search overlay is open")
        };
        assert_eq!((s.total, s.exact), (total, true), "{lang:?}");
        assert_eq!(s.complete, Some(complete), "{lang:?}");
        assert_eq!((s.hits[0].entry, &s.noted), (entry, &vec![entry]));
        let shown = screen(&a).backend().to_string();
        let lines: Vec<&str> = shown.lines().collect();
        let counted = format!("{every}: {complete} · {count}: {total}");
        let counted = match lang {
            Lang::Mn => counted,
            Lang::En => format!("{complete} {every} · {total} {count}"),
        };
        assert!(lines[2].contains(&counted), "{lang:?}:\n{shown}");
        assert!(!shown.contains("гаруй") && !shown.contains("+ results"));
        assert!(shown.contains("✎ "), "{shown}");
        let preview = shown
            .find(mine)
            .unwrap_or_else(|| panic!("{mine}:\n{shown}"));
        assert!(
            shown[preview + mine.len()..].starts_with("Оюутнуудыг сургалтад"),
            "the note's line from its start: {shown}"
        );
        assert!(shown[preview..].contains("хоршоодын"), "{shown}");
    }
}

/// The search overlay over a note's hit, on the fixture corpus: its row marked ✎ and its
/// preview showing the note's line, in both languages, at 80×24 and 120×40.
#[test]
fn a_note_hit_in_the_search_overlay() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Mn, "mn")] {
        for (w, h) in [(80, 24), (120, 40)] {
            let dir = tempfile::tempdir().expect("tempdir");
            let mut a = app(lang, dir.path());
            update(
                &mut a,
                Action::Resize {
                    width: w,
                    height: h,
                },
            );
            update(&mut a, Action::OpenSearch);
            for c in "тавдугаар".chars() {
                update(&mut a, Action::Input(c));
            }
            insta::assert_snapshot!(format!("note_hit_{name}_{w}x{h}"), screen(&a).backend());
        }
    }
}

/// A note's first line longer than the notes list's row is cut after a word and says so with
/// «…» («…удирдлагатай уулза…» read as a misspelt word).
#[test]
fn the_notes_list_cuts_a_long_first_line_after_a_word() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = app(Lang::Mn, dir.path());
    let store = Store::at(dir.path().to_path_buf());
    notes::save(&store, "cluster", crate::note_wrap::LONG_MN).expect("save");
    attach_store(&mut a, store);
    let text = notes_list_at_80(&mut a);
    let row = (text.lines())
        .find(|l| l.contains("✎ Оюутнуудыг"))
        .unwrap_or_else(|| panic!("{text}"));
    let shown = row
        .split("✎ ")
        .nth(1)
        .expect("the note")
        .trim_end_matches([' ', '│', '█', '║', '"']);
    let kept = shown.strip_suffix('…').unwrap_or_else(|| panic!("{row}"));
    assert!(crate::note_wrap::LONG_MN.starts_with(kept), "{row}");
    let next = crate::note_wrap::LONG_MN[kept.len()..].chars().next();
    assert!(matches!(next, Some(' ')), "cut after a whole word: {row}");
}

/// The notes list (`E`) as drawn at 80×24.
fn notes_list_at_80(a: &mut App) -> String {
    update(
        a,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(a, 'E');
    screen(a).backend().to_string()
}

/// A note that begins with two versions of a place (two windows saved it) shows its first
/// real line in the notes list, said to hold two versions to choose from, in either language —
/// never the line that marks them.
#[test]
fn a_note_beginning_with_two_versions_shows_its_first_real_line() {
    for (lang, said) in [
        (Lang::En, "✎ two versions to choose from: A: mine"),
        (Lang::Mn, "✎ сонгох хоёр хувилбартай: A: mine"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = app(lang, dir.path());
        let store = Store::at(dir.path().to_path_buf());
        // Merged in Mongolian, read in either language.
        let merged = "--- Энэ toli цонхонд хадгалсан ---\nA: mine\n--- Өөр toli цонхонд \
                      хадгалсан ---\nB: theirs\n--- Хоёр хувилбарын төгсгөл ---\n";
        notes::save(&store, "cluster", merged).expect("save");
        attach_store(&mut a, store);
        let text = notes_list_at_80(&mut a);
        assert!(text.contains(said), "{text}");
        assert!(!text.contains("---"), "{text}");
    }
}
