//! F1 in the search box on the real binary in tmux: a reader types part of a question,
//! presses F1, reads the search box's keys, closes the help with Esc and types on; the search
//! is for the whole question, nothing typed before the help lost. Skipped with a note when
//! tmux is not installed (CI requires it).

use crate::common;

use common::tmux::Tmux;

#[test]
fn f1_in_the_search_box_shows_its_keys_and_the_question_goes_on_after_esc() {
    let Some(t) = Tmux::toli("en", 80, 24) else {
        return;
    };
    t.wait_for("EN · ");
    t.keys(&["/"]);
    t.wait_for("╭ Search");
    t.text("what is a clu");
    t.wait_for("> what is a clu");
    t.keys(&["F1"]);
    // The search box's keys, ↑ for the last search and Ctrl-W among them.
    let help = t.wait_for("up; empty box: last search");
    assert!(help.contains("╭ Keys"), "{help}");
    assert!(help.contains("delete a word"), "{help}");
    assert!(
        !help.contains("Entry view") && !help.contains("Everywhere"),
        "only the search box's keys:\n{help}"
    );
    t.keys(&["Escape"]);
    t.wait_gone("up; empty box: last search");
    let back = t.capture();
    assert!(
        back.contains("> what is a clu▏"),
        "the question is back:\n{back}"
    );
    t.text("ster?");
    let found = t.wait_for("> what is a cluster?");
    t.wait_for("results");
    t.settle();
    let found = [found, t.capture()].join("\n");
    assert!(
        found.contains("Cluster"),
        "the whole question is searched:\n{found}"
    );
    t.keys(&["Escape"]);
    t.wait_gone("╭ Search");
    t.text("q");
}
