//! End-to-end under tmux, where the terminal decides what happens to OSC 52: with
//! `set-clipboard on`, `y` puts the citation in tmux's paste buffer; the notice says the
//! citation was sent (not "copied"), since with tmux's default nothing would confirm it. Skipped
//! with a visible "skipped" line when tmux is not installed (a failure in CI).

use crate::common::tmux::{CACHE, Tmux};

#[test]
fn y_reaches_the_tmux_buffer_with_set_clipboard_on() {
    let Some(t) = Tmux::run(100, 30, |dir| {
        format!(
            "env TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={state} {bin} --no-builtin --content {fx} --lang en; sleep 60",
            state = dir.join("state").display(),
            bin = env!("CARGO_BIN_EXE_toli"),
            fx = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/content"),
        )
    }) else {
        return;
    };
    t.cmd(&["set-option", "-s", "set-clipboard", "on"])
        .status()
        .expect("set-option");
    t.wait_for("Kinds");
    t.keys(&["l", "Enter"]);
    t.wait_for("Definition · ");
    t.keys(&["y"]);
    let screen = t.wait_for("citation sent to the clipboard");
    assert!(!screen.contains("copied"), "{screen}");
    let buffer = t.wait_for_output(&["show-buffer"], " — ");
    assert_eq!(buffer.lines().count(), 2, "both languages: {buffer:?}");
    t.keys(&["q"]);
}

/// The citation window's hint says `M` frees the mouse: in a real terminal `M` (and the
/// Cyrillic `Т` in its place) turns mouse reporting off and on again inside the window, and
/// the status line says so.
#[test]
fn m_in_the_citation_window_frees_the_mouse() {
    let Some(t) = Tmux::toli("mn", 80, 24) else {
        return;
    };
    t.wait_for("Төрлүүд");
    t.keys(&["/"]);
    t.text("инновацийн тухай хууль 2012");
    t.wait_for("Инновацийн тухай хууль (2012)");
    t.keys(&["Enter"]);
    t.wait_for("law-on-innovation-2012");
    t.keys(&["y"]);
    t.wait_for("Ишлэл");
    assert_eq!(
        t.format("#{mouse_any_flag}"),
        "1",
        "the app reports the mouse"
    );
    t.keys(&["M"]);
    t.wait_for("Хулгана чөлөөтэй");
    assert_eq!(
        t.format("#{mouse_any_flag}"),
        "0",
        "M freed the mouse:\n{}",
        t.capture()
    );
    assert!(t.capture().contains("Ишлэл"), "the window stays open");
    t.keys(&["Т"]);
    t.wait_for("Хулгана дахин");
    assert_eq!(t.format("#{mouse_any_flag}"), "1", "Т took it back");
    t.keys(&["Escape"]);
    t.keys(&["q"]);
}
