//! The recently read window (`H`, walk 25 C-3): a coach reads six entries one evening and
//! finds them the next morning, newest first, with when each was read in the language shown;
//! Enter opens one. Its times are told as seen at a fixed moment on a UTC clock.

use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;
use toli::app::App;
use toli::app::session::{PlaceKeeper, restore};
use toli::app::state::Overlay;
use toli::app::study::attach_store;
use toli::app::study::local_clock::LocalClock;
use toli::lang::Lang;
use toli::store::Store;

use crate::common::{loaded, open, press, rows, screen, sized};

/// 8 December 2026, 09:15 UTC: the next morning.
const MORNING: i64 = 1_796_721_300;

/// The six entries read the evening before, in the order read, each with its minutes after
/// 18:00 UTC on 7 December (1_796_666_400).
const EVENING: [(&str, i64); 6] = [
    ("it-park", 5),
    ("finding-1", 12),
    ("rec-1", 20),
    ("action-1", 31),
    ("cluster-development-stages", 40),
    ("innovation-law", 52),
];

/// A run on the fixture corpus keeping its data and state in `dir`, `w`×`h`.
fn run(dir: &Path, lang: Lang, w: u16, h: u16) -> App {
    let corpus = loaded(vec![
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content"),
    ]);
    let mut a = sized(corpus, lang, w, h);
    a.session_file = Some(dir.join("state").join("state.json"));
    attach_store(&mut a, Store::at(dir.join("data")));
    restore(&mut a, false);
    a
}

/// The trail the evening left, as the app saves it.
fn evening_trail(dir: &Path) {
    let read: Vec<String> = (EVENING.iter())
        .map(|(id, minutes)| {
            let at = 1_796_666_400 + minutes * 60;
            format!(r#"{{"id":"{id}","scroll":0,"at":{at}}}"#)
        })
        .collect();
    std::fs::create_dir_all(dir.join("data")).expect("mkdir");
    let json = format!(r#"{{"version":1,"read":[{}]}}"#, read.join(","));
    std::fs::write(dir.join("data").join("trail.json"), json).expect("write");
}

/// `H`, its times told as seen the next morning on a UTC clock.
fn open_recent(a: &mut App) {
    press(a, KeyCode::Char('H'));
    match &mut a.overlay {
        Some(Overlay::Recent { now, clock, .. }) => {
            (*now, *clock) = (MORNING, LocalClock::Fixed(0))
        }
        other => panic!("H opens the recently read list: {other:?}"),
    }
}

fn shown(a: &App) -> Option<&str> {
    a.current().map(|e| a.corpus.entry(e).id.as_str())
}

#[test]
fn the_evening_s_reading_is_listed_the_next_morning_newest_first() {
    for (lang, name) in [(Lang::Mn, "mn"), (Lang::En, "en")] {
        for (w, h) in [(80, 24), (120, 30)] {
            let dir = tempfile::tempdir().expect("tempdir");
            evening_trail(dir.path());
            let mut a = run(dir.path(), lang, w, h);
            let status = rows(&a).last().cloned().unwrap_or_default();
            let hint = match lang {
                Lang::Mn => "H сүүлд уншсан",
                Lang::En => "H recently read",
            };
            assert!(status.contains(hint), "{name} {w}x{h}: {status}");
            open_recent(&mut a);
            insta::assert_snapshot!(format!("recent_{name}_{w}x{h}"), screen(&a).backend());
        }
    }
}

/// Enter opens the entry selected, also after `L` switched the language (the rows keep their
/// order: it is by time); `H` again closes the window.
#[test]
fn enter_opens_the_entry_read_and_h_closes() {
    let dir = tempfile::tempdir().expect("tempdir");
    evening_trail(dir.path());
    let mut a = run(dir.path(), Lang::Mn, 80, 24);
    open_recent(&mut a);
    press(&mut a, KeyCode::Char('j'));
    press(&mut a, KeyCode::Char('j'));
    press(&mut a, KeyCode::Char('L'));
    assert!(matches!(a.overlay, Some(Overlay::Recent { .. })));
    press(&mut a, KeyCode::Enter);
    assert!(a.overlay.is_none());
    assert_eq!(shown(&a), Some("action-1"), "third newest of the evening");
    open_recent(&mut a);
    press(&mut a, KeyCode::Char('H'));
    assert!(a.overlay.is_none(), "H closes");
}

/// What a run reads is listed at once and, saved on quit, by the next run; an entry read
/// twice is listed once, at its later read.
#[test]
fn a_run_s_reading_is_listed_and_kept_for_the_next() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = run(dir.path(), Lang::En, 80, 24);
    for id in ["cluster", "finding-1", "cluster", "rec-1"] {
        open(&mut a, id);
    }
    press(&mut a, KeyCode::Char('H'));
    let listed = |a: &App| -> Vec<String> {
        let now = toli::app::navigation::now_secs();
        (toli::app::study::recent::entries(a, now).iter())
            .map(|v| a.corpus.entry(v.place.entry).id.clone())
            .collect()
    };
    assert_eq!(listed(&a), ["rec-1", "cluster", "finding-1"]);
    press(&mut a, KeyCode::Esc);
    let keeper = PlaceKeeper::default();
    keeper.keep(&a);
    keeper.save().expect("saved");
    let b = run(dir.path(), Lang::En, 80, 24);
    assert_eq!(listed(&b), ["rec-1", "cluster", "finding-1"]);
}

#[test]
fn nothing_read_yet_says_so() {
    for (lang, name) in [(Lang::Mn, "mn"), (Lang::En, "en")] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = run(dir.path(), lang, 80, 24);
        open_recent(&mut a);
        insta::assert_snapshot!(format!("recent_empty_{name}_80x24"), screen(&a).backend());
    }
}

