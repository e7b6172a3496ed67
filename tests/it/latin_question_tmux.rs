//! A question typed in Latin letters straight into the panes, without `/`, on the real binary
//! in tmux: tmux sends it as one burst of keys, and crossterm hands toli each key on its own.
//! The first letter no key uses starts the search, and every key after it goes into the
//! search box — `p` does not start a presentation (saving its place for the trainer) and `e`
//! does not open the note editor. A word whose first letter is `p` on a tour, where `p`
//! presents it, is searched whole too (and one whose first letter `b` opens the bookmarks
//! removes none), and `q` alone still quits. Skipped with a note when tmux is not installed (CI
//! requires it).

use crate::common;

use common::tmux::{Tmux, on_builtin, recorded};

#[test]
fn a_latin_question_typed_into_the_panes_is_searched_for_not_run_as_commands() {
    let Some(t) = Tmux::toli("mn", 80, 24) else {
        return;
    };
    t.wait_for("MN · ");
    // The walk's place: the tours selected in the kinds pane (the last kind), where `p`
    // presents the first tour.
    for _ in 0..12 {
        t.keys(&["j"]);
    }
    t.wait_for("Гадаад дахь кластерууд");
    t.text("it park hezee");
    t.wait_for("> it park hezee");
    t.wait_for("илэрц");
    t.settle();
    let screen = t.capture();
    assert!(screen.contains("╭ Хайлт"), "the search is open:\n{screen}");
    assert!(
        !t.dir().join("state").join("presentations.json").exists(),
        "no presentation started:\n{screen}"
    );
    assert!(
        !screen.contains("Миний тэмдэглэл"),
        "no note editor opened:\n{screen}"
    );
    t.keys(&["Escape"]);
    t.wait_gone("╭ Хайлт");
    t.text("q");
}

/// Walk 20, O-1, in a real terminal: an official types «klaster gej yu ve» and «geree» into
/// the entry list, whose first letters are commands there (`k` up, `l` to the entry; `g` to
/// the top, `e` the note editor). Each is searched whole, and after Esc the list is where it
/// was: the same row read, the same pane focused, the screen as before.
#[test]
fn a_word_whose_first_letters_are_commands_is_searched_whole() {
    let Some(t) = Tmux::toli("mn", 80, 24) else {
        return;
    };
    t.wait_for("MN · ");
    // The list focused at its third row: moves, each read before the next key.
    for key in ["l", "j", "j"] {
        t.keys(&[key]);
        t.settle();
        std::thread::sleep(std::time::Duration::from_millis(700));
    }
    let before = t.capture();
    for question in ["klaster gej yu ve", "geree"] {
        t.text(question);
        let screen = t.wait_for(&format!("> {question}▏"));
        assert!(!screen.contains("Миний тэмдэглэл"), "{screen}");
        t.keys(&["Escape"]);
        t.wait_gone("╭ Хайлт");
        t.settle();
        assert_eq!(
            t.capture(),
            before,
            "after «{question}»: the list as it was"
        );
    }
    t.text("q");
}

/// Walk 21: «parkuud» typed into the entry list on a tour, where `p` presents it. `p` waits
/// for a word's next letter, which comes: the word is searched whole, no presentation, toli
/// still runs. `q` pressed alone after a pause still quits.
#[test]
fn a_word_starting_with_p_is_searched_and_q_alone_still_quits() {
    let Some(t) = Tmux::run(80, 24, |dir| recorded(dir, &on_builtin(dir, "mn"))) else {
        return;
    };
    t.wait_for("MN · ");
    // The tours (the last kind), then the list with the first tour selected, read before
    // the next key.
    for _ in 0..12 {
        t.keys(&["j"]);
    }
    t.wait_for("Гадаад дахь кластерууд");
    t.keys(&["l"]);
    t.wait_for("╭ Танилцуулга");
    t.settle();
    std::thread::sleep(std::time::Duration::from_millis(700));
    t.text("parkuud");
    let screen = t.wait_for("> parkuud▏");
    assert!(screen.contains("╭ Хайлт"), "the search is open:\n{screen}");
    assert!(t.running(), "toli still runs");
    t.keys(&["Escape"]);
    t.wait_gone("╭ Хайлт");
    t.settle();
    std::thread::sleep(std::time::Duration::from_millis(700));
    t.text("q");
    assert!(t.ended(), "q alone quits:\n{}", t.capture());
}

/// Walk 21, O-1: with a bookmark saved, «budget of it park» typed into the entry list, where
/// `b` opens the bookmarks and `u`, `d` are its keys (put back, remove). The word is searched
/// whole, and the bookmark is still there after: the bookmarks window lists one.
#[test]
fn a_word_starting_with_b_is_searched_and_removes_no_bookmark() {
    let Some(t) = Tmux::run(80, 24, |dir| recorded(dir, &on_builtin(dir, "mn"))) else {
        return;
    };
    t.wait_for("MN · ");
    // The list focused, its entry bookmarked, each key read before the next.
    for key in ["l", "m"] {
        t.keys(&[key]);
        t.settle();
        std::thread::sleep(std::time::Duration::from_millis(700));
    }
    t.keys(&["b"]);
    t.wait_for("╭ Хавчуурга (1)");
    t.keys(&["Escape"]);
    t.wait_gone("╭ Хавчуурга");
    t.settle();
    std::thread::sleep(std::time::Duration::from_millis(700));
    t.text("budget of it park");
    let screen = t.wait_for("> budget of it park▏");
    assert!(
        !screen.contains("╭ Хавчуурга"),
        "no bookmarks window:\n{screen}"
    );
    t.keys(&["Escape"]);
    t.wait_gone("╭ Хайлт");
    t.settle();
    std::thread::sleep(std::time::Duration::from_millis(700));
    t.keys(&["b"]);
    t.wait_for("╭ Хавчуурга (1)");
    t.keys(&["Escape"]);
    t.wait_gone("╭ Хавчуурга");
    t.settle();
    std::thread::sleep(std::time::Duration::from_millis(700));
    t.text("q");
    assert!(t.ended(), "q quits:\n{}", t.capture());
}

/// Walk 28 A-1: Дулмаа types «Mongold heden park bii ve» and Sarah «Lithuania» straight into
/// the panes, a capital first as a sentence or a name starts. `M` (the mouse) and `L` (the
/// language) are commands there: each question is searched whole, and after Esc the screen
/// is as before — still Mongolian, the mouse still captured (the status line names no change).
#[test]
fn a_capitalised_question_is_searched_whole_and_changes_no_setting() {
    let Some(t) = Tmux::toli("mn", 80, 24) else {
        return;
    };
    t.wait_for("MN · ");
    t.settle();
    let before = t.capture();
    for question in ["Mongold heden park bii ve", "Lithuania"] {
        t.text(question);
        let screen = t.wait_for(&format!("> {question}▏"));
        assert!(screen.contains("╭ Хайлт"), "in Mongolian still:\n{screen}");
        t.keys(&["Escape"]);
        t.wait_gone("╭ Хайлт");
        t.settle();
        std::thread::sleep(std::time::Duration::from_millis(700));
        assert_eq!(
            t.capture(),
            before,
            "after «{question}»: the screen as it was"
        );
    }
    t.text("q");
}
