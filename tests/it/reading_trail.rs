//! The reading trail across restarts: the next run reopens the last entry, and Back goes on
//! through what the run before read; a damaged trail file is set aside, said in the status
//! line, and Back then starts from this run.

use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;
use toli::app::App;
use toli::app::session::{PlaceKeeper, restore};
use toli::app::study::attach_store;
use toli::lang::Lang;
use toli::store::Store;

use crate::common::{loaded, open, press, rows, sized};

/// A run of the app on the fixture corpus keeping its data and state in `dir`.
fn run(dir: &Path) -> App {
    let corpus = loaded(vec![
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content"),
    ]);
    let mut a = sized(corpus, Lang::Mn, 80, 24);
    a.study.editor = None;
    a.session_file = Some(dir.join("state").join("state.json"));
    attach_store(&mut a, Store::at(dir.join("data")));
    restore(&mut a, false);
    a
}

/// Ends a run as a quit does: its place and its trail saved.
fn quit(a: &App) {
    let keeper = PlaceKeeper::default();
    keeper.keep(a);
    keeper.save().expect("saved");
}

fn shown(a: &App) -> Option<&str> {
    a.current().map(|e| a.corpus.entry(e).id.as_str())
}

#[test]
fn back_goes_on_through_yesterdays_trail() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = run(dir.path());
    for id in ["cluster", "finding-1", "rec-1", "action-1"] {
        open(&mut a, id);
    }
    quit(&a);

    let mut b = run(dir.path());
    assert_eq!(shown(&b), Some("action-1"), "the last entry reopens");
    let status = rows(&b).last().cloned().unwrap_or_default();
    assert!(
        status.contains("Bksp буцах"),
        "the way back is named: {status}"
    );
    for id in ["rec-1", "finding-1", "cluster"] {
        press(&mut b, KeyCode::Backspace);
        assert_eq!(shown(&b), Some(id), "Back through yesterday's trail");
    }
    // A second day adds to the trail; what the first read stays under it.
    open(&mut b, "it-park");
    quit(&b);
    let mut c = run(dir.path());
    assert_eq!(shown(&c), Some("it-park"));
    press(&mut c, KeyCode::Backspace);
    assert_eq!(shown(&c), Some("cluster"));
    press(&mut c, KeyCode::Backspace);
    assert_eq!(shown(&c), Some("action-1"), "then the first day's trail");
}

#[test]
fn a_damaged_trail_is_said_set_aside_and_back_starts_afresh() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::write(data.join("trail.json"), "{\"version\": 1, \"read\": [").expect("write");
    let mut a = run(dir.path());
    let said = a.status.notice.clone().unwrap_or_default();
    assert!(
        said.starts_with("Уншсан бичлэгүүдийн жагсаалтыг хадгалсан файл (trail.json) гэмтсэн"),
        "{said}"
    );
    assert!(a.nav.back.is_empty(), "an empty trail");
    open(&mut a, "cluster");
    open(&mut a, "finding-1");
    quit(&a);
    let kept = std::fs::read_dir(&data)
        .expect("data")
        .filter_map(Result::ok)
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("trail.json.corrupt-")
        });
    assert!(kept, "the damaged file is kept");
    let mut a = run(dir.path());
    press(&mut a, KeyCode::Backspace);
    assert_eq!(shown(&a), Some("cluster"), "a fresh trail from then on");
}