/// A damaged trail never stops the app: the status line says it was set aside, and the list
/// is empty until something is read.
#[test]
fn a_damaged_trail_lists_nothing_and_is_said() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("data")).expect("mkdir");
    std::fs::write(
        dir.path().join("data").join("trail.json"),
        "{\"read\":[{\"id\":",
    )
    .expect("w");
    let mut a = run(dir.path(), Lang::En, 80, 24);
    assert!(
        a.status
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("trail.json"))
    );
    press(&mut a, KeyCode::Char('H'));
    let listed = toli::app::study::recent::entries(&a, MORNING);
    assert!(listed.is_empty());
}

/// The ids listed by the window now.
fn listed_now(a: &App) -> Vec<String> {
    let now = toli::app::navigation::now_secs();
    (toli::app::study::recent::entries(a, now).iter())
        .map(|v| a.corpus.entry(v.place.entry).id.clone())
        .collect()
}

/// What "read" means (ux28): an entry opened with Enter (here from a search) is read, and
/// stays listed when Esc takes the focus back to the list while the entry is still shown
/// beside it; moving through the list only previews entries, which are not listed, now or by
/// the next run.
#[test]
fn an_entry_opened_counts_and_a_preview_does_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = run(dir.path(), Lang::Mn, 80, 24);
    press(&mut a, KeyCode::Char('/'));
    for c in "cluster".chars() {
        press(&mut a, KeyCode::Char(c));
    }
    press(&mut a, KeyCode::Enter);
    let opened = shown(&a)
        .map(str::to_string)
        .expect("the search opened an entry");
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.nav.focus, toli::app::navigation::Pane::List);
    assert_eq!(
        listed_now(&a),
        std::slice::from_ref(&opened),
        "read, then back to the list"
    );
    press(&mut a, KeyCode::Char('H'));
    let window = screen(&a).backend().to_string();
    assert!(window.contains("(1)"), "{window}");
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::Down);
    let previewed = shown(&a).map(str::to_string).expect("a preview");
    assert_ne!(previewed, opened);
    assert_eq!(
        listed_now(&a),
        std::slice::from_ref(&opened),
        "a preview is not read"
    );
    let keeper = PlaceKeeper::default();
    keeper.keep(&a);
    keeper.save().expect("saved");
    let b = run(dir.path(), Lang::Mn, 80, 24);
    assert_eq!(
        listed_now(&b),
        [opened],
        "the next run keeps the read, not the preview"
    );
}

/// Back and Forward read too (ux29): an entry left by Back and one reached only by Back or
/// Forward are listed, now and by the next run, each at its latest read; the trail under
/// Back stays the places left for another entry.
#[test]
fn entries_reached_or_left_by_back_and_forward_are_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = run(dir.path(), Lang::En, 80, 24);
    for id in ["cluster", "finding-1", "rec-1"] {
        open(&mut a, id);
    }
    press(&mut a, KeyCode::Backspace);
    press(&mut a, KeyCode::Backspace);
    assert_eq!(shown(&a), Some("cluster"), "two places back");
    assert_eq!(
        listed_now(&a),
        ["cluster", "finding-1", "rec-1"],
        "rec-1, left by Back, is read"
    );
    toli::app::update(&mut a, toli::app::Action::Forward);
    assert_eq!(shown(&a), Some("finding-1"));
    assert_eq!(listed_now(&a), ["finding-1", "cluster", "rec-1"]);
    let keeper = PlaceKeeper::default();
    keeper.keep(&a);
    keeper.save().expect("saved");
    let b = run(dir.path(), Lang::En, 80, 24);
    assert_eq!(listed_now(&b), ["finding-1", "cluster", "rec-1"]);
    let trail =
        std::fs::read_to_string(dir.path().join("data").join("trail.json")).expect("the trail");
    let recent = std::fs::read_to_string(dir.path().join("data").join("recent.json"))
        .expect("the list of its own");
    // rec-1 was left by Back, not for another entry: it is no place Back goes to next time.
    assert!(
        recent.contains("rec-1") && !trail.contains("rec-1"),
        "{trail}\n{recent}"
    );
}

/// A damaged recently read file never stops the app and is never saved over: it is set aside
/// and said, the list starts again from the trail, which still goes under Back.
#[test]
fn a_damaged_recent_file_is_set_aside_and_said() {
    let dir = tempfile::tempdir().expect("tempdir");
    evening_trail(dir.path());
    let damaged = "{\"version\":1,\"read\":[{\"id\":";
    std::fs::write(dir.path().join("data").join("recent.json"), damaged).expect("w");
    let a = run(dir.path(), Lang::En, 80, 24);
    assert!(
        (a.status.notice.as_deref()).is_some_and(|n| n.contains("recent.json")),
        "{:?}",
        a.status.notice
    );
    assert_eq!(
        listed_now(&a),
        [
            "innovation-law",
            "cluster-development-stages",
            "action-1",
            "rec-1",
            "finding-1",
            "it-park"
        ],
        "the trail's reads, newest first"
    );
    assert!(!a.nav.back.is_empty(), "the trail is Back's still");
    let aside = std::fs::read_dir(dir.path().join("data"))
        .expect("dir")
        .filter_map(Result::ok)
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("recent.json.corrupt-")
        })
        .expect("kept aside");
    assert_eq!(
        std::fs::read_to_string(aside.path()).expect("read"),
        damaged
    );
}
