//! The recently read list across a night, with the real binary in tmux (walk 25 C-3): an
//! evening run reads two entries and quits; the trail's times are then moved back a day, as
//! the night would; the morning run lists them under `H` as read «өчигдөр» (yesterday), newest
//! first, and Enter opens one. On a UTC clock (`TZ=UTC`).

use crate::common::tmux::{Tmux, on_fixtures, open_cluster_initiative_in_mongolian, recorded};

/// The trail file's times, each a day earlier.
fn a_night_passes(trail: &std::path::Path) {
    let text = std::fs::read_to_string(trail).expect("trail.json after a quit");
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
