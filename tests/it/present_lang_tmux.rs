//! The room's language and the trainer, in tmux: after `L` on the projector, a Mongolian notes
//! terminal says the room now sees English; the tour keeps that language for its next start,
//! which says so on the projector's footer with the key and the option that change it, and
//! the notes terminal says it too until `L`.

use std::path::Path;

use crate::common::tmux::{CACHE, Tmux};

/// The shell line of `toli present ARGS` on the fixtures, for a trainer whose system is in
/// Mongolian, with the test's runtime and state folders.
fn present(dir: &Path, args: &str) -> String {
    let fx = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    format!(
        "env TOLI_CACHE_DIR={CACHE} XDG_RUNTIME_DIR={d}/run TOLI_STATE_DIR={d}/state \
         TOLI_DATA_DIR={d}/data LANG=mn_MN.UTF-8 {bin} --no-builtin --content {fx}/content \
         --content {fx}/present present {args}; sleep 60",
        d = dir.display(),
        bin = env!("CARGO_BIN_EXE_toli"),
    )
}

#[test]
fn the_notes_say_the_room_sees_english_and_the_next_start_says_it_keeps_it() {
    let Some(t) = Tmux::new() else { return };
    std::fs::create_dir(t.dir().join("run")).expect("runtime dir");
    t.start(100, 30, &present(t.dir(), "tour-fixture"));
    t.pane().wait_for_all(&["К л а с т е р", "1 / 3"]);
    t.open_window("notes", &present(t.dir(), "tour-fixture --notes --lang mn"));
    let notes = t.window("notes");
    notes.wait_for_all(&["Алхам 1 / 3"]);
    assert!(
        !notes.capture().contains("L товчоор солино"),
        "same language"
    );
    // A rehearsal's L: the room sees English, the notes stay Mongolian and say so.
    t.keys(&["L"]);
    t.wait_for("C l u s t e r");
    notes.wait_for_all(&["Проектор дээр: англи хэлээр · хэлийг проектор дээр L товчоор солино"]);
    t.keys(&["L"]);
    t.wait_for("К л а с т е р");
    notes.wait_gone("L товчоор солино");
    t.keys(&["L"]);
    t.wait_for("C l u s t e r");
    t.keys(&["q"]);
    t.wait_gone("C l u s t e r");
    // The real session, started the same way: in English, as last shown, and said so.
    t.open_window("again", &present(t.dir(), "tour-fixture"));
    let again = t.window("again");
    again.wait_for_all(&[
        "C l u s t e r",
        "In English, as this tour was last shown · L: Mongolian (or start it with --lang mn)",
    ]);
    // The notes screen, following the new talk, says so too; L on the projector ends it.
    notes.wait_for_all(&[
        "Проектор дээр: англи хэлээр (энэ танилцуулгыг сүүлд тэр хэлээр үзүүлсэн)",
    ]);
    again.keys(&["L"]);
    again.wait_for("К л а с т е р");
    notes.wait_gone("сүүлд тэр хэлээр");
    again.keys(&["q"]);
    again.wait_gone("C l u s t e r");
    // --lang mn starts in Mongolian, with nothing to say.
    t.open_window("chosen", &present(t.dir(), "tour-fixture --lang mn"));
    let chosen = t.window("chosen");
    chosen.wait_for_all(&["К л а с т е р"]);
    assert!(!chosen.capture().contains("хэлээр үзүүлсэн"));
    chosen.keys(&["q"]);
    notes.keys(&["q"]);
}
