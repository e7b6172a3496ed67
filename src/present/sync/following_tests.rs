//! Tests of [`super`]: a notes screen's marks, and which talk they say it follows.

use super::*;

/// The presenter the marks of these tests name.
const ME: u32 = 7;

#[test]
fn a_notes_screen_says_it_follows_one_tour_for_a_few_seconds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    assert!(!followed(&runtime, "tour-a", ME), "nothing written yet");
    mark_following(&runtime, "tour-a", ME).expect("marked");
    assert!(followed(&runtime, "tour-a", ME));
    assert!(
        !followed(&runtime, "tour", ME),
        "another tour, though a prefix of the name"
    );
    assert!(!followed(&runtime, "tour-a-b", ME));
    // A notes screen that stopped looking long ago (killed) no longer counts.
    let old = now_secs() - FOLLOWING_SECS - 1;
    std::fs::write(following_file(&runtime, "tour-a", ME), old.to_string()).expect("aged");
    assert!(!followed(&runtime, "tour-a", ME));
    mark_following(&runtime, "tour-a", ME).expect("marked again");
    unmark_following(&runtime, "tour-a", ME);
    assert!(!followed(&runtime, "tour-a", ME), "closed");
}

/// A notes screen killed outright (no exit path ran) does not leave its mark for good: the
/// presenter's next look removes it.
#[test]
fn a_mark_of_a_process_gone_is_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    private_dir(&runtime).expect("made");
    // Pid 2^22 + 1 is above Linux's pid_max: no process has it.
    let gone = runtime.join("notes.tour-a.7.4194305.seen");
    std::fs::write(&gone, now_secs().to_string()).expect("written");
    assert!(
        !followed(&runtime, "tour-a", ME),
        "a gone screen follows nothing"
    );
    assert!(!gone.exists(), "and its mark went");
}

/// The notes screen marks every few hundred milliseconds while the presenter reads: the
/// presenter never sees a mark half written (it would show a problem to the room).
#[test]
fn a_mark_being_rewritten_still_reads_as_following() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    mark_following(&runtime, "tour-a", ME).expect("marked");
    let writer = {
        let runtime = runtime.clone();
        std::thread::spawn(move || {
            for _ in 0..2000 {
                mark_following(&runtime, "tour-a", ME).expect("marked again");
            }
        })
    };
    let mut lost = 0;
    while !writer.is_finished() {
        lost += usize::from(!followed(&runtime, "tour-a", ME));
    }
    assert_eq!(lost, 0, "reads that missed the notes screen");
}

/// Two presentations of one tour: a notes screen following one makes only that presenter
/// take itself for followed.
#[test]
fn a_mark_names_the_presenter_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    mark_following(&runtime, "tour-a", ME).expect("marked");
    assert!(followed(&runtime, "tour-a", ME));
    assert!(
        !followed(&runtime, "tour-a", ME + 1),
        "the other presenter of the tour"
    );
    unmark_following(&runtime, "tour-a", ME);
    assert!(!followed(&runtime, "tour-a", ME));
}
