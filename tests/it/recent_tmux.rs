//! The recently read list across a night, with the real binary in tmux (walk 25 C-3): an
//! evening run reads two entries and quits; the trail's times are then moved back a day, as
//! the night would; the morning run lists them under `H` as read «өчигдөр» (yesterday), newest
//! first, and Enter opens one. On a UTC clock (`TZ=UTC`). And (ux29) an entry left or reached
//! by Back and Forward is listed too, by the next run as well.

use crate::common::tmux::{Tmux, on_fixtures, open_cluster_initiative_in_mongolian, recorded};

/// The times of a file of entries read (`trail.json`, `recent.json`), each a day earlier.
fn a_night_passes(trail: &std::path::Path) {
    let text = std::fs::read_to_string(trail).expect("the file after a quit");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let read = json["read"].as_array_mut().expect("read: [...]");
    assert!(!read.is_empty(), "{text}");
    for place in read {
        let at = place["at"].as_i64().expect("each place read has its time");
        place["at"] = serde_json::json!(at - 24 * 60 * 60);
    }
    std::fs::write(trail, json.to_string()).expect("write");
}

#[test]
fn the_morning_after_h_lists_what_was_read_yesterday() {
    let Some(t) = Tmux::run(100, 30, |dir| {
        recorded(dir, &on_fixtures(dir, "TZ=UTC", "--lang en"))
    }) else {
        return;
    };
    t.wait_for("Kinds");
    open_cluster_initiative_in_mongolian(&t);
    t.keys(&["L"]);
    t.wait_for("Definition · cluster-initiative");
    t.keys(&["/"]);
    t.wait_for("Search");
    t.text("trust");
    t.wait_for("Build trust");
    t.keys(&["Enter"]);
    t.wait_for("Recommendation · rec-1");
    t.keys(&["H"]);
    t.wait_for("Recently read (2)");
    t.wait_for("today");
    t.keys(&["Escape"]);
    t.wait_gone("Recently read");
    t.keys(&["q"]);
    assert!(t.ended(), "q ends the evening's run");

    a_night_passes(&t.dir().join("data").join("trail.json"));
    a_night_passes(&t.dir().join("data").join("recent.json"));
    let dir = t.dir().display().to_string();
    t.open_window(
        "morning",
        &format!("{}; sleep 60", on_fixtures(t.dir(), "TZ=UTC", "--lang mn")),
    );
    let morning = t.window("morning");
    morning.wait_for("Зөвлөмж · rec-1");
    morning.wait_for("H сүүлд уншсан");
    morning.keys(&["H"]);
    let screen = morning.wait_for("Сүүлд уншсан (2)");
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains("өчигдөр")).collect();
    assert_eq!(rows.len(), 2, "{dir}:\n{screen}");
    assert!(
        rows[0].contains("Итгэлцэл бий болгох"),
        "newest first:\n{screen}"
    );
    assert!(rows[1].contains("Кластерийн санаачилга"), "{screen}");
    morning.keys(&["j", "Enter"]);
    morning.wait_for("Тодорхойлолт · cluster-initiative");
}

/// Searches `word` in the panes' search and opens the first entry found, whose kind line
/// says `opened`.
fn search_and_open(t: &Tmux, word: &str, found: &str, opened: &str) {
    t.keys(&["/"]);
    t.wait_for("Search");
    t.text(word);
    t.wait_for(found);
    t.keys(&["Enter"]);
    t.wait_for(opened);
}

/// Three entries opened by search, then Backspace twice: the last one, left by Back, is
/// among those read (it was missing before ux29); Forward's entry moves to the top; the next
/// run lists the same three.
#[test]
fn back_and_forward_count_as_reading() {
    let Some(t) = Tmux::run(80, 24, |dir| {
        recorded(dir, &on_fixtures(dir, "TZ=UTC", "--lang en"))
    }) else {
        return;
    };
    t.wait_for("Kinds");
    search_and_open(
        &t,
        "initiative",
        "Cluster initiative",
        "Definition · cluster-initiative",
    );
    search_and_open(&t, "trust", "Build trust", "Recommendation · rec-1");
    search_and_open(
        &t,
        "innovation law",
        "Law on Innovation",
        "Policy · innovation-law",
    );
    t.keys(&["BSpace"]);
    t.wait_for("Recommendation · rec-1");
    t.keys(&["BSpace"]);
    t.wait_for("Definition · cluster-initiative");
    t.keys(&["H"]);
    let screen = t.wait_for("Recently read (3)");
    let dir = t.dir().display().to_string();
    let order: Vec<usize> = ["Cluster initiative", "Build trust", "Law on Innovation"]
        .iter()
        .map(|title| {
            screen
                .find(title)
                .unwrap_or_else(|| panic!("{title} in {dir}:\n{screen}"))
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "newest first:\n{screen}"
    );
    t.keys(&["Escape"]);
    t.wait_gone("Recently read");
    t.keys(&["M-Right"]);
    t.wait_for("Recommendation · rec-1");
    t.keys(&["q"]);
    assert!(t.ended(), "q ends the run");

    t.open_window(
        "next",
        &format!("{}; sleep 60", on_fixtures(t.dir(), "TZ=UTC", "--lang en")),
    );
    let next = t.window("next");
    next.wait_for("Recommendation · rec-1");
    next.keys(&["H"]);
    let screen = next.wait_for("Recently read (3)");
    let order: Vec<usize> = ["Build trust", "Cluster initiative", "Law on Innovation"]
        .iter()
        .map(|title| {
            screen
                .find(title)
                .unwrap_or_else(|| panic!("{title} in {dir}:\n{screen}"))
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "Forward's entry first:\n{screen}"
    );
}
